// Loads the packaged packs, then the user's own, into the core. Each pack is
// added on its own, so a broken one is reported by name and the others still load.
import { readCustomPacks } from './storage.js';
import { language } from './i18n.js';

/**
 * @param {import('../core/limber-core.js').Core} core
 * @returns {Promise<string[]>} one message per pack that could not be loaded
 */
export async function loadPacks(core) {
  const [index, custom] = await Promise.all([fetch('packs/index.json').then((response) => response.json()), readCustomPacks()]);
  const texts = await Promise.all(
    index.packs.map((file) =>
      fetch(`packs/${file}`)
        .then((response) => response.text())
        .catch((error) => ({ failed: `packs/${file}: could not be read (${error.message})` })),
    ),
  );
  const problems = [];
  // Pack text in the language of the page's own words, where a pack gives it.
  core.setLanguage(language);
  texts.forEach((text, i) => {
    if (typeof text !== 'string') {
      problems.push(text.failed);
      return;
    }
    try {
      core.addPack(`packs/${index.packs[i]}`, text);
    } catch (error) {
      problems.push(error.message);
    }
  });
  for (const { source, text } of custom) {
    try {
      core.addPack(source, text);
    } catch (error) {
      problems.push(error.message);
    }
  }
  return problems;
}
