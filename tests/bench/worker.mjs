// The service worker's wakes, in the real extension: a minute tick (the badge
// counting down), a due break (the core asked, the notification raised) and a
// cold start (the worker stopped, then the tick). Wall time from the alarm to the
// toolbar in step, from the worker's own mark; CPU time of the worker's thread,
// from a Chromium trace (the thread time of every task it ran). Prints medians.
import { launch, plantSchedule, until, ALWAYS_WORKING } from '../e2e/browser.mjs';

const RUNS = Number(process.env.RUNS ?? 9);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await launch();
const worker = await browser.serviceWorker();
const page = await browser.newTab();
const cdp = await browser.context.newCDPSession(page);
await cdp.send('ServiceWorker.enable');

// Fires `name` at `when` from the page (as Chrome would) and, once the worker is
// done, gives the times of the worker's own marks and the CPU time its thread
// spent meanwhile. Nothing else runs on the worker's thread in that time (no
// evaluate: Playwright's calls would count).
async function wake(name, { cold = false } = {}) {
  // Stopped, the worker starts again for the alarm; Playwright's handle reaches
  // the new one (the target stays).
  if (cold) await cdp.send('ServiceWorker.stopAllWorkers');
  const events = [];
  const collect = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', '__metadata'] } });
  const when = Date.now() + 300;
  await page.evaluate(({ name, when }) => chrome.alarms.create(name, { when, ...(name === 'badge-tick' ? { periodInMinutes: 1 } : {}) }), { name, when });
  await new Promise((resolve) => setTimeout(resolve, when + 1500 - Date.now()));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  const marks = await until(() => worker.evaluate((when) => {
    const mark = (label) => performance.getEntriesByName(label).find((m) => m.detail.scheduledTime === when);
    const [start, done] = [mark('alarm-start'), mark('alarm-done')];
    return done && { origin: performance.timeOrigin, start: performance.timeOrigin + start.startTime, done: performance.timeOrigin + done.startTime };
  }, when), { timeout: 20_000 });
  // The worker's thread: named so in the trace's metadata; its tasks' thread time.
  const threads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && /ServiceWorker/i.test(e.args?.name ?? ''))
    .map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.ph === 'X' && threads.has(`${e.pid}:${e.tid}`) && e.tdur !== undefined);
  const cpu = tasks.reduce((sum, e) => sum + e.tdur, 0) / 1000;
  return { work: marks.done - marks.start, toBadge: marks.done - when, cpu, startup: cold ? marks.start - marks.origin : 0 };
}

const results = { tick: [], due: [], cold: [], dueCold: [] };
for (let i = 0; i < RUNS; i++) {
  // Waiting, 30 min left: the tick counts down; the due alarm finds the break due.
  await plantSchedule(worker, { ...ALWAYS_WORKING, microBreaks: false }, 15);
  await until(async () => (await worker.evaluate(() => chrome.action.getBadgeText({}))) === '30m');
  results.tick.push(await wake('badge-tick'));
  results.cold.push(await wake('badge-tick', { cold: true }));
  // Due 5 min ago: the wake asks the core and finds the notification up.
  await plantSchedule(worker, { ...ALWAYS_WORKING, microBreaks: false }, 50);
  await until(async () => (await worker.evaluate(() => chrome.action.getBadgeText({}))) === 'now');
  results.due.push(await wake('break-due'));
  results.dueCold.push(await wake('break-due', { cold: true }));
  await page.evaluate(() => chrome.notifications.clear('break-due'));
}
await browser.close();

const med = (list, key) => median(list.map((r) => r[key])).toFixed(1).padStart(7);
console.log(`The service worker's wakes (medians of ${RUNS}; from the alarm's listener to the toolbar in step, and CPU of the worker's thread):`);
console.log(`minute tick (the badge counting down)   ${med(results.tick, 'work')} ms wall ${med(results.tick, 'cpu')} ms CPU   target: at most 5 ms CPU, no core started`);
console.log(`due break (the core asked, notification)${med(results.due, 'work')} ms wall ${med(results.due, 'cpu')} ms CPU`);
console.log(`due break, the worker stopped (core started)${med(results.dueCold, 'work')} ms wall ${med(results.dueCold, 'cpu')} ms CPU   (what every tick cost before the schedule ahead)`);
console.log(`cold start, then the tick               ${med(results.cold, 'work')} ms wall ${med(results.cold, 'cpu')} ms CPU   (worker script ${med(results.cold, 'startup')} ms before the listener)`);
console.log(`cold start: the alarm's time to the badge ${med(results.cold, 'toBadge')} ms (a warm tick: ${med(results.tick, 'toBadge')} ms, Chrome's own alarm delay in both)   target: at most 150 ms`);
