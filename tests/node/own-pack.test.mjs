// A pack a person writes: the template and the schema the options page offers
// for download, and the core's defaults for what such a pack leaves out, agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { startCore } from './load-core.mjs';
import { packagedPacks } from './packaged-packs.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const own = JSON.parse(read('dist/extension/own-pack.schema.json'));
const packaged = JSON.parse(read('packs/schema.json'));
const validate = new Ajv({ allErrors: true }).compile(own);
const template = read('dist/extension/own-pack-template.json');

test('the template passes the schema shipped beside it and is added with its defaults listed', async () => {
  assert.ok(validate(JSON.parse(template)), JSON.stringify(validate.errors));
  const strict = new Ajv({ allErrors: true }).compile(packaged);
  assert.equal(strict(JSON.parse(template)), false, 'a packaged pack must say more than the template does');
  const core = await startCore();
  const added = core.addPack('my-limber-pack.json', template, { own: true });
  assert.equal(added.title, 'My desk moves');
  assert.ok(added.filled.includes('summary') && added.filled.includes('exercises[].side'), added.filled.join());
  const [first] = core.pack(added.id).exercises;
  assert.equal(first.id, 'my-desk-moves-1');
  assert.throws(() => core.addPack('again.json', template), /title: missing|summary: missing/, 'not as a packaged pack');
});

test('everything the own schema no longer requires, the core fills in when it is left out', async () => {
  const full = JSON.parse(read('packs/neck-and-shoulders.json'));
  for (const exercise of full.exercises) delete exercise.motion;
  const leftOut = packaged.required.filter((key) => !own.required.includes(key));
  const exerciseLeftOut = packaged.definitions.exercise.required
    .filter((key) => !own.definitions.exercise.required.includes(key));
  assert.ok(leftOut.length >= 8 && exerciseLeftOut.length >= 5);
  const core = await startCore();
  for (const key of leftOut) {
    const pack = { ...full, id: `without-${key.toLowerCase()}`, title: `Without ${key}` };
    delete pack[key];
    // Exercise ids are unique across packs: each copy's are its own (a partner left undefined is left out).
    pack.exercises = pack.exercises.map((e) => ({ ...e, id: `${pack.id}-${e.id}`, partner: e.partner && `${pack.id}-${e.partner}` }));
    assert.ok(validate(JSON.parse(JSON.stringify(pack))), `${key}: ${JSON.stringify(validate.errors)}`);
    assert.deepEqual(core.addPack(`${key}.json`, JSON.stringify(pack), { own: true }).filled, [key]);
  }
  for (const key of exerciseLeftOut) {
    const id = `ex-without-${key.toLowerCase()}`;
    const pack = { id, title: `Exercise without ${key}`, exercises: [{ ...full.exercises[0], id: `${id}-a` }] };
    delete pack.exercises[0][key];
    assert.ok(validate(pack), `${key}: ${JSON.stringify(validate.errors)}`);
    assert.ok(core.addPack(`${key}.json`, JSON.stringify(pack), { own: true }).filled.includes(`exercises[].${key}`), key);
  }
});

test('every packaged pack is a valid pack of one\'s own too', () => {
  for (const { file, pack } of packagedPacks(new URL('dist/extension/', root).pathname)) {
    assert.ok(validate(pack), `${file}: ${JSON.stringify(validate.errors)}`);
  }
});

test('a pack that is not JSON is refused with the line and column where it breaks', async () => {
  const core = await startCore();
  const broken = template.replace('"title": "My desk moves",', '"title": "My desk moves"');
  assert.throws(() => core.addPack('mine.json', broken, { own: true }), (error) => {
    assert.deepEqual(error.problems.map((p) => [p.code, p.args]), [['not-json-at', ['5', '3']]]);
    assert.match(error.message, /^mine\.json: is not JSON from line 5, column 3 on/);
    return true;
  });
});
