import type { ParsedMessage, Span } from './message';
import { wordViewOf } from './phrases';
import type { FirmSettings } from './settings';

/*
 * The firm's name as a message may write it: the sender-identification rule requires it, and the
 * scam-shape signs read a message that names the firm as the firm's own.
 */

/** Entity suffixes a client may leave out: "Hartwell & Diaz" identifies "Hartwell & Diaz, LLP". */
const ENTITY_SUFFIXES: ReadonlySet<string> = new Set([
  'llp',
  'llc',
  'lp',
  'pc',
  'pllc',
  'pa',
  'lpa',
  'apc',
  'aplc',
  'sc',
  'ltd',
  'inc',
  'chtd',
  'chartered',
]);

const NAME_SEPARATORS = /[^\p{L}\p{N}]+/u;
const APOSTROPHES = /['’]/g;
const POSSESSIVE = /['’]s$/;
const NON_ASCII = /[^ -~\t\n\r]/;
const MARKS = /\p{M}/gu;

/** Lower case without accents, so "Díaz" and "Diaz" match. */
function fold(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

/**
 * A firm name as comparable tokens: case and accents folded, "&" read as "and" and "and" (Spanish
 * "y") then dropped (so "Hartwell and Diaz", "Hartwell y Diaz", "Hartwell & Diaz" and "Hartwell
 * Diaz" agree), apostrophes
 * dropped ("O'Brien" = "OBrien"), dots splitting initials like the message's words do, trailing
 * entity suffixes ("LLP", "P.C.", "PLLC") removed.
 */
/** "and" and the Spanish "y": a firm's name is the same whichever joins its partners. */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'y']);

export function firmNameTokens(name: string): string[] {
  const tokens = fold(name)
    .replace(APOSTROPHES, '')
    .split(NAME_SEPARATORS)
    .filter((token) => token !== '' && !CONJUNCTIONS.has(token));
  for (;;) {
    const last = tokens[tokens.length - 1];
    if (tokens.length > 1 && last !== undefined && ENTITY_SUFFIXES.has(last)) {
      tokens.pop();
      continue;
    }
    // "P.C." and "P.L.L.C." arrive as single letters.
    let letters = 0;
    while (letters < tokens.length - 1 && tokens[tokens.length - 1 - letters]?.length === 1) letters++;
    if (letters > 1 && ENTITY_SUFFIXES.has(tokens.slice(tokens.length - letters).join(''))) {
      tokens.length -= letters;
      continue;
    }
    return tokens;
  }
}

export interface CompiledNames {
  firmName: string;
  /** Names keyed by their first token, for one Map lookup per word of the message. */
  byFirstToken: Map<string, string[][]>;
  /** The name the fix writes: the firm name, or the first alias when only aliases are set. */
  displayName: string;
}

const compiledCache = new WeakMap<readonly string[], CompiledNames>();

export function compileNames(settings: FirmSettings): CompiledNames {
  const cached = compiledCache.get(settings.firmNameAliases);
  if (cached && cached.firmName === settings.firmName) return cached;
  const names = [settings.firmName, ...settings.firmNameAliases].map((name) => name.trim()).filter(Boolean);
  const byFirstToken = new Map<string, string[][]>();
  for (const name of names) {
    const tokens = firmNameTokens(name);
    const first = tokens[0];
    if (first === undefined) continue;
    const list = byFirstToken.get(first);
    if (list) list.push(tokens);
    else byFirstToken.set(first, [tokens]);
  }
  const compiled = { firmName: settings.firmName, byFirstToken, displayName: names[0] ?? '' };
  compiledCache.set(settings.firmNameAliases, compiled);
  return compiled;
}

/**
 * Whether the message's words, as name tokens (possessives and apostrophes dropped, hyphenated
 * words split), contain one of the names. The tokens are made only as far as the search has got:
 * most messages name the firm in their first words. Most words are plain lower-case ASCII and pass
 * through as they are; the text is tested for non-ASCII once, not word by word.
 */
export function mentionsFirm(text: string, words: readonly Span[], byFirstToken: Map<string, string[][]>): boolean {
  const { normalized } = wordViewOf(text, words);
  const mayNeedFolding = NON_ASCII.test(text);
  let longestName = 0;
  for (const names of byFirstToken.values()) for (const name of names) longestName = Math.max(longestName, name.length);
  // The name tokens made so far, less those dropped now and then from the front (`index` counts
  // from the first one kept): a long message that never names the firm kept a list of all of them.
  const tokens: string[] = [];
  let nextWord = 0;
  for (let index = 0; ; index++) {
    // Half or more of the list passed (one word may bring many tokens): each token is moved at most once on average.
    if (index >= DROPPED_TOKENS_AT && index * 2 >= tokens.length) {
      tokens.splice(0, index);
      index = 0;
    }
    // Every token a name starting here could reach.
    while (tokens.length < index + longestName && nextWord < normalized.length) {
      appendTokens(normalized[nextWord++] as string, mayNeedFolding, tokens);
    }
    if (index >= tokens.length) return false;
    const candidates = byFirstToken.get(tokens[index] as string);
    if (!candidates) continue;
    for (const name of candidates) {
      let offset = 1;
      while (offset < name.length && tokens[index + offset] === name[offset]) offset++;
      if (offset === name.length) return true;
    }
  }
}

/** How many tokens mentionsFirm passes before it drops them. */
const DROPPED_TOKENS_AT = 1024;

/** Whether the message names the firm (its name or an alias), as this rule reads names. */
export function namesTheFirm(message: ParsedMessage, settings: FirmSettings): boolean {
  const names = compileNames(settings);
  return names.byFirstToken.size > 0 && mentionsFirm(message.text, message.words, names.byFirstToken);
}

/** The name tokens of one normalized word, appended to `tokens`: none for a conjunction. */
function appendTokens(word: string, mayNeedFolding: boolean, tokens: string[]): void {
  let token = mayNeedFolding ? fold(word) : word;
  if (CONJUNCTIONS.has(token)) return;
  if (token.includes("'")) token = token.replace(POSSESSIVE, '').replace(APOSTROPHES, '');
  if (token.includes('-')) {
    for (const part of token.split('-')) if (part !== '') tokens.push(part);
  } else tokens.push(token);
}
