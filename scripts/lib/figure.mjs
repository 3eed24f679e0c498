// A clean stick figure for exercise demos: poses made of limb angles, eased
// between keyframes, drawn anti-aliased into RGB frames. Every angle is in
// degrees from straight up, clockwise; positions are in a 100 x 75 world.

export const WIDTH = 320;
export const HEIGHT = 240;
const SCALE = WIDTH / 100;

const BACKGROUND = [242, 246, 244];
const NEAR = [31, 111, 92];
const FAR = [127, 179, 164];
const PROP = [190, 201, 197];

const LENGTH = { trunk: 22, neck: 4, head: 5, arm: 11, fore: 10, hand: 3, thigh: 14, shin: 14, foot: 4 };

// Where each exercise starts: a whole pose plus the props around it.
export const BASES = {
  'sit-side': {
    props: 'chair-side',
    pose: { x: 45, y: 46, trunk: 0, head: 0, arm: 170, fore: 130, hand: 130, arm2: 172, fore2: 135, hand2: 135,
      thigh: 90, shin: 180, foot: 90, thigh2: 88, shin2: 178, foot2: 90 },
  },
  'sit-front': {
    props: 'chair-front',
    pose: { x: 50, y: 46, trunk: 0, head: 0, arm: 200, fore: 185, hand: 180, arm2: 160, fore2: 175, hand2: 180,
      thigh: 215, shin: 180, foot: 270, thigh2: 145, shin2: 180, foot2: 90 },
  },
  'stand-side': {
    props: 'floor',
    pose: { x: 50, y: 40, trunk: 0, head: 0, arm: 180, fore: 178, hand: 175, arm2: 182, fore2: 180, hand2: 178,
      thigh: 180, shin: 180, foot: 90, thigh2: 178, shin2: 180, foot2: 90 },
  },
  'stand-front': {
    props: 'floor',
    pose: { x: 50, y: 40, trunk: 0, head: 0, arm: 195, fore: 185, hand: 180, arm2: 165, fore2: 175, hand2: 180,
      thigh: 188, shin: 180, foot: 270, thigh2: 172, shin2: 180, foot2: 90 },
  },
  'floor-back': {
    props: 'mat',
    pose: { x: 55, y: 64, trunk: 270, head: 270, arm: 90, fore: 90, hand: 90, arm2: 92, fore2: 92, hand2: 92,
      thigh: 90, shin: 90, foot: 0, thigh2: 92, shin2: 92, foot2: 0 },
  },
  'floor-front': {
    props: 'mat',
    pose: { x: 55, y: 64, trunk: 270, head: 270, arm: 90, fore: 90, hand: 90, arm2: 92, fore2: 92, hand2: 92,
      thigh: 90, shin: 90, foot: 180, thigh2: 92, shin2: 92, foot2: 180 },
  },
  fours: {
    props: 'mat',
    pose: { x: 62, y: 55, trunk: 288, head: 280, arm: 180, fore: 180, hand: 270, arm2: 180, fore2: 180, hand2: 270,
      thigh: 180, shin: 90, foot: 90, thigh2: 180, shin2: 90, foot2: 90 },
  },
  kneel: {
    props: 'mat',
    pose: { x: 50, y: 55, trunk: 0, head: 0, arm: 180, fore: 180, hand: 180, arm2: 180, fore2: 180, hand2: 180,
      thigh: 180, shin: 90, foot: 90, thigh2: 180, shin2: 90, foot2: 90 },
  },
  // A close-up of the head, for eye exercises: the eyes look around (gazeX and
  // gazeY from -1 to 1) and close (lids 1); the hands can cover them (palms 1).
  face: {
    props: 'none',
    pose: { x: 50, y: 36, head: 0, gazeX: 0, gazeY: 0, lids: 0, palms: 0 },
  },
};

const ease = (t) => (1 - Math.cos(Math.PI * t)) / 2;
// Values that are not angles, so they do not wrap around at 360.
const LINEAR = new Set(['x', 'y', 'gazeX', 'gazeY', 'lids', 'palms']);

