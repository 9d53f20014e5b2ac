import { lazy } from './lazy';
import type { Span } from './message';

/*
 * A phrase matcher over the words of a message. Patterns are compiled once into maps keyed by
 * their first word, so matching costs a couple of Map lookups per word plus a comparison of the
 * few candidate phrases that start there: linear in the number of words, however long the lists.
 *
 * Pattern syntax (words separated by spaces, case-insensitive):
 *   loan*         a word starting with "loan" (loan, loans, loaned); prefixes need 3+ letters
 *   pay|send      either word
 *   your?         an optional word (expanded at compile time, so keep them few)
 *   #             any word starting with a digit ("won a # prize" matches "won a 1000 prize")
 * Consecutive words of a phrase must be separated only by spaces and light punctuation (hyphens,
 * quotes, slashes, emoji...): a sentence break, comma, colon or line break ends a phrase, so
 * "you won. Cash" is not "won cash".
 */

export interface PhraseEntry<M> {
  phrase: string;
  meta: M;
}

export interface PhraseMatch<M> {
  /** UTF-16 offset of the first matched word. */
  start: number;
  /** End (exclusive) of the last matched word. */
  end: number;
  /** Index of the first matched word in `words`. */
  firstWord: number;
  /** Index of the last matched word in `words`. */
  lastWord: number;
  /** The pattern as written in the list. */
  phrase: string;
  meta: M;
}

interface WordTest {
  exact: readonly string[];
  prefixes: readonly string[];
  number: boolean;
}

interface CompiledPhrase<M> {
  tests: readonly WordTest[];
  phrase: string;
  meta: M;
}

/** Prefix patterns are bucketed by their first few letters, so a word looks up one bucket. */
const PREFIX_KEY_LENGTH = 3;

const CURLY_APOSTROPHE = /\u2019/g;

/** Lower-cases a word and writes a curly apostrophe as a straight one. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(CURLY_APOSTROPHE, "'") : lower;
}

/** Characters that may not stand between two words of one phrase: . ! ? ; : , ( ) [ ] { } < > and line breaks. */
const PHRASE_BREAK_CODES = new Set([46, 33, 63, 59, 58, 44, 40, 41, 91, 93, 123, 125, 60, 62, 10, 13]);

function phraseBreakBetween(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (PHRASE_BREAK_CODES.has(text.charCodeAt(index))) return true;
  return false;
}

export interface WordView {
  /** The words, normalized (see normalizeWord). */
  readonly normalized: readonly string[];
  /** joined[i] is true when words i and i+1 may belong to one phrase (no break between them). */
  readonly joined: readonly boolean[];
}

const wordViews = new WeakMap<readonly Span[], WordView>();

/**
 * The normalized words of a message and where phrases may continue, computed once per message
 * and shared by every rule that matches phrases.
 */
export function wordViewOf(text: string, words: readonly Span[]): WordView {
  const cached = wordViews.get(words);
  if (cached) return cached;
  const normalized: string[] = new Array(words.length);
  const joined: boolean[] = new Array(words.length);
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as Span;
    normalized[index] = normalizeWord(word.text);
    const next = words[index + 1];
    joined[index] = next !== undefined && !phraseBreakBetween(text, word.end, next.start);
  }
  const view = { normalized, joined };
  wordViews.set(words, view);
  return view;
}

function startsWithDigit(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 48 && code <= 57;
}

function wordPasses(test: WordTest, word: string): boolean {
  if (test.number && startsWithDigit(word)) return true;
  if (test.exact.includes(word)) return true;
  for (const prefix of test.prefixes) if (word.startsWith(prefix)) return true;
  return false;
}

