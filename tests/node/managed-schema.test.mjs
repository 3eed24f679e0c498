// The schema of the organisation's policy (storage.managed_schema): in the form
// Chromium requires (it refuses to load an extension whose schema is not), and
// offering exactly the settings the core lets an organisation preset and lock,
// each with the type the core reads. The wasm core applies a policy the way the
// pages use it: loadPacks sets it, every settings read then follows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startCore } from './load-core.mjs';

const extension = new URL('../../extension/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', extension), 'utf8'));
const schema = JSON.parse(readFileSync(new URL(manifest.storage.managed_schema, extension), 'utf8'));

// Chromium's rules: each schema has exactly one of type and $ref, the top level is an
// object without additionalProperties, and only its types exist.
function checkNode(node, path) {
  assert.equal(('type' in node) + ('$ref' in node), 1, `${path}: one of type and $ref`);
  assert.ok(['boolean', 'integer', 'number', 'string', 'array', 'object'].includes(node.type), `${path}: type ${node.type}`);
  for (const [key, child] of Object.entries(node.properties ?? {})) checkNode(child, `${path}.${key}`);
  if (node.items) checkNode(node.items, `${path}[]`);
}

test('the policy schema is one Chromium accepts', () => {
  assert.equal(schema.type, 'object');
  assert.equal(schema.additionalProperties, undefined);
  checkNode(schema, 'schema');
  assert.deepEqual(Object.keys(schema.properties).sort(), ['customPacks', 'locked', 'packs', 'settings', 'skipWelcome']);
});

test('the schema offers every setting but the conditions, each of the type the core reads', async () => {
  const core = await startCore();
  const { settings } = core.settings({});
  const presettable = Object.keys(settings).filter((key) => key !== 'version' && key !== 'avoid').sort();
  const offered = schema.properties.settings.properties;
  assert.deepEqual(Object.keys(offered).sort(), presettable);
  const typeOf = (value) => (Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value);
  for (const key of presettable) assert.equal(offered[key].type, typeOf(settings[key]), key);
});

test('the wasm core presets, locks and reports a policy the way the pages read it', async () => {
  const core = await startCore();
  const policy = core.policy({ settings: { intervalMinutes: 30, dailyGoal: 0 }, locked: ['theme', 'avoid'], customPacks: false });
  assert.deepEqual(policy.locked, ['theme']);
  assert.equal(policy.customPacks, false);
  assert.deepEqual(policy.problems.map((p) => p.path), ['managed.settings.dailyGoal', 'managed.locked[1]']);
  const answer = core.settings({ version: 1, theme: 'dark', dailyGoal: 3 });
  assert.equal(answer.settings.intervalMinutes, 30);
  assert.equal(answer.settings.theme, 'system');
  assert.equal(answer.settings.dailyGoal, 3);
  assert.deepEqual(answer.policy.locked, ['theme']);
  assert.deepEqual(answer.problems, []);
});
