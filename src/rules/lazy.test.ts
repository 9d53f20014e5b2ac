import { describe, expect, it } from 'vitest';
import { lazy, lazyBuildSteps, lazySet, warmUpStep } from './lazy';

describe('lazy', () => {
  it('builds on first use only, once, and lists a step that builds it ahead of time', () => {
    let builds = 0;
    const before = lazyBuildSteps().length;
    const value = lazy(() => ({ built: ++builds }));
    expect(builds).toBe(0);
    const steps = lazyBuildSteps();
    expect(steps).toHaveLength(before + 1);
    steps.at(-1)?.();
    expect(builds).toBe(1);
    expect(value()).toEqual({ built: 1 });
    expect(value()).toBe(value());
    expect(builds).toBe(1);
  });

  it('lists a warm-up step right after the value it readies; running it again is harmless', () => {
    let builds = 0;
    let warmed = 0;
    const value = lazy(() => ({ built: ++builds }));
    warmUpStep(() => {
      warmed++;
      return value();
    });
    const steps = lazyBuildSteps();
    steps.at(-2)?.();
    steps.at(-1)?.();
    steps.at(-1)?.();
    expect({ builds, warmed }).toEqual({ builds: 1, warmed: 2 });
  });

  it('builds a lazy set on first use, once, and reads like the set itself', () => {
    let builds = 0;
    const before = lazyBuildSteps().length;
    const words = lazySet(() => {
      builds++;
      return ['court', 'hearing', 'court'];
    });
    expect(builds).toBe(0);
    expect(lazyBuildSteps()).toHaveLength(before + 1);
    expect(words.has('court')).toBe(true);
    expect(words.has('trial')).toBe(false);
    expect(words.size).toBe(2);
    expect([...words]).toEqual(['court', 'hearing']);
    expect([...words.keys()]).toEqual([...words.values()]);
    expect([...words.entries()]).toEqual([
      ['court', 'court'],
      ['hearing', 'hearing'],
    ]);
    const seen: string[] = [];
    words.forEach((word, again, set) => {
      expect(again).toBe(word);
      expect(set).toBe(words);
      seen.push(word);
    });
    expect(seen).toEqual(['court', 'hearing']);
    expect(builds).toBe(1);
  });

  it('the rules register their costly values: link detector, segmenter, number format, phrase lists', async () => {
    await import('./engine');
    // links, encoding, message-length, and the forbidden, legal-context and phishing phrase lists.
    expect(lazyBuildSteps().length).toBeGreaterThanOrEqual(6);
    for (const step of lazyBuildSteps()) step();
  });
});
