// Turns the JSON reports of Vitest and Playwright into the counts and failure lines that
// scripts/test-all.mjs prints. Pure functions over the parsed reports, so they are unit-tested
// (test/test-reports.test.ts) with reports shaped like the real ones.

/** @typedef {{ passed: number, failed: number, note?: string, failures?: string[] }} Counts */

/** Failure lines stay short: CI keeps only the tail of the log, and each line must fit in it. */
const MAX_MESSAGE_LENGTH = 300;

/**
 * The first non-empty line of an error, without terminal colours.
 * @param {unknown} text
 */
export function firstLine(text) {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes
  const plain = String(text ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  const line = plain.split('\n').find((candidate) => candidate.trim() !== '') ?? 'no message';
  return line.trim().slice(0, MAX_MESSAGE_LENGTH);
}

/**
 * @param {string} file
 * @param {string} root
 */
function relativeTo(file, root) {
  return root && file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
}

/**
 * A stage without test reports: it passes or counts as one failure.
 * @param {number} exitCode
 * @returns {Counts}
 */
export function stageCounts(exitCode) {
  return exitCode === 0 ? { passed: 0, failed: 0 } : { passed: 0, failed: 1 };
}

/**
 * The eval stage: it fails only when it could not measure (a crash, or no report written); the
 * targets it missed go into the note, so the summary says them.
 * @param {number} exitCode
 * @param {any} report the parsed eval.json, or undefined
 * @returns {Counts}
 */
export function evalCounts(exitCode, report) {
  if (exitCode !== 0 || !report || !Array.isArray(report.verdicts)) {
    return { passed: 0, failed: 1, failures: ['eval: the accuracy measurement did not complete'] };
  }
  const missed = report.verdicts.filter((verdict) => !verdict.pass);
  const note =
    missed.length === 0
      ? 'all accuracy targets met'
      : `targets missed: ${missed.map((verdict) => `${verdict.name} ${verdict.value} (goal ${verdict.target})`).join('; ')}`;
  return { passed: 0, failed: 0, note };
}

/**
 * Vitest's JSON reporter uses Jest's shape. A file that fails to load counts as a failed test, and
 * a non-zero exit with no failed test (an unhandled error outside any test) counts as one.
 * @param {number} exitCode
 * @param {any} report the parsed report, or undefined when none was written (JSON of unknown shape)
 * @param {string} root the project folder, cut from file names
 * @returns {Counts}
 */
export function vitestCounts(exitCode, report, root = '') {
  if (!report) return { passed: 0, failed: 1, note: 'no report written', failures: ['no test report was written'] };
  const passed = report.numPassedTests ?? 0;
  let failed = report.numFailedTests ?? 0;
  /** @type {string[]} */
  const failures = [];
  let brokenFiles = 0;
  for (const file of report.testResults ?? []) {
    const where = relativeTo(file.name ?? '', root);
    const tests = file.assertionResults ?? [];
    for (const test of tests) {
      if (test.status !== 'failed') continue;
      failures.push(`${where} > ${test.fullName ?? test.title}: ${firstLine(test.failureMessages?.[0])}`);
    }
    if (file.status === 'failed' && tests.every((/** @type {any} */ test) => test.status !== 'failed')) {
      brokenFiles += 1;
      failures.push(`${where} (did not run): ${firstLine(file.message)}`);
    }
  }
  failed += brokenFiles;
  if (exitCode !== 0 && failed === 0) {
    failed = 1;
    failures.push(`exit code ${exitCode} with no failed test: see the log above`);
  }
  return { passed, failed, failures, note: brokenFiles > 0 ? `${brokenFiles} test file(s) failed to run` : undefined };
}

/**
 * Playwright's stats: expected = passed, unexpected = failed, flaky = failed first, passed on
 * retry. Flaky tests count as passed and are still listed, so they do not go unnoticed.
 * @param {number} exitCode
 * @param {any} report the parsed report, or undefined (JSON of unknown shape)
 * @returns {Counts}
 */
export function playwrightCounts(exitCode, report) {
  if (!report?.stats) {
    return { passed: 0, failed: 1, note: 'no report written', failures: ['no test report was written'] };
  }
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
  const failures = playwrightFailures(report);
  let failed = unexpected;
  const outsideTests = (report.errors ?? []).length;
  if (exitCode !== 0 && failed === 0) {
    // e.g. global setup failed and no test ran
    failed = Math.max(1, outsideTests);
    if (outsideTests === 0) failures.push(`exit code ${exitCode} with no failed test: see the log above`);
  }
  return { passed: expected + flaky, failed, failures, note: flaky > 0 ? `${flaky} flaky` : undefined };
}

/**
 * Failed and flaky tests with file:line, describe titles, test title and the first error line.
 * @param {any} report (JSON of unknown shape)
 */
function playwrightFailures(report) {
  /** @type {string[]} */
  const failures = [];
  /**
   * @param {any} suite
   * @param {string[]} titles
   */
  const visit = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected' && test.status !== 'flaky') continue;
        const failedRun = (test.results ?? []).find(
          (/** @type {any} */ result) => result.status !== 'passed' && result.status !== 'skipped',
        );
        const error = failedRun?.error?.message ?? failedRun?.errors?.[0]?.message;
        const outcome = test.status === 'flaky' ? 'flaky: passed on retry' : (failedRun?.status ?? 'failed');
        const title = [...titles, spec.title].join(' > ');
        failures.push(`${spec.file}:${spec.line} > ${title} [${outcome}]: ${firstLine(error)}`);
      }
    }
    for (const child of suite.suites ?? []) visit(child, [...titles, child.title]);
  };
  // Top-level suites are files; their titles are the file names already shown by spec.file.
  for (const fileSuite of report.suites ?? []) visit(fileSuite, []);
  for (const error of report.errors ?? []) failures.push(`outside any test: ${firstLine(error.message)}`);
  return failures;
}
