// Size budgets, checked on every run: they are deterministic, so exceeding one
// fails the suite. Timing goals are benchmarks instead (scripts/bench).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sourceDateEpoch, zipFolder } from '../../scripts/lib/zip.mjs';

const extension = new URL('../../dist/extension/', import.meta.url).pathname;
const gzipped = (file) => gzipSync(readFileSync(join(extension, file)), { level: 9 }).length;

test('the wasm module, its glue and its wrapper weigh at most 100 KB gzipped', () => {
  const bytes = gzipped('core/limber_core.wasm') + gzipped('core/limber_core.js') + gzipped('core/limber-core.js');
  assert.ok(bytes <= 100 * 1024, `${bytes} bytes`);
});

test('the extension without its demo videos zips to at most 300 KB', () => {
  const dir = mkdtempSync(join(tmpdir(), 'limber-zip-'));
  try {
    const zip = join(dir, 'no-videos.zip');
    zipFolder(extension, zip, { epoch: sourceDateEpoch(extension), exclude: (path) => path.startsWith('videos/') });
    const bytes = statSync(zip).size;
    assert.ok(bytes <= 300 * 1024, `${bytes} bytes`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// The memory the module itself declares: the wasm binary's memory section.
function initialMemory(bytes) {
  let at = 8; // magic and version
  const leb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    if (id === 5) {
      leb(); // count
      leb(); // limits flags
      return leb() * 65536;
    }
    at += size;
  }
  return NaN;
}

test("the wasm module starts with a small memory, not Emscripten's default 16 MiB", () => {
  const initial = initialMemory(readFileSync(join(extension, 'core/limber_core.wasm')));
  assert.ok(initial > 0 && initial <= 4 * 1024 * 1024, `initial memory ${initial}`);
});
