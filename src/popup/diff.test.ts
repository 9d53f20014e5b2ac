import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffText } from './diff';

function sides(parts: ReturnType<typeof diffText>) {
  return {
    before: parts
      .filter((p) => p.kind !== 'insert')
      .map((p) => p.text)
      .join(''),
    after: parts
      .filter((p) => p.kind !== 'delete')
      .map((p) => p.text)
      .join(''),
  };
}

describe('diffText', () => {
  it('shows a replaced shortener link and an appended STOP line', () => {
    const parts = diffText(
      'Hi Maria, your hearing moved to 3/14. Details: https://bit.ly/x',
      'Hi Maria, your hearing moved to 3/14. Details: https://hd.law/x Reply STOP to opt out.',
    );
    expect(parts.filter((p) => p.kind === 'delete').map((p) => p.text)).toEqual(['bit.ly']);
    expect(parts.some((p) => p.kind === 'insert' && p.text.includes('STOP'))).toBe(true);
  });

  it('returns one same part for equal text and nothing for two empty texts', () => {
    expect(diffText('abc def', 'abc def')).toEqual([{ kind: 'same', text: 'abc def' }]);
    expect(diffText('', '')).toEqual([]);
  });

  it('always reproduces both texts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(sides(diffText(a, b))).toEqual({ before: a, after: b });
      }),
    );
  });
});
