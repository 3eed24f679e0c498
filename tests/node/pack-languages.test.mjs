// The core reads packaged packs in the extension's language: every pack text in
// French and Spanish is given, differs from English where it reads as words, and
// is what the core hands out after setLanguage; a user's own pack without those
// languages is read in English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { startCore, readPack } from './load-core.mjs';

const files = readdirSync(new URL('../../packs/', import.meta.url)).filter((f) => f.endsWith('.json') && f !== 'schema.json');
const LANGUAGES = ['de', 'fr', 'es'];

// Every text object {"en": ..., ...} in a pack, with where it is.
function texts(value, path = '') {
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  if (typeof value.en === 'string') return [{ path, text: value }];
  return Object.entries(value).flatMap(([key, item]) => (key === 'motion' ? [] : texts(item, path ? `${path}.${key}` : key)));
}

test('each packaged pack text is written in every language in the key order en, de, fr, es, none a copy of English', () => {
  let count = 0;
  for (const file of files) {
    for (const { path, text } of texts(JSON.parse(readPack(file)))) {
      count++;
      assert.deepEqual(Object.keys(text), ['en', ...LANGUAGES], `${file}: ${path}`);
      for (const lang of LANGUAGES) {
        // A name such as "Palming" or "Bird dog" may stay as physiotherapists say it; a sentence may not.
        if (text.en.split(' ').length > 3) assert.notEqual(text[lang], text.en, `${file}: ${path}: ${lang} is English`);
      }
    }
  }
  assert.ok(count > 600, `${count} texts`);
});

for (const lang of ['fr', 'es']) {
  test(`after setLanguage("${lang}") the core gives every packaged pack in ${lang}, and a user's own pack in English`, async () => {
    const core = await startCore();
    assert.equal(core.setLanguage(`${lang}-${lang.toUpperCase()}`), `${lang}-${lang}`, 'a regional tag, as Chromium gives it');
    for (const file of files) {
      const source = JSON.parse(readPack(file));
      const summary = core.addPack(`packs/${file}`, readPack(file));
      assert.equal(summary.title, source.title[lang], file);
      const pack = core.pack(source.id);
      assert.equal(pack.summary, source.summary[lang], file);
      assert.deepEqual(pack.skipIf, source.skipIf.map((t) => t[lang]), file);
      assert.deepEqual(pack.exercises.map((e) => e.name), source.exercises.map((e) => e.name[lang]), file);
      assert.deepEqual(pack.exercises.map((e) => e.steps), source.exercises.map((e) => e.steps.map((s) => s[lang])), file);
    }
    const own = JSON.parse(readPack('../tests/fixtures/remote-demo-pack.json'));
    assert.equal(core.addPack('mine.json', JSON.stringify(own)).title, own.title);
    assert.equal(core.pack(own.id).exercises[0].name, own.exercises[0].name);
  });
}
