/**
 * settings.ts against a storage.sync that enforces the browsers' quotas the way Chrome does (a set()
 * that would break one is refused whole): large lists, partial failures, read failures, old
 * layouts and concurrent writes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('./browser', () => ({ browser: {} }));

import {
  appendToList,
  importSettings,
  loadSettings,
  loadUserState,
  resetSettings,
  type SettingsStorage,
  type StorageArea,
  saveSettings,
  setRuleSeverity,
  setSettingsStorage,
  setSiteEnabled,
  storageReadStatus,
} from './settings';
import { SYNC_QUOTA_BYTES, SYNC_QUOTA_BYTES_PER_ITEM } from './sync-layout';
import { surnames } from './testing/surnames';

/** Chrome's measure for ASCII data: key length plus JSON length. */
function chromeBytes(key: string, value: unknown): number {
  return key.length + JSON.stringify(value).length;
}

interface FakeArea extends StorageArea {
  data: Record<string, unknown>;
  /** Throws instead of reading while set. */
  failGet: Error | null;
  /** Called before each set; may throw to refuse it (or wait, to make writes slow). */
  beforeSet: (items: Record<string, unknown>) => Promise<void> | void;
  sets: Record<string, unknown>[];
}

/** A storage area with Chrome's sync quotas (100 KB, 8 KB per item, 512 items), all-or-nothing per set(). */
function quotaArea(initial: Record<string, unknown> = {}, enforce = true): FakeArea {
  const area: FakeArea = {
    data: structuredClone(initial),
    failGet: null,
    beforeSet: () => {},
    sets: [],
    async get() {
      if (area.failGet) throw area.failGet;
      return structuredClone(area.data);
    },
    async set(items) {
      await area.beforeSet(items);
      const next = { ...area.data, ...structuredClone(items) };
      if (enforce) {
        for (const [key, value] of Object.entries(items)) {
          if (chromeBytes(key, value) > SYNC_QUOTA_BYTES_PER_ITEM) {
            throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
          }
        }
        const total = Object.entries(next).reduce((sum, [key, value]) => sum + chromeBytes(key, value), 0);
        if (total > SYNC_QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
        if (Object.keys(next).length > 512) throw new Error('MAX_ITEMS quota exceeded');
      }
      area.data = next;
      area.sets.push(items);
    },
    async remove(keys) {
      for (const key of typeof keys === 'string' ? [keys] : keys) delete area.data[key];
    },
  };
  return area;
}

let sync: FakeArea;
let local: FakeArea;
let session: FakeArea;
let managed: Record<string, unknown>;

function install(initialSync: Record<string, unknown> = {}, keepSession = false) {
  sync = quotaArea(initialSync);
  local = quotaArea({}, false);
  if (!keepSession) session = quotaArea({}, false);
  const storage: SettingsStorage = { sync, local, session, managed: { get: async () => structuredClone(managed) } };
  setSettingsStorage(storage);
}

/** What the browser holds, measured as Chrome measures it. */
function usedBytes(): number {
  return Object.entries(sync.data).reduce((sum, [key, value]) => sum + chromeBytes(key, value), 0);
}

beforeEach(() => {
  managed = {};
  install();
});

afterEach(() => {
  vi.restoreAllMocks();
  setSettingsStorage(undefined);
});

describe('a firm dictionary of 5,000 words', () => {
  it('is saved with the firm name, within every quota, and reads back whole', async () => {
    const words = surnames(5_000);
    const result = await saveSettings({ firmName: 'Hartwell & Diaz', firmDictionary: words });
    expect(result.problems).toEqual([]);
    expect(Object.keys(result.saved).sort()).toEqual(['firmDictionary', 'firmName']);
    for (const [key, value] of Object.entries(sync.data)) {
      expect(chromeBytes(key, value), key).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM);
    }
    expect(usedBytes()).toBeLessThan(SYNC_QUOTA_BYTES);
    // One write for the whole save (one change event, one write operation of sync's hourly quota).
    expect(sync.sets).toHaveLength(1);

    const loaded = await loadSettings();
    expect(loaded.settings.firmName).toBe('Hartwell & Diaz');
    expect(loaded.settings.firmDictionary).toEqual(words);
    expect(loaded.readError).toBeUndefined();
    expect(loaded.usage?.totalBytes).toBe(usedBytes());
    expect(loaded.usage?.bytesByKey.firmDictionary).toBeGreaterThan(50_000);
  });

  it('shrinks back to one item, and the parts it no longer uses are removed', async () => {
    await saveSettings({ firmDictionary: surnames(5_000) });
    expect(Object.keys(sync.data).filter((key) => key.startsWith('firmDictionary#')).length).toBeGreaterThan(5);
    await saveSettings({ firmDictionary: ['Okonkwo'] });
    expect(Object.keys(sync.data).sort()).toEqual(['firmDictionary', 'settingsVersion']);
    expect(sync.data.firmDictionary).toEqual(['Okonkwo']);
  });

  it('the allowed terms, acronyms and other lists take the same path', async () => {
    const phrases = surnames(3_000).map((word, index) => `${word} ${index}`);
    const result = await saveSettings({ allowedTerms: phrases, acronyms: surnames(1_000).map((w) => w.toUpperCase()) });
    expect(result.problems).toEqual([]);
    const { settings } = await loadSettings();
    expect(settings.allowedTerms).toEqual(phrases);
    expect(settings.acronyms).toHaveLength(1_000);
  });
});

