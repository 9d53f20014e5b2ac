/**
 * Bytes of an input file to text, saying what it could not read instead of guessing silently:
 *
 * - A byte order mark picks the encoding: UTF-8 (EF BB BF, dropped), UTF-16LE (FF FE) or UTF-16BE
 *   (FE FF), which Excel writes for "Unicode text" exports. Without one the input is UTF-8.
 * - The first 8 KB decide whether it is text at all: NUL bytes, or more than 30% control
 *   characters and undecodable bytes (of 32 characters or more), mean a binary file, refused before
 *   any "message" is read.
 * - Decoding is strict first. At the first invalid sequence (a bad UTF-8 byte, a lone UTF-16
 *   surrogate) an `invalid` event comes between the text before it and the rest, which is decoded
 *   with U+FFFD for each bad sequence, so the reader can say where and still check every message.
 *
 * It works chunk by chunk (a multi-byte character split between chunks is held back), so a large
 * file streams in bounded memory.
 */

export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';

export type DecodeEvent =
  | { kind: 'text'; text: string }
  /** The first invalid sequence starts here (after the text events so far). */
  | { kind: 'invalid'; encoding: TextEncodingName }
  /** Not text: nothing else follows. */
  | { kind: 'binary'; reason: string };

/** How much of the start of an input is looked at to tell text from binary. */
export const SNIFF_BYTES = 8 * 1024;
/** Above this share of control characters and undecodable bytes, the input is not text... */
const BINARY_SHARE = 0.3;
/** ...when there are enough characters to tell (a short Latin-1 line is invalid UTF-8, not binary). */
const BINARY_MIN_CHARACTERS = 32;

const EMPTY = new Uint8Array(0);

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] ?? EMPTY;
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const result = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}

export function sniffByteOrderMark(bytes: Uint8Array): { encoding: TextEncodingName; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'UTF-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'UTF-16LE', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'UTF-16BE', bomLength: 2 };
  return { encoding: 'UTF-8', bomLength: 0 };
}

/**
 * Index of the first byte of the first invalid UTF-8 sequence (as the WHATWG decoder sees it:
 * overlong forms, surrogates, code points above U+10FFFF and truncated sequences are invalid), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const length = bytes.length;
  let index = 0;
  while (index < length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index++;
      continue;
    }
    let continuation: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) continuation = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      continuation = 2;
      if (lead === 0xe0) low = 0xa0;
      else if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      continuation = 3;
      if (lead === 0xf0) low = 0x90;
      else if (lead === 0xf4) high = 0x8f;
    } else return index;
    for (let offset = 1; offset <= continuation; offset++) {
      if (index + offset >= length) return index;
      const byte = bytes[index + offset] ?? 0;
      if (offset === 1 ? byte < low || byte > high : (byte & 0xc0) !== 0x80) return index;
    }
    index += continuation + 1;
  }
  return -1;
}

function codeUnitAt(bytes: Uint8Array, index: number, littleEndian: boolean): number {
  const first = bytes[index] ?? 0;
  const second = bytes[index + 1] ?? 0;
  return littleEndian ? first | (second << 8) : (first << 8) | second;
}

/** Byte index of the first lone surrogate or odd trailing byte of UTF-16 text, or -1. */
export function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const units = bytes.length - (bytes.length % 2);
  let index = 0;
  while (index < units) {
    const unit = codeUnitAt(bytes, index, littleEndian);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = index + 2 < units ? codeUnitAt(bytes, index + 2, littleEndian) : -1;
      if (next < 0xdc00 || next > 0xdfff) return index;
      index += 4;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return index;
    else index += 2;
  }
  return units < bytes.length ? units : -1;
}

/** How many leading bytes end on a character boundary; the rest waits for the next chunk. */
function completeLength(bytes: Uint8Array, encoding: TextEncodingName): number {
  const length = bytes.length;
  if (encoding === 'UTF-8') {
    let index = length - 1;
    while (index >= 0 && length - index <= 3 && ((bytes[index] ?? 0) & 0xc0) === 0x80) index--;
    if (index < 0) return length;
    const lead = bytes[index] ?? 0;
    const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    return length - index < needed ? index : length;
  }
  let end = length - (length % 2);
  if (end >= 2) {
    const last = codeUnitAt(bytes, end - 2, encoding === 'UTF-16LE');
    if (last >= 0xd800 && last <= 0xdbff) end -= 2;
  }
  return end;
}

