// Where Limber keeps things in chrome.storage (the layout is in the README):
//   sync  "settings"        the options the user chose (the core makes them whole)
//   local "rotation"        how often and how recently each exercise came up
//   local "schedule"        the scheduler's state: last break, snooze, skips, idle
//   local "seed"            a random number fixed at install: the rotation's tie-break
//   local "history/<id>"    one history record per key: tabs finishing breaks at the
//                           same moment write different keys and cannot overwrite each other
// The shell only stores and fetches here; the core reads and checks what comes back.

export const HISTORY_PREFIX = 'history/';

/** @returns {Promise<unknown>} the stored settings, or undefined before the first save */
export async function readSettings() {
  const { settings } = await chrome.storage.sync.get('settings');
  return settings;
}

/** @param {object} settings settings the core has already made whole */
export function writeSettings(settings) {
  return chrome.storage.sync.set({ settings });
}

/**
 * The small local values a page or the worker needs to ask the core anything.
 * A missing seed is made once and kept.
 * @returns {Promise<{rotation: unknown, schedule: unknown, seed: number}>}
 */
export async function readLocalState() {
  const stored = await chrome.storage.local.get(['rotation', 'schedule', 'seed']);
  if (!Number.isInteger(stored.seed)) {
    stored.seed = crypto.getRandomValues(new Uint32Array(1))[0];
    await chrome.storage.local.set({ seed: stored.seed });
  }
  return stored;
}

/**
 * Stores what changed after the core answered: any of rotation and schedule
 * state, and a history record, in one write.
 * @param {{rotation?: object, schedule?: object, record?: {id: string}|null}} changes
 */
export function save({ rotation, schedule, record }) {
  const items = {};
  if (rotation) items.rotation = rotation;
  if (schedule) items.schedule = schedule;
  if (record) items[HISTORY_PREFIX + record.id] = record;
  return chrome.storage.local.set(items);
}

/** @returns {Promise<unknown[]>} every stored history record, as stored (the core checks them) */
export async function readHistory() {
  const everything = await chrome.storage.local.get(null);
  return Object.entries(everything)
    .filter(([key]) => key.startsWith(HISTORY_PREFIX))
    .map(([, record]) => record);
}