const PATTERN_WORD = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['-](?=[\p{L}\p{N}]))*$/u;

function parseToken(token: string, phrase: string): { test: WordTest; optional: boolean } {
  const optional = token.endsWith('?');
  const body = optional ? token.slice(0, -1) : token;
  const exact: string[] = [];
  const prefixes: string[] = [];
  let number = false;
  for (const alternative of body.split('|')) {
    if (alternative === '#') {
      number = true;
      continue;
    }
    const isPrefix = alternative.endsWith('*');
    const word = normalizeWord(isPrefix ? alternative.slice(0, -1) : alternative);
    if (!PATTERN_WORD.test(word)) throw new Error(`Phrase "${phrase}": "${alternative}" is not one word`);
    if (isPrefix && word.length < PREFIX_KEY_LENGTH) {
      throw new Error(`Phrase "${phrase}": prefix "${alternative}" needs at least ${PREFIX_KEY_LENGTH} letters`);
    }
    (isPrefix ? prefixes : exact).push(word);
  }
  return { test: { exact, prefixes, number }, optional };
}

/** Every sequence of word tests a pattern stands for, optional words expanded. */
function expandPattern(phrase: string): WordTest[][] {
  const tokens = phrase.trim().split(/\s+/);
  let sequences: WordTest[][] = [[]];
  for (const token of tokens) {
    const { test, optional } = parseToken(token, phrase);
    const withWord = sequences.map((sequence) => [...sequence, test]);
    sequences = optional ? [...sequences, ...withWord] : withWord;
  }
  return sequences.filter((sequence) => sequence.length > 0);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class PhraseMatcher<M> {
  private readonly byFirstWord = new Map<string, CompiledPhrase<M>[]>();
  private readonly byPrefixKey = new Map<string, CompiledPhrase<M>[]>();
  private readonly startingWithNumber: CompiledPhrase<M>[] = [];
  /** How many patterns were compiled (after expanding optional words). */
  readonly size: number;

  constructor(entries: readonly PhraseEntry<M>[]) {
    let size = 0;
    for (const entry of entries) {
      for (const tests of expandPattern(entry.phrase)) {
        const compiled: CompiledPhrase<M> = { tests, phrase: entry.phrase, meta: entry.meta };
        const first = tests[0] as WordTest;
        for (const word of first.exact) pushTo(this.byFirstWord, word, compiled);
        for (const prefix of first.prefixes) pushTo(this.byPrefixKey, prefix.slice(0, PREFIX_KEY_LENGTH), compiled);
        if (first.number) this.startingWithNumber.push(compiled);
        size++;
      }
    }
    this.size = size;
  }

  /**
   * Every occurrence of every pattern, ordered by start, then longest first. Overlapping matches
   * are all returned; callers choose among them.
   */
  match(text: string, words: readonly Span[]): PhraseMatch<M>[] {
    const { normalized, joined } = wordViewOf(text, words);
    const matches: PhraseMatch<M>[] = [];
    const hasPrefixes = this.byPrefixKey.size > 0;
    for (let index = 0; index < normalized.length; index++) {
      const word = normalized[index] as string;
      const before = matches.length;
      const exact = this.byFirstWord.get(word);
      if (exact) this.tryCandidates(exact, index, words, normalized, joined, matches);
      if (hasPrefixes && word.length >= PREFIX_KEY_LENGTH) {
        const prefixed = this.byPrefixKey.get(word.slice(0, PREFIX_KEY_LENGTH));
        if (prefixed) this.tryCandidates(prefixed, index, words, normalized, joined, matches);
      }
      if (this.startingWithNumber.length > 0 && startsWithDigit(word)) {
        this.tryCandidates(this.startingWithNumber, index, words, normalized, joined, matches);
      }
      if (matches.length - before > 1) sortLongestFirst(matches, before);
    }
    return matches;
  }

  private tryCandidates(
    candidates: readonly CompiledPhrase<M>[],
    index: number,
    words: readonly Span[],
    normalized: readonly string[],
    joined: readonly boolean[],
    matches: PhraseMatch<M>[],
  ): void {
    for (const candidate of candidates) {
      const { tests } = candidate;
      if (!wordPasses(tests[0] as WordTest, normalized[index] as string)) continue;
      let last = index;
      let complete = true;
      for (let offset = 1; offset < tests.length; offset++) {
        const next = index + offset;
        if (
          next >= normalized.length ||
          !joined[next - 1] ||
          !wordPasses(tests[offset] as WordTest, normalized[next] as string)
        ) {
          complete = false;
          break;
        }
        last = next;
      }
      if (!complete) continue;
      if (alreadyFound(matches, index, last, candidate.meta)) continue;
      matches.push({
        start: (words[index] as Span).start,
        end: (words[last] as Span).end,
        firstWord: index,
        lastWord: last,
        phrase: candidate.phrase,
        meta: candidate.meta,
      });
    }
  }
}

/** Optional words and overlapping alternatives can reach the same span twice through one entry. */
function alreadyFound<M>(matches: readonly PhraseMatch<M>[], firstWord: number, lastWord: number, meta: M): boolean {
  for (let index = matches.length - 1; index >= 0; index--) {
    const found = matches[index] as PhraseMatch<M>;
    if (found.firstWord !== firstWord) return false;
    if (found.lastWord === lastWord && found.meta === meta) return true;
  }
  return false;
}

/** Sorts matches[from..] (all starting at one word) longest first, in place. */
function sortLongestFirst<M>(matches: PhraseMatch<M>[], from: number): void {
  const tail = matches.splice(from).sort((a, b) => b.end - a.end);
  matches.push(...tail);
}

/** Compiles a list of patterns once; keep the result at module level. */
export function compilePhrases<M>(entries: readonly PhraseEntry<M>[]): PhraseMatcher<M> {
  return new PhraseMatcher(entries);
}

/** A list compiled on its first use rather than when the module loads (see lazy.ts). */
export function lazyPhrases<M>(entries: () => readonly PhraseEntry<M>[]): () => PhraseMatcher<M> {
  return lazy(() => new PhraseMatcher(entries()));
}

const LITERAL_WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’-](?=[\p{L}\p{N}]))*/gu;

/**
 * Compiles free text typed by a user (e.g. a firm's allowed terms) as literal phrases: pattern
 * syntax characters are ignored, anything that is not a word is dropped.
 */
export function compileLiteralPhrases<M>(entries: readonly PhraseEntry<M>[]): PhraseMatcher<M> {
  const literal: PhraseEntry<M>[] = [];
  for (const entry of entries) {
    const words = entry.phrase.match(LITERAL_WORD);
    if (words && words.length > 0) literal.push({ phrase: words.join(' '), meta: entry.meta });
  }
  return new PhraseMatcher(literal);
}

const allowedTermMatchers = new WeakMap<readonly string[], PhraseMatcher<string>>();

/**
 * The spans of a firm's allowed terms in a message. The compiled matcher is cached per settings
 * array, so a firm's list is compiled once, not on every keystroke.
 */
export function allowedTermSpans(
  terms: readonly string[],
  text: string,
  words: readonly Span[],
): PhraseMatch<string>[] {
  if (terms.length === 0) return [];
  let matcher = allowedTermMatchers.get(terms);
  if (!matcher) {
    matcher = compileLiteralPhrases(terms.map((term) => ({ phrase: term, meta: term })));
    allowedTermMatchers.set(terms, matcher);
  }
  return matcher.match(text, words);
}

/** True when [start, end) overlaps any of the spans. */
export function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (const span of spans) if (span.start < end && start < span.end) return true;
  return false;
}
