// The same engine calls as tests/bench/core_bench.cpp, timed in the wasm build
// under node, printed as JSON: {name: microseconds per call}. Timed in CPU time,
// as Google Benchmark's figure for the native build is: on a machine shared with
// other work, wall time counts the others' turns too (a run beside a browser read
// 8 times native in wall time, 4 in CPU time). Node's CPU time includes its
// compiler and garbage collector threads, so it errs against wasm.
import { readFileSync } from 'node:fs';
import { distCore } from '../node/load-core.mjs';

const bench = new URL('../../build/bench/', import.meta.url);
const { default: createLimberCore } = await import(new URL('limber_core.js', distCore));
const module = await createLimberCore({ wasmBinary: readFileSync(new URL('limber_core.wasm', distCore)) });
const packs = JSON.parse(readFileSync(new URL('packs.json', bench), 'utf8'));
const requests = JSON.parse(readFileSync(new URL('requests.json', bench), 'utf8'));

// Milliseconds of CPU time this process has used.
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

// Median microseconds per call over batches that each take about 50 ms.
function time(call) {
  call();
  let perBatch = 1;
  for (let start = cpu(); cpu() - start < 50; perBatch *= 2) {
    const s = cpu();
    for (let i = 0; i < perBatch; i++) call();
    if (cpu() - s > 50) break;
  }
  const samples = [];
  for (let batch = 0; batch < 7; batch++) {
    const s = cpu();
    for (let i = 0; i < perBatch; i++) call();
    samples.push(((cpu() - s) * 1000) / perBatch);
  }
  return samples.sort((a, b) => a - b)[3];
}

const engine = new module.Engine();
for (const pack of packs) engine.addPack(pack.text, false);
const plan = JSON.stringify(requests.plan);
const load = JSON.stringify(requests.loadHistory);
const stats = JSON.stringify(requests.stats);
const result = {
  PlanOver150ExercisesAndTenYears: time(() => engine.plan(plan)),
  LoadTenYearsOfHistory: time(() => engine.loadHistory(load)),
  StatsOverTenYears: (engine.loadHistory(load), time(() => engine.stats(stats))),
  ParseAndValidateEveryPack: time(() => {
    const fresh = new module.Engine();
    for (const pack of packs) fresh.addPack(pack.text, false);
    fresh.delete();
  }),
};
console.log(JSON.stringify(result));
