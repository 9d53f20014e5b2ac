import { describe, expect, it } from 'vitest';
import { tidyDeletions } from './deletions';

describe('tidyDeletions', () => {
  it('returns one edit per range and none overlap', () => {
    const text = 'a ** ** b';
    const edits = tidyDeletions(text, [
      { start: 2, end: 4 },
      { start: 5, end: 7 },
    ]);
    expect(edits).toEqual([
      { start: 2, end: 5, text: '' },
      { start: 5, end: 8, text: '' },
    ]);
  });
});
