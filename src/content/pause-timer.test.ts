import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PauseTimer } from './pause-timer';

describe('PauseTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('calls back once the changes pause, looking again when it fires instead of a timer per change', () => {
    const onPause = vi.fn();
    const timer = new PauseTimer(onPause, 100);
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    // Changes at 0, 30, 60, 90 and 120 ms.
    for (let key = 0; key < 5; key++) {
      timer.changed();
      vi.advanceTimersByTime(30);
    }
    // Armed at the first change, looked again once at 100 ms.
    expect(setTimeoutSpy).toHaveBeenCalledTimes(2);
    expect(onPause).not.toHaveBeenCalled();
    vi.advanceTimersByTime(69);
    expect(onPause).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onPause).toHaveBeenCalledTimes(1);
    expect(timer.pending).toBe(false);
  });

  it('calls back after the longest wait while the changes go on', () => {
    const onPause = vi.fn();
    const timer = new PauseTimer(onPause, 100, 250);
    for (let key = 0; key < 10; key++) {
      timer.changed();
      vi.advanceTimersByTime(40);
    }
    expect(onPause).toHaveBeenCalledTimes(1);
  });

  it('fires a retry after its delay, cut to the pause by a change', () => {
    const onPause = vi.fn();
    const timer = new PauseTimer(onPause, 100);
    timer.fireIn(1_000);
    vi.advanceTimersByTime(500);
    timer.changed();
    vi.advanceTimersByTime(100);
    expect(onPause).toHaveBeenCalledTimes(1);
    timer.fireIn(1_000);
    vi.advanceTimersByTime(999);
    expect(onPause).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(onPause).toHaveBeenCalledTimes(2);
  });

  it('does nothing once cancelled', () => {
    const onPause = vi.fn();
    const timer = new PauseTimer(onPause, 100);
    timer.changed();
    timer.cancel();
    vi.advanceTimersByTime(1_000);
    expect(onPause).not.toHaveBeenCalled();
  });
});
