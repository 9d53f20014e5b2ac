import { describe, expect, it } from 'vitest';
import { VERDICT_COLORS } from '../shared/verdict-colors';
import { type ToolbarAction, toolbar } from './toolbar';

function fakeAction() {
  const calls: string[] = [];
  const action: ToolbarAction = {
    setBadgeText: async ({ tabId, text }) => void calls.push(`text ${tabId ?? 'all'} ${text}`),
    setBadgeBackgroundColor: async ({ tabId, color }) => void calls.push(`color ${tabId ?? 'all'} ${color}`),
    setTitle: async ({ tabId, title }) => void calls.push(`title ${tabId ?? 'all'} ${title}`),
  };
  return { action, calls };
}

describe('toolbar', () => {
  it.each([
    [{ findings: 0, verdict: 'ready' as const }, '0', VERDICT_COLORS.ready, '0 issues, ready to send'],
    [{ findings: 1, verdict: 'review' as const }, '1', VERDICT_COLORS.review, '1 issue, review before sending'],
    [{ findings: 4, verdict: 'blocked' as const }, '4', VERDICT_COLORS.blocked, '4 issues, likely to be blocked'],
    [{ findings: 250, verdict: 'blocked' as const }, '99+', VERDICT_COLORS.blocked, '250 issues, likely to be blocked'],
  ])('shows %j as %s', async (report, text, color, title) => {
    const { action, calls } = fakeAction();
    await toolbar(action).show(3, report);
    expect(calls).toEqual([`text 3 ${text}`, `color 3 ${color}`, `title 3 SMS Compliance Checker: ${title}`]);
  });

  it('ignores reports from outside a tab and refuses malformed ones', async () => {
    const { action, calls } = fakeAction();
    await toolbar(action).show(undefined, { findings: 2, verdict: 'review' });
    expect(calls).toEqual([]);
    await expect(toolbar(action).show(1, { findings: -1, verdict: 'review' })).rejects.toThrow(/finding count/);
    await expect(toolbar(action).show(1, { findings: 1, verdict: 'maybe' as unknown as 'ready' })).rejects.toThrow(
      /verdict/,
    );
    expect(calls).toEqual([]);
  });

  it('clears a tab back to the plain button', async () => {
    const { action, calls } = fakeAction();
    await toolbar(action).clear(5);
    expect(calls).toEqual(['text 5 ', 'title 5 SMS Compliance Checker']);
  });

  it('a frame whose field went away clears the button, unless another frame has shown its field since', async () => {
    const { action, calls } = fakeAction();
    const button = toolbar(action);
    await button.show(7, { findings: 2, verdict: 'review' }, 3);
    calls.length = 0;
    await button.fieldGone(7, 0);
    expect(calls).toEqual([]);
    await button.fieldGone(7, 3);
    expect(calls).toEqual(['text 7 ', 'title 7 SMS Compliance Checker']);
    // Unknown owner (the service worker restarted): cleared.
    calls.length = 0;
    await toolbar(action).fieldGone(7, 5);
    expect(calls).toEqual(['text 7 ', 'title 7 SMS Compliance Checker']);
    calls.length = 0;
    await button.fieldGone(undefined, 0);
    expect(calls).toEqual([]);
  });

  it('forgets a closed tab: a later report from any frame of a reused id is its own', async () => {
    const { action, calls } = fakeAction();
    const button = toolbar(action);
    await button.show(9, { findings: 1, verdict: 'review' }, 2);
    button.forget(9);
    calls.length = 0;
    await button.fieldGone(9, 0);
    expect(calls).toEqual(['text 9 ', 'title 9 SMS Compliance Checker']);
  });

  it('shows "!" with the reason on every tab while the settings cannot be read, then goes back', async () => {
    const { action, calls } = fakeAction();
    const button = toolbar(action);
    const problem = "Your firm's settings could not be read (IO error); the last settings read are used.";
    await button.storageProblem(problem);
    expect(calls).toEqual(['text all !', 'color all #5f6368', `title all SMS Compliance Checker: ${problem}`]);
    calls.length = 0;
    // Told again: nothing to change.
    await button.storageProblem(problem);
    expect(calls).toEqual([]);
    // A tab showing a field says it after its verdict; a tab cleared shows the problem, not nothing.
    await button.show(3, { findings: 1, verdict: 'review' });
    expect(calls.at(-1)).toBe(`title 3 SMS Compliance Checker: 1 issue, review before sending. ${problem}`);
    calls.length = 0;
    await button.clear(3);
    expect(calls).toEqual(['text 3 !', 'color 3 #5f6368', `title 3 SMS Compliance Checker: ${problem}`]);
    calls.length = 0;
    await button.storageProblem(null);
    expect(calls).toEqual(['text all ', 'color all #5f6368', 'title all SMS Compliance Checker']);
  });
});
