// Chromium's own view of the extension, as chrome://extensions shows it: no
// install warnings, no manifest errors, and no runtime errors after every page
// and the service worker have run.
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

test('Chromium loads Limber with no warnings or errors', async () => {
  const worker = await browser.serviceWorker();
  for (const page of [await browser.newTab(), await browser.options(), await browser.open('pack.html?id=eye-breaks'),
    await browser.open('popup.html'), await browser.open('welcome.html')]) {
    await page.waitForLoadState('load');
    await page.close();
  }
  const extensions = await browser.context.newPage();
  await extensions.goto('chrome://extensions');
  const info = await extensions.evaluate((id) => new Promise((resolve) => chrome.developerPrivate.getExtensionInfo(id, resolve)),
    new URL(worker.url()).host);
  assert.equal(info.name, 'Limber');
  assert.equal(info.state, 'ENABLED');
  assert.deepEqual(info.installWarnings, []);
  // What the install dialog warns of: the new tab and notifications, nothing
  // more (unlimitedStorage, which keeps history from filling 10 MB, adds no warning;
  // nor does search, for the new tab's search box; topSites is only asked for later).
  assert.deepEqual(info.permissions.simplePermissions.map((p) => p.message),
    ['Replace the page you see when opening a new tab', 'Display notifications']);
  assert.deepEqual(info.manifestErrors, []);
  assert.deepEqual(info.runtimeErrors, []);
  assert.deepEqual(browser.problems, []);
});
