export { analyzeEncoding, countSegments, isGsmCharacter } from './encoding';
export { checkRule, formatMessage, lint } from './engine';
export { composeEdits, type FixAllResult, fixAllSafe } from './fix-all';
export { applyFixes, safeFixesOf } from './fixes';
export { detectLanguage, type Language, type LanguageReport } from './language';
export { hostIsWithin, hostOf } from './links';
export { mergeReports } from './merge';
export { parseMessage } from './message';
export { RULE_IDS, RULES, ruleById } from './registry';
export { scoreFindings } from './score';
export { DEFAULT_FIRM_SETTINGS, type FirmSettings, withDefaults } from './settings';
export { checkSpelling } from './spelling/check';
export type { DictionaryFiles, DictionaryLoader } from './spelling/dictionary';
export {
  matchCase,
  type SuggestionSource,
  type SuggestOptions,
  spellingSuggestionFixes,
  suggestSpelling,
} from './spelling/suggest';
export * from './types';
