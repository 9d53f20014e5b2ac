import { describe, expect, it } from 'vitest';
import { findKeywordSignUps } from './keyword-sign-up';

describe('findKeywordSignUps', () => {
  it.each([
    ['Text JOIN to 55123 for tips.', 'JOIN', '55123'],
    ['txt "WIN" to 88600', 'WIN', '88600'],
    ['Send the word GO to 83600 now', 'GO', '83600'],
    ['Reply NOKIA ON to 8007', 'NOKIA ON', '8007'],
    ['Txt word: START to No: 81151', 'START', '81151'],
    ['text GO to: 69988', 'GO', '69988'],
    ['SMS CLAIM to short code 55555.', 'CLAIM', '55555'],
  ])('finds the sign-up in %j', (text, keyword, code) => {
    expect(findKeywordSignUps(text).map((found) => ({ keyword: found.keyword, code: found.code }))).toEqual([
      { keyword, code },
    ]);
  });

  it.each([
    'Text STOP to 55123 to opt out.',
    'Reply HELP to 55123 for help.',
    'Send the forms to 78701.',
    'Send it to 55123.',
    'Text me at 512-555-0147.',
    'Text JOIN to 5551234567.',
  ])('finds none in %j', (text) => {
    expect(findKeywordSignUps(text)).toEqual([]);
  });

  it('reports where the sign-up stands', () => {
    const text = 'Hi! Text JOIN to 55123.';
    expect(findKeywordSignUps(text)).toEqual([{ start: 4, end: 22, keyword: 'JOIN', code: '55123' }]);
  });
});
