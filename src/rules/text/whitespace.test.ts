import { describe, expect, it } from 'vitest';
import { isWhitespaceCode } from './whitespace';

describe('isWhitespaceCode', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhitespaceCode(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });

  it.each([
    [0x20, true],
    [0x0a, true],
    [0xa0, true],
    [0x3000, true],
    [0x41, false],
    [0x200b, false],
    [Number.NaN, false],
  ])('code %s -> %s', (code, expected) => {
    expect(isWhitespaceCode(code)).toBe(expected);
  });
});
