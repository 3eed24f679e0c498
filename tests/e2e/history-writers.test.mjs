// Everything that changes what the history holds (a finished break, the
// worker's fold, an import, a reset, records waiting for room) does so one at a
// time, each from what is stored at that moment: whatever the timing between
// them, no break is lost, none comes back after a reset, and none counts twice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, localStorageOf, historyOf, until, extensionCopy, localDay } from './browser.mjs';

const DAY = 86_400_000;
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let browser;
let worker;
before(async () => {
  browser = await launch();
  worker = await browser.serviceWorker();
});
after(async () => {
  await browser?.close();
});

/** Empties both storage areas, then stores `count` completed breaks spread from `fromDays` to `toDays` days ago. */
function plantOld(count, fromDays, toDays, extra = {}) {
  return worker.evaluate(async ({ count, fromDays, toDays, extra, DAY }) => {
    await chrome.storage.local.clear();
    await chrome.storage.sync.clear();
    const pad = (n) => String(n).padStart(2, '0');
    const items = { ...extra };
    for (let i = 0; i < count; i++) {
      const end = Date.now() - (fromDays + ((toDays - fromDays) * i) / count) * DAY;
      const d = new Date(end);
      items[`history/old-${i}`] = {
        version: 1, id: `old-${i}`, start: end - 120_000, end, day: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
        outcome: 'completed', exercises: ['chin-tucks'], packs: ['neck-and-shoulders'],
      };
    }
    await chrome.storage.local.set(items);
  }, { count, fromDays, toDays, extra, DAY });
}

/** Folded months of one completed break each: "2023-01" ... for `count` months of `year`. */
function months(year, count) {
  return Object.fromEntries(Array.from({ length: count }, (_, m) => [
    `${year}-${String(m + 1).padStart(2, '0')}`, { days: { 15: [1, 0, 0, 0, 0, 120] }, exercises: [], packs: [] },
  ]));
}

/** A backup file with the given folded months and `recent` new records from the last days. */
function backupFile(name, folded, recent = 0) {
  const now = Date.now();
  const history = Array.from({ length: recent }, (_, i) => {
    const end = now - (i + 1) * 600_000;
    return {
      version: 1, id: `${name}-${i}`, start: end - 120_000, end, day: localDay(end),
      outcome: 'completed', exercises: ['chin-tucks'], packs: ['neck-and-shoulders'],
    };
  });
  const backup = { format: 'limber-backup', version: 1, settings: {}, history, folded: { version: 1, ids: [], months: folded } };
  return { name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) };
}

const fold = () => worker.evaluate(() => chrome.alarms.onAlarm.dispatch({ name: 'history-upkeep', scheduledTime: Date.now() }));

/** Waits until no stored record is older than the 90 days the fold keeps raw. */
function folded(page) {
  return until(async () => (await historyOf(page)).every((record) => record.end > Date.now() - 91 * DAY), { timeout: 30_000 });
}

/** The all-time count of completed breaks the options page shows, read on a page opened now. */
async function totalShown() {
  const options = await browser.options();
  const text = await options.locator('#figure-total').textContent();
  await options.close();
  return Number(text.match(/^(\d+) break/)[1]);
}

test('an import while the worker folds loses nothing, whichever starts first and however far apart', async () => {
  const file = backupFile('big', months(2023, 12), 1500);
  // Negative: the fold starts that many ms before the import; positive: after it.
  for (const offset of [-40, 0, 30, 120]) {
    await plantOld(100, 100, 199);
    const options = await browser.options();
    await options.locator('#import-file').setInputFiles(file);
    await options.locator('#import-confirm').waitFor();
    const importing = async () => {
      if (offset < 0) await delay(-offset);
      await options.evaluate(() => document.getElementById('import-confirm').click());
    };
    const folding = async () => {
      if (offset > 0) await delay(offset);
      await fold();
    };
    await Promise.all([importing(), folding()]);
    await options.locator('#data-result', { hasText: 'Imported' }).waitFor({ timeout: 30_000 });
    await folded(options);
    await options.close();
    assert.equal(await totalShown(), 1612, `fold ${offset} ms after the import: 100 old breaks, 12 months and 1500 imported breaks`);
  }
});

