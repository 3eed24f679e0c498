// Assembles the loadable extension in dist/extension from extension/, the wasm
// build and packs/, stamps the version from package.json into the manifest, and
// zips it for the Web Store as dist/limber-<version>.zip.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, transform } from 'esbuild';
import { sourceDateEpoch, zipFolder } from './lib/zip.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const out = join(dist, 'extension');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

rmSync(dist, { recursive: true, force: true });
cpSync(join(root, 'extension'), out, { recursive: true });

// Each page's modules (and the service worker's) ship bundled by esbuild, the code
// they share split into chunks beside them: a page fetches and compiles two or three
// files instead of a dozen, which took the popup from 141 to 83 ms (README, Figures).
// The popup, the options page and the service worker, whose times have targets, get a
// bundle each with all their code: the browser answers an extension's file requests
// about one at a time (6 to 15 ms each here), so each file fewer is that much sooner.
// The core's wrapper stays a file of its own (./core/limber-core.js, as the node
// tests load it); the two classic first-paint scripts are not modules and stay as they are.
const CLASSIC = ['localize-page.js', 'newtab-first.js'];
const WHOLE = ['popup.js', 'options.js', 'service-worker.js'];
const entries = readdirSync(join(root, 'extension')).filter((file) => file.endsWith('.js') && !CLASSIC.includes(file));
const bundle = (files, splitting) => build({
  entryPoints: files.map((file) => join(root, 'extension', file)),
  absWorkingDir: root, // the metafile's paths below are relative to it
  metafile: true,
  outdir: out,
  bundle: true,
  splitting,
  format: 'esm',
  target: 'esnext',
  chunkNames: 'shared-[hash]', // beside the pages, so the core's path below holds from every file
  minifyWhitespace: true, // as every script below
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  plugins: [{
    name: 'the core stays its own file',
    setup(esbuild) {
      esbuild.onResolve({ filter: /\/core\/limber-core\.js$/ }, () => ({ path: './core/limber-core.js', external: true }));
    },
  }],
});
const builds = await Promise.all([
  bundle(entries.filter((file) => !WHOLE.includes(file)), true),
  ...WHOLE.map((file) => bundle([file], false)),
]);
const metafile = { outputs: Object.assign({}, ...builds.map((result) => result.metafile.outputs)) };
rmSync(join(out, 'lib'), { recursive: true });

// A page's module fetches its chunks only once it has arrived and been parsed, and the
// core's wrapper its glue after that: each a further round of the browser's answers.
// Every file the module of a page's <script type="module"> imports statically is named
// in the page as a modulepreload, so all are requested at once. (The new tab starts its
// module from its first-paint script, after the first paint, and preloads nothing.)
const staticImports = (file, seen = new Set()) => {
  const output = metafile.outputs[file];
  if (!output) throw new Error(`${file} is not among esbuild's outputs: update the preloads in assemble.mjs`);
  for (const { path, kind, external } of output.imports) {
    if (kind !== 'import-statement') continue;
    const target = external ? join('dist', 'extension', path) : path;
    if (seen.has(target)) continue;
    seen.add(target);
    if (external && path === './core/limber-core.js') seen.add(join('dist', 'extension', 'core', 'limber_core.js'));
    if (!target.startsWith(join('dist', 'extension', 'core'))) staticImports(target, seen);
  }
  return seen;
};
for (const page of readdirSync(out).filter((file) => file.endsWith('.html'))) {
  const html = readFileSync(join(out, page), 'utf8');
  const script = html.match(/<script type="module" src="([^"]+)"><\/script>/);
  if (!script) continue;
  const preloads = [...staticImports(join('dist', 'extension', script[1]))]
    .map((path) => `\n<link rel="modulepreload" href="${path.slice('dist/extension/'.length)}">`).join('');
  writeFileSync(join(out, page), html.replace(script[0], () => `${script[0]}${preloads}`));
}

