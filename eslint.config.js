// Lint for the extension's shell, the web wrapper, the scripts and the tests.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['build/', 'dist/', 'node_modules/'] },
  js.configs.recommended,
  {
    files: ['extension/**/*.js', 'web/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
  {
    files: ['extension/newtab-first.js', 'extension/localize-page.js', 'extension/privacy.js'],
    languageOptions: { sourceType: 'script' },
  },
  {
    // An Emscripten library: its names are the glue's, in scope where it is pasted.
    files: ['web/embind_strings.js'],
    languageOptions: {
      sourceType: 'script',
      globals: Object.fromEntries(['mergeInto', 'LibraryManager', 'registerType', 'readLatin1String',
        'simpleReadValueFromPointer', 'throwBindingError', 'UTF8Decoder', 'HEAPU8', 'HEAPU32', '_malloc', '_free']
        .map((name) => [name, 'readonly'])),
    },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/**/*.mjs', 'tests/**/*.js', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, chrome: 'readonly' } },
  },
];
