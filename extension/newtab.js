// The new tab: shows the next exercise, when the next break is due, and runs a
// guided break. The core decides what comes next, what a break holds, what is
// due and what counts; this page fetches what is stored, asks the core, shows
// the answer and stores what the core gives back.
import { loadCore, nowFromClock } from './core/limber-core.js';
import { byId, el, fill } from './lib/dom.js';
import { loadPacks } from './lib/packs.js';
import * as storage from './lib/storage.js';
import { cardOf, demoFor, showExercise, showText } from './lib/exercise-view.js';
import { BreakRunner } from './lib/break-runner.js';
import { describeSchedule, scheduleLine, sentence, todayLabel } from './lib/schedule-text.js';
import { plural, t } from './lib/i18n.js';
import { describeProblem, describeProblems } from './lib/problems.js';
import { chime, readyChime } from './lib/chime.js';
import { followPolicy } from './lib/policy.js';

const views = ['next', 'break', 'done', 'empty'];
// How long before an exercise ends its "up next" line shows (at most half of it).
const UP_NEXT_MS = 10_000;
const { NEXT_UP } = storage;

function showView(name) {
  for (const view of views) byId(view).hidden = view !== name;
  if (name === 'break') byId('due').hidden = true;
  if (name === 'break') byId('micro').hidden = true;
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
  notice.append(...messages.map((message) => el('p', {}, [message])));
  notice.hidden = false;
  for (const message of messages) console.warn(`Limber: ${message}`);
}

