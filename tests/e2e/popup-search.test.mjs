// The toolbar popup and the new tab's search box, in the real built extension:
// the popup's buttons start a break, snooze a due one, pause and resume reminders,
// and the toolbar badge and the new tab say the same; the search box hands its
// text to chrome.search (the user's own engine), and the settings can hide it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { axeViolations, launch, plantSchedule, toolbarOf, until, ALWAYS_WORKING } from './browser.mjs';

const shots = new URL('../../dist/screenshots/', import.meta.url).pathname;

let browser;
let worker;

before(async () => {
  browser = await launch();
  worker = await browser.serviceWorker();
});
after(async () => {
  await browser?.close();
});

const badge = (text) => until(async () => {
  const toolbar = await toolbarOf(worker);
  return toolbar.badge === text && toolbar;
});

async function popup() {
  // What a click on the toolbar button opens.
  assert.equal(await worker.evaluate(() => chrome.action.getPopup({})), new URL('popup.html', worker.url()).href);
  const page = await browser.open('popup.html');
  await page.setViewportSize({ width: 336, height: 400 });
  await page.locator('#popup-today').filter({ hasText: /\d/ }).waitFor();
  return page;
}

test('the popup snoozes a due break, pauses and resumes reminders, and the badge and the new tab agree', async () => {
  await plantSchedule(worker, ALWAYS_WORKING, 50);
  await badge('now');
  const page = await popup();
  assert.equal(await page.locator('#popup-schedule').textContent(), 'A break is due now.');
  assert.equal(await page.locator('#popup-today').textContent(), '0 of 8 breaks today');
  assert.deepEqual(await axeViolations(page), []);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'popup-start', 'Start break now has the focus');
  // The user's snooze lengths, while a break is due.
  assert.deepEqual(await page.locator('#popup-snoozes button').allTextContents(), ['Snooze 10 min', 'Snooze 30 min']);
  mkdirSync(shots, { recursive: true });
  await page.locator('body').screenshot({ path: `${shots}popup.png` });

  await page.locator('#popup-snoozes button', { hasText: 'Snooze 10 min' }).click();
  await page.locator('#popup-schedule', { hasText: /^Snoozed until / }).waitFor();
  assert.equal(await page.locator('#popup-snoozes').isHidden(), true);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'popup-start', 'the focus stays in the popup when its button goes');
  const snoozed = await badge('10m');
  assert.match(snoozed.title, /^Limber: snoozed until /);
  assert.deepEqual(snoozed.notifications, [], 'the notification goes with the snooze');
  const tab = await browser.newTab();
  assert.equal(await tab.locator('#schedule-line').textContent(), await page.locator('#popup-schedule').textContent());

  // Pause for an hour from the keyboard: the Resume button takes the focus.
  await page.locator('[data-pause="hour"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('#popup-resume').waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'popup-resume');
  // An hour from late evening ends tomorrow, and says the day. A sentence in the popup;
  // on the new tab its Resume follows on the same line.
  assert.match(await page.locator('#popup-schedule').textContent(), /^Paused until ([A-Z][a-z]{2} )?\d{1,2}:\d{2}( [AP]M)?\.$/);
  assert.equal(await page.locator('#popup-pauses').isHidden(), true);
  assert.match((await badge('||')).title, /^Limber: paused until /);
  // The open new tab sees the change as it happens.
  await tab.locator('#resume-part').waitFor({ state: 'visible' });
  assert.equal(`${await tab.locator('#schedule-line').textContent()}.`, await page.locator('#popup-schedule').textContent());

  await page.keyboard.press('Enter');
  await page.locator('#popup-schedule', { hasText: /^Next break at / }).waitFor();
  assert.equal(await page.locator('#popup-resume').isHidden(), true);
  await badge('45m');
  await tab.locator('#schedule-line', { hasText: /^Next break at .+, in 45 min\.$/ }).waitFor();
  await tab.close();

  // The other lengths, as the core answers them: two hours from now, and the next working day's start.
  for (const [pause, until] of [['two-hours', Date.now() + 120 * 60_000], ['next-working-day', new Date().setHours(24, 0, 0, 0)]]) {
    await page.locator(`[data-pause="${pause}"]`).click();
    await page.locator('#popup-resume').waitFor({ state: 'visible' });
    const { schedule } = await page.evaluate(() => chrome.storage.local.get('schedule'));
    assert.ok(Math.abs(schedule.pausedUntil - until) < 60_000, pause);
    await page.locator('#popup-resume').click();
    await page.locator('#popup-pauses').waitFor({ state: 'visible' });
  }
  await badge('45m');
  await page.close();
});

