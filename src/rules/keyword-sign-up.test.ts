import { describe, expect, it } from 'vitest';
import { findKeywordSignUps, keywordSignUpsOf, mayHoldShortCode } from './keyword-sign-up';
import { parseMessage } from './message';
import { forgetRecentMessages } from './recent-cache';

describe('findKeywordSignUps', () => {
  it.each([
    ['Text JOIN to 55123 for tips.', 'JOIN', '55123'],
    ['txt "SAVE" to 40404', 'SAVE', '40404'],
    ['Send the word DEALS to 272727 today', 'DEALS', '272727'],
    ['Reply GOLD CLUB to 31313', 'GOLD CLUB', '31313'],
    ['Text the word PERKS to short code 46464.', 'PERKS', '46464'],
    ['SMS CLAIM to number 55555.', 'CLAIM', '55555'],
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
    'Text JOIN to 8007.',
  ])('finds none in %j', (text) => {
    expect(findKeywordSignUps(text)).toEqual([]);
  });

  it('reports where the sign-up stands', () => {
    const text = 'Hi! Text JOIN to 55123.';
    expect(findKeywordSignUps(text)).toEqual([{ start: 4, end: 22, keyword: 'JOIN', code: '55123' }]);
  });
});

describe('mayHoldShortCode', () => {
  it.each([
    ['Text JOIN to 55123 for deals', true],
    ['Reply STOP to 404040', true],
    ['Case 4471: call (415) 555-0134 on 3/14', false],
    ['', false],
  ])('%j -> %s', (text, expected) => {
    expect(mayHoldShortCode(text)).toBe(expected);
  });
});

describe('keywordSignUpsOf', () => {
  it('finds the sign-ups of the message text once per message until the lint ends', () => {
    const first = parseMessage('Text JOIN to 55123 for tips. Reply STOP to 55123 to stop.');
    const second = parseMessage('Envíe UNIRSE al 40404.');
    const signUps = keywordSignUpsOf(first);
    expect(signUps).toEqual(findKeywordSignUps(first.text));
    expect(signUps.map((found) => found.keyword)).toEqual(['JOIN']);
    expect(keywordSignUpsOf(second).map((found) => found.code)).toEqual(['40404']);
    expect(keywordSignUpsOf(first)).toBe(signUps);
    forgetRecentMessages();
    expect(keywordSignUpsOf(first)).not.toBe(signUps);
    expect(keywordSignUpsOf(first)).toEqual(signUps);
  });
});
