// The soft tone a break can give at each change (settings.changeSound): two short
// sine notes made with the Web Audio API, so there is no sound file to ship, and
// quiet enough for an office.

/** @type {AudioContext|undefined} */
let context;

/** Readies the audio while a click is being handled (browsers start audio only after one). */
export function readyChime() {
  context ??= new AudioContext();
  if (context.state === 'suspended') context.resume().catch(() => {});
}

export function chime() {
  readyChime();
  const audio = /** @type {AudioContext} */ (context);
  const start = audio.currentTime + 0.02;
  [660, 880].forEach((frequency, i) => {
    const at = start + i * 0.16;
    const tone = new OscillatorNode(audio, { type: 'sine', frequency });
    const level = new GainNode(audio, { gain: 0 });
    level.gain.setValueAtTime(0.0001, at);
    level.gain.exponentialRampToValueAtTime(0.06, at + 0.03);
    level.gain.exponentialRampToValueAtTime(0.0001, at + 0.6);
    tone.connect(level).connect(audio.destination);
    tone.start(at);
    tone.stop(at + 0.65);
  });
}
