import { describe, expect, it } from 'vitest';
import { lazy, lazyBuildSteps, warmUpStep } from './lazy';

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

  it('the rules register their costly values: link detector, segmenter, number format, phrase lists', async () => {
    await import('./engine');
    // links, encoding, message-length, and the forbidden, legal-context and phishing phrase lists.
    expect(lazyBuildSteps().length).toBeGreaterThanOrEqual(6);
    for (const step of lazyBuildSteps()) step();
  });
});
