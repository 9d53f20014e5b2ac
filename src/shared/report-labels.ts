/**
 * The words the popup and the in-page card use for a report, so both say the same: the verdict,
 * and the groups findings are listed in (errors first).
 */
import type { Finding, Report, Severity } from '../rules';

export const VERDICT_LABELS: Record<Report['verdict'], string> = {
  ready: 'Ready to send',
  review: 'Review before sending',
  blocked: 'Likely to be filtered',
};

export const SEVERITY_GROUPS: readonly { severity: Severity; title: string }[] = [
  { severity: 'error', title: 'Must fix' },
  { severity: 'warning', title: 'Should fix' },
  { severity: 'info', title: 'Good to know' },
];

/** What a spelling finding says while its suggestions come, and when there are none. */
export const SPELLING_SUGGESTION_STATUS = {
  loading: 'Looking for suggestions…',
  none: 'No suggestions found.',
} as const;

/** The tooltip of a fix that is a suggestion (not marked safe): the user reads the result. */
export const SUGGESTION_TITLE = 'Suggestion: check the result before sending';

/** The findings in the order of the groups (errors first), each group in text order as given. */
export function groupBySeverity(
  findings: readonly Finding[],
): { severity: Severity; title: string; findings: Finding[] }[] {
  return SEVERITY_GROUPS.map(({ severity, title }) => ({
    severity,
    title,
    findings: findings.filter((finding) => finding.severity === severity),
  })).filter((group) => group.findings.length > 0);
}
