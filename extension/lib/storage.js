// Where Limber keeps things in chrome.storage (the layout is in the README):
//   sync  "settings"          the options the user chose (the core makes them whole)
//   sync  "device/<id>"       each device's recent days, so breaks elsewhere count too
//   local "rotation"          how often and how recently each exercise came up
//   local "schedule"          the scheduler's state: last break, snooze, skips, idle
//   local "seed", "device"    random numbers fixed at install: the rotation's tie-break, this device's id
//   local "todayStats"        {version: 1, day, completed, goal, streak}: what a new tab shows, kept by the worker
//   local "history/<id>"      one history record per key: tabs finishing breaks at the
//                             same moment write different keys and cannot overwrite each other
//   local "folded"            months older than 90 days, folded into totals
//   local "custom-pack/<id>"  a pack the user imported: {version: 1, source (file name), text}
//   IndexedDB "limber"        records that could not be written yet, one per id (lib/pending.js)
//   local "quarantine/<key>/<hash>"  values that could not be read, kept aside:
//                             {version: 1, key, value, reason, at}; the same value is kept once
// The shell only stores and fetches here; the core reads and checks what comes back.

import * as pending from './pending.js';
import { t } from './i18n.js';
import { describeProblems } from './problems.js';

export const HISTORY_PREFIX = 'history/';
export const QUARANTINE_PREFIX = 'quarantine/';
export const DEVICE_PREFIX = 'device/';
export const CUSTOM_PACK_PREFIX = 'custom-pack/';

/**
 * Why a write to chrome.storage failed, in the user's language: each quota
 * Chrome names said so, anything else in the browser's own words.
 * @param {unknown} error
 */
export function whyNotStored(error) {
  const message = error instanceof Error ? error.message : String(error);
  if (/WRITE_OPERATIONS/.test(message)) return t('storageTooFast');
  if (/QUOTA_BYTES_PER_ITEM|QuotaBytesPerItem/.test(message)) return t('storageItemTooLarge');
  return /quota/i.test(message) ? t('storageFull') : t('storageRefused', message);
}

/** @returns {Promise<unknown>} the stored settings, or undefined before the first save */
export async function readSettings() {
  const { settings } = await chrome.storage.sync.get('settings');
  return settings;
}

// Not chrome.storage: a render cache in the page's own localStorage, which new
// tabs read synchronously for their first paint (newtab-first.js names it too).
export const NEXT_UP = 'limber.nextUp';

// Changed by every change of what a new tab picks from (settings, packs, policy): a tab
// that read those before the change keeps no card for the next tab, which it would
// have chosen under the old ones (a tab still loading as the user ticks a condition).
const NEXT_UP_MARK = 'limber.nextUpMark';

/** The next new tab must not paint an exercise chosen under old settings or packs. */
export function forgetNextUp() {
  globalThis.localStorage?.removeItem(NEXT_UP);
  globalThis.localStorage?.setItem(NEXT_UP_MARK, crypto.randomUUID());
}

/** Taken before a page reads what it picks from; keepNextUp compares it. */
export function nextUpMark() {
  return globalThis.localStorage?.getItem(NEXT_UP_MARK) ?? '';
}

/** Keeps the card for the next tab's first paint, unless what it was picked from changed since mark. */
export function keepNextUp(card, mark) {
  if (nextUpMark() === mark) globalThis.localStorage?.setItem(NEXT_UP, JSON.stringify(card));
}

// Forgotten before a change is written, and again once it is stored: a tab that read
// the old value in between cannot have kept its card past the second.
async function forgettingNextUp(write) {
  forgetNextUp();
  try {
    return await write();
  } finally {
    forgetNextUp();
  }
}

// The look (theme, reduced motion) every page applies before its first paint, from
// the settings as last read: also a render cache in localStorage.
const LOOK = 'limber.look';

/** Applies the settings' theme and motion to this page, and keeps them (and the search box's) for the next page's first paint. */
export function applyLook(settings) {
  const look = { theme: settings.theme, reduceMotion: settings.reduceMotion, searchBox: settings.searchBox };
  globalThis.localStorage?.setItem(LOOK, JSON.stringify(look));
  document.documentElement.dataset.theme = look.theme;
  document.documentElement.dataset.motion = look.reduceMotion ? 'reduce' : 'system';
}

/** @param {object} settings settings to store as they are */
export function writeSettings(settings) {
  return forgettingNextUp(() => chrome.storage.sync.set({ settings }));
}

