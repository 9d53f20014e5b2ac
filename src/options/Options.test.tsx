// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../shared/browser', () => ({ browser: {} }));

import {
  exportSettings,
  importSettings,
  loadSettings,
  onSettingsChanged,
  resetSettings,
  type SettingsStorage,
  saveSettings,
  setSettingsStorage,
} from '../shared/settings';
import { SETTING_KEYS, SETTINGS } from '../shared/settings-schema';
import { surnames } from '../shared/testing/surnames';
import { formGroups, Options } from './Options';
import { createOptionsController, type OptionsClient } from './options-store';

type Listener = (changes: Record<string, unknown>, areaName: string) => void;
let syncData: Record<string, unknown>;
let managed: Record<string, unknown>;
let listeners: Set<Listener>;

function installStorage() {
  syncData = {};
  managed = {};
  listeners = new Set();
  const area = (data: () => Record<string, unknown>, name: string) => ({
    get: async () => structuredClone(data()),
    set: async (items: Record<string, unknown>) => {
      Object.assign(data(), structuredClone(items));
      for (const listener of listeners) listener(items, name);
    },
    remove: async (keys: string | string[]) => {
      for (const key of typeof keys === 'string' ? [keys] : keys) delete data()[key];
      for (const listener of listeners) listener({}, name);
    },
  });
  const local: Record<string, unknown> = {};
  const storage: SettingsStorage = {
    sync: area(() => syncData, 'sync'),
    local: area(() => local, 'local'),
    managed: { get: async () => structuredClone(managed) },
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  setSettingsStorage(storage);
}

function mountOptions(overrides: Partial<OptionsClient> = {}) {
  const client: OptionsClient = {
    load: loadSettings,
    save: saveSettings,
    importFile: importSettings,
    reset: resetSettings,
    exportText: exportSettings,
    download: vi.fn(),
    subscribe: onSettingsChanged,
    checkTermsPage: vi.fn(async () => ({
      reachable: true,
      status: 200,
      findings: [{ id: 'stop' as const, label: 'Says "Reply STOP" opts out', found: false }],
    })),
    missingSiteAccess: async () => [],
    requestSiteAccess: async () => true,
    confirm: () => true,
    ...overrides,
  };
  const controller = createOptionsController(client);
  render(<Options controller={controller} version="0.1.0" />);
  // Save is disabled until the stored settings are in: a user sees the page busy until then.
  const loaded = controller.load();
  return { client, controller, loaded };
}

beforeEach(installStorage);
afterEach(cleanup);

function field(name: string): HTMLInputElement {
  return screen.getByLabelText(name) as HTMLInputElement;
}

async function saveAndWait(expected: RegExp) {
  fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(expected));
}

