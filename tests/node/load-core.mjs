// Starts the built wasm core under node, the way the extension's module does in
// a browser, but passing the bytes (the web build has no file system access).
import { readFileSync } from 'node:fs';

export const distCore = new URL('../../dist/extension/core/', import.meta.url);

export async function startCore() {
  const { loadCore } = await import(new URL('limber-core.js', distCore));
  return loadCore({ wasmBinary: readFileSync(new URL('limber_core.wasm', distCore)) });
}

export function readPack(file) {
  return readFileSync(new URL(`../../packs/${file}`, import.meta.url), 'utf8');
}
