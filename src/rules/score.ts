import type { Finding, Severity, Verdict } from './types';

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
