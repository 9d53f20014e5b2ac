import nspell, { type NSpell } from 'nspell';
import { type DictionaryFiles, type DictionaryLoader, dictionaryText } from './dictionary';
import type { SuggestionSource } from './suggest';
import { LEGAL_WORDS, normalizeApostrophes } from './words';

/** Past this many distinct words the verdict cache starts over, so a long-lived host stays small. */
const CACHE_LIMIT = 50_000;
const SUGGESTION_CACHE_LIMIT = 500;

export interface SpellCheckerOptions {
  /** More words to accept and to suggest (a firm dictionary, the firm's name and aliases). */
  extraWords?: readonly string[];
}

/**
 * A Hunspell-compatible checker (nspell) plus our legal vocabulary and any extra words, with
 * verdicts cached per word: a message repeats words, and a batch of thousands repeats most of them.
 * Build it once per host (the extension's background/offscreen document, one CLI run), never per tab.
 */
export class SpellChecker implements SuggestionSource {
  private readonly verdicts = new Map<string, boolean>();
  private readonly suggestions = new Map<string, string[]>();

  constructor(
    private readonly hunspell: NSpell,
    options: SpellCheckerOptions = {},
  ) {
    for (const word of LEGAL_WORDS) hunspell.add(word);
    this.addWords(options.extraWords ?? []);
  }

  /** Accepts more words from now on ("Add to dictionary"). Multi-word entries add each word. */
  addWords(words: readonly string[]): void {
    for (const entry of words) {
      for (const word of normalizeApostrophes(entry).split(/\s+/)) {
        if (word !== '') this.hunspell.add(word);
      }
    }
    this.verdicts.clear();
    this.suggestions.clear();
  }

  isCorrect(word: string): boolean {
    const cached = this.verdicts.get(word);
    if (cached !== undefined) return cached;
    const verdict = this.hunspell.correct(normalizeApostrophes(word));
    if (this.verdicts.size >= CACHE_LIMIT) this.verdicts.clear();
    this.verdicts.set(word, verdict);
    return verdict;
  }

  /** Hunspell's own suggestions (slow: use suggestSpelling, which tries cheap edits first). Cached. */
  suggest(word: string): string[] {
    const cached = this.suggestions.get(word);
    if (cached) return cached;
    const found = this.hunspell.suggest(word);
    if (this.suggestions.size >= SUGGESTION_CACHE_LIMIT) this.suggestions.clear();
    this.suggestions.set(word, found);
    return found;
  }
}

/** Builds a checker from dictionary files already in memory (parsing takes about a second for en). */
export function createSpellChecker(files: DictionaryFiles, options: SpellCheckerOptions = {}): SpellChecker {
  return new SpellChecker(nspell(dictionaryText(files.aff), dictionaryText(files.dic)), options);
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
      .then((files) => createSpellChecker(files, options))
      .catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
    return pending;
  };
}
