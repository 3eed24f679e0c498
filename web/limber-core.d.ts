/**
 * Starts the core. In a browser nothing needs passing; under node pass the
 * module's bytes: `loadCore({ wasmBinary })`.
 * @param {{wasmBinary?: ArrayBuffer|Uint8Array}} [options]
 * @returns {Promise<Core>}
 */
export function loadCore(options?: {
    wasmBinary?: ArrayBuffer | Uint8Array;
}): Promise<Core>;
/**
 * The time as the browser gives it: UTC milliseconds and the local offset
 * (local minus UTC, in minutes). The core derives the local day and time from it.
 * @typedef {{utc: number, offset: number}} Now
 */
/** @returns {Now} */
export function nowFromClock(date?: Date): Now;
/** An answer the core refused to give. `problems` lists {path, message} when the input had several faults. */
export class CoreError extends Error {
    /** @param {string} message @param {{path: string, message: string}[]} [problems] */
    constructor(message: string, problems?: {
        path: string;
        message: string;
    }[]);
    problems: {
        path: string;
        message: string;
    }[];
}
/** The loaded core: a catalog of packs and the calls that read it. */
export class Core {
    constructor(engine: any);
    /**
     * Sets the language pack text is read in from the next addPack on; text a pack
     * does not give in it falls back to the base language, then to English.
     * @param {string} language a tag such as "de", "en" or "pt-BR"
     * @returns {string} the tag as the core keeps it ("pt-br")
     * @throws {CoreError} when it is not a language tag
     */
    setLanguage(language: string): string;
    /**
     * Validates a pack and adds it to the catalog.
     * @param {string} source where the text came from, named in every problem ("packs/x.json")
     * @param {string} text the pack's JSON text
     * @returns {{id: string, title: string, summary: string, exerciseCount: number}}
     * @throws {CoreError} listing every problem as "source: path: what was expected"
     */
    addPack(source: string, text: string): {
        id: string;
        title: string;
        summary: string;
        exerciseCount: number;
    };
    /** @returns {{id: string, title: string, summary: string, exerciseCount: number}[]} packs in load order */
    packs(): {
        id: string;
        title: string;
        summary: string;
        exerciseCount: number;
    }[];
    /** @param {string} id @returns {object} the whole pack: every section and exercise */
    pack(id: string): object;
    /**
     * Makes stored settings whole: missing or invalid fields take their defaults.
     * @param {unknown} stored whatever chrome.storage held (may be undefined or corrupt)
     * @returns {{settings: object, problems: {path: string, message: string}[]}}
     */
    settings(stored: unknown): {
        settings: object;
        problems: {
            path: string;
            message: string;
        }[];
    };
    /**
     * The exercise a new tab shows next, and the rotation that remembers it came up.
     * @param {{settings?: object, rotation?: object, now?: Now, seed?: number}} request
     * @returns {{exercise: object|null, rotation: object, problems: Problem[]}}
     */
    next(request: {
        settings?: object;
        rotation?: object;
        now?: Now;
        seed?: number;
    }): {
        exercise: object | null;
        rotation: object;
        problems: Problem[];
    };
    /**
     * The break to run: whole exercises filling the break length, pairs together,
     * opening with `first` (the exercise the new tab showed); `packId` limits it to one pack.
     * @param {{settings?: object, rotation?: object, now?: Now, seed?: number, first?: string, packId?: string}} request
     * @returns {{plan: {exercises: object[], totalSeconds: number}, problems: Problem[]}}
     */
    plan(request: {
        settings?: object;
        rotation?: object;
        now?: Now;
        seed?: number;
        first?: string;
        packId?: string;
    }): {
        plan: {
            exercises: object[];
            totalSeconds: number;
        };
        problems: Problem[];
    };
    /**
     * How a break went, turned into the history record to store, the rotation and
     * the scheduler state after it.
     * @param {{settings?: object, rotation?: object, state?: object, id: string, start: number, now: Now,
     *          done: string[], first?: string, endedEarly: boolean}} request
     * @returns {{record: object, rotation: object, state: object, schedule: Schedule, problems: Problem[]}}
     */
    finishBreak(request: {
        settings?: object;
        rotation?: object;
        state?: object;
        id: string;
        start: number;
        now: Now;
        done: string[];
        first?: string;
        endedEarly: boolean;
    }): {
        record: object;
        rotation: object;
        state: object;
        schedule: Schedule;
        problems: Problem[];
    };
    /**
     * When the next break is due. The returned state remembers the day's first activity.
     * @param {{settings?: object, state?: object, now: Now}} request
     * @returns {{schedule: Schedule, state: object, problems: Problem[]}}
     */
    schedule(request: {
        settings?: object;
        state?: object;
        now: Now;
    }): {
        schedule: Schedule;
        state: object;
        problems: Problem[];
    };
    /**
     * @param {{settings?: object, state?: object, now: Now, minutes: number, id: string}} request
     * @returns {{record: object, state: object, schedule: Schedule, problems: Problem[]}}
     */
    snooze(request: {
        settings?: object;
        state?: object;
        now: Now;
        minutes: number;
        id: string;
    }): {
        record: object;
        state: object;
        schedule: Schedule;
        problems: Problem[];
    };
    /**
     * @param {{settings?: object, state?: object, now: Now, id: string}} request
     * @returns {{record: object, state: object, schedule: Schedule, problems: Problem[]}}
     * @throws {CoreError} when today's skip budget is spent
     */
    skip(request: {
        settings?: object;
        state?: object;
        now: Now;
        id: string;
    }): {
        record: object;
        state: object;
        schedule: Schedule;
        problems: Problem[];
    };
    /**
     * The user went idle, locked the screen, or came back ("active"): time away is a natural break.
     * @param {{settings?: object, state?: object, now: Now, idleState: 'idle'|'locked'|'active', id: string}} request
     * @returns {{record: object|null, state: object, schedule: Schedule, problems: Problem[]}}
     */
    idle(request: {
        settings?: object;
        state?: object;
        now: Now;
        idleState: "idle" | "locked" | "active";
        id: string;
    }): {
        record: object | null;
        state: object;
        schedule: Schedule;
        problems: Problem[];
    };
    /**
     * Reads the history once and keeps it summed, for stats().
     * @param {{history: unknown[], folded?: unknown, devices?: unknown[]}} request
     *   devices: the other devices' summaries from chrome.storage.sync
     * @returns {{records: number, unreadable: number[], problems: Problem[]}}
     */
    loadHistory(request: {
        history: unknown[];
        folded?: unknown;
        devices?: unknown[];
    }): {
        records: number;
        unreadable: number[];
        problems: Problem[];
    };
    /**
     * Everything the new tab and the options page show of the history loaded last.
     * @param {{settings?: object, now: Now}} request
     * @returns {{stats: Stats, problems: Problem[]}}
     */
    stats(request: {
        settings?: object;
        now: Now;
    }): {
        stats: Stats;
        problems: Problem[];
    };
    /**
     * Folds months older than 90 days into totals.
     * @param {{history: unknown[], folded?: unknown, now: Now}} request
     * @returns {{folded: object, remove: number[], unreadable: number[], problems: Problem[]}}
     */
    fold(request: {
        history: unknown[];
        folded?: unknown;
        now: Now;
    }): {
        folded: object;
        remove: number[];
        unreadable: number[];
        problems: Problem[];
    };
    /**
     * This device's recent days, for its summary in chrome.storage.sync.
     * @param {{history: unknown[], folded?: unknown, now: Now, device: string}} request
     * @returns {{summary: object, unreadable: number[], problems: Problem[]}}
     */
    summary(request: {
        history: unknown[];
        folded?: unknown;
        now: Now;
        device: string;
    }): {
        summary: object;
        unreadable: number[];
        problems: Problem[];
    };
    /**
     * @param {{settings?: object, history: unknown[], folded?: unknown, now: Now}} request
     * @returns {{backup: object, unreadable: number[], problems: Problem[]}}
     */
    exportData(request: {
        settings?: object;
        history: unknown[];
        folded?: unknown;
        now: Now;
    }): {
        backup: object;
        unreadable: number[];
        problems: Problem[];
    };
    /**
     * Reads a backup file and merges it with what is stored, by record id.
     * @param {{text: string, history: unknown[], folded?: unknown, now: Now}} request
     * @returns {{settings: object, add: object[], folded: object, added: number, alreadyThere: number}}
     * @throws {CoreError} naming what is wrong with the file; nothing is to be changed then
     */
    importData(request: {
        text: string;
        history: unknown[];
        folded?: unknown;
        now: Now;
    }): {
        settings: object;
        add: object[];
        folded: object;
        added: number;
        alreadyThere: number;
    };
    #private;
}
/**
 * The time as the browser gives it: UTC milliseconds and the local offset
 * (local minus UTC, in minutes). The core derives the local day and time from it.
 */
export type Now = {
    utc: number;
    offset: number;
};
export type Problem = {
    path: string;
    message: string;
};
export type Totals = {
    completed: number;
    partial: number;
    skipped: number;
    snoozed: number;
    natural: number;
    minutes: number;
};
export type Stats = {
    today: Totals;
    goal: number;
    currentStreak: number;
    longestStreak: number;
    last7: Totals;
    last30: Totals;
    days: {
        day: string;
        completed: number;
        minutes: number;
    }[];
    total: Totals;
    exercises: {
        id: string;
        count: number;
    }[];
    packs: {
        id: string;
        count: number;
    }[];
};
export type Schedule = {
    status: "off" | "outside-hours" | "waiting" | "snoozed" | "due";
    dueAt: number;
    minutesLeft: number;
    skipsLeft: number;
    nextStart?: {
        utc: number;
        weekday: string;
        time: string;
    };
};
