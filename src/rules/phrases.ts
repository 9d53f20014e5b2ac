import { lazy, warmUpStep } from './lazy';
import type { Span } from './message';
import { RecentCache } from './recent-cache';

/*
 * A phrase matcher over the words of a message. Patterns are compiled once into maps keyed by
 * their first word, so matching costs a couple of Map lookups per word plus a comparison of the
 * few candidate phrases that start there: linear in the number of words, however long the lists.
 *
 * Pattern syntax (words separated by spaces, case-insensitive). Real writing has slack, and so do
 * patterns:
 *   spin          the word, and its regular plural or possessive (spins, spin's; party -> parties)
 *                 when the word has three letters or more
 *   loan*         a word starting with "loan" (loan, loans, loaned); prefixes need 3+ letters
 *   pay|send      either word
 *   your?         an optional word (expanded at compile time, so keep them few)
 *   #             a number: a word starting with a digit ("5,000", "4.15", "5k"), with the unit
 *                 word that may follow it ("5,000 dollars", "20 bucks")
 *   ~2            up to two words of any kind ("send ~2 fee" matches "send the filing fee"); at most ~4
 *   earn+         a verb and its regular and common irregular forms (earns, earned, earning;
 *                 make+: made, making; win+: won, winning)
 *   make!         the word as written only, not as the base of a plural or third person ("makes")
 *   #             also a spelled-out amount ("five hundred", "fifty dollars": a run of number words
 *                 with a scale, hundred/thousand/million, or followed by a currency unit)
 *   pre-approved  the hyphenated word, the closed form (preapproved) and the open form (pre approved)
 *   don't         a contraction, written with or without its apostrophe and spelled out (do not);
 *                 two words that contract ("you have") also match the contraction (you've, youve)
 *   work from home  words in a row also match one hyphenated word made of them (work-from-home)
 *   you           also its texting shorthand (u; ur for your, 2 for to...: see TEXTING_SHORTHAND)
 * Consecutive words of a phrase must be separated only by spaces and light punctuation (hyphens,
 * quotes, slashes, emoji...): a sentence break, comma, colon or line break ends a phrase, so
 * "you won. Cash" is not "won cash". Numbers keep their separators ("$5,000" is one word).
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
  kind: 'word';
  /** The words that pass as they are (or as a regular inflection): one look-up per base form of a message word. */
  exactSet: ReadonlySet<string>;
  prefixes: readonly string[];
  number: boolean;
  /**
   * Alternatives written as several words, by their first word: an open form ("pre approved"),
   * a spelled-out contraction ("do not"). Empty for most tests.
   */
  runs: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Words of exactSet that pass only as written, never as the base of a plural ("make!", not "makes"). */
  asWritten: ReadonlySet<string>;
}

interface GapTest {
  kind: 'gap';
  /** How many words the gap may hold (0 to max). */
  max: number;
}

type PatternTest = WordTest | GapTest;

interface CompiledPhrase<M> {
  tests: readonly PatternTest[];
  phrase: string;
  meta: M;
  /**
   * True when whether the first two tests pass depends on two message words alone, the second
   * right after the first (for a number, when it is one word: see pairMayPass): both word tests
   * without a run of several words, the second no gap and no number. Such a phrase can be ruled out by the pair of words it starts at (see
   * PhraseMatcher.survivorsFor), and most candidates fail at their second word.
   */
  decidedByPair: boolean;
  /**
   * The ids of the word tests after the first (numbers aside) that the phrase cannot match
   * without: each must pass some word of the message, which the matcher knows per message before
   * trying any phrase (see PhraseMatcher.match). Empty when there are none.
   */
  required: readonly number[];
}

/** Whether a phrase's first two tests can only pass on two adjacent words, each judged alone. */
function isDecidedByPair(tests: readonly PatternTest[]): boolean {
  const [first, second] = tests;
  return (
    first?.kind === 'word' &&
    first.runs.size === 0 &&
    second?.kind === 'word' &&
    !second.number &&
    second.runs.size === 0
  );
}

/** Prefix patterns are bucketed by their first few letters, so a word looks up one bucket. */
const PREFIX_KEY_LENGTH = 3;
/** Words shorter than this match only as written: "u" must not match "us". */
const MIN_INFLECTED_LENGTH = 3;
const MAX_GAP = 4;

const CURLY_APOSTROPHE = /\u2019/g;

/** Lower-cases a word and writes a curly apostrophe as a straight one. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(CURLY_APOSTROPHE, "'") : lower;
}

/**
 * The base forms a message word may be an inflection of ("parties" -> "party", "spins" -> "spin",
 * "firm's" -> "firm"), itself first. Regular English plurals and possessives only.
 */
function baseFormsOf(word: string): readonly string[] {
  const forms = [word];
  if (word.endsWith("'s")) forms.push(word.slice(0, -2));
  else if (word.endsWith('s') && word.length > MIN_INFLECTED_LENGTH) {
    forms.push(word.slice(0, -1));
    if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
    else if (word.endsWith('es')) forms.push(word.slice(0, -2));
  }
  return forms;
}

/** Units that may follow a number and belong to it: "5,000 dollars", "20 bucks". */
const NUMBER_UNITS: ReadonlySet<string> = new Set(['dollar', 'dollars', 'usd', 'bucks', 'k', 'grand', 'cents']);
/** Currency codes written before a figure ("USD 3.49"): the figure's own prefix, as "$" is. */
const CURRENCY_PREFIXES: ReadonlySet<string> = new Set(['usd']);
/** Units that make a run of number words an amount of money ("fifty dollars"). */
const CURRENCY_UNITS: ReadonlySet<string> = new Set(['dollar', 'dollars', 'usd', 'bucks', 'grand']);
/** Words of a spelled-out number ("five hundred", "two thousand"). */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'thousand',
  'million',
  'billion',
]);
/**
 * A spelled-out run counts as an amount only with a scale or a currency after it: "five hundred",
 * "fifty dollars"; "one" or "two" alone are ordinary words ("make one call a day").
 */
