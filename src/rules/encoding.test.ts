import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { SegmentedMessage } from 'sms-segments-calculator';
import SmartEncodingMap from 'sms-segments-calculator/dist/libs/SmartEncodingMap';
import { describe, expect, it } from 'vitest';
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
  });

  it('handles a 100,000-character message', () => {
    const text = 'Reply STOP to opt out 😀 '.repeat(4000);
    const result = countSegments(text);
    expect(result.encoding).toBe('UCS-2');
    expect(result.segments).toBeGreaterThan(1400);
  });
});
