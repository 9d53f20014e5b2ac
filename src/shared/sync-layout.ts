/**
 * How the firm settings are laid out in storage.sync, and what each costs there. Pure (no browser
 * API), so the quota arithmetic is unit-tested.
 *
 * Chrome and Firefox hold storage.sync to 102,400 bytes in all, 8,192 bytes per item (the key's
 * length plus its value's JSON) and 512 items, and refuse a whole `set()` that would break a limit.
 * A firm dictionary of about 600 words already passes 8 KB, so:
 *
 * - a setting whose item fits in SYNC_ITEM_BUDGET is stored as itself under its key (the layout of
 *   settings version 1, which is why version-1 data reads unchanged);
 * - a longer list is split into consecutive parts of at most SYNC_ITEM_BUDGET bytes each, stored
 *   under `<key>#0`, `<key>#1`, ...; the key itself holds a header `{ count, chunks, join? }` with the
 *   number of entries and a hash of each part. A reader checks every part against its hash, so a
 *   list whose parts are half written or half synced from another computer is never read as a
 *   shorter list. A part is its entries joined into one string by `join`, a character none of them
 *   holds (a space for words: one byte an entry, where a JSON array spends three), or, when every
 *   candidate occurs in some entry, a JSON array.
 *
 * Why sync and not storage.local with a sync index: the firm's words must follow the user to every
 * browser they sign in to, as the rest of the firm settings do; local storage would leave a second
 * computer with an index and no words. Sync's 100 KB hold a dictionary of about 8,000 words of
 * 9 letters beside the other settings; past that the options page says so before saving, and a save
 * keeps every other field.
 */
import { isSettingKey, settingSpec } from '../rules';

export const SYNC_QUOTA_BYTES = 102_400;
export const SYNC_QUOTA_BYTES_PER_ITEM = 8_192;
export const SYNC_MAX_ITEMS = 512;
/**
 * Kept free below the browser's total, so that a measure a little off from the browser's own (which
 * escapes a few characters differently) still never meets its refusal.
 */
export const SYNC_RESERVE_BYTES = 1_024;
/** What the settings may use in all. */
export const SYNC_BUDGET_BYTES = SYNC_QUOTA_BYTES - SYNC_RESERVE_BYTES;
/** What one item may use (key + JSON), with the same kind of margin. */
export const SYNC_ITEM_BUDGET = SYNC_QUOTA_BYTES_PER_ITEM - 64;
/** Items the settings may use: far more than 13 settings and 100 KB of parts need. */
export const SYNC_ITEM_LIMIT = SYNC_MAX_ITEMS - 12;

/** Separates a list's key from the number of one of its parts: `firmDictionary#3`. */
const CHUNK_MARK = '#';

export function chunkKey(key: string, index: number): string {
  return `${key}${CHUNK_MARK}${index}`;
}

/** The setting a stored key belongs to: `firmDictionary#3` -> `firmDictionary`. */
export function baseKeyOf(storedKey: string): string {
  const mark = storedKey.indexOf(CHUNK_MARK);
  return mark < 0 ? storedKey : storedKey.slice(0, mark);
}

function isChunkKey(storedKey: string): boolean {
  return storedKey.includes(CHUNK_MARK);
}

/** Bytes of a string in UTF-8. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        index++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The bytes Chrome counts for a JSON text: its UTF-8 length, plus what Chrome's JSON writer adds
 * over JSON.stringify's: `<` is written as `\u003C` (5 more), U+2028 and U+2029 as `\u2028` (3 more),
 * and DEL counted as an escape to be safe. (Firefox counts no more than this.)
 */
function chromeJsonBytes(json: string): number {
  let extra = 0;
  for (let index = json.indexOf('<'); index >= 0; index = json.indexOf('<', index + 1)) extra += 5;
  if (/[\u2028\u2029\u007f]/.test(json)) {
    for (const match of json.matchAll(/[\u2028\u2029\u007f]/g)) extra += match[0] === '\u007f' ? 5 : 3;
  }
  return utf8Bytes(json) + extra;
}

/** What one stored item costs against the quotas: key plus its value as JSON. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Bytes(key) + chromeJsonBytes(JSON.stringify(value) ?? 'null');
}

/** 32-bit FNV-1a of a string, as 8 hex digits: tells a part written with its header from a stale one. */
export function partHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export interface ChunkHeader {
  /** Entries in the whole list. */
  count: number;
  /** partHash of each part's JSON, in order; the parts are `<key>#0` ... */
  chunks: string[];
  /** Each part is its entries joined by this character; absent: each part is an array. */
  join?: string;
}

/** Separators tried in turn: one byte in JSON each; the first that no entry holds is used. */
const JOINS = [' ', '|', '~', '^'];

