/*
 * Spelling, for the host that owns the dictionary (the extension's offscreen worker, the CLI, the
 * bench). The pure parts (checkSpelling, suggestSpelling) are also exported from src/rules/index.ts.
 * Compiling a Hunspell dictionary (nspell) has its own entry point, ./compile.ts, for the builds.
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
