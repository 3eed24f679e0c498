/**
 * limber-core.js: the only way JavaScript reaches Limber's C++ core.
 *
 * The core runs as WebAssembly (built from core/ and web/bindings.cpp). Every
 * call takes and gives plain objects; the core makes every decision (what comes
 * next, what a break holds, whether a pack or a setting is valid, what the stats
 * are) and this module only carries the questions and answers. A call the core
 * cannot answer throws a CoreError with the core's message; the module itself
 * keeps working afterwards.
 *
 *   const core = await loadCore();
 *   core.addPack('packs/lower-back.json', text);   // throws CoreError listing every problem
 *   const { exercise, rotation } = core.next({ settings, rotation });
 */
import createLimberCore from './limber_core.js';

/** An answer the core refused to give. `problems` lists {path, message} when the input had several faults. */
export class CoreError extends Error {
  /** @param {string} message @param {{path: string, message: string}[]} [problems] */
  constructor(message, problems = []) {
    super(message);
    this.name = 'CoreError';
    this.problems = problems;
  }
}

/**
 * Starts the core. In a browser nothing needs passing; under node pass the
 * module's bytes: `loadCore({ wasmBinary })`.
 * @param {{wasmBinary?: ArrayBuffer|Uint8Array}} [options]
 * @returns {Promise<Core>}
 */
export async function loadCore(options = {}) {
  const module = await createLimberCore(options);
  return new Core(new module.Engine());
}

/** The loaded core: a catalog of packs and the calls that read it. */
export class Core {
  #engine;

  constructor(engine) {
    this.#engine = engine;
  }

  #ask(call, ...args) {
    let text;
    try {
      text = this.#engine[call](...args);
    } catch (cause) {
      // Only a bug in the core gets here; say so rather than show a wasm trap.
      throw new CoreError(`Limber's core failed in ${call}: ${cause?.message ?? cause}`);
    }
    const answer = JSON.parse(text);
    if (answer.error !== undefined) throw new CoreError(answer.error, answer.problems ?? []);
    return answer;
  }

  /**
   * Validates a pack and adds it to the catalog.
   * @param {string} source where the text came from, named in every problem ("packs/x.json")
   * @param {string} text the pack's JSON text
   * @returns {{id: string, title: string, summary: string, exerciseCount: number}}
   * @throws {CoreError} listing every problem as "source: path: what was expected"
   */
  addPack(source, text) {
    return this.#ask('addPack', source, text).pack;
  }

  /** @returns {{id: string, title: string, summary: string, exerciseCount: number}[]} packs in load order */
  packs() {
    return this.#ask('packs').packs;
  }

  /** @param {string} id @returns {object} the whole pack: every section and exercise */
  pack(id) {
    return this.#ask('pack', id).pack;
  }

  /**
   * Makes stored settings whole: missing or invalid fields take their defaults.
   * @param {unknown} stored whatever chrome.storage held (may be undefined or corrupt)
   * @returns {{settings: object, problems: {path: string, message: string}[]}}
   */
  settings(stored) {
    return this.#ask('settings', JSON.stringify(stored ?? {}));
  }

  /**
   * The exercise a new tab shows next, and the rotation that remembers it.
   * @param {{settings?: object, rotation?: object}} request
   * @returns {{exercise: object|null, rotation: object, problems: object[]}}
   */
  next(request) {
    return this.#ask('next', JSON.stringify(request));
  }

  /**
   * The break to run: whole exercises filling the break length, pairs together.
   * @param {{settings?: object, rotation?: object, first?: string}} request
   * @returns {{plan: {exercises: object[], totalSeconds: number}, problems: object[]}}
   */
  plan(request) {
    return this.#ask('plan', JSON.stringify(request));
  }

  /**
   * Turns how a break went into the history record to store and the new rotation.
   * @param {{rotation?: object, id: string, start: number, end: number, day: string, done: string[], endedEarly: boolean}} request
   * @returns {{record: object, rotation: object, problems: object[]}}
   */
  finishBreak(request) {
    return this.#ask('finishBreak', JSON.stringify(request));
  }

  /**
   * @param {{history: object[], today: string}} request today as the user's local "YYYY-MM-DD"
   * @returns {{breaksToday: number, secondsToday: number, unreadable: number, problems: object[]}}
   */
  stats(request) {
    return this.#ask('stats', JSON.stringify(request));
  }
}