describe('Options page', () => {
  it('saves valid settings, normalized', async () => {
    await mountOptions().loaded;
    await screen.findByLabelText('Firm name');
    fireEvent.input(field('Firm name'), { target: { value: 'Hartwell & Diaz' } });
    fireEvent.input(field('Firm domains'), { target: { value: 'HartwellDiaz.com\nhd.law' } });
    fireEvent.input(field('Messaging terms URL'), { target: { value: 'https://hartwelldiaz.com/sms' } });
    fireEvent.input(field('Firm phone numbers'), { target: { value: '415-555-0134' } });
    await saveAndWait(/Settings saved/);
    expect(syncData).toMatchObject({
      firmName: 'Hartwell & Diaz',
      firmDomains: ['hartwelldiaz.com', 'hd.law'],
      termsUrl: 'https://hartwelldiaz.com/sms',
      firmPhoneNumbers: ['+14155550134'],
    });
    expect(field('Firm phone numbers').value).toBe('+14155550134');
  });

  it('pins the message language from a labelled select', async () => {
    await mountOptions().loaded;
    const select = (await screen.findByLabelText('Language of your messages')) as HTMLSelectElement;
    expect(select.value).toBe('auto');
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'Detect per message',
      'English',
      'Spanish',
    ]);
    fireEvent.change(select, { target: { value: 'es' } });
    await saveAndWait(/Settings saved/);
    expect(syncData).toMatchObject({ language: 'es' });
  });

  it('has a labelled field for every setting of the table but ruleSeverity (its own table), in fieldsets by group', async () => {
    await mountOptions().loaded;
    await screen.findByLabelText('Firm name');
    expect(formGroups().map((group) => group.title)).toEqual([
      'Your firm',
      'Links',
      'Domains and numbers',
      'Where the checker runs',
      'Words',
      'Encoding',
      'Language',
      'Templates',
    ]);
    for (const key of SETTING_KEYS.filter((setting) => setting !== 'ruleSeverity')) {
      const input = screen.getByLabelText(SETTINGS[key].label);
      expect(input.id, key).toBe(`field-${key}`);
      expect(input.closest('fieldset')?.querySelector('legend')?.textContent, key).toBe(SETTINGS[key].form?.group);
    }
  });

  it('saves the template settings (merge field length, terms link merge field) like the others', async () => {
    await mountOptions().loaded;
    await screen.findByLabelText('Merge field length');
    expect(field('Merge field length').value).toBe('12');
    fireEvent.input(field('Merge field length'), { target: { value: 'twenty' } });
    expect(field('Merge field length').getAttribute('aria-invalid')).toBe('true');
    await saveAndWait(/Not saved/);
    fireEvent.input(field('Merge field length'), { target: { value: ' 20 ' } });
    fireEvent.input(field('Terms link merge field'), { target: { value: 'the terms link' } });
    expect(field('Terms link merge field').getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(field('Terms link merge field'), { target: { value: '{{firm.terms_url}}' } });
    await saveAndWait(/Settings saved/);
    expect(syncData).toMatchObject({ placeholderLength: 20, termsPlaceholder: '{{firm.terms_url}}' });
  });

  it.each([
    ['Messaging terms URL', 'http://hartwelldiaz.com/sms', /must start with https/],
    ['Messaging terms URL', 'https://bit.ly/abc', /public link shortener/],
    ['Privacy policy URL', 'not a url', /full address/],
    ['Firm domains', 'hartwell diaz', /not a domain name/],
    ['Approved third-party domains', 'efile..gov', /not a domain name/],
    ['Firm phone numbers', '555', /not a phone number/],
    ['Portal sites', 'ftp://portal.hd.law', /must start with https/],
  ])('refuses %s = %j with a message beside the field', async (label, value, message) => {
    await mountOptions().loaded;
    await screen.findByLabelText(label);
    fireEvent.input(field(label), { target: { value } });
    const input = field(label);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = input.getAttribute('aria-describedby') ?? '';
    const error = describedBy
      .split(' ')
      .map((id) => document.getElementById(id))
      .find((element) => element?.classList.contains('error'));
    expect(error?.textContent).toMatch(message);
    await saveAndWait(/Not saved/);
    expect(syncData).toEqual({});
  });

  it('warns when the terms URL is off the firm domains, but saves', async () => {
    await mountOptions().loaded;
    await screen.findByLabelText('Firm domains');
    fireEvent.input(field('Firm domains'), { target: { value: 'hartwelldiaz.com' } });
    fireEvent.input(field('Messaging terms URL'), { target: { value: 'https://example.org/terms' } });
    expect(screen.getByText(/not one of your firm domains/)).toBeTruthy();
    await saveAndWait(/Settings saved/);
  });

  it('shows policy values locked with a note', async () => {
    managed = { termsUrl: 'https://hd.law/policy-terms' };
    await mountOptions().loaded;
    await waitFor(() => expect(field('Messaging terms URL').value).toBe('https://hd.law/policy-terms'));
    expect(field('Messaging terms URL').disabled).toBe(true);
    expect(screen.getByText('Set by your organization')).toBeTruthy();
    expect(screen.getByText(/set by your organization and cannot be changed/)).toBeTruthy();
  });

  it('updates live when settings change elsewhere, keeping fields being edited', async () => {
    await mountOptions().loaded;
    await screen.findByLabelText('Firm name');
    fireEvent.input(field('Acronyms'), { target: { value: 'QDRO' } });
    await saveSettings({ firmName: 'Changed elsewhere', acronyms: ['DUI'] });
    await waitFor(() => expect(field('Firm name').value).toBe('Changed elsewhere'));
    expect(field('Acronyms').value).toBe('QDRO');
  });

  it('keeps what was typed while the settings were still loading', async () => {
    syncData = { firmName: 'Stored name', acronyms: ['DUI'], settingsVersion: 1 };
    let finishLoading = () => {};
    const slowLoad = () =>
      new Promise<Awaited<ReturnType<typeof loadSettings>>>((resolve) => {
        finishLoading = () => void loadSettings().then(resolve);
      });
    mountOptions({ load: slowLoad });
    await screen.findByLabelText('Firm name');
    fireEvent.input(field('Firm name'), { target: { value: 'Typed early' } });
    finishLoading();
    await waitFor(() => expect(field('Acronyms').value).toBe('DUI'));
    expect(field('Firm name').value).toBe('Typed early');
  });

  it('sets a rule severity from the rule table', async () => {
    await mountOptions().loaded;
    const select = (await screen.findByLabelText('Severity of emoji')) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'off' } });
    await saveAndWait(/Settings saved/);
    expect(syncData.ruleSeverity).toEqual({ emoji: 'off' });
  });

  it('lists the problems of a bad import and changes nothing', async () => {
    await saveSettings({ firmName: 'Kept' });
    const before = structuredClone(syncData);
    const { controller, loaded } = mountOptions();
    await loaded;
    await screen.findByLabelText('Firm name');
    await controller.importFile(JSON.stringify({ firmName: 3, termsUrl: 'http://x.com', extra: true }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(3);
    expect(syncData).toEqual(before);
    // Each problem names its setting once, set off from the message ("firmName: ..."), whether or
    // not the validator's message quotes the key itself.
    const items = within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');
    for (const key of ['firmName', 'termsUrl', 'extra']) {
      const item = items.find((text) => text.includes(key)) ?? '';
      expect(item.split(key).length, item).toBe(2);
    }
    expect(items).toContainEqual(expect.stringMatching(/^termsUrl: /));
  });

  it('resets to defaults only after confirmation', async () => {
    await saveSettings({ firmName: 'Kept' });
    const confirm = vi.fn(() => false);
    const { controller, loaded } = mountOptions({ confirm });
    await loaded;
    await waitFor(() => expect(field('Firm name').value).toBe('Kept'));
    await controller.reset();
    expect(syncData.firmName).toBe('Kept');
    confirm.mockReturnValue(true);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await waitFor(() => expect(field('Firm name').value).toBe(''));
    expect(syncData.firmName).toBeUndefined();
  });

  it('checks the terms page and shows what is missing', async () => {
    const { client, loaded } = mountOptions();
    await loaded;
    await screen.findByLabelText('Messaging terms URL');
    fireEvent.input(field('Messaging terms URL'), { target: { value: 'https://hd.law/sms' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check terms page' }));
    await screen.findByText(/The page answers \(HTTP 200\)/);
    expect(client.checkTermsPage).toHaveBeenCalledWith('https://hd.law/sms');
    const result = screen.getByRole('region', { name: 'Terms page check' });
    expect(within(result).getByRole('listitem').textContent).toMatch(/Reply STOP.*not found/);
  });

  it('exports the saved settings as a file', async () => {
    await saveSettings({ firmName: 'Exported' });
    const { client, controller, loaded } = mountOptions();
    await loaded;
    await waitFor(() => expect(field('Firm name').value).toBe('Exported'));
    controller.exportFile();
    expect(client.download).toHaveBeenCalledWith('sms-compliance-settings.json', expect.stringContaining('"Exported"'));
  });

  it('offers to grant access to portal sites that lack it', async () => {
    const requestSiteAccess = vi.fn(async () => true);
    await mountOptions({ missingSiteAccess: async (patterns) => patterns, requestSiteAccess }).loaded;
    await saveSettings({ portalSites: ['https://portal.hd.law/*'] });
    fireEvent.click(await screen.findByRole('button', { name: 'Grant access to portal sites' }));
    await waitFor(() => expect(requestSiteAccess).toHaveBeenCalledWith(['https://portal.hd.law/*']));
  });

  it('shows the space each list takes, and a list too large for sync before saving', async () => {
    await mountOptions().loaded;
    await screen.findByLabelText('Firm dictionary');
    fireEvent.input(field('Firm dictionary'), { target: { value: surnames(5_000).join('\n') } });
    const usage = document.getElementById('field-firmDictionary-usage');
    expect(usage?.textContent).toMatch(
      /^5,000 words · \d\d KB of browser sync storage \(\d\d KB of 100 KB used by all settings\)\.$/,
    );
    expect(field('Firm dictionary').getAttribute('aria-describedby')).toContain('field-firmDictionary-usage');
    expect(field('Firm dictionary').getAttribute('aria-invalid')).toBeNull();
    fireEvent.input(field('Firm dictionary'), { target: { value: surnames(12_000).join('\n') } });
    expect(usage?.textContent).toMatch(/Too large for browser sync storage.*remove about [\d,]+ words/);
    expect(field('Firm dictionary').getAttribute('aria-invalid')).toBe('true');
  });

  it('saves the other fields when a list does not fit, and keeps that list as typed', async () => {
    await mountOptions().loaded;
    await screen.findByLabelText('Firm name');
    fireEvent.input(field('Firm name'), { target: { value: 'Hartwell & Diaz' } });
    fireEvent.input(field('Firm dictionary'), { target: { value: surnames(12_000).join('\n') } });
    await saveAndWait(/^Saved, except: the firm dictionary was not saved \(see the message beside it\)\.$/);
    expect(syncData.firmName).toBe('Hartwell & Diaz');
    expect(syncData.firmDictionary).toBeUndefined();
    // The draft is kept, with the reason beside it; Save stays usable.
    expect(field('Firm dictionary').value.split('\n')).toHaveLength(12_000);
    expect(screen.getByText(/^Not saved: it needs \d+ KB/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save settings' }) as HTMLButtonElement).disabled).toBe(false);
    // Made to fit, it saves.
    fireEvent.input(field('Firm dictionary'), { target: { value: surnames(5_000).join('\n') } });
    await saveAndWait(/^Settings saved\.$/);
    expect((await loadSettings()).settings.firmDictionary).toHaveLength(5_000);
  });

  it('saves only the fields edited: a list changed elsewhere meanwhile keeps that change', async () => {
    await mountOptions().loaded;
    await screen.findByLabelText('Firm name');
    fireEvent.input(field('Firm name'), { target: { value: 'Hartwell & Diaz' } });
    // "Add to dictionary" in a tab, while the options page is open.
    await saveSettings({ firmDictionary: ['Okonkwo'] });
    await saveAndWait(/Settings saved/);
    expect(syncData).toMatchObject({ firmName: 'Hartwell & Diaz', firmDictionary: ['Okonkwo'] });
  });

  it('says when the stored settings could not be read, and turns saving off', async () => {
    await mountOptions({
      load: async () => ({
        ...(await loadSettings()),
        readError: "Your firm's settings could not be read (IO error); the defaults are used.",
        usage: undefined,
      }),
    }).loaded;
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/could not be read \(IO error\).*Saving and importing are off/);
    expect((screen.getByRole('button', { name: 'Save settings' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByLabelText('Import settings from a file') as HTMLInputElement).disabled).toBe(true);
  });

  it('an import that does not all fit says which settings were kept as they were', async () => {
    const { controller, loaded } = mountOptions();
    await loaded;
    await controller.importFile(JSON.stringify({ firmName: 'Imported LLP', firmDictionary: surnames(12_000) }));
    await waitFor(() => expect(field('Firm name').value).toBe('Imported LLP'));
    expect(screen.getByRole('status').textContent).toBe(
      'Settings imported, except the firm dictionary (kept as they were).',
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/The rest of the file was imported.*firmDictionary.*Not saved: it needs/);
  });
});
