// Screenshots for the Chrome Web Store listing (1280 x 800), made from the real
// extension into dist/screenshots/: the new tab, a break, the options page, a
// pack page and the pack list; and the running break and the options page at
// 800x600 and 1920x1080 as well. The store's own set goes to dist/store/: the
// current pages at 1280 x 800 (the new tab, a break, the popup over a new tab, a
// pack page, the options page, the welcome) and the 440 x 280 promo tile in each
// language (icon, name, the line the manifest's description opens with).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { EXTENSION, launch } from './browser.mjs';

const out = new URL('../../dist/screenshots/', import.meta.url);
const store = new URL('../../dist/store/', import.meta.url);
let browser;
before(async () => {
  browser = await launch();
  mkdirSync(out, { recursive: true });
  mkdirSync(store, { recursive: true });
});
after(async () => {
  await browser?.close();
});

async function shoot(page, name, [width, height] = [1280, 800], folder = out) {
  await page.setViewportSize({ width, height });
  await page.evaluate(() => document.fonts.ready);
  const file = new URL(`${name}.png`, folder);
  await page.screenshot({ path: file.pathname });
  assertSize(file, width, height);
}

function assertSize(file, width, height) {
  const png = readFileSync(file);
  assert.equal(png.toString('latin1', 1, 4), 'PNG', `${file.pathname}: a PNG`);
  assert.equal(png.readUInt32BE(16), width, `${file.pathname}: width`);
  assert.equal(png.readUInt32BE(20), height, `${file.pathname}: height`);
}

// The pages as a user sees them at work: a Wednesday ahead, 10:00 local time, so
// they say when the next break is due rather than "outside working hours".
const MORNING = (() => {
  const day = new Date();
  day.setDate(day.getDate() + ((3 - day.getDay() + 7) % 7 || 7));
  day.setHours(10, 0, 0, 0);
  return day.getTime();
})();

const dataUrl = (type, bytes) => `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
const messagesOf = (lang) => JSON.parse(readFileSync(`${EXTENSION}/_locales/${lang}/messages.json`, 'utf8'));

test('screenshots of the new tab, a break, the options page and a pack page', async () => {
  const page = await browser.newTab({ clock: MORNING });
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

test('the Web Store set: the current pages at 1280 x 800 and the promo tile in each language', async () => {
  for (const [from, to] of [['new-tab', '1-new-tab'], ['break', '2-break'], ['pack', '4-pack'], ['options', '5-options']]) {
    copyFileSync(new URL(`${from}.png`, out), new URL(`${to}.png`, store));
  }
  // The popup as it opens from the toolbar, over the new tab it belongs with.
  const popup = await browser.context.newPage();
  await popup.clock.install({ time: MORNING });
  await popup.goto(new URL('popup.html', browser.context.serviceWorkers()[0].url()).href);
  await popup.locator('#popup-today').filter({ hasText: /\d/ }).waitFor();
  const popupShot = await popup.locator('body').screenshot();
  const frame = await browser.context.newPage();
  await frame.setViewportSize({ width: 1280, height: 800 });
  await frame.setContent(`<body style="margin:0;position:relative;overflow:hidden">
    <img src="${dataUrl('image/png', readFileSync(new URL('new-tab.png', out)))}" style="display:block" alt="">
    <img src="${dataUrl('image/png', popupShot)}" alt=""
         style="position:absolute;top:12px;right:24px;border-radius:8px;box-shadow:0 4px 24px rgb(0 0 0 / 35%)"></body>`);
  await frame.locator('img').last().evaluate((img) => img.decode());
  await shoot(frame, '3-popup', [1280, 800], store);
  await popup.close();

  const welcome = await browser.open('welcome.html');
  await welcome.locator('#welcome-progress').filter({ hasText: /\d/ }).waitFor();
  await shoot(welcome, '6-welcome', [1280, 800], store);
  await welcome.close();

  // The privacy page, light and dark, to look at.
  const privacy = await browser.open('privacy.html');
  for (const scheme of ['light', 'dark']) {
    await privacy.emulateMedia({ colorScheme: scheme });
    await shoot(privacy, `privacy-1280-${scheme}`);
  }
  await privacy.close();

  const icon = dataUrl('image/png', readFileSync(`${EXTENSION}/images/icon-128.png`));
  const poster = dataUrl('image/webp', readFileSync(`${EXTENSION}/videos/overhead-reach-seated.webp`));
  for (const lang of ['en', 'de', 'fr', 'es']) {
    const messages = messagesOf(lang);
    const line = messages.extDescription.message.split(/\s*:/)[0];
    await frame.setContent(`<html lang="${lang}"><body style="margin:0;width:440px;height:280px;overflow:hidden;
        background:linear-gradient(135deg,#1f6f5c,#174f43);color:#fff;font-family:system-ui,sans-serif;display:flex;align-items:center">
      <div style="flex:1;padding:0 0 0 28px">
        <img src="${icon}" width="72" height="72" alt="" style="display:block;margin:0 0 10px -8px;background:#f6f4ef;border-radius:18px">
        <div id="name" style="font-size:40px;font-weight:700;line-height:1">${messages.extName.message}</div>
        <div id="line" style="font-size:18px;line-height:1.3;margin-top:10px;max-width:225px">${line}</div>
      </div>
      <div style="position:relative;width:190px;height:280px;overflow:hidden;background:#f6f4ef;border-radius:140px 0 0 140px">
        <img src="${poster}" alt="" style="position:absolute;width:330px;left:-62px;top:22px"></div></body></html>`);
    await frame.locator('img').last().evaluate((img) => img.decode());
    assert.equal(await frame.locator('#line').textContent(), line);
    // Nothing runs out of the tile.
    const box = await frame.locator('#line').boundingBox();
    assert.ok(box.y + box.height <= 270, `${lang}: the line fits (${JSON.stringify(box)})`);
    await shoot(frame, `promo-440x280-${lang}`, [440, 280], store);
  }
  await frame.close();

  const made = readdirSync(store).sort();
  assert.deepEqual(made, ['1-new-tab.png', '2-break.png', '3-popup.png', '4-pack.png', '5-options.png', '6-welcome.png',
    'promo-440x280-de.png', 'promo-440x280-en.png', 'promo-440x280-es.png', 'promo-440x280-fr.png']);
  for (const file of made.filter((f) => !f.startsWith('promo'))) assertSize(new URL(file, store), 1280, 800);
});
