import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chunkKey,
  decodeSync,
  encodeSetting,
  formatKilobytes,
  ItemTooLargeError,
  itemBytes,
  peakBytes,
  planWrite,
  SYNC_BUDGET_BYTES,
  SYNC_ITEM_BUDGET,
  SYNC_QUOTA_BYTES,
  SYNC_QUOTA_BYTES_PER_ITEM,
  settingCost,
  syncUsage,
} from './sync-layout';
import { surnames } from './testing/surnames';

/** What Chrome counts for an item of ASCII text without `<`: key length plus JSON length. */
function chromeBytes(key: string, value: unknown): number {
  return key.length + JSON.stringify(value).length;
}

describe('itemBytes: what the browser counts against its quotas', () => {
  it('is the key plus the JSON of the value, in UTF-8 bytes', () => {
    expect(itemBytes('firmName', 'Hartwell & Diaz')).toBe(chromeBytes('firmName', 'Hartwell & Diaz'));
    expect(itemBytes('firmDictionary', ['a', 'b'])).toBe('firmDictionary'.length + '["a","b"]'.length);
    // é is two bytes in UTF-8, 😀 four, as Chrome's UTF-8 JSON writer stores them.
    expect(itemBytes('k', 'é')).toBe(1 + 4);
    expect(itemBytes('k', '😀')).toBe(1 + 6);
  });

  it("counts what Chrome's JSON writer escapes more than JSON.stringify does", () => {
    // "<" is written \u003C (6 bytes), U+2028 as \u2028 (6 rather than 3).
    expect(itemBytes('k', '<')).toBe(1 + 2 + 6);
    expect(itemBytes('k', '\u2028')).toBe(1 + 2 + 6);
  });
});

