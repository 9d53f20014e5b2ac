import { describe, expect, it } from 'vitest';
import { FINDINGS_PER_REPLY, isLintReply, type LintReply } from '../shared/lint-protocol';
import { answerLintRequest, serveLintPort } from './linting';

function fakePort() {
  const replies: LintReply[] = [];
  let listener: (message: unknown) => void = () => undefined;
  return {
    replies,
    send: (message: unknown) => listener(message),
    port: {
      postMessage: (reply: LintReply) => replies.push(reply),
      onMessage: {
        addListener: (added: (message: unknown) => void) => {
          listener = added;
        },
      },
    },
  };
}

describe('background linting', () => {
  it('lints with the settings the port configured, and describes the rules in its first answer only', () => {
    const { port, send, replies } = fakePort();
    serveLintPort(port);
    send({ kind: 'configure', settings: { firmName: 'Smith Law', firmDomains: ['smithlaw.com'] } });
    send({
      kind: 'lint',
      id: 1,
      text: 'Smith Law: https://smithlaw.com/x Reply STOP to opt out.',
      firstMessage: false,
    });
    send({ kind: 'lint', id: 2, text: 'Hi, see https://example.org', firstMessage: false });
    expect(replies).toHaveLength(2);
    const [first, second] = replies;
    if (first?.kind !== 'report' || second?.kind !== 'report') throw new Error('expected two reports');
    expect(first.id).toBe(1);
    expect(first.report.findings.map((finding) => finding.ruleId)).not.toContain('link-domain-not-firm');
    expect(Object.keys(first.ruleDocs)).toContain('link-domain-not-firm');
    expect(second.report.findings.map((finding) => finding.ruleId)).toContain('link-domain-not-firm');
    expect(second.ruleDocs).toEqual({});
  });

  it('sends a report with very many findings in pieces the page can read one task at a time', () => {
    const { port, send, replies } = fakePort();
    serveLintPort(port);
    const text = '“('.repeat(FINDINGS_PER_REPLY * 2);
    send({ kind: 'lint', id: 3, text, firstMessage: false });
    const [head, ...rest] = replies;
    if (head?.kind !== 'report') throw new Error('expected the report first');
    const total = answerLintRequest({ kind: 'lint', id: 3, text, firstMessage: false }, {}, false);
    if (total.kind !== 'report') throw new Error(total.error);
    expect(head.report.findings).toHaveLength(FINDINGS_PER_REPLY);
    expect(head.findingsToFollow).toBe(total.report.findings.length - FINDINGS_PER_REPLY);
    expect(head.report.score).toBe(total.report.score);
    expect(rest.every((reply) => reply.kind === 'findings' && reply.id === 3)).toBe(true);
    for (const reply of replies) expect(isLintReply(reply)).toBe(true);
    const joined = [
      ...head.report.findings,
      ...rest.flatMap((reply) => (reply.kind === 'findings' ? reply.findings : [])),
    ];
    expect(joined).toEqual(total.report.findings);
    expect(Math.max(...rest.map((reply) => (reply.kind === 'findings' ? reply.findings.length : 0)))).toBe(
      FINDINGS_PER_REPLY,
    );
  });

  it('ignores messages that are not lint requests', () => {
    const { port, send, replies } = fakePort();
    serveLintPort(port);
    send({ kind: 'lint', id: 'x', text: 1 });
    send(null);
    send('hello');
    expect(replies).toEqual([]);
  });

  it('answers a 100,000-character text in one report with its figures', () => {
    const text = 'Please call our office about your case. '.repeat(2_500);
    const reply = answerLintRequest({ kind: 'lint', id: 7, text, firstMessage: false }, {}, false);
    if (reply.kind !== 'report') throw new Error(reply.error);
    expect(reply.report.characters).toBe(100_000);
    expect(reply.report.findings.map((finding) => finding.ruleId)).toContain('message-length');
  });

  it('turns a throwing rule into an error answer rather than no answer', () => {
    const settings = {
      get ruleSeverity(): never {
        throw new Error('broken settings');
      },
    };
    const reply = answerLintRequest({ kind: 'lint', id: 3, text: 'hi', firstMessage: false }, settings, false);
    expect(reply).toEqual({ kind: 'error', id: 3, error: 'broken settings' });
  });
});