describe('a save that does not all fit', () => {
  it('keeps every other field, says what was not saved, and throws nothing', async () => {
    await saveSettings({ firmDictionary: ['Okonkwo'] });
    const result = await saveSettings({
      firmName: 'Hartwell & Diaz',
      firmDomains: ['hartwelldiaz.com'],
      firmDictionary: surnames(12_000),
    });
    expect(Object.keys(result.saved).sort()).toEqual(['firmDomains', 'firmName']);
    expect(result.full).toEqual(['firmDictionary']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.key).toBe('firmDictionary');
    expect(result.problems[0]?.message).toMatch(
      /^Not saved: it needs 1\d\d KB and browser sync storage has 9\d KB free for it \(100 KB for all settings\)\. Remove about [\d,]+ words\.$/,
    );
    const { settings } = await loadSettings();
    expect(settings.firmName).toBe('Hartwell & Diaz');
    expect(settings.firmDomains).toEqual(['hartwelldiaz.com']);
    // The list that did not fit is as it was.
    expect(settings.firmDictionary).toEqual(['Okonkwo']);
  });

  it('writes field by field when the browser refuses the whole write, so one failure costs one field', async () => {
    sync.beforeSet = (items) => {
      if ('acronyms' in items) throw new Error('IO error: sync database is locked');
    };
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await saveSettings({ firmName: 'Hartwell & Diaz', acronyms: ['QDRO'], firmDictionary: ['Okonkwo'] });
    expect(Object.keys(result.saved).sort()).toEqual(['firmDictionary', 'firmName']);
    expect(result.problems).toEqual([
      { key: 'acronyms', message: 'Not saved: browser storage refused it (IO error: sync database is locked).' },
    ]);
    expect(result.full).toBeUndefined();
    expect(error).toHaveBeenCalled();
    const { settings } = await loadSettings();
    expect(settings).toMatchObject({ firmName: 'Hartwell & Diaz', firmDictionary: ['Okonkwo'], acronyms: [] });
  });

  it('removes unused parts first when they would push the area over its total during the write', async () => {
    const words = surnames(7_800);
    expect((await saveSettings({ firmDictionary: words })).problems).toEqual([]);
    const result = await saveSettings({ firmDictionary: words.slice(2_600), allowedTerms: words.slice(0, 2_600) });
    expect(result.problems).toEqual([]);
    const { settings } = await loadSettings();
    expect(settings.firmDictionary).toEqual(words.slice(2_600));
    expect(settings.allowedTerms).toEqual(words.slice(0, 2_600));
  });

  it('an import keeps the fields that fit and names the one that did not', async () => {
    const result = await importSettings(
      JSON.stringify({ settingsVersion: 1, firmName: 'Imported LLP', firmDictionary: surnames(12_000) }),
    );
    expect(result.imported).toBe(true);
    expect(result.notImported?.map((problem) => problem.key)).toEqual(['firmDictionary']);
    expect((await loadSettings()).settings.firmName).toBe('Imported LLP');
  });

  it('reset removes the parts of chunked lists too', async () => {
    await saveSettings({ firmName: 'HD', firmDictionary: surnames(5_000) });
    await resetSettings();
    expect(sync.data).toEqual({});
  });
});

