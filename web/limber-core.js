/**
 * limber-core.js: the only way JavaScript reaches Limber's C++ core.
 *
 * The core runs as WebAssembly (built from core/ and web/bindings.cpp). Every
 * call takes and gives plain objects; the core makes every decision (what comes
 * next, what a break holds, whether a pack or a setting is valid, what the stats
 * are) and this module only carries the questions and answers. A call the core
 * cannot answer throws a CoreError carrying the core's problems (a JSON path and
 * codes with parameters each), worded by the `describe` the caller passes; the
 * module itself keeps working afterwards.
 *
 *   const core = await loadCore({ describe: describeProblem });
 *   core.addPack('packs/lower-back.json', text);   // throws CoreError listing every problem
 *   const { exercise, rotation } = core.next({ settings, rotation });
 */
import createLimberCore from './limber_core.js';

/** An answer the core refused to give: every problem that made it refuse, and them in words as the message. */
export class CoreError extends Error {
  /** @param {string} message @param {Problem[]} [problems] */
  constructor(message, problems = []) {
    super(message);
    this.name = 'CoreError';
    this.problems = problems;
  }
}

/**
 * Words for a problem when the caller gives none: its path and codes as they are.
 * @type {Describe}
 */
function describeCodes(problem, source = '') {
  const { path, ...codes } = problem;
  return [source, path, JSON.stringify(codes)].filter(Boolean).join(': ');
}

/**
 * Starts the core. In a browser nothing else needs passing than the words for
 * problems; under node pass the module's bytes too: `loadCore({ wasmBinary })`.
 * @param {{wasmBinary?: ArrayBuffer|Uint8Array, describe?: Describe}} [options]
 * @returns {Promise<Core>}
 */
export async function loadCore({ describe = describeCodes, ...options } = {}) {
  const module = await createLimberCore(options);
  return new Core(new module.Engine(), describe);
}

/** The loaded core: a catalog of packs and the calls that read it. */
export class Core {
  #engine;
  #describe;

  /** @param {any} engine @param {Describe} describe */
  constructor(engine, describe) {
    this.#engine = engine;
    this.#describe = describe;
  }

