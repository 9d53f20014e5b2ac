import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FIRM_SETTINGS,
  defaultSettings,
  FIRM_SETTING_KEYS,
  firmSettingsOf,
  isFirmSettingKey,
  isListKey,
  isSettingKey,
  SETTING_KEYS,
  SETTINGS,
  settingSpec,
  withDefaults,
} from './settings';

describe('the settings table', () => {
  it('types the firm settings as its firm-scope entries, the template settings among them', () => {
    expect(Object.keys(DEFAULT_FIRM_SETTINGS).sort()).toEqual([...FIRM_SETTING_KEYS].sort());
    expect(FIRM_SETTING_KEYS).toContain('placeholderLength');
    expect(FIRM_SETTING_KEYS).toContain('termsPlaceholder');
    expect(FIRM_SETTING_KEYS).toContain('firmDictionary');
    expect(SETTING_KEYS.filter((key) => !isFirmSettingKey(key))).toEqual(['privacyUrl', 'portalSites']);
  });

  it('gives every setting its default', () => {
    expect(defaultSettings()).toEqual({
      firmName: '',
      firmNameAliases: [],
      termsUrl: '',
      privacyUrl: '',
      firmDomains: [],
      approvedDomains: [],
      firmPhoneNumbers: [],
      portalSites: [],
      allowedTerms: [],
      acronyms: [],
      firmDictionary: [],
      smartEncoding: false,
      language: 'auto',
      placeholderLength: 12,
      termsPlaceholder: '',
      ruleSeverity: {},
    });
  });

  it('hands out fresh lists and objects, so no caller changes another default', () => {
    const first = defaultSettings();
    first.firmDomains.push('hd.law');
    first.ruleSeverity.emoji = 'off';
    expect(defaultSettings().firmDomains).toEqual([]);
    expect(defaultSettings().ruleSeverity).toEqual({});
    expect(Object.isFrozen(DEFAULT_FIRM_SETTINGS)).toBe(true);
  });

  it('withDefaults fills missing and undefined fields and keeps the given lists', () => {
    const domains = ['hd.law'];
    const settings = withDefaults({ firmDomains: domains, termsUrl: undefined, placeholderLength: 20 });
    expect(settings.firmDomains).toBe(domains);
    expect(settings.termsUrl).toBe('');
    expect(settings.placeholderLength).toBe(20);
    expect(settings.acronyms).toEqual([]);
    expect(Object.keys(settings).sort()).toEqual([...FIRM_SETTING_KEYS].sort());
  });

  it("firmSettingsOf passes the rules every firm setting and none of the extension's own", () => {
    const firm = firmSettingsOf({
      ...defaultSettings(),
      privacyUrl: 'https://hd.law/privacy',
      portalSites: ['https://portal.hd.law/*'],
      placeholderLength: 30,
      termsPlaceholder: '{{firm.terms_url}}',
      firmDictionary: ['Okonkwo'],
    });
    expect(firm).not.toHaveProperty('privacyUrl');
    expect(firm).not.toHaveProperty('portalSites');
    expect(firm).toMatchObject({
      placeholderLength: 30,
      termsPlaceholder: '{{firm.terms_url}}',
      firmDictionary: ['Okonkwo'],
    });
  });

  it('knows its keys, own properties only', () => {
    expect(isSettingKey('firmName')).toBe(true);
    expect(isSettingKey('constructor')).toBe(false);
    expect(isSettingKey('__proto__')).toBe(false);
    expect(isListKey('firmDictionary')).toBe(true);
    expect(isListKey('firmName')).toBe(false);
    expect(isListKey('nope')).toBe(false);
  });

  it.each(SETTING_KEYS)('%s: its entry is complete and consistent', (key) => {
    const spec = settingSpec(key);
    expect(spec.label.length, 'label').toBeGreaterThan(0);
    expect(spec.help.length, 'help').toBeGreaterThan(0);
    expect(spec.meaning.length, 'meaning').toBeGreaterThan(0);
    expect(spec.noun, 'noun').toMatch(/^the /);
    // Every setting but ruleSeverity (its own table) has a field in the options page.
    expect(spec.form === undefined, 'form').toBe(key === 'ruleSeverity');
    if (spec.kind === 'choice') expect(spec.choices.map(([value]) => value)).toContain(spec.default);
    if (spec.kind === 'integer') {
      expect(spec.default).toBeGreaterThanOrEqual(spec.min);
      expect(spec.default).toBeLessThanOrEqual(spec.max);
    }
    if (spec.kind === 'list') expect(spec.entries).toHaveLength(2);
    if (spec.check?.kind === 'https-url' || spec.check?.kind === 'name' || spec.check?.kind === 'merge-field') {
      expect(spec.kind).toBe('string');
    }
    if (spec.check?.kind.endsWith('-list')) expect(spec.kind).toBe('list');
  });

  it('labels every setting differently (the options page finds fields by label)', () => {
    const labels = SETTING_KEYS.map((key) => SETTINGS[key].label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
