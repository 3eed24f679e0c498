// Storage left by earlier versions, and by the user's other devices, is read by
// this build: older layouts are upgraded, nothing is lost, and breaks from
// elsewhere count today. Old history is folded by the service worker with the
// stats unchanged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { launch, historyOf, localStorageOf, until } from './browser.mjs';

const fixtures = new URL('../fixtures/storage/', import.meta.url);

let browser;
let worker;
before(async () => {
  browser = await launch();
  worker = await browser.serviceWorker();
});
after(async () => {
  await browser?.close();
});

async function figures(options) {
  return options.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('.figures dd')].map((dd) => [dd.id, dd.textContent])));
}

for (const file of readdirSync(fixtures).filter((name) => name.endsWith('.json'))) {
  test(`the stored layout ${file} is upgraded and keeps every record`, async () => {
    const { local, sync } = JSON.parse(readFileSync(new URL(file, fixtures), 'utf8'));
    await worker.evaluate(async ({ local, sync }) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set(local);
      await chrome.storage.sync.set(sync);
    }, { local, sync });
    const page = await browser.newTab();
    assert.ok((await page.locator('#next-name').textContent()).length > 0);
    const stored = await localStorageOf(page);
    assert.equal(stored.rotation.version, 2, 'the rotation is stored in the current layout');
    const before = Object.keys(local).filter((key) => key.startsWith('history/'));
    for (const key of before) assert.deepEqual(stored[key], local[key], `${key} is kept`);
    assert.equal(Object.keys(stored).filter((key) => key.startsWith('quarantine/')).length, 0, 'nothing was unreadable');
    await page.close();
  });
}

test('breaks on another computer count toward today, and this one shares its own', async () => {
  await worker.evaluate(async () => {
    await chrome.storage.local.clear();
    await chrome.storage.sync.clear();
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    await chrome.storage.sync.set({ 'device/laptop': { version: 1, device: 'laptop', updated: Date.now(), days: { [day]: [2, 0, 0, 0, 0, 240] } } });
  });
  const page = await browser.newTab({ clock: true });
  await page.locator('#today', { hasText: /^2 of 8 breaks today/ }).waitFor();
  await page.locator('#start-break').click();
  await page.clock.runFor(200_000);
  await page.locator('#done').waitFor({ state: 'visible' });
  await page.locator('#today', { hasText: /^3 of 8 breaks today/ }).waitFor();
  const { device } = await localStorageOf(page);
  const summary = await until(async () => {
    const stored = await worker.evaluate((key) => chrome.storage.sync.get(key), `device/${device}`);
    return stored[`device/${device}`];
  });
  assert.equal(Object.values(summary.days)[0][0], 1, 'this device shares its one break');
  assert.ok(JSON.stringify(summary).length < 8192, 'within sync\'s 8 KB an item');
  await page.close();
});

test('history older than 90 days is folded by the service worker and every figure stays the same', async () => {
  await worker.evaluate(async () => {
    await chrome.storage.local.clear();
    await chrome.storage.sync.clear();
    const items = {};
    const pad = (n) => String(n).padStart(2, '0');
    for (let daysAgo = 1; daysAgo <= 400; daysAgo += 3) {
      const end = new Date(Date.now() - daysAgo * 86_400_000);
      const day = `${end.getFullYear()}-${pad(end.getMonth() + 1)}-${pad(end.getDate())}`;
      const id = `old-${daysAgo}`;
      items[`history/${id}`] = {
        version: 1, id, start: end.getTime() - 120_000, end: end.getTime(), day,
        outcome: daysAgo % 2 ? 'completed' : 'partial', exercises: ['leg-hugs', 'forward-leans'], packs: ['lower-back-tension-release'],
      };
    }
    await chrome.storage.local.set(items);
  });
  const options = await browser.options();
  const before = await figures(options);
  const recordsBefore = (await historyOf(options)).length;
  await worker.evaluate(() => chrome.alarms.onAlarm.dispatch({ name: 'history-upkeep', scheduledTime: Date.now() }));
  // The months are stored before the records they count are removed (storage.saveFolded):
  // the fold is done once none of the records its months name as counted is left.
  const stored = await until(async () => {
    const local = await localStorageOf(options);
    const left = (local.folded?.counted ?? []).some((id) => `history/${id}` in local);
    return local.folded && !left && local;
  });
  const recordsAfter = Object.keys(stored).filter((key) => key.startsWith('history/')).length;
  assert.ok(recordsAfter < recordsBefore / 2, `${recordsBefore} records became ${recordsAfter} and folded months`);
  assert.ok(Object.keys(stored.folded.months).length >= 9);
  await options.reload();
  await options.locator('#figure-total').filter({ hasText: /break/ }).waitFor();
  assert.deepEqual(await figures(options), before);
  await options.close();
});

test('no page or worker logged an error', () => {
  assert.deepEqual(browser.problems, []);
});
