import type { Finding, Severity, Verdict } from './types';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The order of a report's findings: by position, the most severe first where they start together. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.end - b.end;
}

/** What one finding costs. Errors also cap the score below 50, so a blocked message never looks half-ready. */
const PENALTY: Record<Severity, number> = { error: 30, warning: 12, info: 3 };
const BLOCKED_CEILING = 49;

export function scoreFindings(findings: readonly Pick<Finding, 'severity'>[]): { score: number; verdict: Verdict } {
  let penalty = 0;
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    penalty += PENALTY[finding.severity];
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
  }
  let score = Math.max(0, 100 - penalty);
  if (errors > 0) score = Math.min(score, BLOCKED_CEILING);
  const verdict: Verdict = errors > 0 ? 'blocked' : warnings > 0 ? 'review' : 'ready';
  return { score, verdict };
}
