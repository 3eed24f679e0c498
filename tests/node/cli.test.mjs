// The limber command (build/native/limber) on bad input: each gets a message
// naming the option or file and what was expected, and a non-zero exit; none
// hangs or reads without end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const limber = join(root, 'build/native/limber');
const dir = mkdtempSync(join(tmpdir(), 'limber-cli-'));
const file = (name, value) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

/** Runs the command; a hang fails the test after 20 s instead of holding the suite. */
function run(...args) {
  const result = spawnSync(limber, args, { cwd: root, encoding: 'utf8', timeout: 20_000, maxBuffer: 64 << 20 });
  assert.equal(result.error, undefined, `limber ${args.join(' ')}: ${result.error}`);
  return { status: result.status, signal: result.signal, out: result.stdout, err: result.stderr };
}

function refuses(args, status, message) {
  const result = run(...args);
  assert.equal(result.signal, null, `limber ${args.join(' ')} was killed (${result.signal})`);
  assert.equal(result.status, status, `limber ${args.join(' ')}: exit ${result.status}\n${result.err}${result.out}`);
  assert.match(result.err + result.out, message, `limber ${args.join(' ')}`);
}

test('plan and simulate run on the packaged packs', () => {
  const plan = run('plan', '--packs', 'packs', '--now', '1795424400000', '--offset', '60', '--seed', '3');
  assert.equal(plan.status, 0, plan.err);
  assert.match(plan.out, /^Next break:\n( {2}\d+s {2}.+\n)+ {2}total \d+s\n$/);
  const simulate = run('simulate', '--days', '2', '--packs', 'packs');
  assert.equal(simulate.status, 0, simulate.err);
  assert.match(simulate.out, /\d+ breaks in 2 days/);
});

test('a missing or wrong --packs folder is named, not a crash', () => {
  refuses(['plan', '--packs', join(dir, 'nowhere')], 2, /nowhere: no such folder/);
  refuses(['plan', '--packs', file('one.json', {})], 2, /one\.json: is not a folder/);
  mkdirSync(join(dir, 'empty'));
  refuses(['simulate', '--days', '3', '--packs', join(dir, 'empty')], 2, /empty: holds no pack/);
});

test('simulate with reminders off, or settings that never make a break due, ends with why', () => {
  refuses(['simulate', '--days', '3', '--packs', 'packs', '--settings', file('off.json', { reminders: false })], 1,
    /reminders are off/);
});

test('bad settings fields, rotation and history are named by the core and refused', () => {
  refuses(['plan', '--packs', 'packs', '--settings', file('bad.json', { breakSeconds: 'thirty', avoid: ['nope'] })], 1,
    /settings\.breakSeconds: expected a break length of 30 to 900 seconds, got "thirty"[^]*settings\.avoid\[0\]/);
  refuses(['plan', '--packs', 'packs', '--rotation', file('rotation.json', { version: 2, clock: -1, seen: {} })], 1,
    /rotation\.clock/);
  refuses(['plan', '--packs', 'packs', '--history', file('history.json', { records: [] })], 2,
    /history\.json: expected a list of history records, found object/);
  refuses(['plan', '--packs', 'packs', '--history', file('records.json', [{ id: 5 }])], 1, /history\[0\]/);
});

test('numbers and options that are not what each command takes are named', () => {
  refuses(['plan', '--packs', 'packs', '--now', 'abc'], 2, /--now: expected a whole number from 0 to \d+, found "abc"/);
  refuses(['plan', '--packs', 'packs', '--now', '12x'], 2, /--now: expected a whole number/);
  refuses(['plan', '--packs', 'packs', '--offset', '9999'], 2, /--offset: expected a whole number from -840 to 840/);
  refuses(['simulate', '--packs', 'packs', '--days', '0'], 2, /--days: expected a whole number from 1 to 366/);
  refuses(['plan', '--packs', 'packs', '--nwo', '5'], 2, /--nwo: not an option of this command/);
  refuses(['plan', '--packs', 'packs', '--seed'], 2, /--seed: expected a value after it/);
  refuses(['plan', '--packs', 'packs', '--packs', 'packs'], 2, /--packs: given twice/);
  refuses(['frobnicate'], 2, /frobnicate: not a command/);
});

test('a folder, a device without end or a huge file is named for what it is, and not read into memory', () => {
  refuses(['plan', '--packs', 'packs', '--settings', dir], 2, /: is a folder, not a file/);
  refuses(['validate', dir], 1, /: is a folder, not a file/);
  refuses(['plan', '--packs', 'packs', '--settings', '/dev/zero'], 2, /\/dev\/zero: is larger than 16 MB/);
  refuses(['validate', '/dev/zero'], 1, /\/dev\/zero: is larger than 16 MB/);
  refuses(['plan', '--packs', 'packs', '--settings', file('broken.json', '{"breakSeconds": ')], 2, /broken\.json: is not valid JSON/);
});

test('two packs that read the same, and a demo file that is not there, are refused', () => {
  const eyes = JSON.parse(readFileSync(join(root, 'packs/eye-breaks.json'), 'utf8'));
  const copy = structuredClone(eyes);
  copy.id = 'eye-breaks-copy';
  copy.title.en = `${eyes.title.en}\u200b`;
  for (const exercise of copy.exercises) exercise.id = `${exercise.id}-copy`;
  mkdirSync(join(dir, 'twins'));
  writeFileSync(join(dir, 'twins/a.json'), JSON.stringify(eyes));
  writeFileSync(join(dir, 'twins/b.json'), JSON.stringify(copy));
  refuses(['plan', '--packs', join(dir, 'twins')], 1, /b\.json: title: the pack "eye-breaks" has the title "Eye Breaks" already/);

  copy.title.en = 'Eye Breaks, again';
  copy.exercises[0].demo = { video: 'videos/not-rendered.webm' };
  const path = file('missing-video.json', copy);
  assert.equal(run('validate', path).status, 0, 'without --media only the pack itself is checked');
  refuses(['validate', '--media', 'packs', path], 1,
    /exercises\[0\]\.demo\.video: expected a file in packs, found none named "videos\/not-rendered\.webm"/);
});

test('every demo video and poster a packaged pack names is in the built extension', () => {
  const packs = readdirSync(join(root, 'packs'))
    .filter((name) => name.endsWith('.json') && name !== 'schema.json').map((name) => `packs/${name}`);
  const result = run('validate', '--media', 'dist/extension', ...packs);
  assert.equal(result.status, 0, result.out);
});
