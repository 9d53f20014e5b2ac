/**
 * Lints for the content scripts (see shared/lint-protocol.ts). Each port keeps the settings its
 * frame configured; its first answer also carries what the card says about every rule. Pure apart from the port
 * shape, so it is unit-tested with a fake port.
 */
import { type FirmSettings, lint } from '../rules';
import { isLintRequest, type LintReply, type LintRequest, reportReplies } from '../shared/lint-protocol';
import { allRuleDocs } from '../shared/rule-docs';

export interface LintPort {
  postMessage(reply: LintReply): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
}

/** Lints one request; `describeRules` adds every rule's text (the first answer on a port). */
export function answerLintRequest(
  request: Extract<LintRequest, { kind: 'lint' }>,
  settings: Partial<FirmSettings>,
  describeRules: boolean,
): Extract<LintReply, { kind: 'report' | 'error' }> {
  try {
    const report = lint(request.text, settings, { firstMessage: request.firstMessage });
    return { kind: 'report', id: request.id, report, ruleDocs: describeRules ? allRuleDocs() : {} };
  } catch (error) {
    return { kind: 'error', id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Serves one content script's port until it disconnects. */
export function serveLintPort(port: LintPort): void {
  let settings: Partial<FirmSettings> = {};
  let rulesDescribed = false;
  port.onMessage.addListener((message) => {
    if (!isLintRequest(message)) return;
    if (message.kind === 'configure') {
      settings = message.settings;
      return;
    }
    const reply = answerLintRequest(message, settings, !rulesDescribed);
    if (reply.kind === 'report') rulesDescribed = true;
    // A report with very many findings goes in pieces, so that the page reads none of them in a long task.
    const replies = reply.kind === 'report' ? reportReplies(reply.id, reply.report, reply.ruleDocs) : [reply];
    try {
      for (const piece of replies) port.postMessage(piece);
    } catch {
      // The frame went away while this lint ran: nobody is waiting for the answer.
    }
  });
}
