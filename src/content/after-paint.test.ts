import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-paint';

/** A window whose animation frames run only when the test paints one. */
function fakeView() {
  const frames: (() => void)[] = [];
  const view = {
    setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
  } as unknown as Window;
  const paint = () => {
    for (const frame of frames.splice(0)) frame();
  };
  return { view, paint };
}

describe('afterNextPaint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs in the task after the next frame, not before it, and only once', async () => {
    const { view, paint } = fakeView();
    const callback = vi.fn();
    afterNextPaint(view, callback, 250);
    await vi.advanceTimersByTimeAsync(10);
    expect(callback).not.toHaveBeenCalled();
    paint();
    expect(callback).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(callback).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('runs after the fallback delay where no frame is painted (hidden tab), and not again later', async () => {
    const { view, paint } = fakeView();
    const callback = vi.fn();
    afterNextPaint(view, callback, 250);
    await vi.advanceTimersByTimeAsync(249);
    expect(callback).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(callback).toHaveBeenCalledTimes(1);
    paint();
    await vi.advanceTimersByTimeAsync(10);
    expect(callback).toHaveBeenCalledTimes(1);
  });
});
