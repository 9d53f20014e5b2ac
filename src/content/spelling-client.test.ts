import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Finding, lint } from '../rules';
import type { CheckSpellingArgs } from '../shared/spelling-protocol';
import { FieldSpelling, type SpellingTransport } from './spelling-client';

vi.mock('../shared/browser', () => ({ browser: {} }));

/** A host that flags every "teh", answering when the test says so. */
function fakeHost() {
  const calls: CheckSpellingArgs[] = [];
  const answers: (() => void)[] = [];
  const transport: SpellingTransport = {
    check(args) {
      calls.push(args);
      return new Promise<Finding[]>((resolve) => {
        answers.push(() => {
          const findings: Finding[] = [];
          for (const match of args.text.matchAll(/teh/g)) {
            if (args.settings.firmDictionary?.includes('teh')) continue;
            const start = match.index;
            findings.push({
              ruleId: 'spelling',
              messageId: 'misspelled',
              severity: 'warning',
              start,
              end: start + 3,
              message: 'misspelled',
              fixes: [],
            });
          }
          resolve(findings);
        });
      });
    },
  };
  return { transport, calls, answerNext: () => answers.shift()?.() };
}

const spellingOf = (report: { findings: Finding[] }) =>
  report.findings.filter((finding) => finding.ruleId === 'spelling').map((finding) => [finding.start, finding.end]);

describe('FieldSpelling', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks once typing pauses, merges the answer, and keeps one request in flight', async () => {
    const host = fakeHost();
    const onUpdate = vi.fn();
    const field = new FieldSpelling(onUpdate, host.transport, 150);
    const settings = {};
    for (const text of ['Hi', 'Hi teh', 'Hi teh case']) field.merge(text, lint(text, settings), settings);
    await vi.advanceTimersByTimeAsync(149);
    expect(host.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(host.calls.map((call) => call.text)).toEqual(['Hi teh case']);

    // Typing on while the request is out: no second request until the first answers.
    field.merge('Hi teh case is', lint('Hi teh case is', settings), settings);
    await vi.advanceTimersByTimeAsync(500);
    expect(host.calls).toHaveLength(1);
    host.answerNext();
    await vi.advanceTimersByTimeAsync(0);
    // The stale answer was dropped and the newer text asked for at once.
    expect(onUpdate).not.toHaveBeenCalled();
    expect(host.calls.map((call) => call.text)).toEqual(['Hi teh case', 'Hi teh case is']);
    host.answerNext();
    await vi.advanceTimersByTimeAsync(0);
    expect(onUpdate).toHaveBeenCalledTimes(1);
    const text = 'Hi teh case is';
    expect(spellingOf(field.merge(text, lint(text, settings), settings))).toEqual([[3, 6]]);
    // Same text and settings: answered already, nothing more is asked.
    await vi.advanceTimersByTimeAsync(1000);
    expect(host.calls).toHaveLength(2);
    field.destroy();
  });

  it('waits for a pause after the last keystroke of a run, however long the run', async () => {
    const host = fakeHost();
    const field = new FieldSpelling(() => {}, host.transport, 150);
    let text = 'Hi';
    for (let key = 0; key < 8; key++) {
      text += ' teh';
      field.merge(text, lint(text, {}), {});
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(host.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(49);
    expect(host.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(host.calls.map((call) => call.text)).toEqual([text]);
    field.destroy();
  });

  it('moves known findings along while the user types, and asks again when settings change', async () => {
    const host = fakeHost();
    const field = new FieldSpelling(() => {}, host.transport, 150);
    const text = 'teh and teh';
    field.merge(text, lint(text, {}), {});
    await vi.advanceTimersByTimeAsync(150);
    host.answerNext();
    await vi.advanceTimersByTimeAsync(0);
    // An edit at the start shifts the second finding and drops the first one it touched.
    const edited = 'the and teh';
    expect(spellingOf(field.merge(edited, lint(edited, {}), {}))).toEqual([[8, 11]]);
    const prefixed = `Hi ${edited}`;
    expect(spellingOf(field.merge(prefixed, lint(prefixed, {}), {}))).toEqual([[11, 14]]);
    await vi.advanceTimersByTimeAsync(150);
    expect(host.calls.at(-1)?.text).toBe(prefixed);
    host.answerNext();
    await vi.advanceTimersByTimeAsync(0);

    const withWord = { firmDictionary: ['teh'] };
    field.merge(prefixed, lint(prefixed, withWord), withWord);
    await vi.advanceTimersByTimeAsync(150);
    expect(host.calls.at(-1)?.settings).toEqual({ firmDictionary: ['teh'] });
    host.answerNext();
    await vi.advanceTimersByTimeAsync(0);
    expect(spellingOf(field.merge(prefixed, lint(prefixed, withWord), withWord))).toEqual([]);
    field.destroy();
  });

  it('says spelling is unavailable when the host fails (once, not per retry), and retries a little', async () => {
    const onUpdate = vi.fn();
    const check = vi.fn(() => Promise.reject(new Error('gone')));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const field = new FieldSpelling(onUpdate, { check }, 10);
    field.merge('teh', lint('teh', {}), {});
    expect(field.unavailable).toBeNull();
    await vi.advanceTimersByTimeAsync(20);
    // The field redraws once to show the state (its badge's title, the popup); no findings come of it.
    expect(onUpdate).toHaveBeenCalledTimes(1);
    expect(field.unavailable).toBe('gone');
    expect(spellingOf(field.merge('teh', lint('teh', {}), {}))).toEqual([]);
    // Asked again after 0.5, 2, 5 and 10 s (the host may be starting on a busy machine), then it
    // waits for the next edit.
    await vi.advanceTimersByTimeAsync(600);
    expect(check).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(check).toHaveBeenCalledTimes(5);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(check).toHaveBeenCalledTimes(5);
    field.merge('teh!', lint('teh!', {}), {});
    await vi.advanceTimersByTimeAsync(20);
    expect(check).toHaveBeenCalledTimes(6);
    expect(onUpdate).toHaveBeenCalledTimes(1);
    // Logged once for the page, not once per retry.
    expect(warn.mock.calls.filter(([message]) => String(message).includes('spelling check failed'))).toHaveLength(1);
    warn.mockRestore();
    field.destroy();
  });

  it('a host that answers on a later try still gets its findings shown', async () => {
    const onUpdate = vi.fn();
    let calls = 0;
    const misspelled: Finding = {
      ruleId: 'spelling',
      messageId: 'misspelled',
      severity: 'warning',
      start: 0,
      end: 3,
      message: 'misspelled',
      fixes: [],
    };
    const check = vi.fn(async (): Promise<Finding[]> => {
      calls += 1;
      if (calls < 4) throw new Error('Receiving end does not exist');
      return [misspelled];
    });
    const field = new FieldSpelling(onUpdate, { check }, 10);
    field.merge('teh', lint('teh', {}), {});
    await vi.advanceTimersByTimeAsync(10_000);
    expect(check).toHaveBeenCalledTimes(4);
    // Once when it failed (unavailable), once with the findings (available again).
    expect(onUpdate).toHaveBeenCalledTimes(2);
    expect(field.unavailable).toBeNull();
    expect(spellingOf(field.merge('teh', lint('teh', {}), {}))).toEqual([[0, 3]]);
    field.destroy();
  });
});