function isChunkHeader(value: unknown): value is ChunkHeader {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const header = value as Partial<ChunkHeader>;
  return (
    typeof header.count === 'number' &&
    Array.isArray(header.chunks) &&
    header.chunks.every((hash) => typeof hash === 'string') &&
    (header.join === undefined || (typeof header.join === 'string' && header.join.length === 1))
  );
}

/** A separator no entry holds (all strings), or undefined. */
function joinFor(entries: readonly unknown[]): string | undefined {
  if (!entries.every((entry) => typeof entry === 'string')) return undefined;
  return JOINS.find((join) => !entries.some((entry) => (entry as string).includes(join)));
}

export class ItemTooLargeError extends Error {
  constructor(
    readonly key: string,
    readonly entry: string,
  ) {
    super(`"${entry.slice(0, 40)}${entry.length > 40 ? '…' : ''}" is too long to store.`);
    this.name = 'ItemTooLargeError';
  }
}

/**
 * The stored items of one setting: itself when it fits one item, else a header and parts.
 * Throws ItemTooLargeError when a single list entry cannot fit in one item.
 */
export function encodeSetting(key: string, value: unknown): Record<string, unknown> {
  if (!Array.isArray(value) || itemBytes(key, value) <= SYNC_ITEM_BUDGET) return { [key]: value };
  const join = joinFor(value);
  const parts: unknown[][] = [];
  let part: unknown[] = [];
  // The part's key and its brackets or quotes; each entry adds its JSON (inside a joined string: its
  // JSON without the quotes) and, after the first, a comma or the separator.
  let partBytes = 0;
  const startPart = () => {
    part = [];
    partBytes = utf8Bytes(chunkKey(key, parts.length)) + 2;
  };
  startPart();
  for (const entry of value) {
    const entryBytes = chromeJsonBytes(JSON.stringify(entry) ?? 'null') - (join === undefined ? 0 : 2);
    const cost = entryBytes + (part.length > 0 ? 1 : 0);
    if (partBytes + cost > SYNC_ITEM_BUDGET) {
      if (part.length === 0) throw new ItemTooLargeError(key, String(entry));
      parts.push(part);
      startPart();
      if (partBytes + entryBytes > SYNC_ITEM_BUDGET) throw new ItemTooLargeError(key, String(entry));
      part.push(entry);
      partBytes += entryBytes;
      continue;
    }
    part.push(entry);
    partBytes += cost;
  }
  if (part.length > 0) parts.push(part);
  const items: Record<string, unknown> = {};
  const header: ChunkHeader = { count: value.length, chunks: [], ...(join === undefined ? {} : { join }) };
  parts.forEach((entries, index) => {
    const stored = join === undefined ? entries : entries.join(join);
    header.chunks.push(partHash(JSON.stringify(stored)));
    items[chunkKey(key, index)] = stored;
  });
  items[key] = header;
  return items;
}

export interface DecodedSync {
  /** Every setting as one value, as settings version 1 stored them (parts joined, part keys gone). */
  values: Record<string, unknown>;
  /** Settings whose parts are missing or do not match their header: left out of `values`. */
  incomplete: string[];
}

/** Joins the parts of chunked lists. Never throws. */
export function decodeSync(raw: Record<string, unknown>): DecodedSync {
  const values: Record<string, unknown> = {};
  const incomplete: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (isChunkKey(key)) continue;
    if (!isChunkHeader(value)) {
      values[key] = value;
      continue;
    }
    const joined: unknown[] = [];
    let whole = true;
    const { join } = value;
    value.chunks.forEach((hash, index) => {
      const part = raw[chunkKey(key, index)];
      const shaped = join === undefined ? Array.isArray(part) : typeof part === 'string';
      if (!whole || !shaped || partHash(JSON.stringify(part)) !== hash) {
        whole = false;
        return;
      }
      for (const entry of join === undefined ? (part as unknown[]) : (part as string).split(join)) joined.push(entry);
    });
    if (whole && joined.length === value.count) values[key] = joined;
    else incomplete.push(key);
  }
  return { values, incomplete };
}

export interface SyncUsage {
  /** Bytes counted against the quota: every stored item, the version key and stale parts included. */
  totalBytes: number;
  /** Per setting (its key and all its parts). */
  bytesByKey: Record<string, number>;
  items: number;
  budgetBytes: number;
  quotaBytes: number;
}

export function syncUsage(raw: Record<string, unknown>): SyncUsage {
  const bytesByKey: Record<string, number> = {};
  let totalBytes = 0;
  let items = 0;
  for (const [key, value] of Object.entries(raw)) {
    const bytes = itemBytes(key, value);
    const base = baseKeyOf(key);
    bytesByKey[base] = (bytesByKey[base] ?? 0) + bytes;
    totalBytes += bytes;
    items++;
  }
  return { totalBytes, bytesByKey, items, budgetBytes: SYNC_BUDGET_BYTES, quotaBytes: SYNC_QUOTA_BYTES };
}

