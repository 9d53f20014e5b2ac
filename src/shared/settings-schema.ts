/**
 * The extension's settings schema, pure: defaults, version, migrations, structural repair and the
 * per-field checks the options page and the import show beside each field. No browser API here
 * (settings.ts adds storage), so all of it runs in unit tests.
 */
import {
  checkLinkUrl,
  DEFAULT_FIRM_SETTINGS,
  type FirmSettings,
  type LinkCheckOptions,
  linkUrlProblem,
  normalizeHostname,
  normalizePhoneNumber,
  validateFirmSettings,
} from '../rules';

/**
 * Firm settings the extension does not store yet (the CLI's --config takes them; the extension
 * uses their defaults): the merge-field settings of templates.
 */
export type TemplateOnlySetting = 'placeholderLength' | 'termsPlaceholder';

export interface ExtensionSettings extends Omit<FirmSettings, TemplateOnlySetting> {
  /** The firm's public privacy policy, linked beside the terms. */
  privacyUrl: string;
  /** Match patterns of the client portals where the checker runs. */
  portalSites: string[];
  /** Words the firm spells its own way (names, places) that spelling checks must accept. */
  firmDictionary: string[];
}

export type SettingKey = keyof ExtensionSettings;

export interface SettingsProblem {
  /** The setting's key ("termsUrl"), or a path inside it ("ruleSeverity.emoji"); '' for the whole value. */
  key: string;
  message: string;
}

/** A problem blocks saving; a warning is shown beside the field but the value is kept. */
export interface FieldCheck {
  value: unknown;
  error?: string;
  warning?: string;
}

/** Bumped whenever the stored shape changes; MIGRATIONS upgrades older values step by step. */
export const SETTINGS_VERSION = 1;
/** The storage.sync key holding the version the other keys are written in. */
export const VERSION_KEY = 'settingsVersion';

const EXTENSION_ONLY_DEFAULTS = { privacyUrl: '', portalSites: [] as string[], firmDictionary: [] as string[] };

export const SETTING_KEYS: readonly SettingKey[] = [
  'firmName',
  'firmNameAliases',
  'termsUrl',
  'privacyUrl',
  'firmDomains',
  'approvedDomains',
  'firmPhoneNumbers',
  'portalSites',
  'allowedTerms',
  'acronyms',
  'firmDictionary',
  'smartEncoding',
  'language',
  'ruleSeverity',
];

/** The keys whose value is a list (their default is one). */
const DEFAULTS = defaultSettings();
const LIST_KEYS: ReadonlySet<string> = new Set(SETTING_KEYS.filter((key) => Array.isArray(DEFAULTS[key])));

export function isListKey(key: string): boolean {
  return LIST_KEYS.has(key);
}

export function isSettingKey(key: string): key is SettingKey {
  return (SETTING_KEYS as readonly string[]).includes(key);
}

export function defaultSettings(): ExtensionSettings {
  return {
    firmName: DEFAULT_FIRM_SETTINGS.firmName,
    termsUrl: DEFAULT_FIRM_SETTINGS.termsUrl,
    smartEncoding: DEFAULT_FIRM_SETTINGS.smartEncoding,
    language: DEFAULT_FIRM_SETTINGS.language,
    firmNameAliases: [],
    firmDomains: [],
    approvedDomains: [],
    firmPhoneNumbers: [],
    allowedTerms: [],
    acronyms: [],
    ruleSeverity: {},
    privacyUrl: '',
    portalSites: [],
    firmDictionary: [],
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Upgrades a stored value to SETTINGS_VERSION. Index n upgrades version n to n + 1.
 * Version 0 (no version key) is what the 0.0.x previews wrote: the whole object under one
 * "settings" key, and lists as comma- or newline-separated strings.
 */
const MIGRATIONS: readonly ((stored: Record<string, unknown>) => Record<string, unknown>)[] = [
  (stored) => {
    const flattened = isPlainObject(stored.settings) ? { ...stored.settings, ...stored } : { ...stored };
    delete flattened.settings;
    for (const key of LIST_KEYS) {
      const value = flattened[key];
      if (typeof value === 'string') flattened[key] = splitList(value);
    }
    return flattened;
  },
];

/** Brings a stored object to the current version; a value from a newer version is read as is (then repaired). */
export function migrateSettings(stored: Record<string, unknown>): Record<string, unknown> {
  const rawVersion = stored[VERSION_KEY];
  let version = typeof rawVersion === 'number' && Number.isInteger(rawVersion) && rawVersion >= 0 ? rawVersion : 0;
  let current = { ...stored };
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (step) current = step(current);
    version++;
  }
  current[VERSION_KEY] = Math.max(version, SETTINGS_VERSION);
  return current;
}

/** "a, b\nc" -> ["a", "b", "c"]: how list fields are typed in the options page and in older versions. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export interface ValidateOptions {
  /** Report keys this schema does not know (imports), rather than ignoring them (storage reads). */
  reportUnknownKeys?: boolean;
}

