import { describe, expect, it } from 'vitest';
import { editDistance, editDistanceWithin } from './edit-distance';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['emoji', 'emoji', 0],
    ['emoji', 'emojis', 1],
    ['emoji', 'emjoi', 1],
    ['grammar', 'gramar', 1],
    ['kitten', 'sitting', 3],
    ['firmDomains', 'firmdomain', 2],
  ])('%j -> %j is %i edits', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });

  it('gives up past the limit', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistanceWithin('kitten', 'sitting', 3)).toBe(true);
    expect(editDistanceWithin('kitten', 'sitting', 2)).toBe(false);
  });
});
