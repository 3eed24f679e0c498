// A person opens a new tab, takes a break and sees it counted, in the real
// built extension in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, historyOf, EXERCISES } from './browser.mjs';

const POSITION_LABELS = { sitting: 'Sitting', standing: 'Standing', floor: 'On the floor' };
const byId = new Map([...EXERCISES.values()].map((exercise) => [exercise.id, exercise]));

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a new tab shows an exercise of a pack with its details and its demo', async () => {
  const page = await browser.newTab();
  const name = await page.locator('#next-name').textContent();
  const exercise = EXERCISES.get(name);
  assert.ok(exercise, `"${name}" is an exercise of a pack`);
  assert.equal(await page.locator('#next-pack').textContent(), exercise.pack.title);
  assert.equal(await page.locator('#next-position').textContent(), POSITION_LABELS[exercise.position]);
  assert.match(await page.locator('#next-duration').textContent(), /\d+ seconds/);
  assert.equal(await page.locator('#next-steps li').count(), exercise.steps.length);
  const video = page.locator('#next-demo video');
  assert.equal(await video.getAttribute('src'), exercise.demo.video);
  await page.waitForFunction(() => document.querySelector('#next-demo video').readyState >= 2);
  assert.equal(await video.evaluate((v) => v.muted && v.loop && !v.error), true);
  assert.equal(await page.locator('#start-break').isVisible(), true);
  await page.close();
});

test('a guided break runs to the end, is written to history and counted today', async () => {
  const page = await browser.newTab({ clock: true });
  const shown = await page.locator('#next-name').textContent();
  await page.locator('#start-break').click();
  assert.equal(await page.locator('#break').isVisible(), true);
  const shownExercise = EXERCISES.get(shown);
  const opener = shownExercise.side === 'right' ? byId.get(shownExercise.partner).name : shown;
  assert.equal(await page.locator('#break-name').textContent(), opener,
    'the break opens with the exercise shown (or its left partner, since pairs run left first)');
  assert.match(await page.locator('#break-count').textContent(), /^Exercise 1 of \d+$/);
  // A few seconds to get ready; what comes next is said in an exercise's last seconds.
  assert.equal(await page.locator('#break-cue').textContent(), 'Get ready');
  assert.equal(await page.locator('#countdown').textContent(), '0:05');
  assert.equal(await page.locator('#break-up-next').textContent(), '');
  const where = () => page.evaluate(() => ['countdown', 'pause', 'skip', 'end']
    .map((id) => document.getElementById(id).getBoundingClientRect()).map((box) => [Math.round(box.x), Math.round(box.y)]));
  const gettingReady = await where();
  await page.clock.runFor(5_000);
  assert.equal(await page.locator('#break-cue').isHidden(), true);
  assert.deepEqual(await where(), gettingReady, 'the countdown and the buttons stay where they were as "Get ready" goes');
  assert.match(await page.locator('#countdown').textContent(), /^0:\d\d$/);
  assert.equal(await page.locator('#break-up-next').textContent(), '');

  await page.clock.runFor(5_000);
  const progress = await page.locator('#break-progress').evaluate((bar) => bar.value);
  assert.ok(progress > 0 && progress < 1, `the progress bar moves (${progress})`);
  const left = Number((await page.locator('#countdown').textContent()).split(':')[1]);
  await page.clock.runFor(Math.max(0, left - 4) * 1000);
  assert.match(await page.locator('#break-up-next').textContent(), /^Up next: \S/);

  await page.clock.runFor(200_000);
  await page.locator('#done').waitFor({ state: 'visible' });
  assert.match(await page.locator('#done-title').textContent(), /Break done/);
  assert.match(await page.locator('#done-moved').textContent(), /^You moved for [12] minutes?\.$/);
  await page.locator('#done-today', { hasText: /^1 of 8 breaks today/ }).waitFor();
  assert.match(await page.locator('#done-next').textContent(), /^(Next break at .+|Outside working hours: .+)\.$/);
  await page.locator('#today', { hasText: /^1 of 8 breaks today/ }).waitFor();

  const history = await historyOf(page);
  assert.equal(history.length, 1);
  const [record] = history;
  assert.equal(record.outcome, 'completed');
  assert.ok(record.exercises.length >= 3, `${record.exercises.length} exercises done`);
  assert.ok(record.packs.includes(shownExercise.pack.id));
  assert.ok(record.end - record.start >= 96_000, 'the break took about its two minutes');
  assert.match(record.day, /^\d{4}-\d\d-\d\d$/);
  await page.close();

  const later = await browser.newTab();
  await later.locator('#today', { hasText: /^1 of 8 breaks today/ }).waitFor();
  const next = await later.locator('#next-name').textContent();
  assert.ok(!record.exercises.map((id) => byId.get(id).name).includes(next),
    `the rotation moves on past what the break did (${next})`);
  await later.close();
});