describe('encodeSetting and decodeSync', () => {
  it('stores a value that fits one item under its own key, as version 1 did', () => {
    expect(encodeSetting('firmName', 'Hartwell & Diaz')).toEqual({ firmName: 'Hartwell & Diaz' });
    expect(encodeSetting('acronyms', ['QDRO', 'DUI'])).toEqual({ acronyms: ['QDRO', 'DUI'] });
  });

  it('splits a 5,000-word dictionary into parts that each fit one item, and joins them back', () => {
    const words = surnames(5_000);
    const encoded = encodeSetting('firmDictionary', words);
    const header = encoded.firmDictionary as { count: number; chunks: string[] };
    expect(header.count).toBe(5_000);
    expect(header.chunks.length).toBeGreaterThan(6);
    for (const [key, value] of Object.entries(encoded)) {
      expect(chromeBytes(key, value), key).toBeLessThanOrEqual(SYNC_ITEM_BUDGET);
      expect(itemBytes(key, value)).toBe(chromeBytes(key, value));
    }
    // Parts are filled: all but the last within a word of the budget.
    for (let index = 0; index < header.chunks.length - 1; index++) {
      const key = chunkKey('firmDictionary', index);
      expect(chromeBytes(key, encoded[key])).toBeGreaterThan(SYNC_ITEM_BUDGET - 20);
    }
    expect(decodeSync({ ...encoded, firmName: 'HD' })).toEqual({
      values: { firmDictionary: words, firmName: 'HD' },
      incomplete: [],
    });
    // What it costs: each word its letters and one space, plus a key and quotes per part and the
    // header: these 5,000 words of 11.4 letters take 61 KB of the 100 KB.
    const { bytes } = settingCost('firmDictionary', words);
    const letters = words.join('').length;
    expect(bytes).toBeLessThan(letters + words.length + 100 * header.chunks.length + 200);
    expect(bytes).toBeLessThan(0.62 * SYNC_BUDGET_BYTES);
    expect(header).toMatchObject({ join: ' ' });
  });

  it('round-trips any list of strings, separators, escapes and all', () => {
    const entry = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc.string({ unit: fc.constantFrom(' ', '|', '~', '^', 'a', '<', '"', '\\'), maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 800 }), (entries) => {
        const encoded = encodeSetting('allowedTerms', entries);
        for (const [key, value] of Object.entries(encoded)) {
          expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM);
        }
        expect(decodeSync(encoded)).toEqual({ values: { allowedTerms: entries }, incomplete: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('never reads a list from parts that do not match their header (half written, half synced)', () => {
    const old = encodeSetting('firmDictionary', surnames(3_000));
    const next = encodeSetting('firmDictionary', surnames(3_001).slice(1));
    // The new header arrived, one part of the old list is still there.
    const mixed = { ...next, [chunkKey('firmDictionary', 1)]: old[chunkKey('firmDictionary', 1)] };
    expect(decodeSync(mixed)).toEqual({ values: {}, incomplete: ['firmDictionary'] });
    const missing = { ...next };
    delete missing[chunkKey('firmDictionary', 2)];
    expect(decodeSync(missing).incomplete).toEqual(['firmDictionary']);
    // Parts past the header's count (left by a longer list) are ignored.
    expect(decodeSync({ ...old, ...next }).values.firmDictionary).toEqual(surnames(3_001).slice(1));
  });

  it('refuses an entry that cannot fit one item even alone', () => {
    const long = 'x'.repeat(9_000);
    expect(() => encodeSetting('allowedTerms', ['fine', long, ...surnames(2_000)])).toThrow(ItemTooLargeError);
  });
});

describe('planWrite: what fits in the 100 KB', () => {
  it('plans every field when all fit, and names the parts a shorter list leaves behind', () => {
    const raw: Record<string, unknown> = {
      ...encodeSetting('firmDictionary', surnames(5_000)),
      firmName: 'Old',
      settingsVersion: 1,
    };
    const plan = planWrite(raw, { firmName: 'New', firmDictionary: surnames(100) });
    expect(plan.refused).toEqual([]);
    expect(plan.fields.map((field) => field.key).sort()).toEqual(['firmDictionary', 'firmName']);
    const dictionary = plan.fields.find((field) => field.key === 'firmDictionary');
    expect(dictionary?.items).toEqual({ firmDictionary: surnames(100) });
    expect(dictionary?.stale.length).toBe((raw.firmDictionary as { chunks: string[] }).chunks.length);
    expect(plan.totalBytesAfter).toBe(
      syncUsage({ firmName: 'New', settingsVersion: 1, firmDictionary: surnames(100) }).totalBytes,
    );
  });

  it('refuses only the list that does not fit, with what it needs and what is free', () => {
    const raw = { firmName: 'Old', settingsVersion: 1, acronyms: ['QDRO'] };
    const plan = planWrite(raw, { firmName: 'Hartwell & Diaz', firmDictionary: surnames(12_000), acronyms: ['DUI'] });
    expect(plan.fields.map((field) => field.key).sort()).toEqual(['acronyms', 'firmName']);
    expect(plan.refused).toHaveLength(1);
    const [refused] = plan.refused;
    expect(refused?.key).toBe('firmDictionary');
    expect(refused?.reason).toBe('quota');
    expect(refused?.needBytes).toBeGreaterThan(SYNC_BUDGET_BYTES);
    expect(refused?.freeBytes).toBeGreaterThan(SYNC_BUDGET_BYTES - 200);
    expect(plan.totalBytesAfter).toBeLessThanOrEqual(SYNC_BUDGET_BYTES);
  });

  it('counts the space a list frees before the one that needs it, whatever the order of the patch', () => {
    const raw = encodeSetting('firmDictionary', surnames(7_000));
    // Shrinking the dictionary makes room for the allowed terms.
    const plan = planWrite(raw, { allowedTerms: surnames(3_000), firmDictionary: surnames(2_000) });
    expect(plan.refused).toEqual([]);
  });

  it('says an entry too long to store is what stops its list', () => {
    const plan = planWrite({}, { allowedTerms: ['x'.repeat(9_000)], firmName: 'HD' });
    expect(plan.refused).toEqual([
      { key: 'allowedTerms', needBytes: 0, freeBytes: 0, reason: 'entry-too-long', entry: 'x'.repeat(9_000) },
    ]);
    expect(plan.fields.map((field) => field.key)).toEqual(['firmName']);
  });

  it('knows when the parts a list leaves behind would push the area over its total meanwhile', () => {
    const words = surnames(7_800);
    const raw = { ...encodeSetting('firmDictionary', words), settingsVersion: 1 };
    expect(syncUsage(raw).totalBytes).toBeLessThanOrEqual(SYNC_BUDGET_BYTES);
    // A third of the words move to the allowed terms: the same total, but every part of the
    // dictionary changes and the last ones are no longer used.
    const plan = planWrite(raw, { firmDictionary: words.slice(2_600), allowedTerms: words.slice(0, 2_600) });
    expect(plan.refused).toEqual([]);
    expect(plan.totalBytesAfter).toBeLessThanOrEqual(SYNC_BUDGET_BYTES);
    expect(peakBytes(raw, plan)).toBeGreaterThan(SYNC_QUOTA_BYTES);
  });
});

describe('formatKilobytes', () => {
  it('states kilobytes as the browsers state their quotas (1 KB = 1,024 bytes)', () => {
    expect(formatKilobytes(102_400)).toBe('100 KB');
    expect(formatKilobytes(1_536)).toBe('1.5 KB');
    expect(formatKilobytes(60_000)).toBe('59 KB');
  });
});
