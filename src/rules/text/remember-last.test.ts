import { describe, expect, it } from 'vitest';
import { rememberLast, rememberRecent } from './remember-last';

describe('rememberLast', () => {
  it('computes again only when the argument changes', () => {
    const calls: string[] = [];
    const label = rememberLast((word: string) => {
      calls.push(word);
      return `Capitalize "${word}"`;
    });
    expect([label('hi'), label('hi'), label('yo'), label('hi')]).toEqual([
      'Capitalize "hi"',
      'Capitalize "hi"',
      'Capitalize "yo"',
      'Capitalize "hi"',
    ]);
    expect(calls).toEqual(['hi', 'yo', 'hi']);
  });

  it('returns the very same answer for a repeat', () => {
    const data = rememberLast((mark: string) => ({ mark }));
    expect(data('(')).toBe(data('('));
    expect(data(')')).toEqual({ mark: ')' });
  });

  it('remembers undefined as an argument like any other', () => {
    let count = 0;
    const answer = rememberLast((value: string | undefined) => {
      count++;
      return value ?? 'none';
    });
    expect([answer(undefined), answer(undefined)]).toEqual(['none', 'none']);
    expect(count).toBe(1);
  });
});

describe('rememberRecent', () => {
  it('remembers alternating arguments, and forgets all once full', () => {
    const calls: string[] = [];
    const describe = rememberRecent((mark: string) => {
      calls.push(mark);
      return `The mark ${mark}`;
    }, 2);
    expect([describe('“'), describe('”'), describe('“'), describe('”')]).toEqual([
      'The mark “',
      'The mark ”',
      'The mark “',
      'The mark ”',
    ]);
    expect(calls).toEqual(['“', '”']);
    describe('(');
    describe('“');
    expect(calls).toEqual(['“', '”', '(', '“']);
  });
});
