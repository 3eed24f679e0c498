// Time is robust: a break counts down on the page's monotonic clock whatever
// the wall clock does, and is recorded with times in order; times stored by a
// clock that ran fast never keep reminders silent; the working day starts at
// its own local time across a daylight-saving change.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, historyOf, until, ALWAYS_WORKING } from './browser.mjs';

const MINUTE = 60_000;
const browsers = [];
after(async () => {
  await Promise.all(browsers.map((b) => b.close()));
});
async function open(options) {
  const b = await launch(options);
  browsers.push(b);
  return b;
}
const seconds = (text) => {
  const [m, s] = text.split(':').map(Number);
  return m * 60 + s;
};

test('the clock set back during a break: the countdown goes on, End records the break, the page moves on', async () => {
  const b = await open();
  const page = await b.newTab({ clock: true });
  const before = (await historyOf(page)).length;
  await page.locator('#start-break').click();
  await page.clock.runFor(5_000);
  const shown = seconds(await page.locator('#countdown').textContent());
  // The computer's clock is set back ten minutes.
  const wall = await page.evaluate(() => Date.now());
  await page.clock.setSystemTime(wall - 10 * MINUTE);
  await page.clock.runFor(1_000);
  const after = seconds(await page.locator('#countdown').textContent());
  assert.ok(after <= shown && after >= shown - 2, `the countdown went from ${shown} s to ${after} s`);

  await page.locator('#end').click();
  await page.locator('#done').waitFor({ state: 'visible' });
  const history = await historyOf(page);
  assert.equal(history.length, before + 1, 'the break is recorded');
  const record = history.find((r) => r.outcome === 'partial');
  assert.ok(record.start <= record.end, 'it starts before it ends');
  assert.ok(Math.abs(record.end - record.start - 6_000) < 1_500, `it lasted ${record.end - record.start} ms, as long as it ran`);
  assert.deepEqual(b.problems, []);
});

test('a last break and a snooze stored in the future (a clock that ran fast) silence reminders no longer than a snooze', async () => {
  const b = await open();
  const worker = await b.serviceWorker();
  await worker.evaluate(async ({ settings, MINUTE }) => {
    const now = Date.now();
    await chrome.storage.sync.set({ settings });
    await navigator.locks.request('limber.schedule', () => chrome.storage.local.set({
      schedule: { version: 1, lastBreakEnd: now + 2 * 1440 * MINUTE, snoozedUntil: now + 3 * 1440 * MINUTE },
    }));
  }, { settings: { ...ALWAYS_WORKING, snoozeMinutes: [10, 30] }, MINUTE });
  const { title, alarm } = await until(async () => {
    const state = await worker.evaluate(async () => ({
      title: await chrome.action.getTitle({}), alarm: (await chrome.alarms.get('break-due'))?.scheduledTime,
    }));
    return /snoozed until/.test(state.title) && state;
  });
  assert.match(title, /snoozed until/);
  assert.ok(alarm <= Date.now() + 30 * MINUTE + 5_000, `the alarm is ${Math.round((alarm - Date.now()) / MINUTE)} min away`);
  const stored = await worker.evaluate(() => chrome.storage.local.get('schedule'));
  assert.ok(stored.schedule.lastBreakEnd <= Date.now(), 'the stored time is set right');
});

test('after the spring change in Berlin, Monday\'s working day starts at 09:00 local, not 10:00', async () => {
  const b = await open({ timezoneId: 'Europe/Berlin' });
  // Installed that day: not with the welcome ended today (its end is when the interval
  // restarts, months after this page's clock), but with no schedule kept yet.
  const worker = await b.serviceWorker();
  await worker.evaluate(() => navigator.locks.request('limber.schedule', () => chrome.storage.local.remove('schedule')));
  // Friday 27 March 2026, 18:30 in Berlin (UTC+1); summer time begins on Sunday.
  const page = await b.newTab({ clock: new Date('2026-03-27T17:30:00Z') });
  await page.locator('#schedule-line', { hasText: /outside working hours/i }).waitFor();
  const next = await page.evaluate(async () => {
    const { loadCore, nowFromClock } = await import(chrome.runtime.getURL('core/limber-core.js'));
    const core = await loadCore();
    return core.schedule({ now: nowFromClock() }).schedule.nextStart;
  });
  assert.equal(next.weekday, 'mon');
  assert.equal(new Date(next.utc).toISOString(), '2026-03-30T07:00:00.000Z', 'the alarm rings at 09:00 summer time');
});
