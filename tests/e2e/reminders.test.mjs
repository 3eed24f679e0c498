// Reminders from the service worker, in the real built extension: the alarm,
// the toolbar badge and title, the notification and its buttons, the new tab's
// due banner, and time away counted as a natural break.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, historyOf, until, plantSchedule, toolbarOf, ALWAYS_WORKING } from './browser.mjs';

const MINUTE = 60_000;
let browser;
let worker;

before(async () => {
  browser = await launch();
  worker = await browser.serviceWorker();
});
after(async () => {
  await browser?.close();
});

const plant = (settings, minutesAgo) => plantSchedule(worker, settings, minutesAgo);
const toolbar = () => toolbarOf(worker);

test('while waiting, the badge counts the minutes left and an alarm is set for the due time', async () => {
  const lastBreak = await plant({ ...ALWAYS_WORKING, intervalMinutes: 45 }, 5);
  const state = await until(async () => {
    const t = await toolbar();
    return t.badge === '40m' && t;
  });
  assert.match(state.title, /^Limber: next break at .+, in 40 min$/);
  assert.ok(Math.abs(state.alarms['break-due'].scheduledTime - (lastBreak + 45 * MINUTE)) < 2000);
  assert.deepEqual(state.notifications, []);
});

test('the minute tick counts the badge down from what the core said ahead, without starting the core', async () => {
  // 35 min and 8 s left: the badge reads 36m until the minute boundary, 35m after it.
  const lastBreak = await plant({ ...ALWAYS_WORKING, intervalMinutes: 45, microBreaks: false }, 10 - 8 / 60);
  const boundary = lastBreak + 10 * MINUTE;
  await until(async () => (await toolbar()).badge === '36m');
  const coreStarts = (w) => w.evaluate(() => performance.getEntriesByName('core-start').length);
  assert.equal(await coreStarts(worker), 1, 'the worker that refreshed started the core');
  const started = () => worker.evaluate(() => performance.timeOrigin);
  const before = await started();
  const page = await browser.newTab();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // The tick, as Chrome fires it, wakes the worker again (Playwright's handle
  // reaches the new one: the target stays).
  await page.evaluate((when) => chrome.alarms.create('badge-tick', { when, periodInMinutes: 1 }), boundary + 500);
  const state = await until(async () => {
    const t = await toolbar();
    return t.badge === '35m' && t;
  }, { timeout: 20_000 });
  assert.ok((await started()) > before, 'a worker started afresh');
  assert.match(state.title, /^Limber: next break at .+, in 35 min$/);
  assert.equal(await coreStarts(worker), 0, 'the tick started no core');
  await page.close();
});

test('a due break raises a notification and the badge says so', async () => {
  await plant(ALWAYS_WORKING, 50);
  // The worker sets the title last, once the rest is in place.
  const state = await until(async () => {
    const t = await toolbar();
    return t.title === 'Limber: a break is due now' && t;
  });
  assert.equal(state.badge, 'now');
  assert.deepEqual(state.notifications, ['break-due']);
});

test('"Start break" on the notification opens a tab straight into the guided break', async () => {
  // The notification the test before left is cleared first, so the one waited for is this plant's.
  await worker.evaluate(() => chrome.notifications.clear('break-due'));
  await plant(ALWAYS_WORKING, 50);
  await until(async () => (await toolbar()).notifications.includes('break-due'));
  const opened = browser.context.waitForEvent('page');
  await worker.evaluate(() => chrome.notifications.onButtonClicked.dispatch('break-due', 0));
  const page = await opened;
  await page.locator('#break').waitFor({ state: 'visible' });
  assert.match(await page.locator('#break-count').textContent(), /^Exercise 1 of \d+$/);
  // The break is under way: the reminder is gone and stays gone while it runs,
  // whatever wakes the worker (here the due alarm firing again).
  await until(async () => (await toolbar()).title === 'Limber: a break is under way');
  const alarmsDone = () => worker.evaluate(() => performance.getEntriesByName('alarm-done').length);
  const before = await alarmsDone();
  await worker.evaluate(() => chrome.alarms.onAlarm.dispatch({ name: 'break-due', scheduledTime: Date.now() }));
  await until(async () => (await alarmsDone()) > before);
  const during = await toolbar();
  assert.deepEqual(during.notifications, []);
  assert.equal(during.badge, '');
  // Ended early, the break is recorded and the next one is counted from its end.
  await page.locator('#end').click();
  await page.locator('#done').waitFor({ state: 'visible' });
  await until(async () => (await toolbar()).badge === '45m');
  assert.deepEqual((await toolbar()).notifications, []);
  await page.close();
});

