// The wasm build of the core, driven through the ES module the extension uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startCore, readPack, distCore } from './load-core.mjs';

const PACK = 'lower-back-tension-release.json';
// 2026-11-23, a Monday, 10:00 in Berlin.
const MONDAY_TEN = { utc: Date.UTC(2026, 10, 23, 9, 0), offset: 60 };

test('a valid pack loads and the first exercise is its first one', async () => {
  const core = await startCore();
  const summary = core.addPack(`packs/${PACK}`, readPack(PACK));
  assert.equal(summary.id, 'lower-back-tension-release');
  assert.equal(summary.exerciseCount, 15);
  const { exercise, rotation } = core.next({ seed: 3, now: MONDAY_TEN });
  assert.equal(exercise.packId, 'lower-back-tension-release');
  assert.equal(exercise.position, 'sitting');
  assert.ok(exercise.steps.length >= 2 && exercise.steps.length <= 5);
  assert.notEqual(core.next({ rotation, seed: 3, now: MONDAY_TEN }).exercise.id, exercise.id);
});

test('a broken pack throws an Error carrying every problem, and the module keeps working', async () => {
  const { CoreError } = await import(new URL('limber-core.js', distCore));
  const core = await startCore();
  const pack = JSON.parse(readPack(PACK));
  pack.exercises[3].seconds = 'thirty';
  pack.exercises[5].side = 'up';
  delete pack.title;
  assert.throws(
    () => core.addPack('packs/broken.json', JSON.stringify(pack)),
    (error) => {
      assert.ok(error instanceof CoreError);
      assert.ok(error instanceof Error);
      assert.match(error.message, /packs\/broken\.json: exercises\[3\]\.seconds: expected a whole number of seconds from 5 to 600, got "thirty"/);
      assert.match(error.message, /packs\/broken\.json: exercises\[5\]\.side: expected one of/);
      assert.match(error.message, /packs\/broken\.json: title: missing/);
      assert.equal(error.problems.length, 3);
      assert.deepEqual(error.problems.find((p) => p.path === 'exercises[5].side'), {
        path: 'exercises[5].side', code: 'wrong',
        expected: { code: 'one-of', args: [['none', 'left', 'right', 'both']] }, found: { code: 'value', args: ['"up"'] },
      });
      assert.match(error.message, /exercises\[5\]\.side: expected one of "none", "left", "right", or "both", got "up"/);
      return true;
    },
  );
  assert.throws(() => core.addPack('packs/garbage.json', '{"id": [}'), /packs\/garbage\.json: is not JSON from line 1, column 9/);
  // The same module still answers after refusing bad input.
  core.addPack(`packs/${PACK}`, readPack(PACK));
  assert.equal(core.packs().length, 1);
  assert.throws(() => core.loadHistory({ history: 'nope' }), /loadHistory\.history: expected a list/);
  assert.throws(() => core.schedule({ now: { utc: 'soon' } }), /schedule\.now\.utc: expected a time/);
  assert.throws(() => core.pack('missing'), /no pack has the id "missing"/);
  assert.equal(core.next({}).exercise.packId, 'lower-back-tension-release');
});

test('a break plan, its record and the day it counts for', async () => {
  const core = await startCore();
  core.addPack(`packs/${PACK}`, readPack(PACK));
  const { plan } = core.plan({ first: 'leg-hugs', settings: { breakSeconds: 120 } });
  assert.equal(plan.exercises[0].id, 'leg-hugs');
  assert.ok(plan.totalSeconds >= 96 && plan.totalSeconds <= 144, `total ${plan.totalSeconds}`);
  const ids = plan.exercises.map((e) => e.id);
  for (const [i, e] of plan.exercises.entries()) {
    if (e.side === 'left') assert.equal(ids[i + 1], e.partner, 'a left exercise is followed by its right partner');
  }
  const { record, rotation, schedule } = core.finishBreak({
    id: 'r1', start: MONDAY_TEN.utc - 120_000, now: MONDAY_TEN, done: ids, endedEarly: false,
  });
  assert.equal(record.outcome, 'completed');
  assert.equal(record.day, '2026-11-23');
  assert.deepEqual(record.packs, ['lower-back-tension-release']);
  assert.equal(rotation.seen['leg-hugs'][0], 1);
  assert.equal(schedule.status, 'waiting');
  assert.equal(schedule.minutesLeft, 45);
  const { unreadable } = core.loadHistory({ history: [record, { broken: true }] });
  assert.deepEqual(unreadable, [1]);
  const { stats } = core.stats({ now: MONDAY_TEN });
  assert.equal(stats.today.completed, 1);
  assert.equal(stats.currentStreak, 1);
  // At 23:00 on the 22nd in Honolulu the break is tomorrow's.
  assert.equal(core.stats({ now: { utc: MONDAY_TEN.utc, offset: -600 } }).stats.today.completed, 0);
});

