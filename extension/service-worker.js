// The service worker: reminders and upkeep. It asks the core when the next break
// is due and keeps the browser in step with the answer: an alarm at the due time,
// the toolbar badge and title, a notification when a break is due, micro-breaks
// (a quiet notification the worker clears after its seconds, when the core has
// started and then ended it), and time away (chrome.idle) reported as a natural break. It also folds old history and shares
// this device's recent days (lib/upkeep.js). Every listener is registered first,
// synchronously, so that an event that wakes the worker is never missed.
import { loadCore, nowFromClock } from './core/limber-core.js';
import * as storage from './lib/storage.js';
import { describeSchedule, badgeText } from './lib/schedule-text.js';
import { countToday, foldHistory, shareSummary } from './lib/upkeep.js';
import { loadPacks } from './lib/packs.js';
import { t } from './lib/i18n.js';
import { describeProblem } from './lib/problems.js';
import * as firstRun from './lib/first-run.js';
import { keepView, readView, scheduleAt } from './lib/schedule-view.js';

const DUE_ALARM = 'break-due';
const TICK_ALARM = 'badge-tick';
const UPKEEP_ALARM = 'history-upkeep';
const NOTIFICATION = 'break-due';
const MICRO_ALARM = 'micro-break';
const MICRO_NOTIFICATION = 'micro-break';

chrome.runtime.onInstalled.addListener(({ reason }) => {
  // A new install asks first (the welcome); an update goes on as it was.
  if (reason === 'install') queue(welcome);
  queue(refresh);
  queue(upkeep);
});
chrome.runtime.onStartup.addListener(() => {
  // The browser was closed with the welcome open: dismissed, so reminders start.
  queue(welcomeLeft);
  queue(refresh);
  queue(upkeep);
});
chrome.alarms.onAlarm.addListener((alarm) => {
  // Marked for scripts/bench: how long from the alarm to the toolbar in step.
  const detail = { alarm: alarm.name, scheduledTime: alarm.scheduledTime };
  performance.mark('alarm-start', { detail });
  queue(async () => {
    await ({ [UPKEEP_ALARM]: upkeep, [TICK_ALARM]: tick }[alarm.name] ?? refresh)();
    performance.mark('alarm-done', { detail });
  });
});
chrome.storage.onChanged.addListener((changes, area) => {
  // The organisation's policy changed: its presets, locks and packs apply from now on.
  if (area === 'managed') corePromise = undefined;
  if (area === 'managed' || (area === 'sync' && changes.settings) || (area === 'local' && changes.schedule)) queue(refresh);
  const historyChanged = area === 'local' && Object.keys(changes).some((key) => key.startsWith(storage.HISTORY_PREFIX) || key === 'folded');
  const elsewhere = area === 'sync' && Object.keys(changes).some((key) => key.startsWith(storage.DEVICE_PREFIX));
  if (historyChanged || elsewhere || area === 'managed' || (area === 'sync' && changes.settings)) summarySoon();
});
chrome.idle.onStateChanged.addListener((idleState) => queue(() => reportIdle(idleState)));
// Do not disturb: a window entering or leaving full screen, a tab starting or stopping sound.
chrome.windows.onBoundsChanged.addListener(() => queue(refresh));
chrome.tabs.onUpdated.addListener((tabId, change) => {
  if ('audible' in change) queue(refresh);
  if (change.url && !change.url.startsWith(chrome.runtime.getURL('welcome.html'))) queue(() => welcomeLeft(tabId));
});
chrome.tabs.onRemoved.addListener((tabId) => queue(() => welcomeLeft(tabId)));
// The popup's "Start break now" (only Limber's own pages can send messages here).
chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (sender.id !== chrome.runtime.id || message?.command !== 'start-break') return false;
  queue(openBreak).then(() => reply(true));
  return true;
});
chrome.notifications.onClicked.addListener((id) => {
  if (id === NOTIFICATION) queue(openBreak);
});
chrome.commands.onCommand.addListener((command) => {
  if (command === 'start-break') queue(openBreak);
  if (command === 'snooze') queue(snoozeFromNotification);
});
chrome.notifications.onButtonClicked.addListener((id, button) => {
  if (id !== NOTIFICATION) return;
  queue(button === 0 ? openBreak : snoozeFromNotification);
});

// One thing at a time: every step reads storage, asks the core and writes back,
// so steps must not interleave.
let last = Promise.resolve();
function queue(step) {
  last = last.then(step).catch((error) => console.error('Limber:', error));
  return last;
}