describe('the layout of version 1 and of the 0.0.x previews', () => {
  it('reads lists stored whole under their key (version 1), and writes a grown list in parts', async () => {
    install({ settingsVersion: 1, firmName: 'HD', firmDictionary: ['Okonkwo', 'Hartwell'], acronyms: ['QDRO'] });
    expect((await loadSettings()).settings).toMatchObject({
      firmName: 'HD',
      firmDictionary: ['Okonkwo', 'Hartwell'],
      acronyms: ['QDRO'],
    });
    const grown = ['Okonkwo', 'Hartwell', ...surnames(4_000)];
    expect((await saveSettings({ firmDictionary: grown })).problems).toEqual([]);
    expect(sync.data.firmDictionary).toMatchObject({ count: 4_002 });
    expect(sync.data.acronyms).toEqual(['QDRO']);
    expect((await loadSettings()).settings).toMatchObject({ firmName: 'HD', firmDictionary: grown });
  });

  it('reads the single-object format of the previews, whose lists were text', async () => {
    install({ settings: { firmName: 'HD', firmDictionary: 'Okonkwo\nHartwell' } });
    expect((await loadSettings()).settings).toMatchObject({ firmName: 'HD', firmDictionary: ['Okonkwo', 'Hartwell'] });
  });
});

describe('writes one at a time', () => {
  it('two appends at once both land, even when each write is slow', async () => {
    sync.beforeSet = () => new Promise((resolve) => setTimeout(resolve, 30));
    const [first, second] = await Promise.all([
      appendToList('firmDictionary', 'depostion'),
      appendToList('firmDictionary', 'Okonkwoo'),
    ]);
    expect(first).toEqual({ outcome: 'added' });
    expect(second).toEqual({ outcome: 'added' });
    expect((await loadSettings()).settings.firmDictionary).toEqual(['depostion', 'Okonkwoo']);
  });

  it('an append and a save of another field at the same time keep both', async () => {
    sync.beforeSet = () => new Promise((resolve) => setTimeout(resolve, 20));
    await Promise.all([
      saveSettings({ firmName: 'Hartwell & Diaz' }),
      appendToList('acronyms', 'QDRO'),
      appendToList('firmDictionary', 'Okonkwo'),
    ]);
    expect((await loadSettings()).settings).toMatchObject({
      firmName: 'Hartwell & Diaz',
      acronyms: ['QDRO'],
      firmDictionary: ['Okonkwo'],
    });
  });

  it('an append says what was stored: present, locked, or refused for want of room', async () => {
    await appendToList('firmDictionary', 'Okonkwo');
    expect(await appendToList('firmDictionary', 'okonkwo')).toEqual({ outcome: 'present' });
    expect((await saveSettings({ firmDictionary: surnames(7_800) })).problems).toEqual([]);
    const full = await appendToList('allowedTerms', `${'x'.repeat(90)} ${'y'.repeat(9)}`);
    expect(full).toMatchObject({ outcome: 'added' });
    // Fill what is left, then one more word does not fit.
    let outcome = await appendToList('allowedTerms', 'a'.repeat(99));
    for (let index = 0; outcome.outcome === 'added' && index < 200; index++) {
      outcome = await appendToList('allowedTerms', `${index}${'b'.repeat(95)}`);
    }
    expect(outcome).toMatchObject({ outcome: 'refused', full: true });
    managed = { firmDictionary: ['Hartwell'] };
    install(sync.data);
    expect(await appendToList('firmDictionary', 'depostion')).toEqual({ outcome: 'locked' });
  });

  it('two checks turned off at once both stay off; a locked rule table is refused', async () => {
    sync.beforeSet = () => new Promise((resolve) => setTimeout(resolve, 30));
    const outcomes = await Promise.all([setRuleSeverity('emoji', 'off'), setRuleSeverity('all-caps', 'off')]);
    expect(outcomes).toEqual([{ outcome: 'saved' }, { outcome: 'saved' }]);
    expect((await loadSettings()).settings.ruleSeverity).toEqual({ emoji: 'off', 'all-caps': 'off' });
    managed = { ruleSeverity: { emoji: 'error' } };
    install(sync.data);
    expect(await setRuleSeverity('spelling', 'off')).toEqual({ outcome: 'locked' });
  });
});

