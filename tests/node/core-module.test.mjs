// The wasm build of the core, driven through the ES module the extension uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startCore, readPack, distCore } from './load-core.mjs';

const PACK = 'lower-back-tension-release.json';

test('a valid pack loads and the first exercise is its first one', async () => {
  const core = await startCore();
  const summary = core.addPack(`packs/${PACK}`, readPack(PACK));
  assert.equal(summary.id, 'lower-back-tension-release');
  assert.equal(summary.exerciseCount, 15);
  const { exercise, rotation } = core.next({});
  assert.equal(exercise.name, 'Bent Left Leg Foot Reach');
  assert.equal(exercise.position, 'sitting');
  assert.ok(exercise.steps.length >= 2 && exercise.steps.length <= 5);
  assert.equal(core.next({ rotation }).exercise.name, 'Bent Right Leg Foot Reach');
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
      assert.match(error.message, /packs\/broken\.json: exercises\[3\]\.seconds: expected a positive whole number of seconds/);
      assert.match(error.message, /packs\/broken\.json: exercises\[5\]\.side: expected one of/);
      assert.match(error.message, /packs\/broken\.json: title: missing/);
      assert.equal(error.problems.length, 3);
      return true;
    },
  );
  assert.throws(() => core.addPack('packs/garbage.json', '{"id": [}'), /packs\/garbage\.json: \(top level\): is not valid JSON/);
  // The same module still answers after refusing bad input.
  core.addPack(`packs/${PACK}`, readPack(PACK));
  assert.equal(core.packs().length, 1);
  assert.throws(() => core.stats({ history: 'nope', today: '2026-11-22' }), /stats\.history: expected a list/);
  assert.throws(() => core.pack('missing'), /no pack has the id "missing"/);
  assert.equal(core.next({}).exercise.id, 'bent-left-leg-foot-reach');
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
  const { record, rotation } = core.finishBreak({
    id: 'r1', start: 1_000, end: 121_000, day: '2026-11-22', done: ids, endedEarly: false,
  });
  assert.equal(record.outcome, 'completed');
  assert.deepEqual(record.packs, ['lower-back-tension-release']);
  assert.equal(rotation.lastSeen['leg-hugs'] > 0, true);
  const stats = core.stats({ history: [record, { broken: true }], today: '2026-11-22' });
  assert.equal(stats.breaksToday, 1);
  assert.equal(stats.unreadable, 1);
  assert.equal(core.stats({ history: [record], today: '2026-11-23' }).breaksToday, 0);
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
