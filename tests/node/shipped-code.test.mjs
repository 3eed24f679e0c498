// What the built extension ships: no code from strings, pack text never as HTML,
// the fewest permissions, and the files a fresh build must leave.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../../dist/', import.meta.url).pathname;
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

test('every packaged pack is listed for the new tab', () => {
  const index = JSON.parse(readFileSync(join(extension, 'packs', 'index.json'), 'utf8'));
  assert.ok(index.packs.includes('lower-back-tension-release.json'));
  for (const file of index.packs) assert.ok(existsSync(join(extension, 'packs', file)), file);
});