/**
 * Structural repair: every key of the result has the right type; a missing or mistyped value takes
 * its default and is listed in `problems`, and so does a link (termsUrl, privacyUrl) that is not a
 * safe https address (rules/link-safety.ts). Never throws, whatever `raw` is.
 */
export function validateSettings(
  raw: unknown,
  options: ValidateOptions = {},
): { settings: ExtensionSettings; problems: SettingsProblem[] } {
  const settings = defaultSettings();
  if (!isPlainObject(raw)) {
    return {
      settings,
      problems: raw === undefined ? [] : [{ key: '', message: 'Settings must be a JSON object.' }],
    };
  }
  const firmPart: Record<string, unknown> = {};
  const problems: SettingsProblem[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (key === VERSION_KEY) continue;
    if (Object.hasOwn(EXTENSION_ONLY_DEFAULTS, key)) {
      if (key === 'privacyUrl') {
        if (typeof value === 'string') settings.privacyUrl = value;
        else problems.push({ key, message: `"${key}" must be a string.` });
      } else if (isStringArray(value)) {
        (settings as unknown as Record<string, unknown>)[key] = [...value];
      } else {
        problems.push({ key, message: `"${key}" must be a list of strings.` });
      }
      continue;
    }
    if (isSettingKey(key) || options.reportUnknownKeys) firmPart[key] = value;
  }
  const firm = validateFirmSettings(firmPart);
  for (const problem of firm.problems) problems.push(problem);
  for (const key of Object.keys(DEFAULT_FIRM_SETTINGS) as (keyof FirmSettings)[]) {
    if (Object.hasOwn(firmPart, key)) (settings as unknown as Record<string, unknown>)[key] = firm.settings[key];
  }
  // A link reaches the popup and client messages: one that is not a safe https address (a
  // javascript: or data: URL, say) is refused on every read, from storage and policy alike.
  for (const [key, label] of LINK_SETTINGS) {
    if (!Object.hasOwn(raw, key) || problems.some((problem) => problem.key === key)) continue;
    const problem = linkUrlProblem(settings[key], label);
    if (problem === undefined) continue;
    problems.push({ key, message: problem });
    settings[key] = '';
  }
  return { settings, problems };
}

/** The settings that hold a link, with what checkField calls them. */
const LINK_SETTINGS: readonly (readonly ['termsUrl' | 'privacyUrl', string])[] = [
  ['termsUrl', 'terms page'],
  ['privacyUrl', 'privacy page'],
];

// ---------------------------------------------------------------------------------------------
// Field checks: what the options page shows beside a field, and what blocks saving.

// The link check lives in the rules library (rules/link-safety.ts), so the terms-link rule, the CLI,
// the popup and the content script use the very same one.
export { normalizeHostname };
export type UrlCheckOptions = LinkCheckOptions;

export function checkHttpsUrl(value: string, options: UrlCheckOptions): FieldCheck {
  return checkLinkUrl(value, options);
}

/*
 * The list checks drop repeats with a Set, keeping the first of each in order: testing each item
 * against the list so far made an import of 80,000 terms take 7 s (a 5 MB file froze the options
 * page for minutes).
 */

