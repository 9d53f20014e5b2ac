import type { Finding, Fix, SpellingProvider } from '../types';

/** A spell checker that can also search its dictionary for words a few edits away. */
export interface SuggestionSource extends SpellingProvider {
  /** Words two or more edits away, closest first (SpellChecker: a few milliseconds). */
  suggest?(word: string): string[];
  /** False for a correct word never to be offered (a swear word). */
  isSuggestible?(word: string): boolean;
  /** The lower-case letters of the dictionary's language, for the single edits (default a-z). */
  letters?: string;
}

export interface SuggestOptions {
  /**
   * Stop looking after about this long (default 40 ms). The cheap pass checks the clock as it goes.
   * The dictionary's two-edit search cannot be interrupted, so it only runs when at least
   * NEAR_SEARCH_MIN_MS of the budget is left.
   */
  timeLimitMs?: number;
  /** How many suggestions to return (default 4). */
  max?: number;
  /** A clock in milliseconds, for tests. */
  now?: () => number;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/**
 * The two-edit search runs for words of this many letters: shorter ones are two edits from
 * hundreds of unrelated words ("ur": "a", "am", "our", "sure"), longer ones make it slower.
 */
const FALLBACK_MIN_LENGTH = 4;
const FALLBACK_MAX_LENGTH = 20;
/** What the dictionary's two-edit search may take on one word on a busy machine (measured 2-15 ms). */
export const NEAR_SEARCH_MIN_MS = 30;
const CLOCK_CHECK_EVERY = 64;
/**
 * Candidates examined whatever the clock says: the swaps, deletions and insertions of a word of up
 * to 17 letters, a few milliseconds of work. A pause of the whole process (garbage collection, a
 * busy machine) must not leave the commonest slips ("depostion") without their correction.
 */
const ALWAYS_EXAMINED = 512;

function neighbours(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  KEYBOARD_ROWS.forEach((row, rowIndex) => {
    for (let column = 0; column < row.length; column++) {
      const key = row[column] ?? '';
      const near = new Set<string>();
      for (const delta of [-1, 1]) {
        const same = row[column + delta];
        if (same) near.add(same);
      }
      for (const otherRow of [KEYBOARD_ROWS[rowIndex - 1], KEYBOARD_ROWS[rowIndex + 1]]) {
        for (const delta of [-1, 0, 1]) {
          const other = otherRow?.[column + delta];
          if (other) near.add(other);
        }
      }
      map.set(key, near);
    }
  });
  return map;
}
const KEY_NEIGHBOURS = neighbours();

interface Candidate {
  word: string;
  /** Lower is likelier: 0 swapped or doubled letters or an accent, 1 a vowel or neighbouring key, 2 anything else. */
  cost: number;
}

/** "á" -> "a", "ñ" -> "n": letters that differ only by an accent are one slip of the least kind. */
function baseLetter(letter: string): string {
  return letter.normalize('NFD').charAt(0);
}

/**
 * Letters that sound alike, so that people write one for the other: b and v are one sound in
 * Spanish ("recivir"), s, c and z one in Latin American Spanish ("divorsio", "sertificado"), g and
 * j before e and i, y and i. The first pair is as likely a slip as a missing accent, the others as
 * a neighbouring key. A silent h is as easily left out or added ("aber", "haora") as a vowel.
 */
const SAME_SOUND: ReadonlySet<string> = new Set(['bv', 'vb']);
const SIMILAR_SOUND: ReadonlySet<string> = new Set(['sc', 'cs', 'sz', 'zs', 'cz', 'zc', 'gj', 'jg', 'yi', 'iy']);
const SILENT = new Set(['h']);

/**
 * Every word one edit away (Norvig's classic generator), likeliest kinds first: transpositions,
 * deletions, insertions, substitutions, and a split into two words. Lazily, so the caller can stop.
 */
function* singleEdits(word: string, alphabet: string): Generator<Candidate> {
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) {
      yield { word: word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), cost: 0 };
    }
  }
  for (let i = 0; i < word.length; i++) {
    const doubled = word[i] === word[i - 1] || word[i] === word[i + 1];
    yield { word: word.slice(0, i) + word.slice(i + 1), cost: doubled ? 0 : SILENT.has(word[i] ?? '') ? 1 : 2 };
  }
  for (let i = 0; i <= word.length; i++) {
    for (const letter of alphabet) {
      const doubling = letter === word[i - 1] || letter === word[i];
      const cost = doubling ? 0 : VOWELS.has(letter) || SILENT.has(letter) ? 1 : 2;
      yield { word: word.slice(0, i) + letter + word.slice(i), cost };
    }
  }
  for (let i = 0; i < word.length; i++) {
    const original = word[i] ?? '';
    const near = KEY_NEIGHBOURS.get(original);
    for (const letter of alphabet) {
      if (letter === original) continue;
      const pair = original + letter;
      const accent = baseLetter(letter) === baseLetter(original);
      const likely = near?.has(letter) || (VOWELS.has(letter) && VOWELS.has(original)) || SIMILAR_SOUND.has(pair);
      const cost = accent || SAME_SOUND.has(pair) ? 0 : likely ? 1 : 2;
      yield { word: word.slice(0, i) + letter + word.slice(i + 1), cost };
    }
  }
  for (let i = 2; i + 2 <= word.length; i++) yield { word: `${word.slice(0, i)} ${word.slice(i)}`, cost: 2 };
}

