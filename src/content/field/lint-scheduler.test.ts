import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../rules';
import type { LintAnswer } from '../lint-client';
import { LintScheduler, type LintSchedulerHost, MAX_LINT_DELAY_MS, SETTLE_TIMEOUT_MS } from './lint-scheduler';

function report(text: string): Report {
  return {
    score: 100,
    verdict: 'ready',
    findings: [],
    encoding: 'GSM-7',
    segments: 1,
    characters: text.length,
  };
}

/** A linter whose answers the test releases one by one, with a clock the test moves. */
class FakeLinter {
  readonly requests: { text: string; firstMessage: boolean; answer(cost?: number): void; fail(error: Error): void }[] =
    [];
  clock = 0;

  lint = (text: string, firstMessage: boolean): Promise<LintAnswer> =>
    new Promise((resolve, reject) => {
      this.requests.push({
        text,
        firstMessage,
        answer: (cost = 1) => {
          this.clock += cost;
          resolve({ report: report(text), linter: 'page' });
        },
        fail: reject,
      });
    });

  get last() {
    const request = this.requests[this.requests.length - 1];
    if (request === undefined) throw new Error('no request');
    return request;
  }
}

function setup(initialText = 'Hello') {
  const linter = new FakeLinter();
  let text = initialText;
  let focused = true;
  let generation = 0;
  const host = {
    readText: () => text,
    lint: linter.lint,
    settingsGeneration: () => generation,
    hasFocus: () => focused,
    complete: vi.fn((_text: string, lintReport: Report) => lintReport),
    answered: vi.fn<(edited: boolean) => void>(),
    failed: vi.fn(),
    schedule: vi.fn(),
    isDestroyed: () => false,
    now: () => linter.clock,
  } satisfies LintSchedulerHost;
  const scheduler = new LintScheduler(host, false);
  return {
    linter,
    host,
    scheduler,
    type(next: string) {
      text = next;
      scheduler.markDirty();
    },
    setText(next: string) {
      text = next;
    },
    blur() {
      focused = false;
    },
    bumpSettings() {
      generation++;
    },
    /** The first lint of the field's text, answered at `cost` ms on the linter's clock. */
    async lintedOnce(cost = 1) {
      scheduler.markDirty();
      linter.last.answer(cost);
      await answersLand();
    },
  };
}