test('clicking the notification itself also opens the guided break', async () => {
  // The notification the test before left is cleared first, so the one waited for is this plant's.
  await worker.evaluate(() => chrome.notifications.clear('break-due'));
  await plant(ALWAYS_WORKING, 50);
  await until(async () => (await toolbar()).notifications.includes('break-due'));
  const opened = browser.context.waitForEvent('page');
  await worker.evaluate(() => chrome.notifications.onClicked.dispatch('break-due'));
  const page = await opened;
  await page.locator('#break').waitFor({ state: 'visible' });
  await page.close();
});

test('"Snooze" moves the next alarm, clears the notification and is kept in history', async () => {
  await plant({ ...ALWAYS_WORKING, snoozeMinutes: [10, 30] }, 50);
  await until(async () => (await toolbar()).notifications.includes('break-due'));
  const before = Date.now();
  await worker.evaluate(() => chrome.notifications.onButtonClicked.dispatch('break-due', 1));
  const state = await until(async () => {
    const t = await toolbar();
    return t.badge === '10m' && t;
  });
  const alarm = state.alarms['break-due'].scheduledTime;
  assert.ok(alarm >= before + 10 * MINUTE - 1000 && alarm <= Date.now() + 10 * MINUTE + 1000, 'the alarm is ten minutes out');
  assert.match(state.title, /snoozed until/);
  assert.deepEqual(state.notifications, []);
  const page = await browser.newTab();
  assert.ok((await historyOf(page)).some((record) => record.outcome === 'snoozed'));
  await page.close();
});

test('the new tab offers start, snooze and skip while a break is due, and skips stop at the budget', async () => {
  await plant({ ...ALWAYS_WORKING, skipBudget: 1 }, 50);
  const page = await browser.newTab();
  await page.locator('#due').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#due-snoozes button').count(), 2);
  assert.match(await page.locator('#due-skip').textContent(), /1 left today/);
  await page.locator('#due-skip').click();
  await page.locator('#due').waitFor({ state: 'hidden' });
  assert.match(await page.locator('#schedule-line').textContent(), /in 45 min/);
  assert.ok((await historyOf(page)).some((record) => record.outcome === 'skipped'));
  await page.close();

  // Due again on the same day: the budget is spent, so only start and snooze remain.
  await worker.evaluate(async (MINUTE) => {
    await navigator.locks.request('limber.schedule', async () => {
      const { schedule } = await chrome.storage.local.get('schedule');
      await chrome.storage.local.set({ schedule: { ...schedule, lastBreakEnd: Date.now() - 50 * MINUTE } });
    });
  }, MINUTE);
  const again = await browser.newTab();
  await again.locator('#due').waitFor({ state: 'visible' });
  assert.equal(await again.locator('#due-skip').isHidden(), true);
  await again.close();
});

test('four tabs skipping the same due break at once use up the budget exactly, and no skip is lost', async () => {
  await plant({ ...ALWAYS_WORKING, skipBudget: 2 }, 50);
  const tabs = await Promise.all([1, 2, 3, 4].map(() => browser.newTab()));
  for (const tab of tabs) await tab.locator('#due-skip').waitFor({ state: 'visible' });
  const skippedBefore = (await historyOf(tabs[0])).filter((record) => record.outcome === 'skipped').length;
  await Promise.all(tabs.map((tab) => tab.evaluate(() => document.getElementById('due-skip').click())));
  const refused = await until(async () => {
    const notes = await Promise.all(tabs.map((tab) => tab.locator('#notice').textContent()));
    const count = notes.filter((text) => /No skips left today: the daily budget is 2\./.test(text)).length;
    return count === 2 && count;
  });
  assert.equal(refused, 2);
  const { schedule } = await worker.evaluate(() => chrome.storage.local.get('schedule'));
  assert.equal(schedule.skipsUsed, 2);
  const skipped = (await historyOf(tabs[0])).filter((record) => record.outcome === 'skipped').length;
  assert.equal(skipped - skippedBefore, 2);
  for (const tab of tabs) await tab.close();
});

