// Storage quotas are handled, not hit: local storage has no 10 MB ceiling
// (unlimitedStorage), sync never fills with old devices' summaries, every write
// that still fails is said in the user's words with nothing claimed as kept,
// and a computer's breaks never count twice through sync.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { launch, localStorageOf, until, extensionCopy, importBackup, localDay } from './browser.mjs';

const browsers = [];
after(async () => {
  await Promise.all(browsers.map((b) => b.close()));
});
async function open(options) {
  const b = await launch(options);
  browsers.push(b);
  return b;
}
const fixture = (path) => fileURLToPath(new URL(path, import.meta.url));

async function takeBreak(b) {
  const page = await b.newTab({ clock: true });
  await page.locator('#start-break').click();
  await page.clock.runFor(200_000);
  await page.locator('#done').waitFor({ state: 'visible' });
  return page;
}

async function figures(options) {
  await options.locator('#figure-total').filter({ hasText: /break/ }).waitFor();
  return options.evaluate(() => Object.fromEntries([...document.querySelectorAll('.figures dd')].map((dd) => [dd.id, dd.textContent])));
}

test('moving to a new computer: the old one\'s breaks count once, through its backup and its summary alike', async () => {
  const old = await open();
  for (let i = 0; i < 3; i++) await (await takeBreak(old)).close();
  const oldWorker = await old.serviceWorker();
  const { device } = await oldWorker.evaluate(() => chrome.storage.local.get('device'));
  const summary = await until(async () => (await oldWorker.evaluate((key) => chrome.storage.sync.get(key), `device/${device}`))[`device/${device}`]);
  const oldOptions = await old.options();
  const download = oldOptions.waitForEvent('download');
  await oldOptions.locator('#export').click();
  const backup = readFileSync(await (await download).path());

  // The new computer: sync brings the old one's summary, and the user imports its backup.
  const fresh = await open();
  const worker = await fresh.serviceWorker();
  await worker.evaluate((items) => chrome.storage.sync.set(items), { [`device/${device}`]: summary });
  const options = await fresh.options();
  await importBackup(options, { name: 'old.json', mimeType: 'application/json', buffer: backup });
  const shown = await figures(options);
  assert.equal(shown['figure-today'], '3 of 8');
  assert.match(shown['figure-week'], /^3 breaks/);
  assert.match(shown['figure-total'], /^3 breaks/);
  const tab = await fresh.newTab();
  await tab.locator('#today', { hasText: /^3 of 8 breaks today/ }).waitFor();
  assert.deepEqual([...old.problems, ...fresh.problems], []);
});

test('sync never fills with old devices\' summaries, and the options page shows the space used', async () => {
  const b = await open();
  const worker = await b.serviceWorker();
  // Every reinstall made a new device id: 80 summaries of 45 full days, more
  // than 100 KB holds, ten to a write (sync takes 120 writes a minute); the
  // worker prunes as they come.
  const planted = await worker.evaluate(async () => {
    const days = {};
    for (let i = 0; i < 45; i++) {
      days[new Date(Date.now() - i * 86_400_000).toISOString().slice(0, 10)] = [8 + (i % 5), i % 3, 2, 3 + (i % 4), 1, 1080 + i * 17];
    }
    const summary = (n) => ({ [`device/reinstall-${n}`]: { version: 1, device: `reinstall-${n}`, updated: Date.now() - n * 3_600_000, days } });
    let n = 0;
    const bytes = JSON.stringify(summary(0)).length;
    for (let step = 10; step >= 1 && n < 80; step = step > 1 ? 1 : 0) {
      for (; n < 80;) {
        try {
          await chrome.storage.sync.set(Object.assign({}, ...Array.from({ length: step }, (_, i) => summary(n + i))));
          n += step;
        } catch {
          break;
        }
      }
    }
    return { n, bytes };
  });
  assert.ok(planted.n * planted.bytes > 95_000, `${planted.n} summaries of ${planted.bytes} bytes fill sync`);
  // The worker prunes to the twenty written last when it next shares this device's days.
  await until(async () => Object.keys(await worker.evaluate(() => chrome.storage.sync.get(null))).filter((k) => k.startsWith('device/')).length <= 21,
    { timeout: 20_000 });
  const left = Object.keys(await worker.evaluate(() => chrome.storage.sync.get(null)));
  assert.ok(left.includes('device/reinstall-0') && !left.includes(`device/reinstall-${planted.n - 1}`), 'the oldest went, the newest stay');

  const options = await b.options();
  await options.locator('#sync-space', { hasText: /KB of 100 KB/ }).waitFor();
  await options.locator('[data-setting="avoid"] input[value="pregnancy"]').click();
  await options.locator('#avoid-note', { hasText: /Saved|Not saved/ }).waitFor();
  assert.match(await options.locator('#avoid-note').textContent(), /^Saved/);
  await options.reload();
  await options.locator('#figure-total').filter({ hasText: /\d/ }).waitFor();
  assert.equal(await options.locator('[data-setting="avoid"] input[value="pregnancy"]').isChecked(), true, 'kept after a reload');
  assert.deepEqual(b.problems, []);
});

