// The conditions to avoid, on the options page and the welcome: a tick box for
// each condition that holds back any exercise, saying how many and (on the
// options page; the welcome keeps to one screen) from which packs, and a
// line saying what the ticked ones hold back together. The core counts
// (Core.withheld); this file only puts the counts into words.
import { el } from './dom.js';
import { CONDITIONS } from './labels.js';
import { language, plural, t } from './i18n.js';

const and = new Intl.ListFormat(language, { type: 'conjunction' });

/**
 * The tick boxes: every condition that withholds something, and any the user
 * has ticked already (so it can be unticked), in the vocabulary's order.
 * @param {HTMLElement} holder
 * @param {ReturnType<import('../core/limber-core.js').Core['withheld']>} withheld
 * @param {Map<string, string>} titles pack titles by id
 * @param {string[]} avoid the conditions ticked now
 * @param {{brief?: boolean}} [options] brief: the count alone, without the packs
 */
export function buildConditions(holder, withheld, titles, avoid, { brief = false } = {}) {
  const counts = new Map(withheld.conditions.map((entry) => [entry.condition, entry]));
  const offered = Object.keys(CONDITIONS).filter((condition) => counts.has(condition) || avoid.includes(condition));
  holder.replaceChildren(...offered.map((condition) => {
    const count = counts.get(condition);
    const hint = `avoid-${condition}-hint`;
    return el('div', { class: 'condition' }, [
      el('label', {}, [el('input', { type: 'checkbox', value: condition, 'aria-describedby': hint }), CONDITIONS[condition]]),
      el('p', { class: 'hint', id: hint }, [!count ? ''
        : brief ? plural('conditionHidesCount', count.exercises, count.exercises)
          : plural('conditionHides', count.exercises, count.exercises, and.format(count.packs.map((id) => titles.get(id) ?? id)))]),
    ]);
  }));
}

/**
 * What the ticked conditions hold back together, in a sentence.
 * @param {ReturnType<import('../core/limber-core.js').Core['withheld']>} withheld
 * @param {Map<string, string>} titles
 */
export function describeWithheld(withheld, titles) {
  const { exercises, packs } = withheld.withheld;
  if (exercises === 0) return t('withheldNone');
  const where = and.format(packs.map((pack) => t('withheldInPack', pack.exercises, titles.get(pack.id) ?? pack.id)));
  return plural('withheldSome', exercises, exercises, withheld.exercises, where);
}
