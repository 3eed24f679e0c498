// The packs as the build ships them (scripts/assemble.mjs): one file, packs/packaged.jsonl,
// whose first line names the pack files and each line after holds one pack's JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} extension the built extension's folder @returns {{file: string, text: string, pack: any}[]} */
export function packagedPacks(extension) {
  const [names, ...texts] = readFileSync(join(extension, 'packs', 'packaged.jsonl'), 'utf8').trimEnd().split('\n');
  const { files } = JSON.parse(names);
  // As extension/lib/packs.js reads it: a line more or fewer than the files named, and none is read.
  if (files.length !== texts.length) throw new Error(`packaged.jsonl names ${files.length} files and holds ${texts.length} packs`);
  return files.map((file, i) => ({ file, text: texts[i], pack: JSON.parse(texts[i]) }));
}
