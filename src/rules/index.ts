/*
 * The rules library's front door: code outside src/rules imports from here and nowhere else
 * (boundary.test.ts enforces it). Two secondary entry points exist for bundle size and are listed
 * with their reasons in boundary.test.ts: spelling/index.ts (pulls in nspell, for the hosts that own
 * a dictionary) and testing/ (test tooling, never bundled). package.json here declares the modules
 * free of import side effects, so a bundle that takes one function from here gets only what it needs.
 */
export { DISCLOSURE_PRESENT, type DisclosurePart } from './data/disclosures';
export { analyzeEncoding, countSegments, isGsmCharacter } from './encoding';
export { checkRule, formatMessage, lint } from './engine';
export { composeEdits, type FixAllResult, fixAllSafe } from './fix-all';
export { acceptedEdits, applyEdits, applyFixes, safeFixesOf } from './fixes';
export {
  changeBetween,
  createIncrementalLinter,
  type IncrementalLinter,
  reparseMessage,
  type TextChange,
} from './incremental';
export { detectLanguage, type Language, type LanguageReport } from './language';
export { lazyBuildSteps } from './lazy';
export {
  checkLinkUrl,
  type LinkCheck,
  type LinkCheckOptions,
  linkUrlProblem,
  normalizeHostname,
  safeLinkUrl,
} from './link-safety';
export { addsUnsafeLink } from './link-schemes';
export { findLinks, hostIsWithin, hostOf, isSameOrSubdomain } from './links';
export { mergeReports } from './merge';
export { parseMessage } from './message';
export { normalizePhoneNumber } from './phone';
export { RULE_IDS, RULES, ruleById } from './registry';
export { scoreFindings } from './score';
export {
  DEFAULT_FIRM_SETTINGS,
  defaultSettings,
  type ExtensionSettings,
  type FirmSettings,
  firmSettingsOf,
  isListKey,
  isSettingKey,
  SETTING_KEYS,
  SETTINGS,
  type SettingKey,
  type SettingScope,
  type SettingSpec,
  type SettingValue,
  settingSpec,
  settingsFromValues,
  withDefaults,
} from './settings';
export {
  checkField,
  closestName,
  type FieldCheck,
  isPlainObject,
  isStringArray,
  normalizeSitePattern,
  type SettingsProblem,
  type SettingsValidation,
  type ValidateOptions,
  validateSettings,
} from './settings-validation';
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