test('outside working hours the badge is empty and the title names the next start', async () => {
  const tomorrow = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][(new Date().getDay() + 1) % 7];
  await plant({ workDays: [tomorrow], workStart: '08:30', workEnd: '17:00' }, 5);
  const state = await until(async () => {
    const t = await toolbar();
    return t.title.includes('outside working hours') && t;
  });
  assert.equal(state.badge, '');
  assert.match(state.title, /next at \w{3} 08:30$/);
  assert.equal(state.alarms['badge-tick'], undefined);
});

test('with reminders off there is no badge, no alarm and no notification', async () => {
  await plant({ ...ALWAYS_WORKING, reminders: false }, 50);
  const state = await until(async () => {
    const t = await toolbar();
    return t.title === 'Limber: reminders are off' && t;
  });
  assert.equal(state.badge, '');
  assert.deepEqual(Object.keys(state.alarms), ['history-upkeep']);
  assert.deepEqual(state.notifications, []);
});

test('time away from the computer is recorded as a natural break and restarts the interval', async () => {
  await plant({ ...ALWAYS_WORKING, idleMinutes: 5 }, 30);
  await until(async () => (await toolbar()).title.endsWith('in 15 min'));
  await worker.evaluate(() => chrome.idle.onStateChanged.dispatch('locked'));
  await worker.evaluate(() => chrome.idle.onStateChanged.dispatch('active'));
  await until(async () => (await toolbar()).badge === '45m');
  const page = await browser.newTab();
  const natural = (await historyOf(page)).find((record) => record.outcome === 'natural');
  assert.ok(natural, 'a natural break is in history');
  assert.ok(natural.end - natural.start >= 5 * MINUTE);
  await page.close();
});

test('the keyboard shortcuts start a break and snooze, and the options page lists them', async () => {
  await plant(ALWAYS_WORKING, 50);
  await until(async () => (await toolbar()).title === 'Limber: a break is due now');
  await worker.evaluate(() => chrome.commands.onCommand.dispatch('snooze'));
  await until(async () => (await toolbar()).title.includes('snoozed until'));
  const opened = browser.context.waitForEvent('page');
  await worker.evaluate(() => chrome.commands.onCommand.dispatch('start-break'));
  const page = await opened;
  await page.locator('#break').waitFor({ state: 'visible' });
  await page.close();
  const options = await browser.options();
  assert.deepEqual(await options.locator('#shortcuts dt').allTextContents(), ['Start a break now', 'Snooze the break that is due']);
  // Chrome decides whether the suggested keys are free to assign; the page shows what it has.
  const assigned = await worker.evaluate(async () => Object.fromEntries((await chrome.commands.getAll()).map((c) => [c.name, c.shortcut])));
  assert.deepEqual(await options.locator('#shortcuts dd').allTextContents(),
    [assigned['start-break'] || 'not set', assigned.snooze || 'not set']);
  await options.close();
});