  /** @param {string} call @param {(string|boolean)[]} args @param {string} [source] named in the words of each problem */
  #ask(call, args = [], source = '') {
    let text;
    try {
      text = this.#engine[call](...args);
    } catch (cause) {
      // Only a bug in the core gets here; say so rather than show a wasm trap.
      throw new CoreError(`Limber's core failed in ${call}: ${cause?.message ?? cause}`);
    }
    const answer = JSON.parse(text);
    if (answer.error !== undefined) {
      throw new CoreError(answer.error.map((/** @type {Problem} */ p) => this.#describe(p, source)).join('\n'), answer.error);
    }
    return answer;
  }

  /**
   * Sets the language pack text is read in from the next addPack on; text a pack
   * does not give in it falls back to the base language, then to English.
   * @param {string} language a tag such as "de", "en" or "pt-BR"
   * @returns {string} the tag as the core keeps it ("pt-br")
   * @throws {CoreError} when it is not a language tag
   */
  setLanguage(language) {
    return this.#ask('setLanguage', [language]).language;
  }

  /**
   * Validates a pack and adds it to the catalog. A user's own pack (own) needs
   * only an id, a title and exercises with a name, steps and seconds; filled
   * names the fields it left out that got a default ("summary", "exercises[].side").
   * @param {string} source where the text came from, named in the words of every problem ("packs/x.json")
   * @param {string} text the pack's JSON text
   * @param {{own?: boolean}} [options]
   * @returns {{id: string, title: string, summary: string, exerciseCount: number, filled: string[]}}
   * @throws {CoreError} with every problem
   */
  addPack(source, text, { own = false } = {}) {
    const answer = this.#ask('addPack', [text, own], source);
    return { ...answer.pack, filled: answer.filled };
  }

  /**
   * Takes a pack added earlier out of the catalog (one that could not be stored, say).
   * @param {string} id
   * @returns {boolean} whether a pack had the id
   */
  removePack(id) {
    return this.#ask('removePack', [id]).removed;
  }

  /** @returns {{id: string, title: string, summary: string, exerciseCount: number}[]} packs in load order */
  packs() {
    return this.#ask('packs').packs;
  }

  /** @param {string} id @returns {object} the whole pack: every section and exercise */
  pack(id) {
    return this.#ask('pack', [id]).pack;
  }

  /**
   * Makes stored settings whole: missing or invalid fields take their defaults (or the
   * organisation's presets), locked fields are the organisation's (see policy);
   * refused says when the choices together leave no loaded exercise to offer.
   * @param {unknown} stored whatever chrome.storage held (may be undefined or corrupt)
   * @returns {{settings: object, problems: Problem[], refused: Problem[], policy: Policy}}
   */
  settings(stored) {
    return this.#ask('settings', [JSON.stringify(stored ?? {})]);
  }

  /**
   * Sets the organisation's policy, as chrome.storage.managed holds it (checked here:
   * every problem is in policy.problems, the rest applies), in place of the one before:
   * settings() applies its presets and locks from now on, and its packs are loaded.
   * @param {unknown} managed
   * @returns {Policy}
   */
  policy(managed) {
    return this.#ask('policy', [JSON.stringify(managed ?? {})]).policy;
  }

  /**
   * What conditions withhold, over every loaded pack whatever else the settings allow: each
   * condition that withholds anything on its own, and the settings' conditions together;
   * offered: how many of each pack's exercises the settings let come up.
   * @param {{settings?: object}} request
   * @returns {{exercises: number, conditions: {condition: string, exercises: number, packs: string[]}[],
   *            withheld: {exercises: number, packs: {id: string, exercises: number}[]},
   *            offered: Record<string, number>, problems: Problem[]}}
   */
  withheld(request) {
    return this.#ask('withheld', [JSON.stringify(request)]);
  }

  /**
   * The exercise a new tab shows next, and the rotation that remembers it came up.
   * @param {{settings?: object, rotation?: object, now?: Now, seed?: number}} request
   * @returns {{exercise: object|null, rotation: object, problems: Problem[]}}
   */
  next(request) {
    return this.#ask('next', [JSON.stringify(request)]);
  }

  /**
   * The break to run: whole exercises filling the break length, pairs together,
   * opening with `first` (the exercise the new tab showed), in its position (or
   * seated, then standing) and on its theme (its pack or its body areas); `packId`
   * limits it to one pack. Its cues: getReadySeconds before the first exercise,
   * switchSides on a right after its left, upNext the next exercise's name.
   * @param {{settings?: object, rotation?: object, now?: Now, seed?: number, first?: string, packId?: string}} request
   * @returns {{plan: {exercises: PlannedExercise[], totalSeconds: number, getReadySeconds: number}, problems: Problem[]}}
   */
  plan(request) {
    return this.#ask('plan', [JSON.stringify(request)]);
  }

  /**
   * How a break went, turned into the history record to store, the rotation and
   * the scheduler state after it.
   * @param {{settings?: object, rotation?: object, state?: object, id: string, start: number, elapsed?: number, now: Now,
   *          done: string[], first?: string, endedEarly: boolean, device?: string}} request
   *   elapsed: how long the break ran in ms by a monotonic clock; the record starts that long before now
   *   (without it, at start, or now if the clock moved back past it)
   *   device: the id of this device, kept in the record so its summary elsewhere does not count it twice
   * @returns {{record: object, rotation: object, state: object, schedule: Schedule, problems: Problem[]}}
   */
  finishBreak(request) {
    return this.#ask('finishBreak', [JSON.stringify(request)]);
  }

  /**
   * When the next break is due. The returned state remembers the day's first activity and,
   * when asked, a pause of reminders (for an hour, two, until the next working day starts,
   * until resumed) or its end ("resume"). While paused, schedule.pausedUntil is the UTC ms the
   * pause ends (0: until resumed).
   * Do not disturb: with fullscreen (a window is full screen) or sound (a tab plays sound, and the
   * settings hold for it) a due break is "held", and due from the last time it was held.
   * Micro-breaks: schedule.micro says when the next is due, or which one shows until when. With
   * micro (the worker, which shows them) a due one starts now, and one that has run its seconds
   * ends with a "micro" record named id.
   * With ahead, schedule.ahead says what the schedule reads until it next changes in anything
   * but its minutes left: the minutes left from each instant on, until `until` (at most two
   * hours of them), so that a minute tick can show them without asking again.
   * With breakRuns (seconds), a guided break starts now: the status is "in-break", and no
   * reminder comes, until finishBreak or until its time and a grace have passed.
   * @param {{settings?: object, state?: object, now: Now,
   *          pause?: 'hour'|'two-hours'|'next-working-day'|'until-resumed'|'resume', breakRuns?: number,
   *          fullscreen?: boolean, sound?: boolean,
   *          micro?: boolean, id?: string, device?: string, ahead?: boolean}} request
   * @returns {{schedule: Schedule, state: object, record?: object, problems: Problem[]}}
   */
  schedule(request) {
    return this.#ask('schedule', [JSON.stringify(request)]);
  }

  /**
   * @param {{settings?: object, state?: object, now: Now, minutes: number, id: string, device?: string}} request
   * @returns {{record: object, state: object, schedule: Schedule, problems: Problem[]}}
   */
  snooze(request) {
    return this.#ask('snooze', [JSON.stringify(request)]);
  }

  /**
   * @param {{settings?: object, state?: object, now: Now, id: string, device?: string}} request
   * @returns {{record: object, state: object, schedule: Schedule, problems: Problem[]}}
   * @throws {CoreError} when today's skip budget is spent
   */
  skip(request) {
    return this.#ask('skip', [JSON.stringify(request)]);
  }

  /**
   * The user went idle, locked the screen, or came back ("active"): time away is a natural break.
   * @param {{settings?: object, state?: object, now: Now, idleState: 'idle'|'locked'|'active', id: string, device?: string}} request
   * @returns {{record: object|null, state: object, schedule: Schedule, problems: Problem[]}}
   */
  idle(request) {
    return this.#ask('idle', [JSON.stringify(request)]);
  }

  // History calls take "history" as the stored values in any order, and name the
  // ones the core cannot read by their index ("unreadable") so they can be kept aside.

  /**
   * Reads the history once and keeps it summed, for stats().
   * @param {{history: unknown[], folded?: unknown, devices?: unknown[]}} request
   *   devices: the other devices' summaries from chrome.storage.sync
   * @returns {{records: number, unreadable: number[], problems: Problem[]}}
   */
  loadHistory(request) {
    return this.#ask('loadHistory', [JSON.stringify(request)]);
  }

  /**
   * Everything the new tab and the options page show of the history loaded last.
   * @param {{settings?: object, now: Now}} request
   * @returns {{stats: Stats, problems: Problem[]}}
   */
  stats(request) {
    return this.#ask('stats', [JSON.stringify(request)]);
  }

  /**
   * Folds months older than 90 days into totals, a batch at a time: store the
   * folded history (it names the records it now counts), remove those records,
   * and fold again until nothing is removed.
   * @param {{history: unknown[], folded?: unknown, now: Now}} request
   * @returns {{folded: object, remove: number[], unreadable: number[], problems: Problem[]}}
   */
  fold(request) {
    return this.#ask('fold', [JSON.stringify(request)]);
  }

  /**
   * This device's recent days, for its summary in chrome.storage.sync, and which
   * of the other devices' summaries can go from there.
   * @param {{history: unknown[], folded?: unknown, now: Now, device: string, devices?: unknown[]}} request
   *   devices: the other devices' summaries as sync holds them
   * @returns {{summary: object, stale: number[], unreadable: number[], problems: Problem[]}}
   *   stale: indexes in devices of summaries not written for 45 days, or beyond the twenty written last
   */
  summary(request) {
    return this.#ask('summary', [JSON.stringify(request)]);
  }

  /**
   * @param {{settings?: object, history: unknown[], folded?: unknown, now: Now, device?: string}} request
   *   device: this device's id, written on records that name none
   * @returns {{backup: object, unreadable: number[], problems: Problem[]}}
   */
  exportData(request) {
    return this.#ask('exportData', [JSON.stringify(request)]);
  }

  /**
   * Reads a backup file and merges it with what is stored, by record id: what to
   * store, and what the merge adds and leaves out, and why.
   * @param {{text: string, history: unknown[], folded?: unknown, now: Now}} request
   * @returns {{settings: object, settingsProblems: Problem[], add: object[], folded: object, added: number,
   *            months: {months: object}, monthOutcomes: number, alreadyThere: number, conflicting: number,
   *            onFoldedDays: number, monthsHere: number, problems: Problem[]}}
   *   settings: the backup's, made whole (settingsProblems: what of them could not be read; they do not stop the
   *   history); added: records to add; months: the folded months taken, holding monthOutcomes outcomes; alreadyThere: records
   *   stored already; conflicting: records with a stored id but other content (the stored one stays);
   *   onFoldedDays: records on days folded here, which count them already; monthsHere: folded months left out
   *   because this history holds those months already
   * @throws {CoreError} naming what is wrong with the file; nothing is to be changed then
   */
  importData(request) {
    return this.#ask('importData', [JSON.stringify(request)]);
  }

  /**
   * Takes an import back: its records out, where still raw or since folded, and its months' totals.
   * @param {{history: unknown[], folded?: unknown, undo: {records: object[], months: object}}} request
   * @returns {{folded: object, remove: number[], unreadable: number[], problems: Problem[]}}
   */
  undoImport(request) {
    return this.#ask('undoImport', [JSON.stringify(request)]);
  }
}

/**
 * The time as the browser gives it: UTC milliseconds and the local offset
 * (local minus UTC, in minutes). The core derives the local day and time from it.
 * `ahead` holds the offset at noon of today and each of the next seven days, so a
 * working day after a daylight-saving change (or a planned one) starts at its own
 * local time.
 * @typedef {{utc: number, offset: number, ahead?: number[]}} Now
 */

/** @returns {Now} */
export function nowFromClock(date = new Date()) {
  const ahead = Array.from({ length: 8 }, (_, days) =>
    -new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, 12).getTimezoneOffset());
  return { utc: date.getTime(), offset: -date.getTimezoneOffset(), ahead };
}

