// Conditions that act: the options page offers each condition that withholds
// anything, says how many exercises and which packs, and what the ticked ones
// withhold together, as the core counts; then a user with each condition opens
// new tabs at the desk and at home and takes a break, and no exercise flagged for
// it ever appears, not even for a moment in a first paint. (That the core never
// offers one over hundreds of tabs is tests/node/conditions.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { launch, until, PACKS } from './browser.mjs';
import { startCore } from '../node/load-core.mjs';

const english = JSON.parse(readFileSync(new URL('../../extension/_locales/en/messages.json', import.meta.url), 'utf8'));
const CONDITIONS = Object.keys(english).filter((key) => /^condition[A-Z]/.test(key) && !key.startsWith('conditionHides'))
  .map((key) => key.slice('condition'.length).replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase()));

// Every packaged exercise as the core reads it: its conditions include what its demands imply.
const core = await startCore();
for (const file of readdirSync(new URL('../../packs/', import.meta.url)).filter((f) => f.endsWith('.json') && f !== 'schema.json')) {
  core.addPack(`packs/${file}`, readFileSync(new URL(`../../packs/${file}`, import.meta.url), 'utf8'));
}
const EXERCISES = core.packs().flatMap((pack) => core.pack(pack.id).exercises);
const byName = new Map(EXERCISES.map((e) => [e.name, e]));

// New tabs per place and condition.
const TABS = 1;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const storedSettings = (page) => page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);

test('the options page offers each condition with what it withholds, and counts the ticked ones together', async () => {
  const options = await browser.options();
  const { conditions, exercises } = core.withheld({});
  assert.equal(exercises, 86);
  assert.deepEqual(CONDITIONS.length, 13);
  assert.deepEqual(await options.locator('#condition-choices input').evaluateAll((boxes) => boxes.map((b) => b.value)),
    CONDITIONS.filter((c) => conditions.some((entry) => entry.condition === c)), 'a condition that withholds nothing is not offered');
  const titles = new Map(PACKS.map((p) => [p.id, p.title]));
  for (const entry of conditions) {
    const hint = await options.locator(`#avoid-${entry.condition}-hint`).textContent();
    assert.ok(hint.startsWith(`Hides ${entry.exercises} exercise`), `${entry.condition}: ${hint}`);
    for (const id of entry.packs) assert.ok(hint.includes(titles.get(id)), `${entry.condition} names ${id}: ${hint}`);
  }
  assert.equal(await options.locator('#avoid-summary').textContent(), english.withheldNone.message);
  await options.locator('#condition-choices input[value="pregnancy"]').check();
  await options.locator('#avoid-summary', { hasText: 'of 86 exercises are not offered' }).waitFor();
  await options.locator('#condition-choices input[value="knee-pain"]').check();
  const both = core.withheld({ settings: { avoid: ['pregnancy', 'knee-pain'] } }).withheld;
  const summary = await options.locator('#avoid-summary', { hasText: `${both.exercises} of 86` }).textContent();
  for (const { id, exercises: n } of both.packs) assert.ok(summary.includes(`${n} in ${titles.get(id)}`), summary);
  await until(async () => (await storedSettings(options)).avoid.length === 2);
  for (const condition of ['pregnancy', 'knee-pain']) await options.locator(`#condition-choices input[value="${condition}"]`).uncheck();
  await options.locator('#avoid-summary', { hasText: english.withheldNone.message }).waitFor();
  await options.close();
});

// Every name a new tab puts on screen, the first paint included.
function recordNames() {
  const seen = [];
  Object.defineProperty(window, 'limberNamesSeen', { value: seen });
  new MutationObserver(() => {
    for (const id of ['next-name', 'break-name']) {
      const text = document.getElementById(id)?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

// One user after another in one profile: each condition on its own, a few new
// tabs at the desk and at home, and a break at home.
async function usersWith(conditions, user) {
  await user.context.addInitScript(recordNames);
  const tab = await user.context.newPage();
  await tab.goto('chrome://newtab');
  let opened = 0;
  let breaks = 0;
  for (const condition of conditions) {
    const flagged = new Set(EXERCISES.filter((e) => e.conditions.includes(condition)).map((e) => e.name));
    assert.ok(flagged.size > 0, condition);
    const shown = new Set();
    for (const place of ['desk', 'home']) {
      // As the options page saves a setting (storage.writeSettings; the first test ticks
      // them there): the next tab's card forgotten before and after the write, so a tab
      // still loading under the old settings keeps none.
      await tab.evaluate(async (changes) => {
        const forget = () => {
          localStorage.removeItem('limber.nextUp');
          localStorage.setItem('limber.nextUpMark', crypto.randomUUID());
        };
        const { settings = {} } = await chrome.storage.sync.get('settings');
        forget();
        await chrome.storage.sync.set({ settings: { ...settings, ...changes } });
        forget();
      }, { avoid: [condition], place });
      for (let i = 0; i < TABS; i++) {
        await tab.goto('chrome://newtab', { waitUntil: 'commit' });
        // Shown, and confirmed by the core (the first paint's card is no longer pending).
        await tab.waitForFunction(() => document.getElementById('next')?.hidden === false
          && !document.documentElement.dataset.firstPaint, null, { polling: 10 });
        opened += 1;
        if (place === 'home' && i === TABS - 1) {
          // A break: every exercise it holds, skipped through one by one.
          await tab.locator('#start-break').click();
          await tab.locator('#break').waitFor({ state: 'visible' });
          const count = Number((await tab.locator('#break-count').textContent()).match(/of (\d+)/)[1]);
          for (let step = 1; step <= count; step++) {
            await tab.locator('#break-count', { hasText: `Exercise ${step} of ${count}` }).waitFor();
            await tab.locator('#skip').click();
          }
          await tab.locator('#done').waitFor({ state: 'visible' });
          breaks += 1;
        }
        for (const name of await tab.evaluate(() => window.limberNamesSeen)) {
          assert.ok(byName.has(name), `"${name}" is a packaged exercise`);
          assert.ok(!flagged.has(name), `a user with ${condition} was shown "${name}", which is flagged for it`);
          shown.add(name);
        }
      }
    }
    assert.ok(shown.size >= 3, `${condition}: what it allows still comes round (${[...shown].join(', ')})`);
  }
  await tab.close();
  return { opened, breaks };
}

test(`a user with each condition opens ${2 * TABS} new tabs and takes a break, and sees nothing flagged for it`, async () => {
  const done = await usersWith(CONDITIONS, browser);
  assert.equal(done.opened, 2 * TABS * CONDITIONS.length);
  assert.equal(done.breaks, CONDITIONS.length);
});

test('turning off the last pack is refused with the reason, and the new tab still offers one', async () => {
  // From the defaults: the users above left a condition and a place behind.
  const worker = await browser.serviceWorker();
  await worker.evaluate(() => chrome.storage.sync.remove('settings'));
  const options = await browser.options();
  for (const box of await options.locator('[data-setting="disabledPacks"] input').all()) await box.uncheck();
  await options.locator('#disabledPacks-note', { hasText: /^Not saved: .*no exercise is left to offer/ }).waitFor();
  assert.equal((await storedSettings(options)).disabledPacks.length, PACKS.length - 1, 'the last pack stays on');
  const tab = await browser.newTab();
  assert.equal(await tab.locator('#next').isVisible(), true);
  await tab.close();
  for (const box of await options.locator('[data-setting="disabledPacks"] input').all()) await box.check();
  await until(async () => (await storedSettings(options)).disabledPacks.length === 0);
  await options.close();
});

test('nothing was logged', () => {
  assert.deepEqual(browser.problems, []);
});
