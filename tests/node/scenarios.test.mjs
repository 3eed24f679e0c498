// Replays tests/scenarios/*.json in the wasm build: every engine call must give,
// byte for byte, the answer recorded there. The GoogleTest suite replays the same
// files natively, so the two builds answer identically.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { distCore } from './load-core.mjs';

const root = new URL('../../', import.meta.url);
const scenarios = new URL('tests/scenarios/', root);
const { default: createLimberCore } = await import(new URL('limber_core.js', distCore));
const wasmBinary = readFileSync(new URL('limber_core.wasm', distCore));

const files = readdirSync(scenarios).filter((file) => file.endsWith('.json')).sort();
assert.ok(files.length >= 4, 'the scenarios are there');

for (const file of files) {
  test(`scenario ${file}: wasm answers match the recorded ones`, async () => {
    const scenario = JSON.parse(readFileSync(new URL(file, scenarios), 'utf8'));
    const module = await createLimberCore({ wasmBinary });
    const engine = new module.Engine();
    for (const pack of scenario.packs) {
      assert.doesNotMatch(engine.addPack(readFileSync(new URL(`packs/${pack}`, root), 'utf8'), false), /"error"/);
    }
    for (const [i, step] of scenario.steps.entries()) {
      // The recorded answer, written compactly, is what the native build prints too.
      assert.equal(engine[step.call](JSON.stringify(step.request)), JSON.stringify(step.answer), `${file} step ${i} (${step.call})`);
    }
    engine.delete();
  });
}
