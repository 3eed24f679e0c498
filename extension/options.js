// The options page: every setting (checked by the core, saved at once), the
// history as figures and a chart, and the user's data: export, import, reset.
import { CoreError, loadCore, nowFromClock } from './core/limber-core.js';
import { byId, el, fill } from './lib/dom.js';
import { loadPacks } from './lib/packs.js';
import * as storage from './lib/storage.js';
import { buildChoices, fieldMessage, fillForm, fieldOf, readField } from './lib/settings-form.js';
import { showStats } from './lib/history-view.js';
import { plural, t } from './lib/i18n.js';
import { describeProblem, describeProblems } from './lib/problems.js';
import { buildConditions, describeWithheld } from './lib/conditions-view.js';

// A problem in a file the user chose: a problem with the whole file names it.
function aboutFile(problem, name) {
  return describeProblem(problem, problem.path ? '' : name);
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
    // Nothing is written over what was read: a field changed here replaces that
    // field alone. A value this version cannot read (not one of a newer Limber's,
    // which is that Limber's to read) is also copied aside.
    const newer = problems.some((p) => p.code === 'newer-version');
    if (!newer) {
      await storage.keepAside([{ key: 'settings', value: stored, reason: describeProblems(problems) }])
        .catch((error) => notices.push(t('settingsNotKeptAside', storage.whyNotStored(error))));
    }
    notices.push(newer ? t('settingsNewer') : t('settingsUnreadable'), ...problems.map((p) => describeProblem(p)));
  }
  // Whether this Limber reads one item of a list setting; items it does not are kept as they are.
  const readable = (field, item) => core.settings({ [field]: [item] }).problems.length === 0;

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
    let written;
    try {
      ({ written } = await storage.changeSettings({ [name]: answer.settings[name] }, readable));
    } catch (failure) {
      // Not saved: the form goes back to what is stored, and says why.
      fillForm(form, settings);
      error.textContent = t('settingNotSaved', storage.whyNotStored(failure));
      field.setAttribute('aria-invalid', 'true');
      say(t('settingNotSaved', storage.whyNotStored(failure)));
      return;
    }
    settings = core.settings(written).settings;
    if (name === 'avoid') showWithheld();
    storage.applyLook(settings);
    say(t('saved'), { fleeting: true });
    await refreshHistory();
  });

  // The most visited sites: the optional topSites permission is the setting, asked for when turned on.
  const topSites = /** @type {HTMLInputElement} */ (byId('topSites'));
  const permission = { permissions: /** @type {chrome.runtime.ManifestPermission[]} */ (['topSites']) };
  topSites.checked = await chrome.permissions.contains(permission);
  topSites.addEventListener('change', async () => {
    let shown = false;
    try {
      shown = topSites.checked ? await chrome.permissions.request(permission) : !(await chrome.permissions.remove(permission));
    } catch (error) {
      console.warn('Limber:', error);
    }
    byId('topSites-error').textContent = topSites.checked && !shown ? t('topSitesNotAllowed') : '';
    topSites.checked = shown;
    if (byId('topSites-error').textContent === '') say(t('saved'), { fleeting: true });
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
    // A newer Limber's records stay where they are, for it to count again once Limber is updated.
    const { aside: unreadable, newer } = storage.splitUnreadable(loaded, keys, history);
    await storage.quarantineHistory(unreadable);
    const aside = quarantined + unreadable.length;
    showProblems([
      ...notices,
      ...(aside > 0 ? [plural('valuesAside', aside)] : []),
      ...(newer > 0 ? [plural('recordsNewer', newer)] : []),
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

  // Import: what the file would change is shown first; the user chooses whether
  // to take its settings, then it is merged again with what is stored at that
  // moment and written all at once, or not at all, and can be undone.
  const file = /** @type {HTMLInputElement} */ (byId('import-file'));
  const refused = (name, error) => {
    // Why, problem by problem, under a line that says nothing was changed.
    const reasons = error.problems?.length ? error.problems.map((p) => aboutFile(p, name))
      : [error instanceof CoreError ? error.message : storage.whyNotStored(error)];
    fill(byId('data-result'), [el('div', { class: 'error', role: 'alert' }, [
      el('p', {}, [t('importRefused', name)]), el('ul', {}, reasons.map((reason) => el('li', {}, [reason]))),
    ])]);
  };
  // The lines that say what an import adds and what it leaves out, and why.
  const importLines = (answer) => [
    ...(answer.conflicting > 0 ? [plural('importConflicting', answer.conflicting)] : []),
    ...(answer.alreadyThere > 0 ? [plural('importAlreadyThere', answer.alreadyThere)] : []),
    ...(answer.onFoldedDays > 0 ? [plural('importOnFoldedDays', answer.onFoldedDays)] : []),
    ...(answer.monthsHere > 0 ? [plural('importMonthsHere', answer.monthsHere)] : []),
  ];
  const months = (answer) => Object.keys(answer.months.months).length;
  const monthsOf = (answer) => plural('importMonths', months(answer), months(answer), answer.monthOutcomes);
  const adds = (answer) => t('importAdds', plural('breaks', answer.added), monthsOf(answer));
  const added = (answer) => t('importAdded', plural('breaks', answer.added), monthsOf(answer));
  // The settings fields whose values differ, by the label the form shows them under.
  const labelOf = (field) => {
    const input = form.querySelector(`[data-setting="${field}"]`);
    const label = input?.tagName === 'FIELDSET' ? input.querySelector('legend') : input?.closest('label') ?? document.querySelector(`label[for="${input?.id}"]`);
    return label?.textContent?.trim() || field;
  };
  const differing = (theirs) => Object.keys(theirs)
    .filter((field) => field !== 'version' && JSON.stringify(theirs[field]) !== JSON.stringify(settings[field]));

  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    const text = await chosen.text();
    let preview;
    try {
      const { history, folded } = await storage.readHistory();
      preview = core.importData({ text, history, folded, now: nowFromClock() });
    } catch (error) {
      refused(chosen.name, error);
      return;
    }
    const changed = differing(preview.settings);
    const take = /** @type {HTMLInputElement} */ (el('input', { type: 'checkbox', id: 'import-settings' }));
    const go = el('button', { type: 'button', id: 'import-confirm' }, [t('importConfirm')]);
    const cancel = el('button', { type: 'button', id: 'import-cancel' }, [t('importCancel')]);
    fill(byId('data-result'), [el('div', { class: 'import-preview' }, [
      el('p', {}, [t('importPreview', chosen.name)]),
      el('ul', {}, [adds(preview), ...importLines(preview)].map((line) => el('li', {}, [line]))),
      el('p', {}, [changed.length === 0 ? t('importSettingsSame') : t('importSettingsDiffer', changed.map(labelOf).join(', '))]),
      ...(changed.length === 0 ? [] : [el('label', { class: 'inline' }, [take, ` ${t('importTakeSettings')}`])]),
      ...(preview.settingsProblems.length === 0 ? [] : [
        el('p', {}, [t('importSettingsProblems')]),
        el('ul', {}, preview.settingsProblems.map((p) => el('li', {}, [describeProblem(p)])))]),
      el('div', { class: 'controls' }, [go, cancel]),
    ])]);
    go.focus();
    cancel.addEventListener('click', () => fill(byId('data-result'), [el('p', {}, [t('importCancelled', chosen.name)])]));
    go.addEventListener('click', async () => {
      const takeSettings = take.checked;
      go.setAttribute('disabled', '');
      let answer;
      try {
        answer = await storage.changeHistory(async () => {
          const { history, folded } = await storage.readHistory();
          const merged = core.importData({ text, history, folded, now: nowFromClock() });
          if (storage.isNewer(folded, merged.folded)) throw new Error(t('importNewerHistory'));
          const foldedProblems = merged.problems.filter((p) => p.path.startsWith('folded'));
          if (foldedProblems.length > 0) await storage.keepAside([{ key: 'folded', value: folded, reason: describeProblems(foldedProblems) }]);
          // Sync first: when the settings cannot be written, nothing is.
          const before = takeSettings ? (await storage.changeSettings(merged.settings, readable)).stored : undefined;
          const undo = { version: 1, at: Date.now(), source: chosen.name, records: merged.add, months: merged.months,
            ...(takeSettings ? { settings: before ?? null } : {}) };
          try {
            await storage.addImported(merged.add, merged.folded, undo);
          } catch (error) {
            if (takeSettings) await storage.restoreSettings(before);
            throw error;
          }
          return merged;
        });
      } catch (error) {
        refused(chosen.name, error);
        return;
      }
      if (takeSettings) await showStoredSettings();
      fill(byId('data-result'), [
        el('p', {}, [t('importDone', chosen.name)]),
        el('ul', {}, [added(answer), ...importLines(answer), takeSettings ? t('importSettingsTaken') : t('importSettingsKept')]
          .map((line) => el('li', {}, [line]))),
      ]);
      await Promise.all([refreshHistory(), showUndo()]);
    });
  });

  // The settings as sync holds them now, in the form (after an import took a backup's, or its undo).
  async function showStoredSettings() {
    settings = core.settings(await storage.readSettings()).settings;
    storage.applyLook(settings);
    showConditions();
    fillForm(form, settings);
    showWithheld();
  }

  // The last import can be taken back: its breaks and months, and the settings it replaced.
  async function showUndo() {
    const undo = await storage.readImportUndo();
    const button = byId('undo-import');
    button.hidden = !undo;
    if (undo?.undone) {
      await undoImport(); // an undo cut short: finished now
    } else if (undo) {
      button.textContent = t('undoImport', String(undo.source), new Date(undo.at).toLocaleDateString());
    }
  }
  async function undoImport() {
    let undone;
    try {
      undone = await storage.changeHistory(async () => {
        const undo = await storage.readImportUndo();
        if (!undo) return undefined;
        if (undo.undone) {
          await storage.removeImported(undefined, undo.remove);
          return undo;
        }
        const { keys, history, folded } = await storage.readHistory();
        const answer = core.undoImport({ history, folded, undo });
        if (undo.settings !== undefined) await storage.restoreSettings(undo.settings ?? undefined);
        await storage.removeImported(answer.folded, answer.remove.map((i) => keys[i]));
        return undo;
      });
    } catch (error) {
      fill(byId('data-result'), [el('p', { class: 'error', role: 'alert' }, [t('undoFailed', storage.whyNotStored(error))])]);
      return;
    }
    if (undone && !undone.undone) {
      fill(byId('data-result'), [el('p', {}, [t('undoDone', String(undone.source))])]);
      if (undone.settings !== undefined) await showStoredSettings();
    }
    byId('undo-import').hidden = true;
    await refreshHistory();
  }
  byId('undo-import').addEventListener('click', undoImport);

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
    byId('undo-import').hidden = true;
    await refreshHistory();
  });

  const order = ['start-break', 'snooze'];
  const commands = (await chrome.commands.getAll()).filter((c) => order.includes(c.name))
    .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  fill(byId('shortcuts'), commands.flatMap((c) => [
    el('dt', {}, [c.description]), el('dd', {}, [c.shortcut || t('shortcutNotSet')]),
  ]));

  await Promise.all([refreshHistory(), showCustomPacks(), showSyncSpace(), showUndo()]);
}

main().catch((error) => {
  say(t('settingsFailed', error.message));
  console.error(error);
});
