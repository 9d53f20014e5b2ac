import { describe, expect, it } from 'vitest';
import { forgetRecentMessages, RecentCache } from './recent-cache';

describe('RecentCache', () => {
  it('answers for the last keys by identity, not by value', () => {
    const cache = new RecentCache<object, string>(2);
    const first = { id: 1 };
    cache.set(first, 'one');
    expect(cache.get(first)).toBe('one');
    expect(cache.get({ id: 1 })).toBeUndefined();
  });

  it('forgets the oldest key once more keys than its capacity came', () => {
    const cache = new RecentCache<object, number>(2);
    const keys = [{}, {}, {}];
    for (const [index, key] of keys.entries()) cache.set(key, index);
    expect(keys.map((key) => cache.get(key))).toEqual([undefined, 1, 2]);
  });

  it('replaces the value of a key it holds without forgetting another', () => {
    const cache = new RecentCache<object, number>(2);
    const [a, b] = [{}, {}];
    cache.set(a, 1).set(b, 2).set(a, 3);
    expect(cache.get(a)).toBe(3);
    expect(cache.get(b)).toBe(2);
  });

  it('is emptied when a lint ends (forgetRecentMessages), unless it lives inside another cache', () => {
    const released = new RecentCache<object, number>();
    const nested = new RecentCache<object, number>(2, false);
    const key = {};
    released.set(key, 1);
    nested.set(key, 2);
    forgetRecentMessages();
    expect(released.get(key)).toBeUndefined();
    expect(nested.get(key)).toBe(2);
    released.set(key, 3);
    expect(released.get(key)).toBe(3);
  });
});
