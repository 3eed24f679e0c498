// The options page: every setting (checked by the core, saved at once), the
// history as figures and a chart, and the user's data: export, import, reset.
import { CoreError, loadCore, nowFromClock } from './core/limber-core.js';
import { byId, el, fill } from './lib/dom.js';
import { loadPacks } from './lib/packs.js';
import * as storage from './lib/storage.js';
import { buildChoices, fillForm, fieldOf, readField } from './lib/settings-form.js';
import { showStats } from './lib/history-view.js';
import { plural, t } from './lib/i18n.js';
import { describeProblem, describeProblems } from './lib/problems.js';
import { buildConditions, describeWithheld } from './lib/conditions-view.js';

// What the core found wrong with a setting, as a hint beside its field; a problem
// without a hint of its own here is told in the core's terms.
const FIELD_MESSAGES = {
  'settings.breakSeconds': () => t('invalidBreakSeconds'),
  'settings.intervalMinutes': () => t('invalidIntervalMinutes'),
  'settings.dailyGoal': () => t('invalidDailyGoal'),
  'settings.workStart': () => t('invalidWorkTime'),
  'settings.workEnd': () => t('invalidWorkEnd'),
  'settings.workDays': () => t('invalidWorkDays'),
  'settings.snoozeMinutes': () => t('invalidSnoozeMinutes'),
  'settings.skipBudget': () => t('invalidSkipBudget'),
  'settings.idleMinutes': () => t('invalidIdleMinutes'),
  'settings.positions': () => t('invalidPositions'),
};

// A problem in a file the user chose: a problem with the whole file names it.
function aboutFile(problem, name) {
  return describeProblem(problem, problem.path ? '' : name);
}

function fieldMessage(problem) {
  return FIELD_MESSAGES[problem.path.replace(/\[\d+\]$/, '')]?.() ?? describeProblem({ ...problem, path: '' });
}

// The status line at the foot of the window; news of a saved change goes again
// after a few seconds, anything else stays until the next message.
let quiet = 0;
function say(message, { fleeting = false } = {}) {
  clearTimeout(quiet);
  byId('status').textContent = message;
  if (fleeting) quiet = setTimeout(() => { byId('status').textContent = ''; }, 5000);
}

function showProblems(lines) {
  const box = byId('problems');
  box.hidden = lines.length === 0;
  fill(box, lines.map((line) => el('p', {}, [line])));
}

