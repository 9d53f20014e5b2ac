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
});
