// The condition filter over the packaged packs, as the wasm core the extension
// ships answers it: for each condition, wherever the user is, hundreds of new tabs
// and dozens of break plans in a row never offer an exercise flagged for it, and
// what it allows still comes round. (The e2e test checks that the pages pass the
// setting through and never paint a flagged one, in fewer tabs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { startCore } from './load-core.mjs';

const { nowFromClock } = await import(new URL('../../dist/extension/core/limber-core.js', import.meta.url).href);

const english = JSON.parse(readFileSync(new URL('../../extension/_locales/en/messages.json', import.meta.url), 'utf8'));
const CONDITIONS = Object.keys(english).filter((key) => /^condition[A-Z]/.test(key) && !key.startsWith('conditionHides'))
  .map((key) => key.slice('condition'.length).replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase()));

const core = await startCore();
for (const file of readdirSync(new URL('../../packs/', import.meta.url)).filter((f) => f.endsWith('.json') && f !== 'schema.json')) {
  core.addPack(`packs/${file}`, readFileSync(new URL(`../../packs/${file}`, import.meta.url), 'utf8'));
}
const EXERCISES = core.packs().flatMap((pack) => core.pack(pack.id).exercises);
const MONDAY_TEN = Date.parse('2026-11-30T10:00:00');

test('every condition the options page offers is one the packs use', () => {
  assert.equal(CONDITIONS.length, 13);
  for (const condition of CONDITIONS) assert.ok(EXERCISES.some((e) => e.conditions.includes(condition)), condition);
});

for (const condition of CONDITIONS) {
  test(`a user with ${condition} is never offered an exercise flagged for it, in 360 new tabs and 36 breaks`, () => {
    const flagged = new Set(EXERCISES.filter((e) => e.conditions.includes(condition)).map((e) => e.id));
    const shown = new Set();
    for (const [seed, place] of ['desk', 'office', 'home'].entries()) {
      const settings = { avoid: [condition], place };
      let rotation;
      let now = MONDAY_TEN;
      for (let tab = 0; tab < 120; tab++) {
        const answer = core.next({ settings, rotation, now: nowFromClock(new Date(now)), seed });
        assert.ok(answer.exercise, `${place}: something is offered`);
        assert.ok(!flagged.has(answer.exercise.id), `${place}, tab ${tab}: ${answer.exercise.id} is flagged for ${condition}`);
        shown.add(answer.exercise.id);
        rotation = answer.rotation;
        now += 90_000;
        if (tab % 10 === 9) {
          const { plan } = core.plan({ settings, rotation, now: nowFromClock(new Date(now)), seed, first: answer.exercise.id });
          assert.ok(plan.exercises.length > 0);
          for (const exercise of plan.exercises) {
            assert.ok(!flagged.has(exercise.id), `${place}: a break held ${exercise.id}, flagged for ${condition}`);
          }
        }
      }
    }
    assert.ok(shown.size >= 10, `${condition}: what it allows still comes round (${shown.size} exercises)`);
  });
}