function checkDomainList(values: readonly string[]): FieldCheck {
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

function checkPatternList(values: readonly string[]): FieldCheck {
  const result = new Set<string>();
  for (const item of values) {
    const { pattern, error } = normalizeSitePattern(item);
    if (!pattern) return { value: values, error };
    result.add(pattern);
  }
  return { value: [...result] };
}

function checkWordList(values: readonly string[], label: string, singleWord: boolean): FieldCheck {
  const result = new Set<string>();
  for (const item of values) {
    const word = item.trim();
    if (word === '') continue;
    if (word.length > 100) return { value: values, error: `"${word.slice(0, 20)}…" is too long for ${label}.` };
    if (singleWord && /\s/.test(word)) return { value: values, error: `"${word}": enter one ${label} per line.` };
    result.add(word);
  }
  return { value: [...result] };
}

/**
 * Checks one field's value (already of the right type) and returns it normalized (domains lower
 * case, phone numbers E.164, sites as match patterns). `settings` supplies the other fields a
 * check depends on (the terms URL is compared with the firm domains).
 */
export function checkField(key: SettingKey, value: unknown, settings: ExtensionSettings): FieldCheck {
  switch (key) {
    case 'firmName': {
      const name = String(value).trim();
      if (name.length > 100) return { value: name, error: 'The firm name is too long (100 characters at most).' };
      return { value: name };
    }
    case 'termsUrl':
      return checkHttpsUrl(String(value), {
        firmDomains: settings.firmDomains,
        wantFirmDomain: true,
        label: 'terms page',
      });
    case 'privacyUrl':
      return checkHttpsUrl(String(value), {
        firmDomains: settings.firmDomains,
        wantFirmDomain: false,
        label: 'privacy page',
      });
    case 'firmDomains':
    case 'approvedDomains':
      return checkDomainList(value as string[]);
    case 'firmPhoneNumbers':
      return checkPhoneList(value as string[]);
    case 'portalSites':
      return checkPatternList(value as string[]);
    case 'firmNameAliases':
      return checkWordList(value as string[], 'firm names', false);
    case 'allowedTerms':
      return checkWordList(value as string[], 'allowed terms', false);
    case 'acronyms':
      return checkWordList(value as string[], 'acronym', true);
    case 'firmDictionary':
      return checkWordList(value as string[], 'word', true);
    case 'language':
      return value === 'auto' || value === 'en' || value === 'es'
        ? { value }
        : { value, error: 'Choose "Detect per message", "English" or "Spanish".' };
    case 'smartEncoding':
    case 'ruleSeverity':
      return { value };
  }
}

/**
 * Everything that must hold before settings are written or imported: structure, then each field.
 * Returns the normalized settings and the problems (none means it may be saved) and warnings.
 */
export function checkSettings(
  raw: unknown,
  options: ValidateOptions = {},
): { settings: ExtensionSettings; problems: SettingsProblem[]; warnings: SettingsProblem[] } {
  const { settings, problems } = validateSettings(raw, options);
  const warnings: SettingsProblem[] = [];
  const present = isPlainObject(raw) ? raw : {};
  // Firm domains first: the terms URL check reads them.
  const ordered = [...SETTING_KEYS].sort((a, b) => (a === 'firmDomains' ? -1 : b === 'firmDomains' ? 1 : 0));
  for (const key of ordered) {
    if (!Object.hasOwn(present, key) || problems.some((problem) => problem.key === key)) continue;
    const check = checkField(key, settings[key], settings);
    if (check.error) problems.push({ key, message: check.error });
    else (settings as unknown as Record<string, unknown>)[key] = check.value;
    if (check.warning) warnings.push({ key, message: check.warning });
  }
  return { settings, problems, warnings };
}

// ---------------------------------------------------------------------------------------------
// Sites

export interface UserState {
  /** Origins ("https://portal.example.com") the user turned the checker on for, from the popup. */
  enabledSites: string[];
}

export function defaultUserState(): UserState {
  return { enabledSites: [] };
}

export function validateUserState(raw: unknown): UserState {
  if (!isPlainObject(raw) || !isStringArray(raw.enabledSites)) return defaultUserState();
  const enabledSites = new Set<string>();
  for (const site of raw.enabledSites) {
    const origin = originOf(site);
    if (origin) enabledSites.add(origin);
  }
  return { enabledSites: [...enabledSites] };
}

/**
 * The bundled demo portal is always checked, in the test build only (`vite build --mode test`,
 * which `npm start` and the e2e suites load; Vitest runs in mode "test" too). The shipped build
 * treats http://localhost like any other site: a firm's own tools often run there.
 */
// `?.`: scripts run by tsx and Playwright import this file without Vite, where import.meta.env is undefined.
export const ALWAYS_ENABLED_PATTERNS: readonly string[] =
  import.meta.env?.MODE === 'test' ? ['http://localhost/*'] : [];

export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.origin;
  } catch {
    return undefined;
  }
}

/** The match pattern that covers one origin: "https://a.example.com" -> "https://a.example.com/*". */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** Chrome's match-pattern semantics for the schemes we use; a port in the pattern must match, none means any. */
export function matchesPattern(pattern: string, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (pattern === '<all_urls>') return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  const match = /^([^:]+):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!match) return false;
  const scheme = match[1] ?? '';
  const hostPart = match[2] ?? '';
  const path = match[3] ?? '/*';
  const urlScheme = parsed.protocol.slice(0, -1);
  if (scheme === '*' ? urlScheme !== 'http' && urlScheme !== 'https' : scheme !== urlScheme) return false;
  const [host = '', port] = hostPart.split(':');
  if (port !== undefined && port !== '*' && port !== parsed.port) return false;
  const urlHost = parsed.hostname;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (urlHost !== base && !urlHost.endsWith(`.${base}`)) return false;
    } else if (host !== urlHost) return false;
  }
  const pathRegex = new RegExp(`^${path.split('*').map(escapeRegex).join('.*')}$`);
  return pathRegex.test(parsed.pathname + parsed.search);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type SiteEnabledBy = 'demo' | 'portalSites' | 'user' | null;

/** Why the checker runs on `url`, or null when it does not. */
export function siteEnabledBy(url: string, settings: ExtensionSettings, user: UserState): SiteEnabledBy {
  if (ALWAYS_ENABLED_PATTERNS.some((pattern) => matchesPattern(pattern, url))) return 'demo';
  if (settings.portalSites.some((pattern) => matchesPattern(pattern, url))) return 'portalSites';
  const origin = originOf(url);
  if (origin && user.enabledSites.includes(origin)) return 'user';
  return null;
}

export function siteIsEnabled(url: string, settings: ExtensionSettings, user: UserState): boolean {
  return siteEnabledBy(url, settings, user) !== null;
}

/** The match patterns content scripts should be registered for (before filtering by granted permission). */
export function enabledPatterns(settings: ExtensionSettings, user: UserState): string[] {
  const patterns = [...settings.portalSites, ...user.enabledSites.map(originPattern)];
  return [...new Set(patterns)];
}