// The worker is stopped when idle; each wake starts the core again, from bytes
// fetched here (the worker has no XMLHttpRequest for Emscripten to fall back on).
// The packs go in too: a micro-break names one of their micro exercises (a broken
// pack is the new tab's to report).
let corePromise;
function core() {
  // Marked for the tests and scripts/bench, which check which wakes start it.
  if (!corePromise) performance.mark('core-start');
  corePromise ??= fetch(chrome.runtime.getURL('core/limber_core.wasm'))
    .then((response) => response.arrayBuffer())
    .then((wasmBinary) => loadCore({ wasmBinary, describe: describeProblem }))
    .then(async (c) => {
      await loadPacks(c);
      return c;
    });
  return corePromise;
}

async function inputs() {
  const [c, stored, local] = await Promise.all([core(), storage.readSettings(), storage.readLocalState()]);
  const { settings, policy } = c.settings(stored);
  return { c, settings, policy, todayStats: local.todayStats, device: local.device };
}

// What do-not-disturb asks about, as facts for the core: a window full screen (a
// presentation, a film, a call), a tab playing sound (only looked at when the
// settings hold for it). Neither needs a permission.
async function quiet(settings) {
  const fullscreen = (await chrome.windows.getAll()).some((window) => window.state === 'fullscreen');
  const sound = settings.holdForSound && (await chrome.tabs.query({ audible: true })).length > 0;
  return { fullscreen, sound };
}

async function refresh() {
  const { c, settings, todayStats, device } = await inputs();
  const facts = await quiet(settings);
  // The day's first activity, when a due break was held back, and a micro-break
  // starting or ending (with its record) can change here.
  let microStarted = false;
  const answer = await storage.changeSchedule(async (state) => {
    const seen = c.schedule({ settings, state, now: nowFromClock(), ...facts, micro: true, id: crypto.randomUUID(), device, ahead: true });
    microStarted = seen.state.microAt > 0 && seen.state.microAt !== state?.microAt;
    await storage.keepUnreadableState(state, seen.problems);
    return seen;
  });
  // A new day: today's count starts again.
  if (todayStats?.day !== answer.schedule.day) summarySoon();
  chrome.idle.setDetectionInterval(settings.idleMinutes * 60);
  await showMicro(answer.schedule.micro, microStarted, settings);
  await show(answer.schedule, settings);
  await keepView(answer.schedule, settings);
}

// The minute tick: the badge counts down by what the core said it would read
// now, without starting the core; anything the view cannot say is asked again.
// Every change of state or settings, and every due time, comes through refresh.
async function tick() {
  const now = scheduleAt(await readView(), Date.now());
  if (now) await showBadge(now.schedule);
  else await refresh();
}

// A micro-break asks nothing of the user: a notification that needs no answer,
// shown once when it starts and cleared when the core has ended it. The alarm
// wakes the worker when the next one is due, or when the one showing ends.
async function showMicro(micro, started, settings) {
  if (micro?.status !== 'showing') await chrome.notifications.clear(MICRO_NOTIFICATION);
  if (micro?.status === 'showing' && started && micro.exercise) {
    await chrome.notifications.create(MICRO_NOTIFICATION, {
      type: 'basic',
      iconUrl: 'images/icon-128.png',
      title: t('microNotificationTitle', micro.exercise.name),
      message: t('microNotificationMessage', micro.exercise.steps[0], settings.microSeconds),
      requireInteraction: false,
      silent: true,
      priority: 0,
    });
  }
  const wake = micro?.status === 'showing' ? micro.endsAt : micro?.status === 'waiting' ? micro.at : 0;
  if (wake) await chrome.alarms.create(MICRO_ALARM, { when: Math.max(wake, Date.now() + 1000) });
  else await chrome.alarms.clear(MICRO_ALARM);
  // A packed extension's alarms fire 30 s out at the soonest: a shorter one ends on
  // the worker's own timer too, while it is still awake (the alarm stays as the fallback).
  if (micro?.status === 'showing' && started) setTimeout(() => queue(refresh), Math.max(0, micro.endsAt - Date.now()) + 50);
}

async function show(schedule, settings) {
  await arm(schedule, settings);
  await showBadge(schedule);
}

async function showBadge(schedule) {
  // The title comes last: when it reads right, everything else is in place.
  await chrome.action.setBadgeBackgroundColor({ color: '#1f6f5c' });
  await chrome.action.setBadgeText({ text: badgeText(schedule) });
  await chrome.action.setTitle({ title: t('actionTitle', describeSchedule(schedule)) });
}

