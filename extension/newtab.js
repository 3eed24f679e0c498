// The new tab: shows the next exercise and runs a guided break. The core decides
// what comes next, what a break holds and what counts; this page fetches what is
// stored, asks the core, shows the answer and stores what the core gives back.
import { loadCore } from './core/limber-core.js';
import { byId, el, fill } from './lib/dom.js';
import { localDay } from './lib/day.js';
import { loadPacks } from './lib/packs.js';
import * as storage from './lib/storage.js';
import { showExercise } from './lib/exercise-view.js';
import { BreakRunner } from './lib/break-runner.js';

const views = ['next', 'break', 'done', 'empty'];

function showView(name) {
  for (const view of views) byId(view).hidden = view !== name;
}

function slots(prefix) {
  return {
    name: byId(`${prefix}-name`),
    pack: byId(`${prefix}-pack`),
    position: byId(`${prefix}-position`),
    duration: byId(`${prefix}-duration`),
    steps: byId(`${prefix}-steps`),
    demo: byId(`${prefix}-demo`),
  };
}

function note(messages) {
  if (messages.length === 0) return;
  const notice = byId('notice');
  fill(notice, messages.map((message) => el('p', {}, [message])));
  notice.hidden = false;
  for (const message of messages) console.warn(`Limber: ${message}`);
}

function formatClock(ms) {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function breaksTodayLabel(count) {
  return count === 1 ? '1 break today' : `${count} breaks today`;
}

async function main() {
  const [core, storedSettings, storedRotation] = await Promise.all([
    loadCore(),
    storage.readSettings(),
    storage.readRotation(),
  ]);
  const packProblems = await loadPacks(core);
  const packTitles = new Map(core.packs().map((pack) => [pack.id, pack.title]));
  const { settings, problems: settingsProblems } = core.settings(storedSettings);
  note([...packProblems, ...settingsProblems.map((p) => `Setting ${p.path}: ${p.message}`)]);

  let rotation = storedRotation;
  let shown = null;

  function showNext() {
    const answer = core.next({ settings, rotation });
    rotation = answer.rotation;
    shown = answer.exercise;
    storage.writeRotation(rotation);
    if (!shown) {
      showView('empty');
      return;
    }
    showExercise(slots('next'), shown, packTitles.get(shown.packId));
    showView('next');
    performance.mark('exercise-on-screen');
  }

  async function refreshToday() {
    const stats = core.stats({ history: await storage.readHistory(), today: localDay() });
    byId('today').textContent = breaksTodayLabel(stats.breaksToday);
    return stats;
  }

  function runBreak() {
    const { plan } = core.plan({ settings, rotation, first: shown?.id });
    if (plan.exercises.length === 0) return;
    const breakSlots = slots('break');
    const runner = new BreakRunner(plan.exercises, {
      onExercise(index) {
        const exercise = plan.exercises[index];
        showExercise(breakSlots, exercise);
        byId('break-count').textContent = `Exercise ${index + 1} of ${plan.exercises.length}`;
      },
      onTick(remainingMs, totalMs) {
        byId('countdown').textContent = formatClock(remainingMs);
        /** @type {HTMLProgressElement} */ (byId('break-progress')).value = 1 - remainingMs / totalMs;
      },
      onFinish: (result) => finishBreak(result),
    });
    const pause = byId('pause');
    pause.textContent = 'Pause';
    pause.onclick = () => {
      if (runner.isPaused) runner.resume();
      else runner.pause();
      pause.textContent = runner.isPaused ? 'Resume' : 'Pause';
    };
    byId('skip').onclick = () => runner.skip();
    byId('end').onclick = () => runner.end();
    showView('break');
    runner.start();
    pause.focus();
  }

  async function finishBreak({ done, endedEarly, start, end }) {
    const answer = core.finishBreak({
      rotation,
      id: crypto.randomUUID(),
      start,
      end,
      day: localDay(new Date(end)),
      done,
      endedEarly,
    });
    rotation = answer.rotation;
    await storage.saveBreak(answer.record, rotation);
    const stats = await refreshToday();
    const finished = answer.record.outcome === 'completed';
    byId('done-title').textContent = finished ? 'Break done. Well moved!' : 'Break ended early';
    byId('done-summary').textContent =
      `${done.length} of the break's exercises done. ${breaksTodayLabel(stats.breaksToday)}.`;
    showView('done');
    byId('done-back').focus();
  }

  byId('start-break').addEventListener('click', runBreak);
  byId('done-back').addEventListener('click', showNext);
  showNext();
  await refreshToday();
}

main().catch((error) => {
  note([`Limber could not start: ${error.message}`]);
  console.error(error);
});
