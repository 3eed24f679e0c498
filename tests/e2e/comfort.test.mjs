// Comfort: the theme follows the system unless the user picks one, and demos
// stay still (poster and play button) when the system or the user asks for less motion.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, until } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT = 'rgb(246, 244, 239)';
const DARK = 'rgb(21, 27, 29)';

test('the theme follows the system, and a theme chosen in settings wins on every page', async () => {
  const page = await browser.newTab();
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await background(page), DARK);
  await page.emulateMedia({ colorScheme: 'light' });
  assert.equal(await background(page), LIGHT);

  const options = await browser.options();
  await options.locator('#theme').selectOption('dark');
  await until(async () => (await options.evaluate(() => chrome.storage.sync.get('settings'))).settings?.theme === 'dark');
  assert.equal(await background(options), DARK);
  const next = await browser.newTab();
  assert.equal(await next.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await background(next), DARK, 'dark although the system is light');
  await options.locator('#theme').selectOption('system');
  await until(async () => (await options.evaluate(() => chrome.storage.sync.get('settings'))).settings?.theme === 'system');
  await Promise.all([page.close(), next.close(), options.close()]);
});

async function demoOf(page) {
  const video = page.locator('#next-demo video');
  await video.waitFor();
  return video.evaluate((v) => ({ autoplay: v.autoplay, controls: v.controls, paused: v.paused, poster: v.getAttribute('poster') }));
}

test('with reduced motion asked for by the system, demos show their poster and wait for play', async () => {
  const page = await browser.context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('chrome://newtab');
  const demo = await demoOf(page);
  assert.equal(demo.autoplay, false);
  assert.equal(demo.controls, true);
  assert.equal(demo.paused, true);
  assert.match(demo.poster, /\.webp$/);
  await page.close();
});

test('the reduced-motion setting does the same on a system that does not ask for it', async () => {
  const moving = await browser.newTab();
  assert.equal((await demoOf(moving)).autoplay, true);
  const options = await browser.options();
  await options.locator('#reduceMotion').check();
  await until(async () => (await options.evaluate(() => chrome.storage.sync.get('settings'))).settings?.reduceMotion === true);
  const still = await browser.newTab();
  const demo = await demoOf(still);
  assert.equal(demo.autoplay, false);
  assert.equal(demo.paused, true);
  await Promise.all([moving.close(), still.close(), options.close()]);
});

test('no page logged an error', () => {
  assert.deepEqual(browser.problems, []);
});
