/**
 * The spell checker as the extension hosts it: one lazily loaded dictionary per browser (never per
 * tab), answering "which words of this text are misspelled" and "what could this word be". It keeps
 * no settings: each request carries the few that matter, so a word added to the firm dictionary
 * counts from the next request on. Runs wherever the host puts it (a worker of Chrome's offscreen
 * document, Firefox's background page, a unit test with the Node loader).
 */
import { detectLanguage, type Finding, parseMessage, withDefaults } from '../rules';
import { checkSpelling, type DictionaryLoader, lazySpellChecker, suggestSpelling } from '../rules/spelling';
import type { CheckSpellingArgs, SuggestSpellingArgs } from '../shared/spelling-protocol';

/** The card asks for suggestions while the user waits: never longer than this. */
export const MAX_SUGGEST_MS = 300;
const DEFAULT_SUGGEST_MS = 150;
const MAX_SUGGESTIONS = 4;
/** Twilio's maximum message length is 1,600; a pasted essay is checked only this far. */
const MAX_CHECKED_CHARACTERS = 20_000;

export interface SpellingHost {
  check(args: CheckSpellingArgs): Promise<Finding[]>;
  suggest(args: SuggestSpellingArgs): Promise<string[]>;
}

/**
 * `spanishLoader` loads the Spanish dictionary, the first time a text has a Spanish sentence: an
 * English-only firm never pays for it.
 */
export function createSpellingHost(loader: DictionaryLoader, spanishLoader?: DictionaryLoader): SpellingHost {
  const checker = lazySpellChecker(loader);
  const spanishChecker = spanishLoader ? lazySpellChecker(spanishLoader) : undefined;
  return {
    async check({ text, settings }) {
      const spell = await checker();
      const checked = text.length > MAX_CHECKED_CHARACTERS ? text.slice(0, MAX_CHECKED_CHARACTERS) : text;
      const full = withDefaults(settings);
      const message = parseMessage(checked);
      const hasSpanish = detectLanguage(checked, message.words, full.language).sentences.some(
        (sentence) => sentence.language === 'es',
      );
      const spanish = hasSpanish && spanishChecker ? await spanishChecker() : undefined;
      return checkSpelling(message, full, spell, spanish);
    },
    async suggest({ word, timeLimitMs, language }) {
      // From the dictionary that flagged the word: a Spanish word gets Spanish corrections.
      const spell = language === 'es' && spanishChecker ? await spanishChecker() : await checker();
      const budget = Math.min(Math.max(timeLimitMs ?? DEFAULT_SUGGEST_MS, 0), MAX_SUGGEST_MS);
      return suggestSpelling(spell, word.slice(0, 60), { timeLimitMs: budget, max: MAX_SUGGESTIONS });
    },
  };
}

/** Where the compiled dictionaries live inside the extension (scripts/vite-dictionary-plugin.ts puts them there). */
export const DICTIONARY_PATH = 'dictionaries/en/words.bin';
export const SPANISH_DICTIONARY_PATH = 'dictionaries/es/words.bin';

/** Loads a packaged dictionary by fetching its compiled file; `resolve` turns a package path into a URL. */
export function fetchDictionary(resolve: (path: string) => string, path: string = DICTIONARY_PATH): DictionaryLoader {
  return async () => {
    const response = await fetch(resolve(path));
    if (!response.ok) throw new Error(`Could not load the dictionary (${path}: ${response.status}).`);
    return new Uint8Array(await response.arrayBuffer());
  };
}
