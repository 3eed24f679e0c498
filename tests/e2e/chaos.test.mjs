// Chaos: for many seeds, rounds of history writers started together at random
// moments: breaks finished in several tabs (with the clock now, set back to a
// folded day, or a day ahead), an import, the worker's fold, the worker stopped,
// and, in some rounds, a reset. After each round one invariant holds: every break
// a page said was kept counts exactly once (none lost, none twice, none back
// after a reset), and every value the core could not read is where it was or in
// quarantine. LIMBER_CHAOS_SEEDS=50 runs it longer; LIMBER_CHAOS_FIRST picks the
// first seed, to replay one that failed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, until, ALWAYS_WORKING } from './browser.mjs';

const SEEDS = Number(process.env.LIMBER_CHAOS_SEEDS ?? 2);
const FIRST = Number(process.env.LIMBER_CHAOS_FIRST ?? 1);
const ROUNDS = 3;
const DAY = 86_400_000;
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// A small seeded generator (mulberry32), so a failing seed can be replayed.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let browser;
before(async () => {
  browser = await launch();
  await browser.serviceWorker();
});
after(async () => {
  await browser?.close();
});

/** The worker as it runs now; woken by a storage change when it was stopped. */
async function liveWorker(page) {
  const running = browser.context.serviceWorkers()[0];
  if (running) return running;
  const started = browser.context.waitForEvent('serviceworker', { timeout: 10_000 });
  await page.evaluate(() => chrome.storage.local.set({ 'chaos-wake': Date.now() }));
  return await started;
}

