// Inputs for the benchmarks, made once per run into build/bench/: ten years of
// history (20 outcomes a day) folded the way the service worker folds it, a
// synthetic pack that brings the catalog to 150 exercises, and the engine
// requests both the native and the wasm micro-benchmarks time.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { startCore } from '../node/load-core.mjs';

const root = new URL('../../', import.meta.url);
const out = new URL('build/bench/', root);
mkdirSync(out, { recursive: true });

const DAY = 86_400_000;
const now = { utc: Date.UTC(2026, 10, 23, 11, 0), offset: 60 };
const pad = (n) => String(n).padStart(2, '0');
const dayOf = (utc) => {
  const d = new Date(utc + now.offset * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

const packs = readdirSync(new URL('packs/', root)).filter((f) => f.endsWith('.json') && f !== 'schema.json')
  .map((file) => ({ source: `packs/${file}`, text: readFileSync(new URL(`packs/${file}`, root), 'utf8') }));
const known = packs.flatMap(({ text }) => JSON.parse(text).exercises.map((e) => e.id));

// 150 exercises in all: the packaged ones and a synthetic pack for the rest.
const extra = Array.from({ length: 150 - known.length }, (_, i) => ({
  id: `bench-exercise-${i}`, name: `Bench Exercise ${i}`, steps: ['Do this.', 'Then that.'], seconds: 20 + (i % 4) * 10,
  position: 'sitting', side: 'both', bodyAreas: ['neck'], intensity: 'gentle', cautions: ['Go easy.'],
}));
const synthetic = {
  schemaVersion: 1, id: 'bench-synthetic', title: 'Bench Synthetic', summary: 'Exercises for the benchmark.',
  whenToUse: 'Benchmarks.', whyItHappens: 'Benchmarks.', about: 'Benchmarks.', skipIf: ['Never.'],
  whoItIsFor: [{ goal: 'Benchmarks', reason: 'Size.' }], positions: ['sitting'], places: ['desk'], timesOfDay: ['mid'],
  exercises: extra.slice(0, 60),
};
const synthetic2 = { ...synthetic, id: 'bench-synthetic-2', title: 'Bench Synthetic Two', exercises: extra.slice(60) };
const allPacks = [...packs, { source: 'bench-synthetic.json', text: JSON.stringify(synthetic) }];
if (synthetic2.exercises.length > 0) allPacks.push({ source: 'bench-synthetic-2.json', text: JSON.stringify(synthetic2) });
const ids = [...known, ...extra.map((e) => e.id)];

// Ten years of outcomes, twenty a day, five exercises each.
const outcomes = ['completed', 'completed', 'partial', 'skipped', 'snoozed', 'natural', 'completed'];
const history = [];
for (let day = 3650; day >= 0; day--) {
  for (let i = 0; i < 20; i++) {
    const end = now.utc - day * DAY - (20 - i) * 25 * 60_000;
    const outcome = outcomes[(day + i) % outcomes.length];
    const done = outcome === 'completed' || outcome === 'partial'
      ? Array.from({ length: 5 }, (_, k) => ids[(day * 7 + i * 5 + k) % ids.length]) : [];
    history.push({ version: 1, id: `bench-${day}-${i}`, start: end - 120_000, end, day: dayOf(end), outcome,
      exercises: done, packs: done.length ? ['lower-back-tension-release'] : [] });
  }
}

const core = await startCore();
for (const { source, text } of allPacks) core.addPack(source, text);
// Folded as the service worker folds: batch after batch until nothing is removed.
let raw = history;
let folded = { folded: undefined, remove: [null] };
while (folded.remove.length > 0) {
  folded = core.fold({ history: raw, folded: folded.folded, now });
  const removed = new Set(folded.remove);
  raw = raw.filter((_, i) => !removed.has(i));
}

let rotation = null;
for (let i = 0; i < 600; i++) ({ rotation } = core.next({ rotation, now, seed: 7 }));

// As texts, as the shell's JSON.stringify writes them: the native and the wasm
// side of tests/bench/core-paired.mjs then parse the very same bytes.
const requests = {
  plan: JSON.stringify({ rotation, now, seed: 7, settings: { breakSeconds: 120 } }),
  loadHistory: JSON.stringify({ history: raw, folded: folded.folded }),
  stats: JSON.stringify({ now }),
};
writeFileSync(new URL('packs.json', out), JSON.stringify(allPacks));
writeFileSync(new URL('requests.json', out), JSON.stringify(requests));
writeFileSync(new URL('storage.json', out), JSON.stringify({ raw, folded: folded.folded }));
console.log(`prepared: ${history.length} records (${raw.length} raw, ${Object.keys(folded.folded.months).length} folded months), ${ids.length} exercises`);
