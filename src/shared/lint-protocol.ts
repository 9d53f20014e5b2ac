/**
 * The lint channel: a long-lived port from each frame's content script to the background, which
 * runs the rules library. The rules (with the public suffix list, the TLD list and the phrase data)
 * live once in the background instead of in every frame of every enabled page, so the content
 * script stays small and a long lint never blocks the page. Messages on a port arrive in order, so
 * a request always uses the settings last configured before it.
 *
 * Like messages.ts this module is pure: `messaging.ts` wires it to `runtime.connect`.
 */
import type { FirmSettings } from '../rules/settings';
import type { Report, RuleCategory } from '../rules/types';

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

export type LintReply =
  /** `ruleDocs`: every rule's text in the first answer on a port, so it crosses the channel once; empty after. */
  | { kind: 'report'; id: number; report: Report; ruleDocs: Record<string, RuleDoc> }
  | { kind: 'error'; id: number; error: string };

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
  return value.kind === 'report' && isObject(value.report) && isObject(value.ruleDocs);
}
