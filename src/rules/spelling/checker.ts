import { type DictionaryGraphs, type DictionaryLoader, readCompiledDictionary } from './dictionary';
import type { SuggestionSource } from './suggest';
import type { WordGraph } from './word-graph';
import { normalizeApostrophes, OUR_WORDS } from './words';

const SUGGESTION_CACHE_LIMIT = 500;
/** How many words the two-edit search returns at most (suggestSpelling shows four). */
const NEAR_WORDS_LIMIT = 8;

export interface SpellCheckerOptions {
  /** More words to accept and to suggest (a firm dictionary, the firm's name and aliases). */
  extraWords?: readonly string[];
}

/** The base letter of an accented one ("á" -> "a", "ñ" -> "n"); other characters unchanged. */
function baseLetter(letter: string): string {
  return letter.normalize('NFD').charAt(0);
}

/** An accent missing or wrong (a for á, n for ñ) is the likeliest slip in Spanish: half an edit. */
function substitutionCost(from: string, to: string): number {
  return baseLetter(from) === baseLetter(to) ? 0.5 : 1;
}

/**
 * A spell checker over a compiled dictionary (compile.ts: every form Hunspell accepts, as a word
 * graph) plus our own vocabulary (OUR_WORDS: legal, medical, everyday) and any extra words. Case
 * follows Hunspell: a word is correct as written, or, when it is capitalized or all caps, in the
 * form the dictionary lists ("Hearing" and "HEARING" for "hearing", "MARIA" for "Maria"), never
 * the other way round.
 * Build it once per host (the extension's offscreen worker, one CLI run), never per tab.
 */
export class SpellChecker implements SuggestionSource {
  private readonly suggestions = new Map<string, string[]>();
  private readonly added = new Set<string>();
  private readonly words: WordGraph;
  private readonly noSuggest: WordGraph;
  /** The lower-case letters of the language, for the suggestion search's edits. */
  readonly letters: string;

  constructor(dictionary: DictionaryGraphs | Uint8Array, options: SpellCheckerOptions = {}) {
    const graphs = dictionary instanceof Uint8Array ? readCompiledDictionary(dictionary) : dictionary;
    this.words = graphs.words;
    this.noSuggest = graphs.noSuggest;
    this.letters = [...new Set(graphs.words.alphabet.toLowerCase())].filter((char) => /\p{Ll}/u.test(char)).join('');
    for (const word of OUR_WORDS) this.added.add(word);
    this.addWords(options.extraWords ?? []);
  }

  /** Accepts more words from now on ("Add to dictionary"). Multi-word entries add each word. */
  addWords(words: readonly string[]): void {
    for (const entry of words) {
      for (const word of normalizeApostrophes(entry).split(/\s+/)) {
        if (word !== '') this.added.add(word);
      }
    }
    this.suggestions.clear();
  }

  /**
   * Not cached: a look-up in the graph costs about what a cache's would, and the suggestion search
   * asks about hundreds of made-up words per misspelling, which would only churn a cache.
   */
  isCorrect(word: string): boolean {
    return this.check(normalizeApostrophes(word).trim());
  }

  /** False for correct words never to be suggested (dictionary-en's swear words). */
  isSuggestible(word: string): boolean {
    return !this.noSuggest.has(word);
  }

  /**
   * Words up to two edits away that start with the same letter, closest first (an accent counts
   * half): what suggestSpelling falls back on when single edits found too few. About a
   * millisecond; cached.
   */
  suggest(word: string): string[] {
    const cached = this.suggestions.get(word);
    if (cached) return cached;
    const found = this.words
      .near(word, 2, { limit: NEAR_WORDS_LIMIT * 2, substitutionCost, sameFirstLetter: true })
      .map((near) => near.word)
      .filter((candidate) => this.isSuggestible(candidate))
      .slice(0, NEAR_WORDS_LIMIT);
    if (this.suggestions.size >= SUGGESTION_CACHE_LIMIT) this.suggestions.clear();
    this.suggestions.set(word, found);
    return found;
  }

  private has(word: string): boolean {
    return this.words.has(word) || this.added.has(word);
  }

  /** Hunspell's case rules (nspell's form()): as written, then sentence case of all caps, then lower case. */
  private check(word: string): boolean {
    if (word === '') return false;
    if (this.has(word)) return true;
    if (word.toUpperCase() === word) {
      const sentenceCase = word.charAt(0) + word.slice(1).toLowerCase();
      if (this.has(sentenceCase)) return true;
    }
    const lower = word.toLowerCase();
    return lower !== word && this.has(lower);
  }
}

/** Builds a checker from a compiled dictionary's bytes (or graphs already read): milliseconds. */
export function createSpellChecker(
  dictionary: DictionaryGraphs | Uint8Array,
  options: SpellCheckerOptions = {},
): SpellChecker {
  return new SpellChecker(dictionary, options);
}

/**
 * A checker loaded on first use and shared after: the first call starts loading, later calls
 * (even while it loads) get the same promise. A failed load is forgotten so a later call retries.
 */
export function lazySpellChecker(
  loader: DictionaryLoader,
  options: SpellCheckerOptions = {},
): () => Promise<SpellChecker> {
  let pending: Promise<SpellChecker> | undefined;
  return () => {
    pending ??= loader()
      .then((bytes) => createSpellChecker(bytes, options))
      .catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
    return pending;
  };
}