function formatClock(ms) {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

// The user's most visited sites, when they turned the row on (which granted the optional topSites permission).
async function showTopSites() {
  if (!(await chrome.permissions.contains({ permissions: ['topSites'] }))) return;
  const sites = (await chrome.topSites.get()).slice(0, 8);
  fill(byId('top-sites'), sites.map((site) => el('a', { class: 'top-site', href: site.url, title: site.url }, [site.title || new URL(site.url).host])));
  byId('top-sites').hidden = sites.length === 0;
}

async function main() {
  const mark = storage.nextUpMark(); // before the settings and packs are read
  const [core, storedSettings, local] = await Promise.all([loadCore({ describe: describeProblem }), storage.readSettings(), storage.readLocalState()]);
  const packProblems = await loadPacks(core);
  const packTitles = new Map(core.packs().map((pack) => [pack.id, pack.title]));
  const { settings, problems: settingsProblems } = core.settings(storedSettings);
  storage.applyLook(settings);
  // A change of the organisation's policy shows at once, though not in the middle of a break.
  followPolicy(() => !byId('break').hidden);
  byId('search').hidden = !settings.searchBox;
  showTopSites();
  // Settings of a newer Limber are not a fault to report on every tab (the options page says so).
  const faults = settingsProblems.filter((p) => p.code !== 'newer-version');
  note([...packProblems, ...faults.map((p) => t('settingProblem', p.path, describeProblem({ ...p, path: '' })))]);

  let { rotation, todayStats } = local;
  const { seed, device } = local;
  let shown = null;
  let schedule = null;
  let pauseEnds = 0;
  /** @type {number|null} the tab to go back to when the break ends */
  let returnTo = null;
  let doneShown = '';

  // Today's count and streak on the finish screen, for the day the break was recorded on.
  function showDoneToday() {
    if (!doneShown) return;
    const current = todayStats?.day === doneShown ? todayStats : null;
    byId('done-today').textContent = current ? todayLabel(current, { day: doneShown }, settings.dailyGoal) : '';
  }

  // A stored value the core could not read is copied aside before it is
  // replaced; when the copy cannot be written the value is left as it was.
  async function keepAsideIfUnreadable(key, value, problems) {
    const reasons = problems.filter((p) => p.path.startsWith(key === 'schedule' ? 'state' : key));
    if (reasons.length === 0) return true;
    try {
      await storage.keepAside([{ key, value, reason: describeProblems(reasons) }]);
    } catch (error) {
      const why = storage.whyNotStored(error);
      note([key === 'schedule' ? t('scheduleNotKeptAside', why) : t('rotationNotKeptAside', why)]);
      return false;
    }
    note([key === 'schedule' ? t('scheduleUnreadable') : t('rotationUnreadable')]);
    return true;
  }

  // Which exercises came up: kept after the stored rotation is safe, and said when it cannot be.
  async function keepRotation(stored, answer) {
    if (!(await keepAsideIfUnreadable('rotation', stored, answer.problems))) return;
    try {
      await storage.save({ rotation: answer.rotation });
    } catch (error) {
      note([t('rotationNotSaved', storage.whyNotStored(error))]);
    }
  }

  function showNext() {
    const answer = core.next({ settings, rotation, now: nowFromClock(), seed });
    keepRotation(rotation, answer);
    rotation = answer.rotation;
    shown = answer.exercise;
    if (!shown) {
      localStorage.removeItem(NEXT_UP);
      showView('empty');
      return;
    }
    const card = cardOf(shown, packTitles.get(shown.packId));
    const painted = document.documentElement.dataset.firstPaint;
    delete document.documentElement.dataset.firstPaint;
    // The first paint showed the card the last tab left; it stays unless the core
    // chose otherwise (settings changed meanwhile, or another tab moved on).
    if (painted !== shown.id) showText(slots('next'), card);
    fill(byId('next-demo'), [demoFor(shown)]);
    /** @type {HTMLAnchorElement} */ (byId('next-pack')).href = `pack.html?id=${encodeURIComponent(shown.packId)}`;
    showView('next');
    if (!painted) {
      performance.mark('name-on-screen');
      performance.mark('exercise-on-screen');
    }
    // Ready for the next new tab's first paint: what the core will show next.
    const following = core.next({ settings, rotation, now: nowFromClock(), seed }).exercise;
    if (following) storage.keepNextUp(cardOf(following, packTitles.get(following.packId)), mark);
  }

  // The schedule line and, when a break is due, the banner to start, snooze or skip it.
  function showSchedule(next) {
    schedule = next;
    byId('today').textContent = todayLabel(todayStats, schedule, settings.dailyGoal);
    byId('schedule-line').textContent = scheduleLine(schedule);
    byId('resume-part').hidden = schedule.status !== 'paused';
    byId('pause-menu').hidden = schedule.status === 'paused' || schedule.status === 'off';
    // A pause ends by itself: the line says so when it does.
    clearTimeout(pauseEnds);
    if (schedule.pausedUntil) pauseEnds = setTimeout(() => refreshSchedule(), schedule.pausedUntil - Date.now() + 100);
    showMicro(schedule.micro);
    const due = schedule.status === 'due' && byId('break').hidden;
    byId('due').hidden = !due;
    if (!due) return;
    fill(byId('due-snoozes'), settings.snoozeMinutes.map((minutes) => {
      const button = el('button', { type: 'button' }, [t('snoozeMinutes', minutes)]);
      button.addEventListener('click', () => {
        const now = nowFromClock();
        record((state) => core.snooze({ settings, state, now, minutes, id: crypto.randomUUID(), device }));
      });
      return button;
    }));
    byId('due-skip').hidden = schedule.skipsLeft === 0;
    byId('due-skip').textContent = t('skipThisOneLeft', schedule.skipsLeft);
  }

  // A micro-break showing now (the worker started it): a quiet banner until it clears.
  let microEnds = 0;
  function showMicro(micro) {
    const showing = micro?.status === 'showing' && micro.exercise && micro.endsAt > Date.now() && byId('break').hidden;
    byId('micro').hidden = !showing;
    clearTimeout(microEnds);
    if (!showing) return;
    byId('micro-name').textContent = t('microBanner', settings.microSeconds, micro.exercise.name);
    byId('micro-step').textContent = micro.exercise.steps[0];
    microEnds = setTimeout(() => { byId('micro').hidden = true; }, micro.endsAt - Date.now());
  }

  // change: asks the core, under the schedule lock, to pause reminders or resume
  // them ({pause}), or to hold them while a guided break runs ({breakRuns: seconds}).
  async function refreshSchedule(change = {}) {
    /** @type {any} */
    let answer = null;
    try {
      await storage.changeSchedule(async (state) => {
        const seen = core.schedule({ settings, state, now: nowFromClock(), ...change });
        // Not kept aside: the stored state stays as it is, and is not written over.
        answer = (await keepAsideIfUnreadable('schedule', state, seen.problems)) ? seen : { ...seen, state };
        return answer;
      });
    } catch (error) {
      if (!answer) throw error;
      note([t('scheduleNotSaved', storage.whyNotStored(error))]);
    }
    showSchedule(answer.schedule);
  }

  // A snooze, a skip or a finished break: asks the core with the schedule state as
  // stored now (another tab or the worker may have moved it), keeps what changed
  // and shows the new schedule; the service worker counts the new record.
  async function record(ask) {
    /** @type {any} */
    let answer = null;
    try {
      await storage.changeSchedule((state) => (answer = ask(state)));
    } catch (error) {
      if (!answer) throw error; // the core refused, e.g. no skips left
      // Storage full: nothing stored is touched; the record waits to be written, if anywhere can hold it.
      const why = storage.whyNotStored(error);
      note([error instanceof storage.RecordNotSaved && !error.kept ? t('saveLost', why) : t('saveFailed', why)]);
    }
    if (answer.rotation) rotation = answer.rotation;
    showSchedule(answer.schedule);
    return answer;
  }

  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changes.todayStats) return;
    todayStats = changes.todayStats.newValue;
    if (schedule) byId('today').textContent = todayLabel(todayStats, schedule, settings.dailyGoal);
    showDoneToday();
  });

  // A break from the rotation, opening with the exercise shown; or, from a pack
  // page's "Start this pack", from that pack alone.
  // "Start break" from the popup, the notification or the shortcut while this tab
  // runs one: the worker asks, and this tab comes forward instead of a second break.
  chrome.runtime.onMessage.addListener((message, sender, reply) => {
    if (sender.id !== chrome.runtime.id || message?.command !== 'show-running-break' || byId('break').hidden) return false;
    chrome.tabs.getCurrent()
      .then(async (tab) => {
        if (tab?.id === undefined) return reply(false);
        await chrome.tabs.update(tab.id, { active: true });
        await chrome.windows.update(tab.windowId, { focused: true });
        reply(true);
      })
      .catch(() => reply(false));
    return true;
  });

  function runBreak(packId) {
    const request = typeof packId === 'string' ? { packId } : { first: shown?.id };
    const { plan } = core.plan({ settings, rotation, now: nowFromClock(), seed, ...request });
    if (plan.exercises.length === 0) return;
    if (settings.changeSound) readyChime();
    const breakSlots = slots('break');
    let warned = false;
    let onScreen = -1;
    let upNext = '';
    const runner = new BreakRunner(plan.exercises, {
      onExercise(index, gettingReady) {
        const exercise = plan.exercises[index];
        if (onScreen !== index) showExercise(breakSlots, exercise);
        onScreen = index;
        if (settings.changeSound && !gettingReady) chime();
        byId('break-count').textContent = t('exerciseOf', index + 1, plan.exercises.length);
        // The plan's cues: a moment to get ready, "switch sides" on a right after its left, what comes next.
        const cue = byId('break-cue');
        cue.textContent = gettingReady ? t('cueGetReady') : exercise.switchSides ? t('cueSwitchSides') : '';
        cue.hidden = cue.textContent === '';
        // Said in the exercise's last seconds, when it is time to think of the next.
        upNext = !gettingReady && exercise.upNext ? t('upNextName', exercise.upNext) : '';
        byId('break-up-next').textContent = '';
        // The timer itself stays quiet (role="timer"); a screen reader hears each
        // new exercise and, once, when ten seconds are left.
        byId('break-announcer').textContent = gettingReady ? t('getReadyAnnounced', exercise.name)
          : `${exercise.switchSides ? `${t('cueSwitchSides')}. ` : ''}${t('exerciseAnnounced', index + 1, plan.exercises.length, exercise.name)}`;
        warned = false;
      },
      onTick(remainingMs, totalMs) {
        byId('countdown').textContent = formatClock(remainingMs);
        if (!warned && remainingMs <= 10_000 && totalMs > 15_000) {
          warned = true;
          byId('break-announcer').textContent = t('countdownAnnounced', Math.ceil(remainingMs / 1000));
        }
        /** @type {HTMLProgressElement} */ (byId('break-progress')).value = 1 - remainingMs / totalMs;
        const line = remainingMs <= Math.min(UP_NEXT_MS, totalMs / 2) ? upNext : '';
        if (byId('break-up-next').textContent !== line) byId('break-up-next').textContent = line;
      },
      onFinish: (result) => finishBreak(result, plan.exercises.length, plan),
    }, plan.getReadySeconds);
    const pause = byId('pause');
    pause.textContent = t('pause');
    pause.onclick = () => {
      if (runner.isPaused) {
        runner.resume();
        // However long it was paused, reminders hold for what is left of it from now.
        refreshSchedule({ breakRuns: Math.ceil(runner.secondsLeft) });
      } else {
        runner.pause();
      }
      pause.textContent = runner.isPaused ? t('resume') : t('pause');
      // Said where the cues are, not only on the button: the countdown stands still on purpose.
      const cue = byId('break-cue');
      if (runner.isPaused) cue.dataset.running = cue.textContent;
      cue.textContent = runner.isPaused ? t('cuePaused') : cue.dataset.running ?? '';
      cue.hidden = cue.textContent === '';
    };
    byId('skip').onclick = () => runner.skip();
    byId('end').onclick = () => runner.end();
    showView('break');
    runner.start();
    pause.focus();
    // While it runs no reminder comes (the worker clears one showing): the core
    // holds them until the break is recorded, or its time and a grace have passed.
    refreshSchedule({ breakRuns: Math.ceil(plan.totalSeconds + plan.getReadySeconds) });
  }

  async function finishBreak({ done, endedEarly, start, elapsed }, planned, plan) {
    const now = nowFromClock(); // the break ended now, however long storage takes
    let answer;
    try {
      answer = await record((state) => core.finishBreak({
        settings, rotation, state, id: crypto.randomUUID(), start, elapsed, now, done, first: shown?.id, endedEarly, device,
      }));
    } catch (error) {
      // Never left in the break view: what went wrong is said, and the page goes on.
      note([t('breakNotRecorded', error.message)]);
      showNext();
      return;
    }
    byId('done-title').textContent = answer.record.outcome === 'completed' ? t('breakDone') : t('breakEndedEarly');
    byId('done-summary').textContent = plural('breakSummary', planned, done.length, planned);
    // What was done: minutes moved, today against the goal and the streak (once the
    // worker has counted this break), and when the next one is due.
    const seconds = plan.exercises.filter((exercise) => done.includes(exercise.id)).reduce((sum, exercise) => sum + exercise.seconds, 0);
    byId('done-moved').textContent = plural('movedMinutes', Math.max(1, Math.round(seconds / 60)));
    byId('done-moved').hidden = seconds === 0;
    doneShown = answer.record.day;
    showDoneToday();
    byId('done-next').textContent = sentence(describeSchedule(answer.schedule));
    showView('done');
    byId('done-back').focus();
  }

  byId('start-break').addEventListener('click', () => runBreak());
  byId('due-start').addEventListener('click', () => runBreak());
  byId('due-skip').addEventListener('click', async () => {
    try {
      const now = nowFromClock();
      await record((state) => core.skip({ settings, state, now, id: crypto.randomUUID(), device }));
    } catch (error) {
      // Another tab used the last skip meanwhile.
      console.warn(error);
      note([t('noSkipsLeft', settings.skipBudget)]);
    }
  });
  // A break opened from the reminder or the shortcut goes back to the tab the user
  // was on, and its own tab closes; otherwise this tab shows the next exercise.
  byId('done-back').addEventListener('click', async () => {
    if (returnTo === null) {
      showNext();
      return;
    }
    try {
      await chrome.tabs.update(returnTo, { active: true });
    } catch {
      // That tab is gone: stay here instead.
      returnTo = null;
      showNext();
      return;
    }
    window.close();
  });
  for (const option of document.querySelectorAll('[data-pause]')) {
    option.addEventListener('click', () => {
      /** @type {HTMLDetailsElement} */ (byId('pause-menu')).open = false;
      refreshSchedule({ pause: /** @type {HTMLElement} */ (option).dataset.pause });
    });
  }
  byId('resume-reminders').addEventListener('click', () => refreshSchedule({ pause: 'resume' }));
  // Another tab or the worker moved the schedule (a pause, its end, a snooze): show it here too.
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.schedule && schedule) refreshSchedule();
  });
  storage.flushPending().then((waiting) => {
    if (waiting > 0) note([plural('pendingBreaks', waiting)]);
  });
  showNext();
  // Opened from the reminder's "Start break" or a pack's "Start this pack": straight into the break.
  const hash = location.hash;
  if (hash === '#break' || hash.startsWith('#break&return=') || hash.startsWith('#pack=')) {
    history.replaceState(null, '', location.pathname);
    const back = Number(hash.slice('#break&return='.length));
    if (hash.startsWith('#break&return=') && Number.isInteger(back)) returnTo = back;
    runBreak(hash.startsWith('#pack=') ? decodeURIComponent(hash.slice('#pack='.length)) : undefined);
  }
  await refreshSchedule();
}

main().catch((error) => {
  note([t('couldNotStart', error.message)]);
  console.error(error);
});