function isSuspicious(code: number): boolean {
  // Controls other than tab, line feed, vertical tab, form feed and carriage return; DEL; C1; U+FFFD.
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || (code >= 0x7f && code <= 0x9f) || code === 0xfffd;
}

/** Why the start of an input is not text, or undefined when it is. */
export function binaryReason(text: string): string | undefined {
  if (text.includes('\u0000')) {
    return 'it has NUL bytes (a UTF-16 text file needs a byte order mark to be read)';
  }
  let characters = 0;
  let suspicious = 0;
  for (const character of text) {
    characters++;
    if (isSuspicious(character.codePointAt(0) ?? 0)) suspicious++;
  }
  if (characters >= BINARY_MIN_CHARACTERS && suspicious / characters > BINARY_SHARE) {
    return `${Math.round((suspicious / characters) * 100)}% of the characters at its start are control characters or undecodable bytes`;
  }
  return undefined;
}

export interface InputDecoderOptions {
  /**
   * Decide text or binary on the first chunk (up to 8 KB of it) instead of waiting for 8 KB: for a
   * terminal, where each typed line is a chunk and waiting would hold back the answers.
   */
  decideOnFirstChunk?: boolean;
}

export class InputDecoder {
  constructor(private readonly options: InputDecoderOptions = {}) {}

  private sample: Uint8Array[] = [];
  private sampleLength = 0;
  private started = false;
  private refused = false;
  private encoding: TextEncodingName = 'UTF-8';
  private strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private lenient = new TextDecoder('utf-8', { ignoreBOM: true });
  private carry: Uint8Array = EMPTY;
  private invalidSeen = false;

  /** The encoding chosen from the byte order mark (UTF-8 until the first 8 KB are in). */
  get detectedEncoding(): TextEncodingName {
    return this.encoding;
  }

  push(chunk: Uint8Array): DecodeEvent[] {
    if (this.refused || chunk.length === 0) return [];
    if (this.started) return this.decode(chunk, false);
    this.sample.push(chunk);
    this.sampleLength += chunk.length;
    return this.sampleLength < SNIFF_BYTES && !this.options.decideOnFirstChunk ? [] : this.start(false);
  }

  end(): DecodeEvent[] {
    if (this.refused) return [];
    if (!this.started) return this.start(true);
    return this.decode(EMPTY, true);
  }

  private start(final: boolean): DecodeEvent[] {
    this.started = true;
    const bytes = concatBytes(this.sample);
    this.sample = [];
    const { encoding, bomLength } = sniffByteOrderMark(bytes);
    this.encoding = encoding;
    const label = encoding.toLowerCase();
    this.strict = new TextDecoder(label, { fatal: true, ignoreBOM: true });
    this.lenient = new TextDecoder(label, { ignoreBOM: true });
    const body = bytes.subarray(bomLength);
    const reason = binaryReason(this.lenient.decode(body.subarray(0, SNIFF_BYTES)));
    if (reason !== undefined) {
      this.refused = true;
      return [{ kind: 'binary', reason }];
    }
    return this.decode(body, final);
  }

  private decode(chunk: Uint8Array, final: boolean): DecodeEvent[] {
    const bytes = this.carry.length > 0 ? concatBytes([this.carry, chunk]) : chunk;
    const end = final ? bytes.length : completeLength(bytes, this.encoding);
    this.carry = bytes.slice(end);
    const piece = bytes.subarray(0, end);
    if (piece.length === 0) return [];
    if (this.invalidSeen) return [{ kind: 'text', text: this.lenient.decode(piece) }];
    try {
      return [{ kind: 'text', text: this.strict.decode(piece) }];
    } catch {
      this.invalidSeen = true;
      const found =
        this.encoding === 'UTF-8' ? firstInvalidUtf8(piece) : firstInvalidUtf16(piece, this.encoding === 'UTF-16LE');
      const bad = Math.max(0, found);
      const events: DecodeEvent[] = [];
      if (bad > 0) events.push({ kind: 'text', text: this.strict.decode(piece.subarray(0, bad)) });
      events.push({ kind: 'invalid', encoding: this.encoding });
      events.push({ kind: 'text', text: this.lenient.decode(piece.subarray(bad)) });
      return events;
    }
  }
}
