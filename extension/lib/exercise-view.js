// Shows one exercise: its name, pack, position, how long it takes, its steps and
// its demo. Used by the new tab's "next up" card and by every step of a break.
import { el, fill } from './dom.js';

const POSITION_LABELS = { sitting: 'Sitting', standing: 'Standing', floor: 'On the floor' };

/** "30 seconds" or "8 reps · about 20 seconds" */
export function durationLabel(exercise) {
  const seconds = `${exercise.seconds} seconds`;
  return exercise.reps ? `${exercise.reps} reps · about ${seconds}` : seconds;
}

/**
 * A looping, muted demo video when the exercise has a packaged one, else a still
 * figure for its position.
 */
export function demoFor(exercise) {
  const video = exercise.demo?.video;
  if (video) {
    return el('video', {
      src: video,
      ...(exercise.demo.poster ? { poster: exercise.demo.poster } : {}),
      muted: true,
      loop: true,
      autoplay: true,
      playsinline: true,
      'aria-label': `Demo of ${exercise.name}`,
    });
  }
  return el('img', {
    class: 'placeholder',
    src: `images/position-${exercise.position}.svg`,
    alt: `${POSITION_LABELS[exercise.position] ?? ''} exercise`,
    width: '240',
    height: '180',
  });
}

/**
 * Fills the slots of an exercise view.
 * @param {{name: HTMLElement, pack?: HTMLElement, position: HTMLElement, duration: HTMLElement,
 *          steps: HTMLElement, demo: HTMLElement}} slots
 * @param {object} exercise as the core gives it
 * @param {string} [packTitle]
 */
export function showExercise(slots, exercise, packTitle = '') {
  slots.name.textContent = exercise.name;
  if (slots.pack) slots.pack.textContent = packTitle;
  slots.position.textContent = POSITION_LABELS[exercise.position] ?? exercise.position;
  slots.duration.textContent = durationLabel(exercise);
  fill(slots.steps, exercise.steps.map((step) => el('li', {}, [step])));
  fill(slots.demo, [demoFor(exercise)]);
  const video = slots.demo.querySelector('video');
  if (video) video.muted = true;  // the attribute alone does not mute a script-made video
}