const NUMBER_SCALES: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million', 'billion']);
const MAX_NUMBER_WORDS = 4;

/**
 * Characters that may not stand between two words of one phrase: . ! ? ; : , ( ) [ ] { } < > and
 * line breaks; all ASCII, so a table by character code answers for them.
 */
const PHRASE_BREAK_CODES = [46, 33, 63, 59, 58, 44, 40, 41, 91, 93, 123, 125, 60, 62, 10, 13];
const IS_PHRASE_BREAK = new Uint8Array(128);
for (const code of PHRASE_BREAK_CODES) IS_PHRASE_BREAK[code] = 1;

function phraseBreakBetween(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code < 128 && IS_PHRASE_BREAK[code] === 1) return true;
  }
  return false;
}

/**
 * Openers after which a comma is a habit of writing, not a clause break: "Sorry, wrong number",
 * "Hi, Mom" read as "sorry wrong number" and "hi mom" do. Only at the start of a sentence.
 */
const COMMA_OPENERS: ReadonlySet<string> = new Set(['sorry', 'oops', 'oh', 'hi', 'hey', 'hello', 'dear']);
const COMMA = 44;

/** True when the gap holds one comma and nothing else but spaces. */
function onlyCommaBetween(text: string, from: number, to: number): boolean {
  let commas = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === COMMA) commas++;
    else if (code !== 32) return false;
  }
  return commas === 1;
}

export interface WordView {
  /** The words, normalized (see normalizeWord). */
  readonly normalized: readonly string[];
  /**
   * joined[i] is 1 when words i and i+1 may belong to one phrase (no break between them), else 0.
   * Bytes: an array of booleans, a slot per word, was a large object on a long text.
   */
  readonly joined: Uint8Array;
  /** What matching needs to know of word i: its forms, parts, shorthand (see WordFacts). */
  readonly facts: readonly WordFacts[];
}

/**
 * What phrase matching needs to know of one normalized word, worked out once per distinct word
 * (messages repeat the same words keystroke after keystroke) instead of once per word per message.
 * A whole word's forms are kept here; the parts of a hyphenated or contracted word are few and
 * worked out when tried.
 */
interface WordFacts {
  /** The base forms the word may be an inflection of, itself first. */
  readonly forms: readonly string[];
  /**
   * The words it stands for when it is several ("work-from-home", "you've"), else undefined: few
   * words are.
   */
  readonly parts: readonly string[] | undefined;
  /** The word texting shorthand stands for ("u" -> you), else undefined. */
  readonly shorthand: string | undefined;
  /** The key of the matcher's prefix index, for words long enough to have one. */
  readonly prefixKey: string | undefined;
  /**
   * Every key under which a word test this word may pass is indexed (see PhraseMatcher's
   * testsByKey): the word, its base forms and shorthand, its parts and theirs, and the prefix keys
   * of the word and its parts (marked with PREFIX_MARK, apart from whole words).
   */
  readonly keys: readonly string[];
}

/** Starts the key of a prefix in a key list, so that "pay*"'s key is not the word "pay". */
const PREFIX_MARK = '\u0000';

/** The keys of a word's facts (see WordFacts.keys), each once. */
function keysOf(
  word: string,
  forms: readonly string[],
  parts: readonly string[] | undefined,
  shorthand: string | undefined,
): string[] {
  const keys = new Set(forms);
  if (shorthand !== undefined) keys.add(shorthand);
  if (word.length >= PREFIX_KEY_LENGTH) keys.add(PREFIX_MARK + word.slice(0, PREFIX_KEY_LENGTH));
  if (parts !== undefined) {
    for (const part of parts) {
      for (const form of baseFormsOf(part)) keys.add(form);
      if (part.length >= PREFIX_KEY_LENGTH) keys.add(PREFIX_MARK + part.slice(0, PREFIX_KEY_LENGTH));
    }
  }
  return [...keys];
}

const FACTS_CACHE_LIMIT = 20_000;
const factsCache = new Map<string, WordFacts>();

function factsOf(word: string): WordFacts {
  const cached = factsCache.get(word);
  if (cached) return cached;
  const forms = baseFormsOf(word);
  const parts = partsOfWord(word);
  const shorthand = word.length <= MAX_SHORTHAND_LENGTH ? TEXTING_SHORTHAND.get(word) : undefined;
  const facts: WordFacts = {
    forms,
    parts,
    shorthand,
    prefixKey: word.length >= PREFIX_KEY_LENGTH ? word.slice(0, PREFIX_KEY_LENGTH) : undefined,
    keys: keysOf(word, forms, parts, shorthand),
  };
  if (factsCache.size >= FACTS_CACHE_LIMIT) factsCache.clear();
  factsCache.set(word, facts);
  return facts;
}

const wordViews = new RecentCache<readonly Span[], WordView>();

/**
 * The normalized words of a message and where phrases may continue, computed once per message
 * and shared by every rule that matches phrases.
 */
