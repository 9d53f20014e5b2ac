/*
 * THE settings validator, for every way settings come in: the CLI's --config file, the options
 * page (each field as it is typed, and the whole form when saved), an imported file, enterprise
 * policy, and storage reads. Driven by the settings table (settings.ts). Pure: no I/O.
 */
import { checkLinkUrl, normalizeHostname } from './link-safety';
import { normalizePhoneNumber } from './phone';
import { findPlaceholders } from './placeholders';
import { RULE_IDS } from './registry';
import {
  type ExtensionSettings,
  type FieldCheckSpec,
  type FirmSettings,
  firmSettingsOf,
  isSettingKey,
  SETTING_KEYS,
  SETTINGS,
  type SettingKey,
  type SettingScope,
  type SettingSpec,
  type SettingValue,
  settingSpec,
  settingsFromValues,
} from './settings';
import { editDistance } from './text/edit-distance';
import type { SeveritySetting } from './types';

/** One thing wrong with a settings object: `key` is the setting's path ("firmDomains", "ruleSeverity.emoji"), '' for the whole value. */
export interface SettingsProblem {
  key: string;
  message: string;
}

/** A field's value checked and normalized: an error blocks saving; a warning is shown but the value is kept. */
export interface FieldCheck {
  value: unknown;
  error?: string;
  warning?: string;
}

export interface ValidateOptions {
  /** Which settings the value may hold: 'firm' (the CLI's file) or 'extension' (all; the default). */
  scope?: SettingScope;
  /** Report keys the table does not know (files an admin wrote), rather than ignoring them (storage, policy). */
  reportUnknownKeys?: boolean;
  /** Keys that are not settings but may be present (the extension's "settingsVersion"). */
  ignoreKeys?: readonly string[];
  /**
   * 'all' (the default): the JSON type, then each field's own check (checkField), which also
   * normalizes; 'types': the JSON type and the safety of links only, for values read back from
   * storage, which were checked when written (a list the checks now refuse is still shown, with
   * its error, in the options page rather than silently emptied).
   */
  checks?: 'all' | 'types';
}

export interface SettingsValidation<Settings> {
  /** Defaults overlaid with every field that was valid (normalized); fields with problems keep their default. */
  settings: Settings;
  problems: SettingsProblem[];
  /** What the field checks warn of (a terms URL off the firm domains); absent when there is nothing. */
  warnings?: SettingsProblem[];
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
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

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

function isSeveritySetting(value: unknown): value is SeveritySetting {
  return SEVERITY_SETTINGS.some((severity) => severity === value);
}

function parseRuleSeverity(value: unknown, problems: SettingsProblem[]): Record<string, SeveritySetting> | undefined {
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
    if (!isSeveritySetting(severity)) {
      const shown = typeof severity === 'string' ? `"${severity}"` : describeType(severity);
      problems.push({ key, message: `"${key}" must be one of ${SEVERITY_SETTINGS.join(', ')}, not ${shown}` });
      continue;
    }
    result[ruleId] = severity;
  }
  return result;
}

