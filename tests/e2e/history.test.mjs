// The user's history never loses anything: concurrent tabs, corrupt storage,
// export and import, daylight-saving changes, and settings that apply at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { launch, historyOf, localStorageOf, until, extensionCopy, importBackup } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Runs a whole break on a new tab whose clock starts at `time` (default: now). */
async function takeBreak(b, time = true) {
  const page = await b.newTab({ clock: time });
  await page.locator('#start-break').click();
  await page.clock.runFor(200_000);
  await page.locator('#done').waitFor({ state: 'visible' });
  return page;
}

/** The records waiting in IndexedDB to be written (lib/pending.js: database "limber", store "pendingRecords"). */
function waitingRecords(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const opened = indexedDB.open('limber');
    opened.onerror = () => reject(opened.error);
    opened.onsuccess = () => {
      const db = opened.result;
      if (!db.objectStoreNames.contains('pendingRecords')) return resolve([]);
      const read = db.transaction('pendingRecords').objectStore('pendingRecords').getAll();
      read.onsuccess = () => resolve(read.result);
      read.onerror = () => reject(read.error);
    };
  }));
}

async function figures(options) {
  await options.locator('#figure-total').filter({ hasText: /break/ }).waitFor();
  return options.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('.figures dd')].map((dd) => [dd.id, dd.textContent])));
}

// Tabs finishing a break in the same second: each writes under the history lock.
const TABS = 8;

test(`${TABS} tabs finishing a break in the same second leave ${TABS} records`, async () => {
  const pages = [];
  for (let i = 0; i < TABS; i++) {
    const page = await browser.newTab({ clock: true });
    await page.locator('#start-break').click();
    pages.push(page);
  }
  await Promise.all(pages.map((page) => page.clock.runFor(200_000)));
  await Promise.all(pages.map((page) => page.locator('#done').waitFor({ state: 'visible' })));
  const history = await historyOf(pages[0]);
  assert.equal(history.filter((record) => record.outcome === 'completed').length, TABS);
  assert.equal(new Set(history.map((record) => record.id)).size, TABS);
  await Promise.all(pages.map((page) => page.close()));
});

test('a break survives the service worker being stopped in the middle of it', async () => {
  const page = await browser.newTab({ clock: true });
  const before = (await historyOf(page)).length;
  await page.locator('#start-break').click();
  await page.clock.runFor(30_000);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.clock.runFor(200_000);
  await page.locator('#done').waitFor({ state: 'visible' });
  const history = await historyOf(page);
  assert.equal(history.length, before + 1, 'the record is written');
  const stored = await localStorageOf(page);
  const record = history.find((r) => !stored.rotation || r.exercises.every((id) => stored.rotation.seen[id]));
  assert.ok(record, 'the rotation was written with the record, in the same write');
  // The worker wakes for the new record and counts it.
  await page.locator('#today', { hasText: new RegExp(`^${before + 1} of 8`) }).waitFor();
  await page.close();
});

test('export, reset and import give back identical stats', async () => {
  const options = await browser.options();
  const before = await figures(options);
  assert.match(before['figure-total'], new RegExp(`^${TABS + 1} breaks`));

  const download = options.waitForEvent('download');
  await options.locator('#export').click();
  const file = await (await download).path();
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(backup.format, 'limber-backup');
  assert.equal(backup.history.length, TABS + 1);

  await options.locator('#reset').click();
  await options.locator('#reset-confirm').click();
  await options.locator('#data-result', { hasText: 'deleted' }).waitFor();
  assert.match((await figures(options))['figure-total'], /^0 breaks/);
  assert.equal((await historyOf(options)).length, 0);

  await importBackup(options, file);
  assert.match(await options.locator('#data-result').textContent(), new RegExp(`added ${TABS + 1} breaks and 0 months`));
  assert.deepEqual(await figures(options), before);

  // The same file again adds nothing.
  await importBackup(options, file);
  assert.match(await options.locator('#data-result').textContent(), new RegExp(`added 0 breaks and 0 months.*leaves out ${TABS + 1} breaks that are here already`));
  assert.deepEqual(await figures(options), before);
  await options.close();
});

test('a bad import file is refused with a clear message and changes nothing', async () => {
  const options = await browser.options();
  const before = await localStorageOf(options);
  const beforeSync = await options.evaluate(() => chrome.storage.sync.get(null));
  for (const [name, content, message] of [
    ['notes.json', 'this is not json', /^notes\.json was not imported; nothing was changed\.notes\.json: is not valid JSON/],
    ['other.json', JSON.stringify({ hello: 'world' }), /format: missing/],
    ['shape.json', JSON.stringify({ format: 'limber-backup', version: 1, settings: {}, history: [{ id: 7 }] }), /history\[0\]\.id: expected text/],
  ]) {
    await options.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    const alert = options.locator('#data-result [role="alert"]');
    await alert.filter({ hasText: name }).waitFor();
    assert.match(await alert.textContent(), message);
  }
  assert.deepEqual(await localStorageOf(options), before);
  assert.deepEqual(await options.evaluate(() => chrome.storage.sync.get(null)), beforeSync);
  await options.close();
});

