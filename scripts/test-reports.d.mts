// Types for scripts/test-reports.mjs, which stays plain JavaScript so `npm test` runs on Node 20
// without a build step.

/** A test that did not run: `<file> > <describe titles> > <title>`, and the reason it gave. */
export interface Skip {
  test: string;
  reason?: string;
}

export interface Counts {
  passed: number;
  failed: number;
  /** Tests that did not run (skipped, fixme, todo). */
  skipped?: number;
  skips?: Skip[];
  note?: string;
  failures?: string[];
}

export function firstLine(text: unknown): string;
export function stageCounts(exitCode: number): Counts;
/** @param report the parsed JSON report, or undefined when none was written */
export function vitestCounts(exitCode: number, report: unknown, root?: string): Counts;
/** @param report the parsed JSON report, or undefined when none was written */
export function playwrightCounts(exitCode: number, report: unknown, root?: string): Counts;
/** @param report the parsed eval.json, or undefined when none was written */
export function evalCounts(exitCode: number, report: unknown): Counts;
export function isCi(env: Record<string, string | undefined>): boolean;
export function enforceSkips(
  counts: Counts,
  policy: { ci: boolean; expected: readonly { test: string; reason?: string }[] },
): Counts;
export function countsLine(passed: number, failed: number, skipped?: number): string;
