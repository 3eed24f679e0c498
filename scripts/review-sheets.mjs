// Writes one review sheet per exercise into build/sheets/: its name, pack, side,
// steps and eight moments of its demo on one image, so that a person can check
// every demo against what its steps say in minutes. build/sheets/index.html
// shows them all.
//   node scripts/review-sheets.mjs [--only id,id] [--lang de]
// Needs a build (scripts/build) for build/native/demos/limber-demos, and
// Chromium (scripts/setup --test) to lay the sheets out.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'build', 'sheets');
const strips = join(out, 'strips');
const option = (name) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const only = option('only');
const lang = option('lang') ?? 'en';
const FRAMES = 8;

const text = (value) => (typeof value === 'string' ? value : value?.[lang] ?? value?.en ?? '');
const escape = (value) => String(value).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

rmSync(strips, { recursive: true, force: true });
mkdirSync(strips, { recursive: true });
execFileSync(join(root, 'build/native/demos/limber-demos'),
  ['frames', '--packs', join(root, 'packs'), '--out', strips, '--count', String(FRAMES), ...(only ? ['--only', only] : [])],
  { stdio: 'inherit' });

const exercises = [];
for (const file of readdirSync(join(root, 'packs')).filter((f) => f.endsWith('.json') && f !== 'schema.json').sort()) {
  const pack = JSON.parse(readFileSync(join(root, 'packs', file), 'utf8'));
  for (const exercise of pack.exercises) {
    if (only && !only.split(',').includes(exercise.id)) continue;
    exercises.push({ pack: text(pack.title), ...exercise });
  }
}

function sheet(exercise, seconds) {
  const moments = Array.from({ length: FRAMES }, (_, i) => `<span style="left:${(i % 4) * 25}%;top:${Math.floor(i / 4) * 50}%">${((seconds * i) / FRAMES).toFixed(1)} s</span>`).join('');
  const mirrored = exercise.side === 'right' && !exercise.motion ? ` (the mirror image of ${escape(exercise.partner)})` : '';
  return `<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; font: 18px/1.45 system-ui, sans-serif; color: #1f2a2e; background: #f6f4ef; width: 2240px; }
    header { padding: 24px 32px 8px; display: flex; gap: 48px; }
    h1 { margin: 0; font-size: 34px; } .meta { color: #55646a; margin: 4px 0 0; }
    ol { margin: 0; padding-left: 24px; max-width: 1200px; } li + li { margin-top: 4px; }
    .strip { position: relative; margin: 8px 0 0; background: #fff; }
    .strip img { display: block; width: 2240px; }
    .strip span { position: absolute; margin: 10px 14px; font-size: 20px; color: #55646a; }
  </style><header><div><h1>${escape(text(exercise.name))}</h1>
    <p class="meta">${escape(exercise.pack)} · ${escape(exercise.id)} · ${escape(exercise.position)}, side: ${escape(exercise.side)}${mirrored} · loop ${seconds.toFixed(1)} s</p></div>
    <ol>${exercise.steps.map((s) => `<li>${escape(text(s))}</li>`).join('')}</ol></header>
    <div class="strip"><img src="strips/${escape(exercise.id)}.png">${moments}</div>`;
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 2240, height: 1100 } });
const made = [];
for (const exercise of exercises) {
  const seconds = Number(readFileSync(join(strips, `${exercise.id}.txt`), 'utf8'));
  const html = join(out, `${exercise.id}.html`);
  writeFileSync(html, sheet(exercise, seconds));
  await page.goto(pathToFileURL(html).href);
  await page.screenshot({ path: join(out, `${exercise.id}.png`), fullPage: true });
  made.push(exercise.id);
}
await browser.close();
writeFileSync(join(out, 'index.html'), `<!doctype html><meta charset="utf-8"><title>Limber demo review</title>
  <style>body{margin:0;background:#ddd}img{display:block;width:100%;margin-bottom:12px}</style>
  ${made.map((id) => `<img src="${id}.png" alt="${id}">`).join('\n')}`);
console.log(`review sheets: ${made.length} in build/sheets/ (open build/sheets/index.html)`);
