// An organisation's policy, planted the way Chromium reads it on Linux (a JSON
// file in /etc/chromium/policies/managed, the extension's under "3rdparty" ->
// "extensions" -> its id), in a real profile: Chromium accepts the schema and
// hands the values out as chrome.storage.managed; the welcome is skipped, the
// presets arrive, locked fields are disabled with the organisation's note, the
// organisation's pack is offered, packs of one's own are off; then the policy
// changes and the worker and the open page follow at once. The policy is for a
// copy of the extension in a folder of its own, whose id no other test's browser
// has (e2e files may run side by side), and the file is removed afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { ALWAYS_WORKING, PACKS, extensionCopy, launch, toolbarOf, until } from './browser.mjs';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/limber-e2e-${process.pid}.json`;

// An unpacked extension's id: the first 128 bits of the SHA-256 of its absolute
// path, each hex digit written as a letter from a to p.
const extensionId = (path) => [...createHash('sha256').update(path).digest('hex').slice(0, 32)]
  .map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');

const COMPANY_PACK = {
  id: 'acme-desk-reset',
  title: 'Acme Desk Reset',
  exercises: [{ name: 'Acme shoulder rolls', steps: ['Sit tall.', 'Roll both shoulders back, slowly, five times.'], seconds: 30 }],
};

function plantPolicy(id, policy) {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
}

// Chromium watches the folder, but waits for files to settle; chrome://policy's
// button reads them again at once.
async function reloadPolicies(context) {
  const page = await context.newPage();
  await page.goto('chrome://policy');
  await page.locator('#reload-policies').click();
  await page.close();
}

test('an organisation presets and locks settings, adds its pack, turns own packs off, skips the welcome, and a change applies at once', async () => {
  const extension = extensionCopy(() => {});
  const id = extensionId(realpathSync(extension));
  plantPolicy(id, {
    settings: { ...ALWAYS_WORKING, intervalMinutes: 30, dailyGoal: 6, disabledPacks: PACKS.map((pack) => pack.id) },
    locked: ['intervalMinutes', 'disabledPacks'],
    skipWelcome: true,
    customPacks: false,
    packs: [JSON.stringify(COMPANY_PACK)],
  });
  let browser;
  try {
    browser = await launch({ extension, firstRun: true });
    const worker = await browser.serviceWorker();
    assert.equal(new URL(worker.url()).host, id, 'the policy is planted for the id Chromium gave the extension');
    // Chromium accepted the schema and the values: they are the extension's managed storage.
    const managed = await worker.evaluate(() => chrome.storage.managed.get(null));
    assert.equal(managed.settings.intervalMinutes, 30);
    assert.equal(managed.skipWelcome, true);

    // No welcome, and reminders are not held for one: a break is due 30 minutes on.
    assert.equal(browser.context.pages().some((page) => page.url().endsWith('/welcome.html')), false);
    const toolbar = await toolbarOf(worker);
    assert.notEqual(toolbar.badge, '||');
    const firstDue = toolbar.alarms['break-due'].scheduledTime;
    assert.ok(Math.abs(firstDue - Date.now() - 30 * 60_000) < 60_000, `due in 30 minutes, not ${(firstDue - Date.now()) / 60_000}`);

    // The organisation's pack is the one offered (its presets turn Limber's own off).
    const tab = await browser.newTab();
    assert.equal(await tab.locator('#next-name').textContent(), 'Acme shoulder rolls');
    await tab.close();

    const options = await browser.options();
    assert.equal(await options.locator('#policy-note').isVisible(), true);
    assert.equal(await options.locator('#intervalMinutes').inputValue(), '30');
    assert.equal(await options.locator('#intervalMinutes').isDisabled(), true);
    assert.equal(await options.locator('#intervalMinutes-locked').textContent(), 'Set by your organisation');
    assert.equal(await options.locator('#pack-choices input').first().isDisabled(), true);
    assert.equal(await options.locator('#disabledPacks-locked').isVisible(), true);
    // A preset not locked is the user's to change.
    assert.equal(await options.locator('#dailyGoal').inputValue(), '6');
    assert.equal(await options.locator('#dailyGoal').isDisabled(), false);
    assert.equal(await options.locator('#dailyGoal-locked').count(), 0);
    assert.equal(await options.locator('#pack-choices input[value="acme-desk-reset"]').isChecked(), true);
    // Packs of one's own are off: no import, and why.
    assert.equal(await options.locator('#custom-own').isHidden(), true);
    assert.equal(await options.locator('#custom-off').isVisible(), true);

    // The policy changes: a longer interval, Limber's packs on again and unlocked, own packs allowed.
    // A part that cannot be used is named by its key; the rest applies.
    plantPolicy(id, { settings: { ...ALWAYS_WORKING, intervalMinutes: 60, dailyGoal: 99 }, locked: ['intervalMinutes'] });
    await reloadPolicies(browser.context);
    // The options page shows itself again (a reload: the value is read while it may be under way).
    await until(() => options.locator('#intervalMinutes').inputValue({ timeout: 1000 }).then((value) => value === '60', () => false));
    await options.locator('#figure-total').filter({ hasText: /\d/ }).waitFor();
    assert.equal(await options.locator('#pack-choices input').first().isDisabled(), false);
    assert.equal(await options.locator('#custom-own').isVisible(), true);
    assert.match(await options.locator('#problems').textContent(), /managed\.settings\.dailyGoal: expected a daily goal of 1 to 50 breaks, got 99/);
    assert.equal(await options.locator('#dailyGoal').inputValue(), '8', 'the broken preset is not used');
    // The worker rescheduled: the break is due an hour after the last, not half an hour.
    const due = await until(async () => {
      const at = (await toolbarOf(worker)).alarms['break-due']?.scheduledTime;
      return at > firstDue + 25 * 60_000 && at;
    });
    assert.ok(Math.abs(due - firstDue - 30 * 60_000) < 60_000);
    assert.deepEqual(browser.problems, []);
  } finally {
    rmSync(POLICY_FILE, { force: true });
    await browser?.close();
  }
});
