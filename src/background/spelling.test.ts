import { afterEach, describe, expect, it, vi } from 'vitest';
import { type SettingsStorage, setSettingsStorage } from '../shared/settings';
import { addToDictionary } from './spelling';

vi.mock('../shared/browser', () => ({ browser: {} }));

function memoryStorage(managed: Record<string, unknown> = {}): SettingsStorage & { syncData: Record<string, unknown> } {
  const syncData: Record<string, unknown> = {};
  const area = (data: Record<string, unknown>) => ({
    get: async () => ({ ...data }),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
    remove: async () => {},
  });
  return { syncData, sync: area(syncData), local: area({}), managed: { get: async () => managed } };
}

describe('addToDictionary', () => {
  afterEach(() => setSettingsStorage(undefined));

  it('appends the word to the firm dictionary once', async () => {
    const storage = memoryStorage();
    setSettingsStorage(storage);
    expect(await addToDictionary('Okonkwo')).toEqual({ added: true });
    expect(await addToDictionary('okonkwo')).toEqual({ added: true });
    expect(await addToDictionary('depostion')).toEqual({ added: true });
    expect(storage.syncData.firmDictionary).toEqual(['Okonkwo', 'depostion']);
  });

  it('refuses when policy sets the firm dictionary, and refuses phrases', async () => {
    const storage = memoryStorage({ firmDictionary: ['Hartwell'] });
    setSettingsStorage(storage);
    const refused = await addToDictionary('depostion');
    expect(refused.added).toBe(false);
    expect(refused.reason).toMatch(/organization sets the firm dictionary/);
    expect(storage.syncData.firmDictionary).toBeUndefined();
    setSettingsStorage(memoryStorage());
    expect((await addToDictionary('voir dire')).added).toBe(false);
  });

  it('two words added at the same moment are both stored', async () => {
    const storage = memoryStorage();
    const set = storage.sync.set;
    // Slow writes: the second click lands while the first is being written.
    storage.sync.set = async (items) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await set(items);
    };
    setSettingsStorage(storage);
    const results = await Promise.all([addToDictionary('depostion'), addToDictionary('Okonkwoo')]);
    expect(results).toEqual([{ added: true }, { added: true }]);
    expect(storage.syncData.firmDictionary).toEqual(['depostion', 'Okonkwoo']);
  });

  it('says the dictionary is full when sync storage has no room for the word', async () => {
    const storage = memoryStorage();
    setSettingsStorage(storage);
    // About 101 KB of words already: no room for one more.
    storage.syncData.firmDictionary = Array.from({ length: 9_000 }, (_, index) => `Word${index}abcd`);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = await addToDictionary('depostion');
    expect(result).toEqual({ added: false, reason: expect.stringMatching(/^The firm dictionary is full/) });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
