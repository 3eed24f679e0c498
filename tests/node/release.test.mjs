// scripts/release: the same files give the same zip, byte for byte, whatever their
// times, modes and the order they were written in; the zip the build left is that
// zip; a version that disagrees between package.json, CHANGELOG.md and the stamped
// manifest is refused naming the file; and a tree that is not HEAD is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { zipFolder } from '../../scripts/lib/zip.mjs';

const root = new URL('../../', import.meta.url).pathname;
const extension = join(root, 'dist', 'extension');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function scratch(t) {
  const dir = mkdtempSync(join(tmpdir(), 'limber-release-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const filesUnder = (dir, at = dir) => readdirSync(at, { withFileTypes: true }).flatMap((entry) =>
  (entry.isDirectory() ? filesUnder(dir, join(at, entry.name)) : [relative(dir, join(at, entry.name))]));

// A zip's entries as its central directory lists them: name, DOS time and date, Unix mode.
function entries(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  const list = [];
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    list.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      time: zip.readUInt16LE(at + 12),
      date: zip.readUInt16LE(at + 14),
      mode: zip.readUInt32LE(at + 38) >>> 16,
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return list;
}
const epochOf = ({ time, date }) => Date.UTC(1980 + (date >> 9), ((date >> 5) & 15) - 1, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2) / 1000;

test('the same extension zips to the same bytes from two copies with other times, modes and write order', (t) => {
  const dir = scratch(t);
  const files = filesUnder(extension);
  assert.ok(files.length > 100, `${files.length} files`);
  const [a, b] = [join(dir, 'a'), join(dir, 'b')];
  cpSync(extension, a, { recursive: true });
  // The second copy written file by file in reverse order, with other times and modes.
  for (const file of [...files].reverse()) {
    mkdirSync(join(b, file, '..'), { recursive: true });
    cpSync(join(extension, file), join(b, file));
    chmodSync(join(b, file), 0o600);
    utimesSync(join(b, file), 1_900_000_000, 1_900_000_000 + files.indexOf(file));
  }
  const epoch = 1_764_547_200; // 2025-12-01 00:00 UTC
  zipFolder(a, join(dir, 'a.zip'), { epoch });
  zipFolder(b, join(dir, 'b.zip'), { epoch });
  const [zipA, zipB] = [readFileSync(join(dir, 'a.zip')), readFileSync(join(dir, 'b.zip'))];
  assert.ok(zipA.equals(zipB), `the two zips differ (${zipA.length} and ${zipB.length} bytes)`);

  const listed = entries(zipA);
  assert.deepEqual(listed.map((e) => e.name), [...files].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y))), 'every file, in byte order, no directories');
  assert.deepEqual([...new Set(listed.map(epochOf))], [epoch], 'every entry at the epoch, read as UTC');
  assert.deepEqual([...new Set(listed.map((e) => e.mode))], [0o100644], 'every entry a plain file, mode 0644');

  // The times are in the zip: another epoch gives other bytes.
  rmSync(join(dir, 'b.zip'));
  zipFolder(b, join(dir, 'b.zip'), { epoch: epoch + 3600 });
  assert.ok(!readFileSync(join(dir, 'b.zip')).equals(zipA));
});

test("the build's zip is exactly that zip of dist/extension", (t) => {
  const built = readFileSync(join(root, 'dist', `limber-${version}.zip`));
  const dir = scratch(t);
  cpSync(extension, join(dir, 'copy'), { recursive: true });
  zipFolder(join(dir, 'copy'), join(dir, 'again.zip'), { epoch: epochOf(entries(built)[0]) });
  assert.ok(readFileSync(join(dir, 'again.zip')).equals(built), 'dist zip and a zip of a copy of dist/extension differ');
});

const versions = (dir, ...args) => spawnSync(process.execPath, [join(root, 'scripts/lib/versions.mjs'), ...args, dir], { encoding: 'utf8' });

function project(dir, { pkg = '0.2.0', changelog = '0.2.0', manifest = '0.2.0' } = {}) {
  mkdirSync(join(dir, 'dist', 'extension'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'limber', version: pkg }, null, 2)}\n`);
  writeFileSync(join(dir, 'CHANGELOG.md'), `# Changelog\n\nSome words.\n\n## ${changelog} (2026-12-01)\n\n- Things.\n\n## 0.0.9\n`);
  if (manifest) writeFileSync(join(dir, 'dist', 'extension', 'manifest.json'), JSON.stringify({ version: manifest }));
}

test('the version check: package.json, CHANGELOG.md and the stamped manifest agree, or the file that differs is named', (t) => {
  const ok = versions(root);
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(ok.stdout.trim(), version, 'this repository agrees with itself');

  const dir = scratch(t);
  project(dir);
  assert.equal(versions(dir).stdout.trim(), '0.2.0');

  project(dir, { changelog: '0.1.0' });
  let run = versions(dir);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /^release: CHANGELOG\.md: the top entry is 0\.1\.0, package\.json says 0\.2\.0/m);

  project(dir, { manifest: '0.1.0' });
  run = versions(dir);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /^release: dist\/extension\/manifest\.json: the build stamped 0\.1\.0, package\.json says 0\.2\.0/m);
  assert.equal(versions(dir, '--source').status, 0, 'before a build only package.json and CHANGELOG.md are compared');

  project(dir, { pkg: 'next' });
  assert.match(versions(dir, '--source').stderr, /package\.json: "version" should be three numbers like 1\.2\.3, got "next"/);
});

test('scripts/release refuses a tree that is not HEAD, and a version that disagrees, before it builds anything', (t) => {
  const dir = scratch(t);
  project(dir, { manifest: null });
  mkdirSync(join(dir, 'scripts', 'lib'), { recursive: true });
  cpSync(join(root, 'scripts', 'release'), join(dir, 'scripts', 'release'));
  cpSync(join(root, 'scripts', 'lib', 'versions.mjs'), join(dir, 'scripts', 'lib', 'versions.mjs'));
  // Instead of the real build: a marker that it ran.
  writeFileSync(join(dir, 'scripts', 'build'), '#!/bin/sh\ntouch built\n', { mode: 0o755 });
  writeFileSync(join(dir, '.gitignore'), '/dist/\n/built\n');
  const git = (...args) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'one');
  const release = () => spawnSync(join(dir, 'scripts', 'release'), { cwd: dir, encoding: 'utf8' });

  writeFileSync(join(dir, 'notes.txt'), 'not committed');
  let run = release();
  assert.equal(run.status, 1);
  assert.match(run.stderr, /working tree differs from HEAD[\s\S]*\?\? notes\.txt/);
  rmSync(join(dir, 'notes.txt'));

  writeFileSync(join(dir, 'CHANGELOG.md'), '## 0.1.0\n');
  git('commit', '-q', '-am', 'two');
  run = release();
  assert.equal(run.status, 1);
  assert.match(run.stderr, /CHANGELOG\.md: the top entry is 0\.1\.0/);
  assert.equal(spawnSync('test', ['-e', join(dir, 'built')]).status, 1, 'nothing was built');
});
