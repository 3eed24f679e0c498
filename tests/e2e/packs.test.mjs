// Pack pages, offline inside the extension: every section, every exercise with a
// demo video that plays, no request to any other server, a user's own pack's
// remote demo with its packaged fallback, and "Start this pack".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, PACKS, EXTENSION, extensionCopy } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

// A pack's exercises as its page lists them: in the pack's order, a right (or
// left) partner moved up beside the first of its pair.
function paired(exercises) {
  const out = [];
  for (const exercise of exercises) {
    if (out.includes(exercise)) continue;
    out.push(exercise, ...exercises.filter((e) => e.id === exercise.partner && !out.includes(e)));
  }
  return out;
}

test('the pack list shows every pack as a card: poster, summary, size, positions and whether the settings leave it on', async () => {
  const page = await browser.open('pack.html');
  await page.locator('#pack-list li').first().waitFor();
  assert.deepEqual((await page.locator('#pack-list a').allTextContents()).sort(), PACKS.map((p) => p.title).sort());
  const card = (id) => page.locator('#pack-list li', { has: page.locator(`a[href="pack.html?id=${id}"]`) });
  // Chin tucks and the shoulder blade squeeze are micro-breaks, which long breaks leave out.
  assert.match(await card('neck-and-shoulders').textContent(), /10 exercises · about \d+ min · Sitting.*On: 8 exercises come up/);
  assert.match(await card('evening-wind-down').locator('.standing').textContent(), /Nothing of it is offered/, 'a floor pack, at a desk');
  assert.equal(await page.locator('#pack-list li img').count(), PACKS.length);
  assert.ok(await page.locator('#pack-list li img').evaluateAll((images) => images.every((i) => i.complete && i.naturalWidth > 0)));
  await page.close();
});

test('a pack page keeps each left and right pair together, folds its long sections and keeps Start this pack in reach', async () => {
  const page = await browser.open('pack.html?id=lower-back-tension-release');
  await page.locator('#pack').waitFor({ state: 'visible' });
  const names = await page.locator('#pack-exercises h3').allTextContents();
  const left = names.findIndex((n) => /^Left Arm Across Leg Pull/.test(n));
  assert.ok(left >= 0 && /^Right Arm Across Leg Pull/.test(names[left + 1]), names.join(' | '));
  assert.equal(await page.locator('details.fold[open]').count(), 0, 'why and about fold open on demand');
  await page.locator('details.fold summary').first().click();
  assert.equal(await page.locator('#pack-why').isVisible(), true);
  await page.locator('#pack-faq').scrollIntoViewIfNeeded();
  await page.locator('#start-bar[data-shown="true"]').waitFor();
  assert.equal(await page.locator('#start-pack-bar').isVisible(), true);
  const box = await page.locator('#start-pack-bar').boundingBox();
  assert.ok(box && box.y + box.height <= page.viewportSize().height, 'in the window');
  await page.close();
});

test('every pack page shows all its sections, and every exercise with a demo video that plays', async () => {
  await browser.context.setOffline(true);
  try {
    for (const pack of PACKS) {
      const page = await browser.open(`pack.html?id=${pack.id}`);
      await page.locator('#pack').waitFor({ state: 'visible' });
      assert.equal(await page.locator('#pack-title').textContent(), pack.title);
      assert.equal(await page.locator('#pack-when').textContent(), pack.whenToUse);
      assert.equal(await page.locator('#pack-why').textContent(), pack.whyItHappens);
      assert.equal(await page.locator('#pack-about').textContent(), pack.about);
      assert.deepEqual(await page.locator('#pack-skip li').allTextContents(), pack.skipIf);
      assert.deepEqual(await page.locator('#pack-red-flags li').allTextContents(), pack.redFlags ?? []);
      assert.deepEqual(await page.locator('#pack-who dt').allTextContents(), pack.whoItIsFor.map((g) => g.goal));
      assert.deepEqual(await page.locator('#pack-faq summary').allTextContents(), pack.faq.map((q) => q.question));
      assert.deepEqual(await page.locator('#pack-exercises h3').allTextContents(), paired(pack.exercises).map((e) => e.name));
      await page.waitForFunction(() => [...document.querySelectorAll('#pack-exercises video')].every((v) => v.readyState >= 2),
        null, { timeout: 15_000 });
      const videos = await page.locator('#pack-exercises video').evaluateAll((list) =>
        list.map((v) => ({ src: v.getAttribute('src'), ready: v.readyState, error: v.error?.code ?? null, width: v.videoWidth })));
      assert.deepEqual(videos.map((v) => v.src), paired(pack.exercises).map((e) => e.demo.video), `${pack.id}: one demo per exercise`);
      for (const video of videos) {
        assert.ok(video.ready >= 2 && video.error === null && video.width >= 480, `${pack.id}: ${video.src} plays at ${video.width} px`);
      }
      await page.close();
    }
  } finally {
    await browser.context.setOffline(false);
  }
});

