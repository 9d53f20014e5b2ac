/**
 * The extension's side of the settings: the stored format's version and migrations, and the
 * validator's presets for storage. The settings themselves (types, defaults, the one validator,
 * the field checks) are the rules library's settings table (src/rules/settings.ts), re-exported
 * here for the extension's modules. No browser API here (settings.ts adds storage), so all of it
 * runs in unit tests.
 */
import {
  type ExtensionSettings,
  isListKey,
  isPlainObject,
  isSameOrSubdomain,
  isStringArray,
  type SettingsProblem,
  type SettingsValidation,
  type ValidateOptions,
  validateSettings,
} from '../rules';

export {
  checkField,
  defaultSettings,
  type ExtensionSettings,
  type FieldCheck,
  firmSettingsOf,
  isListKey,
  isSettingKey,
  normalizeHostname,
  normalizeSitePattern,
  SETTING_KEYS,
  SETTINGS,
  type SettingKey,
  type SettingSpec,
  type SettingsProblem,
  type SettingValue,
  settingSpec,
  settingsFromValues,
  validateSettings,
} from '../rules';

/** Bumped whenever the stored shape changes; MIGRATIONS upgrades older values step by step. */
export const SETTINGS_VERSION = 1;
/** The storage.sync key holding the version the other keys are written in. */
export const VERSION_KEY = 'settingsVersion';

/**
 * Upgrades a stored value to SETTINGS_VERSION. Index n upgrades version n to n + 1.
 * Version 0 (no version key) is what the 0.0.x previews wrote: the whole object under one
 * "settings" key, and lists as comma- or newline-separated strings.
 */
const MIGRATIONS: readonly ((stored: Record<string, unknown>) => Record<string, unknown>)[] = [
  (stored) => {
    const flattened = isPlainObject(stored.settings) ? { ...stored.settings, ...stored } : { ...stored };
    delete flattened.settings;
    for (const [key, value] of Object.entries(flattened)) {
      if (isListKey(key) && typeof value === 'string') flattened[key] = splitList(value);
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

/**
 * Stored values (storage.sync, after migrateSettings) as the extension uses them: each key of its
 * type and links safe (a missing or mistyped value takes its default and is listed in
 * `problems`); the other field checks ran when they were written. Never throws.
 */
export function readStoredSettings(raw: unknown): SettingsValidation<ExtensionSettings> {
  return validateSettings(raw, { checks: 'types', ignoreKeys: [VERSION_KEY] });
}

/**
 * Everything that must hold before settings are written or imported, or used from enterprise
 * policy: structure, then each field. Returns the normalized settings, the problems (none means
 * it may be saved) and the warnings.
 */
export function checkSettings(
  raw: unknown,
  options: Pick<ValidateOptions, 'reportUnknownKeys'> = {},
): { settings: ExtensionSettings; problems: SettingsProblem[]; warnings: SettingsProblem[] } {
  const { settings, problems, warnings = [] } = validateSettings(raw, { ...options, ignoreKeys: [VERSION_KEY] });
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
      if (!isSameOrSubdomain(urlHost, base)) return false;
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
