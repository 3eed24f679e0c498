// A pack of the user's own, imported on the options page through the same
// validator: problems listed by path when it fails, the other packs untouched,
// and its text shown as text when it loads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { launch, until, PACKS } from './browser.mjs';

const fixture = (path) => fileURLToPath(new URL(path, import.meta.url));
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a broken pack is refused with its problems by path, and every other pack stays', async () => {
  const options = await browser.options();
  await options.locator('#custom-file').setInputFiles(fixture('../invalid-packs/seconds-as-words.json'));
  const alert = options.locator('#custom-result');
  await alert.locator('[role="alert"]').waitFor();
  assert.match(await alert.textContent(), /seconds-as-words\.json was not added/);
  assert.match(await alert.textContent(), /exercises\[2\]\.seconds: expected a whole number of seconds from 5 to 600, got "thirty"/);
  assert.equal(await options.locator('#pack-choices input').count(), PACKS.length);
  assert.equal(await options.locator('#custom-packs li').count(), 0);
  await options.close();
});

test('a valid pack is added, offered on the new tab, and its text is shown as text', async () => {
  const options = await browser.options();
  await options.locator('#custom-file').setInputFiles(fixture('../fixtures/custom-pack.json'));
  await options.locator('#custom-result', { hasText: 'Added' }).waitFor();
  assert.equal(await options.locator('#pack-choices input').count(), PACKS.length + 1);
  // Only the new pack, to see it on the new tab.
  for (const box of await options.locator('#pack-choices input').all()) {
    if ((await box.getAttribute('value')) !== 'my-standing-desk') await box.uncheck();
  }
  await until(async () => (await options.evaluate(() => chrome.storage.sync.get('settings'))).settings?.disabledPacks?.length === PACKS.length);
  const page = await browser.newTab();
  const name = await page.locator('#next-name').textContent();
  assert.ok(['Weight Shift <img src=x onerror=alert(1)>', 'Heel Raise'].includes(name), name);
  assert.equal(await page.locator('#next-pack').textContent(), 'My <b>Standing</b> Desk');
  assert.equal(await page.locator('img[src="x"], b, script:not([src])').count(), 0, 'no pack text became markup');

  await page.locator('#start-break').click();
  assert.match(await page.locator('#break-steps').textContent(), /<script>alert\(2\)<\/script>/);
  assert.equal(await page.locator('img[src="x"], b, script:not([src])').count(), 0, 'nothing in the break became markup');

  const packPage = await browser.open('pack.html?id=my-standing-desk');
  await packPage.locator('#pack').waitFor({ state: 'visible' });
  for (const id of ['#pack-about', '#pack-when', '#pack-why', '#pack-skip', '#pack-red-flags', '#pack-who', '#pack-faq', '#pack-exercises']) {
    assert.match(await packPage.locator(id).textContent(), /<img src=x onerror=alert\(1\)>/, `${id} shows the markup as text`);
  }
  assert.equal(await packPage.locator('img[src="x"], #pack-title b, main script').count(), 0);
  await packPage.close();
  await page.close();
  await options.close();
});

