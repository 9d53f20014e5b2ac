/**
 * Text from input files, settings files and the command line reaches a terminal only escaped: a
 * message, a CSV header or a file name can hold escape sequences (colors, a changed window title,
 * a cleared screen, OSC 8 links, on some terminals worse) and bidi overrides that make a line read
 * differently from what it is (Trojan Source, CVE-2021-42574).
 */

// Control characters (C0, DEL, C1), the line and paragraph separators, the bidi embeddings,
// overrides and isolates (U+202A-202E, U+2066-2069), and lone surrogates (not text at all: with the
// u flag, \p{Cs} matches only a surrogate that is not half of a pair).
const UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]|\p{Cs}/gu;

function escapeCharacter(character: string): string {
  if (character === '\n') return '\\n';
  if (character === '\r') return '\\r';
  const code = character.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `"\u001b[31mHi\u202e"` -> `"\x1b[31mHi\u202e"` (as visible backslash sequences). Tab stays; line
 * breaks are escaped too unless `keepLineFeeds` (a CR is always escaped: it would overwrite the
 * line). A backslash is left as it is, so an escape can be told from typed text only by context.
 */
export function escapeForTerminal(text: string, options: { keepLineFeeds?: boolean } = {}): string {
  return text.replace(UNSAFE, (character) =>
    character === '\t' || (character === '\n' && options.keepLineFeeds) ? character : escapeCharacter(character),
  );
}

// What JSON.stringify leaves raw but a terminal acts on: DEL, C1, separators, bidi controls.
// (It already escapes C0 controls, quotes, backslashes and lone surrogates.)
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON.stringify with the characters above written as \uXXXX escapes: the same JSON value for any
 * parser, and safe to print. These characters can only occur inside string literals.
 */
export function stringifyJson(value: unknown): string {
  return JSON.stringify(value).replace(
    JSON_UNSAFE,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
