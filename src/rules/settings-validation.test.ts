import { describe, expect, it } from 'vitest';
import { DEFAULT_FIRM_SETTINGS } from './settings';
import { checkField, closestName, validateSettings } from './settings-validation';

/** The validator's types pass over a firm settings file, as the CLI reads one (its field checks have tests of their own). */
function validateFirmSettings(value: unknown) {
  return validateSettings(value, { scope: 'firm', reportUnknownKeys: true, checks: 'types' });
}

describe('validateSettings: the JSON types of a firm settings file', () => {
  it('accepts a complete, well-typed settings object', () => {
    const input = {
      firmName: 'Hartwell & Diaz',
      firmNameAliases: ['Hartwell Diaz LLP', 'HD Law'],
      firmDomains: ['hartwelldiaz.com'],
      approvedDomains: ['efile.courts.ca.gov'],
      termsUrl: 'https://hartwelldiaz.com/sms-terms',
      firmPhoneNumbers: ['(415) 555-0134'],
      allowedTerms: ['debt relief petition'],
      acronyms: ['CPS'],
      firmDictionary: ['Okonkwo', 'Alvarez'],
      ruleSeverity: { emoji: 'off', 'all-caps': 'info' },
      smartEncoding: true,
      language: 'es',
      placeholderLength: 20,
      termsPlaceholder: '{{firm.terms_url}}',
    };
    const { settings, problems } = validateFirmSettings(input);
    expect(problems).toEqual([]);
    expect(settings).toEqual(input);
  });

  it.each([
    [{ language: 'fr' }, 'language'],
    [{ placeholderLength: 0 }, 'placeholderLength'],
    [{ placeholderLength: 12.5 }, 'placeholderLength'],
    [{ placeholderLength: '12' }, 'placeholderLength'],
  ])('refuses %j, naming %s', (input, key) => {
    const { settings, problems } = validateFirmSettings(input);
    expect(problems.map((problem) => problem.key)).toEqual([key]);
    expect(settings).toEqual(DEFAULT_FIRM_SETTINGS);
  });

  it('fills missing keys with the defaults', () => {
    const { settings, problems } = validateFirmSettings({ firmName: 'Hartwell & Diaz' });
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_FIRM_SETTINGS, firmName: 'Hartwell & Diaz' });
  });

  it('does not share arrays or ruleSeverity with the frozen defaults or the input', () => {
    const input = { firmDomains: ['hartwelldiaz.com'] };
    const { settings } = validateFirmSettings(input);
    settings.firmDomains.push('other.com');
    settings.ruleSeverity.emoji = 'off';
    expect(input.firmDomains).toEqual(['hartwelldiaz.com']);
    expect(DEFAULT_FIRM_SETTINGS.ruleSeverity).toEqual({});
  });

  it('names a wrongly typed array setting', () => {
    const { settings, problems } = validateFirmSettings({ firmDomains: 'hartwelldiaz.com' });
    expect(problems).toEqual([{ key: 'firmDomains', message: '"firmDomains" must be an array of strings' }]);
    expect(settings.firmDomains).toEqual([]);
  });

  it('requires firmDictionary to be an array of strings', () => {
    const { settings, problems } = validateFirmSettings({ firmDictionary: 'Okonkwo' });
    expect(problems).toEqual([{ key: 'firmDictionary', message: '"firmDictionary" must be an array of strings' }]);
    expect(settings.firmDictionary).toEqual([]);
    expect(validateFirmSettings({ firmDictionary: ['Okonkwo'] }).settings.firmDictionary).toEqual(['Okonkwo']);
  });

  it('rejects arrays holding something other than strings', () => {
    const { problems } = validateFirmSettings({ firmPhoneNumbers: ['4155550134', 4155550135] });
    expect(problems).toEqual([{ key: 'firmPhoneNumbers', message: '"firmPhoneNumbers" must be an array of strings' }]);
  });

  it('names wrongly typed string and boolean settings', () => {
    const { problems } = validateFirmSettings({ firmName: ['Hartwell'], smartEncoding: 'yes', termsUrl: null });
    expect(problems).toEqual([
      { key: 'firmName', message: '"firmName" must be a string, not an array' },
      { key: 'smartEncoding', message: '"smartEncoding" must be true or false, not a string' },
      { key: 'termsUrl', message: '"termsUrl" must be a string, not null' },
    ]);
  });

  it('suggests the closest name for an unknown setting', () => {
    const { problems } = validateFirmSettings({ firmDomain: ['hartwelldiaz.com'], FirmName: 'HD' });
    expect(problems).toEqual([
      { key: 'firmDomain', message: 'unknown setting "firmDomain" (did you mean "firmDomains"?)' },
      { key: 'FirmName', message: 'unknown setting "FirmName" (did you mean "firmName"?)' },
    ]);
  });

  it('does not suggest anything for a far-off name', () => {
    const { problems } = validateFirmSettings({ colour: 'blue' });
    expect(problems).toEqual([{ key: 'colour', message: 'unknown setting "colour"' }]);
  });

  it('treats inherited object members as unknown settings', () => {
    const { problems } = validateFirmSettings(JSON.parse('{"constructor": 1, "__proto__": {"firmName": "x"}}'));
    expect(problems.map((problem) => problem.key)).toEqual(['constructor', '__proto__']);
  });

  it('requires ruleSeverity keys to be rule ids', () => {
    const { settings, problems } = validateFirmSettings({ ruleSeverity: { emojis: 'off', 'all-caps': 'warning' } });
    expect(problems).toEqual([
      { key: 'ruleSeverity.emojis', message: '"ruleSeverity": unknown rule "emojis" (did you mean "emoji"?)' },
    ]);
    expect(settings.ruleSeverity).toEqual({ 'all-caps': 'warning' });
  });

  it('requires ruleSeverity values to be off, info, warning or error', () => {
    const { problems } = validateFirmSettings({ ruleSeverity: { emoji: 'warn', 'all-caps': 2 } });
    expect(problems).toEqual([
      {
        key: 'ruleSeverity.emoji',
        message: '"ruleSeverity.emoji" must be one of off, info, warning, error, not "warn"',
      },
      {
        key: 'ruleSeverity.all-caps',
        message: '"ruleSeverity.all-caps" must be one of off, info, warning, error, not a number',
      },
    ]);
  });

  it('requires ruleSeverity to be an object', () => {
    const { problems } = validateFirmSettings({ ruleSeverity: ['emoji'] });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.key).toBe('ruleSeverity');
    expect(problems[0]?.message).toContain('not an array');
  });

  it.each([
    [null, 'null'],
    [[], 'an array'],
    ['firm', 'a string'],
    [3, 'a number'],
  ])('rejects a top-level %j', (value, described) => {
    const { settings, problems } = validateFirmSettings(value);
    expect(problems).toEqual([{ key: '', message: `settings must be a JSON object, not ${described}` }]);
    expect(settings).toEqual(DEFAULT_FIRM_SETTINGS);
  });
});

