// The core's calls natively (tests/bench/core_pace.cpp) and in the wasm build
// under node, timed in batches taken in turn on the same requests, and printed
// with the ratio of each pair: this machine's speed drifts by tens of percent
// within a minute, which separate runs of each would read as a change of ratio.
// Both sides count CPU time (node's includes its compiler and garbage collector
// threads, so it errs against wasm), and the wasm side includes the texts'
// crossing into and out of the module, as the extension pays it. LIMBER_CORE_DIR times another build of the
// module (a variant's flags); JSON=1 prints the figures as JSON.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { distCore } from '../node/load-core.mjs';

const root = new URL('../../', import.meta.url);
const bench = new URL('build/bench/', root);
const coreDir = process.env.LIMBER_CORE_DIR ? new URL(`file://${process.env.LIMBER_CORE_DIR.replace(/\/?$/, '/')}`) : distCore;
const rounds = Math.max(1, Number(process.env.ROUNDS ?? 15));
const batchMs = 40;

const { default: createLimberCore } = await import(new URL('limber_core.js', coreDir).href);
const module = await createLimberCore({ wasmBinary: readFileSync(new URL('limber_core.wasm', coreDir)) });
const packs = JSON.parse(readFileSync(new URL('packs.json', bench), 'utf8'));
const requests = JSON.parse(readFileSync(new URL('requests.json', bench), 'utf8'));
const { plan, loadHistory: history, stats } = requests;
const engine = new module.Engine();
for (const pack of packs) engine.addPack(pack.text, false);
engine.loadHistory(history);

// The same calls as core_pace.cpp's, by the same names.
const wasmCalls = {
  plan: () => engine.plan(plan),
  loadHistory: () => engine.loadHistory(history),
  stats: () => engine.stats(stats),
  addPacks: () => {
    const fresh = new module.Engine();
    for (const pack of packs) fresh.addPack(pack.text, false);
    fresh.delete();
  },
};
const labels = {
  plan: 'a plan over 150 exercises, ten years',
  loadHistory: 'loading ten years of history',
  stats: 'stats over ten years',
  addPacks: 'parsing and checking every pack',
};

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
// Microseconds per call over count calls, in wasm.
function wasmBatch(call, count) {
  const start = cpu();
  for (let i = 0; i < count; i++) call();
  return ((cpu() - start) * 1000) / count;
}

const native = spawn(new URL('build/native/core_pace', root).pathname, [], { stdio: ['pipe', 'pipe', 'inherit'] });
const answers = createInterface({ input: native.stdout })[Symbol.asyncIterator]();
// Microseconds per call over count calls, natively.
async function nativeBatch(name, count) {
  native.stdin.write(`${name} ${count}\n`);
  const { value, done } = await answers.next();
  if (done) throw new Error(`core_pace ended before answering ${name}`);
  return Number(value);
}

// Microseconds per call once batches doubling in size have taken 200 ms in all.
async function warm(batch) {
  let spent = 0;
  let perCall = 0;
  for (let count = 1; spent < 200_000; count *= 2) {
    perCall = Math.max(await batch(count), 0.01);
    spent += perCall * count;
  }
  return perCall;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const figures = {};
for (const [name, call] of Object.entries(wasmCalls)) {
  // Batches of about batchMs each side, sized once both are warm: V8 compiles a
  // hot wasm function again, optimised, only after a few hundred calls, so a
  // size taken from the first calls made batches of a few cold calls each.
  const wasmOnce = await warm(async (count) => wasmBatch(call, count));
  const nativeOnce = await warm((count) => nativeBatch(name, count));
  const wasmCount = Math.max(1, Math.round((batchMs * 1000) / wasmOnce));
  const nativeCount = Math.max(1, Math.round((batchMs * 1000) / nativeOnce));
  const pairs = [];
  for (let round = 0; round < rounds; round++) {
    // Each side first in every other round, so neither always runs on a warmer machine.
    let n;
    let w;
    if (round % 2 === 0) {
      n = await nativeBatch(name, nativeCount);
      w = wasmBatch(call, wasmCount);
    } else {
      w = wasmBatch(call, wasmCount);
      n = await nativeBatch(name, nativeCount);
    }
    pairs.push({ n, w });
  }
  figures[name] = {
    native: median(pairs.map((p) => p.n)),
    wasm: median(pairs.map((p) => p.w)),
    ratio: median(pairs.map((p) => p.w / p.n)),
    lowest: Math.min(...pairs.map((p) => p.w / p.n)),
    highest: Math.max(...pairs.map((p) => p.w / p.n)),
  };
}
native.stdin.end();

if (process.env.JSON) {
  console.log(JSON.stringify(figures));
} else {
  console.log(`Core calls, microseconds of CPU time per call, ${rounds} pairs of batches taken in turn:`);
  console.log('call'.padEnd(38) + 'native'.padStart(9) + 'wasm'.padStart(9) + 'ratio'.padStart(7) + '   (pairs)');
  for (const [name, f] of Object.entries(figures)) {
    console.log(labels[name].padEnd(38) + f.native.toFixed(0).padStart(9) + f.wasm.toFixed(0).padStart(9) +
      f.ratio.toFixed(2).padStart(7) + `   (${f.lowest.toFixed(2)} to ${f.highest.toFixed(2)})`);
  }
  console.log('(medians; the ratio is the median of the pairs\' ratios; target: wasm at most 3 times native)');
}
