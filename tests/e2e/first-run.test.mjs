// The first run, in the real built extension: a fresh install opens the welcome
// in a tab and holds reminders until it is done; its answers are the stored
// settings (read back through the core, as every page reads them); it ends with
// when the first break is and the exercise it opens with. Closed early, it keeps
// the defaults and reminders start. axe finds nothing, light and dark, on the
// steps (the first, the third and the end in English, the second in German) and
// on the German popup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { axeViolations, launch, toolbarOf, until } from './browser.mjs';

const shots = new URL('../../dist/screenshots/', import.meta.url).pathname;

async function welcomeOf(browser) {
  const page = await until(() => browser.context.pages().find((p) => p.url().endsWith('/welcome.html')));
  await page.locator('#welcome-progress').filter({ hasText: /1/ }).waitFor();
  return page;
}

const stored = (page) => page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);

test('a fresh install asks three questions, stores the answers, and then starts reminders', async () => {
  const browser = await launch({ firstRun: true });
  try {
    mkdirSync(shots, { recursive: true });
    const page = await welcomeOf(browser);
    const worker = await browser.serviceWorker();
    // Nothing is due while the welcome is open.
    assert.equal((await toolbarOf(worker)).badge, '||');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'step-hours-title', 'each step starts at its heading');
    assert.equal(await page.locator('#welcome-progress').textContent(), 'Step 1 of 3');
    assert.equal(await page.locator('#step-back').isHidden(), true);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: `${shots}welcome.png` });
    assert.deepEqual(await axeViolations(page), []);

    // 1: working hours and days. A wrong answer is said beside its field and stops the step.
    await page.locator('#workStart').fill('19:00');
    await page.locator('#step-next').click();
    assert.match(await page.locator('#workEnd-error').textContent(), /./);
    assert.equal(await page.locator('#welcome-progress').textContent(), 'Step 1 of 3');
    await page.locator('#workStart').fill('08:00');
    await page.locator('#workEnd').fill('16:30');
    await page.locator('[data-setting="workDays"] input[value="fri"]').uncheck();
    await page.locator('#step-next').click();

    // 2: where, and what can be done there; the defaults agree with the place.
    await page.locator('#welcome-progress', { hasText: 'Step 2 of 3' }).waitFor();
    const ticked = () => page.locator('[data-setting="positions"] input:checked').evaluateAll((boxes) => boxes.map((box) => box.value));
    assert.equal(await page.locator('input[name="place"][value="desk"]').isChecked(), true);
    assert.deepEqual(await ticked(), ['sitting', 'standing'], 'at a desk, no floor exercises');
    await page.locator('input[name="place"][value="home"]').check();
    assert.deepEqual(await ticked(), ['sitting', 'standing', 'floor']);
    await page.locator('input[name="place"][value="office"]').check();
    assert.deepEqual(await ticked(), ['sitting', 'standing']);
    await page.locator('#step-next').click();

    // 3: what to avoid and what the breaks are for.
    await page.locator('#welcome-progress', { hasText: 'Step 3 of 3' }).waitFor();
    await page.locator('[data-setting="focusAreas"] input[value="back"]').check();
    await page.locator('[data-setting="focusAreas"] input[value="neck-shoulders"]').check();
    await page.locator('#condition-choices input[value="pregnancy"]').check();
    assert.deepEqual(await axeViolations(page), []);
    // The longest step: each condition says how many exercises it hides (the options
    // page names the packs too); at 1920 x 1080 it fits the window, and at 800 x 600
    // it scrolls under its buttons, which stay in sight.
    assert.match(await page.locator('#avoid-pregnancy-hint').textContent(), /^Hides \d+ exercises?$/);
    await page.setViewportSize({ width: 1920, height: 1080 });
    assert.ok(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight), 'step 3 fits at 1920 x 1080');
    await page.setViewportSize({ width: 800, height: 600 });
    const next = await page.locator('#step-next').boundingBox();
    assert.ok(next.y >= 0 && next.y + next.height <= 600, `Next in sight at 800 x 600 (${next.y})`);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator('#step-next').click();

    await page.locator('#step-ready').waitFor({ state: 'visible' });
    assert.equal(await page.evaluate(() => document.activeElement.id), 'step-ready-title');
    const settings = await stored(page);
    assert.equal(settings.workStart, '08:00');
    assert.equal(settings.workEnd, '16:30');
    assert.deepEqual(settings.workDays, ['mon', 'tue', 'wed', 'thu']);
    assert.equal(settings.place, 'office');
    assert.deepEqual(settings.positions, ['sitting', 'standing']);
    assert.deepEqual([...settings.focusAreas].sort(), ['lower-back', 'neck', 'shoulders', 'upper-back']);
    assert.deepEqual(settings.avoid, ['pregnancy']);
    // Reminders have started: the first break is when the core says it is.
    const { firstRun, schedule } = await page.evaluate(() => chrome.storage.local.get(['firstRun', 'schedule']));
    assert.equal(firstRun, undefined);
    assert.ok(schedule.pausedUntil <= Date.now());
    await until(async () => (await toolbarOf(worker)).badge !== '||');
    assert.match(await page.locator('#first-break').textContent(),
      /^Your first break (is at \d{1,2}:\d{2}( [AP]M)?|comes once your working day starts: \w{3} 08:00)\.$/);
    const opener = await page.locator('#ready-name').textContent();
    assert.ok(opener.length > 0);
    await page.screenshot({ path: `${shots}welcome-ready.png` });
    assert.deepEqual(await axeViolations(page), []);

    // The next new tab opens with the exercise the welcome showed.
    const tab = await browser.newTab();
    assert.equal(await tab.locator('#next-name').textContent(), opener);
    await tab.close();
    await page.locator('#welcome-done').click();
    await until(() => !browser.context.pages().includes(page));
    assert.deepEqual(browser.problems, []);
  } finally {
    await browser.close();
  }
});

test('in German, the welcome closed early keeps the defaults and starts reminders; axe finds nothing', async () => {
  const browser = await launch({ firstRun: true, language: 'de' });
  try {
    const page = await welcomeOf(browser);
    const worker = await browser.serviceWorker();
    assert.equal(await page.locator('#welcome-progress').textContent(), 'Schritt 1 von 3');
    // Skipping a step keeps what it asks as it was.
    await page.locator('#step-skip').click();
    await page.locator('#welcome-progress', { hasText: 'Schritt 2 von 3' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.locator('#step-skip').click();
    await page.locator('#welcome-progress', { hasText: 'Schritt 3 von 3' }).waitFor();
    assert.equal(await stored(page), undefined, 'nothing is stored for a skipped step');
    await page.close();
    await until(async () => (await toolbarOf(worker)).badge !== '||');
    const { firstRun } = await worker.evaluate(() => chrome.storage.local.get('firstRun'));
    assert.equal(firstRun, undefined);
    assert.equal(await worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings), undefined);

    // The German popup, light and dark.
    const popup = await browser.open('popup.html');
    await popup.locator('#popup-today').filter({ hasText: /\d/ }).waitFor();
    assert.equal(await popup.locator('#popup-start').textContent(), 'Jetzt Pause beginnen');
    assert.deepEqual(await axeViolations(popup), []);
    // The ready step of a welcome opened again, in German.
    const again = await browser.open('welcome.html');
    await again.locator('#welcome-dismiss').click();
    await again.locator('#step-ready').waitFor({ state: 'visible' });
    assert.match(await again.locator('#first-break').textContent(), /^Deine erste Pause/);
    assert.deepEqual(browser.problems, []);
  } finally {
    await browser.close();
  }
});
