// The new tab against a floor page and a bare page, side by side in one browser
// run: time from navigation start to "the name on screen" (the exercise's name
// painted, as the bare page paints its h1), to "exercise on screen" (its poster
// too) and to first contentful paint, with ten years of history in storage.
// The floor page is the new tab's own HTML and CSS with one exercise written in
// and nothing else: no wasm, no storage reads. Prints medians and ratios.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, EXTENSION } from '../e2e/browser.mjs';

const RUNS = Number(process.env.RUNS ?? 30);
const FIRST_RUNS = Number(process.env.FIRST_RUNS ?? 5);
const root = new URL('../../', import.meta.url);
const benchExtension = new URL('build/bench/extension', root).pathname;

// The floor: newtab.html with the first-paint script reading a constant card
// instead of localStorage, and no module.
function makeFloor() {
  rmSync(benchExtension, { recursive: true, force: true });
  cpSync(EXTENSION, benchExtension, { recursive: true });
  const pack = JSON.parse(readFileSync(new URL('packs/lower-back-tension-release.json', root), 'utf8'));
  const exercise = pack.exercises.find((e) => e.id === 'forward-leans');
  // Pack text is given in each language ({"en": ..., "de": ...}); the card holds the English.
  const en = (text) => text?.en ?? text;
  const card = {
    lang: 'en', id: exercise.id, name: en(exercise.name), pack: en(pack.title), packId: pack.id, position: 'Sitting',
    duration: `${exercise.reps} reps · about ${exercise.seconds} seconds`, steps: exercise.steps.map(en), poster: exercise.demo.poster,
  };
  // From the sources (dist ships them without spaces), as scripts/assemble.mjs joins them.
  const source = (file) => readFileSync(new URL(`extension/${file}`, root), 'utf8');
  const first = source('newtab-first.js');
  const floorScript = first
    .replace(/card = JSON\.parse\(localStorage\.getItem\([^;]*;[^\n]*/, `card = ${JSON.stringify(card)};`)
    .replace(/localStorage\.getItem\('limber\.look'\)/, 'null')
    .replace(/const startModule = \(\) => \{[^}]*\};/s, 'const startModule = () => {};');
  if (!floorScript.includes('const startModule = () => {};') || floorScript.includes('localStorage.getItem')) {
    throw new Error('newtab-first.js changed: update the floor page');
  }
  writeFileSync(join(benchExtension, 'floor.js'), `${source('localize-page.js')}${floorScript}`);
  const html = readFileSync(join(EXTENSION, 'newtab.html'), 'utf8')
    .replace('<script src="newtab-first.js"></script>', '<script src="floor.js"></script>');
  writeFileSync(join(benchExtension, 'floor.html'), html);
  // The true floor: an extension page that holds nothing but the exercise's name,
  // marked on screen the way the new tab marks its own (a frame, then a task).
  writeFileSync(join(benchExtension, 'bare.html'),
    `<!doctype html><meta charset="utf-8"><title>Limber</title><h1>${card.name}</h1><script src="bare.js"></script>\n`);
  writeFileSync(join(benchExtension, 'bare.js'),
    "requestAnimationFrame(() => setTimeout(() => { performance.mark('name-on-screen'); performance.mark('exercise-on-screen'); }));\n");
}

async function plantHistory(browser) {
  const worker = await browser.serviceWorker();
  const { raw, folded } = JSON.parse(readFileSync(new URL('build/bench/storage.json', root), 'utf8'));
  await worker.evaluate(async ({ raw, folded }) => {
    const items = { folded };
    for (const record of raw) items[`history/${record.id}`] = record;
    await chrome.storage.local.set(items);
  }, { raw, folded });
  return worker;
}

// Extension pages share one renderer: each page is opened once the one before has
// settled (its module's work done, closed), so no page is timed against another's leftovers.
const settle = () => new Promise((resolve) => setTimeout(resolve, 250));

async function measure(browser, url) {
  await settle();
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('exercise-on-screen').length > 0);
  const result = await page.evaluate(() => ({
    name: performance.getEntriesByName('name-on-screen')[0].startTime,
    screen: performance.getEntriesByName('exercise-on-screen')[0].startTime,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  if (/newtab(\.html)?$/.test(url)) await page.waitForFunction(() => document.getElementById('today').textContent !== '');
  result.heap = await page.evaluate(() => performance.memory.usedJSHeapSize);
  await page.close();
  return result;
}

// The toolbar popup, opened as its page: from navigation start to the schedule,
// today's count and the buttons on screen (the core answered), as 'popup-ready' marks it.
async function measurePopup(browser, url) {
  await settle();
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 340, height: 400 });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('popup-confirmed').length > 0);
  const [ready, confirmed] = await page.evaluate(() => ['popup-ready', 'popup-confirmed'].map((name) => performance.getEntriesByName(name)[0].startTime));
  await page.close();
  return { ready, confirmed };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

makeFloor();
const profile = mkdtempSync(join(tmpdir(), 'limber-bench-'));
// Precise memory figures: without the flag Chromium rounds them coarsely.
const args = ['--enable-precise-memory-info'];
let browser = await launch({ extension: benchExtension, profile, keepProfile: true, args });
const worker = await plantHistory(browser);
const floorUrl = new URL('floor.html', worker.url()).href;
const bareUrl = new URL('bare.html', worker.url()).href;
// An older build (LIMBER_EXTENSION, to compare with) may have no popup.
const popupUrl = existsSync(join(EXTENSION, 'popup.html')) ? new URL('popup.html', worker.url()).href : '';
await measure(browser, 'chrome://newtab'); // leaves the first-paint card, as every tab after the first finds it
if (popupUrl) await measurePopup(browser, popupUrl);
const newtab = [];
const direct = [];
const floor = [];
const bare = [];
const popup = [];
// The new tab page also at its own address, as the bare page is opened: the same page,
// without the browser's own step from chrome://newtab to the extension's page.
const directUrl = new URL('newtab.html', worker.url()).href;
for (let i = 0; i < RUNS; i++) {
  newtab.push(await measure(browser, 'chrome://newtab'));
  direct.push(await measure(browser, directUrl));
  floor.push(await measure(browser, floorUrl));
  bare.push(await measure(browser, bareUrl));
  if (popupUrl) popup.push(await measurePopup(browser, popupUrl));
}
await browser.close();

// The first page after the browser starts, each in a fresh start of the same
// profile, new tab and floor in turn; one start varies too much to read alone.
async function firstAfterStart(url) {
  const started = await launch({ extension: benchExtension, profile, keepProfile: true });
  await started.serviceWorker();
  const result = await measure(started, url);
  await started.close();
  return result;
}
const firstNewtabs = [];
const firstFloors = [];
const firstBares = [];
for (let i = 0; i < FIRST_RUNS; i++) {
  firstNewtabs.push(await firstAfterStart('chrome://newtab'));
  firstFloors.push(await firstAfterStart(floorUrl));
  firstBares.push(await firstAfterStart(bareUrl));
}
const firsts = (list) => ({ screen: median(list.map((v) => v.screen)), name: median(list.map((v) => v.name)) });
const firstNewtab = firsts(firstNewtabs);
const firstFloor = firsts(firstFloors);
const firstBare = firsts(firstBares);
rmSync(profile, { recursive: true, force: true });

const row = (name, values, key) => `${name.padEnd(34)}${median(values.map((v) => v[key])).toFixed(1).padStart(8)} ms`;
const ratio = median(newtab.map((v) => v.screen)) / median(floor.map((v) => v.screen));
console.log(`New tab against the floor page, ${RUNS} runs each, with ${JSON.parse(readFileSync(new URL('build/bench/storage.json', root))).raw.length} raw records and ten years folded in storage:`);
console.log(row('new tab: exercise on screen', newtab, 'screen'));
console.log(row('floor:   exercise on screen', floor, 'screen'));
console.log(row('new tab: first contentful paint', newtab, 'fcp'));
console.log(row('floor:   first contentful paint', floor, 'fcp'));
console.log(row('new tab: the name on screen', newtab, 'name'));
console.log(row('bare page: the name on screen', bare, 'name'));
console.log(`median ratio (exercise on screen)  ${ratio.toFixed(2)} of the floor page`);
const bareRatio = median(newtab.map((v) => v.name)) / median(bare.map((v) => v.name));
console.log(`median ratio (the name on screen)  ${bareRatio.toFixed(2)} of the bare page   target <= 1.10`);
const posterRatio = median(newtab.map((v) => v.screen)) / median(bare.map((v) => v.name));
console.log(`(the name and its poster on screen: ${posterRatio.toFixed(2)} of the bare page's name)`);
const directRatio = median(direct.map((v) => v.name)) / median(bare.map((v) => v.name));
console.log(`${row('newtab.html at its own address: the name', direct, 'name')}   ${directRatio.toFixed(2)} of the bare page, both opened as extension pages`);
console.log(`first after browser start (median of ${FIRST_RUNS} starts each), the name on screen: new tab ${firstNewtab.name.toFixed(1)} ms, floor ${firstFloor.name.toFixed(1)} ms, bare ${firstBare.name.toFixed(1)} ms; ratio ${(firstNewtab.name / firstFloor.name).toFixed(2)} of the floor, ${(firstNewtab.name / firstBare.name).toFixed(2)} of the bare page   target <= 1.30`);
// Against the floor page's paint in the same run, since this machine's speed drifts.
const popupRatio = popupUrl ? median(popup.map((v) => v.ready)) / median(floor.map((v) => v.screen)) : 0;
if (popupUrl) {
  console.log(`${row('popup: ready (schedule, today, buttons)', popup, 'ready')}   ${popupRatio.toFixed(2)} of the floor's paint; target < 100 ms`);
  console.log(`${row('popup: the core confirmed it', popup, 'confirmed')}`);
}
const mb = (list) => (median(list.map((v) => v.heap)) / 1024 / 1024).toFixed(2);
console.log(`JS heap (median)                   new tab ${mb(newtab)} MB, floor ${mb(floor)} MB   target < 5 MB`);