/** Every value a keyframe may set, and its range. */
export const POSE_FIELDS = {
  x: [0, 100], y: [0, 75], trunk: [-360, 360], head: [-360, 360],
  arm: [-360, 360], fore: [-360, 360], hand: [-360, 360], arm2: [-360, 360], fore2: [-360, 360], hand2: [-360, 360],
  thigh: [-360, 360], shin: [-360, 360], foot: [-360, 360], thigh2: [-360, 360], shin2: [-360, 360], foot2: [-360, 360],
  gazeX: [-1, 1], gazeY: [-1, 1], lids: [0, 1], palms: [0, 1],
};

/** The pose at a moment of the loop (0 to 1): keys are spread evenly and the loop returns to the first. */
export function poseAt(motion, t) {
  const base = BASES[motion.base].pose;
  const keys = motion.keys.map((key) => ({ ...base, ...key }));
  const span = keys.length;
  const position = t * span;
  const i = Math.floor(position) % span;
  const from = keys[i];
  const to = keys[(i + 1) % span];
  const k = ease(position - Math.floor(position));
  const pose = {};
  for (const name of Object.keys(from)) {
    let delta = to[name] - from[name];
    if (!LINEAR.has(name)) delta = ((delta + 540) % 360) - 180;
    pose[name] = from[name] + delta * k;
  }
  return pose;
}

function along(point, angle, length) {
  const radians = (angle * Math.PI) / 180;
  return [point[0] + Math.sin(radians) * length, point[1] - Math.cos(radians) * length];
}

class Canvas {
  constructor() {
    this.pixels = new Uint8Array(WIDTH * HEIGHT * 3);
    for (let i = 0; i < WIDTH * HEIGHT; i++) this.pixels.set(BACKGROUND, i * 3);
  }

  blend(x, y, colour, alpha) {
    if (x < 0 || y < 0 || x >= WIDTH || y >= HEIGHT || alpha <= 0) return;
    const i = (y * WIDTH + x) * 3;
    for (let c = 0; c < 3; c++) this.pixels[i + c] = Math.round(this.pixels[i + c] * (1 - alpha) + colour[c] * alpha);
  }

  // A round-capped line; coverage falls off over one pixel at its edge.
  line(a, b, width, colour) {
    const [ax, ay] = [a[0] * SCALE, a[1] * SCALE];
    const [bx, by] = [b[0] * SCALE, b[1] * SCALE];
    const half = (width * SCALE) / 2;
    const dx = bx - ax;
    const dy = by - ay;
    const lengthSquared = dx * dx + dy * dy || 1;
    const x0 = Math.floor(Math.min(ax, bx) - half - 1);
    const x1 = Math.ceil(Math.max(ax, bx) + half + 1);
    const y0 = Math.floor(Math.min(ay, by) - half - 1);
    const y1 = Math.ceil(Math.max(ay, by) + half + 1);
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const px = x + 0.5;
        const py = y + 0.5;
        const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
        const distance = Math.hypot(px - ax - t * dx, py - ay - t * dy);
        this.blend(x, y, colour, Math.min(1, half + 0.5 - distance));
      }
    }
  }

  ring(centre, radius, width, colour, filled = false) {
    const [cx, cy] = [centre[0] * SCALE, centre[1] * SCALE];
    const r = radius * SCALE;
    const half = (width * SCALE) / 2;
    for (let y = Math.floor(cy - r - half - 1); y <= cy + r + half + 1; y++) {
      for (let x = Math.floor(cx - r - half - 1); x <= cx + r + half + 1; x++) {
        const distance = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
        const alpha = filled ? Math.min(1, r + 0.5 - distance) : Math.min(1, half + 0.5 - Math.abs(distance - r));
        this.blend(x, y, colour, alpha);
      }
    }
  }
}

