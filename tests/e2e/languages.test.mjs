// Limber in German: a browser whose language is German gets every page, the
// toolbar title and the notification in German, every packaged pack in German,
// and a user's own pack in English where it gives no German.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, packsIn, until, ALWAYS_WORKING } from './browser.mjs';
import { assertBreakFits } from './break-fit.mjs';

const german = JSON.parse(readFileSync(new URL('../../extension/_locales/de/messages.json', import.meta.url), 'utf8'));
const english = JSON.parse(readFileSync(new URL('../../extension/_locales/en/messages.json', import.meta.url), 'utf8'));
const de = (key) => german[key].message;
const PACKS_DE = packsIn('de');
const PACKS_EN = packsIn('en');

let browser;
before(async () => {
  browser = await launch({ language: 'de' });
});
after(async () => {
  await browser?.close();
});

// Every element that names a message shows the German one, not the key or English.
async function assertAllGerman(page) {
  const shown = await page.evaluate(() => [...document.querySelectorAll('[data-i18n]')].map((e) => [e.dataset.i18n, e.textContent]));
  assert.ok(shown.length > 5);
  for (const [key, text] of shown) {
    if (['pause', 'skipThisOne', 'packsTitle'].includes(key)) continue; // changed by the page once it runs
    assert.equal(text, german[key].message, key);
  }
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
}

test('the new tab and a break are in German', async () => {
  const page = await browser.newTab({ clock: true });
  await assertAllGerman(page);
  assert.equal(await page.title(), de('newtabTitle'));
  assert.match(await page.locator('#today').textContent(), /^Heute 0 von \d+ Pausen$/);
  assert.match(await page.locator('#schedule-line').textContent(), /^(Nächste Pause um|Außerhalb der Arbeitszeit)/);
  const name = await page.locator('#next-name').textContent();
  const exercise = PACKS_DE.flatMap((p) => p.exercises).find((e) => e.name === name);
  assert.ok(exercise, `"${name}" is a packaged exercise's German name`);
  assert.ok(!PACKS_EN.flatMap((p) => p.exercises).some((e) => e.name === name), `"${name}" is not English`);
  assert.deepEqual(await page.locator('#next-steps li').allTextContents(), exercise.steps);
  assert.match(await page.locator('#next-duration').textContent(), /Sekunden/);
  await page.locator('#start-break').click();
  await page.locator('#break').waitFor({ state: 'visible' });
  assert.match(await page.locator('#break-count').textContent(), /^Übung 1 von \d+$/);
  assert.equal(await page.locator('#pause').textContent(), de('pause'));
  assert.match(await page.locator('#break-announcer').textContent(), /^Mach dich bereit: .+/);
  assert.equal(await page.locator('#break-cue').textContent(), de('cueGetReady'));
  assert.equal(await page.locator('#countdown').getAttribute('aria-label'), de('timeLeft'));
  // Through getting ready and into the first exercise's last seconds.
  await page.clock.runFor(5_000);
  const [minutes, seconds] = (await page.locator('#countdown').textContent()).split(':').map(Number);
  await page.clock.runFor(Math.max(0, minutes * 60 + seconds - 5) * 1000);
  assert.match(await page.locator('#break-up-next').textContent(), /^Als Nächstes: .+/);
  await page.locator('#pause').click();
  assert.equal(await page.locator('#pause').textContent(), de('resume'));
  await page.close();
});

// The pack with the longest German names and steps, whole: the break view must fit them at every size.
test('a running break fills the window and fits it in German, the longest steps included, at 800x600, 1280x800 and 1920x1080', async () => {
  await assertBreakFits(browser, PACKS_DE.find((p) => p.id === 'floor-back-relief'));
});

