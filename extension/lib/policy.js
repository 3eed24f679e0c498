// The organisation's policy: what an admin set for Limber through Chrome policy,
// which Chrome checks against managed-schema.json and hands out as
// chrome.storage.managed. The core reads it (core.policy: presets, locks, the
// organisation's packs, every problem); this file fetches it, shows the locks,
// and has open pages follow a change at once.
import { el } from './dom.js';
import { t } from './i18n.js';
import { describeProblem } from './problems.js';
import { forgetNextUp } from './storage.js';

/** What the admin set; nothing where managed storage cannot be read (no policy, another browser). */
export async function readManaged() {
  try {
    return (await chrome.storage.managed.get(null)) ?? {};
  } catch (error) {
    console.info('Limber: no managed storage:', error);
    return {};
  }
}

/**
 * Shows each locked field as set by the organisation: it cannot be changed, and says why
 * beside it. A field unlocked since is changeable again.
 * @param {HTMLElement} form @param {string[]} locked
 */
export function showLocked(form, locked) {
  for (const field of /** @type {NodeListOf<HTMLInputElement>} */ (form.querySelectorAll('[data-setting]'))) {
    const name = field.dataset.setting ?? '';
    const isLocked = locked.includes(name);
    field.disabled = isLocked;
    const id = `${name}-locked`;
    let note = document.getElementById(id);
    if (isLocked && !note) {
      note = el('p', { id, class: 'locked-note' }, [t('setByOrganisation')]);
      (field.tagName === 'FIELDSET' ? field : field.parentElement?.closest('div') ?? field).append(note);
      const described = field.getAttribute('aria-describedby');
      field.setAttribute('aria-describedby', described ? `${described} ${id}` : id);
    }
    if (note) note.hidden = !isLocked;
  }
}

/**
 * What in the policy could not be used, for whoever manages it: a line that says
 * so, then each problem naming its key and what was expected.
 * @param {import('../core/limber-core.js').Policy} policy
 */
export function policyProblems(policy) {
  return policy.problems.length === 0 ? [] : [t('policyProblems'), ...policy.problems.map((p) => describeProblem(p))];
}

/**
 * A page shown under the policy follows a change of it at once: shown again,
 * from what is stored and the new policy. busy says when that must wait (a break
 * running); the page is shown again once it is over.
 * @param {() => boolean} [busy]
 */
export function followPolicy(busy = () => false) {
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'managed') return;
    forgetNextUp();
    const again = () => (busy() ? setTimeout(again, 1000) : location.reload());
    again();
  });
}