function drawProps(canvas, props) {
  if (props === 'chair-side') {
    canvas.line([33, 48], [50, 48], 1.6, PROP);
    canvas.line([35, 48], [35, 69], 1.6, PROP);
    canvas.line([48, 48], [48, 69], 1.6, PROP);
    canvas.line([34, 48], [32, 24], 1.6, PROP);
  } else if (props === 'chair-front') {
    canvas.line([38, 48], [62, 48], 1.6, PROP);
    canvas.line([40, 48], [40, 69], 1.6, PROP);
    canvas.line([60, 48], [60, 69], 1.6, PROP);
  }
  if (props !== 'none') canvas.line([5, 70], [95, 70], 1.2, PROP);
  if (props === 'mat') canvas.line([12, 69], [88, 69], 1.8, PROP);
}

function drawFace(canvas, p) {
  const centre = [p.x, p.y];
  const size = 20;
  canvas.line([p.x - 26, 75], [p.x - 10, 56], 2.6, NEAR);
  canvas.line([p.x + 26, 75], [p.x + 10, 56], 2.6, NEAR);
  canvas.ring(centre, size, 1.6, NEAR);
  for (const side of [-1, 1]) {
    const eye = [p.x + side * 7.5, p.y - 2];
    if (p.lids < 0.5) {
      canvas.ring(eye, 4, 0.8, NEAR);
      canvas.ring([eye[0] + p.gazeX * 2.2, eye[1] + p.gazeY * 2.2], 1.6, 0, NEAR, true);
    } else {
      canvas.line([eye[0] - 4, eye[1]], [eye[0] + 4, eye[1]], 0.9, NEAR);
    }
    if (p.palms > 0.05) {
      // A cupped hand rising over the eye.
      const rise = 30 * (1 - p.palms);
      canvas.ring([eye[0], eye[1] + rise], 5.5, 0, FAR, true);
      canvas.line([eye[0] + side * 2, eye[1] + rise + 5], [p.x + side * 18, 75], 2.4, FAR);
    }
  }
  canvas.line([p.x - 4, p.y + 9], [p.x + 4, p.y + 9], 0.9, NEAR);
}

/** One frame of a motion as RGB bytes. */
export function drawFrame(motion, t) {
  const canvas = new Canvas();
  const base = BASES[motion.base];
  drawProps(canvas, base.props);
  const p = poseAt(motion, t);
  if (motion.base === 'face') {
    drawFace(canvas, p);
    return canvas.pixels;
  }
  const hip = [p.x, p.y];
  const neck = along(hip, p.trunk, LENGTH.trunk);
  const shoulder = along(hip, p.trunk, LENGTH.trunk - 2);
  const head = along(neck, p.head, LENGTH.neck + LENGTH.head - 1);
  const limb = (start, a, b, c, lengths, colour) => {
    const joint = along(start, a, lengths[0]);
    const end = along(joint, b, lengths[1]);
    canvas.line(start, joint, 2.2, colour);
    canvas.line(joint, end, 2.2, colour);
    canvas.line(end, along(end, c, lengths[2]), 1.8, colour);
  };
  // Far limbs first, so the near ones are drawn over them.
  limb(shoulder, p.arm2, p.fore2, p.hand2, [LENGTH.arm, LENGTH.fore, LENGTH.hand], FAR);
  limb(hip, p.thigh2, p.shin2, p.foot2, [LENGTH.thigh, LENGTH.shin, LENGTH.foot], FAR);
  canvas.line(hip, neck, 2.6, NEAR);
  canvas.ring(head, LENGTH.head, 1.6, NEAR);
  limb(hip, p.thigh, p.shin, p.foot, [LENGTH.thigh, LENGTH.shin, LENGTH.foot], NEAR);
  limb(shoulder, p.arm, p.fore, p.hand, [LENGTH.arm, LENGTH.fore, LENGTH.hand], NEAR);
  return canvas.pixels;
}

/** The same frame seen in a mirror: a right-side exercise is its left partner, mirrored. */
export function mirror(pixels) {
  const out = new Uint8Array(pixels.length);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const from = (y * WIDTH + x) * 3;
      const to = (y * WIDTH + (WIDTH - 1 - x)) * 3;
      out[to] = pixels[from];
      out[to + 1] = pixels[from + 1];
      out[to + 2] = pixels[from + 2];
    }
  }
  return out;
}