describe('closestName', () => {
  it('finds small typos, ignoring case', () => {
    expect(closestName('firmdomains', ['firmDomains', 'firmName'])).toBe('firmDomains');
    expect(closestName('acronym', ['acronyms', 'allowedTerms'])).toBe('acronyms');
  });

  it('gives nothing when every name is far off', () => {
    expect(closestName('zzz', ['firmDomains'])).toBeUndefined();
  });
});

describe('validateSettings: the field checks (checks "all", the default)', () => {
  it('normalizes what it accepts, as the options page stores it', () => {
    const { settings, problems } = validateSettings(
      {
        firmName: '  Hartwell & Diaz ',
        firmDomains: ['HartwellDiaz.com', 'hartwelldiaz.com'],
        firmPhoneNumbers: ['(415) 555-0134'],
        acronyms: ['CPS', ' CPS ', ''],
        termsPlaceholder: ' {{firm.terms_url}} ',
        placeholderLength: 20,
      },
      { scope: 'firm' },
    );
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      firmName: 'Hartwell & Diaz',
      firmDomains: ['hartwelldiaz.com'],
      firmPhoneNumbers: ['+14155550134'],
      acronyms: ['CPS'],
      termsPlaceholder: '{{firm.terms_url}}',
      placeholderLength: 20,
    });
  });

  it.each([
    ['firmDomains', ['hartwell diaz'], /not a domain name/],
    ['approvedDomains', ['https://'], /not a domain name/],
    ['firmPhoneNumbers', ['front desk'], /not a phone number/],
    ['acronyms', ['NOT ONE'], /one acronym per line/],
    ['firmName', 'x'.repeat(101), /too long/],
    ['termsUrl', 'https://bit.ly/terms', /public link shortener/],
    ['termsPlaceholder', 'terms link', /not one merge field/],
    ['termsPlaceholder', '{{a}} {{b}}', /not one merge field/],
    ['portalSites', ['<all_urls>'], /every site/],
  ])('refuses %s = %j, keeping its default', (key, value, message) => {
    const { settings, problems } = validateSettings({ [key]: value });
    expect(problems).toEqual([{ key, message: expect.stringMatching(message) }]);
    expect(settings).toEqual(validateSettings({}).settings);
  });

  it('accepts each merge-field syntax as the terms placeholder', () => {
    for (const field of [
      '{{firm.terms_url}}',
      '{TermsUrl}',
      '[Terms Link]',
      '%TERMS_URL%',
      '<<Firm.Terms>>',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a merge field, not a JS template.
      '${terms}',
    ]) {
      expect(validateSettings({ termsPlaceholder: field }).problems, field).toEqual([]);
    }
  });

  it('warns, without refusing, of a terms URL off the firm domains (checked after them)', () => {
    const { settings, problems, warnings } = validateSettings({
      termsUrl: 'https://example.org/terms',
      firmDomains: ['HartwellDiaz.com'],
    });
    expect(problems).toEqual([]);
    expect(settings.termsUrl).toBe('https://example.org/terms');
    expect(warnings).toEqual([{ key: 'termsUrl', message: expect.stringMatching(/not one of your firm domains/) }]);
    expect(
      validateSettings({ termsUrl: 'https://hartwelldiaz.com/t', firmDomains: ['HartwellDiaz.com'] }),
    ).not.toHaveProperty('warnings');
  });

  it("with checks 'types', keeps a well-typed list the field checks would refuse (values read back from storage)", () => {
    const raw = { firmDomains: ['hartwell diaz'], termsUrl: 'javascript:alert(1)' };
    const read = validateSettings(raw, { checks: 'types' });
    expect(read.settings.firmDomains).toEqual(['hartwell diaz']);
    // Links are refused on every read all the same.
    expect(read.settings.termsUrl).toBe('');
    expect(read.problems.map((problem) => problem.key)).toEqual(['termsUrl']);
  });

  it('scope "firm" knows only the firm settings; "extension" all of them', () => {
    const raw = { privacyUrl: 'https://hd.law/privacy', portalSites: ['portal.hd.law'] };
    expect(validateSettings(raw, { scope: 'firm', reportUnknownKeys: true }).problems).toEqual([
      { key: 'privacyUrl', message: 'unknown setting "privacyUrl"' },
      { key: 'portalSites', message: 'unknown setting "portalSites"' },
    ]);
    const extension = validateSettings(raw, { reportUnknownKeys: true });
    expect(extension.problems).toEqual([]);
    expect(extension.settings.portalSites).toEqual(['https://portal.hd.law/*']);
    expect(validateSettings(raw, { scope: 'firm' }).settings).not.toHaveProperty('privacyUrl');
  });

  it('skips the keys it is told to (the settings file format version)', () => {
    expect(validateSettings({ settingsVersion: 1 }, { reportUnknownKeys: true }).problems).toHaveLength(1);
    expect(
      validateSettings({ settingsVersion: 1 }, { reportUnknownKeys: true, ignoreKeys: ['settingsVersion'] }).problems,
    ).toEqual([]);
  });

  it('reports nothing for no value at all (nothing stored yet)', () => {
    expect(validateSettings(undefined)).toEqual({ settings: validateSettings({}).settings, problems: [] });
  });
});

describe('checkField', () => {
  const context = validateSettings({ firmDomains: ['hd.law'] }).settings;

  it.each([
    ['placeholderLength', 12, undefined],
    ['placeholderLength', 0, 'Enter a whole number from 1 to 200.'],
    ['placeholderLength', 'abc', 'Enter a whole number from 1 to 200.'],
    ['placeholderLength', 12.5, 'Enter a whole number from 1 to 200.'],
    ['language', 'es', undefined],
    ['language', 'fr', 'Choose "Detect per message", "English" or "Spanish".'],
    ['termsPlaceholder', '', undefined],
    ['firmName', 7, 'Enter text.'],
    ['firmDomains', 'hd.law', 'Enter one entry per line.'],
  ])('%s = %j -> %s', (key, value, error) => {
    expect(checkField(key as Parameters<typeof checkField>[0], value, context).error).toBe(error);
  });
});
