// Where Limber keeps things in chrome.storage (the layout is in the README):
//   sync  "settings"        the options the user chose (the core makes them whole)
//   local "rotation"        which exercise was seen when, so the next one moves on
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

/** @returns {Promise<unknown>} */
export async function readRotation() {
  const { rotation } = await chrome.storage.local.get('rotation');
  return rotation;
}

/** @param {object} rotation */
export function writeRotation(rotation) {
  return chrome.storage.local.set({ rotation });
}

/**
 * Stores a finished break's record and the rotation it moved on, in one write.
 * @param {{id: string}} record a record the core made
 * @param {object} rotation
 */
export function saveBreak(record, rotation) {
  return chrome.storage.local.set({ [HISTORY_PREFIX + record.id]: record, rotation });
}

/** @returns {Promise<unknown[]>} every stored history record, as stored (the core checks them) */
export async function readHistory() {
  const everything = await chrome.storage.local.get(null);
  return Object.entries(everything)
    .filter(([key]) => key.startsWith(HISTORY_PREFIX))
    .map(([, record]) => record);
}
