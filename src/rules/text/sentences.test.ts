import { describe, expect, it } from 'vitest';
import { parseMessage } from '../message';
import { sentenceIndexOfWords, sentenceWordRanges } from './sentences';

function sentences(text: string): string[] {
  const { words } = parseMessage(text);
  return sentenceWordRanges(text, words).map(([first, last]) =>
    words
      .slice(first, last + 1)
      .map((word) => word.text)
      .join(' '),
  );
}

describe('sentences', () => {
  it.each([
    ['One. Two! Three? Four; five', ['One', 'Two', 'Three', 'Four', 'five']],
    ['Good news: you won', ['Good news you won']],
    ['Dr. Lee and Mr. Diaz met at the U.S. court.', ['Dr Lee and Mr Diaz met at the U S court']],
    ['Case No. 4512 is set. Bring ID', ['Case No 4512 is set', 'Bring ID']],
    ['It costs $4.15. Pay now', ['It costs 4.15', 'Pay now']],
    ['Line one\nline two', ['Line one', 'line two']],
    ['Wait… what', ['Wait', 'what']],
  ])('%j splits into %j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('caches per words array', () => {
    const { text, words } = parseMessage('A. B.');
    expect(sentenceIndexOfWords(text, words)).toBe(sentenceIndexOfWords(text, words));
  });
});
