// Runs a planned break in time: a few seconds to get ready, then one exercise
// after another, each for its seconds, with pause, skip and end. It keeps time from the page's monotonic clock
// (performance.now), not by counting ticks, so a slow tab never stretches a
// break and a wall clock set back or forward never moves the countdown.

const TICK_MS = 200;

export class BreakRunner {
  /**
   * @param {{id: string, seconds: number}[]} exercises the plan, in order
   * @param {{onExercise: (index: number, gettingReady: boolean) => void, onTick: (remainingMs: number, totalMs: number) => void,
   *          onFinish: (result: {done: string[], endedEarly: boolean, start: number, elapsed: number}) => void}} view
   * @param {number} [readySeconds] to get ready before the first exercise (part of the break's time)
   */
  constructor(exercises, view, readySeconds = 0) {
    this.exercises = exercises;
    this.view = view;
    this.readyMs = readySeconds * 1000;
    this.index = 0;
    this.done = [];
    this.paused = false;
    this.timer = 0;
  }

  start() {
    this.startedAt = Date.now();
    this.startedTick = performance.now();
    this.gettingReady = this.readyMs > 0;
    this.#begin(0);
    this.timer = setInterval(() => this.#tick(), TICK_MS);
  }

  get isPaused() {
    return this.paused;
  }

  /** Seconds of the break still to run: the current exercise's (or getting ready's) and the rest. */
  get secondsLeft() {
    const following = this.exercises.slice(this.index + (this.gettingReady ? 0 : 1)).reduce((sum, exercise) => sum + exercise.seconds, 0);
    return Math.max(0, this.remainingMs) / 1000 + following;
  }

  pause() {
    if (this.paused || !this.timer) return;
    this.#tick();
    this.paused = true;
  }

  resume() {
    if (!this.paused) return;
    this.paused = false;
    this.lastTick = performance.now();
  }

  /** Moves on without counting the current exercise as done (getting ready for it too). */
  skip() {
    this.gettingReady = false;
    this.#advance(false);
  }

  /** Stops the break now; what was done so far is kept. */
  end() {
    this.#finish(true);
  }

  #begin(index) {
    this.index = index;
    this.totalMs = this.gettingReady ? this.readyMs : this.exercises[index].seconds * 1000;
    this.remainingMs = this.totalMs;
    this.lastTick = performance.now();
    this.view.onExercise(index, this.gettingReady);
    this.view.onTick(this.remainingMs, this.totalMs);
  }

  #tick() {
    if (this.paused) return;
    const now = performance.now();
    this.remainingMs -= now - this.lastTick;
    this.lastTick = now;
    if (this.remainingMs > 0) {
      this.view.onTick(this.remainingMs, this.totalMs);
    } else if (this.gettingReady) {
      this.gettingReady = false;
      this.#begin(this.index);
    } else {
      this.#advance(true);
    }
  }

  #advance(completed) {
    if (completed) this.done.push(this.exercises[this.index].id);
    if (this.index + 1 < this.exercises.length) this.#begin(this.index + 1);
    else this.#finish(false);
  }

  #finish(endedEarly) {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = 0;
    // How long it ran, by the monotonic clock: the record's times follow from it.
    this.view.onFinish({ done: this.done, endedEarly, start: this.startedAt, elapsed: Math.round(performance.now() - this.startedTick) });
  }
}
