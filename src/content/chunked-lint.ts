/**
 * Linting a huge text (a pasted 100,000-character document) without freezing the page: lint() of
 * the whole text is one long task (parsing alone is tens of milliseconds), so the text is linted in
 * windows cut at line or sentence ends, a few windows per task under a time budget, and the
 * findings are merged with their offsets moved back onto the whole text.
 *
 * What only the whole text can say is patched in:
 * - the length (message-length) and the encoding/segment figures are computed on the whole text
 *   (they need only the text and its encoding, a linear scan);
 * - rules that report a missing element (no STOP wording, no terms link) keep their finding only
 *   when every window lacks it, at the last window's place (the end of the message);
 * - findings a rule makes once per message (the firm's name is missing or not set, firm domains or
 *   phones not set) are kept once, from the first window that has them.
 * Messages of other rules that quote whole-message figures (non-GSM characters: "2 segments instead
 * of 1") are those of their window: a text this long is refused by Twilio anyway, which the
 * message-length error says.
 */
import { analyzeEncoding } from '../rules/encoding';
import { formatMessage, lint } from '../rules/engine';
import { parseMessage } from '../rules/message';
import messageLength from '../rules/rules/message-length';
import { scoreFindings } from '../rules/score';
import { type FirmSettings, withDefaults } from '../rules/settings';
import type { Finding, Fix, LintContext, Report } from '../rules/types';

/** Texts up to this length are linted in one go (a few milliseconds). */
export const CHUNKED_LINT_THRESHOLD = 12_000;
/**
 * Target window length; windows end at a line or sentence end near it. A window of text dense
 * with findings costs up to ~15 ms here (2-core machine), so a task holds one or a few.
 */
const WINDOW = 1_500;
/** How far back from the target a cut may move to find a line or sentence end. */
const CUT_SLACK = 500;
/** The first window runs the rules' code before it is optimised (3x slower): keep it short. */
const FIRST_WINDOW = 400;
/** Work per task before yielding to the page (well under the 50 ms long-task threshold). */
const TASK_BUDGET_MS = 12;

/** Rules whose finding says something is missing from the whole message. */
const ABSENCE_FINDINGS = new Set(['opt-out-instructions:missing', 'terms-link:noTermsUrl']);
/** Rules that report once per message. */
const ONCE_PER_MESSAGE_RULES = new Set(['sender-identification']);
const ONCE_PER_MESSAGE_FINDINGS = new Set(['link-domain-not-firm:noFirmDomains', 'phone-number-not-firm:noFirmPhones']);
/** Computed on the whole text, never per window. */
const WHOLE_TEXT_RULES = new Set([messageLength.id]);

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** [start, end) windows covering the text, cut after a newline, else after ". ", else at a space. */
export function lintWindows(
  text: string,
  window = WINDOW,
  slack = CUT_SLACK,
  firstWindow = FIRST_WINDOW,
): { start: number; end: number }[] {
  const windows: { start: number; end: number }[] = [];
  let start = 0;
  while (start < text.length) {
    const size = windows.length === 0 ? Math.min(window, firstWindow) : window;
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const floor = Math.max(start + 1, end - Math.min(slack, Math.floor(size / 3)));
      const newline = text.lastIndexOf('\n', end - 1);
      if (newline >= floor) end = newline + 1;
      else {
        const sentence = Math.max(
          text.lastIndexOf('. ', end - 2),
          text.lastIndexOf('! ', end - 2),
          text.lastIndexOf('? ', end - 2),
        );
        if (sentence >= floor) end = sentence + 2;
        else {
          const space = text.lastIndexOf(' ', end - 1);
          if (space >= floor) end = space + 1;
        }
      }
    }
    windows.push({ start, end });
    start = end;
  }
  return windows;
}

function shiftFix(fix: Fix, offset: number): Fix {
  return {
    ...fix,
    edits: fix.edits.map((edit) => ({ start: edit.start + offset, end: edit.end + offset, text: edit.text })),
  };
}

function shiftFinding(finding: Finding, offset: number): Finding {
  if (offset === 0) return finding;
  return {
    ...finding,
    start: finding.start + offset,
    end: finding.end + offset,
    fixes: finding.fixes.map((fix) => shiftFix(fix, offset)),
  };
}