/** Lets the promise callbacks of a released answer run. */
const answersLand = () => Promise.resolve().then(() => undefined);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('LintScheduler', () => {
  it('sends the text once, and the answer becomes the report', async () => {
    const { linter, scheduler, host } = setup('Hi there');
    scheduler.markDirty();
    expect(linter.requests.map((request) => request.text)).toEqual(['Hi there']);
    expect(scheduler.checking).toBe(true);
    linter.last.answer();
    await answersLand();
    expect(scheduler.report?.characters).toBe(8);
    expect(scheduler.text).toBe('Hi there');
    expect(scheduler.linter).toBe('page');
    expect(scheduler.checking).toBe(false);
    expect(host.answered).toHaveBeenCalledWith(true);
    // Nothing changed: nothing is sent again.
    scheduler.markDirty();
    scheduler.pump();
    expect(linter.requests).toHaveLength(1);
  });

  it('keeps one request in flight and asks again with the newest text when the answer lands', async () => {
    const { linter, scheduler, type } = setup('H');
    scheduler.markDirty();
    type('Hi');
    type('Hi!');
    expect(linter.requests.map((request) => request.text)).toEqual(['H']);
    linter.last.answer();
    await answersLand();
    expect(linter.requests.map((request) => request.text)).toEqual(['H', 'Hi!']);
    linter.last.answer();
    await answersLand();
    expect(scheduler.text).toBe('Hi!');
    expect(scheduler.stale).toBe(false);
  });

  it('waits for a pause in typing once a long text was slow to lint', async () => {
    const long = 'x'.repeat(5_000);
    const { linter, scheduler, type, lintedOnce } = setup(long);
    await lintedOnce(120);
    type(`${long}y`);
    type(`${long}yz`);
    // No request while typing goes on; the badge says it is checking.
    expect(linter.requests).toHaveLength(1);
    expect(scheduler.checking).toBe(true);
    // A frame does not send it either.
    scheduler.pump();
    expect(linter.requests).toHaveLength(1);
    vi.advanceTimersByTime(Math.min(MAX_LINT_DELAY_MS, 240) - 1);
    expect(linter.requests).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(linter.requests.map((request) => request.text.length)).toEqual([5_000, 5_002]);
  });

  it('sends a pasted document from a task of its own and says it is checking until its answer', async () => {
    const { linter, scheduler, type, lintedOnce } = setup('Hi');
    await lintedOnce();
    const pasted = `Hi ${'word '.repeat(2_000)}`;
    type(pasted);
    // Not inside the paste's own task (the browser has just laid out the whole text there).
    expect(linter.requests).toHaveLength(1);
    expect(scheduler.checking).toBe(true);
    scheduler.pump();
    expect(linter.requests).toHaveLength(1);
    vi.advanceTimersByTime(0);
    expect(linter.requests.map((request) => request.text.length)).toEqual([2, pasted.length]);
    expect(scheduler.checking).toBe(true);
    linter.last.answer(5);
    await answersLand();
    expect(scheduler.checking).toBe(false);
    expect(scheduler.text.length).toBe(pasted.length);
    // Typing on in it is an ordinary change again: sent at once.
    type(`${pasted}!`);
    expect(linter.requests).toHaveLength(3);
    expect(scheduler.checking).toBe(false);
  });

  it('an answer for the text before a paste does not end the wait for the pasted one', async () => {
    const { linter, scheduler, type, lintedOnce } = setup('Hi');
    await lintedOnce();
    type('Hi!');
    const before = linter.last;
    const pasted = `Hi! ${'word '.repeat(2_000)}`;
    type(pasted);
    vi.advanceTimersByTime(0);
    before.answer();
    await answersLand();
    expect(scheduler.text).toBe('Hi!');
    expect(scheduler.checking).toBe(true);
    vi.advanceTimersByTime(0);
    expect(linter.last.text.length).toBe(pasted.length);
    linter.last.answer();
    await answersLand();
    expect(scheduler.checking).toBe(false);
  });

  it('cutting a document out is a big change too', async () => {
    const long = 'word '.repeat(2_000);
    const { linter, scheduler, type, lintedOnce } = setup(long);
    await lintedOnce(10);
    type('Hi');
    expect(linter.requests).toHaveLength(1);
    expect(scheduler.checking).toBe(true);
    vi.advanceTimersByTime(0);
    expect(linter.last.text).toBe('Hi');
  });

  it('a short text never waits, however slow its answer', async () => {
    const { linter, type, lintedOnce } = setup('Hi');
    await lintedOnce(500);
    type('Hi!');
    expect(linter.requests).toHaveLength(2);
  });

  it('expects an answer for a few milliseconds after sending', async () => {
    const { linter, scheduler, type, lintedOnce } = setup('Hi');
    await lintedOnce();
    type('Hi!');
    expect(scheduler.answerExpected).toBe(true);
    linter.clock += 60;
    expect(scheduler.answerExpected).toBe(false);
  });

  it('does not lint an empty field nobody is in', () => {
    const { linter, scheduler, blur } = setup('');
    blur();
    scheduler.markDirty();
    expect(linter.requests).toHaveLength(0);
    expect(scheduler.stale).toBe(false);
  });

  it('lints again when the settings change', async () => {
    const { linter, scheduler, bumpSettings, lintedOnce } = setup('Hi');
    await lintedOnce();
    bumpSettings();
    scheduler.markDirty();
    expect(linter.requests).toHaveLength(2);
  });

  it('stops treating the text as the first message once the field is emptied', async () => {
    const { linter, scheduler, type } = setup('Hi');
    scheduler.firstMessage = true;
    scheduler.markDirty();
    expect(linter.last.firstMessage).toBe(true);
    linter.last.answer();
    await answersLand();
    type('');
    expect(scheduler.firstMessage).toBe(false);
    expect(linter.last.firstMessage).toBe(false);
  });

  it('settled() resolves once the answer for the current text is in', async () => {
    const { linter, scheduler, type, lintedOnce } = setup('Hi');
    await lintedOnce();
    type('Hi!');
    let done = false;
    void scheduler.settled().then(() => {
      done = true;
    });
    await answersLand();
    expect(done).toBe(false);
    expect(linter.last.text).toBe('Hi!');
    linter.last.answer();
    await answersLand();
    await answersLand();
    expect(done).toBe(true);
  });

  it('settled() asks at once instead of waiting for the pause, and gives up after a timeout', async () => {
    const long = 'x'.repeat(5_000);
    const { linter, scheduler, type, lintedOnce } = setup(long);
    await lintedOnce(100);
    type(`${long}y`);
    expect(linter.requests).toHaveLength(1);
    let done = false;
    void scheduler.settled().then(() => {
      done = true;
    });
    expect(linter.requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(SETTLE_TIMEOUT_MS);
    expect(done).toBe(true);
  });

  it('a failure is kept, reported and settles the waiters', async () => {
    const { linter, scheduler, host } = setup('Hi');
    const settled = scheduler.settled();
    linter.last.fail(new Error('the extension was reloaded'));
    await settled;
    expect(scheduler.lintFailure).toBe('the extension was reloaded');
    expect(host.failed).toHaveBeenCalledOnce();
    // The next change tries again, and a good answer clears the failure.
    scheduler.markDirty();
    linter.last.answer();
    await answersLand();
    expect(scheduler.lintFailure).toBeNull();
  });

  it('completes the report again when the field adds findings later (spelling)', async () => {
    const { linter, scheduler, host } = setup('Hi');
    expect(scheduler.recomplete()).toBe(false);
    scheduler.markDirty();
    linter.last.answer();
    await answersLand();
    expect(scheduler.recomplete()).toBe(true);
    expect(host.complete).toHaveBeenCalledTimes(2);
  });

  it('destroy() clears the pause timer and settles', async () => {
    const long = 'x'.repeat(5_000);
    const { linter, scheduler, type, lintedOnce } = setup(long);
    await lintedOnce(100);
    type(`${long}y`);
    scheduler.destroy();
    vi.advanceTimersByTime(MAX_LINT_DELAY_MS);
    expect(linter.requests).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
