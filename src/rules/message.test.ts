import emojiRegex from 'emoji-regex';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEmojiByPattern, findWords, findWordsByPattern, parseMessage } from './message';

describe('findWords', () => {
  it.each([
    ["Don't sign the co-op's lease", ["Don't", 'sign', 'the', "co-op's", 'lease']],
    ['$5,000 a week, 4.15% or 1.2.3', ['5,000', 'a', 'week', '4.15', 'or', '1', '2.3']],
    ['café’s naïve résumé', ['café’s', 'naïve', 'résumé']],
    ['e\u0301tude 😀ok 𝐀bc ٣٤ 中文', ['e\u0301tude', 'ok', '𝐀bc', '٣٤', '中文']],
    ["trailing - and ' and x-", ['trailing', 'and', 'and', 'x']],
  ])('%j', (text, expected) => {
    expect(findWords(text).map((word) => word.text)).toEqual(expected);
  });

  it('finds what the word pattern finds, on any mix of the characters it looks at', () => {
    const unit = fc.constantFrom(
      ..."aZk09 '’-,.\n\t/é\u0301ñ٣中\u00a0_",
      '😀',
      '𝐀',
      '\ud83d',
      '\ude00',
      '5,000',
      '4.15',
      "o'",
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (units) => {
        const text = units.join('');
        expect(findWords(text)).toEqual(findWordsByPattern(text));
      }),
      { numRuns: 3_000 },
    );
  });

  it('leaves out words inside links and e-mail addresses', () => {
    const words = parseMessage('Upload it at portal.example.com/docs or mail a@example.com today').words;
    expect(words.map((word) => word.text)).toEqual(['Upload', 'it', 'at', 'or', 'mail', 'today']);
  });
});

describe('emoji', () => {
  it('starts a match of emoji-regex only at "#", "*", a digit or past ASCII', () => {
    const pattern = new RegExp(emojiRegex().source, 'y');
    const starters: string[] = [];
    for (let code = 0; code < 0x80; code++) {
      for (const after of ['', '\ufe0f', '\u20e3', '\ufe0f\u20e3', '\u200d😀', '\ud83c\udffd']) {
        pattern.lastIndex = 0;
        if (pattern.test(String.fromCharCode(code) + after)) starters.push(String.fromCharCode(code));
      }
    }
    expect([...new Set(starters)].sort().join('')).toMatch(/^[#*0-9]+$/);
  });

  it('finds what exec() of emoji-regex finds, on any mix of the characters it looks at', () => {
    const unit = fc.constantFrom(
      ...'a1#* ©™❤✔\u200d\ufe0f\u20e3\ud83d\ude00',
      '😀',
      '👍🏽',
      '🏽',
      '1️⃣',
      '👨‍👩‍👧‍👦',
      '🇺🇸',
      '🇺',
      '❤️',
      '“',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (units) => {
        const text = units.join('');
        const { emoji } = parseMessage(text);
        const found = Array.from(emoji.starts, (start, index) => ({ start, end: emoji.ends[index] }));
        expect(emoji.length).toBe(found.length);
        expect(found).toEqual(findEmojiByPattern(text).map(({ start, end }) => ({ start, end })));
      }),
      { numRuns: 3_000 },
    );
  });
});
