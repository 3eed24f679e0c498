// The packs as the build ships them, read as the extension reads them (extension/lib/packaged.js).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPackaged } from '../../extension/lib/packaged.js';

/** @param {string} extension the built extension's folder @returns {{file: string, text: string, pack: any}[]} */
export function packagedPacks(extension) {
  return readPackaged(readFileSync(join(extension, 'packs', 'packaged.jsonl'), 'utf8'))
    .map(({ file, text }) => ({ file, text, pack: JSON.parse(text) }));
}
