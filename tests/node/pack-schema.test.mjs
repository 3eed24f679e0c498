// packs/schema.json and the core's validator agree: every packaged pack passes
// both; every invalid pack under tests/invalid-packs/ fails both, except those
// marked xref-, whose fault (a cross-reference between exercises) JSON Schema
// cannot express: the core alone refuses them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import Ajv from 'ajv';
import { startCore } from './load-core.mjs';

const root = new URL('../../', import.meta.url);
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(new URL('packs/schema.json', root), 'utf8')));
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const limber = new URL('build/native/limber', root).pathname;
const isMotion = (path) => /\.motion(\.|$)/.test(path);

test('every packaged pack passes the JSON Schema and the core', async () => {
  const core = await startCore();
  const files = readdirSync(new URL('packs/', root)).filter((f) => f.endsWith('.json') && f !== 'schema.json');
  assert.ok(files.length >= 8);
  for (const file of files) {
    const text = read(`packs/${file}`);
    assert.ok(validate(JSON.parse(text)), `${file}: ${JSON.stringify(validate.errors)}`);
    core.addPack(`packs/${file}`, text);
  }
});

// Every text a person reads, in every language the extension speaks: the schema
// with each kind of text (name, sentence, paragraph, question) required as
// {"en": ..., "de": ..., "fr": ..., "es": ...}, so that a plain string or a missing
// translation fails.
test('every text a person reads in every packaged pack is given in every language the extension speaks', () => {
  const schema = JSON.parse(read('packs/schema.json'));
  const languages = readdirSync(new URL('extension/_locales/', root)).sort();
  assert.deepEqual(languages, ['de', 'en', 'es', 'fr']);
  for (const kind of ['name', 'sentence', 'paragraph', 'question']) {
    schema.definitions[kind] = {
      type: 'object', required: languages, additionalProperties: { $ref: `#/definitions/${kind}Text` },
    };
  }
  const strict = new Ajv({ allErrors: true }).compile(schema);
  const files = readdirSync(new URL('packs/', root)).filter((f) => f.endsWith('.json') && f !== 'schema.json');
  const untranslated = files.flatMap((file) => (strict(JSON.parse(read(`packs/${file}`))) ? []
    : strict.errors.map((e) => `${file}${e.instancePath}: ${e.message}`)));
  assert.deepEqual(untranslated, []);
});

// Only our own media: Limber ships every video and picture its packs show. The
// remote demo field stays for a user's own packs (tests/e2e/packs.test.mjs).
test('no packaged pack names an address outside the extension', () => {
  const files = readdirSync(new URL('packs/', root)).filter((f) => f.endsWith('.json') && f !== 'schema.json');
  const addresses = [];
  const visit = (value, path) => {
    if (typeof value === 'string') {
      if (/[a-z][a-z0-9+.-]*:\/\/|^\/\/|\bwww\./i.test(value)) addresses.push(`${path}: ${value}`);
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`);
    }
  };
  for (const file of files) visit(JSON.parse(read(`packs/${file}`)), file);
  assert.deepEqual(addresses, []);
  assert.ok(readFileSync(new URL('tests/fixtures/remote-demo-pack.json', root), 'utf8').includes('"remoteUrl": "https://'),
    'a user\'s own pack may still name one');
});

test('every invalid pack fails the core, naming its field, and the JSON Schema agrees', async () => {
  const expected = JSON.parse(read('tests/invalid-packs/expected.json'));
  assert.ok(Object.keys(expected).length >= 40);
  for (const [file, path] of Object.entries(expected)) {
    const text = read(`tests/invalid-packs/${file}`);
    assert.equal(validate(JSON.parse(text)), file.startsWith('xref-'), `${file}: the schema ${file.startsWith('xref-') ? 'cannot see this' : 'refuses it too'}`);
    if (isMotion(path)) {
      // Motions are build-time data, checked by the native core (limber
      // validate, the demo renderer); the extension's wasm core ignores them.
      const result = spawnSync(limber, ['validate', `tests/invalid-packs/${file}`], { cwd: root.pathname, encoding: 'utf8' });
      assert.equal(result.status, 1, `${file}: limber validate refuses it`);
      assert.ok(result.stdout.includes(`${file}: ${path}:`), `${file}: expected a problem at ${path}, got ${result.stdout}`);
      continue;
    }
    const core = await startCore();
    assert.throws(() => core.addPack(file, text), (error) => {
      assert.ok(error.problems.some((p) => p.path === path), `${file}: expected a problem at ${path}, got ${error.message}`);
      assert.ok(error.message.includes(`${file}: ${path}:`), 'the message names the file and the field');
      return true;
    });
  }
});

test('the extension\'s core ignores a motion, which only the build reads', async () => {
  const core = await startCore();
  core.addPack('motion-unknown-joint.json', read('tests/invalid-packs/motion-unknown-joint.json'));
});
