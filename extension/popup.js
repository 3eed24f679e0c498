// The toolbar popup: the schedule in one line, today's breaks against the goal
// and the streak, and the buttons that start a break now, snooze a due one, and
// pause or resume reminders. As on the new tab, every answer is the core's; the
// service worker sees the stored change and brings the badge and title in step.
import { byId, el, fill } from './lib/dom.js';
import * as storage from './lib/storage.js';
import { describeSchedule, sentence, todayLabel } from './lib/schedule-text.js';
import { t } from './lib/i18n.js';
import { describeProblem } from './lib/problems.js';
import { followPolicy, readManaged } from './lib/policy.js';
import { readView, scheduleAt } from './lib/schedule-view.js';

// The core's module (its wasm glue is a third of what the popup would parse) is
// imported once the first paint is done, or at once when there is nothing kept to paint.
/** @type {typeof import('./core/limber-core.js').nowFromClock} */
let nowFromClock;
// Closed on purpose (the break opened): the core still loading then is cut short, which is no fault.
let closing = false;

async function main() {
  const [stored, local, view, managed] = await Promise.all([storage.readSettings(), storage.readLocalState(), readView(), readManaged()]);
  followPolicy();
  const { device } = local;
  let { todayStats } = local;
  // The first paint is the schedule as the worker last had it from the core, when
  // that still holds (it usually does): starting the core takes longer than the
  // rest of the popup together. The core is started after it and has the last word.
  const kept = scheduleAt(view, Date.now());
  /** @type {any} */
  let settings = kept?.settings;
  let schedule = kept?.schedule;
  /** @type {Promise<import('./core/limber-core.js').Core>} */
  let corePromise;
  const coreNow = () => {
    corePromise ??= import('./core/limber-core.js').then((module) => {
      nowFromClock = module.nowFromClock;
      return module.loadCore({ describe: describeProblem });
    }).then((core) => {
      // The organisation's presets and locks count here too (the popup loads no packs, which would bring the policy).
      core.policy(managed);
      settings = core.settings(stored).settings;
      schedule = core.schedule({ settings, state: local.schedule, now: nowFromClock() }).schedule;
      return core;
    });
    return corePromise;
  };
  if (!kept) await coreNow();
  storage.applyLook(settings);

  function show() {
    showSnoozes();
    // A sentence, paused too: the popup's Resume is a button of its own below it.
    byId('popup-schedule').textContent = sentence(describeSchedule(schedule));
    // During a break the button takes the user back to it (the worker finds its tab).
    byId('popup-start').textContent = schedule.status === 'in-break' ? t('backToBreak') : t('startBreakNow');
    byId('popup-today').textContent = todayLabel(todayStats, schedule, settings.dailyGoal);
    const due = schedule.status === 'due' || schedule.status === 'held';
    byId('popup-snoozes').hidden = !due;
    byId('popup-pauses').hidden = schedule.status === 'paused' || schedule.status === 'off';
    byId('popup-resume').hidden = schedule.status !== 'paused';
  }

  // A change of the schedule state, asked of the core under the schedule's lock
  // with the state as stored then (the worker or a tab may have moved it).
  async function change(ask) {
    const core = await coreNow();
    try {
      const answer = await storage.changeSchedule(async (state) => {
        const seen = ask(core, state);
        await storage.keepUnreadableState(state, seen.problems);
        return seen;
      });
      schedule = answer.schedule;
      byId('popup-notice').hidden = true;
    } catch (error) {
      byId('popup-notice').textContent = t('scheduleNotSaved', storage.whyNotStored(error));
      byId('popup-notice').hidden = false;
    }
    show();
  }

  // The user's snooze lengths; made again only when the core's settings name others.
  let snoozesShown = '';
  function showSnoozes() {
    if (snoozesShown === settings.snoozeMinutes.join()) return;
    snoozesShown = settings.snoozeMinutes.join();
    fill(byId('popup-snoozes'), settings.snoozeMinutes.map((/** @type {number} */ minutes) => {
      const button = el('button', { type: 'button' }, [t('snoozeMinutes', minutes)]);
      button.addEventListener('click', async () => {
        await change((core, state) => core.snooze({
          settings, state, now: nowFromClock(), minutes, id: crypto.randomUUID(), device,
        }));
        // The snooze buttons are gone once it is snoozed: the focus stays in the popup.
        byId('popup-start').focus();
      });
      return button;
    }));
  }
  for (const option of document.querySelectorAll('[data-pause]')) {
    const pause = /** @type {any} */ (/** @type {HTMLElement} */ (option).dataset.pause);
    option.addEventListener('click', async () => {
      await change((core, state) => core.schedule({ settings, state, now: nowFromClock(), pause }));
      byId('popup-resume').focus();
    });
  }
  byId('popup-resume').addEventListener('click', async () => {
    await change((core, state) => core.schedule({ settings, state, now: nowFromClock(), pause: 'resume' }));
    byId('popup-start').focus();
  });
  // The worker opens the break's tab, as from the notification: it remembers the tab to go back to.
  byId('popup-start').addEventListener('click', async () => {
    await chrome.runtime.sendMessage({ command: 'start-break' });
    closing = true;
    window.close();
  });
  chrome.storage.onChanged.addListener(async (changes, area) => {
    if (area !== 'local') return;
    if (changes.todayStats) todayStats = changes.todayStats.newValue;
    if (changes.schedule) {
      const core = await coreNow();
      schedule = core.schedule({ settings, state: changes.schedule.newValue, now: nowFromClock() }).schedule;
    }
    if (changes.todayStats || changes.schedule) show();
  });
  show();
  byId('popup-start').focus();
  // On screen (the frame painted, as scripts/bench marks every page), from the kept view.
  requestAnimationFrame(() => setTimeout(() => performance.mark('popup-ready')));
  await coreNow();
  storage.applyLook(settings);
  show();
  performance.mark('popup-confirmed');
}

main().catch((error) => {
  if (closing) return;
  byId('popup-notice').textContent = t('couldNotStart', error.message);
  byId('popup-notice').hidden = false;
  console.error(error);
});