/**
 * A problem the core found: the JSON path it is at ("" for the whole input) and
 * what is wrong as codes with parameters (core/include/limber/problem.h): the
 * issue, what was expected and what was found. A parameter that is a list is a
 * list of names ("sitting", "standing" or "floor").
 * @typedef {{code: string, args: (string|string[])[]}} Phrase
 * @typedef {{path: string, code: string, expected?: Phrase, found?: Phrase, args?: string[]}} Problem
 * @typedef {(problem: Problem, source?: string) => string} Describe
 * @typedef {{completed: number, partial: number, skipped: number, snoozed: number, natural: number, micro: number,
 *            minutes: number}} Totals
 * @typedef {{today: Totals, goal: number, currentStreak: number, longestStreak: number, last7: Totals, last30: Totals,
 *            days: {day: string, completed: number, partial: number, skipped: number, minutes: number}[], total: Totals,
 *            exercises: {id: string, count: number}[], packs: {id: string, count: number}[]}} Stats
 * @typedef {{id: string, name: string, seconds: number, switchSides?: boolean, upNext?: string} & Record<string, any>} PlannedExercise
 * @typedef {{day: string, status: 'off'|'outside-hours'|'waiting'|'snoozed'|'due'|'paused'|'held'|'in-break', dueAt: number, minutesLeft: number,
 *            skipsLeft: number, nextStart?: {utc: number, weekday: string, time: string},
 *            pausedUntil?: number, micro?: Micro, ahead?: Ahead}} Schedule
 * @typedef {{minutes: {from: number, minutesLeft: number}[], until: number}} Ahead
 * @typedef {{status: 'waiting'|'due'|'held'|'showing', at: number, endsAt?: number,
 *            exercise?: {id: string, name: string, steps: string[]} & Record<string, any>}} Micro
 * @typedef {{locked: string[], skipWelcome: boolean, customPacks: boolean, packs: string[], problems: Problem[]}} Policy
 */
