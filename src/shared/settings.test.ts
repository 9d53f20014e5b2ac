import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('./browser', () => ({ browser: {} }));

import { workGrowth } from '../rules/testing/work-counter';
import {
  checkSettings,
  defaultSettings,
  exportSettings,
  importSettings,
  type LoadedSettings,
  loadSettings,
  loadUserState,
  MANAGED_ARRIVED_KEY,
  MANAGED_READ_TIMEOUT_MS,
  matchesPattern,
  migrateSettings,
  normalizeHostname,
  normalizeSitePattern,
  onSettingsChanged,
  relayLateManagedSettings,
  resetSettings,
  SETTINGS_VERSION,
  type SettingsStorage,
  saveSettings,
  setSettingsStorage,
  setSiteEnabled,
  siteEnabledBy,
  siteIsEnabled,
  validateSettings,
} from './settings';

type Listener = (changes: Record<string, unknown>, areaName: string) => void;

function memoryArea(name: string, listeners: Set<Listener>, initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    async get(keys?: null | string | string[]) {
      if (keys === null || keys === undefined) return structuredClone(data);
      const wanted = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((key) => key in data).map((key) => [key, structuredClone(data[key])]));
    },
    async set(items: Record<string, unknown>) {
      Object.assign(data, structuredClone(items));
      for (const listener of listeners) listener(items, name);
    },
    async remove(keys: string | string[]) {
      for (const key of typeof keys === 'string' ? [keys] : keys) delete data[key];
      for (const listener of listeners) listener({}, name);
    },
  };
}

let listeners: Set<Listener>;
let sync: ReturnType<typeof memoryArea>;
let local: ReturnType<typeof memoryArea>;
let managed: Record<string, unknown> | Error;
/** While set, managed reads wait for it: Chromium's policy store still starting. */
let managedStarting: Promise<void> | null;
let managedReads: number;

