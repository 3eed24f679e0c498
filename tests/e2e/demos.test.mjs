// The demos as a person sees them: large on the new tab and larger in a running
// break, and see-through, so a dark page stays dark around the figure.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const width = (page, selector) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().width);

async function playing(page, selector) {
  await page.waitForFunction((s) => document.querySelector(s)?.readyState >= 2, selector);
}

test('at 1280x800 the new tab shows its demo large and a running break larger still, at least 480 px', async () => {
  const page = await browser.newTab({ clock: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await playing(page, '#next-demo video');
  const card = await width(page, '#next-demo video');
  assert.ok(card >= 480, `the new tab's demo is ${card} px wide`);
  await page.locator('#start-break').click();
  await playing(page, '#break-demo video');
  const running = await width(page, '#break-demo video');
  assert.ok(running >= 480, `the break's demo is ${running} px wide`);
  const size = await page.locator('#break-demo video').evaluate((v) => [v.videoWidth, v.videoHeight]);
  assert.ok(size[0] >= 480 && size[1] >= 360, `the video itself is ${size.join('x')}`);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const wide = await width(page, '#break-demo video');
  assert.ok(wide >= 700, `at 1920x1080 the break's demo is ${wide} px wide`);
  await page.close();
});

test('the demo video decodes with transparency, so the page shows around the figure in light and dark', async () => {
  const page = await browser.newTab();
  await playing(page, '#next-demo video');
  // Chromium decodes the alpha stream of a VP9 WebM: the frame's corner, where
  // there is no figure, is fully transparent once drawn to a canvas.
  const corner = await page.locator('#next-demo video').evaluate((video) => {
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    const context = canvas.getContext('2d');
    context.drawImage(video, 0, 0);
    return [...context.getImageData(2, 2, 1, 1).data];
  });
  assert.equal(corner[3], 0, `the corner's alpha is ${corner[3]}`);
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const [cardColour, demoCorner] = await page.evaluate(async () => {
      const rect = document.querySelector('#next-demo video').getBoundingClientRect();
      return [getComputedStyle(document.getElementById('next')).backgroundColor, [rect.left + 3, rect.top + 3]];
    });
    const shot = await page.screenshot({ clip: { x: demoCorner[0], y: demoCorner[1], width: 1, height: 1 } });
    const pixel = await page.evaluate(async (base64) => {
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const canvas = new OffscreenCanvas(1, 1);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      return [...context.getImageData(0, 0, 1, 1).data].slice(0, 3);
    }, shot.toString('base64'));
    const card = cardColour.match(/\d+/g).slice(0, 3).map(Number);
    const off = Math.max(...pixel.map((v, i) => Math.abs(v - card[i])));
    assert.ok(off <= 3, `${scheme}: the demo's corner is rgb(${pixel}) on a card of ${cardColour}`);
  }
  await page.close();
});
