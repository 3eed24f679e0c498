// The settings form: fills each field from settings and reads a field back into
// a candidate value. Fields name their setting and kind in data attributes:
//   number, minutes (shown in minutes, kept in seconds), time, toggle, select,
//   numbers (a comma list), set (ticked values), unset (unticked values),
//   choice (one of radio buttons), goals (ticked goals, kept as their focus areas).
// Whether a value is acceptable is the core's answer, not this file's.
import { el } from './dom.js';
import * as labels from './labels.js';
import { t } from './i18n.js';
import { describeProblem } from './problems.js';

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
  'settings.microMinutes': () => t('invalidMicroMinutes'),
  'settings.microSeconds': () => t('invalidMicroSeconds'),
  'settings.positions': () => t('invalidPositions'),
};

/** What the core found wrong with a setting, in words for beside its field. */
export function fieldMessage(problem) {
  return FIELD_MESSAGES[problem.path.replace(/\[\d+\]$/, '')]?.() ?? describeProblem({ ...problem, path: '' });
}

/** Builds the tick boxes and options that name their word list in data-choices. */
export function buildChoices(form, packs) {
  for (const holder of form.querySelectorAll('[data-choices]')) {
    const words = labels[holder.dataset.choices];
    if (holder.tagName === 'SELECT') {
      holder.replaceChildren(...Object.entries(words).map(([value, text]) => el('option', { value }, [text])));
    } else {
      holder.replaceChildren(...Object.entries(words).map(([value, text]) => tick(value, text, holder.dataset.name)));
    }
  }
  form.querySelector('#pack-choices')?.replaceChildren(...packs.map((pack) => tick(pack.id, pack.title)));
}

// A tick box, or a radio button of the group named.
function tick(value, text, radio = '') {
  return el('label', {}, [el('input', radio ? { type: 'radio', name: radio, value } : { type: 'checkbox', value }), text]);
}

function boxes(field) {
  return [...field.querySelectorAll('input[type="checkbox"], input[type="radio"]')];
}

const goalTicked = (goal, areas) => labels.GOAL_AREAS[goal].every((area) => areas.includes(area));

/** Shows settings in every field. */
export function fillForm(form, settings) {
  for (const field of form.querySelectorAll('[data-setting]')) {
    const value = settings[field.dataset.setting];
    switch (field.dataset.kind) {
      case 'minutes': field.value = String(value / 60); break;
      case 'toggle': field.checked = value; break;
      case 'numbers': field.value = value.join(', '); break;
      case 'set': for (const box of boxes(field)) box.checked = value.includes(box.value); break;
      case 'unset': for (const box of boxes(field)) box.checked = !value.includes(box.value); break;
      case 'choice': for (const box of boxes(field)) box.checked = box.value === value; break;
      case 'goals': for (const box of boxes(field)) box.checked = goalTicked(box.value, value); break;
      default: field.value = String(value);
    }
  }
}

/** The field that holds an element, and the setting it names. */
export function fieldOf(element) {
  return element.closest('[data-setting]');
}

/** What the field now says, in the shape settings keep it. */
export function readField(field) {
  switch (field.dataset.kind) {
    case 'number': return field.value === '' ? null : Number(field.value);
    case 'minutes': return field.value === '' ? null : Math.round(Number(field.value) * 60);
    case 'toggle': return field.checked;
    case 'numbers': return field.value.split(',').map((part) => part.trim()).filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    case 'set': return boxes(field).filter((box) => box.checked).map((box) => box.value);
    case 'unset': return boxes(field).filter((box) => !box.checked).map((box) => box.value);
    case 'choice': return boxes(field).find((box) => box.checked)?.value ?? '';
    case 'goals': return [...new Set(boxes(field).filter((box) => box.checked).flatMap((box) => labels.GOAL_AREAS[box.value]))];
    default: return field.value;
  }
}

/** The element a field's note goes under: the fieldset, or the block that holds the input. */
function holderOf(field) {
  return field.tagName === 'FIELDSET' ? field : field.parentElement.closest('div');
}

/** The note under a field (made the first time): whether its last change was saved, and why not. */
export function noteOf(field) {
  const id = `${field.dataset.setting}-note`;
  let note = document.getElementById(id);
  if (!note) {
    note = el('p', { id, class: 'note' });
    holderOf(field).append(note);
    const described = field.getAttribute('aria-describedby');
    field.setAttribute('aria-describedby', described ? `${described} ${id}` : id);
  }
  return note;
}

/**
 * Says under a field what became of its change: kind "saved" (quiet), "unsaved"
 * (the field keeps what was typed, marked until it is fixed), "told" (a fact
 * about the value shown), or "" (nothing: the note empties).
 */
export function tell(field, kind, text = '') {
  const note = noteOf(field);
  note.textContent = text;
  note.dataset.kind = kind;
  holderOf(field).classList.toggle('unsaved', kind === 'unsaved');
  field.setAttribute('aria-invalid', String(kind === 'unsaved'));
}

/** Whether a field shows a value that was not saved. */
export function isUnsaved(field) {
  return holderOf(field).classList.contains('unsaved');
}

/** What the field shows, as a person reads it: "99", "Sitting, Floor", "At my desk". */
export function shownText(field) {
  if (field.tagName === 'FIELDSET') {
    return boxes(field).filter((box) => box.checked).map((box) => box.parentElement.textContent.trim()).join(', ');
  }
  if (field.tagName === 'SELECT') return field.selectedOptions[0]?.textContent ?? '';
  if (field.type === 'checkbox') return String(field.checked);
  return field.value;
}