function install(initialSync: Record<string, unknown> = {}) {
  listeners = new Set();
  sync = memoryArea('sync', listeners, initialSync);
  local = memoryArea('local', listeners);
  const storage: SettingsStorage = {
    sync,
    local,
    managed: {
      async get() {
        managedReads += 1;
        if (managedStarting) await managedStarting;
        if (managed instanceof Error) throw managed;
        return structuredClone(managed);
      },
    },
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  setSettingsStorage(storage);
}

beforeEach(() => {
  managed = {};
  managedStarting = null;
  managedReads = 0;
  install();
});

describe('validateSettings (read repair)', () => {
  it('returns defaults for nothing stored, without problems', () => {
    expect(validateSettings(undefined)).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it('repairs every mistyped field from defaults and never throws', () => {
    for (const raw of [null, 42, 'x', [], { firmName: 7, firmDomains: 'a.com', portalSites: [1], ruleSeverity: [] }]) {
      const { settings } = validateSettings(raw);
      expect(settings).toEqual(defaultSettings());
    }
    const { settings, problems } = validateSettings({ firmName: 'Hartwell & Diaz', termsUrl: 5, privacyUrl: null });
    expect(settings.firmName).toBe('Hartwell & Diaz');
    expect(settings.termsUrl).toBe('');
    expect(problems.map((p) => p.key).sort()).toEqual(['privacyUrl', 'termsUrl']);
  });

  it('keeps valid rule severities and drops unknown rules', () => {
    const { settings, problems } = validateSettings({
      ruleSeverity: { emoji: 'off', nope: 'error', 'all-caps': 'loud' },
    });
    expect(settings.ruleSeverity).toEqual({ emoji: 'off' });
    expect(problems).toHaveLength(2);
  });

  it('ignores unknown keys on read but reports them for imports', () => {
    expect(validateSettings({ colour: 'red' }).problems).toEqual([]);
    expect(validateSettings({ firmNmae: 'x' }, { reportUnknownKeys: true }).problems[0]?.message).toMatch(/firmName/);
  });
});

describe('migrations', () => {
  it('upgrades the unversioned single-object format with comma lists', () => {
    const migrated = migrateSettings({ settings: { firmName: 'HD', firmDomains: 'hd.law, hartwelldiaz.com' } });
    expect(migrated).toEqual({
      firmName: 'HD',
      firmDomains: ['hd.law', 'hartwelldiaz.com'],
      settingsVersion: SETTINGS_VERSION,
    });
  });

  it('loads an old stored value through the migration', async () => {
    install({ settings: { termsUrl: 'https://hd.law/sms', acronyms: 'LLC\nDUI' } });
    const { settings } = await loadSettings();
    expect(settings.termsUrl).toBe('https://hd.law/sms');
    expect(settings.acronyms).toEqual(['LLC', 'DUI']);
  });

  it('reads a corrupt stored value as defaults', async () => {
    install({ firmDomains: { broken: true }, settingsVersion: 'x', firmName: ['x'] });
    const { settings } = await loadSettings();
    expect(settings).toEqual(defaultSettings());
  });
});

describe('field checks', () => {
  it('normalizes host names and refuses non-hosts', () => {
    expect(normalizeHostname('HTTPS://Www.HartwellDiaz.com/about')).toBe('www.hartwelldiaz.com');
    expect(normalizeHostname('hartwelldiaz.com.')).toBe('hartwelldiaz.com');
    expect(normalizeHostname('bücher.de')).toBe('xn--bcher-kva.de');
    for (const bad of ['hartwell diaz', 'localhost', '-a.com', '1.2.3.4', '', 'a..com']) {
      expect(normalizeHostname(bad), bad).toBeUndefined();
    }
  });

  it('turns typed sites into match patterns', () => {
    expect(normalizeSitePattern('portal.hd.law').pattern).toBe('https://portal.hd.law/*');
    expect(normalizeSitePattern('https://portal.hd.law').pattern).toBe('https://portal.hd.law/*');
    expect(normalizeSitePattern('https://*.hd.law/*').pattern).toBe('https://*.hd.law/*');
    expect(normalizeSitePattern('http://localhost:8080/app/*').pattern).toBe('http://localhost:8080/app/*');
    for (const bad of ['<all_urls>', 'ftp://x.com/*', 'https://a*.hd.law/*', 'https://*/*', 'not a site']) {
      expect(normalizeSitePattern(bad).error, bad).toBeTruthy();
    }
  });

  it('matches URLs like Chrome match patterns', () => {
    expect(matchesPattern('https://*.hd.law/*', 'https://portal.hd.law/x?y=1')).toBe(true);
    expect(matchesPattern('https://*.hd.law/*', 'https://hd.law/')).toBe(true);
    expect(matchesPattern('https://*.hd.law/*', 'https://evilhd.law/')).toBe(false);
    expect(matchesPattern('https://portal.hd.law/*', 'http://portal.hd.law/')).toBe(false);
    expect(matchesPattern('*://portal.hd.law/app/*', 'http://portal.hd.law/app/1')).toBe(true);
    expect(matchesPattern('*://portal.hd.law/app/*', 'http://portal.hd.law/other')).toBe(false);
    expect(matchesPattern('http://localhost/*', 'http://localhost:4173/portal.html')).toBe(true);
  });

  it('drops repeated list entries, keeping the first of each in order', () => {
    const { settings, problems } = checkSettings({
      firmDictionary: ['Alvarez', 'Okafor', 'Alvarez', ' Okafor ', 'Brandt'],
      firmDomains: ['HD.law', 'hd.law', 'www.hd.law'],
      firmPhoneNumbers: ['(415) 555-0134', '+1 415 555 0134', '415.555.0199'],
      portalSites: ['portal.hd.law', 'https://portal.hd.law/*'],
    });
    expect(problems).toEqual([]);
    expect(settings.firmDictionary).toEqual(['Alvarez', 'Okafor', 'Brandt']);
    expect(settings.firmDomains).toEqual(['hd.law', 'www.hd.law']);
    expect(settings.firmPhoneNumbers).toEqual(['+14155550134', '+14155550199']);
    expect(settings.portalSites).toEqual(['https://portal.hd.law/*']);
  });

  it('checks a long imported list in linear work', () => {
    // Work counted, not timed: ten times the terms must cost about ten times the work (it was quadratic: 80,000 terms took 7 s).
    const words = (count: number): string[] =>
      Array.from({ length: count }, (_, index) => `term${index % (count / 2)}`);
    const growth = workGrowth(words, (list) => checkSettings({ firmDictionary: list, allowedTerms: list }), 2_000);
    expect(growth).toBeLessThan(15);
    expect(checkSettings({ firmDictionary: words(80_000) }).settings.firmDictionary).toHaveLength(40_000);
  });
});

describe('saveSettings', () => {
  it('saves normalized values and reads them back', async () => {
    const result = await saveSettings({
      firmDomains: ['HartwellDiaz.com'],
      termsUrl: 'https://hartwelldiaz.com/sms-terms',
      firmPhoneNumbers: ['(415) 555-0134'],
      portalSites: ['portal.hartwelldiaz.com'],
    });
    expect(result.problems).toEqual([]);
    const { settings } = await loadSettings();
    expect(settings.firmDomains).toEqual(['hartwelldiaz.com']);
    expect(settings.firmPhoneNumbers).toEqual(['+14155550134']);
    expect(settings.portalSites).toEqual(['https://portal.hartwelldiaz.com/*']);
    expect(sync.data.settingsVersion).toBe(SETTINGS_VERSION);
  });

  it.each([
    ['termsUrl', 'http://hartwelldiaz.com/terms', /https/],
    ['termsUrl', 'hartwelldiaz terms', /full address/],
    ['termsUrl', 'https://bit.ly/3abc', /shortener/],
    ['privacyUrl', 'https://tinyurl.com/x', /shortener/],
    ['firmDomains', ['hartwell diaz'], /not a domain/],
    ['approvedDomains', ['https://'], /not a domain/],
    ['firmPhoneNumbers', ['call me'], /not a phone number/],
    ['portalSites', ['ftp://portal.hd.law'], /https/],
    ['acronyms', ['A B'], /one acronym per line/],
  ])('refuses %s = %j and writes nothing', async (key, value, message) => {
    await saveSettings({ firmName: 'Before' });
    const result = await saveSettings({ firmName: 'After', [key]: value });
    expect(result.problems.map((p) => p.key)).toEqual([key]);
    expect(result.problems[0]?.message).toMatch(message);
    expect((await loadSettings()).settings.firmName).toBe('Before');
  });

  it('warns (but saves) a terms URL off the firm domains', async () => {
    await saveSettings({ firmDomains: ['hartwelldiaz.com'] });
    const result = await saveSettings({ termsUrl: 'https://example.org/terms' });
    expect(result.problems).toEqual([]);
    expect(result.warnings[0]?.message).toMatch(/not one of your firm domains/);
  });
});

describe('enterprise policy (storage.managed)', () => {
  it('wins over sync and locks the key', async () => {
    await saveSettings({ termsUrl: 'https://hd.law/mine', firmName: 'HD' });
    managed = { termsUrl: 'https://hd.law/policy' };
    const { settings, locked } = await loadSettings();
    expect(settings.termsUrl).toBe('https://hd.law/policy');
    expect(settings.firmName).toBe('HD');
    expect(locked).toEqual(['termsUrl']);
  });

  it('refuses to write a locked key', async () => {
    managed = { termsUrl: 'https://hd.law/policy' };
    const result = await saveSettings({ termsUrl: 'https://hd.law/mine' });
    expect(result.problems[0]?.message).toMatch(/organization/);
    expect(sync.data.termsUrl).toBeUndefined();
  });

  it('checks policy values as a save does: normalized when valid, refused and reported when not', async () => {
    managed = {
      placeholderLength: 30,
      termsPlaceholder: '{{firm.terms_url}}',
      firmPhoneNumbers: ['(415) 555-0134'],
      approvedDomains: ['efile courts gov'],
    };
    const { settings, locked, policyProblems } = await loadSettings();
    expect(settings).toMatchObject({
      placeholderLength: 30,
      termsPlaceholder: '{{firm.terms_url}}',
      firmPhoneNumbers: ['+14155550134'],
      approvedDomains: [],
    });
    expect(locked).toEqual(['firmPhoneNumbers', 'placeholderLength', 'termsPlaceholder']);
    expect(policyProblems).toEqual([{ key: 'approvedDomains', message: expect.stringMatching(/not a domain name/) }]);
  });

  it('ignores a mistyped policy value and survives a managed area that throws', async () => {
    managed = { firmDomains: 'hd.law', unknown: 1 };
    expect((await loadSettings()).locked).toEqual([]);
    managed = new Error('Managed storage manifest not found');
    expect((await loadSettings()).settings).toEqual(defaultSettings());
  });
});

describe('a policy store that is slow to start (storage.managed not answering)', () => {
  afterEach(() => vi.useRealTimers());

  it('settings load without policy after the timeout, and policy values that arrive later reach listeners and lock', async () => {
    vi.useFakeTimers();
    await saveSettings({ termsUrl: 'https://hd.law/mine', firmName: 'HD' });
    managedReads = 0;
    let policyReady = () => {};
    managedStarting = new Promise<void>((resolve) => {
      policyReady = resolve;
    });
    managed = { termsUrl: 'https://hd.law/policy' };
    const changes: LoadedSettings[] = [];
    const stop = onSettingsChanged((loaded) => changes.push(loaded));
    const stopRelay = relayLateManagedSettings();

    const first = loadSettings();
    const second = loadSettings();
    await vi.advanceTimersByTimeAsync(MANAGED_READ_TIMEOUT_MS);
    for (const loaded of [await first, await second]) {
      expect(loaded.settings.termsUrl).toBe('https://hd.law/mine');
      expect(loaded.locked).toEqual([]);
    }
    // One read shared while the store starts, not one per caller; once it has been waited out,
    // later loads do not wait for it again.
    expect(managedReads).toBe(1);
    const third = loadSettings();
    await vi.advanceTimersByTimeAsync(0);
    expect((await third).locked).toEqual([]);
    expect(managedReads).toBe(1);

    policyReady();
    await vi.advanceTimersByTimeAsync(0);
    // Listeners reload (the relay's storage.local write is a change too): every reload has the policy.
    expect(changes.length).toBeGreaterThan(0);
    for (const loaded of changes) {
      expect(loaded.settings.termsUrl).toBe('https://hd.law/policy');
      expect(loaded.locked).toEqual(['termsUrl']);
    }
    // The background touches storage.local so content scripts ask for their settings again.
    expect(typeof local.data[MANAGED_ARRIVED_KEY]).toBe('number');
    expect((await loadSettings()).locked).toEqual(['termsUrl']);
    stop();
    stopRelay();
  });

  it('a late answer without policy values changes nothing and tells no one', async () => {
    vi.useFakeTimers();
    let policyReady = () => {};
    managedStarting = new Promise<void>((resolve) => {
      policyReady = resolve;
    });
    const changes: LoadedSettings[] = [];
    const stop = onSettingsChanged((loaded) => changes.push(loaded));
    const stopRelay = relayLateManagedSettings();
    const loading = loadSettings();
    await vi.advanceTimersByTimeAsync(MANAGED_READ_TIMEOUT_MS);
    expect((await loading).settings).toEqual(defaultSettings());
    policyReady();
    await vi.advanceTimersByTimeAsync(0);
    expect(changes).toEqual([]);
    expect(local.data[MANAGED_ARRIVED_KEY]).toBeUndefined();
    stop();
    stopRelay();
  });
});

describe('import, export, reset', () => {
  it('round-trips an export', async () => {
    await saveSettings({ firmName: 'Hartwell & Diaz', firmDomains: ['hd.law'], ruleSeverity: { emoji: 'off' } });
    const text = exportSettings((await loadSettings()).settings);
    await resetSettings();
    expect((await loadSettings()).settings).toEqual(defaultSettings());
    expect(await importSettings(text)).toMatchObject({ imported: true, problems: [] });
    expect((await loadSettings()).settings.ruleSeverity).toEqual({ emoji: 'off' });
  });

  it('lists every problem of a bad file and changes nothing', async () => {
    await saveSettings({ firmName: 'Kept' });
    const before = structuredClone(sync.data);
    const result = await importSettings(
      JSON.stringify({ firmName: 'New', termsUrl: 'http://x.com', firmDomains: 'x', colour: 1 }),
    );
    expect(result.imported).toBe(false);
    expect(result.problems.map((p) => p.key).sort()).toEqual(['colour', 'firmDomains', 'termsUrl']);
    expect(sync.data).toEqual(before);
    expect((await importSettings('{ not json')).problems[0]?.message).toMatch(/not valid JSON/);
    expect((await importSettings('[]')).problems).toHaveLength(1);
    expect((await importSettings('{"settingsVersion": 99}')).problems[0]?.message).toMatch(/newer version/);
  });
});

describe('change notifications and user state', () => {
  it('calls back with fresh settings on a sync change, until unsubscribed', async () => {
    const seen: string[] = [];
    const stop = onSettingsChanged((loaded) => seen.push(loaded.settings.firmName));
    await saveSettings({ firmName: 'One' });
    await vi.waitFor(() => expect(seen).toEqual(['One']));
    stop();
    await saveSettings({ firmName: 'Two' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual(['One']);
  });

  it('remembers the sites the user enabled', async () => {
    await setSiteEnabled('https://portal.example.com', true);
    await setSiteEnabled('https://other.example.com', true);
    await setSiteEnabled('https://other.example.com', false);
    const user = await loadUserState();
    expect(user.enabledSites).toEqual(['https://portal.example.com']);
    const settings = { ...defaultSettings(), portalSites: ['https://*.hd.law/*'] };
    expect(siteEnabledBy('https://portal.example.com/inbox', settings, user)).toBe('user');
    expect(siteEnabledBy('https://app.hd.law/', settings, user)).toBe('portalSites');
    expect(siteEnabledBy('http://localhost:5173/portal.html', settings, user)).toBe('demo');
    expect(siteIsEnabled('https://elsewhere.com/', settings, user)).toBe(false);
  });

  it('repairs a corrupt user state', async () => {
    await local.set({ userState: { enabledSites: ['nonsense', 'https://a.example.com/path'] } });
    expect(await loadUserState()).toEqual({ enabledSites: ['https://a.example.com'] });
  });
});

describe('public/managed_schema.json', () => {
  it('declares every setting with its JSON type, and nothing else', async () => {
    const { readFileSync } = await import('node:fs');
    const schema = JSON.parse(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8')) as {
      type: string;
      additionalProperties?: unknown;
      properties: Record<string, { type: string; items?: { type: string } }>;
    };
    expect(schema.type).toBe('object');
    // Chrome refuses a top-level additionalProperties.
    expect(schema.additionalProperties).toBeUndefined();
    const defaults: Record<string, unknown> = { ...defaultSettings() };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(defaults).sort());
    for (const [key, value] of Object.entries(defaults)) {
      const declared = schema.properties[key];
      // JSON Schema's "integer" for a whole-number setting (placeholderLength).
      const jsonType = Number.isInteger(value) ? 'integer' : typeof value;
      const expected = Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object' : jsonType;
      expect(declared?.type, key).toBe(expected);
      if (Array.isArray(value)) expect(declared?.items?.type, key).toBe('string');
    }
  });
});