test('demo videos and posters stay within their size budgets', () => {
  let total = 0;
  for (const pack of PACKS) {
    for (const exercise of pack.exercises) {
      const bytes = readFileSync(`${EXTENSION}/${exercise.demo.video}`).length;
      assert.ok(bytes <= 250 * 1024, `${exercise.demo.video}: ${bytes} bytes`);
      total += bytes + readFileSync(`${EXTENSION}/${exercise.demo.poster}`).length;
    }
  }
  assert.ok(total <= 15 * 1024 * 1024, `${total} bytes of demos`);
});

test('online, no pack page or new tab asks anything of another server', async () => {
  const outside = [];
  const watch = (page) => page.on('request', (request) => {
    if (!/^(chrome-extension|data|blob|chrome):/.test(request.url())) outside.push(`${page.url()}: ${request.url()}`);
  });
  for (const file of ['pack.html', ...PACKS.map((pack) => `pack.html?id=${pack.id}`)]) {
    const page = await browser.context.newPage();
    watch(page);
    const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    await page.goto(new URL(file, worker.url()).href);
    await page.locator(file.includes('?') ? '#pack' : '#pack-list li').first().waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    await page.close();
  }
  const tab = await browser.context.newPage();
  watch(tab);
  await tab.goto('chrome://newtab');
  await tab.locator('#next').waitFor({ state: 'visible' });
  await tab.waitForLoadState('networkidle');
  await tab.close();
  assert.deepEqual(outside, []);
});

test('a user\'s own pack may name a remote demo: it plays when it loads, and offline the packaged one shows', async () => {
  // A pack of the user's own, with one of Limber's packaged videos as its fallback.
  const pack = JSON.parse(readFileSync(new URL('../fixtures/remote-demo-pack.json', import.meta.url), 'utf8'));
  pack.demo = { ...PACKS[0].exercises[0].demo, remoteUrl: pack.demo.remoteUrl };
  const options = await browser.options();
  await options.locator('#custom-file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
  await options.locator('#custom-result', { hasText: 'Added' }).waitFor();
  await options.close();
  // Stands in for the user's server: the page asks for the https address, and gets a video.
  await browser.context.route(pack.demo.remoteUrl, (route) => route.fulfill({
    contentType: 'video/webm', body: readFileSync(`${EXTENSION}/${pack.demo.video}`),
  }));
  let page = await browser.open(`pack.html?id=${pack.id}`);
  await page.waitForFunction((url) => document.querySelector('#pack-demo video')?.src === url, pack.demo.remoteUrl);
  await page.waitForFunction(() => document.querySelector('#pack-demo video').readyState >= 2);
  await browser.context.unroute(pack.demo.remoteUrl);
  await page.close();
  await browser.context.setOffline(true);
  try {
    page = await browser.open(`pack.html?id=${pack.id}`);
    await page.locator('#pack').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#pack-demo video').getAttribute('src'), pack.demo.video, 'offline, the packaged demo shows');
    await page.close();
  } finally {
    await browser.context.setOffline(false);
  }
});

test('"Start this pack" runs a break from that pack alone', async () => {
  const pack = PACKS.find((p) => p.id === 'wrists-and-forearms');
  const page = await browser.open(`pack.html?id=${pack.id}`);
  await page.locator('#start-pack').click();
  await page.locator('#break').waitFor({ state: 'visible' });
  const names = new Set(pack.exercises.map((e) => e.name));
  const count = Number((await page.locator('#break-count').textContent()).match(/of (\d+)/)[1]);
  for (let i = 0; i < count; i++) {
    assert.ok(names.has(await page.locator('#break-name').textContent()));
    await page.locator('#skip').click();
  }
  await page.locator('#done').waitFor({ state: 'visible' });
  await page.close();
});

// The packaged packs ship as one file, a pack a line (scripts/assemble.mjs): a line
// damaged in the install costs that pack alone, named; a missing file is named too.
test('a packaged pack damaged in the install is named and the others load; the packs\' file missing is named', async () => {
  const dir = extensionCopy(() => {});
  const file = join(dir, 'packs', 'packaged.jsonl');
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  const damaged = JSON.parse(lines[0]).files.indexOf('eye-breaks.json') + 1;
  lines[damaged] = lines[damaged].slice(0, 200);
  writeFileSync(file, `${lines.join('\n')}\n`);
  let other = await launch({ extension: dir });
  try {
    const options = await other.open('options.html');
    await options.locator('#problems', { hasText: 'packs/eye-breaks.json' }).waitFor();
    const list = await other.open('pack.html');
    await list.locator('#pack-list li').first().waitFor();
    const titles = PACKS.filter((p) => p.id !== 'eye-breaks').map((p) => p.title).sort();
    assert.deepEqual((await list.locator('#pack-list a').allTextContents()).sort(), titles);
  } finally {
    await other.close();
  }
  rmSync(file);
  other = await launch({ extension: dir });
  try {
    const options = await other.open('options.html');
    await options.locator('#problems', { hasText: 'packs/packaged.jsonl could not be read' }).waitFor();
    assert.equal(await options.locator('#settings').isVisible(), true, 'the settings stay in reach');
  } finally {
    await other.close();
  }
});

test('no page logged an error', () => {
  assert.deepEqual(browser.problems, []);
});
