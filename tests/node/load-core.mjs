// Starts the built wasm core under node, the way the extension's module does in
// a browser, but passing the bytes (the web build has no file system access).
// Problems are worded in English by the extension's own lib/problems.js, over
// _locales/en as chrome.i18n would give it.
import { readFileSync } from 'node:fs';

export const distCore = new URL('../../dist/extension/core/', import.meta.url);

const english = JSON.parse(readFileSync(new URL('../../extension/_locales/en/messages.json', import.meta.url), 'utf8'));
globalThis.chrome ??= /** @type {any} */ ({
  i18n: {
    getMessage: (key, substitutions = []) =>
      english[key]?.message.replace(/\$([1-9])/g, (_, n) => substitutions[n - 1] ?? '') ?? '',
  },
});
export const { describeProblem } = await import('../../extension/lib/problems.js');

export async function startCore() {
  const { loadCore } = await import(new URL('limber-core.js', distCore));
  return loadCore({ wasmBinary: readFileSync(new URL('limber_core.wasm', distCore)), describe: describeProblem });
}

export function readPack(file) {
  return readFileSync(new URL(`../../packs/${file}`, import.meta.url), 'utf8');
}
