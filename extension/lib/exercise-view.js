// Shows one exercise: its name, pack, position, how long it takes, its steps and
// its demo. Used by the new tab's "next up" card and by every step of a break.
import { el, fill } from './dom.js';
import { POSITIONS } from './labels.js';
import { language, t } from './i18n.js';

/** "30 seconds" or "8 reps · about 20 seconds" */
export function durationLabel(exercise) {
  return exercise.reps ? t('durationReps', exercise.reps, exercise.seconds) : t('durationSeconds', exercise.seconds);
}

// Less motion when the system asks for it or the user chose it in settings.
function reduceMotion() {
  return matchMedia('(prefers-reduced-motion: reduce)').matches || document.documentElement.dataset.motion === 'reduce';
}

/**
 * A looping, muted demo video when the exercise has a packaged one, else a still
 * figure for its position. With reduced motion it shows the poster with one play
 * button over it (the browser's own controls would cover the figure and offer
 * sound and full screen a muted demo has no use for); the button comes back
 * whenever the video is paused again by a click on it.
 */
export function demoFor(exercise) {
  const video = exercise.demo?.video;
  if (!video) {
    return el('img', {
      class: 'placeholder',
      src: `images/position-${exercise.position}.svg`,
      alt: t('positionExercise', POSITIONS[exercise.position] ?? exercise.position),
      width: '240',
      height: '180',
    });
  }
  const still = reduceMotion();
  const element = /** @type {HTMLVideoElement} */ (el('video', {
    src: video,
    ...(exercise.demo.poster ? { poster: exercise.demo.poster } : {}),
    muted: true,
    loop: true,
    autoplay: !still,
    preload: still ? 'metadata' : 'auto',
    playsinline: true,
    'aria-label': t('demoOf', exercise.name),
  }));
  element.muted = true; // the attribute alone does not mute a script-made video
  if (!still) return element;
  const play = el('button', { type: 'button', class: 'demo-play', 'aria-label': t('playDemo', exercise.name) });
  play.addEventListener('click', () => element.play());
  element.addEventListener('click', () => element.pause());
  for (const event of ['play', 'pause']) element.addEventListener(event, () => (play.hidden = !element.paused));
  return el('div', { class: 'demo-player' }, [element, play]);
}

/**
 * What the "next up" card shows, as plain text and paths: kept by the new tab
 * so the next one can paint it before anything else has loaded.
 */
export function cardOf(exercise, packTitle) {
  return {
    lang: language,
    id: exercise.id,
    name: exercise.name,
    pack: packTitle,
    packId: exercise.packId,
    position: POSITIONS[exercise.position] ?? exercise.position,
    duration: durationLabel(exercise),
    steps: exercise.steps,
    poster: exercise.demo?.poster ?? `images/position-${exercise.position}.svg`,
  };
}

/**
 * Fills the slots of an exercise view.
 * @param {{name: HTMLElement, pack?: HTMLElement, position: HTMLElement, duration: HTMLElement,
 *          steps: HTMLElement, demo: HTMLElement}} slots
 * @param {object} exercise as the core gives it
 * @param {string} [packTitle]
 */
export function showExercise(slots, exercise, packTitle = '') {
  showText(slots, cardOf(exercise, packTitle));
  fill(slots.demo, [demoFor(exercise)]);
}

/** The text of a card, without touching the demo. */
export function showText(slots, card) {
  slots.name.textContent = card.name;
  if (slots.pack) slots.pack.textContent = card.pack;
  slots.position.textContent = card.position;
  slots.duration.textContent = card.duration;
  fill(slots.steps, card.steps.map((step) => el('li', {}, [step])));
}