function isKnownCandidate(checker: SuggestionSource, candidate: string): boolean {
  const known = (word: string): boolean => checker.isCorrect(word) && (checker.isSuggestible?.(word) ?? true);
  const space = candidate.indexOf(' ');
  if (space < 0) return known(candidate);
  return known(candidate.slice(0, space)) && known(candidate.slice(space + 1));
}

/**
 * True when the word is one likely slip (cost 0 or 1: a swap, a doubled or missing double letter, an
 * accent, a vowel, a neighbouring key, a letter that sounds alike) from a word the checker knows:
 * "Thnaks" (Thanks), "Holaa" (Hola), but not "Marisela" or "Okonkwo". Tells a typo from a name.
 */
export function hasLikelyCorrection(checker: SuggestionSource, word: string): boolean {
  const lower = word.replaceAll('’', "'").toLowerCase();
  for (const candidate of singleEdits(lower, checker.letters ?? ALPHABET)) {
    if (candidate.cost > 1 || candidate.word === lower || candidate.word.includes(' ')) continue;
    if (isKnownCandidate(checker, candidate.word)) return true;
  }
  return false;
}

/** Gives a suggestion the original word's capitalization: "Depositon" -> "Deposition", "DEPOSITON" -> "DEPOSITION". */
export function matchCase(original: string, suggestion: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return suggestion.toUpperCase();
  const first = original[0] ?? '';
  if (first !== first.toLowerCase() && suggestion === suggestion.toLowerCase()) {
    return (suggestion[0] ?? '').toUpperCase() + suggestion.slice(1);
  }
  return suggestion;
}

/**
 * The best few corrections for one word, within a time budget. Cheap pass first: every candidate
 * one edit away, checked with isCorrect and ranked by how likely that kind of slip is (about 1-20 ms
 * a word); then, only if that found too few and the budget allows, the dictionary's own search
 * (SpellChecker.suggest), which finds words two edits away but cannot be interrupted.
 */
export function suggestSpelling(checker: SuggestionSource, word: string, options: SuggestOptions = {}): string[] {
  const max = options.max ?? 4;
  const budget = options.timeLimitMs ?? 40;
  const now = options.now ?? Date.now;
  const started = now();
  const lower = word.replaceAll('’', "'").toLowerCase();
  const found = new Map<string, number>();
  // A proper noun typed in lower case ("monday", "january"): its capital is the likeliest fix, and
  // the lower-case edits below never reach it (the dictionary knows only "Monday").
  const capitalized = (lower[0] ?? '').toUpperCase() + lower.slice(1);
  if (word === lower && capitalized !== lower && isKnownCandidate(checker, capitalized)) found.set(capitalized, -1);
  let examined = 0;
  let outOfTime = false;
  for (const candidate of singleEdits(lower, checker.letters ?? ALPHABET)) {
    if (++examined > ALWAYS_EXAMINED && examined % CLOCK_CHECK_EVERY === 0 && now() - started > budget) {
      outOfTime = true;
      break;
    }
    if (candidate.word === lower) continue;
    const known = found.get(candidate.word);
    if (known !== undefined) {
      if (candidate.cost < known) found.set(candidate.word, candidate.cost);
      continue;
    }
    if (isKnownCandidate(checker, candidate.word)) found.set(candidate.word, candidate.cost);
  }
  // Stable sort keeps the generator's order (swaps, deletions, insertions, substitutions) within a cost.
  const sorted = [...found.entries()].sort((a, b) => a[1] - b[1]).map(([candidate]) => candidate);
  // A split into two words ("citas ion") is the last resort: after the dictionary's two-edit search.
  const ranked = sorted.filter((candidate) => !candidate.includes(' '));
  const splits = sorted.filter((candidate) => candidate.includes(' '));
  if (
    ranked.length < max &&
    !outOfTime &&
    checker.suggest &&
    lower.length >= FALLBACK_MIN_LENGTH &&
    lower.length <= FALLBACK_MAX_LENGTH &&
    budget - (now() - started) >= NEAR_SEARCH_MIN_MS
  ) {
    for (const suggestion of checker.suggest(lower)) {
      // A proper noun keeps its capital when the word was typed in lower case ("mondya" -> "Monday");
      // lowering it would offer "monday", the very word flagged.
      const candidate = word === lower ? suggestion : suggestion.toLowerCase();
      if (candidate === word) continue;
      if (!ranked.some((known) => known.toLowerCase() === candidate.toLowerCase())) ranked.push(candidate);
    }
  }
  return [...ranked, ...splits].slice(0, max).map((suggestion) => matchCase(word, suggestion));
}

/**
 * Suggestion fixes for a spelling finding, built when the card or popup shows it. Never safe: a
 * person picks the word. `suggestions` comes from suggestSpelling on the spelling host.
 */
export function spellingSuggestionFixes(
  finding: Pick<Finding, 'start' | 'end'>,
  suggestions: readonly string[],
): Fix[] {
  return suggestions.map((suggestion) => ({
    label: `Replace with "${suggestion}"`,
    edits: [{ start: finding.start, end: finding.end, text: suggestion }],
    safe: false,
  }));
}
