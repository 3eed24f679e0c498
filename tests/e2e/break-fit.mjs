// The running break's fit, shared by the language tests: a long break over a whole
// pack, each exercise looked at (past getting ready, with a cue or "up next" on
// screen where there is one) at 800x600, 1280x800 and 1920x1080: nothing scrolls,
// everything is on screen, the steps all show and the demo and countdown are large.
import assert from 'node:assert/strict';

export const FIT_SIZES = [[800, 600], [1280, 800], [1920, 1080]];

/** @param {{ serviceWorker(): Promise<any>, context: any }} browser @param {{ id: string, exercises: unknown[] }} pack in the browser's language */
export async function assertBreakFits(browser, pack) {
  const worker = await browser.serviceWorker();
  await worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, breakSeconds: 900 } }));
  const page = await browser.context.newPage();
  await page.clock.install();
  await page.goto(new URL(`newtab.html#pack=${pack.id}`, worker.url()).href);
  await page.locator('#break').waitFor({ state: 'visible' });
  const count = Number((await page.locator('#break-count').textContent()).match(/(\d+)\D*$/)[1]);
  assert.equal(count, pack.exercises.length, 'a long break holds the whole pack');
  for (let step = 1; step <= count; step++) {
    await page.clock.runFor(6_000);
    for (const [width, height] of FIT_SIZES) {
      await page.setViewportSize({ width, height });
      const view = await page.evaluate(() => {
        const box = (id) => document.getElementById(id).getBoundingClientRect();
        const inside = (r) => r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
        const steps = document.getElementById('break-steps');
        // A word too long for its box pushes past it rather than wrapping.
        const overflows = ['break-name', 'pause', 'skip', 'end', 'break-cue', 'break-up-next']
          .map((id) => document.getElementById(id))
          .filter((e) => e && e.getClientRects().length > 0 && e.scrollWidth > e.clientWidth + 1)
          .map((e) => e.id);
        return {
          name: document.getElementById('break-name').textContent,
          scrolls: document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth,
          outside: ['break-count', 'break-name', 'break-demo', 'countdown', 'break-progress', 'break-steps', 'pause', 'skip', 'end']
            .filter((id) => !inside(box(id))),
          stepsScroll: steps.scrollHeight > steps.clientHeight + 1 || steps.scrollWidth > steps.clientWidth + 1,
          overflows,
          demo: box('break-demo').width,
          countdown: parseFloat(getComputedStyle(document.getElementById('countdown')).fontSize),
          elsewhere: [...document.querySelectorAll('body > header, body > footer, #notice, #due')].filter((e) => e.getClientRects().length > 0).length,
        };
      });
      const where = `${view.name} at ${width}x${height}`;
      assert.equal(view.scrolls, false, `${where}: the page scrolls`);
      assert.deepEqual(view.outside, [], `${where}: not all on screen`);
      assert.equal(view.stepsScroll, false, `${where}: the steps do not all show`);
      assert.deepEqual(view.overflows, [], `${where}: text runs out of its box`);
      assert.equal(view.elsewhere, 0, `${where}: nothing but the break is on the page`);
      assert.ok(view.countdown >= 40, `${where}: the countdown is ${view.countdown} px high`);
      if (width === 1280) assert.ok(view.demo >= 480, `${where}: the demo is ${view.demo} px wide`);
      if (width === 1920) assert.ok(view.demo >= 1000, `${where}: the demo is ${view.demo} px wide`);
    }
    await page.locator('#skip').click();
  }
  await page.locator('#done').waitFor({ state: 'visible' });
  await worker.evaluate(() => chrome.storage.sync.remove('settings'));
  await page.close();
}
