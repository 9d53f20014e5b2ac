import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { SegmentedMessage } from 'sms-segments-calculator';
import SmartEncodingMap from 'sms-segments-calculator/dist/libs/SmartEncodingMap';
import { describe, expect, it, vi } from 'vitest';
import { analyzeEncoding, countSegments, graphemeContinuations, isGsmCharacter } from './encoding';

interface SegmentCase {
  id: string;
  text: string;
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
  characters: number;
  description?: string;
  /** Twilio's smart encoding was on: count the text after its replacements. */
  smart_encoding?: boolean;
  /** A country-specific rule (e.g. Malaysia); we serve US carriers, so the npm (US) answer applies. */
  country?: string;
  npm_disagrees?: { encoding: 'GSM-7' | 'UCS-2'; segments: number };
  non_gsm_chars?: string[];
}

const smartEncodingTable = SmartEncodingMap as unknown as Record<string, string>;
function smartEncode(text: string): string {
  return [...text].map((char) => smartEncodingTable[char] ?? char).join('');
}

const corpus: SegmentCase[] = readFileSync(new URL('../../test/data/segments.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as SegmentCase);

function oracle(text: string): { encoding: string; segments: number; characters: number } {
  const message = new SegmentedMessage(text);
  return { encoding: message.encodingName, segments: message.segmentsCount, characters: message.numberOfCharacters };
}

const wholeSegmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** Grapheme continuations by one Intl.Segmenter call over the whole text; CR LF stays two characters, as Twilio counts them. */
const reference = (text: string): string => {
  const marks = new Uint8Array(text.length + 1);
  for (const { segment, index } of wholeSegmenter.segment(text)) {
    for (let inner = index + 1; inner < index + segment.length; inner++) {
      if (!(text.charCodeAt(inner - 1) === 13 && text.charCodeAt(inner) === 10)) marks[inner] = 1;
    }
  }
  return marks.join('');
};
/** Code points that join, break or trick grapheme segmentation, and inert ones beside them. */
const pieces = [
  'a',
  ' ',
  '\r',
  '\n',
  '©',
  '’',
  '中',
  '😀',
  '👍',
  '🏽',
  '\u200d',
  '\ufe0f',
  '\u0301',
  '🇺',
  '🇸',
  '\u0600', // Prepend
  '\u1100', // Hangul L
  '\u1161', // Hangul V
  '\u11a8', // Hangul T
  '\uac00', // Hangul LV
  '한', // Hangul LVT
  '\u3131', // compatibility jamo
  'क', // Devanagari consonant
  '\u094d', // virama
  '\u093e', // spacing mark
  '\ud83d', // lone high surrogate
  '\ude00', // lone low surrogate
  // Inert code units (never handed to the segmenter between two of their kind) beside marks.
  '“',
  '—',
  '…',
  '‼',
  '€',
  '™',
  'Ж',
  '\u0483', // Cyrillic combining mark
  'ب',
  '\u064b', // Arabic harakat
  'ש',
  '\u05b4', // Hebrew point
  'ア',
  '\u3099', // kana voicing mark
  'ｱ',
  '\uff9e', // half-width voicing mark
  '\u302a', // ideographic tone mark
  '\u2028',
  '\u202e',
  '\u200b',
  '\u200e',
  '\u2066',
  '\ufeff',
  '𝐁', // styled letter
  '𠀀', // CJK extension B
  '🀄',
  '\udb40\udc61', // tag (extends an emoji flag)
];

describe('encoding and segments', () => {
  it('has the whole corpus', () => {
    expect(corpus.length).toBe(159);
  });

  it.each(corpus.map((row) => [row.id, row] as const))('agrees with the corpus on %s', (_id, row) => {
    const text = row.smart_encoding ? smartEncode(row.text) : row.text;
    const expected = row.country && row.npm_disagrees ? row.npm_disagrees : row;
    const actual = countSegments(text);
    expect({ encoding: actual.encoding, segments: actual.segments }).toEqual({
      encoding: expected.encoding,
      segments: expected.segments,
    });
    if (!row.country) expect(actual.characters).toBe(row.characters);
    if (row.non_gsm_chars) {
      const offsets = analyzeEncoding(text).nonGsmOffsets;
      // Twilio lists whole graphemes ("a" + ZWJ); we list the code units that are not GSM-7.
      const expectedUnits = [...row.non_gsm_chars.join('')]
        .join('')
        .split('')
        .filter((unit) => !isGsmCharacter(unit));
      expect(offsets.map((offset) => text.charAt(offset))).toEqual(expectedUnits);
    }
  });

  it('agrees with Twilio’s calculator on random messages', () => {
    const pieces = [
      'a',
      'Z',
      ' ',
      '.',
      '1',
      '\n',
      '\r\n',
      '{',
      '€',
      '^',
      '|',
      'é',
      'Ä',
      'ß',
      'Ω',
      '’',
      '—',
      'ć',
      '中',
      '\u00a0',
      '😀',
      '👍🏽',
      '👨‍👩‍👧',
      '🇺🇸',
      '1️⃣',
      'e\u0301',
      '❤️',
    ];
    const piece = fc.constantFrom(...pieces);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), (parts) => {
        const text = parts.join('');
        expect(countSegments(text)).toEqual(oracle(text));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees around segment boundaries where a multi-unit grapheme would straddle a cut', () => {
    for (let prefix = 60; prefix < 140; prefix++) {
      for (const grapheme of ['😀', '👨‍👩‍👧', '🇺🇸', 'e\u0301', '👍🏽']) {
        const text = `${'x'.repeat(prefix)}${grapheme}${'y'.repeat(20)}`;
        expect(countSegments(text), `${prefix} + ${grapheme}`).toEqual(oracle(text));
      }
    }
  });

  it('lists the offsets of the characters that force UCS-2', () => {
    expect(analyzeEncoding('It’s 5 — ok').nonGsmOffsets).toEqual([2, 7]);
    expect(analyzeEncoding('Plain text {ok} €5').nonGsmOffsets).toEqual([]);
  });

  it('counts GSM extension characters twice and an empty message as one segment', () => {
    expect(countSegments('')).toEqual({ encoding: 'GSM-7', segments: 1, characters: 0 });
    expect(countSegments('{}')).toEqual({ encoding: 'GSM-7', segments: 1, characters: 4 });
    expect(countSegments('€'.repeat(80))).toEqual({ encoding: 'GSM-7', segments: 1, characters: 160 });
    expect(countSegments('€'.repeat(81))).toEqual({ encoding: 'GSM-7', segments: 2, characters: 162 });
  });

  it('only hands complex stretches to the grapheme segmenter', () => {
    const continuation = graphemeContinuations('ab 👍🏽 cd');
    expect([...continuation].map(String).join('')).toBe('00001110000');
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      graphemeContinuations('“Quoted” — it’s 中文, 한국어, Жена, שלום, مرحبا… €5 ™ 😀🎉 𝐁𝐎𝐋𝐃');
      expect(segment).not.toHaveBeenCalled();
    } finally {
      segment.mockRestore();
    }
  });

  it('gives the same graphemes when the segmenter sees the text in small chunks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }),
        fc.integer({ min: 1, max: 9 }),
        (parts, chunkSize) => {
          const text = parts.join('');
          expect(graphemeContinuations(text, chunkSize).join('')).toBe(reference(text));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('gives the same graphemes for a long text that starts like the last one (only the tail is marked anew)', () => {
    const part = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(part, part, part, fc.integer({ min: 1, max: 9 }), (head, tail, otherTail, chunkSize) => {
        // Over 4,096 code units, so the first answer is remembered; the shared part ends in tricky code points.
        const shared = `${head}${'x'.repeat(4_100)}${head}`;
        graphemeContinuations(shared + tail, chunkSize);
        const text = shared + otherTail;
        expect(graphemeContinuations(text, chunkSize).join('')).toBe(reference(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never hands the segmenter more than one bounded chunk at a time', () => {
    const lengths: number[] = [];
    const segment = Intl.Segmenter.prototype.segment;
    const spy = vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (
      this: Intl.Segmenter,
      input: string,
    ) {
      lengths.push(input.length);
      return segment.call(this, input);
    });
    try {
      // Units that need the segmenter all along (inert ones never reach it).
      // A skin tone between inert neighbours is decided without the segmenter: a joiner after it keeps it there.
      for (const unit of ['“\u0301', '👍🏽\u200d ', '🇺🇸', '中\u302a', 'e\u0301', '\u1100\u1161\u11a8']) {
        graphemeContinuations(unit.repeat(20_000).slice(0, 40_000));
      }
    } finally {
      spy.mockRestore();
    }
    expect(Math.max(...lengths)).toBeLessThanOrEqual(1025); // 1,024, or one more not to cut a surrogate pair
    // Each chunk but the last repeats at most its last grapheme (6 code units here), so about 1,020 new ones per call.
    expect(lengths.reduce((sum, length) => sum + length, 0)).toBeLessThan(6 * 40_000 * 1.01);
    expect(lengths.length).toBeGreaterThan(6 * 39);
  });

  it('marks a skin tone between inert neighbours without the segmenter, as the segmenter would', () => {
    const texts = ['👍🏽', '👍🏽 ok', 'a 👍🏽👍🏿😀🏻.', '中👍🏽中'];
    const expected = texts.map(reference);
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      expect(texts.map((text) => graphemeContinuations(text).join(''))).toEqual(expected);
      expect(segment).not.toHaveBeenCalled();
    } finally {
      segment.mockRestore();
    }
    // Not after a control, nor before a joiner, another skin tone or a combining mark: the segmenter decides.
    for (const text of ['\n🏽', '🏽🏽', '👍🏽\u200d👍', '👍🏽🏽', '👍🏽\u0301', '\u200b🏽']) {
      expect(graphemeContinuations(text).join('')).toBe(reference(text));
    }
  });

  it('handles a 100,000-character message', () => {
    const text = 'Reply STOP to opt out 😀 '.repeat(4000);
    const result = countSegments(text);
    expect(result.encoding).toBe('UCS-2');
    expect(result.segments).toBeGreaterThan(1400);
  });
});
