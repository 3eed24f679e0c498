// Records the scenario files under tests/scenarios/: sequences of engine calls
// (request and answer) that both the GoogleTest suite (natively) and the node
// suite (in wasm) replay, each asserting byte-identical answers. Run it after a
// deliberate change to the core's behaviour, then read the diff:
//   scripts/build && node scripts/record-scenarios.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import createLimberCore from '../dist/extension/core/limber_core.js';

const root = new URL('..', import.meta.url);
const MINUTE = 60_000;
// 2026-11-23, a Monday, 00:00 in Berlin (UTC+1).
const MONDAY = Date.UTC(2026, 10, 22, 23, 0);
const berlin = (day, hour, minute = 0) => ({ utc: MONDAY + day * 1440 * MINUTE + (hour * 60 + minute) * MINUTE, offset: 60 });

async function recorder(packs) {
  const module = await createLimberCore({ wasmBinary: readFileSync(new URL('dist/extension/core/limber_core.wasm', root)) });
  const engine = new module.Engine();
  for (const file of packs) engine.addPack(readFileSync(new URL(`packs/${file}`, root), 'utf8'), false);
  const steps = [];
  return {
    steps,
    call(call, request) {
      const answer = JSON.parse(engine[call](JSON.stringify(request)));
      steps.push({ call, request, answer });
      return answer;
    },
  };
}

async function scenario(name, description, packs, script) {
  const r = await recorder(packs);
  script(r.call);
  const file = new URL(`tests/scenarios/${name}.json`, root);
  writeFileSync(file, `${JSON.stringify({ description, packs, steps: r.steps }, null, 1)}\n`);
  console.log(`${name}: ${r.steps.length} steps`);
}

const PACK = ['lower-back-tension-release.json'];

await scenario('rotation-new-tabs', 'Forty new tabs in a row with a seed and a focus area: the rotation moves on and shows everything before repeating.', PACK, (call) => {
  const settings = { focusAreas: ['hamstrings'] };
  let rotation = null;
  for (let i = 0; i < 40; i++) {
    ({ rotation } = call('next', { settings, rotation, now: berlin(0, 9, i), seed: 42 }));
  }
});

await scenario('breaks-in-a-day', 'A working Monday: the first break after arriving, a snooze, breaks that move the rotation on, skips until the budget is spent, time away, a presentation in full screen, an hour paused, and the evening.', PACK, (call) => {
  const settings = { intervalMinutes: 45, skipBudget: 2 };
  let state = null;
  let rotation = null;
  let id = 0;
  const schedule = (now) => ({ state } = call('schedule', { settings, state, now }));
  const takeBreak = (now) => {
    const { plan } = call('plan', { settings, rotation, now, seed: 7 });
    const done = plan.exercises.map((e) => e.id);
    ({ state, rotation } = call('finishBreak', {
      settings, rotation, state, id: `b${id++}`, start: now.utc - plan.totalSeconds * 1000, now, done, endedEarly: false,
    }));
  };
  schedule(berlin(0, 8, 40));
  schedule(berlin(0, 9, 50));
  ({ state } = call('snooze', { settings, state, now: berlin(0, 9, 50), minutes: 10, id: `s${id++}` }));
  schedule(berlin(0, 9, 55));
  schedule(berlin(0, 10, 0));
  // A presentation in full screen holds the due break; afterwards it is due from then.
  ({ state } = call('schedule', { settings, state, now: berlin(0, 10, 1), fullscreen: true }));
  schedule(berlin(0, 10, 2));
  takeBreak(berlin(0, 10, 2));
  for (let k = 0; k < 3; k++) {
    const answer = call('skip', { settings, state, now: berlin(0, 11 + k), id: `k${id++}` });
    if (answer.state) ({ state } = answer);
  }
  ({ state } = call('idle', { settings, state, now: berlin(0, 14), idleState: 'locked', id: `i${id++}` }));
  ({ state } = call('idle', { settings, state, now: berlin(0, 14, 40), idleState: 'active', id: `i${id++}` }));
  schedule(berlin(0, 14, 41));
  // A meeting: reminders paused for an hour, which ends by itself.
  ({ state } = call('schedule', { settings, state, now: berlin(0, 14, 45), pause: 'hour' }));
  schedule(berlin(0, 15, 20));
  schedule(berlin(0, 15, 45));
  for (let hour = 16; hour < 18; hour++) takeBreak(berlin(0, hour, 30));
  schedule(berlin(0, 19));
  schedule(berlin(4, 18, 30));
});

