import emojiRegex from 'emoji-regex';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEmojiByPattern, findWords, findWordsByPattern, isEmojiCandidateAt, parseMessage } from './message';

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
  it('starts a match of emoji-regex only where findEmoji looks for one', () => {
    const pattern = new RegExp(emojiRegex().source, 'y');
    // The same class as message.ts's EMOJI_CANDIDATE, and its keycap lookahead.
    const candidate = /^(?:[\xa9\xae\u203c-\u3299\ud83c-\ud83e]|[#*0-9](?=[\ufe0f\u20e3]))/;
    const afters = ['', '\ufe0f', '\u20e3', '\ufe0f\u20e3', '\ud83c\udffb', '\u200d\u2642\ufe0f', '\udc00', 'a'];
    const missed: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      for (const after of afters) {
        const text = String.fromCharCode(code) + after;
        pattern.lastIndex = 0;
        if (pattern.test(text) && !candidate.test(text)) missed.push(text);
      }
    }
    expect(missed).toEqual([]);
    // isEmojiCandidateAt agrees with the class.
    const disagree: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      for (const after of ['', '\ufe0f', '\u20e3']) {
        const text = String.fromCharCode(code) + after;
        if (isEmojiCandidateAt(text, 0) !== candidate.test(text)) disagree.push(code);
      }
    }
    expect(disagree).toEqual([]);
  });

  it('starts a match at "#", "*" or a digit only before U+FE0F or U+20E3', () => {
    const pattern = new RegExp(emojiRegex().source, 'y');
    for (const first of '#*0123456789') {
      for (let code = 0; code < 0x10000; code++) {
        const next = String.fromCharCode(code);
        for (const after of ['', '\u20e3', '\ufe0f', '\udc00']) {
          pattern.lastIndex = 0;
          if (pattern.test(first + next + after)) expect([0xfe0f, 0x20e3]).toContain(code);
        }
      }
    }
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