test('the options page is in German, every choice included', async () => {
  const page = await browser.options();
  await assertAllGerman(page);
  assert.deepEqual(await page.locator('[data-setting="workDays"] label').allTextContents(), ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
  assert.ok((await page.locator('[data-setting="avoid"] label').allTextContents()).includes(de('conditionPregnancy')));
  assert.match(await page.locator('#figure-total').textContent(), /^0 Pausen, 0 Min\.$/);
  assert.equal(await page.locator('#top-exercises li').textContent(), de('noBreaksYet'));
  // A setting the core refuses is explained in German.
  const minutes = page.locator('#breakSeconds');
  await minutes.fill('40');
  await minutes.dispatchEvent('change');
  assert.match(await page.locator('#breakSeconds-note').textContent(), new RegExp(de('invalidBreakSeconds').replace(/[()]/g, '\\$&')));
  await minutes.fill('2');
  await minutes.dispatchEvent('change');
  await page.locator('#breakSeconds-note', { hasText: de('saved') }).waitFor();
  // Manifest commands are described in German too.
  assert.ok((await page.locator('#shortcuts dt').allTextContents()).includes(de('commandStartBreak')));
  await page.close();
});

test('the privacy page opens from the options page in German', async () => {
  const options = await browser.options();
  const [privacy] = await Promise.all([browser.context.waitForEvent('page'), options.locator('#privacy-link').click()]);
  await privacy.waitForLoadState();
  assert.match(privacy.url(), /^chrome-extension:\/\/[a-p]{32}\/privacy\.html$/);
  assert.equal(await privacy.title(), de('privacyTitle'));
  assert.ok((await privacy.locator('li').count()) >= 15, 'what is stored, where, what never leaves, why each permission');
  await assertAllGerman(privacy);
  // Back to the settings from its top bar.
  await privacy.locator('a[href="options.html"]').click();
  await privacy.locator('#settings').waitFor();
  await privacy.close();
  await options.close();
});

test('a refused custom pack and a refused backup are explained in German', async () => {
  const page = await browser.options();
  const pack = JSON.parse(readFileSync(new URL('../invalid-packs/seconds-as-words.json', import.meta.url), 'utf8'));
  pack.exercises[0].position = 'lying';
  await page.locator('#custom-file').setInputFiles({ name: 'meins.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
  const result = page.locator('#custom-result');
  await result.locator('[role="alert"]').waitFor();
  assert.equal(await result.locator('[role="alert"]').textContent(), de('customRefused').replace('$1', 'meins.json'));
  assert.deepEqual(await result.locator('li').allTextContents(), [
    'exercises[0].position: erwartet: eines von "sitting", "standing" oder "floor"; gefunden: "lying"',
    'exercises[2].seconds: erwartet: eine ganze Zahl von Sekunden, 5 bis 600; gefunden: "thirty"',
  ]);
  await page.locator('#import-file').setInputFiles({ name: 'alt.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "limber-backup", "version": 1, "settings": {}, "history": [{"id": 5}]}') });
  const refused = page.locator('#data-result [role="alert"]');
  await refused.waitFor();
  assert.match(await refused.textContent(), /^alt\.json wurde nicht importiert/);
  const reasons = await refused.locator('li').allTextContents();
  assert.equal(reasons[0], `alt.json: ${de('problemNotBackup')}`);
  assert.ok(reasons.includes('history[0].id: erwartet: ein Text mit 1 bis 64 Zeichen; gefunden: 5'), reasons.join('\n'));
  await page.close();
});

test('every packaged pack is German; a user\'s own pack without German falls back to English', async () => {
  for (const [german, english] of PACKS_DE.map((pack, i) => [pack, PACKS_EN[i]])) {
    assert.notEqual(german.title, english.title, `${german.id} has a German title`);
    const page = await browser.open(`pack.html?id=${german.id}`);
    await page.locator('#pack').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#pack-title').textContent(), german.title);
    assert.equal(await page.locator('#pack-about').textContent(), german.about);
    assert.deepEqual(await page.locator('#pack-skip li').allTextContents(), german.skipIf);
    // Every exercise in German (their order, pairs together, is packs.test.mjs's).
    assert.deepEqual((await page.locator('#pack-exercises h3').allTextContents()).sort(), german.exercises.map((e) => e.name).sort());
    await page.close();
  }
  const list = await browser.open('pack.html');
  await list.locator('#pack-list li').first().waitFor();
  assert.deepEqual((await list.locator('#pack-list a').allTextContents()).sort(), PACKS_DE.map((p) => p.title).sort());
  await list.close();

  const own = JSON.parse(readFileSync(new URL('../fixtures/remote-demo-pack.json', import.meta.url), 'utf8'));
  delete own.demo;
  const options = await browser.options();
  await options.locator('#custom-file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(own)) });
  await options.locator('#custom-result', { hasText: own.title }).waitFor();
  await options.close();
  const page = await browser.open(`pack.html?id=${own.id}`);
  await page.locator('#pack').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#pack-title').textContent(), own.title);
  assert.equal(await page.locator('#when-title').textContent(), de('packWhenTitle'));
  await page.close();
});

test('the eye pack reads as it always has in German', async () => {
  const eyes = PACKS_DE.find((p) => p.id === 'eye-breaks');
  assert.notEqual(eyes.title, PACKS_EN.find((p) => p.id === 'eye-breaks').title, 'the eye pack carries German');
  let page = await browser.open('pack.html?id=eye-breaks');
  await page.locator('#pack').waitFor({ state: 'visible' });
  await assertAllGerman(page);
  assert.equal(await page.locator('#pack-title').textContent(), eyes.title);
  assert.equal(await page.locator('#pack-why').textContent(), eyes.whyItHappens);
  assert.deepEqual(await page.locator('#pack-exercises h3').allTextContents(), eyes.exercises.map((e) => e.name));
  assert.deepEqual(await page.locator('#pack-exercises .steps').first().locator('li').allTextContents(), eyes.exercises[0].steps);
  assert.match(await page.locator('#pack-tags').textContent(), /Im Sitzen · Überall · Morgens, Mittags, Abends · 7 Übungen/);
  assert.equal(await page.title(), `${eyes.title} · Limber`);
  await page.close();

});

test('the toolbar title and the reminder are in German', async () => {
  const worker = await browser.serviceWorker();
  await worker.evaluate(async (settings) => {
    await chrome.storage.sync.set({ settings: { ...settings, intervalMinutes: 30 } });
    const now = Date.now();
    const d = new Date();
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    await navigator.locks.request('limber.schedule', () => chrome.storage.local.set({
      schedule: { version: 1, lastBreakEnd: now - 40 * 60_000, activityDay: day, firstActivity: now - 60 * 60_000 },
    }));
  }, ALWAYS_WORKING);
  const title = await until(async () => {
    const t = await worker.evaluate(() => chrome.action.getTitle({}));
    return t === `Limber: ${de('scheduleDue')}` && t;
  });
  assert.ok(title);
  assert.equal(await worker.evaluate(() => chrome.action.getBadgeText({})), de('badgeNow'));
  assert.notEqual(de('badgeNow'), english.badgeNow.message);
});

test('no German page logged an error', () => {
  assert.deepEqual(browser.problems, []);
});
