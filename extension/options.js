// The options page: every setting (checked by the core, saved at once), the
// history as figures and a chart, and the user's data: export, import, reset.
import { CoreError, loadCore, nowFromClock } from './core/limber-core.js';
import { byId, el, fill } from './lib/dom.js';
import { loadPacks, readPacks } from './lib/packs.js';
import * as storage from './lib/storage.js';
import { buildChoices, fieldMessage, fillForm, fieldOf, isUnsaved, noteOf, readField, shownText, tell } from './lib/settings-form.js';
import * as labels from './lib/labels.js';
import { showStats } from './lib/history-view.js';
import { language, plural, t } from './lib/i18n.js';
import { describeProblem, describeProblems } from './lib/problems.js';
import { buildConditions, describeWithheld } from './lib/conditions-view.js';
import { followPolicy, policyProblems, showLocked } from './lib/policy.js';

// A problem in a file the user chose: a problem with the whole file names it.
function aboutFile(problem, name) {
  return describeProblem(problem, problem.path ? '' : name);
}

// A line at the top for what concerns the whole page (the page could not open).
function say(message) {
  byId('status').textContent = message;
}

function showProblems(lines) {
  const box = byId('problems');
  box.hidden = lines.length === 0;
  fill(box, lines.map((line) => el('p', {}, [line])));
}

// The history and the other devices' days, as refreshHistory reads them.
const readWholeHistory = (device) => Promise.all([storage.readHistory(), Promise.resolve(device).then(storage.readOtherDevices)]);

