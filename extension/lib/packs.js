// Loads the packaged packs, then the organisation's (with its policy), then the
// user's own unless the policy turns those off, into the core. Each pack is added
// on its own, so a broken one is reported by name and the others still load (an
// organisation's, on the options page: core.settings().policy.problems).
import { keepAside, readCustomPacks } from './storage.js';
import { readManaged } from './policy.js';
import { language, t } from './i18n.js';
import { describeProblem } from './problems.js';

/**
 * Starts reading every pack's text (the packaged files, the user's own, the
 * organisation's policy), for loadPacks; a page that starts it before its core
 * has the texts by the time the core is ready.
 */
export function readPacks() {
  const index = fetch('packs/index.json').then((response) => response.json());
  const texts = index.then((list) => Promise.all(
    list.packs.map((file) =>
      fetch(`packs/${file}`)
        .then((response) => response.text())
        .catch((error) => ({ failed: t('packUnreadable', `packs/${file}`, error.message) })),
    ),
  ));
  const reads = Promise.all([index, texts, readCustomPacks(), readManaged()]);
  reads.catch(() => {}); // awaited (and reported) by loadPacks
  return reads;
}

/**
 * @param {import('../core/limber-core.js').Core} core
 * @param {ReturnType<typeof readPacks>} [reads] the texts, if the page started reading them already
 * @returns {Promise<string[]>} what is wrong with the packs that could not be loaded, a line a problem
 */
export async function loadPacks(core, reads = readPacks()) {
  const [index, texts, custom, managed] = await reads;
  const problems = [];
  const add = (source, text, own = false) => {
    try {
      core.addPack(source, text, { own });
    } catch (error) {
      problems.push(...(error.problems?.length ? error.problems.map((p) => describeProblem(p, source)) : [error.message]));
    }
  };
  // Pack text in the language of the page's own words, where a pack gives it.
  core.setLanguage(language);
  texts.forEach((text, i) => {
    if (typeof text !== 'string') {
      problems.push(text.failed);
      return;
    }
    add(`packs/${index.packs[i]}`, text);
  });
  const { customPacks } = core.policy(managed);
  // Turned off by the organisation: kept as they are, for when it turns them on again.
  for (const { key, source, text, value } of customPacks ? custom : []) {
    if (text !== undefined) {
      add(source, text, true);
      continue;
    }
    // Kept aside as it is (the same value once, however many pages see it); it stays listed to be removed.
    const kept = await keepAside([{ key, value, reason: t('customPackNoText', source) }]).then(() => true, () => false);
    problems.push(t('customPackNoText', source) + (kept ? ` ${t('customPackKeptAside')}` : ''));
  }
  return problems;
}