test('two options pages importing at once both keep their folded months', async () => {
  for (let round = 0; round < 3; round++) {
    await plantOld(0, 0, 0);
    const [first, second] = [await browser.options(), await browser.options()];
    await first.locator('#import-file').setInputFiles(backupFile('a', months(2022, 12)));
    await second.locator('#import-file').setInputFiles(backupFile('b', months(2023, 12)));
    for (const page of [first, second]) await page.locator('#import-confirm').waitFor();
    await Promise.all([first, second].map((page) => page.evaluate(() => document.getElementById('import-confirm').click())));
    for (const page of [first, second]) await page.locator('#data-result', { hasText: 'Imported' }).waitFor();
    const stored = await localStorageOf(first);
    assert.equal(Object.keys(stored.folded.months).length, 24, `round ${round}: both backups' months are kept`);
    await Promise.all([first.close(), second.close()]);
    assert.equal(await totalShown(), 24);
  }
});

test('a reset while the worker folds deletes everything, and nothing comes back', async () => {
  for (let offset = 0; offset <= 60; offset += 20) {
    await plantOld(300, 100, 430);
    const options = await browser.options();
    await options.locator('#reset').click();
    await fold();
    await delay(offset);
    // The dialog's own confirm, without the wait for the pointer Playwright's click adds.
    await options.evaluate(() => document.getElementById('reset-confirm').click());
    await options.locator('#data-result', { hasText: 'deleted' }).waitFor();
    await folded(options);
    // Let the worker finish whatever it was doing.
    await delay(300);
    const stored = await localStorageOf(options);
    assert.deepEqual(Object.keys(stored.folded?.months ?? {}), [], `reset ${offset} ms into the fold: no month comes back`);
    assert.equal((await historyOf(options)).length, 0);
    await options.close();
    assert.equal(await totalShown(), 0);
  }
});

test('a break taken with the clock set back to a day folded already counts, and the fold adds it to that day', async () => {
  await plantOld(1, 200, 200);
  const page = await browser.newTab();
  await fold();
  await folded(page);
  const { folded: before } = await localStorageOf(page);
  assert.equal(Object.keys(before.months).length, 1, 'the old break is folded');
  const oldEnd = await worker.evaluate((DAY) => Date.now() - 200 * DAY, DAY);
  await page.close();

  // The computer's clock is set back to that day, and a break is taken.
  const back = await browser.newTab({ clock: new Date(oldEnd + 3_600_000) });
  await back.locator('#start-break').click();
  await back.clock.runFor(200_000);
  await back.locator('#done').waitFor({ state: 'visible' });
  await back.close();
  assert.equal(await totalShown(), 2, 'the new break counts before the fold');
  await fold();
  const options = await browser.options();
  await folded(options);
  await options.close();
  assert.equal(await totalShown(), 2, 'and after it');
});

test('with storage full, records waiting to be saved are never overwritten by another tab', async () => {
  // A profile where chrome.storage.local keeps its 10 MB quota, which this build
  // otherwise lifts (unlimitedStorage): the same code, with storage that fills.
  const full = await launch({ extension: extensionCopy((manifest) => {
    manifest.permissions = manifest.permissions.filter((p) => p !== 'unlimitedStorage');
  }) });
  try {
    const tab = await full.newTab();
    await tab.evaluate(async () => {
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
    let kept = 0;
    for (let round = 0; round < 2; round++) {
      const breaks = [];
      for (let i = 0; i < 2; i++) {
        const page = await full.newTab({ clock: true });
        await page.locator('#start-break').click();
        breaks.push(page);
      }
      // Breaks end while new tabs open, each writing out what waits.
      await Promise.all([...breaks.map((page) => page.clock.runFor(200_000)), full.newTab(), full.newTab(), full.newTab()]);
      for (const page of breaks) {
        await page.locator('#notice', { hasText: 'It is kept in this browser' }).waitFor();
        kept += 1;
      }
    }
    assert.equal(kept, 4);
    await tab.evaluate(async () => chrome.storage.local.remove(Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('filler-'))));
    const next = await full.newTab();
    await until(async () => (await historyOf(next)).length === kept, { timeout: 20_000 }).catch(() => {});
    assert.equal((await historyOf(next)).length, kept, 'every break a page said was kept is in the history');
  } finally {
    await full.close();
  }
});