describe('a read that fails', () => {
  it('is logged, keeps the last settings read, and is told until a read succeeds', async () => {
    await saveSettings({ firmName: 'Hartwell & Diaz', firmDictionary: surnames(5_000) });
    await loadSettings();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    sync.failGet = new Error('IO error: .../Sync Extension Settings/000003.log');
    const loaded = await loadSettings();
    expect(loaded.settings.firmName).toBe('Hartwell & Diaz');
    expect(loaded.settings.firmDictionary).toHaveLength(5_000);
    expect(loaded.readError).toMatch(/could not be read \(IO error.*\); the last settings read are used/);
    expect(loaded.usage).toBeUndefined();
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/could not be read/), sync.failGet);
    expect(storageReadStatus().settings).toBe(loaded.readError);
    // Nothing is written on top of what could not be read.
    const result = await saveSettings({ firmName: 'Other' });
    expect(result.saved).toEqual({});
    expect(result.problems[0]?.message).toMatch(/^Not saved: Your firm's settings could not be read/);
    sync.failGet = null;
    expect((await loadSettings()).readError).toBeUndefined();
    expect(storageReadStatus().settings).toBeNull();
  });

  it('after a restart of the service worker, takes the last settings read from the session', async () => {
    await saveSettings({ firmName: 'Hartwell & Diaz' });
    await loadSettings();
    const stored = sync.data;
    // A new worker: nothing in memory, the session area kept.
    install(stored, true);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    sync.failGet = new Error('IO error');
    expect((await loadSettings()).settings.firmName).toBe('Hartwell & Diaz');
    // With no session either: the defaults, and it says so.
    install(stored);
    sync.failGet = new Error('IO error');
    const loaded = await loadSettings();
    expect(loaded.settings.firmName).toBe('');
    expect(loaded.readError).toMatch(/the defaults are used/);
  });

  it('a list whose parts are half synced keeps its last complete copy, and says so', async () => {
    await saveSettings({ firmDictionary: surnames(5_000) });
    await loadSettings();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    delete sync.data['firmDictionary#2'];
    const loaded = await loadSettings();
    expect(loaded.settings.firmDictionary).toEqual(surnames(5_000));
    expect(loaded.readError).toMatch(/Part of the firm dictionary is missing/);
  });

  it('of the sites switched on keeps the last list, and refuses to switch a site on top of it', async () => {
    await setSiteEnabled('https://portal.example.com', true);
    expect((await loadUserState()).enabledSites).toEqual(['https://portal.example.com']);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    local.failGet = new Error('IO error');
    expect((await loadUserState()).enabledSites).toEqual(['https://portal.example.com']);
    expect(storageReadStatus().userState).toMatch(/could not be read \(IO error\); the last list read is used/);
    await expect(setSiteEnabled('https://other.example.com', true)).rejects.toThrow(/could not be read/);
    local.failGet = null;
    expect((await loadUserState()).enabledSites).toEqual(['https://portal.example.com']);
    expect(storageReadStatus().userState).toBeNull();
  });
});
