// The Chrome Web Store listing, in store/listing/<lang>.txt for each language the
// extension speaks: the first line is the short description (the manifest's own,
// extDescription, which the store shows: at most 132 characters), then the
// detailed description (at most 16,000). Its bullets are the features it promises,
// the same in every language: each is matched here, in order, to the product that
// keeps the promise, and every number a bullet gives is the product's own. A new
// bullet fails until it is given its check; prose around the bullets names no number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startCore } from './load-core.mjs';

const root = new URL('../../', import.meta.url).pathname;
const read = (...path) => readFileSync(join(root, ...path), 'utf8');
const languages = readdirSync(join(root, 'extension', '_locales')).sort();
const messages = (lang) => JSON.parse(read('extension', '_locales', lang, 'messages.json'));
const manifest = JSON.parse(read('extension', 'manifest.json'));
const packs = readdirSync(join(root, 'packs')).filter((f) => f.endsWith('.json') && f !== 'schema.json').map((f) => JSON.parse(read('packs', f)));
const exercises = packs.flatMap((pack) => pack.exercises);
const page = (file) => read('extension', file);

function listing(lang) {
  const text = read('store', 'listing', `${lang}.txt`);
  const [short, blank, ...rest] = text.split('\n');
  const detailed = rest.join('\n').trim();
  const bullets = detailed.split('\n').filter((line) => line.startsWith('• ')).map((line) => line.slice(2));
  const prose = detailed.split('\n').filter((line) => line && !line.startsWith('• '));
  return { text, short, blank, detailed, bullets, prose };
}
const numbers = (line) => (line.match(/\d+/g) ?? []).map(Number);

const { settings: defaults } = (await startCore()).settings({});

