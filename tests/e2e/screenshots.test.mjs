// Screenshots for the Chrome Web Store listing (1280 x 800), made from the real
// extension into dist/screenshots/: the new tab, a break, the options page and a pack page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { launch } from './browser.mjs';

const out = new URL('../../dist/screenshots/', import.meta.url);
let browser;
before(async () => {
  browser = await launch();
  mkdirSync(out, { recursive: true });
});
after(async () => {
  await browser?.close();
});

async function shoot(page, name) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => document.fonts.ready);
  const file = new URL(`${name}.png`, out);
  await page.screenshot({ path: file.pathname });
  const png = readFileSync(file);
  assert.equal(png.readUInt32BE(16), 1280, `${name}: width`);
  assert.equal(png.readUInt32BE(20), 800, `${name}: height`);
}

test('screenshots of the new tab, a break, the options page and a pack page', async () => {
  const page = await browser.newTab({ clock: true });
  await page.evaluate(() => document.querySelector('#next-demo video')?.pause());
  await shoot(page, 'new-tab');
  await page.locator('#start-break').click();
  await page.clock.runFor(8_000);
  await page.evaluate(() => document.querySelector('#break-demo video')?.pause());
  await shoot(page, 'break');
  const options = await browser.options();
  await shoot(options, 'options');
  const pack = await browser.open('pack.html?id=neck-and-shoulders');
  await pack.locator('#pack').waitFor({ state: 'visible' });
  await shoot(pack, 'pack');
});
