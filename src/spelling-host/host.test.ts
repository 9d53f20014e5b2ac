import { describe, expect, it, vi } from 'vitest';
import { loadNodeDictionary } from '../cli/dictionary';
import { createSpellingHost, fetchDictionary, SPANISH_DICTIONARY_PATH } from './host';
import { serveSpellingHost, spellingHostOverWorker } from './worker-rpc';

const files = await loadNodeDictionary();

describe('createSpellingHost', () => {
  it('loads the dictionary once, on the first request, and checks with the settings it is sent', async () => {
    const loader = vi.fn(async () => files);
    const host = createSpellingHost(loader);
    expect(loader).not.toHaveBeenCalled();
    const text = 'Hi Maria, your depostion with Okonkwo is on Friday; bring the subpoena to the voir dire.';
    const [first, second] = await Promise.all([
      host.check({ text, settings: {} }),
      host.check({ text, settings: { firmDictionary: ['depostion'] } }),
    ]);
    expect(loader).toHaveBeenCalledTimes(1);
    expect(first.map((finding) => text.slice(finding.start, finding.end))).toEqual(['depostion', 'Okonkwo']);
    expect(first[0]).toMatchObject({ ruleId: 'spelling', severity: 'warning', fixes: [] });
    expect(second.map((finding) => text.slice(finding.start, finding.end))).toEqual(['Okonkwo']);
    expect(await host.check({ text, settings: { ruleSeverity: { spelling: 'off' } } })).toEqual([]);
  });

  it('loads the Spanish dictionary only for a text with a Spanish sentence, and spells it with it', async () => {
    const spanishFiles = await loadNodeDictionary('es');
    const spanishLoader = vi.fn(async () => spanishFiles);
    const host = createSpellingHost(async () => files, spanishLoader);
    expect(await host.check({ text: 'Your hearing is Monday.', settings: {} })).toEqual([]);
    expect(spanishLoader).not.toHaveBeenCalled();
    const text = 'Su audencia en el tribunal es el martes.';
    const found = await host.check({ text, settings: {} });
    expect(spanishLoader).toHaveBeenCalledTimes(1);
    expect(found.map((finding) => text.slice(finding.start, finding.end))).toEqual(['audencia']);
  });

  it('suggests corrections within its time cap', async () => {
    const host = createSpellingHost(async () => files);
    expect((await host.suggest({ word: 'depostion' }))[0]).toBe('deposition');
    expect(await host.suggest({ word: 'Recieve', timeLimitMs: 10_000 })).toContain('Receive');
  });

  it('suggests from the dictionary of the finding’s language, loading Spanish only when asked for it', async () => {
    const spanishFiles = await loadNodeDictionary('es');
    const spanishLoader = vi.fn(async () => spanishFiles);
    const host = createSpellingHost(async () => files, spanishLoader);
    expect(await host.suggest({ word: 'audencia', language: 'en' })).not.toContain('audiencia');
    expect(spanishLoader).not.toHaveBeenCalled();
    const text = 'Hola, su audencia en el tribunal es el martes.';
    const [finding] = await host.check({ text, settings: {} });
    expect(finding).toMatchObject({ ruleId: 'spelling', language: 'es' });
    const suggestions = await host.suggest({
      word: text.slice(finding?.start, finding?.end),
      ...(finding?.language ? { language: finding.language } : {}),
    });
    expect(suggestions[0]).toBe('audiencia');
    expect(await host.suggest({ word: 'Tramite', language: 'es' })).toContain('Trámite');
  });

  it('honours a pinned language: a short text is spelled in Spanish when the firm says so', async () => {
    const spanishLoader = vi.fn(() => loadNodeDictionary('es'));
    const host = createSpellingHost(async () => files, spanishLoader);
    const text = 'Su audencia.';
    const found = await host.check({ text, settings: { language: 'es' } });
    expect(found.map((finding) => [text.slice(finding.start, finding.end), finding.language])).toEqual([
      ['audencia', 'es'],
    ]);
  });
});

describe('fetchDictionary', () => {
  it('fetches the packaged compiled dictionary and reports a missing one clearly', async () => {
    const fetched: string[] = [];
    const fetchMock = vi.fn(async (url: string) => {
      fetched.push(url);
      if (fetched.length > 2) return new Response('', { status: 404 });
      return new Response(new Uint8Array(files));
    });
    vi.stubGlobal('fetch', fetchMock);
    try {
      const loaded = await fetchDictionary((path) => `chrome-extension://id/${path}`)();
      await fetchDictionary((path) => `chrome-extension://id/${path}`, SPANISH_DICTIONARY_PATH)();
      expect(fetched).toEqual([
        'chrome-extension://id/dictionaries/en/words.bin',
        'chrome-extension://id/dictionaries/es/words.bin',
      ]);
      expect(loaded).toEqual(files);
      await expect(fetchDictionary((path) => path)()).rejects.toThrow('dictionaries/en/words.bin: 404');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('worker RPC', () => {
  it('carries calls, answers and errors across a message channel', async () => {
    const channel = new MessageChannel();
    serveSpellingHost(channel.port1, {
      check: async ({ text }) => (text === 'boom' ? Promise.reject(new Error('no dictionary')) : []),
      suggest: async ({ word }) => [word.toUpperCase()],
    });
    const remote = spellingHostOverWorker(channel.port2);
    channel.port1.start();
    channel.port2.start();
    expect(await remote.suggest({ word: 'teh' })).toEqual(['TEH']);
    expect(await remote.check({ text: 'fine', settings: {} })).toEqual([]);
    await expect(remote.check({ text: 'boom', settings: {} })).rejects.toThrow('no dictionary');
    channel.port1.close();
  });
});