test('a 10 MB pack and JSON nested 100,000 levels deep are refused at once, and the page keeps working', async () => {
  const options = await browser.options();
  const deep = `{"title": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
  for (const [name, body, message] of [
    ['huge.json', `{"title": "${'x'.repeat(10 * 1024 * 1024)}"}`, /expected a pack of at most 512 KB, got 10240\.1 KB/],
    ['deep.json', deep, /deep\.json was not added[\s\S]*id: missing/],
  ]) {
    const started = Date.now();
    await options.locator('#custom-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    await options.locator('#custom-result [role="alert"]', { hasText: name }).waitFor();
    assert.match(await options.locator('#custom-result').textContent(), message);
    assert.ok(Date.now() - started < 10_000, `${name} answered in ${Date.now() - started} ms`);
  }
  // A deep backup file too.
  await options.locator('#import-file').setInputFiles({ name: 'deep-backup.json', mimeType: 'application/json', buffer: Buffer.from(deep) });
  await options.locator('#data-result [role="alert"]', { hasText: 'deep-backup.json' }).waitFor();
  // Still answering: a setting can be changed.
  await options.locator('#dailyGoal').fill('9');
  await options.locator('#dailyGoal').dispatchEvent('change');
  await options.locator('#dailyGoal-note', { hasText: 'Saved' }).waitFor();
  await options.close();
});

test('a stored pack without its text is reported, kept aside and listed to be removed, and the others load', async () => {
  const options = await browser.options();
  await options.evaluate(() => chrome.storage.local.set({ 'custom-pack/lost': { version: 1, source: 'lost.json' } }));
  const page = await browser.newTab();
  await page.locator('#notice', { hasText: 'Your pack lost.json holds no pack text, so it was not loaded. A copy is kept aside' }).waitFor();
  assert.ok(await page.locator('#next-name').textContent());
  const kept = await page.evaluate(() => chrome.storage.local.get(null));
  const aside = Object.entries(kept).filter(([key]) => key.startsWith('quarantine/custom-pack/lost/'));
  assert.equal(aside.length, 1);
  assert.deepEqual(aside[0][1].value, { version: 1, source: 'lost.json' });
  await options.reload();
  const listed = options.locator('#custom-packs li', { hasText: 'lost.json' });
  await listed.locator('button').click();
  await until(async () => !('custom-pack/lost' in (await options.evaluate(() => chrome.storage.local.get('custom-pack/lost')))));
  await page.close();
  await options.close();
});

test('the template pack downloads, imports with what was filled in listed, replaces after asking, and goes at once', async () => {
  const options = await browser.options();
  const download = async (id) => options.evaluate(async (link) => (await fetch(document.getElementById(link).href)).text(), id);
  const template = await download('custom-template');
  assert.deepEqual(JSON.parse(await download('custom-schema')).required, ['id', 'title', 'exercises']);
  const packs = await options.locator('#pack-choices input').count();
  const add = (name, text) => options.locator('#custom-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

  // A syntax error names its line and column.
  await add('broken.json', template.replace('"My desk moves",', '"My desk moves"'));
  await options.locator('#custom-result [role="alert"]').waitFor();
  assert.match(await options.locator('#custom-result').textContent(), /broken\.json: is not JSON from line 5, column 3 on/);

  await add('my-limber-pack.json', template);
  await options.locator('#custom-result', { hasText: 'Added “My desk moves” with 2 exercises' }).waitFor();
  assert.match(await options.locator('#custom-result').textContent(), /Filled in, as you left them out: schemaVersion, summary, .*exercises\[\]\.side/);
  // The result is said once the list is drawn (seen in CI when it was the other way round: the list a moment behind).
  await options.locator('#custom-packs', { hasText: 'My desk moves' }).waitFor({ timeout: 5000 });
  assert.equal(await options.locator('#pack-choices input').count(), packs + 1);

  // The same id again: asked, then replaced, its exercise ids (and so their history) kept.
  const edited = JSON.parse(template);
  edited.title = 'My desk moves, longer';
  edited.exercises.push({ name: 'Wrist circles', steps: ['Circle both wrists slowly.'], seconds: 20 });
  await add('my-limber-pack-2.json', JSON.stringify(edited));
  await options.locator('#custom-replace').click();
  await options.locator('#custom-result', { hasText: 'Replaced “My desk moves, longer”: now 3 exercises' }).waitFor();
  assert.equal(await options.locator('#custom-packs li', { hasText: 'My desk moves, longer' }).count(), 1);
  assert.equal(await options.locator('#pack-choices input').count(), packs + 1);

  // Remove: gone from the list and the pack choices at once.
  await options.locator('#custom-packs li', { hasText: 'My desk moves, longer' }).locator('button').click();
  await options.locator('#custom-result', { hasText: 'Removed “My desk moves, longer”' }).waitFor();
  assert.equal(await options.locator('#custom-packs li', { hasText: 'My desk moves' }).count(), 0);
  assert.equal(await options.locator('#pack-choices input').count(), packs);
  await options.close();
});

test('nothing ran and nothing was logged', () => {
  assert.deepEqual(browser.problems, []);
});