async function main() {
  // Every read starts at once, beside the core's start: the packs' first, since the
  // browser answers storage reads in turn and the core needs the packs before the
  // history (ten years of it is the largest read). The chart is on screen a quarter
  // sooner than when each read waited for the one before (scripts/bench).
  const packReads = readPacks();
  const localRead = storage.readLocalState();
  /** @type {ReturnType<typeof readWholeHistory>|undefined} */
  let firstHistory = readWholeHistory(localRead.then(({ device }) => device));
  firstHistory.catch(() => {}); // awaited (and reported) by the first refreshHistory
  const [core, stored, local] = await Promise.all([loadCore({ describe: describeProblem }), storage.readSettings(), localRead]);
  const packProblems = await loadPacks(core, packReads);
  const packs = core.packs();
  const exerciseNames = new Map(packs.flatMap((pack) => core.pack(pack.id).exercises.map((e) => [e.id, e.name])));
  // The organisation's policy (its presets and locks are in settings already): locked
  // fields shown so, packs of one's own hidden when it turns them off, a change followed at once.
  let { settings, problems, policy } = core.settings(stored);
  storage.applyLook(settings);
  followPolicy();
  byId('policy-note').hidden = policy.locked.length === 0;
  byId('custom-off').hidden = policy.customPacks;
  byId('custom-own').hidden = !policy.customPacks;
  const notices = [...policyProblems(policy), ...packProblems];
  if (problems.length > 0 && stored !== undefined) {
    // Nothing is written over what was read: a field changed here replaces that
    // field alone. A value this version cannot read (not one of a newer Limber's,
    // which is that Limber's to read) is also copied aside.
    const newer = problems.some((p) => p.code === 'newer-version');
    if (!newer) {
      await storage.keepAside([{ key: 'settings', value: stored, reason: describeProblems(problems) }])
        .catch((error) => notices.push(t('settingsNotKeptAside', storage.whyNotStored(error))));
      firstHistory = undefined; // read before the settings were kept aside: its count of values aside is one short
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
  showLocked(form, policy.locked);
  showWithheld();

  form.addEventListener('submit', (event) => event.preventDefault());

  // The settings fields by the label the form shows them under ("Positions").
  const labelOf = (name) => {
    const input = form.querySelector(`[data-setting="${name}"]`);
    const label = input?.tagName === 'FIELDSET' ? input.querySelector('legend')
      : input?.closest('label') ?? document.querySelector(`label[for="${input?.id}"]`);
    return label?.textContent?.trim() || name;
  };
  // One choice as a person reads it: Positions "On the floor".
  const choiceText = (name, candidate) => {
    const words = {
      positions: () => candidate.positions.map((p) => labels.POSITIONS[p]).join(', ') || t('noneTicked'),
      place: () => labels.PLACES[candidate.place],
      disabledPacks: () => core.packs().filter((pack) => !candidate.disabledPacks.includes(pack.id))
        .map((pack) => pack.title).join(', ') || t('noPackOn'),
      avoid: () => plural('conditionsTicked', candidate.avoid.length),
    };
    return t('choiceIs', labelOf(name), words[name]?.() ?? String(candidate[name]));
  };
  const and = new Intl.ListFormat(language, { type: 'conjunction' });
  const nothingToOffer = (problem, candidate) => t('nothingToOffer', and.format(problem.args.map((name) => choiceText(name, candidate))));

  const { refused: leftNothing } = core.settings(settings);
  notices.push(...leftNothing.map((problem) => t('nothingOfferedNow', and.format(problem.args.map((name) => choiceText(name, settings))))));

  // A value that cannot be saved stays in its field, marked, until it is fixed;
  // this tab remembers it, so that a reload can say it was not saved.
  const UNSAVED = 'limber-unsaved';
  const remembered = () => JSON.parse(sessionStorage.getItem(UNSAVED) ?? '{}');
  const remember = (name, text) => {
    const all = remembered();
    if (text === undefined) delete all[name]; else all[name] = text;
    sessionStorage.setItem(UNSAVED, JSON.stringify(all));
  };
  for (const [name, typed] of Object.entries(remembered())) {
    const field = form.querySelector(`[data-setting="${name}"]`);
    if (field) tell(field, 'told', t('notSavedBefore', typed, shownText(field)));
  }
  sessionStorage.removeItem(UNSAVED);

  // Saves one field's value when the core accepts it, and says under it what became of it.
  async function commit(field) {
    const name = field.dataset.setting;
    const candidate = { ...settings, [name]: readField(field) };
    const answer = core.settings(candidate);
    const wrong = answer.problems.filter((p) => p.path.startsWith(`settings.${name}`) ||
      (name === 'workStart' && p.path === 'settings.workEnd'));
    // Settings that left nothing already (saved before Limber refused them) do not hold other changes back.
    const refused = core.settings(settings).refused.length > 0 ? [] : answer.refused;
    const reasons = wrong.length > 0 ? [...new Set(wrong.map(fieldMessage))]
      : refused.map((problem) => nothingToOffer(problem, answer.settings));
    if (reasons.length > 0) {
      tell(field, 'unsaved', t('notSaved', reasons.join(' '), savedText(field)));
      remember(name, shownText(field));
      return false;
    }
    let written;
    try {
      ({ written } = await storage.changeSettings({ [name]: answer.settings[name] }, readable));
    } catch (failure) {
      // Not saved: the form goes back to what is stored, and says why.
      fillForm(form, settings);
      tell(field, 'told', t('settingNotSaved', storage.whyNotStored(failure)));
      remember(name, undefined);
      return false;
    }
    settings = core.settings(written).settings;
    remember(name, undefined);
    tell(field, 'saved', t('saved'));
    if (name === 'avoid') showWithheld();
    storage.applyLook(settings);
    return true;
  }
  // What is saved for a field, in the field's own words, told beside a value that was not.
  const savedText = (field) => {
    const copy = /** @type {HTMLElement} */ (field.cloneNode(true));
    const holder = el('form', {}, [copy]);
    fillForm(holder, settings);
    return shownText(copy) || t('noneTicked');
  };

  // Changes are handled one at a time, in order: each sees what the one before saved.
  let changes = Promise.resolve();
  form.addEventListener('change', (event) => {
    const field = fieldOf(/** @type {Element} */ (event.target));
    if (!field) return;
    // Only the latest change is spoken of; a value still not saved stays marked.
    for (const other of form.querySelectorAll('[data-setting]')) {
      if (other !== field && !isUnsaved(other)) tell(other, '');
    }
    noteOf(field).textContent = '';
    byId('status').textContent = '';
    changes = changes.then(async () => {
      if (!(await commit(field))) return;
      // A value refused only for what another field said may be fine now.
      for (const other of form.querySelectorAll('[data-setting]')) {
        if (other !== field && isUnsaved(other) && (await commit(other))) tell(other, 'saved', t('savedToo'));
      }
      await refreshHistory();
    }).catch((error) => {
      say(t('settingsFailed', error.message));
      console.error(error);
    });
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
    // Said under it, as every setting's change is.
    const refused = topSites.checked && !shown;
    const note = byId('topSites-error');
    note.textContent = refused ? t('topSitesNotAllowed') : t('saved');
    note.className = refused ? 'error' : 'note';
    note.dataset.kind = refused ? 'unsaved' : 'saved';
    topSites.checked = shown;
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

  let historyShown = false;
  async function refreshHistory(reads = readWholeHistory(local.device)) {
    const [{ keys, history, folded, quarantined }, devices] = await reads;
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
    // scripts/bench times the page to the frame that paints the chart and the figures (the
    // task after the animation frame runs once it is painted), from the whole history.
    if (!historyShown) requestAnimationFrame(() => setTimeout(() => performance.mark('history-on-screen')));
    historyShown = true;
  }
  // Shown as soon as it is read, not after the browser's answers the rest of the page waits for.
  const historyFirstShown = refreshHistory(firstHistory);
  historyFirstShown.catch(() => {}); // awaited (and reported) with the rest below

  byId('export').addEventListener('click', async () => {
    const { history, folded } = await storage.readHistory();
    const { backup } = core.exportData({ settings, history, folded, now: nowFromClock(), device: local.device });
    const blob = new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' });
    const link = /** @type {HTMLAnchorElement} */ (el('a', { href: URL.createObjectURL(blob), download: `limber-backup-${new Date().toISOString().slice(0, 10)}.json` }));
    link.click();
    URL.revokeObjectURL(link.href);
    fill(byId('data-result'), [el('p', {}, [t('exported', plural('breaks', backup.history.length), plural('olderMonths', Object.keys(backup.folded.months).length))])]);
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
  // The settings fields whose values differ from the backup's.
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

  // The packs listed, ticked and counted everywhere on the page, as the core holds them now.
  const showPackChoices = () => {
    buildChoices(form, core.packs());
    showConditions();
    fillForm(form, settings);
    showWithheld();
  };

  // The user's own packs by title (the file they came from beside it); one removed goes at once.
  // One drawing at a time, each reading after the last has drawn: a slow early read cannot draw over a later one.
  let customDrawn = Promise.resolve();
  const showCustomPacks = () => (customDrawn = customDrawn.then(drawCustomPacks, drawCustomPacks));
  async function drawCustomPacks() {
    const custom = await storage.readCustomPacks();
    const titles = new Map(core.packs().map((pack) => [pack.id, pack.title]));
    fill(byId('custom-packs'), custom.map(({ id, source }) => {
      const title = titles.get(id) ?? id;
      const remove = el('button', { type: 'button', 'aria-label': t('customRemoveNamed', title) }, [t('customRemove')]);
      remove.addEventListener('click', async () => {
        await storage.removeCustomPack(id);
        core.removePack(id);
        showPackChoices();
        // The list first, so that what is said is already true on screen.
        await showCustomPacks();
        fill(byId('custom-result'), [el('p', {}, [t('customRemoved', title)])]);
      });
      return el('li', {}, [el('span', { class: 'pack-title' }, [title]), ' ', el('span', { class: 'hint' }, [source]), ' ', remove]);
    }));
  }

  const refusedPack = (name, error) => {
    const reasons = error.problems?.length ? error.problems.map((p) => aboutFile(p, name)) : [error.message];
    fill(byId('custom-result'), [
      el('p', { class: 'error', role: 'alert' }, [t('customRefused', name)]),
      el('ul', {}, reasons.map((reason) => el('li', {}, [reason]))),
    ]);
  };
  // Adds a pack the core accepted to what is kept; said with what the core filled in.
  async function keepPack(added, name, text, replaced) {
    try {
      await storage.saveCustomPack(added.id, name, text);
    } catch (error) {
      // Not kept, so not loaded either: adding it again later works.
      core.removePack(added.id);
      if (replaced) core.addPack(replaced.source, replaced.text, { own: true });
      fill(byId('custom-result'), [el('p', { class: 'error', role: 'alert' }, [t('customNotSaved', name, storage.whyNotStored(error))])]);
      return;
    }
    showPackChoices();
    await showCustomPacks();
    const said = replaced ? plural('customReplaced', added.exerciseCount, added.title, added.exerciseCount)
      : plural('customAdded', added.exerciseCount, added.title, added.exerciseCount);
    fill(byId('custom-result'), [
      el('p', {}, [said]),
      ...(added.filled.length === 0 ? [] : [el('p', { class: 'hint' }, [t('customFilled', added.filled.join(', '))])]),
    ]);
  }

  const customFile = /** @type {HTMLInputElement} */ (byId('custom-file'));
  customFile.addEventListener('change', async () => {
    const chosen = customFile.files?.[0];
    customFile.value = '';
    if (!chosen) return;
    const text = await chosen.text();
    try {
      // The same validator as Limber's own packs (what it may leave out filled), against the packs loaded.
      await keepPack(core.addPack(chosen.name, text, { own: true }), chosen.name, text);
      return;
    } catch (error) {
      const custom = await storage.readCustomPacks();
      const taken = error.problems?.find((p) => p.code === 'pack-loaded');
      const mine = taken && custom.find((pack) => pack.id === taken.args[0]);
      if (!mine) {
        refusedPack(chosen.name, error);
        return;
      }
      // A pack of the user's own with that id is here: offer to put this one in its place.
      const title = core.packs().find((pack) => pack.id === mine.id)?.title ?? mine.id;
      const replace = el('button', { type: 'button', id: 'custom-replace' }, [t('customReplace')]);
      const keep = el('button', { type: 'button', id: 'custom-keep' }, [t('customKeep')]);
      fill(byId('custom-result'), [el('div', { class: 'import-preview' }, [
        el('p', {}, [t('customReplaceAsk', chosen.name, title)]),
        el('div', { class: 'controls' }, [replace, keep]),
      ])]);
      replace.focus();
      keep.addEventListener('click', () => fill(byId('custom-result'), [el('p', {}, [t('customKept', title)])]));
      replace.addEventListener('click', async () => {
        core.removePack(mine.id);
        let added;
        try {
          added = core.addPack(chosen.name, text, { own: true });
        } catch (again) {
          core.addPack(mine.source, mine.text, { own: true });
          refusedPack(chosen.name, again);
          return;
        }
        await keepPack(added, chosen.name, text, mine);
      });
    }
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
  await Promise.all([historyFirstShown, showCustomPacks(), showSyncSpace(), showUndo()]);
}

main().catch((error) => {
  say(t('settingsFailed', error.message));
  console.error(error);
});