test('corrupt values in storage are reported, kept aside and never deleted, and every page still opens', async () => {
  const future = { version: 99, id: 'future', feelings: 'a field of a newer Limber' };
  const planted = {
    'history/garbage': 'this is not a record',
    'history/truncated': '{"version":1,"id":"x","sta',
    rotation: 12,
    schedule: ['not', 'a', 'state'],
  };
  const page = await browser.newTab();
  await page.evaluate(async (values) => {
    await chrome.storage.local.set(values);
    await chrome.storage.sync.set({ settings: { breakSeconds: 'forever', dailyGoal: 6 } });
  }, { ...planted, 'history/future': future });
  await page.close();

  const tab = await browser.newTab();
  assert.ok((await tab.locator('#next-name').textContent()).length > 0, 'the new tab still shows an exercise');
  await tab.locator('#notice', { hasText: 'kept aside' }).waitFor();

  const options = await browser.options();
  // Two records, the rotation, the scheduler state and the settings; a newer
  // Limber's record stays where it is, as it is.
  await options.locator('#problems', { hasText: '5 values could not be read' }).waitFor();
  assert.match(await options.locator('#problems').textContent(), /1 break was saved by a newer Limber/);
  assert.match(await options.locator('#problems').textContent(), /settings\.breakSeconds/);
  assert.equal(await options.locator('#dailyGoal').inputValue(), '6', 'the readable settings are kept');
  const stored = await localStorageOf(options);
  const aside = Object.values(stored).filter((_, i) => Object.keys(stored)[i].startsWith('quarantine/'));
  for (const [key, value] of Object.entries(planted)) {
    assert.ok(aside.some((entry) => entry.key === key && isDeepStrictEqual(entry.value, value)), `${key} is kept aside as it was`);
  }
  assert.ok(aside.some((entry) => entry.key === 'settings' && entry.value.breakSeconds === 'forever'));
  assert.ok(!Object.keys(stored).includes('history/garbage'), 'the unreadable record moved out of the history');
  assert.deepEqual(stored['history/future'], future, 'the newer record is kept in the history as it was');
  await tab.close();
  await options.close();
});

test('no page logged an error', () => {
  // The corrupt-storage test warns on purpose; errors are something else.
  assert.deepEqual(browser.problems, []);
});

test('a streak runs across the end of daylight-saving time', async () => {
  const berlin = await launch({ timezoneId: 'Europe/Berlin' });
  try {
    // Fri 23 Oct 2026 (summer time), Mon 26 and Tue 27 Oct (winter time), 10:00 local.
    for (const time of ['2026-10-23T08:00:00Z', '2026-10-26T09:00:00Z', '2026-10-27T09:00:00Z']) {
      const page = await takeBreak(berlin, new Date(time));
      await page.close();
    }
    const days = (await historyOf(await berlin.newTab())).map((record) => record.day).sort();
    assert.deepEqual(days, ['2026-10-23', '2026-10-26', '2026-10-27']);
    // Read on the options page as of that Tuesday evening in Berlin.
    const options = await berlin.context.newPage();
    await options.clock.install({ time: new Date('2026-10-27T16:00:00Z') });
    const worker = berlin.context.serviceWorkers()[0] ?? (await berlin.context.waitForEvent('serviceworker'));
    await options.goto(new URL('options.html', worker.url()).href);
    await options.locator('#figure-streak', { hasText: '3 days' }).waitFor();
    assert.equal(await options.locator('#figure-today').textContent(), '1 of 8');
  } finally {
    await berlin.close();
  }
});

test('when storage is full the break is reported, waits, and nothing stored is lost', async () => {
  // chrome.storage.local keeps its 10 MB quota here, which this build otherwise
  // lifts (unlimitedStorage): the same code, with storage that fills.
  const full = await launch({ extension: extensionCopy((manifest) => {
    manifest.permissions = manifest.permissions.filter((p) => p !== 'unlimitedStorage');
  }) });
  try {
    const first = await takeBreak(full);
    const before = await historyOf(first);
    await first.close();
    // Fill what is left of the 10 MB local quota.
    const tab = await full.newTab();
    const filled = await tab.evaluate(async () => {
      for (let size = 4_000_000; size >= 1; size = Math.floor(size / 2)) {
        for (let i = 0; ; i++) {
          try {
            await chrome.storage.local.set({ [`filler-${size}-${i}`]: 'x'.repeat(size) });
          } catch {
            break;
          }
        }
      }
      return chrome.storage.local.getBytesInUse(null);
    });
    assert.ok(filled > 9_000_000, `storage holds ${filled} bytes`);
    await tab.close();

    const page = await takeBreak(full);
    await page.locator('#notice', { hasText: 'could not save this break' }).waitFor();
    const after = await historyOf(page);
    for (const record of before) assert.ok(after.some((r) => r.id === record.id), 'earlier records are all still there');
    const pending = await waitingRecords(page);
    assert.equal(pending.length, 1, 'the new record waits in IndexedDB');

    // Room again: the next new tab writes it.
    await page.evaluate(async () => chrome.storage.local.remove(Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('filler-'))));
    const next = await full.newTab();
    await until(async () => (await historyOf(next)).some((r) => r.id === pending[0].id));
    assert.deepEqual(await waitingRecords(next), []);
    assert.deepEqual(full.problems, []);
  } finally {
    await full.close();
  }
});
