// Keeping the history small and whole, run by the service worker: months older
// than 90 days are folded into totals, values the core cannot read are moved
// aside (never deleted), and this device's recent days are summarised in sync so
// that breaks taken here count on the user's other computers.
import { nowFromClock } from '../core/limber-core.js';
import * as storage from './storage.js';
import { describeProblems } from './problems.js';

/** The core's problems about one stored value, as one line. */
function reasonFor(problems, path) {
  return describeProblems(problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`)));
}

/**
 * Folds old records into the folded history, one batch at a time, under the
 * history's lock and from what is stored at that moment. Each batch stores the
 * folded months (naming the records they now count) before it removes those
 * records; the last round stores them once more without the names.
 * @param {import('../core/limber-core.js').Core} core
 */
export function foldHistory(core) {
  return storage.changeHistory(async () => {
    for (let round = 0; round < 1000; round++) {
      const { keys, history, folded } = await storage.readHistory();
      const answer = core.fold({ history, folded, now: nowFromClock() });
      // A newer Limber's folded history is not folded into, nor written over, by this one.
      if (storage.isNewer(folded, answer.folded)) return;
      await storage.quarantineHistory(storage.splitUnreadable(answer, keys, history).aside);
      const foldedProblems = reasonFor(answer.problems, 'folded');
      if (foldedProblems) await storage.keepAside([{ key: 'folded', value: folded, reason: foldedProblems }]);
      const changed = folded === undefined
        ? Object.keys(answer.folded.months).length > 0
        : JSON.stringify(answer.folded) !== JSON.stringify(folded);
      if (changed || answer.remove.length > 0) await storage.saveFolded(answer.folded, answer.remove.map((i) => keys[i]));
      if (answer.remove.length === 0) return;
    }
  });
}

/**
 * Today's count and streak, kept in local storage so that a new tab shows them
 * without reading the whole history.
 * @param {import('../core/limber-core.js').Core} core
 * @param {object} settings
 */
export async function countToday(core, settings) {
  const { device, todayStats: current } = await storage.readLocalState();
  const [{ history, folded }, devices] = await Promise.all([storage.readHistory(), storage.readOtherDevices(device)]);
  core.loadHistory({ history, folded, devices });
  const now = nowFromClock();
  const { stats } = core.stats({ settings, now });
  const todayStats = {
    version: 1, day: stats.days.at(-1).day, completed: stats.today.completed, goal: stats.goal, streak: stats.currentStreak, micro: stats.today.micro,
  };
  if (JSON.stringify(current) !== JSON.stringify(todayStats)) await chrome.storage.local.set({ todayStats });
}

/**
 * Writes this device's summary to sync when a day changed, after removing the
 * summaries the core says can go (devices not seen for 45 days, and beyond the
 * twenty written last), so that sync never fills with old devices' days.
 * @param {import('../core/limber-core.js').Core} core
 */
export async function shareSummary(core) {
  const { device } = await storage.readLocalState();
  const [{ history, folded }, others] = await Promise.all([storage.readHistory(), storage.readOtherSummaries(device)]);
  const { summary, stale } = core.summary({ history, folded, now: nowFromClock(), device, devices: others.map((o) => o.summary) });
  if (stale.length > 0) await chrome.storage.sync.remove(stale.map((i) => others[i].key));
  const key = storage.DEVICE_PREFIX + device;
  /** @type {{[key: string]: any}} */
  const stored = await chrome.storage.sync.get(key);
  const current = stored[key];
  // Sync allows 120 writes a minute: write only when a day changed.
  if (JSON.stringify(current?.days) !== JSON.stringify(summary.days)) await storage.writeSummary(summary);
}
