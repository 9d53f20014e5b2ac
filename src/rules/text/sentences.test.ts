import { describe, expect, it } from 'vitest';
import { parseMessage } from '../message';
import { expectsCapital, opensSentence, sentenceIndexOfWords, sentenceWordRanges } from './sentences';

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
    ['Your update is ready 🎉 URGENT sign today', ['Your update is ready', 'URGENT sign today']],
    ['Copyright © 2025 Hartwell', ['Copyright 2025 Hartwell']],
    ['Su cita con la Dra. Sánchez es hoy', ['Su cita con la Dra Sánchez es hoy']],
    ['The mediator, Judge Ramos (ret.) Lee, confirmed', ['The mediator Judge Ramos ret Lee confirmed']],
  ])('%j splits into %j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('caches per words array', () => {
    const { text, words } = parseMessage('A. B.');
    expect(sentenceIndexOfWords(text, words)).toBe(sentenceIndexOfWords(text, words));
  });

  it('says which words open a sentence', () => {
    const { text, words } = parseMessage('Hi Maria; call Dr. Lee. Thanks');
    expect(words.map((_, index) => opensSentence(text, words, index))).toEqual([true, false, true, false, false, true]);
  });

  it.each([
    ['Hello. world', 'world', true],
    ['"Yes," she said. "we won"', 'we', true],
    ['Hi Maria,\nyour hearing moved', 'your', false],
    ['one; two', 'two', false],
    ['We are waiting... the clerk', 'the', false],
    ['Suite 5. then left', 'then', false],
    ['Call Dr. lee', 'lee', false],
    ['Hello.world', 'world', false],
    ['first', 'first', true],
  ])('%j: a capital is expected at %j: %s', (text, word, expected) => {
    const { words } = parseMessage(text);
    const index = words.findIndex((span) => span.text === word);
    expect(expectsCapital(text, words, index)).toBe(expected);
  });
});