// Scripts ship without their comments and spaces (the why stays in the sources, which
// eslint and tsc check): the same code, names and all, printed by esbuild without
// whitespace, a fifth of the zip without videos (tests/node/budgets.test.mjs). The
// wrapper's comments were three quarters of its gzipped size, against the wasm budget.
// The bundles come out so; the classic scripts and the wrapper are printed the same way here.
const minified = async (text) => (await transform(text, {
  loader: 'js', minifyWhitespace: true, legalComments: 'none', charset: 'utf8', target: 'esnext',
})).code;
const filesIn = (dir) => readdirSync(dir, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
for (const file of CLASSIC.map((name) => join(out, name))) {
  writeFileSync(file, await minified(readFileSync(file, 'utf8')));
}
// Pages without indentation (no page has a <pre> or <textarea>, where it would
// show), and stylesheets minified by esbuild (the same rules, without comments and
// spaces): 4 KB of the zip without videos, which holds the new tab's inlined stylesheet.
for (const file of filesIn(out).filter((path) => path.endsWith('.html'))) {
  writeFileSync(file, readFileSync(file, 'utf8').replace(/\n[ \t]+/g, '\n'));
}
for (const file of filesIn(out).filter((path) => path.endsWith('.css'))) {
  const { code } = await transform(readFileSync(file, 'utf8'), { loader: 'css', minify: true, target: 'esnext', charset: 'utf8' });
  writeFileSync(file, code);
}
// The new tab's first paint fetches one file, not three: its stylesheet is written into
// the page and the page's words are put in place by the first-paint script itself (the
// same code as localize-page.js, run first). A parser-blocking script waits for every
// stylesheet before it; inlined, the name is on screen about a tenth sooner
// (tests/bench/newtab.mjs, README Figures). The popup and the options page, whose times
// have targets too, get their stylesheets written in as well (a file request fewer each,
// as for their bundles above); the other pages keep the files.
const INLINE_STYLES = ['newtab.html', 'popup.html', 'options.html'];
for (const name of INLINE_STYLES) {
  const page = join(out, name);
  const html = readFileSync(page, 'utf8');
  const links = html.match(/<link rel="stylesheet" href="styles\/[a-z-]+\.css">/g);
  if (!links) throw new Error(`${name} has no stylesheet to write in: update INLINE_STYLES in assemble.mjs`);
  writeFileSync(page, links.reduce((text, link) => {
    const css = readFileSync(join(out, link.match(/href="([^"]+)"/)[1]), 'utf8');
    return text.replace(link, () => `<style>\n${css}</style>`);
  }, html));
}
// A stylesheet no page links any more (the popup's own, now written in) is not shipped.
const linked = filesIn(out).filter((path) => path.endsWith('.html')).map((path) => readFileSync(path, 'utf8')).join('');
for (const file of readdirSync(join(out, 'styles')).filter((name) => !linked.includes(`href="styles/${name}"`))) {
  rmSync(join(out, 'styles', file));
}
{
  const page = join(out, 'newtab.html');
  const scripts = '<script src="localize-page.js"></script>\n<script src="newtab-first.js"></script>';
  const html = readFileSync(page, 'utf8');
  if (!html.includes(scripts)) throw new Error('newtab.html changed: update its inlining in assemble.mjs');
  writeFileSync(page, html.replace(scripts, '<script src="newtab-first.js"></script>'));
  const first = join(out, 'newtab-first.js');
  writeFileSync(first, `${readFileSync(join(out, 'localize-page.js'), 'utf8')}${readFileSync(first, 'utf8')}`);
}

// Messages without their translators' notes and indentation: Chrome reads only "message".
for (const file of filesIn(join(out, '_locales')).filter((path) => path.endsWith('messages.json'))) {
  const messages = JSON.parse(readFileSync(file, 'utf8'));
  for (const entry of Object.values(messages)) delete entry.description;
  writeFileSync(file, `${JSON.stringify(messages)}\n`);
}

mkdirSync(join(out, 'core'));
writeFileSync(join(out, 'core', 'limber-core.js'), await minified(readFileSync(join(root, 'web', 'limber-core.js'), 'utf8')));
cpSync(join(root, 'build', 'wasm', 'limber_core.wasm'), join(out, 'core', 'limber_core.wasm'));
// Emscripten's glue is generated code nobody reads: it ships fully minified (its local
// names shortened too, its property names kept, which the wasm's imports and embind
// look up), 2.8 KB less gzipped (more inlining bought no speed with the room: README,
// Figures). emcc's own minifier, closure, cannot run here (TOOLCHAIN.md).
writeFileSync(join(out, 'core', 'limber_core.js'), (await transform(readFileSync(join(root, 'build', 'wasm', 'limber_core.js'), 'utf8'), {
  loader: 'js', format: 'esm', minify: true, legalComments: 'none', charset: 'utf8', target: 'esnext',
})).code);

// The demo videos and posters rendered by demos/ (limber-demos render).
cpSync(join(root, 'build', 'media'), out, { recursive: true, filter: (path) => !path.endsWith('.key') });

const packs = readdirSync(join(root, 'packs')).filter((file) => file.endsWith('.json') && file !== 'schema.json').sort();
mkdirSync(join(out, 'packs'));
// The motions the demos are rendered from stay behind: the extension never
// reads them, and every new tab would parse them. Every pack in one file, each on a
// line of its own (JSON.stringify writes no line breaks), after a line naming their
// files: the pages and the service worker read them with one fetch (extension/lib/packs.js).
const packaged = packs.map((file) => {
  const pack = JSON.parse(readFileSync(join(root, 'packs', file), 'utf8'));
  for (const exercise of pack.exercises ?? []) delete exercise.motion;
  return JSON.stringify(pack);
});
writeFileSync(join(out, 'packs', 'packaged.jsonl'), `${[JSON.stringify({ files: packs }), ...packaged].join('\n')}\n`);

// The schema of a user's own pack, downloadable from the options page: the
// packaged packs' schema with only what the core cannot fill in required (it
// fills the rest: core/src/pack_loader.cpp), and without the demo motions,
// which only Limber's own renderer reads.
const schema = JSON.parse(readFileSync(join(root, 'packs', 'schema.json'), 'utf8'));
const exercise = schema.definitions.exercise;
Object.assign(schema, {
  $id: 'https://limber.invalid/packs/own-pack.schema.json',
  title: 'A Limber pack of your own',
  description: 'A pack you write yourself and add on Limber\'s options page. Only id, title and exercises (each with name, steps and seconds) are required; Limber fills in what you leave out and lists it when you add the pack.',
  required: ['id', 'title', 'exercises'],
});
exercise.required = ['name', 'steps', 'seconds'];
// A left or right exercise names its partner; one without a side (none, filled in) need not.
exercise.if = { ...exercise.if, required: ['side'] };
exercise.properties.steps.minItems = 1;
for (const list of [exercise.properties.cautions, exercise.properties.bodyAreas, schema.properties.skipIf, schema.properties.whoItIsFor]) {
  list.minItems = 0;
}
delete exercise.properties.motion;
for (const name of ['motion', 'pose', 'channel']) delete schema.definitions[name];
writeFileSync(join(out, 'own-pack.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);

const manifestPath = join(out, 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
manifest.version = version;
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);

// The same files give the same zip, byte for byte (scripts/release relies on it).
const zip = join(dist, `limber-${version}.zip`);
zipFolder(out, zip, { epoch: sourceDateEpoch(root) });

console.log(`
Built Limber ${version}:
  dist/extension/          the unpacked extension
  dist/limber-${version}.zip    for the Chrome Web Store

To load it: open chrome://extensions, turn on Developer mode,
choose "Load unpacked" and pick the dist/extension folder.
Then open a new tab.`);