test('pause holds the countdown, skip moves on, end stops early and keeps what was done', async () => {
  const page = await browser.newTab({ clock: true });
  const before = (await historyOf(page)).length;
  await page.locator('#start-break').click();
  await page.clock.runFor(3_000);
  await page.locator('#pause').click();
  assert.equal(await page.locator('#pause').textContent(), 'Resume');
  const held = await page.locator('#countdown').textContent();
  await page.clock.runFor(30_000);
  assert.equal(await page.locator('#countdown').textContent(), held, 'a paused countdown does not move');
  assert.equal(await page.locator('#break-cue').textContent(), 'Paused', 'said large, not only on the button');
  assert.match(await page.locator('#break-count').textContent(), /^Exercise 1 of/);

  await page.locator('#pause').click();
  assert.equal(await page.locator('#break-cue').textContent(), 'Get ready', 'the cue it had comes back');
  await page.locator('#skip').click();
  assert.match(await page.locator('#break-count').textContent(), /^Exercise 2 of/);
  const second = await page.locator('#break-name').textContent();
  const [minutes, seconds] = (await page.locator('#countdown').textContent()).split(':').map(Number);
  await page.clock.runFor((minutes * 60 + seconds) * 1000 + 500);
  assert.notEqual(await page.locator('#break-name').textContent(), second, 'the second exercise ran out and the third began');

  await page.locator('#end').click();
  await page.locator('#done').waitFor({ state: 'visible' });
  assert.match(await page.locator('#done-title').textContent(), /ended early/);
  const history = await historyOf(page);
  assert.equal(history.length, before + 1);
  const record = history.find((r) => r.outcome === 'partial');
  assert.ok(record, 'the early end is recorded as partial');
  assert.equal(record.exercises.length, 1, 'only the exercise that ran its time counts as done');

  await page.locator('#done-back').click();
  assert.equal(await page.locator('#next').isVisible(), true);
  await page.close();
});

test('the break length chosen on the options page shapes the next break', async () => {
  const options = await browser.options();
  const minutes = options.locator('#breakSeconds');
  assert.equal(await minutes.inputValue(), '2');
  await minutes.fill('40');
  await minutes.dispatchEvent('change');
  assert.match(await options.locator('#breakSeconds-note').textContent(), /^Not saved: .*30 seconds to 15 minutes.*Saved is still: 2\./);
  assert.equal(await minutes.getAttribute('aria-invalid'), 'true');
  assert.equal(await options.locator('.field.unsaved #breakSeconds').count(), 1, 'the field is marked as not saved');
  // A reload shows what is saved, and says the value typed before was not.
  await options.reload();
  await options.locator('#breakSeconds-note', { hasText: /^“40” was not saved .*Shown is what is saved: 2\./ }).waitFor();
  assert.equal(await minutes.inputValue(), '2');

  // The same snooze length twice is refused where it is typed.
  const snooze = options.locator('#snoozeMinutes');
  await snooze.fill('5, 5');
  await snooze.dispatchEvent('change');
  assert.match(await options.locator('#snoozeMinutes-note').textContent(), /^Not saved: .*different lengths.*Saved is still: 10, 30\./);
  // Choices that together leave nothing to offer are refused, naming them.
  await options.locator('[data-setting="positions"] input[value="floor"]').check();
  await options.locator('#positions-note', { hasText: 'Saved' }).waitFor();
  await options.locator('[data-setting="positions"] input[value="sitting"]').uncheck();
  await options.locator('#positions-note', { hasText: 'Saved' }).waitFor();
  await options.locator('[data-setting="positions"] input[value="standing"]').uncheck();
  await options.locator('#positions-note', { hasText: 'Not saved' }).waitFor();
  assert.match(await options.locator('#positions-note').textContent(),
    /^Not saved: With “On the floor” \(Positions\) and “At my desk” \(Where you are\) no exercise is left to offer\. Change one of them first\. Saved is still: Standing, On the floor\.$/);
  assert.equal(await options.locator('#positions-note').isVisible(), true);
  assert.match(await options.locator('#snoozeMinutes-note').textContent(), /^Not saved/, 'unsaved until it is fixed');
  await options.locator('[data-setting="positions"] input[value="sitting"]').check();
  await options.locator('#positions-note', { hasText: 'Saved' }).waitFor();
  await snooze.fill('5, 15');
  await snooze.dispatchEvent('change');
  await options.locator('#snoozeMinutes-note', { hasText: 'Saved' }).waitFor();
  assert.equal(await options.locator('#positions-note').textContent(), '', 'only the latest change is spoken of');
  assert.equal(await options.locator('.unsaved').count(), 0);
  const { settings } = await options.evaluate(() => chrome.storage.sync.get('settings'));
  assert.deepEqual([settings.positions, settings.snoozeMinutes], [['sitting', 'floor'], [5, 15]]);

  await minutes.fill('1');
  await minutes.dispatchEvent('change');
  await options.locator('#breakSeconds-note', { hasText: /^Saved\.$/ }).waitFor();
  assert.equal(await minutes.getAttribute('aria-invalid'), 'false');
  const stored = await options.evaluate(() => chrome.storage.sync.get('settings'));
  assert.equal(stored.settings.breakSeconds, 60);

  const page = await browser.newTab({ clock: true });
  const earlier = new Set((await historyOf(page)).map((r) => r.id));
  await page.locator('#start-break').click();
  const count = Number((await page.locator('#break-count').textContent()).match(/of (\d+)/)[1]);
  assert.ok(count >= 2 && count <= 3, `a one-minute break holds ${count} exercises`);
  await page.clock.runFor(85_000);
  await page.locator('#done').waitFor({ state: 'visible' });
  const record = (await historyOf(page)).find((r) => !earlier.has(r.id));
  assert.ok(record.end - record.start <= 77_000, 'the break ran about one minute, and five seconds to get ready');
});

test('no page logged an error or a content security policy violation', () => {
  assert.deepEqual(browser.problems, []);
});
