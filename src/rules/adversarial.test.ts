import { describe, expect, it } from 'vitest';
import { lint } from './engine';
import { ADVERSARIAL_PATTERNS, repeatTo } from './testing/adversarial-patterns';
import { countWork } from './testing/work-counter';
import type { Report } from './types';

/*
 * Pathological texts (the patterns `npm run bench -- --adversarial` times), checked without a
 * clock: lint() never throws, its report is sane, and ten times the text costs about ten times
 * the work (searching and scanning counted by testing/work-counter; timings are the bench's job).
 */

const SETTINGS = {
  firmName: 'Hartwell & Diaz',
  firmDomains: ['hartwelldiaz.com'],
  termsUrl: 'https://hartwelldiaz.com/sms-terms',
  firmPhoneNumbers: ['(415) 555-0134'],
};
const SIZE = 40_000;
const WORK_SIZE = 2_000;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** What is wrong with a report on `text` (empty when it is sane); plain checks, since a report can hold 100,000 findings. */
function reportProblems(text: string, report: Report): string[] {
  const problems: string[] = [];
  if (!(report.score >= 0 && report.score <= 100)) problems.push(`score ${report.score}`);
  if (!['ready', 'review', 'blocked'].includes(report.verdict)) problems.push(`verdict ${report.verdict}`);
  if (!(report.segments >= 1)) problems.push(`segments ${report.segments}`);
  if (!(report.characters >= 0 && report.characters <= text.length * 2))
    problems.push(`characters ${report.characters}`);
  // Each rule reports at most one finding per code unit (and one more for what a first message lacks).
  const perRule = new Map<string, number>();
  for (const finding of report.findings) perRule.set(finding.ruleId, (perRule.get(finding.ruleId) ?? 0) + 1);
  for (const [ruleId, count] of perRule) if (count > text.length + 1) problems.push(`${ruleId}: ${count} findings`);
  const inText = (start: number, end: number): boolean => start >= 0 && end >= start && end <= text.length;
  for (const finding of report.findings) {
    const where = `${finding.ruleId} ${finding.start}-${finding.end}`;
    if (!inText(finding.start, finding.end)) problems.push(`${where}: range outside the text`);
    for (const fix of finding.fixes) {
      for (const edit of fix.edits) {
        if (!inText(edit.start, edit.end)) problems.push(`${where}: edit ${edit.start}-${edit.end} outside the text`);
        // A fix never leaves half a surrogate pair: not in what it inserts, not where it cuts.
        if (LONE_SURROGATE.test(edit.text)) problems.push(`${where}: inserts ${JSON.stringify(edit.text)}`);
        if (splitsSurrogatePair(text, edit.start) || splitsSurrogatePair(text, edit.end)) {
          problems.push(`${where}: edit ${edit.start}-${edit.end} cuts a surrogate pair`);
        }
      }
    }
    if (problems.length > 20) break;
  }
  return problems;
}

describe('adversarial patterns', () => {
  it('cover at least 80 patterns with distinct names, each of the length asked for', () => {
    expect(ADVERSARIAL_PATTERNS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(ADVERSARIAL_PATTERNS.map((pattern) => pattern.name)).size).toBe(ADVERSARIAL_PATTERNS.length);
    for (const pattern of ADVERSARIAL_PATTERNS) expect(pattern.make(1_001), pattern.name).toHaveLength(1_001);
  });

  it('never cut a surrogate pair in half at the end', () => {
    expect(repeatTo('a😀', 2)).toBe('a ');
    expect(repeatTo('😀', 3)).toBe('😀 ');
    expect(repeatTo('\ud83d', 3)).toBe('\ud83d\ud83d\ud83d');
  });

  it.each(ADVERSARIAL_PATTERNS.map((pattern) => [pattern.name, pattern] as const))(
    '%s: lint() does not throw, reports sanely and grows linearly',
    (_name, pattern) => {
      const text = pattern.make(SIZE);
      expect(reportProblems(text, lint(text, SETTINGS, { firstMessage: true }))).toEqual([]);
      // Counting slows lint() down several times, so the growth is measured on shorter texts.
      const smallWork = countWork(() => lint(pattern.make(WORK_SIZE), SETTINGS, { firstMessage: true }));
      const largeWork = countWork(() => lint(pattern.make(WORK_SIZE * 10), SETTINGS, { firstMessage: true }));
      expect(largeWork / smallWork).toBeLessThan(15);
    },
  );
});