// Each bullet, in order: the numbers it gives (the product's), and what shows the product keeps it.
const FEATURES = [
  ['the new tab: the next exercise with its demo video, steps, position and length', [], () => {
    assert.equal(manifest.chrome_url_overrides.newtab, 'newtab.html');
    for (const id of ['next-name', 'next-steps', 'next-demo']) assert.match(page('newtab.html'), new RegExp(`id="${id}"`));
    assert.ok(exercises.every((e) => e.demo?.video?.endsWith('.webm')), 'every exercise has a demo video');
  }],
  ['a guided break in a focus view: countdown, pause, skip, end, get ready, switch sides, a tone', [], () => {
    for (const key of ['cueGetReady', 'cueSwitchSides', 'pause', 'endBreak', 'changeSoundLabel']) assert.ok(messages('en')[key], key);
    assert.ok(existsSync(join(root, 'extension', 'lib', 'chime.js')));
    assert.match(page('newtab.html'), /id="countdown"/);
  }],
  ['reminders every N minutes in working hours: notification with start and snooze, the badge', [defaults.intervalMinutes], () => {
    assert.ok(['alarms', 'notifications'].every((p) => manifest.permissions.includes(p)));
    assert.match(page('service-worker.js'), /buttons: \[\{ title: t\('startBreak'\) \}, \{ title: t\('snoozeMinutes'/);
    assert.match(page('service-worker.js'), /setBadgeText/);
  }],
  ['micro-breaks of N seconds every N minutes, a quiet notification', [defaults.microSeconds, defaults.microMinutes], () => {
    assert.equal(defaults.microBreaks, true, 'on by default');
    assert.ok(exercises.some((e) => e.micro));
  }],
  ['time away counts, no reminder over a full-screen window', [], () => {
    assert.ok(manifest.permissions.includes('idle'));
    assert.match(page('service-worker.js'), /state === 'fullscreen'/);
  }],
  ['the popup: schedule, today, streak, pause for an hour, two, or to the next working day', [], () => {
    assert.equal(manifest.action.default_popup, 'popup.html');
    for (const pause of ['hour', 'two-hours', 'next-working-day']) assert.match(page('popup.html'), new RegExp(`data-pause="${pause}"`));
  }],
  ['N packs, N exercises, sitting, standing, on the floor, the themes named', [packs.length, exercises.length], () => {
    assert.deepEqual([...new Set(exercises.map((e) => e.position))].sort(), ['floor', 'sitting', 'standing']);
    for (const theme of ['lower-back', 'neck-and-shoulders', 'wrists-and-forearms', 'eye', 'hips', 'morning-wake-up', 'evening-wind-down']) {
      assert.ok(packs.some((p) => p.id.startsWith(theme)), theme);
    }
  }],
  ['conditions to avoid: disc injury, pregnancy, wrist pain and more', [], () => {
    for (const key of ['conditionDiscInjury', 'conditionPregnancy', 'conditionWristPain']) assert.ok(messages('en')[key], key);
    assert.match(page('options.html'), /data-setting="avoid"/);
  }],
  ['history: streak, daily goal, a chart of N days, export and import', [30], () => {
    assert.match(messages('en').chartTitle.message, /\b30 days\b/);
    for (const id of ['figure-streak', 'dailyGoal', 'chart', 'export', 'import-file']) assert.match(page('options.html'), new RegExp(`id="${id}"`));
  }],
  ['packs of your own from a JSON file and a template', [], () => {
    assert.ok(existsSync(join(root, 'extension', 'own-pack-template.json')));
  }],
  ['a welcome of three skippable questions', [], () => {
    assert.equal((page('welcome.html').match(/<section id="step-(hours|place|needs)"/g) ?? []).length, 3);
    assert.match(page('welcome.html'), /id="step-skip"/);
  }],
  ['four languages, light and dark', [], () => {
    assert.deepEqual(languages, ['de', 'en', 'es', 'fr']);
    assert.match(read('extension', 'styles', 'limber.css'), /light-dark\(/);
  }],
  ['private: no account, no server, no analytics; the privacy page', [], () => {
    assert.ok(existsSync(join(root, 'extension', 'privacy.html')));
    assert.equal(manifest.host_permissions, undefined);
    assert.equal(manifest.content_scripts, undefined);
  }],
];

test('a listing in each language the extension speaks', () => {
  assert.deepEqual(readdirSync(join(root, 'store', 'listing')).sort(), languages.map((lang) => `${lang}.txt`));
});

test('each short description is the manifest\'s own, within the 132 characters the Web Store allows', () => {
  for (const lang of languages) {
    const { short, blank } = listing(lang);
    assert.equal(short, messages(lang).extDescription.message, `${lang}: the first line is extDescription`);
    assert.ok([...short].length <= 132, `${lang}: ${[...short].length} characters`);
    assert.equal(blank, '', `${lang}: a blank line after it`);
  }
});

test('each detailed description fits the Web Store (at most 16,000 characters) and says it is not medical advice', () => {
  for (const lang of languages) {
    const { detailed } = listing(lang);
    assert.ok([...detailed].length > 1000 && [...detailed].length <= 16_000, `${lang}: ${[...detailed].length} characters`);
    assert.ok(detailed.includes(messages(lang).footnote.message.split('.')[0]), `${lang}: the footnote's first sentence`);
  }
});

test('every feature a listing names is one the product keeps, with the product\'s own numbers', () => {
  for (const [about, , holds] of FEATURES) {
    try {
      holds();
    } catch (error) {
      assert.fail(`"${about}": ${error.message}`);
    }
  }
  for (const lang of languages) {
    const { bullets, prose } = listing(lang);
    assert.equal(bullets.length, FEATURES.length, `${lang}: one bullet for each checked feature`);
    bullets.forEach((bullet, i) => {
      assert.deepEqual(numbers(bullet).sort((a, b) => a - b), [...FEATURES[i][1]].sort((a, b) => a - b), `${lang}, bullet ${i + 1} (${FEATURES[i][0]}): "${bullet}"`);
    });
    for (const line of prose) assert.deepEqual(numbers(line), [], `${lang}: a number outside the checked bullets: "${line}"`);
  }
});

test('no listing leaves a sentence in English', () => {
  const english = new Set(listing('en').bullets);
  for (const lang of languages.filter((l) => l !== 'en')) {
    assert.deepEqual(listing(lang).bullets.filter((b) => english.has(b)), [], lang);
  }
});