const SETTINGS_LOCK = 'limber.settings';
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Changes the fields the user changed, and nothing else: every other field, a
 * newer version number, and the items of a changed list this version cannot
 * read (a newer Limber's condition, say) are written back as sync holds them at
 * that moment (read under a Web Lock, so two pages' changes both stay).
 * @param {{[field: string]: unknown}} change the changed fields with their new values
 * @param {(field: string, item: unknown) => boolean} readable whether this Limber reads one item of a list field
 * @returns {Promise<{stored: unknown, written: {[field: string]: unknown}}>} the settings before and after
 */
export async function changeSettings(change, readable) {
  return await navigator.locks.request(SETTINGS_LOCK, async () => {
    const stored = await readSettings();
    const kept = isObject(stored) ? /** @type {{[field: string]: unknown}} */ (stored) : {};
    const written = { ...kept, version: Number.isInteger(kept.version) ? kept.version : 1 };
    for (const [field, value] of Object.entries(change)) {
      if (field === 'version') continue;
      const before = kept[field];
      const unread = Array.isArray(before) && Array.isArray(value)
        ? before.filter((item) => !readable(field, item) && !value.includes(item)) : [];
      written[field] = Array.isArray(value) ? [...value, ...unread] : value;
    }
    await writeSettings(written);
    return { stored, written };
  });
}

/** Puts back settings as they were stored (undefined: none). @param {unknown} settings */
export async function restoreSettings(settings) {
  await forgettingNextUp(() => navigator.locks.request(SETTINGS_LOCK, () =>
    (settings === undefined ? chrome.storage.sync.remove('settings') : chrome.storage.sync.set({ settings }))));
}

/** Whether stored is a value of a newer version than candidate, which must not be written over it. */
export function isNewer(stored, candidate) {
  return isObject(stored) && isObject(candidate) && Number.isInteger(stored.version) && stored.version > candidate.version;
}

/**
 * The small local values a page or the worker needs to ask the core anything.
 * A missing seed is made once and kept.
 * @returns {Promise<{[key: string]: any}>} rotation, schedule, todayStats as stored; seed and device always set
 */
export async function readLocalState() {
  /** @type {{[key: string]: any}} */
  const stored = await chrome.storage.local.get(['rotation', 'schedule', 'seed', 'device', 'todayStats']);
  /** @type {{seed?: number, device?: string}} */
  const made = {};
  if (!Number.isInteger(stored.seed)) made.seed = crypto.getRandomValues(new Uint32Array(1))[0];
  if (typeof stored.device !== 'string') made.device = crypto.randomUUID();
  if (Object.keys(made).length > 0) await chrome.storage.local.set(made);
  return { ...stored, ...made };
}

/** The Web Lock every read-modify-write of the schedule state holds. */
export const SCHEDULE_LOCK = 'limber.schedule';

/**
 * The Web Lock held by everything that changes what the history holds: record
 * writes, the fold, an import, a reset, and the writing out of waiting records.
 * Each reads what is stored once it holds the lock, so none of them writes back
 * what it read before another changed it. Taken inside SCHEDULE_LOCK when both
 * are needed, never the other way round.
 */
export const HISTORY_LOCK = 'limber.history';

/**
 * @template T
 * @param {() => Promise<T>} step
 * @returns {Promise<T>}
 */
export async function changeHistory(step) {
  return await navigator.locks.request(HISTORY_LOCK, step);
}

/** A record the core made could not be written; `kept` says whether it waits to be written later. */
export class RecordNotSaved extends Error {
  /** @param {unknown} cause @param {boolean} kept */
  constructor(cause, kept) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'RecordNotSaved';
    this.kept = kept;
  }
}

/**
 * Changes the schedule state one writer at a time across every tab and the
 * service worker (a Web Lock): step gets the state as stored now and returns the
 * core's answer, whose state (and record and rotation, when it has them) is stored
 * before the lock is let go. So a tab's snooze and the worker's refresh never
 * overwrite each other. An unchanged state is not written again. A record is
 * written under the history's lock too; when it cannot be written it waits in
 * IndexedDB, and RecordNotSaved says so.
 * @template {{state: object, record?: {id: string}|null, rotation?: object}} Answer
 * @param {(stored: object|undefined) => Answer|Promise<Answer>} step
 * @returns {Promise<Answer>}
 */
export async function changeSchedule(step) {
  return await navigator.locks.request(SCHEDULE_LOCK, async () => {
    const { schedule: stored } = await chrome.storage.local.get('schedule');
    const answer = await step(stored);
    const changed = JSON.stringify(answer.state) !== JSON.stringify(stored);
    if (!changed && !answer.record && !answer.rotation) return answer;
    const changes = { schedule: changed ? answer.state : undefined, record: answer.record, rotation: answer.rotation };
    if (!answer.record) {
      await save(changes);
      return answer;
    }
    await changeHistory(async () => {
      try {
        await save(changes);
      } catch (error) {
        throw new RecordNotSaved(error, await pending.keep(answer.record).then(() => true, () => false));
      }
    });
    return answer;
  });
}

/**
 * Stores what changed after the core answered: any of rotation and schedule
 * state, and a history record, in one write. A record is written only under
 * the history's lock (changeSchedule takes it).
 * @param {{rotation?: object, schedule?: object, record?: {id: string}|null}} changes
 */
export async function save({ rotation, schedule, record }) {
  const items = {};
  if (rotation) items.rotation = rotation;
  if (schedule) items.schedule = schedule;
  // A rotation or state of a newer Limber is not written over by this one.
  const values = Object.keys(items);
  if (values.length > 0) {
    const stored = await chrome.storage.local.get(values);
    for (const key of values) if (isNewer(stored[key], items[key])) delete items[key];
  }
  if (record) items[HISTORY_PREFIX + record.id] = record;
  if (Object.keys(items).length > 0) await chrome.storage.local.set(items);
}

/**
 * Everything history-related in local storage, as stored (the core checks it).
 * @returns {Promise<{keys: string[], history: unknown[], folded: unknown, quarantined: number}>}
 */
export async function readHistory() {
  const everything = await chrome.storage.local.get(null);
  const keys = Object.keys(everything).filter((key) => key.startsWith(HISTORY_PREFIX));
  return {
    keys,
    history: keys.map((key) => everything[key]),
    folded: everything.folded,
    quarantined: Object.keys(everything).filter((key) => key.startsWith(QUARANTINE_PREFIX)).length,
  };
}

/** The other devices' summaries from sync. @param {string} ownDevice */
export async function readOtherDevices(ownDevice) {
  return (await readOtherSummaries(ownDevice)).map(({ summary }) => summary);
}

/**
 * @param {string} ownDevice
 * @returns {Promise<{key: string, summary: unknown}[]>} the other devices' summaries with their keys
 */
export async function readOtherSummaries(ownDevice) {
  const everything = await chrome.storage.sync.get(null);
  return Object.entries(everything)
    .filter(([key]) => key.startsWith(DEVICE_PREFIX) && key !== DEVICE_PREFIX + ownDevice)
    .map(([key, summary]) => ({ key, summary }));
}

/** How much of sync's quota is used: {used, quota} in bytes. */
export async function syncSpace() {
  return { used: await chrome.storage.sync.getBytesInUse(null), quota: chrome.storage.sync.QUOTA_BYTES };
}

/** @param {{device: string}} summary this device's recent days, as the core made them */
export function writeSummary(summary) {
  return chrome.storage.sync.set({ [DEVICE_PREFIX + summary.device]: summary });
}

/**
 * Keeps copies of values that could not be read under quarantine keys. They are
 * written before anything replaces or removes the originals, so nothing is lost.
 * @param {{key: string, value: unknown, reason: string}[]} entries
 */
export function keepAside(entries) {
  if (entries.length === 0) return Promise.resolve();
  const at = Date.now();
  const items = {};
  for (const { key, value, reason } of entries) {
    items[`${QUARANTINE_PREFIX}${key}/${hash(JSON.stringify(value) ?? 'undefined')}`] = { version: 1, key, value, reason, at };
  }
  return chrome.storage.local.set(items);
}

/**
 * Keeps aside a stored schedule state the core could not read (its problems under
 * "state"), before an answer made from the defaults replaces it.
 * @param {unknown} state as stored @param {{path: string}[]} problems the core's answer's
 */
export function keepUnreadableState(state, problems) {
  const unreadable = problems.filter((p) => p.path.startsWith('state'));
  return keepAside(unreadable.length > 0 ? [{ key: 'schedule', value: state, reason: describeProblems(unreadable) }] : []);
}

// FNV-1a of a text: names a kept-aside value, so keeping it twice keeps it once.
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * The records the core could not read, as entries to move aside, apart from
 * those a newer Limber wrote: they stay where they are, as they are.
 * @param {{unreadable: number[], problems: {path: string, code: string}[]}} answer
 * @param {string[]} keys @param {unknown[]} history
 * @returns {{aside: {key: string, value: unknown, reason: string}[], newer: number}}
 */
export function splitUnreadable(answer, keys, history) {
  const aside = [];
  let newer = 0;
  for (const i of answer.unreadable) {
    const problems = answer.problems.filter((p) => p.path === `history[${i}]` || p.path.startsWith(`history[${i}].`));
    if (problems.some((p) => p.code === 'newer-history')) newer += 1;
    else aside.push({ key: keys[i], value: history[i], reason: describeProblems(problems) });
  }
  return { aside, newer };
}

/** Moves unreadable history records aside: copied to quarantine first, then removed. */
export async function quarantineHistory(entries) {
  if (entries.length === 0) return;
  await keepAside(entries);
  await chrome.storage.local.remove(entries.map(({ key }) => key));
}

/**
 * Stores the folded history, then removes the records it now counts. The folded
 * value names those records as counted, so a fold cut short between the two
 * writes leaves records the next fold knows not to count again.
 */
export async function saveFolded(folded, removeKeys) {
  await chrome.storage.local.set({ folded });
  if (removeKeys.length > 0) await chrome.storage.local.remove(removeKeys);
}

/** What the last import added, kept so that it can be undone. */
export const IMPORT_UNDO = 'importUndo';

/** Adds imported records, the merged folded history and what undoes them, in one write: all or nothing. */
export function addImported(records, folded, undo) {
  const items = { folded, [IMPORT_UNDO]: undo };
  for (const record of records) items[HISTORY_PREFIX + record.id] = record;
  return chrome.storage.local.set(items);
}

/** @returns {Promise<any>} what undoes the last import, or undefined */
export async function readImportUndo() {
  return (await chrome.storage.local.get(IMPORT_UNDO))[IMPORT_UNDO];
}

/**
 * Stores the folded history without the import, then removes its records. The
 * first write replaces what undoes the import by the keys left to remove, so an
 * undo cut short is finished, never done twice.
 * @param {object|undefined} folded @param {string[]} keys
 */
export async function removeImported(folded, keys) {
  await chrome.storage.local.set({ ...(folded ? { folded } : {}), [IMPORT_UNDO]: { version: 1, undone: true, remove: keys } });
  await chrome.storage.local.remove([...keys, IMPORT_UNDO]);
}

/** Deletes the history: records, folded totals, waiting records and this device's summary (quarantine stays). */
export function resetHistory(ownDevice) {
  return changeHistory(async () => {
    const { keys } = await readHistory();
    await chrome.storage.local.remove([...keys, 'folded', IMPORT_UNDO]);
    await pending.clear();
    globalThis.localStorage?.removeItem(LEGACY_PENDING);
    await chrome.storage.sync.remove(DEVICE_PREFIX + ownDevice);
  });
}

/**
 * The local items whose keys start with prefix (and, before Chrome 130, which
 * cannot list the keys alone, every item): getting every item would read and
 * copy ten years of history records too, which took a tenth of a second.
 * @param {string} prefix
 * @returns {Promise<{[key: string]: any}>}
 */
async function getStartingWith(prefix) {
  if (typeof chrome.storage.local.getKeys !== 'function') return chrome.storage.local.get(null);
  const keys = (await chrome.storage.local.getKeys()).filter((key) => key.startsWith(prefix));
  return keys.length > 0 ? chrome.storage.local.get(keys) : {};
}

/**
 * The user's own packs; one whose stored value holds no text has none, and is
 * listed still (named by its key when it names no file), to be reported and removed.
 * @returns {Promise<{id: string, key: string, source: string, text?: string, value: unknown}[]>}
 */
export async function readCustomPacks() {
  /** @type {{[key: string]: any}} */
  const stored = await getStartingWith(CUSTOM_PACK_PREFIX);
  return Object.entries(stored)
    .filter(([key]) => key.startsWith(CUSTOM_PACK_PREFIX))
    .map(([key, value]) => ({
      id: key.slice(CUSTOM_PACK_PREFIX.length),
      key,
      source: typeof value?.source === 'string' ? value.source : key,
      text: typeof value?.text === 'string' ? value.text : undefined,
      value,
    }));
}

/** Keeps a pack the core accepted. */
export function saveCustomPack(id, source, text) {
  return forgettingNextUp(() => chrome.storage.local.set({ [CUSTOM_PACK_PREFIX + id]: { version: 1, source, text } }));
}

export function removeCustomPack(id) {
  return forgettingNextUp(() => chrome.storage.local.remove(CUSTOM_PACK_PREFIX + id));
}

// Earlier versions kept records that could not be written as one list in the
// page's localStorage; the next new tab moves them to IndexedDB, one per record.
const LEGACY_PENDING = 'limber.pendingRecords';

/**
 * Writes the records that waited (lib/pending.js) into the history; those that
 * still do not fit keep waiting.
 * @returns {Promise<number>} how many still wait
 */
export function flushPending() {
  return changeHistory(async () => {
    const legacy = globalThis.localStorage?.getItem(LEGACY_PENDING);
    if (legacy) {
      let records;
      try {
        records = JSON.parse(legacy);
      } catch (error) {
        await keepAside([{ key: LEGACY_PENDING, value: legacy, reason: `${LEGACY_PENDING}: ${error.message}` }]);
      }
      for (const record of Array.isArray(records) ? records : []) await pending.keep(record);
      globalThis.localStorage.removeItem(LEGACY_PENDING);
    }
    let waiting = 0;
    for (const record of await pending.all()) {
      try {
        await chrome.storage.local.set({ [HISTORY_PREFIX + record.id]: record });
        await pending.drop(record.id);
      } catch {
        waiting += 1;
      }
    }
    return waiting;
  });
}