test('"Start break now" opens a tab straight into the guided break', async () => {
  await plantSchedule(worker, ALWAYS_WORKING, 5);
  const page = await popup();
  const opened = browser.context.waitForEvent('page');
  await page.locator('#popup-start').click();
  const breakTab = await opened;
  await breakTab.locator('#break').waitFor({ state: 'visible' });
  assert.match(await breakTab.locator('#break-count').textContent(), /^Exercise 1 of \d+$/);

  // While it runs, the popup's button takes the user back to it: no second break.
  const other = await browser.newTab();
  await other.bringToFront();
  const again = await popup();
  await again.locator('#popup-schedule', { hasText: 'A break is under way.' }).waitFor();
  assert.equal(await again.locator('#popup-start').textContent(), 'Back to the break');
  const before = new Set(browser.context.pages());
  const closed = again.waitForEvent('close');
  await again.locator('#popup-start').click();
  await closed;
  const breakTabId = await breakTab.evaluate(async () => (await chrome.tabs.getCurrent()).id);
  await until(async () => (await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id)) === breakTabId);
  assert.deepEqual(browser.context.pages().filter((p) => !before.has(p)), [], 'no tab opened for a second break');
  assert.match(await breakTab.locator('#break-count').textContent(), /^Exercise 1 of \d+$/, 'the break runs on where it was');
  await other.close();
  await breakTab.close();
});

test('the search box hands its text to chrome.search, and the settings can hide it', async () => {
  // No request leaves the machine: the search engine's page is only observed.
  const asked = [];
  await browser.context.route(/^https?:/, (route) => {
    asked.push(route.request().url());
    return route.abort();
  });
  const page = await browser.newTab();
  const box = page.locator('#search-text');
  assert.equal(await box.getAttribute('aria-label'), 'Search the web');
  // As on Chrome's own new tab, the page does not take the focus from the address bar.
  assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'search-text');
  await box.fill('desk stretches');
  await box.press('Enter');
  const url = await until(() => asked.find((address) => /[?&](q|p|text)=desk(\+|%20)stretches/.test(address)));
  assert.ok(url, `the default search engine was asked: ${url}`);
  await browser.context.unroute(/^https?:/);
  await page.close();

  const options = await browser.options();
  await options.locator('#searchBox').uncheck();
  await until(() => options.evaluate(async () => (await chrome.storage.sync.get('settings')).settings?.searchBox === false));
  // The look kept for the first paint hides it too, before any module runs.
  const after = await browser.newTab();
  assert.equal(await after.locator('#search').isHidden(), true);
  await options.locator('#searchBox').check();
  await until(() => options.evaluate(async () => (await chrome.storage.sync.get('settings')).settings?.searchBox === true));
  const again = await browser.newTab();
  assert.equal(await again.locator('#search').isVisible(), true);
  // The most visited sites are not asked for until the user turns their row on.
  assert.equal(await options.locator('#topSites').isChecked(), false);
  assert.equal(await again.locator('#top-sites').isHidden(), true);
  await Promise.all([after.close(), again.close(), options.close()]);
  assert.deepEqual(browser.problems, []);
});
