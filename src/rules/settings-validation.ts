import { RULE_IDS } from './registry';
import { type FirmSettings, withDefaults } from './settings';
import { editDistance } from './text/edit-distance';
import type { SeveritySetting } from './types';

/** One thing wrong with a settings object: `key` is the setting's path ("firmDomains", "ruleSeverity.emoji"). */
export interface SettingsProblem {
  key: string;
  message: string;
}

export interface SettingsValidation {
  /** Defaults overlaid with every field that was valid; fields with problems keep their default. */
  settings: FirmSettings;
  problems: SettingsProblem[];
}

type SettingKind = 'string' | 'string-array' | 'boolean' | 'rule-severity' | 'language' | 'placeholder-length';

/** Every setting and the JSON type it takes; a key missing here is unknown. */
const SETTING_KINDS: Readonly<Record<keyof FirmSettings, SettingKind>> = {
  firmName: 'string',
  firmNameAliases: 'string-array',
  firmDomains: 'string-array',
  approvedDomains: 'string-array',
  termsUrl: 'string',
  firmPhoneNumbers: 'string-array',
  allowedTerms: 'string-array',
  acronyms: 'string-array',
  firmDictionary: 'string-array',
  ruleSeverity: 'rule-severity',
  smartEncoding: 'boolean',
  language: 'language',
  placeholderLength: 'placeholder-length',
  termsPlaceholder: 'string',
};

const SETTING_NAMES = Object.keys(SETTING_KINDS) as (keyof FirmSettings)[];
const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The closest known name, when the typo is small enough that the suggestion is likely what was meant. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(2, Math.floor(name.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}

function unknownNameMessage(what: string, name: string, known: readonly string[]): string {
  const suggestion = closestName(name, known);
  return suggestion ? `unknown ${what} "${name}" (did you mean "${suggestion}"?)` : `unknown ${what} "${name}"`;
}

function validateRuleSeverity(
  value: unknown,
  problems: SettingsProblem[],
): Record<string, SeveritySetting> | undefined {
  if (!isPlainObject(value)) {
    problems.push({
      key: 'ruleSeverity',
      message: `"ruleSeverity" must be an object mapping rule ids to off, info, warning or error, not ${describeType(value)}`,
    });
    return undefined;
  }
  const result: Record<string, SeveritySetting> = {};
  for (const [ruleId, severity] of Object.entries(value)) {
    const key = `ruleSeverity.${ruleId}`;
    if (!RULE_IDS.includes(ruleId)) {
      problems.push({ key, message: `"ruleSeverity": ${unknownNameMessage('rule', ruleId, RULE_IDS)}` });
      continue;
    }
    if (typeof severity !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
      const shown = typeof severity === 'string' ? `"${severity}"` : describeType(severity);
      problems.push({ key, message: `"${key}" must be one of ${SEVERITY_SETTINGS.join(', ')}, not ${shown}` });
      continue;
    }
    result[ruleId] = severity as SeveritySetting;
  }
  return result;
}

/**
 * Checks a settings object read from outside (a firm.json for the CLI, an imported file in the
 * options page) and says exactly which key is wrong, so an admin can fix the file. Pure: no I/O.
 */
export function validateFirmSettings(value: unknown): SettingsValidation {
  const problems: SettingsProblem[] = [];
  // withDefaults copies every list, so a caller that later pushes to one never changes the shared defaults.
  const settings: FirmSettings = withDefaults();
  if (!isPlainObject(value)) {
    problems.push({ key: '', message: `settings must be a JSON object, not ${describeType(value)}` });
    return { settings, problems };
  }
  const writable = settings as unknown as Record<string, unknown>;
  for (const [key, field] of Object.entries(value)) {
    // hasOwn first: a key such as "constructor" must not find Object.prototype's member.
    const kind = Object.hasOwn(SETTING_KINDS, key)
      ? (SETTING_KINDS as Readonly<Record<string, SettingKind>>)[key]
      : undefined;
    if (kind === undefined) {
      problems.push({ key, message: unknownNameMessage('setting', key, SETTING_NAMES) });
      continue;
    }
    switch (kind) {
      case 'string':
        if (typeof field === 'string') writable[key] = field;
        else problems.push({ key, message: `"${key}" must be a string, not ${describeType(field)}` });
        break;
      case 'boolean':
        if (typeof field === 'boolean') writable[key] = field;
        else problems.push({ key, message: `"${key}" must be true or false, not ${describeType(field)}` });
        break;
      case 'string-array':
        if (Array.isArray(field) && field.every((item) => typeof item === 'string')) writable[key] = [...field];
        else problems.push({ key, message: `"${key}" must be an array of strings` });
        break;
      case 'rule-severity': {
        const ruleSeverity = validateRuleSeverity(field, problems);
        if (ruleSeverity) settings.ruleSeverity = ruleSeverity;
        break;
      }
      case 'language':
        if (field === 'auto' || field === 'en' || field === 'es') settings.language = field;
        else problems.push({ key, message: `"${key}" must be "auto", "en" or "es", not ${JSON.stringify(field)}` });
        break;
      case 'placeholder-length':
        if (typeof field === 'number' && Number.isInteger(field) && field >= 1 && field <= 200) {
          settings.placeholderLength = field;
        } else problems.push({ key, message: `"${key}" must be a whole number of characters from 1 to 200` });
        break;
    }
  }
  return { settings, problems };
}
