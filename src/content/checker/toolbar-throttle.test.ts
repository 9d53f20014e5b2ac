import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TOOLBAR_DELAY_MS, TOOLBAR_MAX_WAIT_MS, ToolbarThrottle } from './toolbar-throttle';

function setup() {
  const send = vi.fn();
  const clear = vi.fn();
  return { send, clear, toolbar: new ToolbarThrottle<string>(send, clear) };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ToolbarThrottle', () => {
  it('sends the last count once typing pauses, and only what changed', () => {
    const { send, toolbar } = setup();
    toolbar.show('a', 1, 'review');
    toolbar.show('a', 2, 'review');
    toolbar.show('a', 3, 'blocked');
    expect(send).not.toHaveBeenCalled();
    vi.advanceTimersByTime(TOOLBAR_DELAY_MS);
    expect(send).toHaveBeenCalledExactlyOnceWith(3, 'blocked');
    toolbar.show('a', 3, 'blocked');
    vi.advanceTimersByTime(TOOLBAR_DELAY_MS);
    expect(send).toHaveBeenCalledOnce();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('sends nothing while the count keeps changing, then once typing pauses', () => {
    const { send, toolbar } = setup();
    // A key every 100 ms, each changing the count: no message competes with the keystrokes.
    for (let key = 0; key < 10; key++) {
      toolbar.show('a', key % 2, 'review');
      vi.advanceTimersByTime(100);
    }
    expect(send).not.toHaveBeenCalled();
    vi.advanceTimersByTime(TOOLBAR_DELAY_MS);
    expect(send).toHaveBeenCalledExactlyOnceWith(1, 'review');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('shows the count at least every TOOLBAR_MAX_WAIT_MS while typing goes on', () => {
    const { send, toolbar } = setup();
    for (let elapsed = 0; elapsed < TOOLBAR_MAX_WAIT_MS + TOOLBAR_DELAY_MS; elapsed += 100) {
      toolbar.show('a', (elapsed / 100) % 3, 'review');
      vi.advanceTimersByTime(100);
    }
    expect(send).toHaveBeenCalledOnce();
  });

  it('sends nothing when the count went back to what the button shows', () => {
    const { send, toolbar } = setup();
    toolbar.show('a', 1, 'review');
    vi.advanceTimersByTime(TOOLBAR_DELAY_MS);
    toolbar.show('a', 2, 'review');
    toolbar.show('a', 1, 'review');
    vi.advanceTimersByTime(TOOLBAR_DELAY_MS);
    expect(send).toHaveBeenCalledOnce();
  });

  it('tells again after a focus change (another frame may have shown its field)', () => {
    const { send, toolbar } = setup();
    toolbar.show('a', 1, 'review');
    vi.advanceTimersByTime(TOOLBAR_DELAY_MS);
    toolbar.focusChanged();
    toolbar.show('a', 1, 'review');
    vi.advanceTimersByTime(TOOLBAR_DELAY_MS);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('clears the button when the field it shows goes away, not for another field', () => {
    const { send, clear, toolbar } = setup();
    toolbar.show('a', 1, 'review');
    vi.advanceTimersByTime(TOOLBAR_DELAY_MS);
    toolbar.forget('b');
    expect(clear).not.toHaveBeenCalled();
    toolbar.show('a', 2, 'review');
    toolbar.forget('a');
    expect(clear).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(TOOLBAR_DELAY_MS);
    expect(send).toHaveBeenCalledOnce();
    // Nothing shown: nothing to clear.
    toolbar.clear();
    expect(clear).toHaveBeenCalledOnce();
  });
});