test('stored settings are made whole and a bad field is reported', async () => {
  const core = await startCore();
  const { settings, problems } = core.settings({ breakSeconds: 'long', positions: ['sitting'] });
  assert.equal(settings.breakSeconds, 120);
  assert.deepEqual(settings.positions, ['sitting']);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].path, 'settings.breakSeconds');
  assert.equal(core.settings(undefined).settings.breakSeconds, 120);
});

test('control characters in a value come back escaped, as JSON writes them (the wasm build writes its own hex)', async () => {
  const core = await startCore();
  const { problems } = core.settings({ place: 'a\u0001b\u001fc' });
  assert.deepEqual(problems[0].found.args, ['"a\\u0001b\\u001fc"']);
});

// web/small_strtod.cpp, the wasm build's own: a number it reads comes back as the same double.
test('numbers with a fraction or an exponent are read exactly (the wasm build reads its own)', async () => {
  const core = await startCore();
  const read = (x) => Number(core.settings({ place: x }).problems[0].found.args[0]);
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 3000; i++) {
    // From 1 to 17 significant digits, from 10^-290 to 10^300.
    const x = Number((random() * 10 ** (Math.floor(random() * 590) - 290)).toPrecision(1 + (i % 17)));
    assert.equal(read(x), x, `${x}`);
  }
  for (const x of [0.1, 120.5, -0.25, 1e-7, 123456789.125, 0.30000000000000004, 1e22, 1e23, 1.7976931348623157e308]) {
    assert.equal(read(x), x, `${x}`);
  }
});

test('the time as the browser gives it', async () => {
  const { nowFromClock } = await import(new URL('limber-core.js', distCore));
  const now = nowFromClock(new Date(Date.UTC(2026, 10, 23, 9, 0)));
  assert.equal(now.utc, Date.UTC(2026, 10, 23, 9, 0));
  assert.equal(now.offset, -new Date(now.utc).getTimezoneOffset());
});

test('skips stop when the daily budget is spent, with the core\'s message', async () => {
  const core = await startCore();
  let state = null;
  const settings = { skipBudget: 1 };
  ({ state } = core.skip({ settings, state, now: MONDAY_TEN, id: 'k1' }));
  assert.throws(() => core.skip({ settings, state, now: MONDAY_TEN, id: 'k2' }), /no skips left today/);
});

test('text beyond ASCII crosses into the core and back unchanged, and what is not text is refused', async () => {
  // web/embind_strings.js encodes a request into room for ASCII first and moves
  // to larger room at the first other character: here at the very start and
  // after the whole pack's ASCII, with characters of two, three and four bytes.
  const core = await startCore();
  const pack = JSON.parse(readPack(PACK));
  const title = 'Schultern kreisen – ganz ruhig, Übung für Büro 🧘';
  const last = pack.exercises.at(-1);
  last.steps = [...last.steps.slice(0, 3), 'Rücken: 腰 stretch ✓ 🧘'];
  const text = JSON.stringify(Object.assign({ title }, pack, { title }));
  assert.ok(text.indexOf('🧘') < 80 && text.lastIndexOf('Rücken') > 10000, 'the characters are where the test wants them');
  core.addPack('packs/words.json', text);
  assert.equal(core.pack(pack.id).title, title);
  assert.equal(core.pack(pack.id).exercises.at(-1).steps.at(-1), 'Rücken: 腰 stretch ✓ 🧘');
  assert.equal(core.packs().find((p) => p.id === pack.id).title, title);
  assert.throws(() => core.setLanguage('ünglish'), (error) => JSON.stringify(error.problems).includes('ünglish'));
  assert.throws(() => core.removePack(7), /core failed in removePack/);
  assert.equal(core.packs().length, 1, 'the module keeps working');
});
