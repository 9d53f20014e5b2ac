// Turns the JSON reports of Vitest and Playwright into the counts and failure lines that
// scripts/test-all.mjs prints. Pure functions over the parsed reports, so they are unit-tested
// (test/test-reports.test.ts) with reports shaped like the real ones.

/**
 * A test that did not run: its name as `<file from the project folder> > <describe titles> > <title>`,
 * and the reason the test gave when the report keeps one.
 * @typedef {{ test: string, reason?: string }} Skip
 */
/**
 * `skipped` counts the tests that did not run (skipped, fixme, todo), `skips` names them.
 * @typedef {{ passed: number, failed: number, skipped?: number, skips?: Skip[], note?: string, failures?: string[] }} Counts
 */

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
  /** @type {Skip[]} */
  const skips = [];
  let brokenFiles = 0;
  for (const file of report.testResults ?? []) {
    const where = relativeTo(file.name ?? '', root);
    const tests = file.assertionResults ?? [];
    for (const test of tests) {
      if (VITEST_NOT_RUN.has(test.status)) {
        const titles = [...(test.ancestorTitles ?? []), test.title ?? test.fullName ?? ''];
        skips.push({ test: [where, ...titles].join(' > '), ...(test.status === 'todo' ? { reason: 'todo' } : {}) });
      }
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
  return {
    passed,
    failed,
    skipped: skips.length,
    skips,
    failures,
    note: brokenFiles > 0 ? `${brokenFiles} test file(s) failed to run` : undefined,
  };
}

/** Vitest's statuses (Jest's shape) of a test that did not run: it.skip, ctx.skip(), skipIf, it.todo. */
const VITEST_NOT_RUN = new Set(['skipped', 'pending', 'todo', 'disabled']);

/**
 * Playwright's stats: expected = passed, unexpected = failed, flaky = failed first, passed on
 * retry, skipped = did not run (test.skip, test.fixme). Flaky tests count as passed and are still
 * listed, so they do not go unnoticed.
 * @param {number} exitCode
 * @param {any} report the parsed report, or undefined (JSON of unknown shape)
 * @param {string} root the project folder: skipped tests are named from it (e2e/policy.spec.ts)
 * @returns {Counts}
 */
export function playwrightCounts(exitCode, report, root = '') {
  if (!report?.stats) {
    return { passed: 0, failed: 1, note: 'no report written', failures: ['no test report was written'] };
  }
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
  const failures = playwrightFailures(report);
  const skips = playwrightSkips(report, root);
  let failed = unexpected;
  const outsideTests = (report.errors ?? []).length;
  if (exitCode !== 0 && failed === 0) {
    // e.g. global setup failed and no test ran
    failed = Math.max(1, outsideTests);
    if (outsideTests === 0) failures.push(`exit code ${exitCode} with no failed test: see the log above`);
  }
  return {
    passed: expected + flaky,
    failed,
    skipped: skips.length,
    skips,
    failures,
    note: flaky > 0 ? `${flaky} flaky` : undefined,
  };
}

/**
 * Tests of a Playwright report that did not run, with the reason given to test.skip() or
 * test.fixme() when there is one.
 * @param {any} report (JSON of unknown shape)
 * @param {string} root
 * @returns {Skip[]}
 */
function playwrightSkips(report, root) {
  const testDirectory = typeof report.config?.rootDir === 'string' ? relativeTo(report.config.rootDir, root) : '';
  // Spec files are named from the test directory; name them from the project folder when it holds it.
  const prefix = testDirectory !== '' && !testDirectory.startsWith('/') ? `${testDirectory}/` : '';
  /** @type {Skip[]} */
  const skips = [];
  /**
   * @param {any} suite
   * @param {string[]} titles
   */
  const visit = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'skipped') continue;
        const annotations = [
          ...(test.annotations ?? []),
          ...(test.results ?? []).flatMap((/** @type {any} */ result) => result.annotations ?? []),
        ];
        const marked = annotations.find(
          (/** @type {any} */ annotation) => annotation.type === 'skip' || annotation.type === 'fixme',
        );
        const reason = marked?.description ?? (marked?.type === 'fixme' ? 'fixme' : undefined);
        const name = [`${prefix}${spec.file}`, ...titles, spec.title].join(' > ');
        skips.push(reason ? { test: name, reason } : { test: name });
      }
    }
    for (const child of suite.suites ?? []) visit(child, [...titles, child.title]);
  };
  for (const fileSuite of report.suites ?? []) visit(fileSuite, []);
  return skips;
}

/**
 * Whether this run is CI's: CI set to anything but "", "0" or "false" (.ci/run sets CI=true).
 * @param {Record<string, string | undefined>} env
 */
export function isCi(env) {
  const value = (env.CI ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}

/**
 * On CI a skipped test is a failure unless it is an expected skip (scripts/expected-skips.mjs):
 * a test that quietly stops running there would otherwise be counted nowhere. The unexpected ones
 * move from `skipped` and `skips` to `failed`, each with a failure line; off CI, skips are only
 * counted.
 * @param {Counts} counts
 * @param {{ ci: boolean, expected: readonly { test: string, reason?: string }[] }} policy
 * @returns {Counts}
 */
export function enforceSkips(counts, { ci, expected }) {
  const skips = counts.skips ?? [];
  if (!ci || skips.length === 0) return counts;
  const allowed = new Set(expected.map((entry) => entry.test));
  const unexpected = skips.filter((skip) => !allowed.has(skip.test));
  if (unexpected.length === 0) return counts;
  const kept = skips.filter((skip) => allowed.has(skip.test));
  return {
    ...counts,
    failed: counts.failed + unexpected.length,
    skipped: kept.length,
    skips: kept,
    failures: [
      ...(counts.failures ?? []),
      ...unexpected.map(
        (skip) =>
          `${skip.test} [skipped on CI, and not an expected skip in scripts/expected-skips.mjs]${skip.reason ? `: ${firstLine(skip.reason)}` : ''}`,
      ),
    ],
  };
}

/**
 * The closing line of `npm test`: `N passed, N failed`, then `, N skipped` when any test was skipped.
 * @param {number} passed
 * @param {number} failed
 * @param {number} skipped
 */
export function countsLine(passed, failed, skipped = 0) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
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
