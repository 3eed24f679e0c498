// The packaged packs' one file, packs/packaged.jsonl, as scripts/assemble.mjs writes it:
// a line naming the pack files, then each pack's JSON on a line of its own.

/**
 * The packs' texts by file. A line whose text is damaged is the core's to refuse, as
 * that pack's; a line lost or added leaves the files unmatched to their packs, and
 * none is read.
 * @param {string} text the file's contents
 * @returns {{file: string, text: string}[]}
 * @throws {Error} when the files named and the packs held do not match
 */
export function readPackaged(text) {
  const [names, ...texts] = text.trimEnd().split('\n');
  const { files } = JSON.parse(names);
  if (!Array.isArray(files) || files.length !== texts.length) {
    throw new Error(`${files?.length} files named, ${texts.length} packs held`);
  }
  return files.map((file, i) => ({ file, text: texts[i] }));
}