test('a setting sync will not take is said, and the form shows what is really saved', async () => {
  const b = await open();
  const worker = await b.serviceWorker();
  // Sync filled by something that is not Limber's to prune.
  await worker.evaluate(async () => {
    for (let n = 0; ; n++) {
      try {
        await chrome.storage.sync.set({ [`other/${n}`]: 'x'.repeat(8000) });
      } catch {
        break;
      }
    }
    for (let size = 4000; size >= 1; size = Math.floor(size / 2)) {
      for (let n = 0; ; n++) {
        try {
          await chrome.storage.sync.set({ [`small/${size}/${n}`]: 'x'.repeat(size) });
        } catch {
          break;
        }
      }
    }
  });
  const options = await b.options();
  const box = options.locator('[data-setting="avoid"] input[value="pregnancy"]');
  await box.click();
  await options.locator('#avoid-note', { hasText: /^Not saved: .*no room left.*back to what is saved/ }).waitFor();
  assert.equal(await box.isChecked(), false, 'the box shows what is saved');
  await options.reload();
  await options.locator('#figure-total').filter({ hasText: /\d/ }).waitFor();
  assert.equal(await box.isChecked(), false);
});

test('with local storage full, an import, a pack and a value kept aside fail in words, and nothing is claimed', async () => {
  // chrome.storage.local keeps its 10 MB quota here, which this build otherwise
  // lifts: the same code, with storage that fills.
  const b = await open({ extension: extensionCopy((manifest) => {
    manifest.permissions = manifest.permissions.filter((p) => p !== 'unlimitedStorage');
  }) });
  const worker = await b.serviceWorker();
  await worker.evaluate(async () => {
    await chrome.storage.local.set({ rotation: 'unreadable' });
    for (let size = 4_000_000; size >= 1; size = Math.floor(size / 2)) {
      for (let i = 0; ; i++) {
        try {
          await chrome.storage.local.set({ [`filler-${size}-${i}`]: 'x'.repeat(size) });
        } catch {
          break;
        }
      }
    }
  });
  const before = await worker.evaluate(() => chrome.storage.local.get(null));

  const tab = await b.newTab();
  await tab.locator('#notice', { hasText: 'could not keep a copy aside' }).waitFor();
  assert.doesNotMatch(await tab.locator('#notice').textContent(), /the old value is kept aside/);
  assert.equal((await localStorageOf(tab)).rotation, 'unreadable', 'left as it was');

  const options = await b.options();
  const records = Array.from({ length: 50 }, (_, i) => ({
    version: 1, id: `r${i}`, start: Date.now() - 3_600_000 - i * 60_000, end: Date.now() - 3_480_000 - i * 60_000,
    day: localDay(), outcome: 'completed', exercises: ['chin-tucks'], packs: ['neck-and-shoulders'],
  }));
  const file = JSON.stringify({ format: 'limber-backup', version: 1, settings: {}, history: records, folded: { version: 1, ids: [], months: {} } });
  await options.locator('#import-file').setInputFiles({ name: 'full.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await options.locator('#import-confirm').click();
  await options.locator('#data-result [role="alert"]', { hasText: /full\.json was not imported; nothing was changed\..*no room left/ }).waitFor();

  await options.locator('#custom-file').setInputFiles(fixture('../fixtures/custom-pack.json'));
  await options.locator('#custom-result', { hasText: /custom-pack\.json was not added: .*no room left/ }).waitFor();
  assert.deepEqual(await worker.evaluate(() => chrome.storage.local.get(null)), before, 'nothing stored changed');

  // Room again: the same pack goes in, not "loaded already".
  await worker.evaluate(async () => chrome.storage.local.remove(Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('filler-'))));
  await options.locator('#custom-file').setInputFiles(fixture('../fixtures/custom-pack.json'));
  await options.locator('#custom-result', { hasText: 'Added' }).waitFor();
});

test('local storage is not held to 10 MB', async () => {
  const b = await open();
  const worker = await b.serviceWorker();
  const stored = await worker.evaluate(async () => {
    await chrome.storage.local.set({ large: 'x'.repeat(12_000_000) });
    return chrome.storage.local.getBytesInUse(null);
  });
  assert.ok(stored > 12_000_000, `${stored} bytes stored`);
});
