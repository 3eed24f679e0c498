// The first run: on install the service worker pauses reminders until resumed and
// opens the welcome (welcome.html) in a tab; reminders start when the welcome is
// done, or when its tab is closed or leaves it (the defaults are kept then).
//   local "firstRun"  {version: 1, tab}: the welcome's tab while it is still open
import * as storage from './storage.js';
import { nowFromClock } from '../core/limber-core.js';

export const FIRST_RUN = 'firstRun';

/** The welcome's tab, while the first run is not over. @returns {Promise<number|undefined>} */
export async function welcomeTab() {
  const { [FIRST_RUN]: firstRun } = /** @type {{[key: string]: {tab?: number}|undefined}} */ (await chrome.storage.local.get(FIRST_RUN));
  return firstRun?.tab;
}

/** Remembers the tab the welcome opened in. @param {number|undefined} tab */
export function openedIn(tab) {
  return chrome.storage.local.set({ [FIRST_RUN]: { version: 1, tab: tab ?? -1 } });
}

/**
 * Reminders pause while the welcome is open (pause "until-resumed"), or start
 * ("resume"), as the core answers; the answer's schedule is given back.
 * @param {import('../core/limber-core.js').Core} core @param {object} settings @param {'until-resumed'|'resume'} pause
 */
async function ask(core, settings, pause) {
  const answer = await storage.changeSchedule(async (state) => {
    const seen = core.schedule({ settings, state, now: nowFromClock(), pause });
    await storage.keepUnreadableState(state, seen.problems);
    return seen;
  });
  return answer.schedule;
}

/** The first run begins: reminders wait for the welcome. */
export const holdReminders = (core, settings) => ask(core, settings, 'until-resumed');

/** The first run is over (done or dismissed): reminders start now. Nothing when it was over already. */
export async function startReminders(core, settings) {
  if ((await welcomeTab()) === undefined) return null;
  const schedule = await ask(core, settings, 'resume');
  await chrome.storage.local.remove(FIRST_RUN);
  return schedule;
}
