// Comfort: the theme follows the system unless the user picks one, and demos
// stay still (poster and play button) when the system or the user asks for less
// motion, and a break sounds a soft tone at each change only when asked to.
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
  assert.equal(demo.controls, false, 'no browser controls over the figure');
  assert.equal(demo.paused, true);
  assert.match(demo.poster, /\.webp$/);
  // One play button over the poster, named for the exercise; it plays, and a
  // click on the playing demo stops it and brings the button back.
  const name = await page.locator('#next-name').textContent();
  const play = page.getByRole('button', { name: `Play the demo of ${name}` });
  const [box, video] = await Promise.all([play.boundingBox(), page.locator('#next-demo video').boundingBox()]);
  assert.ok(box.width >= 48 && box.width < video.width / 4, `the button is ${box.width} px wide on a ${video.width} px demo`);
  await play.click();
  await page.waitForFunction(() => !document.querySelector('#next-demo video').paused);
  // paused turns false at once; the button goes with the 'play' event, a task later (seen in CI).
  await play.waitFor({ state: 'hidden', timeout: 2000 });
  await page.locator('#next-demo video').click();
  await play.waitFor({ state: 'visible' });
  assert.equal(await page.locator('#next-demo video').evaluate((v) => v.paused), true);
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

// Counts the notes the page starts, as Web Audio plays them.
function countTones() {
  const start = OscillatorNode.prototype.start;
  Object.defineProperty(window, 'limberTones', { value: { started: 0 } });
  OscillatorNode.prototype.start = function (...args) {
    window.limberTones.started += 1;
    return start.apply(this, args);
  };
}

test('a break sounds a soft tone at each change only when the setting is on', async () => {
  await browser.context.addInitScript(countTones);
  const tones = (page) => page.evaluate(() => window.limberTones.started);
  const quiet = await browser.newTab({ clock: true });
  await quiet.locator('#start-break').click();
  await quiet.clock.runFor(6_000);
  await quiet.locator('#skip').click();
  assert.equal(await tones(quiet), 0, 'off by default');
  await quiet.close();

  const options = await browser.options();
  await options.locator('#changeSound').check();
  await until(async () => (await options.evaluate(() => chrome.storage.sync.get('settings'))).settings?.changeSound === true);
  const page = await browser.newTab({ clock: true });
  await page.locator('#start-break').click();
  assert.equal(await tones(page), 0, 'not while getting ready');
  await page.clock.runFor(6_000);
  const first = await tones(page);
  assert.ok(first > 0, 'the first exercise begins with a tone');
  await page.locator('#skip').click();
  assert.equal(await tones(page), 2 * first, 'and so does the next');
  await options.locator('#changeSound').uncheck();
  await Promise.all([page.close(), options.close()]);
});

test('no page logged an error', () => {
  assert.deepEqual(browser.problems, []);
});
