import { compareFindings, scoreFindings } from './score';
import type { Finding, Report } from './types';

function findingKey(finding: Finding): string {
  return `${finding.ruleId}\u0000${finding.messageId}\u0000${finding.start}\u0000${finding.end}`;
}

/**
 * Adds findings computed later (spelling, from the extension's background/offscreen host) to the
 * report lint() gave synchronously for the SAME text, and rescores. Findings already present (same
 * rule, message id and range) are not doubled, so merging twice is harmless. The caller must drop
 * late findings computed for an older version of the text.
 */
export function mergeReports(syncReport: Report, extraFindings: readonly Finding[]): Report {
  if (extraFindings.length === 0) return syncReport;
  const seen = new Set(syncReport.findings.map(findingKey));
  const findings = [...syncReport.findings];
  for (const finding of extraFindings) {
    const key = findingKey(finding);
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  findings.sort(compareFindings);
  return { ...syncReport, ...scoreFindings(findings), findings };
}
