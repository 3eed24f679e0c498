// axe-core finds no violations on the new tab, a break, the options page and a
// pack page, in light and in dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { launch } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function violations(page) {
  const found = [];
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    const { violations: list } = await new AxeBuilder({ page }).analyze();
    found.push(...list.map((v) => `${colorScheme}: ${v.id} at ${v.nodes.map((n) => n.target).join(', ')}`));
  }
  return found;
}

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

test('a pack page and the pack list', async () => {
  for (const file of ['pack.html?id=lower-back-tension-release', 'pack.html']) {
    const page = await browser.open(file);
    await page.locator('#pack:not([hidden]), #index:not([hidden])').first().waitFor();
    assert.deepEqual(await violations(page), [], file);
    await page.close();
  }
});
