// What the built extension ships: no code from strings, pack text never as HTML,
// the fewest permissions, and the files a fresh build must leave.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packagedPacks } from './packaged-packs.mjs';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
const extension = join(dist, 'extension');

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('no shipped script builds code from strings or writes HTML', () => {
  const scripts = filesUnder(extension).filter((file) => file.endsWith('.js'));
  assert.ok(scripts.length >= 5, 'the extension ships its scripts');
  for (const file of scripts) {
    const text = readFileSync(file, 'utf8');
    assert.doesNotMatch(text, /new Function/, file);
    assert.doesNotMatch(text, /\beval\(/, file);
    assert.doesNotMatch(text, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/, file);
  }
});

test('the manifest asks only for storage, alarms, notifications, idle and search, and allows no remote code', () => {
  const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8'));
  assert.equal(manifest.manifest_version, 3);
  assert.equal(manifest.name, '__MSG_extName__');
  assert.equal(manifest.default_locale, 'en');
  assert.deepEqual([...manifest.permissions].sort(), ['alarms', 'idle', 'notifications', 'search', 'storage', 'unlimitedStorage']);
  // The most visited sites only when the user turns their row on (asked then).
  assert.deepEqual(manifest.optional_permissions, ['topSites']);
  // Nothing that reaches web pages or lets them reach Limber.
  for (const key of ['host_permissions', 'optional_host_permissions', 'content_scripts',
    'web_accessible_resources', 'externally_connectable']) {
    assert.equal(manifest[key], undefined, key);
  }
  assert.equal(manifest.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(manifest.version, version);
  assert.ok(existsSync(join(dist, `limber-${version}.zip`)), 'the Web Store zip is built');
});

test('every pack in packs/ ships in the one packaged file, each on its own line, without its motions', () => {
  const sources = readdirSync(join(root, 'packs')).filter((f) => f.endsWith('.json') && f !== 'schema.json').sort();
  const shipped = packagedPacks(extension);
  assert.deepEqual(shipped.map(({ file }) => file), sources);
  for (const { file, pack } of shipped) {
    const source = JSON.parse(readFileSync(join(root, 'packs', file), 'utf8'));
    assert.equal(pack.id, source.id, file);
    assert.equal(pack.exercises.length, source.exercises.length, file);
    assert.ok(pack.exercises.every((exercise) => exercise.motion === undefined), `${file} ships no motions`);
  }
});