/** message-length needs only the text and its encoding: run it on the whole text without parsing it. */
function wholeTextFindings(text: string, settings: FirmSettings, encoding: ReturnType<typeof analyzeEncoding>) {
  const findings: Finding[] = [];
  const configured = settings.ruleSeverity[messageLength.id];
  if (configured === 'off') return findings;
  const message = { ...parseMessage(''), text, encoding };
  messageLength.check({
    message,
    settings,
    firstMessage: false,
    report(descriptor) {
      const template = messageLength.meta.messages[descriptor.messageId] ?? descriptor.messageId;
      findings.push({
        ruleId: messageLength.id,
        messageId: descriptor.messageId,
        severity: configured ?? descriptor.severity ?? messageLength.meta.defaultSeverity,
        ...(descriptor.category ? { category: descriptor.category } : {}),
        start: descriptor.start,
        end: descriptor.end,
        message: formatMessage(template, descriptor.data),
        fixes: descriptor.fixes ?? [],
      });
    },
  });
  return findings;
}

export interface ChunkedLintJob {
  readonly text: string;
  cancel(): void;
}

/** Yields to the page between tasks: a message-channel task is not clamped like nested timeouts. */
function nextTask(callback: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: { postTask?: (cb: () => void, options?: object) => unknown } })
    .scheduler;
  let cancelled = false;
  const run = () => {
    if (!cancelled) callback();
  };
  if (typeof scheduler?.postTask === 'function') {
    scheduler.postTask(run, { priority: 'background' });
  } else {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      run();
    };
    channel.port2.postMessage(null);
  }
  return () => {
    cancelled = true;
  };
}

/**
 * Lints `text` in windows across tasks and calls `done` with a report on the whole text (unless
 * cancelled first). Each task stops after TASK_BUDGET_MS; one window costs a few milliseconds.
 */
export function lintInChunks(
  text: string,
  partialSettings: Partial<FirmSettings>,
  context: LintContext,
  done: (report: Report) => void,
): ChunkedLintJob {
  const settings = withDefaults(partialSettings);
  const windows = lintWindows(text);
  const perWindow: Finding[][] = [];
  let next = 0;
  let cancelCurrent: () => void = () => undefined;
  let cancelled = false;

  // The whole text's encoding is a task of its own (tens of milliseconds on 100,000 characters):
  // together with the merge below it would make one long task.
  let encoding: ReturnType<typeof analyzeEncoding> | null = null;
  const finish = () => {
    if (cancelled) return;
    if (encoding === null) {
      encoding = analyzeEncoding(text);
      cancelCurrent = nextTask(finish);
      return;
    }
    const findings: Finding[] = wholeTextFindings(text, settings, encoding);
    const absenceCounts = new Map<string, { count: number; last: Finding }>();
    const seenOnce = new Set<string>();
    for (const windowFindings of perWindow) {
      for (const finding of windowFindings) {
        const key = `${finding.ruleId}:${finding.messageId}`;
        if (WHOLE_TEXT_RULES.has(finding.ruleId)) continue;
        if (ABSENCE_FINDINGS.has(key)) {
          const entry = absenceCounts.get(key);
          absenceCounts.set(key, { count: (entry?.count ?? 0) + 1, last: finding });
          continue;
        }
        if (ONCE_PER_MESSAGE_RULES.has(finding.ruleId) || ONCE_PER_MESSAGE_FINDINGS.has(key)) {
          if (seenOnce.has(key)) continue;
          seenOnce.add(key);
        }
        findings.push(finding);
      }
    }
    for (const { count, last } of absenceCounts.values()) if (count >= windows.length) findings.push(last);
    findings.sort(
      (a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.end - b.end,
    );
    const { score, verdict } = scoreFindings(findings);
    done({
      score,
      verdict,
      findings,
      encoding: encoding.encoding,
      segments: encoding.segments,
      characters: encoding.characters,
    });
  };

  const step = () => {
    if (cancelled) return;
    const started = performance.now();
    while (next < windows.length && performance.now() - started < TASK_BUDGET_MS) {
      const window = windows[next] as { start: number; end: number };
      const report = lint(text.slice(window.start, window.end), partialSettings, context);
      perWindow.push(report.findings.map((finding) => shiftFinding(finding, window.start)));
      next++;
    }
    if (next < windows.length) cancelCurrent = nextTask(step);
    else cancelCurrent = nextTask(() => finish());
  };
  cancelCurrent = nextTask(step);

  return {
    text,
    cancel() {
      cancelled = true;
      cancelCurrent();
    },
  };
}