export function wordViewOf(text: string, words: readonly Span[]): WordView {
  const cached = wordViews.get(words);
  if (cached) return cached;
  const normalized: string[] = new Array(words.length);
  const joined = new Uint8Array(words.length);
  const facts: WordFacts[] = new Array(words.length);
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as Span;
    const lower = normalizeWord(word.text);
    normalized[index] = lower;
    facts[index] = factsOf(lower);
    const next = words[index + 1];
    joined[index] =
      next !== undefined &&
      (!phraseBreakBetween(text, word.end, next.start) ||
        (COMMA_OPENERS.has(lower) &&
          (index === 0 || !joined[index - 1]) &&
          onlyCommaBetween(text, word.end, next.start)))
        ? 1
        : 0;
  }
  const view: WordView = {
    normalized,
    joined,
    facts,
  };
  wordViews.set(words, view);
  return view;
}

function startsWithDigit(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** Whether word `index` of the view passes the test as a word: itself, or one of its base forms, listed. */
function wordPasses(test: WordTest, input: WordView, index: number): boolean {
  const word = input.normalized[index] as string;
  if (test.exactSet.has(word)) return true;
  const { shorthand: spelled, forms } = input.facts[index] as WordFacts;
  if (spelled !== undefined && test.exactSet.has(spelled)) return true;
  for (let form = 1; form < forms.length; form++) {
    const base = forms[form] as string;
    if (base.length >= MIN_INFLECTED_LENGTH && test.exactSet.has(base) && !test.asWritten.has(base)) return true;
  }
  for (const prefix of test.prefixes) if (word.startsWith(prefix)) return true;
  return false;
}

/**
 * Texting shorthand for the small words phrases are built of ("u have won", "ur account", "2
 * claim"): a word written this way passes a pattern word it stands for. Only shorthand that is
 * no other word; "4" and "2" stay numbers too.
 */
const MAX_SHORTHAND_LENGTH = 3;
const TEXTING_SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['u', 'you'],
  ['ur', 'your'],
  ['r', 'are'],
  ['2', 'to'],
  ['4', 'for'],
  ['txt', 'text'],
  ['msg', 'message'],
  ['pls', 'please'],
  // "w/" ("reply w/ your number"): the slash is light punctuation, so the word is "w".
  ['w', 'with'],
  ['plz', 'please'],
]);

/** Whether a lower-case word is texting shorthand for another word ("txt", "pls"). */
export function isTextingShorthand(word: string): boolean {
  return TEXTING_SHORTHAND.has(word);
}

const NO_ENDS: readonly number[] = [];

/** Whether word `at` is one of the units and continues the words before it. */
function unitAt(input: WordView, at: number, units: ReadonlySet<string>): boolean {
  return input.joined[at - 1] === 1 && units.has(input.normalized[at] as string);
}

/**
 * Where a number starting at word `index` may end, shortest first: a figure ("5,000") alone or
 * with its unit ("5,000 dollars"); a spelled-out amount ("five hundred", "fifty dollars") whole.
 */
/**
 * numberEndsAt's answers for the last view asked about, by word: every pattern that starts with a
 * number asks at every number word, and each matcher asks again over the same view.
 */
let numberEndsView: WordView | undefined;
let numberEndsByWord: (readonly number[] | undefined)[] = [];

function numberEndsAt(input: WordView, index: number): readonly number[] {
  if (input !== numberEndsView) {
    numberEndsView = input;
    numberEndsByWord = [];
  }
  const known = numberEndsByWord[index];
  if (known !== undefined) return known;
  const ends = findNumberEnds(input, index);
  numberEndsByWord[index] = ends;
  return ends;
}

function findNumberEnds(input: WordView, index: number): readonly number[] {
  const { normalized, joined } = input;
  const word = normalized[index] as string;
  if (startsWithDigit(word)) return unitAt(input, index + 1, NUMBER_UNITS) ? [index, index + 1] : [index];
  if (CURRENCY_PREFIXES.has(word) && joined[index] && startsWithDigit(normalized[index + 1] ?? '')) return [index + 1];
  if (!NUMBER_WORDS.has(word)) return NO_ENDS;
  let last = index;
  let scaled = NUMBER_SCALES.has(word);
  while (last - index + 1 < MAX_NUMBER_WORDS && joined[last] && NUMBER_WORDS.has(normalized[last + 1] as string)) {
    last++;
    if (NUMBER_SCALES.has(normalized[last] as string)) scaled = true;
  }
  const withCurrency = unitAt(input, last + 1, CURRENCY_UNITS);
  if (scaled) return withCurrency ? [last, last + 1] : [last];
  return withCurrency ? [last + 1] : NO_ENDS;
}

const PATTERN_WORD = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['-](?=[\p{L}\p{N}]))*$/u;
const GAP_TOKEN = /^~([1-9])$/;

interface ParsedToken {
  test: PatternTest;
  optional: boolean;
}

const NO_RUNS: ReadonlyMap<string, readonly (readonly string[])[]> = new Map();
const NO_WORDS: ReadonlySet<string> = new Set();

/** Past forms that do not follow the rule, for the verbs scam and offer wording uses. */
const IRREGULAR_VERBS: Readonly<Record<string, readonly string[]>> = {
  bet: ['bet'],
  buy: ['bought'],
  find: ['found'],
  get: ['got', 'gotten'],
  give: ['gave', 'given'],
  hold: ['held'],
  lose: ['lost'],
  make: ['made'],
  pay: ['paid'],
  send: ['sent'],
  sell: ['sold'],
  take: ['took', 'taken'],
  win: ['won'],
};

const VOWEL = /[aeiou]/;

/** The forms of an English verb: -s, -ing and the past, regular ("earned") or irregular ("made"). */
function verbFormsOf(base: string): string[] {
  const forms = new Set([base, ...(IRREGULAR_VERBS[base] ?? [])]);
  const last = base.charAt(base.length - 1);
  const beforeLast = base.charAt(base.length - 2);
  if (/(?:s|x|z|ch|sh)$/.test(base)) forms.add(`${base}es`);
  else if (last === 'y' && !VOWEL.test(beforeLast)) forms.add(`${base.slice(0, -1)}ies`);
  else forms.add(`${base}s`);
  let stem = base;
  if (last === 'e' && base.length > 2 && beforeLast !== 'e') {
    stem = base.slice(0, -1);
  } else if (
    // One syllable ending consonant-vowel-consonant doubles its consonant: win, winning; bet, betting.
    /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base)
  ) {
    stem = base + last;
  }
  forms.add(`${stem}ing`);
  if (IRREGULAR_VERBS[base] !== undefined) return [...forms];
  if (last === 'y' && !VOWEL.test(beforeLast)) forms.add(`${base.slice(0, -1)}ied`);
  else forms.add(last === 'e' ? `${base}d` : `${stem}ed`);
  return [...forms];
}