/** The bytes and items one setting would take stored with `value`. */
export function settingCost(key: string, value: unknown): { bytes: number; items: number } {
  const encoded = encodeSetting(key, value);
  let bytes = 0;
  for (const [storedKey, storedValue] of Object.entries(encoded)) bytes += itemBytes(storedKey, storedValue);
  return { bytes, items: Object.keys(encoded).length };
}

/** The stored keys (the setting's own and its parts) that belong to `key` in `raw`. */
export function storedKeysOf(raw: Record<string, unknown>, key: string): string[] {
  return Object.keys(raw).filter((storedKey) => baseKeyOf(storedKey) === key);
}

export interface PlannedField {
  key: string;
  /** What to write for it (its own key and its parts). */
  items: Record<string, unknown>;
  /** Its parts from before that the new value does not use. */
  stale: string[];
}

export interface RefusedField {
  key: string;
  /** Bytes the new value needs, and what was free for it. */
  needBytes: number;
  freeBytes: number;
  reason: 'quota' | 'entry-too-long';
  entry?: string;
}

export interface WritePlan {
  fields: PlannedField[];
  refused: RefusedField[];
  /** Bytes in use once the plan is written and its stale parts removed. */
  totalBytesAfter: number;
}

/**
 * Decides which of `values` can be stored beside what `raw` (the area as read) holds, within the
 * budget. The fields whose size shrinks or grows least go first, so one list too large for the space
 * left costs only itself: every other field of the save is written.
 */
export function planWrite(raw: Record<string, unknown>, values: Record<string, unknown>): WritePlan {
  const usage = syncUsage(raw);
  let total = usage.totalBytes;
  let items = usage.items;
  const candidates: { key: string; items: Record<string, unknown>; bytes: number; oldKeys: string[]; delta: number }[] =
    [];
  const refused: RefusedField[] = [];
  for (const [key, value] of Object.entries(values)) {
    let encoded: Record<string, unknown>;
    try {
      encoded = encodeSetting(key, value);
    } catch (error) {
      if (!(error instanceof ItemTooLargeError)) throw error;
      refused.push({ key, needBytes: 0, freeBytes: 0, reason: 'entry-too-long', entry: error.entry });
      continue;
    }
    let bytes = 0;
    for (const [storedKey, storedValue] of Object.entries(encoded)) bytes += itemBytes(storedKey, storedValue);
    const oldKeys = storedKeysOf(raw, key);
    const oldBytes = usage.bytesByKey[key] ?? 0;
    candidates.push({ key, items: encoded, bytes, oldKeys, delta: bytes - oldBytes });
  }
  candidates.sort((a, b) => a.delta - b.delta);
  const fields: PlannedField[] = [];
  for (const candidate of candidates) {
    const itemDelta = Object.keys(candidate.items).length - candidate.oldKeys.length;
    if (total + candidate.delta > SYNC_BUDGET_BYTES || items + itemDelta > SYNC_ITEM_LIMIT) {
      refused.push({
        key: candidate.key,
        needBytes: candidate.bytes,
        freeBytes: SYNC_BUDGET_BYTES - (total - (usage.bytesByKey[candidate.key] ?? 0)),
        reason: 'quota',
      });
      continue;
    }
    total += candidate.delta;
    items += itemDelta;
    fields.push({
      key: candidate.key,
      items: candidate.items,
      stale: candidate.oldKeys.filter((storedKey) => !Object.hasOwn(candidate.items, storedKey)),
    });
  }
  return { fields, refused, totalBytesAfter: total };
}

/**
 * Whether writing the plan's items in one call, before its stale parts are removed, stays under the
 * browser's hard total (the stale parts still count until then). When not, the stale parts go first.
 */
export function peakBytes(raw: Record<string, unknown>, plan: WritePlan): number {
  let peak = syncUsage(raw).totalBytes;
  for (const field of plan.fields) {
    for (const [storedKey, storedValue] of Object.entries(field.items)) {
      peak += itemBytes(storedKey, storedValue);
      if (Object.hasOwn(raw, storedKey)) peak -= itemBytes(storedKey, raw[storedKey]);
    }
  }
  return peak;
}

/** "58.3 KB" (1 KB = 1,024 bytes, as the browsers state their quotas). */
export function formatKilobytes(bytes: number): string {
  const kilobytes = bytes / 1024;
  if (kilobytes >= 10) return `${Math.round(kilobytes)} KB`;
  return `${(Math.round(kilobytes * 10) / 10).toLocaleString('en-US')} KB`;
}

/** What one entry of a list is called, for "5,000 words" and "remove about 300 words" (the settings table says). */
export function entryNouns(key: string): readonly [one: string, many: string] {
  const spec = isSettingKey(key) ? settingSpec(key) : undefined;
  return spec?.kind === 'list' ? spec.entries : ['entry', 'entries'];
}

/** "1 word", "5,000 words". */
export function countEntries(key: string, count: number): string {
  const [one, many] = entryNouns(key);
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