async function main() {
  const [core, stored, local] = await Promise.all([loadCore({ describe: describeProblem }), storage.readSettings(), storage.readLocalState()]);
  const packProblems = await loadPacks(core);
  const packs = core.packs();
  const exerciseNames = new Map(packs.flatMap((pack) => core.pack(pack.id).exercises.map((e) => [e.id, e.name])));
  let { settings, problems } = core.settings(stored);
  storage.applyLook(settings);
  const notices = [...packProblems];
  if (problems.length > 0 && stored !== undefined) {
    // The unreadable original is kept aside, then replaced by settings made whole.
    await storage.keepAside([{ key: 'settings', value: stored, reason: describeProblems(problems) }]);
    await storage.writeSettings(settings);
    notices.push(t('settingsReset'), ...problems.map((p) => describeProblem(p)));
  }

  const form = /** @type {HTMLFormElement} */ (byId('settings'));
  // The conditions offered, and what the ticked ones hold back, as the core counts them.
  const showConditions = () => {
    const titles = new Map(core.packs().map((pack) => [pack.id, pack.title]));
    buildConditions(byId('condition-choices'), core.withheld({ settings }), titles, settings.avoid);
  };
  const showWithheld = () => {
    const titles = new Map(core.packs().map((pack) => [pack.id, pack.title]));
    byId('avoid-summary').textContent = describeWithheld(core.withheld({ settings }), titles);
  };
  buildChoices(form, packs);
  showConditions();
  fillForm(form, settings);
  showWithheld();

  form.addEventListener('change', async (event) => {
    const field = fieldOf(/** @type {Element} */ (event.target));
    if (!field) return;
    const name = field.dataset.setting;
    const answer = core.settings({ ...settings, [name]: readField(field) });
    const wrong = answer.problems.filter((p) => p.path.startsWith(`settings.${name}`) ||
      (name === 'workStart' && p.path === 'settings.workEnd'));
    const error = byId(`${name}-error`) ?? byId('status');
    error.textContent = [...new Set(wrong.map(fieldMessage))].join(' ');
    field.setAttribute('aria-invalid', String(wrong.length > 0));
    if (wrong.length > 0) return;
    try {
      await storage.writeSettings(answer.settings);
    } catch (failure) {
      // Not saved: the form goes back to what is stored, and says why.
      fillForm(form, settings);
      error.textContent = t('settingNotSaved', storage.whyNotStored(failure));
      field.setAttribute('aria-invalid', 'true');
      say(t('settingNotSaved', storage.whyNotStored(failure)));
      return;
    }
    settings = answer.settings;
    if (name === 'avoid') showWithheld();
    storage.applyLook(settings);
    say(t('saved'), { fleeting: true });
    await refreshHistory();
  });

  // How much of sync's space Limber uses (settings and each device's recent days).
  async function showSyncSpace() {
    const { used, quota } = await storage.syncSpace();
    const kilobytes = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
    byId('sync-space').textContent = t('syncSpace', kilobytes.format(used / 1024), kilobytes.format(quota / 1024));
  }
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync') showSyncSpace();
  });

  async function refreshHistory() {
    const [{ keys, history, folded, quarantined }, devices] = await Promise.all([
      storage.readHistory(), storage.readOtherDevices(local.device)]);
    const loaded = core.loadHistory({ history, folded, devices });
    if (loaded.unreadable.length > 0) {
      await storage.quarantineHistory(loaded.unreadable.map((i) => ({
        key: keys[i], value: history[i],
        reason: describeProblems(loaded.problems.filter((p) => p.path.startsWith(`history[${i}]`))),
      })));
    }
    const aside = quarantined + loaded.unreadable.length;
    showProblems([
      ...notices,
      ...(aside > 0 ? [plural('valuesAside', aside)] : []),
    ]);
    showStats(core.stats({ settings, now: nowFromClock() }).stats, exerciseNames);
  }

  byId('export').addEventListener('click', async () => {
    const { history, folded } = await storage.readHistory();
    const { backup } = core.exportData({ settings, history, folded, now: nowFromClock(), device: local.device });
    const blob = new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' });
    const link = /** @type {HTMLAnchorElement} */ (el('a', { href: URL.createObjectURL(blob), download: `limber-backup-${new Date().toISOString().slice(0, 10)}.json` }));
    link.click();
    URL.revokeObjectURL(link.href);
    say(t('exported', backup.history.length, Object.keys(backup.folded.months).length));
  });

  const file = /** @type {HTMLInputElement} */ (byId('import-file'));
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    const text = await chosen.text();
    let answer;
    try {
      // Merged with the history as stored once no fold, reset or other import is under way.
      answer = await storage.changeHistory(async () => {
        const { history, folded } = await storage.readHistory();
        const merged = core.importData({ text, history, folded, now: nowFromClock() });
        await storage.addImported(merged.add, merged.folded);
        return merged;
      });
    } catch (error) {
      // Why, problem by problem, under a line that says nothing was changed.
      const reasons = error.problems?.length ? error.problems.map((p) => aboutFile(p, chosen.name))
        : [error instanceof CoreError ? error.message : storage.whyNotStored(error)];
      fill(byId('data-result'), [el('div', { class: 'error', role: 'alert' }, [
        el('p', {}, [t('importRefused', chosen.name)]), el('ul', {}, reasons.map((reason) => el('li', {}, [reason]))),
      ])]);
      return;
    }
    await storage.writeSettings(answer.settings);
    settings = answer.settings;
    storage.applyLook(settings);
    showConditions();
    fillForm(form, settings);
    showWithheld();
    fill(byId('data-result'), [el('p', {}, [answer.alreadyThere > 0
      ? t('importedSomeThere', answer.added, chosen.name, answer.alreadyThere)
      : t('imported', answer.added, chosen.name)])]);
    await refreshHistory();
  });

  async function showCustomPacks() {
    const custom = await storage.readCustomPacks();
    fill(byId('custom-packs'), custom.map(({ id, source }) => {
      const remove = el('button', { type: 'button' }, [t('customRemove')]);
      remove.addEventListener('click', async () => {
        await storage.removeCustomPack(id);
        say(t('customRemoved', source));
        await showCustomPacks();
      });
      return el('li', {}, [`${source} `, remove]);
    }));
  }

  const customFile = /** @type {HTMLInputElement} */ (byId('custom-file'));
  customFile.addEventListener('change', async () => {
    const chosen = customFile.files?.[0];
    customFile.value = '';
    if (!chosen) return;
    const text = await chosen.text();
    let added;
    try {
      // The same validator as Limber's own packs, against the packs already loaded.
      added = core.addPack(chosen.name, text);
    } catch (error) {
      const reasons = error.problems?.length ? error.problems.map((p) => aboutFile(p, chosen.name)) : [error.message];
      fill(byId('custom-result'), [
        el('p', { class: 'error', role: 'alert' }, [t('customRefused', chosen.name)]),
        el('ul', {}, reasons.map((reason) => el('li', {}, [reason]))),
      ]);
      return;
    }
    try {
      await storage.saveCustomPack(added.id, chosen.name, text);
    } catch (error) {
      // Not kept, so not loaded either: adding it again later works.
      core.removePack(added.id);
      fill(byId('custom-result'), [el('p', { class: 'error', role: 'alert' }, [t('customNotSaved', chosen.name, storage.whyNotStored(error))])]);
      return;
    }
    fill(byId('custom-result'), [el('p', {}, [plural('customAdded', added.exerciseCount, added.title, added.exerciseCount)])]);
    buildChoices(form, core.packs());
    showConditions();
    fillForm(form, settings);
    showWithheld();
    await showCustomPacks();
  });

  const dialog = /** @type {HTMLDialogElement} */ (byId('reset-dialog'));
  byId('reset').addEventListener('click', () => dialog.showModal());
  dialog.addEventListener('close', async () => {
    if (dialog.returnValue !== 'confirm') return;
    try {
      await storage.resetHistory(local.device);
    } catch (error) {
      fill(byId('data-result'), [el('p', { class: 'error', role: 'alert' }, [t('resetFailed', storage.whyNotStored(error))])]);
      await refreshHistory();
      return;
    }
    fill(byId('data-result'), [el('p', {}, [t('historyDeleted')])]);
    await refreshHistory();
  });

  const order = ['start-break', 'snooze'];
  const commands = (await chrome.commands.getAll()).filter((c) => order.includes(c.name))
    .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  fill(byId('shortcuts'), commands.flatMap((c) => [
    el('dt', {}, [c.description]), el('dd', {}, [c.shortcut || t('shortcutNotSet')]),
  ]));

  await Promise.all([refreshHistory(), showCustomPacks(), showSyncSpace()]);
}

main().catch((error) => {
  say(t('settingsFailed', error.message));
  console.error(error);
});