/** Contractions spelled out: the suffix after the apostrophe and the word it stands for. */
const CONTRACTION_SUFFIXES: readonly [string, string][] = [
  ["n't", 'not'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'m", 'am'],
  ["'ll", 'will'],
  ["'s", 'is'],
];
/** Verbs whose "n't" form is not the verb plus "n't". */
const IRREGULAR_NEGATIONS: Readonly<Record<string, string>> = { ca: 'can', wo: 'will', sha: 'shall' };
/** Only these take "'s" for "is"; otherwise "'s" is a possessive ("firm's"). */
const IS_CONTRACTING: ReadonlySet<string> = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she']);
/** Contractions whose apostrophe-less spelling is another common word. */
const APOSTROPHE_LESS_WORDS: ReadonlySet<string> = new Set([
  'were',
  'well',
  'ill',
  'its',
  'shell',
  'hell',
  'wed',
  'id',
  'hes',
  'shed',
]);

/** A contraction's two words ("don't" -> do not), or undefined when the word is none. */
function spellOutContraction(word: string): [string, string] | undefined {
  for (const [suffix, full] of CONTRACTION_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length === suffix.length) continue;
    const head = word.slice(0, -suffix.length);
    if (suffix === "'s" && !IS_CONTRACTING.has(head)) return undefined;
    return [suffix === "n't" ? (IRREGULAR_NEGATIONS[head] ?? head) : head, full];
  }
  return undefined;
}

/** The ways a contraction is typed: with its apostrophe and, unless that is another word, without. */
function contractionSpellings(contraction: string): string[] {
  const bare = contraction.replaceAll("'", '');
  return APOSTROPHE_LESS_WORDS.has(bare) ? [contraction] : [contraction, bare];
}

/** Contractions texts often write without their apostrophe ("dont", "youve"), spelled out. */
const BARE_CONTRACTIONS: ReadonlyMap<string, readonly string[]> = new Map(
  [
    "don't",
    "doesn't",
    "didn't",
    "isn't",
    "aren't",
    "wasn't",
    "haven't",
    "hasn't",
    "couldn't",
    "wouldn't",
    "shouldn't",
    "can't",
    "won't",
    "you're",
    "they're",
    "you've",
    "we've",
    "they've",
    "i've",
    "i'm",
    "you'll",
    "it's",
    "that's",
  ].flatMap((contraction) => {
    const bare = contraction.replaceAll("'", '');
    const parts = spellOutContraction(contraction);
    return parts && !APOSTROPHE_LESS_WORDS.has(bare) ? [[bare, parts] as const] : [];
  }),
);

/**
 * The words one message word stands for, when it is several: a hyphenated word's parts
 * ("work-from-home"), a contraction spelled out ("you've" -> you have). Undefined otherwise.
 */
function partsOfWord(word: string): readonly string[] | undefined {
  if (word.length < 2) return undefined;
  if (word.includes("'")) return spellOutContraction(word);
  if (word.includes('-')) {
    const parts = word.split('-').filter((part) => part !== '');
    return parts.length > 1 ? parts : undefined;
  }
  return BARE_CONTRACTIONS.get(word);
}

function parseToken(token: string, phrase: string): ParsedToken {
  const gap = GAP_TOKEN.exec(token);
  if (gap) {
    const max = Number(gap[1]);
    if (max > MAX_GAP) throw new Error(`Phrase "${phrase}": a gap holds at most ${MAX_GAP} words`);
    return { test: { kind: 'gap', max }, optional: false };
  }
  const optional = token.endsWith('?');
  const body = optional ? token.slice(0, -1) : token;
  const exact: string[] = [];
  const prefixes: string[] = [];
  let number = false;
  const alternatives = body.split('|');
  const runs = new Map<string, string[][]>();
  const asWritten = new Set<string>();
  const addRun = (words: readonly string[]) => pushTo(runs, words[0] as string, words.slice(1));
  for (const alternative of alternatives) {
    if (alternative === '#') {
      number = true;
      continue;
    }
    const isPrefix = alternative.endsWith('*');
    const isVerb = alternative.endsWith('+');
    const isAsWritten = alternative.endsWith('!');
    const word = normalizeWord(isPrefix || isVerb || isAsWritten ? alternative.slice(0, -1) : alternative);
    if (isAsWritten) asWritten.add(word);
    if (!PATTERN_WORD.test(word)) throw new Error(`Phrase "${phrase}": "${alternative}" is not one word`);
    if (isPrefix && word.length < PREFIX_KEY_LENGTH) {
      throw new Error(`Phrase "${phrase}": prefix "${alternative}" needs at least ${PREFIX_KEY_LENGTH} letters`);
    }
    if (isPrefix) {
      prefixes.push(word);
      continue;
    }
    for (const form of isVerb ? verbFormsOf(word) : [word]) {
      exact.push(form);
      const contracted = spellOutContraction(form);
      if (contracted) {
        exact.push(...contractionSpellings(form));
        addRun(contracted);
      } else if (form.includes('-')) {
        exact.push(form.replaceAll('-', ''));
        addRun(form.split('-'));
      }
    }
  }
  return {
    test: {
      kind: 'word',
      exactSet: new Set(exact),
      prefixes,
      number,
      runs: runs.size > 0 ? runs : NO_RUNS,
      asWritten: asWritten.size > 0 ? asWritten : NO_WORDS,
    },
    optional,
  };
}