test('a pause silences the due break, says until when, and ends by itself', async () => {
  await plant(ALWAYS_WORKING, 50);
  await until(async () => (await toolbar()).notifications.includes('break-due'));
  const tab = await browser.newTab();
  const before = (await historyOf(tab)).length;
  await tab.locator('#pause-menu summary').click();
  await tab.locator('[data-pause="hour"]').click();
  await tab.locator('#resume-reminders').waitFor({ state: 'visible' });
  // An hour from late evening ends tomorrow, and says the day.
  assert.match(await tab.locator('.schedule-line').innerText(), /^Paused until ([A-Z][a-z]{2} )?\d{1,2}:\d{2}( [AP]M)? · Resume$/);
  assert.equal(await tab.locator('#due').isHidden(), true);
  const paused = await until(async () => {
    const t = await toolbar();
    return t.badge === '||' && t;
  });
  assert.match(paused.title, /^Limber: paused until /);
  assert.deepEqual(paused.notifications, []);
  const { schedule } = await worker.evaluate(() => chrome.storage.local.get('schedule'));
  assert.ok(Math.abs(paused.alarms['break-due'].scheduledTime - schedule.pausedUntil) < 2000, 'the worker wakes when the pause ends');
  assert.ok(Math.abs(schedule.pausedUntil - (Date.now() + 60 * MINUTE)) < MINUTE);

  // The worker's own alarm ends it: with the end two seconds away, the badge counts
  // down again, from one interval after the pause.
  await worker.evaluate(() => navigator.locks.request('limber.schedule', async () => {
    const { schedule: stored } = await chrome.storage.local.get('schedule');
    await chrome.storage.local.set({ schedule: { ...stored, pausedUntil: Date.now() + 2000 } });
  }));
  await until(async () => (await toolbar()).badge === '45m');
  assert.equal((await historyOf(tab)).length, before, 'a pause is not recorded as a break');

  // Until resumed, and the Resume button.
  await tab.locator('#pause-menu summary').click();
  await tab.locator('[data-pause="until-resumed"]').click();
  await tab.locator('.schedule-line', { hasText: 'Paused until you resume · Resume' }).waitFor();
  assert.equal((await until(async () => {
    const t = await toolbar();
    return t.badge === '||' && t;
  })).alarms['break-due'], undefined);
  await tab.locator('#resume-reminders').click();
  await tab.locator('#schedule-line', { hasText: 'in 45 min' }).waitFor();
  await until(async () => (await toolbar()).badge === '45m');
  await tab.close();
});

test('a break from the notification says what was done, then returns to the tab the user was on and closes', async () => {
  await plant(ALWAYS_WORKING, 50);
  await until(async () => (await toolbar()).notifications.includes('break-due'));
  const work = await browser.open('pack.html');
  await work.bringToFront();
  const workTab = await work.evaluate(async () => (await chrome.tabs.getCurrent()).id);
  const opened = browser.context.waitForEvent('page');
  await worker.evaluate(() => chrome.notifications.onButtonClicked.dispatch('break-due', 0));
  const page = await opened;
  await page.locator('#break').waitFor({ state: 'visible' });
  await page.locator('#skip').click(); // the first exercise skipped, the rest ended: nothing moved
  await page.locator('#end').click();
  await page.locator('#done').waitFor({ state: 'visible' });
  assert.match(await page.locator('#done-next').textContent(), /^Next break at .+, in 45 min\.$/);
  await page.locator('#done-today', { hasText: /^\d+ of 8 breaks today/ }).waitFor();
  const closed = page.waitForEvent('close');
  await page.locator('#done-back').click();
  await closed;
  const active = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
  assert.equal(active, workTab);
  await work.close();
});

test('a window in full screen holds the due notification until it leaves full screen, then the break is due from then', async () => {
  const win = await worker.evaluate(async () => {
    const [first] = await chrome.windows.getAll();
    await chrome.windows.update(first.id, { state: 'fullscreen' });
    return first.id;
  });
  await plant(ALWAYS_WORKING, 50);
  const held = await until(async () => {
    const t = await toolbar();
    return t.title === 'Limber: a break is due, held while you present, watch or call' && t;
  });
  assert.deepEqual(held.notifications, []);
  const enteredAt = Date.now();
  await worker.evaluate((id) => chrome.windows.update(id, { state: 'normal' }), win);
  // The worker sets the title last, once the notification is up.
  const due = await until(async () => {
    const t = await toolbar();
    return t.title === 'Limber: a break is due now' && t;
  });
  assert.deepEqual(due.notifications, ['break-due']);
  const { schedule } = await worker.evaluate(() => chrome.storage.local.get('schedule'));
  assert.ok(schedule.heldAt >= enteredAt - 5000, 'held until full screen ended, so due from then');
});

const plural = (n) => (n === 1 ? '1 micro-break' : `${n} micro-breaks`);

