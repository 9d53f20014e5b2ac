/**
 * Hostile settings (docs/security.md): a link setting (termsUrl, privacyUrl) that is not a safe
 * https address is refused on every path into the extension, enterprise policy included, and a
 * refused policy value is reported (the options page and popup show it), never used or locked.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('./browser', () => ({ browser: {} }));

import { checkSettings, importSettings, loadSettings, type SettingsStorage, setSettingsStorage } from './settings';
import { validateSettings } from './settings-schema';

function area(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    async get() {
      return structuredClone(data);
    },
    async set(items: Record<string, unknown>) {
      Object.assign(data, structuredClone(items));
    },
    async remove(keys: string | string[]) {
      for (const key of typeof keys === 'string' ? [keys] : keys) delete data[key];
    },
  };
}

function install(stored: Record<string, unknown>, managed: Record<string, unknown>) {
  const sync = area({ settingsVersion: 1, ...stored });
  const storage: SettingsStorage = { sync, local: area(), managed: { get: async () => structuredClone(managed) } };
  setSettingsStorage(storage);
  return sync;
}

afterEach(() => setSettingsStorage(undefined));

const UNSAFE = [
  'javascript:alert(document.cookie)',
  'JAVASCRIPT:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'http://hartwelldiaz.com/sms-terms',
  'https://bit.ly/terms',
  'https://user:pw@hartwelldiaz.com/terms',
];

describe('an unsafe link setting is refused on every read', () => {
  it.each(UNSAFE)('policy termsUrl %j: not used, not locked, reported', async (termsUrl) => {
    install({ termsUrl: 'https://hartwelldiaz.com/stored-terms' }, { termsUrl, firmName: 'Policy LLP' });
    const loaded = await loadSettings();
    expect(loaded.settings.termsUrl).toBe('https://hartwelldiaz.com/stored-terms');
    expect(loaded.locked).toEqual(['firmName']);
    expect(loaded.settings.firmName).toBe('Policy LLP');
    expect(loaded.policyProblems).toEqual([{ key: 'termsUrl', message: expect.stringMatching(/^\S/) }]);
  });

  it.each(UNSAFE)('policy privacyUrl %j: not used, reported', async (privacyUrl) => {
    install({}, { privacyUrl });
    const loaded = await loadSettings();
    expect(loaded.settings.privacyUrl).toBe('');
    expect(loaded.locked).toEqual([]);
    expect(loaded.policyProblems?.map((problem) => problem.key)).toEqual(['privacyUrl']);
  });

  it.each(UNSAFE)('stored (storage.sync) termsUrl %j: read as not set', async (termsUrl) => {
    install({ termsUrl }, {});
    const loaded = await loadSettings();
    expect(loaded.settings.termsUrl).toBe('');
    expect(loaded.policyProblems).toBeUndefined();
  });

  it('a safe policy value is used and locked, with no notice', async () => {
    install({ termsUrl: 'https://hartwelldiaz.com/stored-terms' }, { termsUrl: 'https://hartwelldiaz.com/policy' });
    const loaded = await loadSettings();
    expect(loaded.settings.termsUrl).toBe('https://hartwelldiaz.com/policy');
    expect(loaded.locked).toEqual(['termsUrl']);
    expect(loaded.policyProblems).toBeUndefined();
  });

  it.each(UNSAFE)('an imported file with termsUrl %j changes nothing', async (termsUrl) => {
    const sync = install({ firmName: 'Before' }, {});
    const result = await importSettings(JSON.stringify({ firmName: 'After', termsUrl }));
    expect(result.imported).toBe(false);
    expect(result.problems.map((problem) => problem.key)).toEqual(['termsUrl']);
    expect(sync.data.firmName).toBe('Before');
  });

  it('validateSettings and checkSettings report the link once, with the options page message', () => {
    const raw = { termsUrl: 'javascript:alert(1)', privacyUrl: 'data:text/html,x' };
    expect(validateSettings(raw).problems).toEqual([
      { key: 'termsUrl', message: 'The terms page must start with https:// (this address is not a web page).' },
      { key: 'privacyUrl', message: 'The privacy page must start with https:// (this address is not a web page).' },
    ]);
    expect(validateSettings(raw).settings).toMatchObject({ termsUrl: '', privacyUrl: '' });
    expect(checkSettings(raw).problems).toHaveLength(2);
  });
});
