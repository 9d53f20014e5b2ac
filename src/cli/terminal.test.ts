import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeForTerminal, stringifyJson } from './terminal';

// Everything a terminal may act on: no raw C0 (tab aside), DEL, C1, separators, bidi controls, lone surrogates.
const RAW_UNSAFE = /(?!\t)[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]|\p{Cs}/u;

describe('escapeForTerminal', () => {
  it.each([
    ['an SGR color sequence', '\u001b[31mred\u001b[0m', '\\x1b[31mred\\x1b[0m'],
    ['a window-title OSC ended by BEL', '\u001b]0;pwned\u0007', '\\x1b]0;pwned\\x07'],
    [
      'an OSC 8 hyperlink ended by ST',
      '\u001b]8;;https://evil.example\u001b\\',
      '\\x1b]8;;https://evil.example\\x1b\\',
    ],
    ['a C1 CSI', '\u009b2J', '\\x9b2J'],
    ['DEL and NUL', 'a\u007fb\u0000c', 'a\\x7fb\\x00c'],
    ['a carriage return that would overwrite the line', 'ok\rFAKE', 'ok\\rFAKE'],
    ['a line feed that would forge a line', 'one\ntwo', 'one\\ntwo'],
    ['a right-to-left override', 'abc\u202edcba', 'abc\\u202edcba'],
    ['every bidi embedding and override', '\u202a\u202b\u202c\u202d\u202e', '\\u202a\\u202b\\u202c\\u202d\\u202e'],
    ['every bidi isolate', '\u2066\u2067\u2068\u2069', '\\u2066\\u2067\\u2068\\u2069'],
    ['the line and paragraph separators', '\u2028\u2029', '\\u2028\\u2029'],
    ['a lone surrogate', 'a\ud800b\udc00', 'a\\ud800b\\udc00'],
    ['a tab (kept)', 'a\tb', 'a\tb'],
    ['emoji, accents and curly quotes (kept)', 'Café “ok” 😀👍🏽', 'Café “ok” 😀👍🏽'],
    ['a backslash (kept)', 'C:\\files', 'C:\\files'],
  ])('%s', (_name, input, expected) => {
    expect(escapeForTerminal(input)).toBe(expected);
  });

  it('keeps line feeds when asked, and still escapes a carriage return', () => {
    expect(escapeForTerminal('Error: \u001b[2J\n    at x\r\n', { keepLineFeeds: true })).toBe(
      'Error: \\x1b[2J\n    at x\\r\n',
    );
  });

  it('never lets an unsafe character through', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(escapeForTerminal(text)).not.toMatch(RAW_UNSAFE);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('stringifyJson', () => {
  it.each([
    ['C0 (JSON escapes it already)', '\u001b[31m', '"\\u001b[31m"'],
    ['C1', '\u009b2J', '"\\u009b2J"'],
    ['DEL', '\u007f', '"\\u007f"'],
    ['bidi overrides and isolates', '\u202e\u2066', '"\\u202e\\u2066"'],
    ['separators', '\u2028\u2029', '"\\u2028\\u2029"'],
    ['a lone surrogate (JSON escapes it already)', '\ud800', '"\\ud800"'],
    ['ordinary text', 'Café 😀', '"Café 😀"'],
  ])('escapes %s', (_name, input, expected) => {
    expect(stringifyJson(input)).toBe(expected);
  });

  it('gives the same value back to a JSON parser, with nothing unsafe raw', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit: 'binary' }), fc.oneof(fc.string({ unit: 'binary' }), fc.integer())),
        (value) => {
          const json = stringifyJson(value);
          expect(json).not.toMatch(RAW_UNSAFE);
          expect(JSON.parse(json)).toEqual(value);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
