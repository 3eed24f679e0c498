// Loads the packaged packs, then the organisation's (with its policy), then the
// user's own unless the policy turns those off, into the core. Each pack is added
// on its own, so a broken one is reported by name and the others still load (an
// organisation's, on the options page: core.settings().policy.problems).
import { keepAside, readCustomPacks } from './storage.js';
import { readManaged } from './policy.js';
import { language, t } from './i18n.js';
import { describeProblem } from './problems.js';
import { readPackaged } from './packaged.js';

const PACKAGED = 'packs/packaged.jsonl';

/**
 * Starts reading every pack's text (the packaged files, the user's own, the
 * organisation's policy), for loadPacks; a page that starts it before its core
 * has the texts by the time the core is ready.
 */
export function readPacks() {
  // The packaged packs come as one file, a pack a line after the line naming their files
  // (scripts/assemble.mjs writes it): one fetch, where an index and then a file per pack
  // took two rounds of the browser's answers, and the core waited on the second.
  const packaged = fetch(PACKAGED).then((response) => response.text())
    .then((text) => readPackaged(text).map(({ file, text }) => ({ source: `packs/${file}`, text })))
    .catch((error) => ({ failed: t('packUnreadable', PACKAGED, error.message) }));
  const reads = Promise.all([packaged, readCustomPacks(), readManaged()]);
  reads.catch(() => {}); // awaited (and reported) by loadPacks
  return reads;
}

/**
 * @param {import('../core/limber-core.js').Core} core
 * @param {ReturnType<typeof readPacks>} [reads] the texts, if the page started reading them already
 * @returns {Promise<string[]>} what is wrong with the packs that could not be loaded, a line a problem
 */
export async function loadPacks(core, reads = readPacks()) {
  const [packaged, custom, managed] = await reads;
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
  if ('failed' in packaged) problems.push(packaged.failed);
  else for (const { source, text } of packaged) add(source, text);
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
