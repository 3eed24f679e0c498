// The demo videos the build shipped: one for every exercise, large enough to
// learn from, transparent where the figure is not (so light and dark pages show
// through), a poster of the same look, and within the size budgets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packagedPacks } from './packaged-packs.mjs';

const extension = new URL('../../dist/extension/', import.meta.url).pathname;
const exercises = packagedPacks(extension).flatMap(({ pack }) => pack.exercises);

function probe(file) {
  const out = execFileSync('ffprobe', ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', join(extension, file)]);
  return JSON.parse(out.toString());
}

test('every packaged exercise has its own demo video and poster in the extension', () => {
  assert.ok(exercises.length >= 86, `${exercises.length} exercises`);
  for (const exercise of exercises) {
    assert.ok(exercise.demo?.video, `${exercise.id} names a video`);
    assert.ok(existsSync(join(extension, exercise.demo.video)), `${exercise.demo.video} is packaged`);
    assert.ok(existsSync(join(extension, exercise.demo.poster)), `${exercise.demo.poster} is packaged`);
  }
});

test('each demo is VP9 with an alpha channel, at least 480x360, and loops for 1 to 12 seconds', () => {
  for (const exercise of exercises) {
    const { streams, format } = probe(exercise.demo.video);
    const video = streams.find((s) => s.codec_type === 'video');
    assert.equal(video.codec_name, 'vp9', exercise.id);
    assert.ok(video.width >= 480 && video.height >= 360, `${exercise.id}: ${video.width}x${video.height}`);
    assert.equal(video.tags?.ALPHA_MODE ?? video.tags?.alpha_mode, '1', `${exercise.id} carries alpha`);
    const seconds = Number(format.duration);
    assert.ok(seconds >= 1 && seconds <= 12.5, `${exercise.id}: ${seconds} s`);
  }
});

test('each poster is a WebP with transparency, the size of its video', () => {
  for (const exercise of exercises) {
    const [image] = probe(exercise.demo.poster).streams;
    assert.equal(image.codec_name, 'webp', exercise.id);
    const bytes = readFileSync(join(extension, exercise.demo.poster));
    // A lossy WebP with alpha is a VP8X file whose flags byte has the alpha bit.
    assert.equal(bytes.toString('latin1', 12, 16), 'VP8X', `${exercise.id}: an extended WebP`);
    assert.ok(bytes[20] & 0x10, `${exercise.id}: its poster has an alpha channel`);
  }
});

test('no demo is over 200 KB and all of them together stay under 10 MB', () => {
  let total = 0;
  for (const file of readdirSync(join(extension, 'videos'))) {
    const bytes = statSync(join(extension, 'videos', file)).size;
    if (file.endsWith('.webm')) assert.ok(bytes <= 200 * 1024, `${file}: ${bytes} bytes`);
    total += bytes;
  }
  assert.ok(total <= 10 * 1024 * 1024, `${total} bytes`);
});
