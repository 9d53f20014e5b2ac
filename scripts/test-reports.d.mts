// Types for scripts/test-reports.mjs, which stays plain JavaScript so `npm test` runs on Node 20
// without a build step.

export interface Counts {
  passed: number;
  failed: number;
  note?: string;
  failures?: string[];
}

export function firstLine(text: unknown): string;
export function stageCounts(exitCode: number): Counts;
/** @param report the parsed JSON report, or undefined when none was written */
export function vitestCounts(exitCode: number, report: unknown, root?: string): Counts;
/** @param report the parsed JSON report, or undefined when none was written */
export function playwrightCounts(exitCode: number, report: unknown): Counts;
/** @param report the parsed eval.json, or undefined when none was written */
export function evalCounts(exitCode: number, report: unknown): Counts;
