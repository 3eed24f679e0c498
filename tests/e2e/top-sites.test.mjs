// The most visited sites on the new tab, once the user has granted the optional
// topSites permission: Chrome's own list from the browsing history, shown as links
// whose titles enter the page as text only. A grant cannot be clicked through in a
// test (Chromium asks in a dialog), so a copy of the extension holds topSites from
// install, as a grant leaves it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { launch, until, extensionCopy } from './browser.mjs';

const titles = { wiki: '<b>Team wiki</b>', tickets: 'Ticket queue' };
const server = createServer((request, response) => {
  response.setHeader('content-type', 'text/html; charset=utf-8');
  response.end(`<!doctype html><title>${titles[request.url.slice(1)] ?? 'Elsewhere'}</title><p>page`);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
let browser;
after(async () => {
  await browser?.close();
  server.close();
});

test('with topSites granted, the new tab shows the most visited sites as links, their titles as text', async () => {
  browser = await launch({
    extension: extensionCopy((manifest) => {
      manifest.permissions.push('topSites');
      manifest.optional_permissions = manifest.optional_permissions.filter((permission) => permission !== 'topSites');
    }),
  });
  const page = await browser.context.newPage();
  for (const path of ['wiki', 'tickets', 'wiki', 'tickets', 'wiki']) await page.goto(`${origin}/${path}`);
  await page.close();
  // Chrome counts the visits into its list a moment later.
  const tab = await until(async () => {
    const opened = await browser.newTab();
    if ((await opened.locator('#top-sites a').count()) >= 2) return opened;
    await opened.close();
    return false;
  }, { timeout: 30_000, interval: 500 });
  assert.equal(await tab.locator('#top-sites').isVisible(), true);
  const links = await tab.locator('#top-sites a').evaluateAll((anchors) => anchors.map((a) => ({ href: a.href, text: a.textContent })));
  assert.ok(links.some((link) => link.href === `${origin}/wiki` && link.text === '<b>Team wiki</b>'), JSON.stringify(links));
  assert.ok(links.some((link) => link.href === `${origin}/tickets` && link.text === 'Ticket queue'), JSON.stringify(links));
  assert.equal(await tab.locator('#top-sites b').count(), 0, 'a title is text, never markup');
  // The options page shows the row as on: the permission is the setting.
  const options = await browser.options();
  assert.equal(await options.locator('#topSites').isChecked(), true);
  // During a break the row goes, with everything else but the break.
  await tab.locator('#start-break').click();
  await tab.locator('#break').waitFor({ state: 'visible' });
  assert.equal(await tab.locator('#top-sites').isVisible(), false);
  assert.deepEqual(browser.problems, []);
});
