// Draws Limber's icon (a white figure stretching on a green disc) as PNGs in
// extension/images/, encoded by Debian's ffmpeg. Run it after changing the shape.
import { execFileSync } from 'node:child_process';

const GREEN = [31, 111, 92];
const WHITE = [255, 255, 255];

// Distance from point p to segment a-b, in units of the icon's size.
function segment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

const limbs = [
  [[0.5, 0.36], [0.5, 0.62]], // body
  [[0.5, 0.42], [0.3, 0.22]], // arms raised
  [[0.5, 0.42], [0.7, 0.22]],
  [[0.5, 0.62], [0.36, 0.82]], // legs
  [[0.5, 0.62], [0.64, 0.82]],
];

function pixel(x, y) {
  const fromCentre = Math.hypot(x - 0.5, y - 0.5);
  if (fromCentre > 0.48) return null;
  const head = Math.hypot(x - 0.5, y - 0.26) < 0.075;
  const limb = limbs.some(([a, b]) => segment(x, y, a, b) < 0.045);
  return head || limb ? WHITE : GREEN;
}

function icon(size) {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = pixel((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          r += colour[0]; g += colour[1]; b += colour[2]; a += 1;
        }
      }
      if (a > 0) pixels.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / samples ** 2)], (y * size + x) * 4);
    }
  }
  return pixels;
}

for (const size of [16, 32, 48, 128]) {
  const file = new URL(`../extension/images/icon-${size}.png`, import.meta.url).pathname;
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'rawvideo', '-pix_fmt', 'rgba', '-s', `${size}x${size}`, '-i', '-',
    '-frames:v', '1', '-fflags', '+bitexact', file], { input: icon(size) });
}
