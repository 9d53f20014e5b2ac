import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  binaryReason,
  type DecodeEvent,
  firstInvalidUtf8,
  firstInvalidUtf16,
  InputDecoder,
  SNIFF_BYTES,
  sniffByteOrderMark,
} from './decode';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text;
  const result = new Uint8Array(units.length * 2);
  for (let index = 0; index < units.length; index++) {
    const unit = units.charCodeAt(index);
    result[index * 2] = littleEndian ? unit & 0xff : unit >> 8;
    result[index * 2 + 1] = littleEndian ? unit >> 8 : unit & 0xff;
  }
  return result;
}

/** Feeds `input` in chunks of `size` bytes; text events joined, the invalid event shown as ⟨invalid⟩. */
function decodeInChunks(input: Uint8Array, size: number): { output: string; events: DecodeEvent[] } {
  const decoder = new InputDecoder();
  const events: DecodeEvent[] = [];
  for (let offset = 0; offset < input.length; offset += size)
    events.push(...decoder.push(input.subarray(offset, offset + size)));
  events.push(...decoder.end());
  const output = events
    .map((event) =>
      event.kind === 'text' ? event.text : event.kind === 'invalid' ? `⟨invalid ${event.encoding}⟩` : `⟨binary⟩`,
    )
    .join('');
  return { output, events };
}

describe('sniffByteOrderMark', () => {
  it.each([
    ['UTF-8 BOM', bytes(0xef, 0xbb, 0xbf, 0x41), { encoding: 'UTF-8', bomLength: 3 }],
    ['UTF-16LE BOM', bytes(0xff, 0xfe, 0x41, 0), { encoding: 'UTF-16LE', bomLength: 2 }],
    ['UTF-16BE BOM', bytes(0xfe, 0xff, 0, 0x41), { encoding: 'UTF-16BE', bomLength: 2 }],
    ['no BOM', bytes(0x41, 0x42), { encoding: 'UTF-8', bomLength: 0 }],
    ['empty', bytes(), { encoding: 'UTF-8', bomLength: 0 }],
    ['half a UTF-8 BOM', bytes(0xef, 0xbb), { encoding: 'UTF-8', bomLength: 0 }],
  ])('%s', (_name, input, expected) => {
    expect(sniffByteOrderMark(input)).toEqual(expected);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['ASCII', utf8('Hi Maria'), -1],
    ['every length of character', utf8('a é € 😀'), -1],
    ['a lone continuation byte', bytes(0x41, 0x80), 1],
    ['an overlong 2-byte form', bytes(0x41, 0xc0, 0xaf), 1],
    ['an overlong 3-byte form', bytes(0xe0, 0x80, 0xaf), 0],
    ['an encoded surrogate', bytes(0x41, 0x42, 0xed, 0xa0, 0x80), 2],
    ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a truncated sequence at the end', bytes(0x41, 0xe2, 0x82), 1],
    ['a truncated sequence before ASCII', bytes(0xe2, 0x82, 0x41), 0],
    ['a Latin-1 byte (é)', bytes(0x43, 0x61, 0x66, 0xe9, 0x20), 3],
    ['0xFF', bytes(0xff), 0],
  ])('%s', (_name, input, expected) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
  });

  it('agrees with a fatal TextDecoder on any bytes', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (input) => {
        const bad = firstInvalidUtf8(input);
        let valid = true;
        try {
          fatal.decode(input);
        } catch {
          valid = false;
        }
        expect(bad === -1).toBe(valid);
        if (bad >= 0) expect(() => fatal.decode(input.subarray(0, bad))).not.toThrow();
      }),
      { numRuns: 5000 },
    );
  });
});

