export { analyzeEncoding, countSegments, isGsmCharacter } from './encoding';
export { checkRule, formatMessage, lint } from './engine';
export { applyFixes, safeFixesOf } from './fixes';
export { hostIsWithin, hostOf, registrableDomain } from './links';
export { parseMessage } from './message';
export { RULE_IDS, RULES, ruleById } from './registry';
export { scoreFindings } from './score';
export { DEFAULT_FIRM_SETTINGS, type FirmSettings, withDefaults } from './settings';
export * from './types';
