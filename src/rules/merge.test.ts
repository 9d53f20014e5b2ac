import { describe, expect, it } from 'vitest';
import { lint } from './engine';
import { mergeReports } from './merge';
import type { Finding } from './types';

function spellingFinding(start: number, end: number, severity: Finding['severity'] = 'warning'): Finding {
  return { ruleId: 'spelling', messageId: 'misspelled', severity, start, end, message: 'misspelled', fixes: [] };
}

describe('mergeReports', () => {
  const text = 'Hi Maria, this is Hartwell & Diaz. Your depositon moved to 3/14. Reply STOP to opt out.';
  const settings = { firmName: 'Hartwell & Diaz' };

  it('returns the same report when nothing arrives', () => {
    const report = lint(text, settings);
    expect(mergeReports(report, [])).toBe(report);
  });

  it('adds late findings in position order and rescores', () => {
    const report = lint(text, settings);
    expect(report.score).toBe(100);
    const merged = mergeReports(report, [spellingFinding(40, 49)]);
    expect(merged.findings.map((finding) => finding.ruleId)).toEqual(['spelling']);
    // One spelling warning: 12 points times spelling's weight of 0.25 (score.ts).
    expect(merged.score).toBe(97);
    expect(merged.verdict).toBe('review');
    expect(merged.encoding).toBe(report.encoding);
    expect(merged.segments).toBe(report.segments);
    expect(report.findings).toEqual([]);
  });

  it('keeps findings sorted by start, then severity', () => {
    const report = lint('Hi there,visit http://hartwelldiaz.com now', settings);
    const merged = mergeReports(report, [spellingFinding(0, 2, 'info'), spellingFinding(30, 33)]);
    const starts = merged.findings.map((finding) => finding.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(merged.findings.length).toBe(report.findings.length + 2);
  });

  it('does not double a finding merged twice', () => {
    const once = mergeReports(lint(text, settings), [spellingFinding(40, 49)]);
    const twice = mergeReports(once, [spellingFinding(40, 49)]);
    expect(twice.findings).toHaveLength(1);
    expect(twice.score).toBe(once.score);
  });

  it('blocks the message when a late finding is an error', () => {
    const merged = mergeReports(lint(text, settings), [spellingFinding(40, 49, 'error')]);
    expect(merged.verdict).toBe('blocked');
    expect(merged.score).toBeLessThanOrEqual(49);
  });
});
