// Loads the packaged packs into the core. Each pack is added on its own, so a
// broken one is reported by file and the others still load.

/**
 * @param {import('../core/limber-core.js').Core} core
 * @returns {Promise<string[]>} one message per pack that could not be loaded
 */
export async function loadPacks(core) {
  const index = await fetch('packs/index.json').then((response) => response.json());
  const texts = await Promise.all(
    index.packs.map((file) =>
      fetch(`packs/${file}`)
        .then((response) => response.text())
        .catch((error) => ({ failed: `packs/${file}: could not be read (${error.message})` })),
    ),
  );
  const problems = [];
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
  return problems;
}