await scenario('micro-breaks', 'A morning as the service worker sees it with micro-breaks on: each starts when due and ends with a micro record after its 20 seconds, none near a long break, none in full screen or while paused; long breaks leave the eye breaks and posture resets out; the micro-breaks counted apart.', ['eye-breaks.json', 'neck-and-shoulders.json'], (call) => {
  const settings = { intervalMinutes: 60 };
  let state = null;
  let rotation = null;
  const history = [];
  let id = 0;
  const tick = (now, facts = {}) => {
    const answer = call('schedule', { settings, state, now, micro: true, id: `m${id++}`, device: 'here', ...facts });
    ({ state } = answer);
    if (answer.record) history.push(answer.record);
  };
  const seconds = (now, s) => ({ ...now, utc: now.utc + s * 1000 });
  for (let minute = 0; minute < 60; minute += 5) {
    const now = berlin(0, 9, minute);
    tick(now);
    tick(seconds(now, 25));
  }
  const { plan } = call('plan', { settings, rotation, now: berlin(0, 10, 0), seed: 3 });
  ({ state, rotation } = call('finishBreak', {
    settings, rotation, state, id: 'long', start: berlin(0, 10, 0).utc, now: berlin(0, 10, 2), done: plan.exercises.map((e) => e.id), endedEarly: false,
  }));
  tick(berlin(0, 10, 22), { fullscreen: true });
  tick(berlin(0, 10, 23));
  tick(seconds(berlin(0, 10, 23), 20));
  ({ state } = call('schedule', { settings, state, now: berlin(0, 10, 30), pause: 'hour' }));
  tick(berlin(0, 11, 0));
  tick(berlin(0, 11, 31));
  tick(berlin(0, 11, 50));
  tick(seconds(berlin(0, 11, 50), 21));
  call('loadHistory', { history });
  call('stats', { settings, now: berlin(0, 12) });
});

await scenario('plans-over-weeks', 'Twenty-four breaks in a row for a user who avoids exercises flagged for high blood pressure: whole exercises, pairs left then right, two-minute plans.', PACK, (call) => {
  const settings = { avoid: ['high-blood-pressure'], breakSeconds: 120 };
  let rotation = null;
  let state = null;
  for (let i = 0; i < 24; i++) {
    const now = berlin(Math.floor(i / 6), 9 + (i % 6), 30);
    const { plan } = call('plan', { settings, rotation, now, seed: 1234 });
    ({ rotation, state } = call('finishBreak', {
      settings, rotation, state, id: `p${i}`, start: now.utc - 120_000, now, done: plan.exercises.map((e) => e.id), endedEarly: false,
    }));
  }
});

await scenario('daylight-saving', 'Schedules across the end of summer time in Berlin (offset 120, then 60) and a trip to New York (offset -300).', PACK, (call) => {
  const sunday = Date.UTC(2026, 9, 25, 0, 30); // 2026-10-25 02:30 in Berlin, summer time until 01:00 UTC
  call('schedule', { now: { utc: sunday, offset: 120 } });
  call('schedule', { now: { utc: sunday + 3 * 3600_000, offset: 60 } });
  const monday = Date.UTC(2026, 9, 26, 8, 30); // 09:30 in Berlin
  call('schedule', { state: null, now: { utc: monday, offset: 60 } });
  call('schedule', { now: { utc: monday, offset: -300 } }); // 03:30 in New York
  call('loadHistory', {
    history: [{ version: 1, id: 'a', start: monday - 120_000, end: monday, day: '2026-10-26', outcome: 'completed', exercises: [], packs: [] }],
  });
  call('stats', { now: { utc: monday, offset: -300 } });
  // A streak over the change: Fri 23 Oct (summer time), Mon 26 and Tue 27 (winter time).
  const noon = (y, m, d, offset) => Date.UTC(y, m, d, 12) - offset * MINUTE;
  const done = (day, end) => ({ version: 1, id: day, start: end - 120_000, end, day, outcome: 'completed', exercises: ['leg-hugs'], packs: ['lower-back-tension-release'] });
  const history = [done('2026-10-23', noon(2026, 9, 23, 120)), done('2026-10-26', noon(2026, 9, 26, 60)), done('2026-10-27', noon(2026, 9, 27, 60))];
  call('loadHistory', { history });
  call('stats', { now: { utc: noon(2026, 9, 27, 60), offset: 60 } });
  call('stats', { now: { utc: noon(2026, 9, 29, 60), offset: 60 } });
});
