// The core's problems in the user's language. The core reports each one as a
// JSON path and codes with parameters (core/include/limber/problem.h), never as
// sentences; the words are the messages problem…, expected… and found… in
// _locales (tests/core/problem_words_test.cpp checks every code has them).
import { language, t } from './i18n.js';

const names = new Intl.ListFormat(language, { type: 'disjunction' });

// ("expected", "local-text") -> "expectedLocalText"
const keyOf = (prefix, code) => prefix + code.replace(/(?:^|-)([a-z0-9])/g, (_, letter) => letter.toUpperCase());
// A list of names is one parameter, joined as the language joins alternatives.
const wordsOf = (arg) => (Array.isArray(arg) ? names.format(arg.map((name) => `"${name}"`)) : String(arg));
const phrase = (prefix, { code, args = [] }) => t(keyOf(prefix, code), ...args.map(wordsOf));

/**
 * "exercises[3].seconds: expected …, got …", with the source first when given.
 * @param {import('../core/limber-core.js').Problem} problem
 * @param {string} [source]
 */
export function describeProblem(problem, source = '') {
  const said = t(keyOf('problem', problem.code),
    ...(problem.expected ? [phrase('expected', problem.expected)] : []),
    ...(problem.found ? [phrase('found', problem.found)] : []),
    ...(problem.args ?? []).map(wordsOf));
  return [source, problem.path, said].filter(Boolean).join(': ');
}

/** Several problems as one line, for the reason a stored value is kept aside. */
export function describeProblems(problems) {
  return problems.map((problem) => describeProblem(problem)).join('; ');
}
