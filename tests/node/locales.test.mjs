// Every word the extension shows comes from _locales: each message a page, script
// or the manifest names exists in every locale, each locale has exactly English's
// messages with the same $1..$9 substitutions, and no page carries words of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const extension = new URL('../../extension/', import.meta.url).pathname;
const localesDir = join(extension, '_locales');
const locales = Object.fromEntries(readdirSync(localesDir).map((lang) =>
  [lang, JSON.parse(readFileSync(join(localesDir, lang, 'messages.json'), 'utf8'))]));

function filesUnder(dir, ending) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_locales' ? [] : filesUnder(path, ending);
    return path.endsWith(ending) ? [path] : [];
  });
}

const substitutions = (message) => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort().join(' ');

// The keys the extension asks for: data-i18n, -label and -placeholder attributes, t('key') and
// plural('key') calls (which need key_one and key_other), __MSG_key__.
function usedKeys() {
  const used = new Map();
  const use = (key, where) => used.set(key, [...(used.get(key) ?? []), where]);
  for (const file of filesUnder(extension, '.html')) {
    for (const [, key] of readFileSync(file, 'utf8').matchAll(/data-i18n(?:-label|-placeholder)?="([^"]+)"/g)) use(key, file);
  }
  for (const file of filesUnder(extension, '.js')) {
    const text = readFileSync(file, 'utf8');
    for (const [, key] of text.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) use(key, file);
    for (const [, key] of text.matchAll(/\bplural\('([A-Za-z0-9_]+)'/g)) {
      use(`${key}_one`, file);
      use(`${key}_other`, file);
    }
  }
  for (const [, key] of readFileSync(join(extension, 'manifest.json'), 'utf8').matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) {
    use(key, 'manifest.json');
  }
  return used;
}

test('English, German, French and Spanish are shipped, English as the default', () => {
  assert.deepEqual(Object.keys(locales).sort(), ['de', 'en', 'es', 'fr']);
  assert.equal(JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')).default_locale, 'en');
});

test('every message the extension asks for is in every locale', () => {
  const used = usedKeys();
  assert.ok(used.size > 150, `the scan finds the extension's messages (found ${used.size})`);
  for (const [lang, messages] of Object.entries(locales)) {
    const missing = [...used.keys()].filter((key) => !messages[key]?.message);
    assert.deepEqual(missing, [], `${lang}/messages.json lacks messages used by ${missing.map((k) => used.get(k)[0]).join(', ')}`);
  }
  // lib/problems.js names the core's problem messages by code; tests/core/problem_words_test.cpp
  // checks that each names a code the core has, and each code has one.
  const problemWords = /^(problem|expected|found)[A-Z]/;
  const unused = Object.keys(locales.en).filter((key) => !used.has(key) && key !== 'lang' && !problemWords.test(key));
  assert.deepEqual(unused, [], 'en/messages.json has messages nothing uses');
});

test('each locale has exactly the English messages, with the same substitutions', () => {
  for (const [lang, messages] of Object.entries(locales)) {
    assert.deepEqual(Object.keys(messages).sort(), Object.keys(locales.en).sort(), `${lang} has the same keys as en`);
    for (const [key, { message }] of Object.entries(messages)) {
      assert.ok(message.trim().length > 0, `${lang}: ${key} is empty`);
      assert.equal(substitutions(message), substitutions(locales.en[key].message), `${lang}: ${key} substitutions`);
    }
  }
  for (const lang of ['de', 'fr', 'es']) {
    assert.equal(locales[lang].lang.message, lang);
    // Words, not copies of English: every message that reads as a sentence differs from English.
    const copied = Object.keys(locales.en).filter((key) => /\p{L}{3,} \p{L}{3,}/u.test(locales.en[key].message)
      && !/^(expected|found)/.test(key) && locales[lang][key].message === locales.en[key].message);
    assert.deepEqual(copied, [], `${lang} leaves these in English`);
  }
});

test('a message the scripts fill in has a place for what they give it', () => {
  // t('key', value, ...) in a script: the English message must show $1 at least, or
  // the value is lost (as "the browser did not store it ()" once was).
  const given = new Map();
  for (const file of filesUnder(extension, '.js')) {
    for (const [, key] of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)',\s*[^)\s]/g)) given.set(key, file);
  }
  assert.ok(given.size > 20);
  const lost = [...given.keys()].filter((key) => locales.en[key] && substitutions(locales.en[key].message) === '');
  assert.deepEqual(lost, [], 'these messages are given values they never show');
});

test('no page carries words outside _locales', () => {
  for (const file of filesUnder(extension, '.html')) {
    const text = readFileSync(file, 'utf8')
      .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, '\n');
    const words = text.split('\n').map((line) => line.trim()).filter((line) => /\p{L}/u.test(line));
    assert.deepEqual(words, [], `${file} has text that is not from _locales`);
    const attributes = [...readFileSync(file, 'utf8').matchAll(/\s(aria-label|title|alt|placeholder)="([^"]*)"/g)];
    assert.deepEqual(attributes.map((m) => m[0].trim()), [], `${file} has attribute text that is not from _locales`);
  }
});