// The due alarm wakes the worker when the break is due (or the working day
// starts); the minute tick keeps the badge counting down in between.
async function arm(schedule, settings) {
  if (schedule.status === 'off') {
    await Promise.all([chrome.alarms.clear(DUE_ALARM), chrome.alarms.clear(TICK_ALARM), chrome.notifications.clear(NOTIFICATION)]);
    return;
  }
  if (schedule.status === 'due') {
    await notify(settings);
  } else {
    await chrome.notifications.clear(NOTIFICATION);
  }
  // A pause wakes the worker when it ends; one until resumed waits for the user.
  const wakes = { 'outside-hours': schedule.nextStart?.utc, paused: schedule.pausedUntil };
  const wake = schedule.status in wakes ? wakes[schedule.status] : schedule.dueAt;
  if (schedule.status !== 'due' && schedule.status !== 'held' && wake) await chrome.alarms.create(DUE_ALARM, { when: Math.max(wake, Date.now() + 1000) });
  else if (schedule.status === 'paused') await chrome.alarms.clear(DUE_ALARM);
  if (schedule.status === 'outside-hours' || schedule.status === 'paused') await chrome.alarms.clear(TICK_ALARM);
  else if (!(await chrome.alarms.get(TICK_ALARM))) await chrome.alarms.create(TICK_ALARM, { periodInMinutes: 1 });
}

async function notify(settings) {
  const shown = await chrome.notifications.getAll();
  if (shown[NOTIFICATION]) return;
  await chrome.notifications.create(NOTIFICATION, {
    type: 'basic',
    iconUrl: 'images/icon-128.png',
    title: t('notificationTitle'),
    message: t('notificationMessage'),
    buttons: [{ title: t('startBreak') }, { title: t('snoozeMinutes', settings.snoozeMinutes[0]) }],
    requireInteraction: true,
    priority: 2,
  });
}

// The first run: reminders wait until the welcome is done or dismissed, unless
// the organisation skips it (its presets stand, and reminders start at once).
async function welcome() {
  const { c, settings, policy } = await inputs();
  if (policy.skipWelcome) return;
  await firstRun.holdReminders(c, settings);
  const tab = await chrome.tabs.create({ url: chrome.runtime.getURL('welcome.html') });
  await firstRun.openedIn(tab.id);
}

// The welcome's tab was closed or went elsewhere (tabId), or the browser started
// again with it left open (no tabId): the defaults stand and reminders start.
async function welcomeLeft(tabId) {
  const tab = await firstRun.welcomeTab();
  if (tab === undefined || (tabId !== undefined && tabId !== tab)) return;
  const { c, settings } = await inputs();
  await firstRun.startReminders(c, settings);
}

// The break's tab remembers the tab the user was on (its id only: no permission),
// to go back to it when the break ends.
async function openBreak() {
  await chrome.notifications.clear(NOTIFICATION);
  // A break already running in a tab is brought forward, not started a second time
  // (from the popup, the notification or the shortcut alike).
  const shown = await chrome.runtime.sendMessage({ command: 'show-running-break' }).catch(() => false);
  if (shown === true) return;
  const [previous] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  const back = previous?.id === undefined ? '' : `&return=${previous.id}`;
  await chrome.tabs.create({ url: chrome.runtime.getURL(`newtab.html#break${back}`) });
}

// From the notification's button or the keyboard shortcut.
async function snoozeFromNotification() {
  const { c, settings, device } = await inputs();
  await storage.changeSchedule((state) => c.snooze({
    settings, state, now: nowFromClock(), minutes: settings.snoozeMinutes[0], id: crypto.randomUUID(), device,
  }));
  await chrome.notifications.clear(NOTIFICATION);
}

async function reportIdle(idleState) {
  const { c, settings, device } = await inputs();
  await storage.changeSchedule((state) => c.idle({ settings, state, now: nowFromClock(), idleState, id: crypto.randomUUID(), device }));
}

async function upkeep() {
  const { c, settings } = await inputs();
  await storage.flushPending();
  await foldHistory(c);
  await shareSummary(c);
  await countToday(c, settings);
  if (!(await chrome.alarms.get(UPKEEP_ALARM))) await chrome.alarms.create(UPKEEP_ALARM, { periodInMinutes: 6 * 60 });
}

// Many records can land at once (an import, several tabs): one count after them.
let summaryPending = false;
function summarySoon() {
  if (summaryPending) return;
  summaryPending = true;
  queue(async () => {
    summaryPending = false;
    const { c, settings } = await inputs();
    await countToday(c, settings);
    await shareSummary(c);
  });
}