describe('firstInvalidUtf16', () => {
  it.each([
    ['text', utf16('Hi 😀', true, false), true, -1],
    ['a lone high surrogate', utf16('a\ud800b', true, false), true, 2],
    ['a lone low surrogate', utf16('ab\udc00', false, false), false, 4],
    ['a high surrogate at the end', utf16('a\ud83d', true, false), true, 2],
    ['an odd trailing byte', bytes(0x41, 0, 0x42), true, 2],
  ])('%s', (_name, input, littleEndian, expected) => {
    expect(firstInvalidUtf16(input, littleEndian)).toBe(expected);
  });

  it('agrees with a fatal TextDecoder on any bytes', () => {
    const fatal = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (input) => {
        let valid = true;
        try {
          fatal.decode(input);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf16(input, true) === -1).toBe(valid);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('binaryReason', () => {
  it.each([
    ['plain text', 'Hi Maria, your hearing moved.\r\n\tSee you.\f', undefined],
    ['text with a few escape sequences', 'Hi \u001b[31mMaria\u001b[0m, see you at 3pm.', undefined],
    ['a NUL character', 'Hi\u0000there', /NUL bytes/],
    ['mostly control characters', '\u0001\u0002\u0003\u0004abc'.repeat(5), /^57% of the characters/],
    ['mostly undecodable bytes', 'ab\ufffd\ufffd\ufffd\ufffd'.repeat(6), /^67% of the characters/],
    ['a short line of control characters (too short to tell)', '\u0001\u0002\u0003', undefined],
    ['nothing', '', undefined],
  ])('%s', (_name, text, expected) => {
    const reason = binaryReason(text);
    if (expected === undefined) expect(reason).toBeUndefined();
    else expect(reason).toMatch(expected);
  });
});

describe('InputDecoder', () => {
  const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52);

  it.each<[string, Uint8Array, string]>([
    ['UTF-8', utf8('Hi Maria\nCafé 😀\n'), 'Hi Maria\nCafé 😀\n'],
    ['UTF-8 with a BOM (dropped)', utf8('\ufeffHi\n'), 'Hi\n'],
    ['UTF-8 with two BOMs (the second is text)', utf8('\ufeff\ufeffHi'), '\ufeffHi'],
    ['UTF-16LE with a BOM', utf16('Hi Maria,\r\nCafé 😀', true), 'Hi Maria,\r\nCafé 😀'],
    ['UTF-16BE with a BOM', utf16('Hi Maria,\nCafé 😀', false), 'Hi Maria,\nCafé 😀'],
    [
      'invalid UTF-8: the rest with U+FFFD',
      bytes(0x48, 0x69, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x21),
      'Hi\nCaf⟨invalid UTF-8⟩\ufffd!',
    ],
    ['invalid UTF-8 twice: one event', bytes(0x41, 0xff, 0x42, 0xfe, 0x43), 'A⟨invalid UTF-8⟩\ufffdB\ufffdC'],
    ['a truncated character at the end', bytes(0x41, 0xe2, 0x82), 'A⟨invalid UTF-8⟩\ufffd'],
    ['a lone surrogate in UTF-16LE', utf16('a\ud800b', true), 'a⟨invalid UTF-16LE⟩\ufffdb'],
    ['an odd byte at the end of UTF-16BE', concat(utf16('ab', false), bytes(0x41)), 'ab⟨invalid UTF-16BE⟩\ufffd'],
    ['a PNG header', PNG, '⟨binary⟩'],
    ['UTF-16 without a BOM (NUL bytes)', utf16('Hi Maria', true, false), '⟨binary⟩'],
    ['an empty input', bytes(), ''],
  ])('%s, in chunks of any size', (_name, input, expected) => {
    for (const size of [1, 2, 3, 5, 7, 4096, 1 << 20]) expect(decodeInChunks(input, size).output).toBe(expected);
  });

  it('decides binary on the first 8 KB only', () => {
    const text = utf8('x'.repeat(SNIFF_BYTES));
    expect(decodeInChunks(concat(text, bytes(0, 1, 2)), 1000).events.map((event) => event.kind)).not.toContain(
      'binary',
    );
    expect(decodeInChunks(concat(bytes(0), text), 1000).events).toEqual([
      { kind: 'binary', reason: expect.any(String) },
    ]);
  });

  it('decides on the first chunk when asked (a terminal), so a typed line is answered at once', () => {
    const waiting = new InputDecoder();
    expect(waiting.push(utf8('Hi Maria\n'))).toEqual([]);
    const eager = new InputDecoder({ decideOnFirstChunk: true });
    expect(eager.push(utf8('Hi Maria\n'))).toEqual([{ kind: 'text', text: 'Hi Maria\n' }]);
    expect(eager.push(utf8('Bye\n'))).toEqual([{ kind: 'text', text: 'Bye\n' }]);
    expect(new InputDecoder({ decideOnFirstChunk: true }).push(bytes(0x41, 0, 0x42))).toEqual([
      { kind: 'binary', reason: expect.any(String) },
    ]);
  });

  it('gives the whole decode, split by chunks anywhere, with the invalid event where the first bad byte is', () => {
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const textWithBadBytes = fc
      .array(
        fc.oneof(
          { weight: 5, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }).map(utf8) },
          fc.uint8Array({ minLength: 1, maxLength: 2 }),
        ),
        {
          maxLength: 30,
        },
      )
      .map((parts) => concat(...parts));
    fc.assert(
      fc.property(textWithBadBytes, fc.integer({ min: 1, max: 9 }), (input, size) => {
        // The oracle below decodes UTF-8: random bytes that open with a UTF-16 byte order mark
        // (FE FF, FF FE) make a UTF-16 input, which the table tests above cover.
        const { encoding, bomLength } = sniffByteOrderMark(input);
        fc.pre(encoding === 'UTF-8');
        const { events } = decodeInChunks(input, size);
        fc.pre(!events.some((event) => event.kind === 'binary'));
        const body = input.subarray(bomLength);
        const texts = events.map((event) => (event.kind === 'text' ? event.text : ''));
        expect(texts.join('')).toBe(lenient.decode(body));
        const invalidAt = events.findIndex((event) => event.kind === 'invalid');
        const bad = firstInvalidUtf8(body);
        expect(invalidAt >= 0).toBe(bad >= 0);
        if (bad >= 0) expect(texts.slice(0, invalidAt).join('')).toBe(fatal.decode(body.subarray(0, bad)));
      }),
      { numRuns: 3000 },
    );
  });
});

function concat(...parts: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}
