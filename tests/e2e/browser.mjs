// Launches headless Chromium with the built extension loaded, in a fresh profile,
// and watches every page for console errors, page errors and CSP violations.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// LIMBER_EXTENSION replays the tests on another build (an older dist/extension, say).
export const EXTENSION = process.env.LIMBER_EXTENSION ?? new URL('../../dist/extension', import.meta.url).pathname;

// A fresh install opens the welcome (the first run); unless firstRun is asked for, it
// is closed at once, as a user who keeps the defaults does, and reminders start.
export async function launch({ timezoneId, language = 'en', extension = EXTENSION, profile = mkdtempSync(join(tmpdir(), 'limber-e2e-')), keepProfile = false, args = [], firstRun = false } = {}) {
  mkdirSync(profile, { recursive: true });
  const installs = readdirSync(profile).length === 0 && existsSync(join(extension, 'welcome.html'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    ...(timezoneId ? { timezoneId } : {}),
    // Chromium on Linux takes its UI language, and so chrome.i18n's, from the environment.
    locale: language === 'en' ? 'en-US' : language,
    env: { ...process.env, LANGUAGE: language, LANG: `${language === 'en' ? 'en_US' : `${language}_${language.toUpperCase()}`}.UTF-8` },
    args: [
      `--lang=${language}`,
      '--headless=new',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...args,
    ],
  });
  const problems = [];
  // Reported through the console so that every page, however opened, is covered.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  const watch = (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${page.url()}: console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: page error: ${error.message}`));
    // A renderer that dies closes every extension page at once (they share it): said, not only seen as "closed".
    page.on('crash', () => problems.push(`${page.url()}: the page crashed`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  if (installs && !firstRun) await dismissWelcome(context);

  return {
    context,
    /** Console errors, page errors and CSP violations seen so far on any page. */
    problems,
    /** Opens a new tab page, with Playwright's clock installed first when asked (true, or a start time). */
    async newTab({ clock = false } = {}) {
      const page = await context.newPage();
      if (clock) await page.clock.install(clock === true ? {} : { time: clock });
      await page.goto('chrome://newtab');
      // Painted, and the page's module has finished (it writes today's count last).
      await page.waitForFunction(() => (!document.getElementById('next').hidden || !document.getElementById('empty').hidden)
        && document.getElementById('today').textContent !== '');
      return page;
    },
    /** The extension's service worker, once its first refresh has set the toolbar title. */
    async serviceWorker() {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await until(() => worker.evaluate(async () => (await chrome.action.getTitle({})) !== 'Limber'));
      return worker;
    },
    /** Opens one of the extension's pages by file name. */
    async open(file) {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const page = await context.newPage();
      await page.goto(new URL(file, worker.url()).href);
      return page;
    },
    /** The options page, once it has shown the settings and the history. */
    async options() {
      const page = await this.open('options.html');
      await page.locator('#figure-total').filter({ hasText: /\d/ }).waitFor();
      return page;
    },
    async close() {
      await context.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Closes the welcome the install opened, and waits until the worker has started reminders. */
async function dismissWelcome(context) {
  const page = await until(() => context.pages().find((p) => p.url().endsWith('/welcome.html')));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await page.close();
  await until(() => worker.evaluate(async () => (await chrome.storage.local.get('firstRun')).firstRun === undefined));
}

/**
 * A copy of the built extension with its manifest changed by edit(manifest), in
 * a folder of its own (removed when the process ends); for launch({extension}).
 */
export function extensionCopy(edit) {
  const dir = mkdtempSync(join(tmpdir(), 'limber-extension-'));
  cpSync(EXTENSION, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  edit(manifest);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Imports a backup on an options page: chooses the file, and once the page has
 * said what the import would change, confirms it (taking the backup's settings
 * when asked). Resolves when the page says what it imported.
 */
export async function importBackup(options, file, { takeSettings = false } = {}) {
  await options.locator('#import-file').setInputFiles(file);
  await options.locator('#import-confirm').waitFor();
  if (takeSettings) await options.locator('#import-settings').check();
  await options.locator('#import-confirm').click();
  await options.locator('#data-result', { hasText: 'Imported' }).waitFor({ timeout: 30_000 });
}

/** Everything the extension keeps in chrome.storage.local, read from one of its pages. */
export function localStorageOf(page) {
  return page.evaluate(() => chrome.storage.local.get(null));
}

/** The history records among it. */
export async function historyOf(page) {
  const stored = await localStorageOf(page);
  return Object.entries(stored)
    .filter(([key]) => key.startsWith('history/'))
    .map(([, record]) => record);
}

/** Polls until check() gives something truthy, and gives that; fails after the timeout. */
export async function until(check, { timeout = 10_000, interval = 50 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${check}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Settings under which every minute of every day is working time. */
export const ALWAYS_WORKING = {
  workStart: '00:00',
  workEnd: '24:00',
  workDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
};

// A pack's text in one language: {"en": ..., "de": ...} becomes the text for
// language, else English, as the core reads it.
function inLanguage(value, language) {
  if (Array.isArray(value)) return value.map((item) => inLanguage(item, language));
  if (value === null || typeof value !== 'object') return value;
  if (typeof value.en === 'string') return value[language] ?? value.en;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inLanguage(item, language)]));
}

/** Every packaged pack, read from packs/, with its text in language. */
export function packsIn(language) {
  return readdirSync(new URL('../../packs/', import.meta.url))
    .filter((file) => file.endsWith('.json') && file !== 'schema.json')
    .map((file) => inLanguage(JSON.parse(readFileSync(new URL(`../../packs/${file}`, import.meta.url), 'utf8')), language));
}

/** Every packaged pack in English. */
export const PACKS = packsIn('en');

/** Every packaged exercise by name, with its pack. */
export const EXERCISES = new Map(PACKS.flatMap((pack) => pack.exercises.map((exercise) => [exercise.name, { ...exercise, pack }])));

/**
 * What axe-core finds on a page, in light and in dark, as "scheme: rule at targets"
 * lines: every rule in light; in dark the rules that colours decide (the rest read
 * the same page, and axe takes seconds a pass on this machine).
 */
export async function axeViolations(page) {
  const found = [];
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
    if (colorScheme === 'dark') axe.withRules(['color-contrast', 'link-in-text-block']);
    const { violations: list } = await axe.analyze();
    found.push(...list.map((v) => `${colorScheme}: ${v.id} at ${v.nodes.map((n) => n.target).join(', ')}`));
  }
  return found;
}

/** The local calendar day of a time, as history records name it ("2026-12-01"). */
export function localDay(ms = Date.now()) {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Plants settings and a scheduler state whose last break ended `minutesAgo` ago, today, through the worker. */
export function plantSchedule(worker, settings, minutesAgo) {
  return worker.evaluate(async ({ settings, minutesAgo }) => {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const now = Date.now();
    await chrome.storage.sync.set({ settings });
    // Under the lock Limber's own writers take, as a tab's snooze would.
    await navigator.locks.request('limber.schedule', () => chrome.storage.local.set({
      schedule: { version: 1, lastBreakEnd: now - minutesAgo * 60_000, activityDay: day, firstActivity: now - 120 * 60_000 },
    }));
    return now - minutesAgo * 60_000;
  }, { settings, minutesAgo });
}

/** The toolbar as the worker has set it: badge, title, alarms and notifications. */
export const toolbarOf = (worker) => worker.evaluate(async () => ({
  badge: await chrome.action.getBadgeText({}),
  title: await chrome.action.getTitle({}),
  alarms: Object.fromEntries((await chrome.alarms.getAll()).map((alarm) => [alarm.name, alarm])),
  notifications: Object.keys(await chrome.notifications.getAll()),
}));
