// axe-core finds no violations on the new tab, a break, the options page, a pack
// page and the privacy page, in light and in dark (the welcome: first-run.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations as violations, launch } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the new tab and a running break', async () => {
  const page = await browser.newTab({ clock: true });
  assert.deepEqual(await violations(page), []);
  await page.locator('#start-break').click();
  await page.clock.runFor(3_000);
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test('the options page', async () => {
  const page = await browser.options();
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test('the privacy page', async () => {
  const page = await browser.open('privacy.html');
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test('a pack page and the pack list', async () => {
  for (const file of ['pack.html?id=lower-back-tension-release', 'pack.html']) {
    const page = await browser.open(file);
    await page.locator('#pack:not([hidden]), #index:not([hidden])').first().waitFor();
    assert.deepEqual(await violations(page), [], file);
    await page.close();
  }
});

// The element that has focus, and whether its focus ring shows.
const focused = (page) => page.evaluate(() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  return { id: element.id, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
});

test('a whole break runs from the keyboard, with a visible focus and polite announcements', async () => {
  const page = await browser.newTab({ clock: true });
  let stop = null;
  for (let i = 0; i < 12 && stop?.id !== 'start-break'; i++) {
    await page.keyboard.press('Tab');
    stop = await focused(page);
    assert.ok(stop.ring, `focus ring on #${stop.id}`);
  }
  assert.equal(stop.id, 'start-break', 'Start break is reached with Tab');
  await page.keyboard.press('Enter');
  await page.locator('#break').waitFor({ state: 'visible' });
  assert.equal((await focused(page)).id, 'pause', 'the break starts with focus on Pause');
  const count = Number((await page.locator('#break-count').textContent()).match(/of (\d+)/)[1]);
  assert.ok(count >= 2);
  const announcer = page.locator('#break-announcer');
  assert.equal(await announcer.getAttribute('role'), 'status');
  const name = await page.locator('#break-name').textContent();
  assert.equal(await announcer.textContent(), `Get ready: ${name}`);
  await page.clock.runFor(5_000);
  assert.match(await announcer.textContent(), new RegExp(`^Exercise 1 of ${count}: ${name}$`));

  await page.keyboard.press('Space');
  assert.equal(await page.locator('#pause').textContent(), 'Resume');
  await page.keyboard.press('Space');
  assert.equal(await page.locator('#pause').textContent(), 'Pause');

  // The last ten seconds of the first exercise are announced once.
  const seconds = (await page.locator('#countdown').textContent()).split(':').reduce((m, s) => Number(m) * 60 + Number(s));
  if (seconds > 15) {
    await page.clock.runFor((seconds - 9) * 1000);
    assert.match(await announcer.textContent(), /^\d+ seconds left$/);
  }

  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).id, 'skip');
  await page.keyboard.press('Enter');
  assert.match(await page.locator('#break-count').textContent(), new RegExp(`^Exercise 2 of ${count}$`));
  assert.match(await announcer.textContent(), new RegExp(`^(Switch sides\\. )?Exercise 2 of ${count}: `));
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).id, 'end');
  await page.keyboard.press('Enter');
  await page.locator('#done').waitFor({ state: 'visible' });
  assert.equal((await focused(page)).id, 'done-back');
  await page.keyboard.press('Enter');
  await page.locator('#next').waitFor({ state: 'visible' });
  await page.close();
});
