import { describe, expect, it } from 'vitest';
import { lint } from '../rules/engine';
import type { Report } from '../rules/types';
import { lintInChunks, lintWindows } from './chunked-lint';

const PARAGRAPH =
  'Hi Maria, this is Hartwell & Diaz Law. Your hearing moved to 3/14 at 9am. Bring your pay stubs and the lease.\n' +
  'Details at https://portal.hartwelldiaz.law/case or bit.ly/hd-case 😀 URGENT reply today!! ';

function chunked(text: string, firstMessage = false): Promise<Report> {
  return new Promise((resolve) => lintInChunks(text, {}, { firstMessage }, resolve));
}

const summary = (report: Report) => report.findings.map((f) => `${f.ruleId}:${f.messageId}@${f.start}-${f.end}`);

describe('lintWindows', () => {
  it('covers the text without gaps, cutting after a line or sentence end', () => {
    const text = PARAGRAPH.repeat(200);
    const windows = lintWindows(text);
    expect(windows[0]?.start).toBe(0);
    expect(windows.at(-1)?.end).toBe(text.length);
    for (let index = 1; index < windows.length; index++) {
      expect(windows[index]?.start).toBe(windows[index - 1]?.end);
      const cut = windows[index]?.start ?? 0;
      expect(['\n', ' ']).toContain(text[cut - 1]);
    }
    expect(windows.every((window) => window.end - window.start <= 1500)).toBe(true);
    expect((windows[0]?.end ?? 0) - (windows[0]?.start ?? 0)).toBeLessThanOrEqual(400);
  });

  it('cuts a text without spaces at the window length', () => {
    const windows = lintWindows('x'.repeat(10_000), 4000, 1000, 4000);
    expect(windows.map((window) => window.end - window.start)).toEqual([4000, 4000, 2000]);
  });
});

describe('lintInChunks', () => {
  it('finds what lint() finds on a long text, offsets included', async () => {
    const text = PARAGRAPH.repeat(150);
    const expected = lint(text);
    const report = await chunked(text);
    expect(summary(report)).toEqual(summary(expected));
    expect(report.verdict).toBe(expected.verdict);
    expect(report.segments).toBe(expected.segments);
    expect(report.characters).toBe(expected.characters);
    const message = report.findings.find((finding) => finding.ruleId === 'message-length');
    expect(message?.message).toBe(expected.findings.find((finding) => finding.ruleId === 'message-length')?.message);
  });

  it('keeps whole-message findings once, and absence findings only when no window has the element', async () => {
    const text = PARAGRAPH.repeat(150);
    const expected = lint(text, {}, { firstMessage: true });
    const report = await chunked(text, true);
    expect(summary(report)).toEqual(summary(expected));
    const withStop = `${text}Reply STOP to opt out.`;
    const stopReport = await chunked(withStop, true);
    expect(stopReport.findings.some((finding) => finding.ruleId === 'opt-out-instructions')).toBe(
      lint(withStop, {}, { firstMessage: true }).findings.some((finding) => finding.ruleId === 'opt-out-instructions'),
    );
  });

  it('moves fix edits with their findings', async () => {
    const text = PARAGRAPH.repeat(150);
    const report = await chunked(text);
    const last = report.findings.filter((finding) => finding.ruleId === 'emoji').at(-1);
    expect(last && text.slice(last.start, last.end)).toBe('😀');
    expect(last?.fixes[0]?.edits[0]?.start).toBeGreaterThanOrEqual((last?.start ?? 0) - 1);
  });
});
