// Limber in French and in Spanish: a browser in each language gets the new tab, a
// running break, the finish screen, the options page and the toolbar in its words,
// packaged packs in it, times as the region writes them, and a break view that fits
// the language's longest steps. The whole extension in German: languages.test.mjs.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, packsIn, until, ALWAYS_WORKING } from './browser.mjs';
import { assertBreakFits } from './break-fit.mjs';

const locale = (lang) => JSON.parse(readFileSync(new URL(`../../extension/_locales/${lang}/messages.json`, import.meta.url), 'utf8'));
const english = locale('en');
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const lang of ['fr', 'es']) {
  describe(`Limber in ${lang}`, () => {
    const messages = locale(lang);
    const m = (key) => messages[key].message;
    // A message as a pattern: its words exactly, any text where it has $1..$9.
    const shape = (key) => new RegExp(`^${escape(m(key)).replace(/\\\$[1-9]/g, '(.+)')}$`, 'u');
    const sentence = (key) => m(key).charAt(0).toUpperCase() + m(key).slice(1);
    const packs = packsIn(lang);
    const plural = (key, count) => m(`${key}_${new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other'}`);
    let browser;
    before(async () => {
      browser = await launch({ language: lang });
    });
    after(async () => {
      await browser?.close();
    });

    test('the new tab, a running break and its finish screen speak the language', async () => {
      const page = await browser.newTab({ clock: true });
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await page.title(), m('newtabTitle'));
      assert.equal(await page.locator('#start-break').textContent(), m('startBreak'));
      assert.match(await page.locator('#today').textContent(), shape('todayBreaks_other'));
      const schedule = await page.locator('#schedule-line').textContent();
      assert.ok(['scheduleNext', 'scheduleOutsideHours'].some((key) => schedule.startsWith(sentence(key).split('$1')[0])), schedule);
      assert.doesNotMatch(schedule, /\b[AP]M\b/, 'times as the region writes them');
      const name = await page.locator('#next-name').textContent();
      const exercise = packs.flatMap((p) => p.exercises).find((e) => e.name === name);
      assert.ok(exercise, `"${name}" is a packaged exercise's ${lang} name`);
      assert.deepEqual(await page.locator('#next-steps li').allTextContents(), exercise.steps);

      await page.locator('#start-break').click();
      await page.locator('#break').waitFor({ state: 'visible' });
      const [, , planned] = (await page.locator('#break-count').textContent()).match(shape('exerciseOf')).map(String);
      assert.equal(await page.locator('#break-cue').textContent(), m('cueGetReady'));
      assert.match(await page.locator('#break-announcer').textContent(), shape('getReadyAnnounced'));
      assert.equal(await page.locator('#pause').textContent(), m('pause'));
      assert.equal(await page.locator('#end').textContent(), m('endBreak'));
      // Through getting ready and the whole first exercise, then ended early.
      await page.clock.runFor(5_000);
      const [minutes, seconds] = (await page.locator('#countdown').textContent()).split(':').map(Number);
      await page.clock.runFor(Math.max(0, minutes * 60 + seconds - 3) * 1000);
      assert.match(await page.locator('#break-up-next').textContent(), shape('upNextName'));
      await page.clock.runFor(4_000);
      await page.locator('#end').click();
      await page.locator('#done').waitFor({ state: 'visible' });
      assert.equal(await page.locator('#done-title').textContent(), m('breakEndedEarly'));
      assert.equal(await page.locator('#done-summary').textContent(),
        plural('breakSummary', Number(planned)).replace('$1', '1').replace('$2', planned));
      assert.equal(await page.locator('#done-moved').textContent(), m('movedMinutes_one').replace('$1', '1'));
      await page.close();
    });

    test('a running break fits the window with the language\'s longest steps', async () => {
      await assertBreakFits(browser, packs.find((p) => p.id === 'floor-back-relief'));
    });

    test('the options page, the pack pages and the toolbar speak the language', async () => {
      const options = await browser.options();
      assert.equal(await options.title(), m('optionsTitle'));
      assert.equal(await options.locator('h1').first().textContent(), m('optionsHeading'));
      assert.deepEqual(await options.locator('[data-setting="workDays"] label').allTextContents(),
        ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((day) => m(`weekday${day}`)));
      // The privacy page, from its link, in the language.
      const [privacy] = await Promise.all([browser.context.waitForEvent('page'), options.locator('#privacy-link').click()]);
      await privacy.waitForLoadState();
      assert.match(privacy.url(), /^chrome-extension:\/\/[a-p]{32}\/privacy\.html$/);
      assert.equal(await privacy.title(), m('privacyTitle'));
      assert.equal(await privacy.locator('h1').textContent(), m('privacyHeading'));
      assert.equal(await privacy.locator('li').last().textContent(), m('privacyControlRemove'));
      await privacy.close();
      await options.close();
      const list = await browser.open('pack.html');
      await list.locator('#pack-list li').first().waitFor();
      assert.deepEqual((await list.locator('#pack-list a').allTextContents()).sort(), packs.map((p) => p.title).sort());
      await list.close();

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
      assert.ok(await until(async () => (await worker.evaluate(() => chrome.action.getTitle({}))) === m('actionTitle').replace('$1', m('scheduleDue'))));
      assert.equal(await worker.evaluate(() => chrome.action.getBadgeText({})), m('badgeNow'));
      // The reminder's words, as the worker reads them.
      assert.deepEqual(await worker.evaluate(() => [chrome.i18n.getMessage('notificationTitle'), chrome.i18n.getMessage('notificationMessage')]),
        [m('notificationTitle'), m('notificationMessage')]);
      assert.notEqual(m('notificationMessage'), english.notificationMessage.message);
    });

    test('no page logged an error', () => {
      assert.deepEqual(browser.problems, []);
    });
  });
}
