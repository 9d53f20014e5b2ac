/**
 * The lint channel: a long-lived port from each frame's content script to the background, which
 * runs the rules library. It lints what the in-page linter (below) does not: long texts, whose lint
 * could hold up the page, and everything until the in-page linter has started or where it cannot
 * load. The rules (with the public suffix list, the TLD list and the phrase data) are not in the
 * content script, which stays small. Messages on a port arrive in order, so a request always uses
 * the settings last configured before it.
 *
 * Like messages.ts this module is pure: `messaging.ts` wires it to `runtime.connect`.
 */
import type { Finding, FirmSettings, Report, RuleCategory } from '../rules';

export const LINT_PORT_NAME = 'sms-compliance-checker/lint';

/** What the card shows about a rule beside its findings. */
export interface RuleDoc {
  description: string;
  why: string;
  category: RuleCategory;
}

export type LintRequest =
  /** The firm settings every following lint on this port uses. */
  | { kind: 'configure'; settings: Partial<FirmSettings> }
  | { kind: 'lint'; id: number; text: string; firstMessage: boolean };

/**
 * Findings sent in one message at most. A pasted document of punctuation can have hundreds of
 * thousands of findings, and the page reads each message in one task: 150,000 findings in one
 * report took the page 1.3 s to receive. A report with more goes in pieces, each read in a task of
 * its own: the report with its first findings and how many follow, then `findings` replies.
 */
export const FINDINGS_PER_REPLY = 2_000;

export type LintReply =
  /**
   * `ruleDocs`: every rule's text in the first answer on a port, so it crosses the channel once;
   * empty after. `findingsToFollow`: how many more findings of this report come in `findings`
   * replies (absent when none do).
   */
  | { kind: 'report'; id: number; report: Report; ruleDocs: Record<string, RuleDoc>; findingsToFollow?: number }
  /** The next findings of report `id`, in order. */
  | { kind: 'findings'; id: number; findings: Finding[] }
  | { kind: 'error'; id: number; error: string };

/**
 * The replies that carry `report`: one when its findings fit in one, else the report with its first
 * FINDINGS_PER_REPLY findings and then the rest, FINDINGS_PER_REPLY at a time.
 */
export function reportReplies(id: number, report: Report, ruleDocs: Record<string, RuleDoc>): LintReply[] {
  const { findings } = report;
  if (findings.length <= FINDINGS_PER_REPLY) return [{ kind: 'report', id, report, ruleDocs }];
  const replies: LintReply[] = [
    {
      kind: 'report',
      id,
      report: { ...report, findings: findings.slice(0, FINDINGS_PER_REPLY) },
      ruleDocs,
      findingsToFollow: findings.length - FINDINGS_PER_REPLY,
    },
  ];
  for (let start = FINDINGS_PER_REPLY; start < findings.length; start += FINDINGS_PER_REPLY) {
    replies.push({ kind: 'findings', id, findings: findings.slice(start, start + FINDINGS_PER_REPLY) });
  }
  return replies;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** One frame's end of the lint channel. */
export interface LintConnection {
  post(request: LintRequest): void;
  close(): void;
}

/** Opens a channel; `onClose` runs when the other end drops it. */
export type ConnectLint = (onReply: (reply: LintReply) => void, onClose: () => void) => LintConnection;

export function isLintRequest(value: unknown): value is LintRequest {
  if (!isObject(value)) return false;
  if (value.kind === 'configure') return isObject(value.settings);
  return (
    value.kind === 'lint' &&
    typeof value.id === 'number' &&
    typeof value.text === 'string' &&
    typeof value.firstMessage === 'boolean'
  );
}

export function isLintReply(value: unknown): value is LintReply {
  if (!isObject(value) || typeof value.id !== 'number') return false;
  if (value.kind === 'error') return typeof value.error === 'string';
  if (value.kind === 'findings') return Array.isArray(value.findings);
  return (
    value.kind === 'report' &&
    isObject(value.report) &&
    isObject(value.ruleDocs) &&
    (value.findingsToFollow === undefined ||
      (typeof value.findingsToFollow === 'number' &&
        Number.isInteger(value.findingsToFollow) &&
        value.findingsToFollow > 0))
  );
}

/**
 * The in-page linter: the same rules library, loaded into the content script's own (isolated)
 * world when a field is first focused, so a short message is linted without a round trip to the
 * background. Its last part (content/in-page-linter.ts as built) hands this object over on the
 * isolated world's global under IN_PAGE_LINTER_KEY, which the page's own scripts cannot see.
 */
export interface InPageLinter {
  lint(text: string, settings: Partial<FirmSettings>, firstMessage: boolean): Report;
  ruleDocs: Record<string, RuleDoc>;
  /**
   * The rules' first-use work (compiling large patterns, building Intl objects) cut into steps,
   * which the client runs one per task before the first keystroke needs them, so that no single
   * task of the page takes long.
   */
  warmUp: readonly (() => unknown)[];
}

export const IN_PAGE_LINTER_KEY = Symbol.for('sms-compliance-checker.in-page-linter');

/** The in-page linter the module left on `scope`, or null when it is missing or not ours. */
export function inPageLinterOn(scope: object): InPageLinter | null {
  const candidate: unknown = (scope as Record<symbol, unknown>)[IN_PAGE_LINTER_KEY];
  if (
    !isObject(candidate) ||
    typeof candidate.lint !== 'function' ||
    !isObject(candidate.ruleDocs) ||
    !Array.isArray(candidate.warmUp)
  ) {
    return null;
  }
  return candidate as unknown as InPageLinter;
}
