/**
 * The toolbar button of a tab shows the verdict colour and the finding count of the field in use
 * there, like the badge beside the field, so the state is visible from anywhere on the page. The
 * content script tells only when the count or verdict changes; a navigation clears it. When the
 * settings cannot be read from storage, every tab's button shows "!" with the reason in its title
 * (and a tab showing a field adds the reason to its title), until a read succeeds again.
 */
import type { ToolbarReportArgs } from '../shared/field-protocol';
import { VERDICT_COLORS } from '../shared/verdict-colors';

const DEFAULT_TITLE = 'SMS Compliance Checker';
const VERDICT_WORDS = { ready: 'ready to send', review: 'review before sending', blocked: 'likely to be blocked' };
/** The badge of a storage problem: the grey of "unavailable" on the page. */
const PROBLEM_COLOR = '#5f6368';

/** The part of the `action` API used here (no tabId: every tab without a value of its own); tests pass a fake. */
export interface ToolbarAction {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
  setTitle(details: { tabId?: number; title: string }): Promise<void>;
}

function isVerdict(value: unknown): value is ToolbarReportArgs['verdict'] {
  return value === 'ready' || value === 'review' || value === 'blocked';
}

export function toolbar(action: ToolbarAction) {
  /** Per tab, the frame whose field the button shows: another frame's field going away must not clear it. */
  const shownBy = new Map<number, number>();
  /** Why the settings could not be read, while they cannot. */
  let problem: string | null = null;
  const clear = async (tabId: number): Promise<void> => {
    shownBy.delete(tabId);
    if (problem !== null) {
      await Promise.all([
        action.setBadgeText({ tabId, text: '!' }),
        action.setBadgeBackgroundColor({ tabId, color: PROBLEM_COLOR }),
        action.setTitle({ tabId, title: `${DEFAULT_TITLE}: ${problem}` }),
      ]);
      return;
    }
    await Promise.all([action.setBadgeText({ tabId, text: '' }), action.setTitle({ tabId, title: DEFAULT_TITLE })]);
  };
  return {
    /**
     * The settings could not be read (`message`), or can again (null): shown on every tab's button
     * that shows no field; a tab that shows one says it in its title.
     */
    async storageProblem(message: string | null): Promise<void> {
      if (message === problem) return;
      problem = message;
      await Promise.all([
        action.setBadgeText({ text: message === null ? '' : '!' }),
        action.setBadgeBackgroundColor({ color: PROBLEM_COLOR }),
        action.setTitle({ title: message === null ? DEFAULT_TITLE : `${DEFAULT_TITLE}: ${message}` }),
      ]);
    },
    async show(tabId: number | undefined, report: ToolbarReportArgs, frameId = 0): Promise<undefined> {
      if (tabId === undefined || tabId < 0) return undefined;
      if (!isVerdict(report.verdict) || !Number.isInteger(report.findings) || report.findings < 0) {
        throw new Error('A toolbar report needs a verdict and a finding count.');
      }
      const count = report.findings;
      shownBy.set(tabId, frameId);
      await Promise.all([
        action.setBadgeText({ tabId, text: count > 99 ? '99+' : String(count) }),
        action.setBadgeBackgroundColor({ tabId, color: VERDICT_COLORS[report.verdict] }),
        action.setTitle({
          tabId,
          title: `${DEFAULT_TITLE}: ${count} ${count === 1 ? 'issue' : 'issues'}, ${VERDICT_WORDS[report.verdict]}${problem === null ? '' : `. ${problem}`}`,
        }),
      ]);
      return undefined;
    },
    /** A new page in the tab: whatever the button showed was about the old one. */
    clear,
    /** The tab closed: nothing to show or clear there any more. */
    forget(tabId: number): void {
      shownBy.delete(tabId);
    },
    /**
     * The field a frame showed went away. Cleared unless another frame has shown its field since
     * (unknown after the service worker restarted: cleared, the next report shows it again).
     */
    async fieldGone(tabId: number | undefined, frameId = 0): Promise<undefined> {
      if (tabId === undefined || tabId < 0) return undefined;
      const owner = shownBy.get(tabId);
      if (owner !== undefined && owner !== frameId) return undefined;
      await clear(tabId);
      return undefined;
    },
  };
}
