// The welcome, opened once on install (lib/first-run.js): three steps, each
// skippable (working hours; where the user is and what they can do there; what
// to avoid and what they want), then when the first break comes and the exercise
// it opens with. Each step's answers are checked by the core and stored as the
// options page stores a change; a step skipped, or the welcome closed, keeps the
// defaults. Reminders start when it ends.
import { loadCore, nowFromClock } from './core/limber-core.js';
import { byId } from './lib/dom.js';
import { loadPacks } from './lib/packs.js';
import * as storage from './lib/storage.js';
import { buildChoices, fieldMessage, fillForm, readField } from './lib/settings-form.js';
import { buildConditions } from './lib/conditions-view.js';
import { cardOf, showExercise } from './lib/exercise-view.js';
import { firstBreakText } from './lib/schedule-text.js';
import { t } from './lib/i18n.js';
import { describeProblem } from './lib/problems.js';
import { startReminders } from './lib/first-run.js';
import { followPolicy, showLocked } from './lib/policy.js';

const STEPS = ['step-hours', 'step-place', 'step-needs'];

async function main() {
  const [core, stored, local] = await Promise.all([loadCore({ describe: describeProblem }), storage.readSettings(), storage.readLocalState()]);
  const notices = await loadPacks(core);
  let { settings, policy } = core.settings(stored);
  storage.applyLook(settings);
  followPolicy();
  const titles = new Map(core.packs().map((pack) => [pack.id, pack.title]));
  const readable = (field, item) => core.settings({ [field]: [item] }).problems.length === 0;

  const form = /** @type {HTMLFormElement} */ (byId('welcome-form'));
  buildChoices(form, []);
  buildConditions(byId('condition-choices'), core.withheld({ settings }), titles, settings.avoid, { brief: true });

  // Positions that agree with the place: those the core offers anything for there
  // (at a desk no floor exercises, which are for home), ticked unless the user unticks them.
  const positionsAt = (place) => [...form.querySelectorAll('[data-setting="positions"] input')]
    .map((box) => /** @type {HTMLInputElement} */ (box).value)
    .filter((position) => core.next({ settings: { ...settings, place, positions: [position] }, seed: local.seed }).exercise);
  const placeField = /** @type {HTMLElement} */ (form.querySelector('[data-setting="place"]'));
  const agreeing = () => {
    const place = readField(placeField);
    fillForm(byId('step-place'), { ...settings, place, positions: positionsAt(place) });
  };
  fillForm(form, settings);
  agreeing();
  // What the organisation set is shown as set, and cannot be changed here either.
  showLocked(form, policy.locked);
  placeField.addEventListener('change', agreeing);

  let step = 0;
  function showStep(index) {
    step = index;
    STEPS.forEach((id, i) => { byId(id).hidden = i !== index; });
    byId('welcome-progress').textContent = t('welcomeStepOf', index + 1, STEPS.length);
    byId('step-back').hidden = index === 0;
    byId(`${STEPS[index]}-title`).focus();
  }

  // The step's fields as the core reads them; stored when every one is right.
  async function keepStep() {
    const fields = [...byId(STEPS[step]).querySelectorAll('[data-setting]')].map((field) => /** @type {HTMLElement} */ (field))
      .filter((field) => !policy.locked.includes(field.dataset.setting ?? ''));
    const change = Object.fromEntries(fields.map((field) => [field.dataset.setting, readField(field)]));
    const answer = core.settings({ ...settings, ...change });
    let right = true;
    for (const field of fields) {
      const name = field.dataset.setting;
      const wrong = answer.problems.filter((p) => p.path.startsWith(`settings.${name}`));
      const error = byId(`${name}-error`);
      if (error) error.textContent = [...new Set(wrong.map(fieldMessage))].join(' ');
      field.setAttribute('aria-invalid', String(wrong.length > 0));
      right &&= wrong.length === 0;
    }
    if (!right) return false;
    const { written } = await storage.changeSettings(Object.fromEntries(Object.keys(change).map((name) => [name, answer.settings[name]])), readable);
    settings = core.settings(written).settings;
    return true;
  }

  // The end: reminders start, and the page says when the first break is and what it opens with.
  async function finish() {
    form.hidden = true;
    byId('welcome-intro').hidden = true;
    byId('welcome-dismiss').hidden = true;
    byId('welcome-progress').textContent = '';
    const schedule = (await startReminders(core, settings)) ?? core.schedule({ settings, state: (await storage.readLocalState()).schedule, now: nowFromClock() }).schedule;
    byId('first-break').textContent = firstBreakText(schedule);
    const { exercise } = core.next({ settings, rotation: local.rotation, now: nowFromClock(), seed: local.seed });
    if (exercise) {
      byId('ready-from').textContent = t('welcomeOpensWith', titles.get(exercise.packId) ?? '');
      showExercise({ name: byId('ready-name'), position: byId('ready-position'), duration: byId('ready-duration'),
        steps: byId('ready-steps'), demo: byId('ready-demo') }, exercise);
      // The next new tab paints this exercise first, as the welcome promised.
      localStorage.setItem(storage.NEXT_UP, JSON.stringify(cardOf(exercise, titles.get(exercise.packId))));
    }
    byId('step-ready').hidden = false;
    byId('step-ready-title').focus();
  }

  async function next(keep) {
    try {
      if (keep && !(await keepStep())) return;
    } catch (error) {
      byId('welcome-status').textContent = t('settingNotSaved', storage.whyNotStored(error));
      return;
    }
    byId('welcome-status').textContent = '';
    if (step + 1 < STEPS.length) showStep(step + 1);
    else await finish();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    next(true);
  });
  byId('step-skip').addEventListener('click', () => next(false));
  byId('step-back').addEventListener('click', () => showStep(step - 1));
  byId('welcome-dismiss').addEventListener('click', () => finish());
  byId('welcome-done').addEventListener('click', async () => {
    const tab = await chrome.tabs.getCurrent();
    if (tab?.id !== undefined) await chrome.tabs.remove(tab.id);
  });
  if (notices.length > 0) byId('welcome-status').textContent = notices.join('\n');
  showStep(0);
}

main().catch((error) => {
  byId('welcome-status').textContent = t('couldNotStart', error.message);
  console.error(error);
});
