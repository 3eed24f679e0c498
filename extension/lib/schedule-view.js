// The schedule as the worker last had it from the core, with what it reads until
// it next changes (the core's schedule.ahead), kept in chrome.storage.session: the
// minute tick shows the badge from it without starting the core, and the popup
// paints from it before the core has loaded. Session storage holds it only while
// the browser runs; whatever is missing, stale or unreadable is asked of the core.

const VIEW = 'scheduleView';

/**
 * Keeps the core's schedule and the settings it was made with (already made whole by the core).
 * @param {import('../core/limber-core.js').Schedule} schedule @param {any} settings
 */
export function keepView(schedule, settings) {
  const view = { schedule, settings, offset: new Date().getTimezoneOffset(), language: chrome.i18n.getUILanguage() };
  return chrome.storage.session.set({ [VIEW]: view });
}

/** The kept view, or undefined. */
export async function readView() {
  return (await chrome.storage.session.get(VIEW))[VIEW];
}

/**
 * The schedule as it reads at `now` by the view, or null when the view cannot say
 * (none kept, past its end, another time zone or language since, or not its shape).
 * @param {any} view @param {number} now
 * @returns {{schedule: import('../core/limber-core.js').Schedule, settings: any} | null}
 */
export function scheduleAt(view, now) {
  const ahead = view?.schedule?.ahead;
  if (!ahead || !Array.isArray(ahead.minutes) || !(now < ahead.until)) return null;
  if (view.offset !== new Date(now).getTimezoneOffset() || view.language !== chrome.i18n.getUILanguage()) return null;
  const entry = ahead.minutes.findLast((/** @type {any} */ e) => e.from <= now);
  if (!entry) return null;
  return { schedule: { ...view.schedule, minutesLeft: entry.minutesLeft }, settings: view.settings };
}