/**
 * Every sequence of tests a pattern stands for, optional words expanded. Tokens already parsed for
 * the same matcher are taken from `parsed`: many patterns share words ("your", "pay|send"), and a
 * test shared is one the matcher indexes once (see PhraseMatcher's testsByKey).
 */
function expandPattern(phrase: string, parsed: Map<string, ParsedToken>): PatternTest[][] {
  const tokens = phrase.trim().split(/\s+/);
  let sequences: PatternTest[][] = [[]];
  for (const token of tokens) {
    let parsedToken = parsed.get(token);
    if (parsedToken === undefined) {
      parsedToken = parseToken(token, phrase);
      parsed.set(token, parsedToken);
    }
    const { test, optional } = parsedToken;
    const next = sequences.map((sequence) => [...sequence, test]);
    sequences = optional ? [...sequences, ...next] : next;
  }
  return sequences.filter((sequence) => {
    if (sequence.length === 0) return false;
    if (sequence[0]?.kind === 'gap' || sequence[sequence.length - 1]?.kind === 'gap') {
      throw new Error(`Phrase "${phrase}": a gap must stand between words`);
    }
    return true;
  });
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The words a match walks over, with where phrases may continue. */
type MatchInput = WordView;

/**
 * The index of the last word when tests[testIndex..] match from word `index` on (word `index`
 * already known to continue the phrase), or -1. Gaps try the fewest skipped words first.
 */
function matchRest(tests: readonly PatternTest[], testIndex: number, index: number, input: MatchInput): number {
  const test = tests[testIndex];
  if (test === undefined) return index - 1;
  const { normalized, joined } = input;
  if (index >= normalized.length) return -1;
  if (test.kind === 'gap') {
    for (let skipped = 0; skipped <= test.max; skipped++) {
      const at = index + skipped;
      if (at >= normalized.length) return -1;
      const last = matchRest(tests, testIndex + 1, at, input);
      if (last >= 0) return last;
      if (!joined[at]) return -1;
    }
    return -1;
  }
  // A number may run over several words: "5,000 dollars", "five hundred dollars".
  const isLast = testIndex === tests.length - 1;
  const numberEnds = test.number ? numberEndsAt(input, index) : NO_ENDS;
  if (numberEnds.length === 0) {
    if (wordPasses(test, input, index)) {
      if (isLast) return index;
      const last = joined[index] ? matchRest(tests, testIndex + 1, index + 1, input) : -1;
      if (last >= 0) return last;
    }
    if (test.runs.size > 0) {
      const last = matchRuns(test, tests, testIndex, index, input);
      if (last >= 0) return last;
    }
    const { parts } = input.facts[index] as WordFacts;
    return parts === undefined ? -1 : matchParts(parts, tests, testIndex, index, input);
  }
  for (const end of numberEnds) {
    if (isLast) return end;
    if (joined[end]) {
      const last = matchRest(tests, testIndex + 1, end + 1, input);
      if (last >= 0) return last;
    }
  }
  return -1;
}

/** A test's alternative written as several words ("do not", "pre approved") from word `index`. */
function matchRuns(
  test: WordTest,
  tests: readonly PatternTest[],
  testIndex: number,
  index: number,
  input: MatchInput,
): number {
  const { normalized, joined } = input;
  const rests = test.runs.get(normalized[index] as string);
  if (rests === undefined) return -1;
  for (const rest of rests) {
    let at = index;
    for (const word of rest) {
      // The last word may carry a regular plural ("pre rolls" for pre-roll).
      if (
        !joined[at] ||
        !(
          normalized[at + 1] === word ||
          (at + 1 === index + rest.length && (input.facts[at + 1] as WordFacts).forms.includes(word))
        )
      ) {
        at = -1;
        break;
      }
      at++;
    }
    if (at < 0) continue;
    if (testIndex === tests.length - 1) return at;
    const last = joined[at] ? matchRest(tests, testIndex + 1, at + 1, input) : -1;
    if (last >= 0) return last;
  }
  return -1;
}

/** Whether a word's part passes a word test: as written or as a regular plural. */
function partPasses(test: PatternTest | undefined, part: string): boolean {
  if (test?.kind !== 'word') return false;
  if (test.exactSet.has(part) || (test.number && startsWithDigit(part))) return true;
  const forms = baseFormsOf(part);
  for (let form = 1; form < forms.length; form++) {
    const base = forms[form] as string;
    if (test.exactSet.has(base) && !test.asWritten.has(base)) return true;
  }
  return test.prefixes.some((prefix) => part.startsWith(prefix));
}

/** One message word standing for several pattern words ("work-from-home" for "work from home", "you've" for "you have"). */
function matchParts(
  parts: readonly string[],
  tests: readonly PatternTest[],
  testIndex: number,
  index: number,
  input: MatchInput,
): number {
  if (testIndex + parts.length > tests.length) return -1;
  for (let part = 0; part < parts.length; part++) {
    if (!partPasses(tests[testIndex + part], parts[part] as string)) return -1;
  }
  if (testIndex + parts.length === tests.length) return index;
  return input.joined[index] ? matchRest(tests, testIndex + parts.length, index + 1, input) : -1;
}

const CANDIDATE_CACHE_LIMIT = 20_000;
const SURVIVORS_CACHE_LIMIT = 20_000;
/** Stands for the next word when there is none, or a break comes first: no two-word phrase goes on. */
const NO_NEXT_WORD: WordFacts = { forms: [], parts: undefined, shorthand: undefined, prefixKey: undefined, keys: [] };

/**
 * Whether a phrase decided by its first pair of words (see isDecidedByPair) may pass them at word
 * `index`, the word there standing for one word: the first test passes it and the second passes
 * the next word, or the first of the next word's parts. What matchRest would try first, and
 * nothing else could let it through.
 */
function pairMayPass(tests: readonly PatternTest[], index: number, nextFacts: WordFacts, input: MatchInput): boolean {
  // Without a next word no phrase of two tests goes on, a number's unit or run of words included.
  if (nextFacts === NO_NEXT_WORD) return false;
  const first = tests[0] as WordTest;
  if (first.number) {
    // A run of number words, a unit after the figure or a figure after a currency code reaches
    // past the pair: such a candidate stays.
    if (NUMBER_WORDS.has(input.normalized[index] as string)) return true;
    const ends = numberEndsAt(input, index);
    if (ends.length > 1 || (ends.length === 1 && ends[0] !== index)) return true;
    if (ends.length === 0 && !wordPasses(first, input, index)) return false;
  } else if (!wordPasses(first, input, index)) return false;
  const second = tests[1] as WordTest;
  if (wordPasses(second, input, index + 1)) return true;
  const nextPart = nextFacts.parts?.[0];
  return nextPart !== undefined && partPasses(second, nextPart);
}
const NO_CANDIDATES: readonly never[] = [];
const NO_TEST_IDS: readonly number[] = [];
/** Messages of up to this many words share one array of word records per matcher (see match). */
const KEPT_WORD_RECORDS = 4_096;
/**
 * The word records of a longer message, one array for every matcher that reads it (each fills it
 * before reading it, and none runs inside another), let go after the lint: an array per matcher was
 * a large object each, memory taken fresh from the system several times per lint.
 */
const longWordRecords = new RecentCache<readonly Span[], WordRecord<unknown>[]>(1);

function newWordRecords(words: readonly Span[]): WordRecord<unknown>[] {
  return new Array(words.length);
}

/** What a matcher knows of one distinct word (see PhraseMatcher.wordRecordOf). */
interface WordRecord<M> {
  /** The patterns that may start at the word. */
  readonly candidates: readonly CompiledPhrase<M>[];
  /** The ids of the required tests (see CompiledPhrase.required) the word may pass. */
  readonly passes: readonly number[];
  /** The match call that last marked `passes` (see PhraseMatcher.matchCall). */
  markedIn: number;
  /**
   * The candidates left by the word after it (see PhraseMatcher.survivorsFor), by that word's
   * facts or NO_NEXT_WORD; undefined when no candidate is decided by its first pair of words.
   */
  readonly survivorsByNext: Map<WordFacts, readonly CompiledPhrase<M>[]> | undefined;
}

export class PhraseMatcher<M> {
  private readonly byFirstWord = new Map<string, CompiledPhrase<M>[]>();
  private readonly byPrefixKey = new Map<string, CompiledPhrase<M>[]>();
  private readonly startingWithNumber: CompiledPhrase<M>[] = [];
  /** Tokens parsed so far, shared by the patterns that use them (see expandPattern). */
  private readonly parsedTokens = new Map<string, ParsedToken>();
  /** The id of each test some pattern requires (see CompiledPhrase.required). */
  private readonly requiredTestIds = new Map<WordTest, number>();
  /** The required tests' ids by the keys a word may pass them under (see WordFacts.keys). */
  private readonly testsByKey = new Map<string, number[]>();
  /**
   * testMarks[id] === matchCall when some word of the message being matched may pass test `id`;
   * a pattern with a required test that no word may pass is not tried.
   */
  private testMarks = new Uint32Array(0);
  private matchCall = 0;
  /** By the word's facts (one object per distinct word), which is cheaper to look up than the word. */
  private readonly recordsByWord = new Map<WordFacts, WordRecord<M>>();
  /** How many lists the records' survivorsByNext hold in all. */
  private survivorsCount = 0;
  /**
   * The records of the words of the message being matched, kept between matches to spare an array
   * (up to KEPT_WORD_RECORDS words: a long paste's go with it). Slots past the message are not read.
   */
  private wordRecords: WordRecord<M>[] = [];
  /** How many patterns were compiled (after expanding optional words). */
  size = 0;

  constructor(entries: readonly PhraseEntry<M>[] = []) {
    this.add(entries);
  }

  /**
   * Compiles more patterns into the matcher: a long list can be compiled a slice at a time (see
   * lazyPhraseList). What was worked out per word before is forgotten.
   */
  add(entries: readonly PhraseEntry<M>[]): void {
    for (const entry of entries) {
      for (const tests of expandPattern(entry.phrase, this.parsedTokens)) {
        const compiled: CompiledPhrase<M> = {
          tests,
          phrase: entry.phrase,
          meta: entry.meta,
          decidedByPair: isDecidedByPair(tests),
          required: this.requiredIdsOf(tests),
        };
        const first = tests[0] as WordTest;
        for (const word of first.exactSet) pushTo(this.byFirstWord, word, compiled);
        for (const word of first.runs.keys()) pushTo(this.byFirstWord, word, compiled);
        for (const prefix of first.prefixes) pushTo(this.byPrefixKey, prefix.slice(0, PREFIX_KEY_LENGTH), compiled);
        if (first.number) this.startingWithNumber.push(compiled);
        this.size++;
      }
    }
    this.forgetWords();
  }

  /** Forgets the records of words (and what they hold). */
  private forgetWords(): void {
    this.recordsByWord.clear();
    this.survivorsCount = 0;
  }

  /**
   * The ids of a pattern's required tests: its word tests after the first, numbers aside (a number
   * passes any figure). A test gets its id, and its keys in testsByKey, the first time a pattern
   * requires it: the keys a word may pass it under (see WordFacts.keys), from what wordPasses,
   * matchRuns and partPasses accept.
   */
  private requiredIdsOf(tests: readonly PatternTest[]): readonly number[] {
    let ids: number[] | undefined;
    for (let testIndex = 1; testIndex < tests.length; testIndex++) {
      const test = tests[testIndex] as PatternTest;
      if (test.kind !== 'word' || test.number) continue;
      let id = this.requiredTestIds.get(test);
      if (id === undefined) {
        id = this.requiredTestIds.size;
        this.requiredTestIds.set(test, id);
        const keys = new Set<string>([...test.exactSet, ...test.runs.keys()]);
        for (const prefix of test.prefixes) keys.add(PREFIX_MARK + prefix.slice(0, PREFIX_KEY_LENGTH));
        for (const key of keys) pushTo(this.testsByKey, key, id);
      }
      ids ??= [];
      if (!ids.includes(id)) ids.push(id);
    }
    return ids ?? NO_TEST_IDS;
  }

  /**
   * Every occurrence of every pattern, ordered by start, then longest first. Overlapping matches
   * are all returned; callers choose among them.
   */
  match(text: string, words: readonly Span[]): PhraseMatch<M>[] {
    const input = wordViewOf(text, words);
    const { normalized } = input;
    const matches: PhraseMatch<M>[] = [];
    const call = this.nextMatchCall();
    const marks = this.testMarks;
    // First every word's record, marking the required tests the message's words may pass.
    const records =
      normalized.length <= KEPT_WORD_RECORDS
        ? this.wordRecords
        : (longWordRecords.getOrCompute(words, newWordRecords) as WordRecord<M>[]);
    for (let index = 0; index < normalized.length; index++) {
      const record = this.wordRecordOf(normalized[index] as string, input.facts[index] as WordFacts);
      records[index] = record;
      if (record.markedIn !== call) {
        record.markedIn = call;
        for (const id of record.passes) marks[id] = call;
      }
    }
    for (let index = 0; index < normalized.length; index++) {
      const record = records[index] as WordRecord<M>;
      if (record.candidates.length === 0) continue;
      const before = matches.length;
      const survivors = this.survivorsFor(record, index, input);
      if (survivors.length > 0) this.tryCandidates(survivors, index, words, input, matches);
      if (matches.length - before > 1) sortLongestFirst(matches, before);
    }
    return matches;
  }

  /** A number no earlier match call had, with the marks array as large as the tests. */
  private nextMatchCall(): number {
    if (this.testMarks.length !== this.requiredTestIds.size) {
      this.testMarks = new Uint32Array(this.requiredTestIds.size);
    }
    if (this.matchCall === 0xffffffff) {
      this.testMarks.fill(0);
      for (const record of this.recordsByWord.values()) record.markedIn = 0;
      this.matchCall = 0;
    }
    return ++this.matchCall;
  }

  /**
   * What the matcher knows of a word: the patterns that may start there (by its forms, its
   * shorthand, its first part, its prefix and as a number, in that order) and the required tests
   * it may pass. They depend on the word alone, so each distinct word's record is worked out once
   * and kept, within a bound.
   */
  private wordRecordOf(word: string, facts: WordFacts): WordRecord<M> {
    return this.recordsByWord.get(facts) ?? this.newWordRecord(word, facts);
  }

  /**
   * wordRecordOf's work for a word not seen lately. Apart from it because of `add`: a function
   * that makes a closure allocates the closure's variables on every call, cache hits included (a
   * text of 100,000 words made 12 MB of them).
   */
  private newWordRecord(word: string, facts: WordFacts): WordRecord<M> {
    const found: CompiledPhrase<M>[] = [];
    const add = (list: readonly CompiledPhrase<M>[] | undefined): void => {
      if (list) for (const compiled of list) found.push(compiled);
    };
    const { forms, shorthand, parts, prefixKey } = facts;
    for (let formIndex = 0; formIndex < forms.length; formIndex++) {
      const form = forms[formIndex] as string;
      if (formIndex === 0 || forms.indexOf(form) === formIndex) add(this.byFirstWord.get(form));
    }
    if (shorthand !== undefined) add(this.byFirstWord.get(shorthand));
    if (parts !== undefined) add(this.byFirstWord.get(parts[0] as string));
    if (prefixKey !== undefined) add(this.byPrefixKey.get(prefixKey));
    if (startsWithDigit(word) || NUMBER_WORDS.has(word) || CURRENCY_PREFIXES.has(word)) add(this.startingWithNumber);
    let passes: number[] | undefined;
    for (const key of facts.keys) {
      const ids = this.testsByKey.get(key);
      if (ids === undefined) continue;
      passes ??= [];
      for (const id of ids) passes.push(id);
    }
    const record: WordRecord<M> = {
      candidates: found.length > 0 ? found : NO_CANDIDATES,
      passes: passes ?? NO_TEST_IDS,
      markedIn: 0,
      // A word standing for several ("you've") may pass both tests alone: no pair decides it.
      survivorsByNext:
        parts === undefined && found.some((candidate) => candidate.decidedByPair) ? new Map() : undefined,
    };
    if (this.recordsByWord.size >= CANDIDATE_CACHE_LIMIT) this.forgetWords();
    this.recordsByWord.set(facts, record);
    return record;
  }

  /**
   * The candidates at word `index` left once those decided by the pair of words there fail on it:
   * a necessary condition of matchRest, so the matches are the same, found with fewer tries. The
   * outcome depends on the two words alone (their facts, and whether they are joined), so it is
   * kept per pair, within a bound: messages repeat their word pairs keystroke after keystroke.
   */
  private survivorsFor(record: WordRecord<M>, index: number, input: MatchInput): readonly CompiledPhrase<M>[] {
    const { candidates, survivorsByNext } = record;
    if (survivorsByNext === undefined) return candidates;
    const nextFacts = input.joined[index] ? (input.facts[index + 1] as WordFacts) : NO_NEXT_WORD;
    const cached = survivorsByNext.get(nextFacts);
    if (cached) return cached;
    const survivors = candidates.filter(
      (candidate) => !candidate.decidedByPair || pairMayPass(candidate.tests, index, nextFacts, input),
    );
    const kept = survivors.length === candidates.length ? candidates : survivors;
    if (this.survivorsCount >= SURVIVORS_CACHE_LIMIT) {
      // Every record goes, this one included: it is worked out again when next met.
      this.forgetWords();
      return kept;
    }
    survivorsByNext.set(nextFacts, kept);
    this.survivorsCount++;
    return kept;
  }

  /**
   * Tries each candidate at word `index`, but not one with a required test that no word of the
   * message may pass (a necessary condition of matchRest, like survivorsFor's): most candidates
   * that get past their first pair of words, or have a gap after their first word, fail for want
   * of a later word the message does not have.
   */
  private tryCandidates(
    candidates: readonly CompiledPhrase<M>[],
    index: number,
    words: readonly Span[],
    input: MatchInput,
    matches: PhraseMatch<M>[],
  ): void {
    const marks = this.testMarks;
    const call = this.matchCall;
    for (const candidate of candidates) {
      const { required } = candidate;
      let present = true;
      for (let requiredIndex = 0; requiredIndex < required.length; requiredIndex++) {
        if (marks[required[requiredIndex] as number] !== call) {
          present = false;
          break;
        }
      }
      if (!present) continue;
      const last = matchRest(candidate.tests, 0, index, input);
      if (last < 0) continue;
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

/**
 * About how many characters of patterns one warm-up step compiles (compiling costs about as much
 * per character of pattern as per entry: the phishing list's entries are twice as long as the
 * forbidden list's and took twice as long per entry). The two longest lists (forbidden and
 * phishing wording, 16,000 and 24,000 characters) took 11-33 ms each to compile in a browser on
 * a busy machine as one step; in steps of this size each takes a few milliseconds. Each step is
 * one more task before the in-page linter takes over, so they are not made smaller than needed.
 */
export const PATTERN_CHARACTERS_PER_WARM_UP_STEP = 4_000;

/**
 * lazyPhrases for a list known when the module loads: a host that builds ahead of time (see
 * lazyBuildSteps) compiles it in slices of about `charactersPerStep` characters of patterns
 * (PATTERN_CHARACTERS_PER_WARM_UP_STEP unless a list's first slice must be smaller), one per step,
 * into one matcher (PhraseMatcher.add), the last slice in the value's own step. The first use
 * compiles whatever the steps have not, so the matcher it returns is always whole, and
 * the same as one compiled in one go.
 */
export function lazyPhraseList<M>(
  entries: readonly PhraseEntry<M>[],
  charactersPerStep = PATTERN_CHARACTERS_PER_WARM_UP_STEP,
): () => PhraseMatcher<M> {
  let matcher: PhraseMatcher<M> | undefined;
  let compiled = 0;
  const compileUpTo = (end: number): PhraseMatcher<M> => {
    matcher ??= new PhraseMatcher<M>();
    if (end > compiled) {
      matcher.add(entries.slice(compiled, end));
      compiled = end;
    }
    return matcher;
  };
  for (const end of sliceEnds(entries, charactersPerStep)) {
    if (end < entries.length) warmUpStep(() => compileUpTo(end));
  }
  return lazy(() => compileUpTo(entries.length));
}

/**
 * Where each slice of `entries` ends when they are cut into slices of about `characters`
 * characters of patterns each (as many slices as that takes, of about equal length), the last
 * ending at the list's end.
 */
export function sliceEnds(entries: readonly PhraseEntry<unknown>[], characters: number): number[] {
  let total = 0;
  for (const entry of entries) total += entry.phrase.length;
  const slices = Math.max(1, Math.ceil(total / characters));
  const ends: number[] = [];
  let sum = 0;
  for (let index = 0; index < entries.length && ends.length < slices - 1; index++) {
    sum += (entries[index] as PhraseEntry<unknown>).phrase.length;
    if (sum >= (total * (ends.length + 1)) / slices) ends.push(index + 1);
  }
  ends.push(entries.length);
  return ends;
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