const day = (time) => {
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Empties storage and plants old breaks to fold, an unreadable record and a folded history with an unreadable month. */
async function plant(page, rng, seed) {
  const old = 300 + Math.floor(rng() * 300);
  await page.evaluate(async ({ old, seed, DAY, settings }) => {
    await chrome.storage.local.clear();
    await chrome.storage.sync.clear();
    const pad = (n) => String(n).padStart(2, '0');
    const items = {
      [`history/bad-${seed}`]: { version: 1, id: `bad-${seed}`, start: 'soon' },
      folded: { version: 1, ids: [], months: { '2001-01': { days: { 40: [1, 0, 0, 0, 0, 0] }, exercises: [], packs: [] } } },
    };
    for (let i = 0; i < old; i++) {
      const end = Math.round(Date.now() - (100 + (200 * i) / old) * DAY);
      const d = new Date(end);
      items[`history/old-${seed}-${i}`] = {
        version: 1, id: `old-${seed}-${i}`, start: end - 60_000, end, day: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
        outcome: 'completed', exercises: ['chin-tucks'], packs: ['neck-and-shoulders'],
      };
    }
    await chrome.storage.local.set(items);
    await chrome.storage.sync.set({ settings: { version: 1, ...settings, breakSeconds: 30 } });
  }, { old, seed, DAY, settings: ALWAYS_WORKING });
  return old;
}

// Each writer is made ready first (a break near its end, an import or a reset
// awaiting its confirm), then all of them go within a few milliseconds of each
// other, in an order the seed picks: the moments where they can overlap.

let lostTabs = 0;
const MAYBE = 'maybe';

/** A break in a new tab at `clock`, a few seconds from its end; it ends to 1 when the page said it was kept. */
async function finishBreak(clock) {
  const tab = await browser.newTab({ clock });
  await tab.locator('#start-break').click();
  await tab.clock.runFor(25_000);
  return async () => {
    try {
      await tab.clock.runFor(20_000);
    } catch (error) {
      // Seen about once in eight runs beside another file's browser, with main's build of
      // 2026-12-01 too: Playwright loses the tab while its break runs out (no crash, no error
      // logged; nothing in Limber closes a tab it did not open). The page never said whether
      // its break was kept, so it may count once or not at all, never twice.
      if (!tab.isClosed() && !/has been closed/.test(error.message)) throw error;
      console.warn(`chaos: a break's tab was lost before its end (${error.message}); it counts once or not at all`);
      lostTabs += 1;
      return MAYBE;
    }
    await tab.locator('#done').waitFor({ state: 'visible' });
    const notice = await tab.locator('#notice').textContent();
    await tab.close();
    return /could not (save|record) this break/.test(notice) ? 0 : 1;
  };
}

/** A backup of `records` recent breaks and `months` folded months of one break each, all new. */
function backupFile(name, records, months, year) {
  const now = Date.now();
  const history = Array.from({ length: records }, (_, i) => {
    const end = now - (i + 1) * 300_000;
    return { version: 1, id: `${name}-${i}`, start: end - 60_000, end, day: day(end), outcome: 'completed', exercises: [], packs: [] };
  });
  const folded = {
    version: 1, ids: [],
    months: Object.fromEntries(Array.from({ length: months }, (_, m) => [
      `${year}-${String(m + 1).padStart(2, '0')}`, { days: { 10: [1, 0, 0, 0, 0, 60] }, exercises: [], packs: [] },
    ])),
  };
  const text = JSON.stringify({ format: 'limber-backup', version: 1, settings: {}, history, folded });
  return { name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/** An import shown for confirmation; it ends to the breaks it adds once the page said so. */
async function importing(file, adds) {
  const options = await browser.options();
  await options.locator('#import-file').setInputFiles(file);
  await options.locator('#import-confirm').waitFor();
  return async () => {
    // The dialog's own confirm, without the wait for the pointer Playwright's click adds.
    await options.evaluate(() => document.getElementById('import-confirm').click());
    await options.locator('#data-result', { hasText: 'Imported' }).waitFor({ timeout: 30_000 });
    await options.close();
    return adds;
  };
}

async function resetting() {
  const options = await browser.options();
  await options.locator('#reset').click();
  return async () => {
    await options.evaluate(() => document.getElementById('reset-confirm').click());
    await options.locator('#data-result', { hasText: 'deleted' }).waitFor();
    await options.close();
  };
}

/** The worker's fold; when the worker is stopped under it (the fold cut short), once more on the restarted one. */
async function folding(page) {
  const fold = async () => (await liveWorker(page))
    .evaluate(() => chrome.alarms.onAlarm.dispatch({ name: 'history-upkeep', scheduledTime: Date.now() }));
  await fold().catch((error) => {
    if (!/worker (restarted|closed|stopped)|Target closed|has been closed/i.test(error.message)) throw error;
    return delay(100).then(fold);
  });
}

async function stopWorker(page) {
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** Completed breaks counted all-time, as a fresh options page shows them, once the count is steady. */
async function counted() {
  const options = await browser.options();
  const text = await options.locator('#figure-total').textContent();
  const stored = await options.evaluate(() => chrome.storage.local.get(null));
  await options.close();
  return { total: Number(text.match(/^(\d+) break/)[1]), stored };
}

/** The unreadable record and month are where they were, as they were, or kept aside. */
function unreadableKept(stored, seed) {
  const aside = Object.entries(stored).filter(([key]) => key.startsWith('quarantine/')).map(([, value]) => value);
  const record = stored[`history/bad-${seed}`]?.start === 'soon'
    || aside.some((kept) => kept.key === `history/bad-${seed}` && kept.value?.start === 'soon');
  const month = (folded) => folded?.months?.['2001-01']?.days?.['40'] !== undefined;
  const monthKept = month(stored.folded) || aside.some((kept) => kept.key === 'folded' && month(kept.value));
  return record && monthKept;
}

test(`for ${SEEDS} seeds, every break a page said was kept counts once, whatever runs at the same time`, async () => {
  const home = await browser.options();
  for (let seed = FIRST; seed < FIRST + SEEDS; seed++) {
    const rng = random(seed);
    let expected = await plant(home, rng, seed);
    let reset = false;
    // Tabs lost in the round before: a record of theirs may still land in this one.
    let late = 0;
    const log = [];
    for (let round = 0; round < ROUNDS; round++) {
      const now = Date.now();
      // Each made ready in turn (pages opened one at a time), to the step that finishes it and gives the breaks it adds.
      const ready = [];
      if (rng() < 0.25) {
        // A reset with a fold and a break under way: whatever was kept before is deleted, and stays deleted.
        log.push('reset + fold + break');
        const go = await resetting();
        ready.push(async () => (await go(), -Infinity));
        ready.push(async () => (await folding(home), 0));
        ready.push(await finishBreak(now));
        reset = true;
      } else {
        const tabs = 1 + Math.floor(rng() * 3);
        for (let i = 0; i < tabs; i++) {
          const clock = [now, now - 200 * DAY, now + DAY][Math.floor(rng() * 3)];
          log.push(`break at ${day(clock)}`);
          ready.push(await finishBreak(clock));
        }
        if (rng() < 0.7) {
          const records = 1 + Math.floor(rng() * 1000);
          const months = Math.floor(rng() * 4);
          log.push(`import ${records} + ${months} months`);
          ready.push(await importing(backupFile(`s${seed}r${round}`, records, months, 2000 + seed * 10 + round), records + months));
        }
        if (rng() < 0.7) {
          log.push('fold');
          ready.push(async () => (await folding(home), 0));
        }
        if (rng() < 0.3) {
          log.push('worker stopped');
          ready.push(async () => (await stopWorker(home), 0));
        }
      }
      const added = await Promise.all(ready.map((step) => delay(Math.floor(rng() * 200)).then(step)));
      // A reset deletes what was kept before it; a break finished with it may be deleted too, or kept.
      if (added.includes(-Infinity)) {
        expected = 0;
        const { total } = await counted();
        assert.ok(total <= 1, `seed ${seed}, round ${round}: after the reset ${total} breaks are left`);
        expected = total;
      } else {
        expected += added.reduce((sum, n) => sum + (n === MAYBE ? 0 : n), 0);
      }
      const lost = added.filter((n) => n === MAYBE).length;
      const maybe = lost + late;
      const replay = `seed ${seed}, round ${round} (${log.join('; ')}); replay with LIMBER_CHAOS_FIRST=${seed} LIMBER_CHAOS_SEEDS=1`;
      // A fold started in the round may still be under way: the figure is the same throughout it.
      const { total, stored } = await until(async () => {
        const seen = await counted();
        return seen.total >= expected && seen.total <= expected + maybe ? seen : (await delay(200), null);
      }, { timeout: 15_000 }).catch(async () => counted());
      const held = `${Object.keys(stored).filter((key) => key.startsWith('history/')).length} raw records, `
        + `folded months ${Object.keys(stored.folded?.months ?? {}).join(' ')}`;
      if (maybe === 0) assert.equal(total, expected, `${replay}: ${held}`);
      assert.ok(total >= expected && total <= expected + maybe, `${replay}: ${total} counted, ${expected} expected (${maybe} tabs lost): ${held}`);
      expected = total;
      late = lost;
      if (!reset) assert.ok(unreadableKept(stored, seed), `${replay}: the unreadable record and month are kept`);
    }
  }
  await home.close();
  // More than the odd one lost would be something closing tabs, not the harness.
  assert.ok(lostTabs <= 1, `${lostTabs} break tabs were lost before their end`);
});

test('no page or worker logged an error', () => {
  assert.deepEqual(browser.problems, []);
});
