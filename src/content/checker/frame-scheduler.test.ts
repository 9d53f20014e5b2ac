import { describe, expect, it, vi } from 'vitest';
import { FrameScheduler } from './frame-scheduler';

function item(name: string, log: string[], fail = false) {
  return {
    isDestroyed: false,
    frame: () => {
      if (fail) throw new Error('broken editor');
      log.push(name);
    },
  };
}

function setup() {
  const frames: (() => void)[] = [];
  const log: string[] = [];
  const abort = new AbortController();
  const hooks = {
    before: vi.fn(() => log.push('before')),
    after: vi.fn((drawn: number) => log.push(`after ${drawn}`)),
  };
  const scheduler = new FrameScheduler<ReturnType<typeof item>>(
    (callback) => frames.push(callback),
    hooks,
    abort.signal,
  );
  const runFrame = () => {
    const callback = frames.shift();
    if (callback === undefined) throw new Error('no frame requested');
    callback();
  };
  return { frames, log, abort, hooks, scheduler, runFrame };
}

describe('FrameScheduler', () => {
  it('asks for one frame for many items and draws each once, between the hooks', () => {
    const { frames, log, scheduler, runFrame } = setup();
    const a = item('a', log);
    const b = item('b', log);
    scheduler.schedule(a);
    scheduler.schedule(b);
    scheduler.schedule(a);
    expect(frames).toHaveLength(1);
    runFrame();
    expect(log).toEqual(['before', 'a', 'b', 'after 2']);
    expect(scheduler.hasPending).toBe(false);
  });

  it('add() marks items without asking for a frame; request() asks', () => {
    const { frames, log, scheduler, runFrame } = setup();
    scheduler.add([item('a', log)]);
    expect(frames).toHaveLength(0);
    expect(scheduler.hasPending).toBe(true);
    scheduler.request();
    runFrame();
    expect(log).toEqual(['before', 'a', 'after 1']);
  });

  it('skips destroyed and forgotten items, and one that throws does not stop the others', () => {
    const { log, scheduler, runFrame } = setup();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const gone = { ...item('gone', log), isDestroyed: true };
    const forgotten = item('forgotten', log);
    scheduler.schedule(gone);
    scheduler.schedule(forgotten);
    scheduler.schedule(item('broken', log, true));
    scheduler.schedule(item('fine', log));
    scheduler.forget(forgotten);
    runFrame();
    expect(log).toEqual(['before', 'fine', 'after 3']);
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it('an item scheduled during the frame gets the next one', () => {
    const { frames, log, scheduler, runFrame } = setup();
    const again = {
      isDestroyed: false,
      frame: () => {
        log.push('again');
        if (log.filter((entry) => entry === 'again').length === 1) scheduler.schedule(again);
      },
    };
    scheduler.schedule(again);
    runFrame();
    expect(frames).toHaveLength(1);
    runFrame();
    expect(log).toEqual(['before', 'again', 'after 1', 'before', 'again', 'after 1']);
  });

  it('does nothing once aborted', () => {
    const { frames, log, abort, scheduler, hooks } = setup();
    scheduler.schedule(item('a', log));
    abort.abort();
    frames.shift()?.();
    scheduler.schedule(item('b', log));
    expect(frames).toHaveLength(0);
    expect(hooks.before).not.toHaveBeenCalled();
  });
});
