import { describe, expect, it } from 'vitest';
import { paragraphAt, paragraphStarts } from './paragraph-tops';

describe('paragraphStarts', () => {
  it.each([
    ['', [0]],
    ['one line', [0]],
    ['a\nb', [0, 2]],
    ['a\n\nb\n', [0, 2, 3, 5]],
    ['\n', [0, 1]],
  ])('%j starts paragraphs at %j', (text, starts) => {
    expect(paragraphStarts(text)).toEqual(starts);
  });
});

describe('paragraphAt', () => {
  const layout = { starts: [0, 10, 25, 30], tops: [0, 20, 60, 80] };
  it.each([
    [-5, 0],
    [0, 0],
    [19.9, 0],
    [20, 1],
    [59, 1],
    [60, 2],
    [80, 3],
    [1_000, 3],
  ])('y %d is in paragraph %d', (y, index) => {
    expect(paragraphAt(layout, y)).toBe(index);
  });

  it('answers 0 for a text of one paragraph', () => {
    expect(paragraphAt({ starts: [0], tops: [0] }, 500)).toBe(0);
  });
});