test('a micro-break shows a notification that needs no answer, clears itself after its seconds and is recorded', async () => {
  // What the worker asks Chromium to show (a spy on the real call).
  await worker.evaluate(() => {
    const create = chrome.notifications.create.bind(chrome.notifications);
    self.shownNotifications = [];
    chrome.notifications.create = (id, options) => {
      self.shownNotifications.push({ id, ...options });
      return create(id, options);
    };
  });
  // The last break 11 minutes ago, micro-breaks every 10 minutes: one is due, the long break is 49 minutes out.
  await plant({ ...ALWAYS_WORKING, intervalMinutes: 60, microMinutes: 10, microSeconds: 60 }, 11);
  // The title comes last: when it tells the long break, the due one the test before left is gone.
  const shown = await until(async () => {
    const t = await toolbar();
    return t.notifications.includes('micro-break') && /^Limber: next break at .+, in 49 min$/.test(t.title) && t;
  });
  const [options] = await worker.evaluate(() => self.shownNotifications.filter((n) => n.id === 'micro-break'));
  assert.equal(options.requireInteraction, false);
  assert.equal(options.buttons, undefined);
  assert.match(options.title, /^Micro-break: /);
  assert.match(options.message, /It clears by itself in 60 seconds\.$/);
  assert.ok(!shown.notifications.includes('break-due'));
  const { schedule } = await worker.evaluate(() => chrome.storage.local.get('schedule'));
  assert.ok(Math.abs(shown.alarms['micro-break'].scheduledTime - (schedule.microAt + 60_000)) < 1100, 'the worker wakes when it ends');
  // A new tab open meanwhile shows it as a quiet banner.
  const tab = await browser.newTab();
  await tab.locator('#micro-name', { hasText: /^Micro-break, 60 seconds: \S/ }).waitFor();
  const before = (await historyOf(tab)).filter((record) => record.outcome === 'micro').length;
  const { todayStats: counted } = await worker.evaluate(() => chrome.storage.local.get('todayStats'));

  // Its seconds run out two seconds from now: the worker's alarm ends it.
  await worker.evaluate(() => navigator.locks.request('limber.schedule', async () => {
    const { schedule: stored } = await chrome.storage.local.get('schedule');
    await chrome.storage.local.set({ schedule: { ...stored, microAt: Date.now() - 58_000 } });
  }));
  await until(async () => !(await toolbar()).notifications.includes('micro-break'));
  const micros = (await historyOf(tab)).filter((record) => record.outcome === 'micro');
  assert.equal(micros.length, before + 1);
  assert.equal(micros.at(-1).exercises.length, 1);
  assert.equal(micros.at(-1).end - micros.at(-1).start, 60_000);
  await tab.locator('#micro').waitFor({ state: 'hidden' });
  // Counted in its own line, not toward the goal.
  const { todayStats } = await until(async () => {
    const stored = await worker.evaluate(() => chrome.storage.local.get('todayStats'));
    return stored.todayStats?.micro === before + 1 && stored;
  });
  assert.equal(todayStats.completed, counted?.completed ?? 0);
  await tab.locator('#today', { hasText: ` · ${plural(before + 1)} today` }).waitFor();
  await tab.close();
  await plant(ALWAYS_WORKING, 50); // the settings the tests after this one expect
});

test("a paused new tab says when the pause has ended, on the page's own clock", async () => {
  // Last in this file: Playwright's clock, once installed, holds every page of the browser.
  // At 10:00 tomorrow, whatever the time the suite runs: a pause's end late in the
  // evening would leave no break before midnight.
  await plant({ ...ALWAYS_WORKING, microBreaks: false }, 0);
  const morning = new Date();
  morning.setDate(morning.getDate() + 1);
  morning.setHours(10, 0, 0, 0);
  const page = await browser.newTab({ clock: morning });
  await page.locator('#pause-menu summary').click();
  await page.locator('[data-pause="two-hours"]').click();
  await page.locator('#resume-reminders').waitFor({ state: 'visible' });
  await page.clock.fastForward('02:00:01');
  await page.locator('#schedule-line', { hasText: /in 4[45] min/ }).waitFor();
  assert.equal(await page.locator('#resume-reminders').isHidden(), true);
  await page.close();
});

test('no page or worker logged an error', () => {
  assert.deepEqual(browser.problems, []);
});