function quotedList(values: readonly string[]): string {
  const quoted = values.map((value) => `"${value}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

function isWholeNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** The value as its table entry types it, or undefined after pushing what is wrong. */
function parseValue(
  key: string,
  spec: SettingSpec,
  value: unknown,
  problems: SettingsProblem[],
): SettingValue | undefined {
  switch (spec.kind) {
    case 'string':
      if (typeof value === 'string') return value;
      problems.push({ key, message: `"${key}" must be a string, not ${describeType(value)}` });
      return undefined;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      problems.push({ key, message: `"${key}" must be true or false, not ${describeType(value)}` });
      return undefined;
    case 'list':
      if (isStringArray(value)) return [...value];
      problems.push({ key, message: `"${key}" must be an array of strings` });
      return undefined;
    case 'choice': {
      const choice = spec.choices.find(([choiceValue]) => choiceValue === value);
      if (choice) return choice[0];
      const values = spec.choices.map(([choiceValue]) => choiceValue);
      problems.push({ key, message: `"${key}" must be ${quotedList(values)}, not ${JSON.stringify(value)}` });
      return undefined;
    }
    case 'integer':
      if (isWholeNumberIn(value, spec.min, spec.max)) return value;
      problems.push({ key, message: `"${key}" must be a whole number from ${spec.min} to ${spec.max}` });
      return undefined;
    case 'rule-severity':
      return parseRuleSeverity(value, problems);
  }
}

// ---------------------------------------------------------------------------------------------
// Each field's own check: what the options page shows beside a field, and what blocks saving.

/*
 * The list checks drop repeats with a Set, keeping the first of each in order: testing each item
 * against the list so far made an import of 80,000 terms take 7 s (a 5 MB file froze the options
 * page for minutes).
 */

function checkHostList(values: readonly string[]): FieldCheck {
  const result = new Set<string>();
  for (const item of values) {
    const host = normalizeHostname(item);
    if (!host) return { value: values, error: `"${item}" is not a domain name (for example hartwelldiaz.com).` };
    result.add(host);
  }
  return { value: [...result] };
}

function checkPhoneList(values: readonly string[]): FieldCheck {
  const result = new Set<string>();
  for (const item of values) {
    const normalized = normalizePhoneNumber(item);
    if (!normalized) {
      return {
        value: values,
        error: `"${item}" is not a phone number (for example (415) 555-0134 or +1 415 555 0134).`,
      };
    }
    result.add(normalized);
  }
  return { value: [...result] };
}

const PATTERN_SCHEMES = new Set(['*', 'http', 'https']);

/**
 * A site as an admin types it ("portal.example.com", "https://portal.example.com",
 * "https://*.example.com/*") -> a match pattern, or an error saying what is wrong.
 */
export function normalizeSitePattern(input: string): { pattern?: string; error?: string } {
  const text = input.trim();
  if (text === '<all_urls>' || text === '*://*/*') {
    return { error: `"${text}" would check every site; name your portal's address instead.` };
  }
  const withScheme = /^[a-z*][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  const match = /^([^:]+):\/\/([^/]*)(\/.*)?$/.exec(withScheme);
  if (!match) return { error: `"${text}" is not a site address or match pattern.` };
  const scheme = (match[1] ?? '').toLowerCase();
  const hostPart = (match[2] ?? '').toLowerCase();
  const path = match[3] ?? '/*';
  if (!PATTERN_SCHEMES.has(scheme)) {
    return { error: `"${text}": the address must start with https://, http:// or *://.` };
  }
  const [host, port, ...rest] = hostPart.split(':');
  if (rest.length > 0 || host === undefined) return { error: `"${text}" has an invalid host.` };
  if (port !== undefined && !/^\d{1,5}$/.test(port)) return { error: `"${text}" has an invalid port.` };
  const wildcard = host.startsWith('*.');
  const bareHost = wildcard ? host.slice(2) : host;
  if (host === '*' || bareHost.includes('*')) {
    return { error: `"${text}": a * may only stand for subdomains, as in https://*.example.com/*.` };
  }
  const isLocal = bareHost === 'localhost' || /^\d{1,3}(\.\d{1,3}){3}$/.test(bareHost);
  if (!isLocal && !normalizeHostname(bareHost)) return { error: `"${text}": "${bareHost}" is not a host name.` };
  if (!path.startsWith('/')) return { error: `"${text}" has an invalid path.` };
  const portSuffix = port === undefined ? '' : `:${port}`;
  return { pattern: `${scheme}://${wildcard ? '*.' : ''}${bareHost}${portSuffix}${path}` };
}

function checkSitePatterns(values: readonly string[]): FieldCheck {
  const result = new Set<string>();
  for (const item of values) {
    const { pattern, error } = normalizeSitePattern(item);
    if (!pattern) return { value: values, error };
    result.add(pattern);
  }
  return { value: [...result] };
}

function checkWordList(values: readonly string[], entry: string, oneWord: boolean): FieldCheck {
  const result = new Set<string>();
  for (const item of values) {
    const word = item.trim();
    if (word === '') continue;
    if (word.length > 100) return { value: values, error: `"${word.slice(0, 20)}…" is too long for ${entry}.` };
    if (oneWord && /\s/.test(word)) return { value: values, error: `"${word}": enter one ${entry} per line.` };
    result.add(word);
  }
  return { value: [...result] };
}

function checkMergeField(value: string): FieldCheck {
  const text = value.trim();
  if (text === '') return { value: '' };
  const [field, ...more] = findPlaceholders(text);
  if (field && more.length === 0 && field.start === 0 && field.end === text.length) return { value: text };
  return {
    value: text,
    error: `"${text}" is not one merge field: write it as your templates do, for example {{firm.terms_url}} or %TERMS_URL%.`,
  };
}

function checkString(spec: FieldCheckSpec | undefined, text: string, context: ExtensionSettings): FieldCheck {
  switch (spec?.kind) {
    case 'name': {
      const name = text.trim();
      if (name.length > spec.maxLength) {
        return { value: name, error: `The ${spec.what} is too long (${spec.maxLength} characters at most).` };
      }
      return { value: name };
    }
    case 'https-url':
      return checkLinkUrl(text, {
        firmDomains: context.firmDomains,
        wantFirmDomain: spec.onFirmDomain,
        label: spec.page,
      });
    case 'merge-field':
      return checkMergeField(text);
    default:
      return { value: text.trim() };
  }
}

function checkList(spec: FieldCheckSpec | undefined, values: readonly string[]): FieldCheck {
  switch (spec?.kind) {
    case 'host-list':
      return checkHostList(values);
    case 'phone-list':
      return checkPhoneList(values);
    case 'site-patterns':
      return checkSitePatterns(values);
    case 'word-list':
      return checkWordList(values, spec.entry, spec.oneWord);
    default:
      return { value: [...values] };
  }
}

/**
 * Checks one field's value and returns it normalized (domains lower case, phone numbers E.164,
 * sites as match patterns). `context` supplies the other fields a check depends on (the terms
 * URL is compared with the firm domains). A value of the wrong type is an error too, in words
 * for the field it is shown beside.
 */
export function checkField(key: SettingKey, value: unknown, context: ExtensionSettings): FieldCheck {
  const spec = settingSpec(key);
  switch (spec.kind) {
    case 'string':
      return typeof value === 'string' ? checkString(spec.check, value, context) : { value, error: 'Enter text.' };
    case 'list':
      return isStringArray(value) ? checkList(spec.check, value) : { value, error: 'Enter one entry per line.' };
    case 'choice':
      return spec.choices.some(([choice]) => choice === value)
        ? { value }
        : { value, error: `Choose ${quotedList(spec.choices.map(([, text]) => text))}.` };
    case 'integer':
      return isWholeNumberIn(value, spec.min, spec.max)
        ? { value }
        : { value, error: `Enter a whole number from ${spec.min} to ${spec.max}.` };
    case 'boolean':
    case 'rule-severity':
      return { value };
  }
}

/** Host lists first: the terms URL's check reads the firm domains. */
const CHECK_ORDER: readonly SettingKey[] = [
  ...SETTING_KEYS.filter((key) => SETTINGS[key].kind === 'list'),
  ...SETTING_KEYS.filter((key) => SETTINGS[key].kind !== 'list'),
];

/**
 * Checks a settings object read from outside and says exactly which key is wrong, so an admin can
 * fix the file: structure first (every known key of its JSON type), then the safety of links, then
 * (with checks 'all') each field's own check. Never throws, whatever `raw` is.
 */
export function validateSettings(
  raw: unknown,
  options: ValidateOptions & { scope: 'firm' },
): SettingsValidation<FirmSettings>;
export function validateSettings(raw: unknown, options?: ValidateOptions): SettingsValidation<ExtensionSettings>;
export function validateSettings(
  raw: unknown,
  options: ValidateOptions = {},
): SettingsValidation<ExtensionSettings> | SettingsValidation<FirmSettings> {
  const validation = validateAll(raw, options);
  if (options.scope !== 'firm') return validation;
  return { ...validation, settings: firmSettingsOf(validation.settings) };
}

function validateAll(raw: unknown, options: ValidateOptions): SettingsValidation<ExtensionSettings> {
  const problems: SettingsProblem[] = [];
  const warnings: SettingsProblem[] = [];
  if (!isPlainObject(raw)) {
    if (raw !== undefined)
      problems.push({ key: '', message: `settings must be a JSON object, not ${describeType(raw)}` });
    return { settings: settingsFromValues({}), problems };
  }
  const scope = options.scope ?? 'extension';
  const inScope = (key: string): key is SettingKey =>
    isSettingKey(key) && (scope === 'extension' || SETTINGS[key].scope === 'firm');
  const known = SETTING_KEYS.filter(inScope);
  const values: Partial<Record<SettingKey, SettingValue>> = {};
  const present: SettingKey[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (options.ignoreKeys?.includes(key)) continue;
    // isSettingKey tests own keys only: "constructor" or "__proto__" is an unknown setting.
    if (!inScope(key)) {
      if (options.reportUnknownKeys) problems.push({ key, message: unknownNameMessage('setting', key, known) });
      continue;
    }
    present.push(key);
    const parsed = parseValue(key, settingSpec(key), value, problems);
    if (parsed !== undefined) values[key] = parsed;
  }
  const failed = (key: string) => problems.some((problem) => problem.key === key);
  // A link reaches the popup and client messages: one that is not a safe https address (a
  // javascript: or data: URL, say) is refused on every read, from storage and policy alike.
  for (const key of present) {
    const spec = settingSpec(key);
    const value = values[key];
    if (spec.check?.kind !== 'https-url' || typeof value !== 'string' || failed(key)) continue;
    const error = checkLinkUrl(value, { firmDomains: [], wantFirmDomain: false, label: spec.check.page }).error;
    if (error === undefined) continue;
    problems.push({ key, message: error });
    delete values[key];
  }
  if ((options.checks ?? 'all') === 'all') {
    for (const key of CHECK_ORDER) {
      if (!present.includes(key) || failed(key) || values[key] === undefined) continue;
      // The values checked so far, normalized: the terms URL sees the firm domains as stored.
      const check = checkField(key, values[key], settingsFromValues(values));
      if (check.warning) warnings.push({ key, message: check.warning });
      if (check.error) {
        problems.push({ key, message: check.error });
        delete values[key];
        continue;
      }
      const normalized = parseValue(key, settingSpec(key), check.value, []);
      if (normalized !== undefined) values[key] = normalized;
    }
  }
  return { settings: settingsFromValues(values), problems, ...(warnings.length > 0 ? { warnings } : {}) };
}
