/*
 * Spelling, for the host that owns the dictionary (the extension's background/offscreen document,
 * the CLI, the bench). Importing this module pulls in nspell; the pure parts (checkSpelling,
 * suggestSpelling) are also exported from src/rules/index.ts without it.
 */
export { checkSpelling } from './check';
export {
  createSpellChecker,
  lazySpellChecker,
  SpellChecker,
  type SpellCheckerOptions,
} from './checker';
export { type DictionaryFiles, type DictionaryLoader, dictionaryText } from './dictionary';
export { findMisspellings, type SpellingIssue, type SpellingMessageId } from './find';
export {
  matchCase,
  type SuggestionSource,
  type SuggestOptions,
  spellingSuggestionFixes,
  suggestSpelling,
} from './suggest';
