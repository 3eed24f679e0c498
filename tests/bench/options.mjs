// The options page with ten years of history in storage: time from navigation
// start to its chart and figures on screen (the 'history-on-screen' mark, set
// once the core has read the whole history and the stats are drawn), beside the
// floor page's first paint in the same browser run, since this machine's speed
// drifts. Prints medians; run after tests/bench/newtab.mjs has made the floor page.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../e2e/browser.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const root = new URL('../../', import.meta.url);
const benchExtension = new URL('build/bench/extension', root).pathname;
const { raw, folded } = JSON.parse(readFileSync(new URL('build/bench/storage.json', root), 'utf8'));

const profile = mkdtempSync(join(tmpdir(), 'limber-bench-'));
const browser = await launch({ extension: benchExtension, profile });
const worker = await browser.serviceWorker();
await worker.evaluate(async ({ raw, folded }) => {
  const items = { folded };
  for (const record of raw) items[`history/${record.id}`] = record;
  await chrome.storage.local.set(items);
}, { raw, folded });
const base = new URL('./', worker.url()).href;

async function time(url, mark) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark);
  const at = await page.evaluate((name) => performance.getEntriesByName(name)[0].startTime, mark);
  // The figures the page shows are the whole history's: ten years of completed breaks.
  const total = mark === 'history-on-screen' ? await page.locator('#figure-total').innerText() : '';
  await page.close();
  return { at, total };
}

await time(`${base}options.html`, 'history-on-screen'); // the first load compiles the module
const options = [];
const floor = [];
for (let i = 0; i < RUNS; i++) {
  options.push(await time(`${base}options.html`, 'history-on-screen'));
  floor.push(await time(`${base}floor.html`, 'exercise-on-screen'));
}
await browser.close();
rmSync(profile, { recursive: true, force: true });
if (browser.problems.length > 0) throw new Error(browser.problems.join('\n'));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const page = median(options.map((v) => v.at));
const paint = median(floor.map((v) => v.at));
console.log(`Options page with ${raw.length} raw records and ${Object.keys(folded.months).length} folded months, ${RUNS} runs:`);
console.log(`options: chart and stats on screen  ${page.toFixed(1).padStart(8)} ms   target <= 300 ms`);
console.log(`(the page's all-time figure: ${options[0].total})`);
console.log(`floor:   exercise on screen         ${paint.toFixed(1).padStart(8)} ms   (the same run, for the machine's speed)`);
