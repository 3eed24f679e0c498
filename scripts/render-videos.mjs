// Renders every exercise's demo video and poster from the movement keyframes
// kept with the exercise in packs/*.json ("motion"), with Debian's ffmpeg:
// a clean figure doing the movement, looping, as VP9 WebM. A right-side
// exercise without keyframes of its own is its left partner, mirrored.
// Output goes to build/media/ (what each pack's demo paths name), and a video
// whose inputs have not changed is not rendered again.
import { createHash } from 'node:crypto';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { drawFrame, mirror, WIDTH, HEIGHT } from './lib/figure.mjs';
import { encodePng } from './lib/png.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'build', 'media');
const FPS = 20;

const renderer = createHash('sha256')
  .update(readFileSync(new URL('./lib/figure.mjs', import.meta.url)))
  .update(readFileSync(new URL(import.meta.url)))
  .update(execFileSync('ffmpeg', ['-version']).toString().split('\n')[0])
  .digest('hex');

function jobs() {
  const list = [];
  for (const file of readdirSync(join(root, 'packs')).filter((f) => f.endsWith('.json') && f !== 'schema.json')) {
    const pack = JSON.parse(readFileSync(join(root, 'packs', file), 'utf8'));
    const byId = new Map(pack.exercises.map((e) => [e.id, e]));
    for (const exercise of pack.exercises) {
      if (!exercise.demo?.video) continue;
      const partner = byId.get(exercise.partner);
      const mirrored = !exercise.motion && exercise.side === 'right' && partner?.motion;
      const motion = exercise.motion ?? (mirrored ? partner.motion : null);
      if (!motion) throw new Error(`packs/${file}: ${exercise.id} names a demo video but has no motion to render it from`);
      list.push({ id: exercise.id, video: exercise.demo.video, poster: exercise.demo.poster, motion, mirrored: Boolean(mirrored) });
    }
  }
  return list;
}

function frameAt(job, t) {
  const frame = drawFrame(job.motion, t);
  return job.mirrored ? mirror(frame) : frame;
}

function render(job) {
  const key = createHash('sha256').update(renderer).update(JSON.stringify([job.motion, job.mirrored])).digest('hex');
  const video = join(out, job.video);
  const stamp = `${video}.key`;
  if (existsSync(video) && existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return Promise.resolve(false);
  mkdirSync(dirname(video), { recursive: true });
  if (job.poster) {
    const at = job.motion.keys.length > 1 ? 1 / job.motion.keys.length : 0;
    writeFileSync(join(out, job.poster), encodePng(WIDTH, HEIGHT, frameAt(job, at), 3));
  }
  const frames = Math.round((job.motion.seconds ?? 4) * FPS);
  return new Promise((resolve, reject) => {
    // One thread and bit-exact flags: the same inputs give the same bytes.
    const ffmpeg = spawn('ffmpeg', [
      '-v', 'error', '-y', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-s', `${WIDTH}x${HEIGHT}`, '-r', String(FPS), '-i', '-',
      '-c:v', 'libvpx-vp9', '-crf', '42', '-b:v', '0', '-threads', '1', '-row-mt', '0', '-deadline', 'good', '-cpu-used', '4',
      '-g', String(frames), '-pix_fmt', 'yuv420p', '-an', '-fflags', '+bitexact', '-flags:v', '+bitexact', video,
    ], { stdio: ['pipe', 'inherit', 'inherit'] });
    ffmpeg.on('error', reject);
    ffmpeg.on('close', (code) => {
      if (code !== 0) reject(new Error(`ffmpeg failed on ${job.id} (exit ${code})`));
      else {
        writeFileSync(stamp, key);
        resolve(true);
      }
    });
    for (let i = 0; i < frames; i++) ffmpeg.stdin.write(frameAt(job, i / frames));
    ffmpeg.stdin.end();
  });
}

const list = jobs();
let rendered = 0;
// Two at a time: the machines this builds on have two cores.
for (let i = 0; i < list.length; i += 2) {
  const done = await Promise.all(list.slice(i, i + 2).map(render));
  rendered += done.filter(Boolean).length;
}
console.log(`videos: ${list.length} demos, ${rendered} rendered, ${list.length - rendered} unchanged`);
