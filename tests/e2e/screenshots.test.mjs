// Screenshots for the Chrome Web Store listing (1280 x 800), made from the real
// extension into dist/screenshots/: the new tab, a break, the options page, a
// pack page and the pack list; and the running break and the options page at
// 800x600 and 1920x1080 as well.
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

async function shoot(page, name, [width, height] = [1280, 800]) {
  await page.setViewportSize({ width, height });
  await page.evaluate(() => document.fonts.ready);
  const file = new URL(`${name}.png`, out);
  await page.screenshot({ path: file.pathname });
  const png = readFileSync(file);
  assert.equal(png.readUInt32BE(16), width, `${name}: width`);
  assert.equal(png.readUInt32BE(20), height, `${name}: height`);
}

test('screenshots of the new tab, a break, the options page and a pack page', async () => {
  const page = await browser.newTab({ clock: true });
  await page.evaluate(() => document.querySelector('#next-demo video')?.pause());
  await shoot(page, 'new-tab');
  await page.locator('#start-break').click();
  await page.clock.runFor(8_000);
  await page.evaluate(() => document.querySelector('#break-demo video')?.pause());
  await shoot(page, 'break');
  await shoot(page, 'break-800x600', [800, 600]);
  await shoot(page, 'break-1920x1080', [1920, 1080]);
  const options = await browser.options();
  const pack = await browser.open('pack.html?id=neck-and-shoulders');
  await pack.locator('#pack').waitFor({ state: 'visible' });
  const packs = await browser.open('pack.html');
  await packs.locator('#pack-list img').last().waitFor();
  // The Web Store's size, then each page at 800, 1280 and 1920 wide, light and dark.
  for (const [name, shown] of [['options', options], ['pack', pack], ['packs', packs]]) {
    await shoot(shown, name);
    for (const scheme of ['light', 'dark']) {
      await shown.emulateMedia({ colorScheme: scheme });
      for (const size of [[800, 600], [1280, 800], [1920, 1080]]) await shoot(shown, `${name}-${size[0]}-${scheme}`, size);
    }
  }
});
