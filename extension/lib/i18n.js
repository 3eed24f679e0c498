// Every word the shell shows comes from _locales/<language>/messages.json through
// chrome.i18n, so a translation is one file. tests/node/locales.test.mjs checks
// that each key used here exists in every locale.

/**
 * The message for key in the browser's language, with $1..$9 filled in.
 * @param {string} key
 * @param {...(string|number)} substitutions
 */
export function t(key, ...substitutions) {
  const text = chrome.i18n.getMessage(key, substitutions.map(String));
  if (text) return text;
  console.error(`Limber: no message "${key}" in _locales`);
  return key;
}

/** The language the messages are in ("en", "de"), for Intl and for pack text. */
export const language = t('lang');

const plurals = new Intl.PluralRules(language);

/**
 * The message for a count: key_one or key_other, as the language's plural rules
 * say; the count is $1 unless other substitutions are given.
 * @param {string} key
 * @param {number} count
 * @param {...(string|number)} substitutions
 */
export function plural(key, count, ...substitutions) {
  const form = plurals.select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}`, ...(substitutions.length > 0 ? substitutions : [count]));
}
