import { describe, expect, it } from 'vitest';
import { EXPECTED_SKIPS } from '../scripts/expected-skips.mjs';
import {
  countsLine,
  enforceSkips,
  evalCounts,
  firstLine,
  isCi,
  playwrightCounts,
  stageCounts,
  vitestCounts,
} from '../scripts/test-reports.mjs';

// Reports shaped like the ones Vitest's and Playwright's JSON reporters write (trimmed to the
// fields the summary reads).

const playwrightReport = {
  stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 0 },
  errors: [],
  suites: [
    {
      title: 'content-fields.spec.ts',
      file: 'content-fields.spec.ts',
      specs: [
        {
          title: 'a top-level test',
          file: 'content-fields.spec.ts',
          line: 12,
          tests: [{ status: 'expected', results: [{ status: 'passed' }] }],
        },
      ],
      suites: [
        {
          title: 'textarea field',
          file: 'content-fields.spec.ts',
          specs: [
            {
              title: 'shows the badge',
              file: 'content-fields.spec.ts',
              line: 28,
              tests: [
                {
                  status: 'unexpected',
                  results: [
                    {
                      status: 'failed',
                      error: {
                        message:
                          '\u001b[31mError: expect(locator).toHaveAttribute(expected)\u001b[39m\n\nLocator: badge\nExpected: "3"',
                      },
                    },
                  ],
                },
              ],
            },
            {
              title: 'undo restores the text',
              file: 'content-fields.spec.ts',
              line: 54,
              tests: [
                {
                  status: 'flaky',
                  results: [
                    { status: 'timedOut', error: { message: 'Test timeout of 30000ms exceeded.' } },
                    { status: 'passed' },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};

describe('playwrightCounts', () => {
  it('counts flaky tests as passed, and lists failed and flaky ones with where and why', () => {
    const counts = playwrightCounts(1, playwrightReport);
    expect(counts.passed).toBe(4);
    expect(counts.failed).toBe(1);
    expect(counts.note).toBe('1 flaky');
    expect(counts.failures).toEqual([
      'content-fields.spec.ts:28 > textarea field > shows the badge [failed]: Error: expect(locator).toHaveAttribute(expected)',
      'content-fields.spec.ts:54 > textarea field > undo restores the text [flaky: passed on retry]: Test timeout of 30000ms exceeded.',
    ]);
  });

  it('a run that failed outside any test (global setup) counts its errors', () => {
    const counts = playwrightCounts(1, {
      stats: { expected: 0, unexpected: 0, flaky: 0 },
      suites: [],
      errors: [{ message: 'Error: dist/ is missing: run npm run build first\n    at globalSetup' }],
    });
    expect(counts).toMatchObject({ passed: 0, failed: 1 });
    expect(counts.failures).toEqual(['outside any test: Error: dist/ is missing: run npm run build first']);
  });

  it('a missing report is one failure that says so', () => {
    expect(playwrightCounts(1, undefined)).toMatchObject({ passed: 0, failed: 1, note: 'no report written' });
  });

  it('a clean run lists nothing', () => {
    const counts = playwrightCounts(0, { stats: { expected: 80, unexpected: 0, flaky: 0 }, suites: [], errors: [] });
    expect(counts).toEqual({ passed: 80, failed: 0, skipped: 0, skips: [], failures: [], note: undefined });
  });

  it('counts skipped and fixme tests and names them from the project folder, with their reasons', () => {
    const counts = playwrightCounts(
      0,
      {
        config: { rootDir: '/check/work/main/e2e' },
        stats: { expected: 1, unexpected: 0, flaky: 0, skipped: 3 },
        errors: [],
        suites: [
          {
            title: 'policy.spec.ts',
            file: 'policy.spec.ts',
            specs: [
              {
                title: 'a value set by enterprise policy wins and is locked',
                file: 'policy.spec.ts',
                line: 30,
                tests: [
                  {
                    status: 'skipped',
                    annotations: [{ type: 'skip', description: '/etc/chromium/policies/managed is not writable' }],
                    results: [{ status: 'skipped' }],
                  },
                ],
              },
              {
                title: 'runs',
                file: 'policy.spec.ts',
                line: 90,
                tests: [{ status: 'expected', results: [{ status: 'passed' }] }],
              },
            ],
            suites: [
              {
                title: 'group',
                file: 'policy.spec.ts',
                specs: [
                  {
                    title: 'not written yet',
                    file: 'policy.spec.ts',
                    line: 120,
                    tests: [{ status: 'skipped', annotations: [{ type: 'fixme' }], results: [{ status: 'skipped' }] }],
                  },
                  {
                    title: 'skipped without a reason',
                    file: 'policy.spec.ts',
                    line: 130,
                    tests: [{ status: 'skipped', results: [{ status: 'skipped', annotations: [{ type: 'skip' }] }] }],
                  },
                ],
              },
            ],
          },
        ],
      },
      '/check/work/main',
    );
    expect(counts).toMatchObject({ passed: 1, failed: 0, skipped: 3 });
    expect(counts.skips).toEqual([
      {
        test: 'e2e/policy.spec.ts > a value set by enterprise policy wins and is locked',
        reason: '/etc/chromium/policies/managed is not writable',
      },
      { test: 'e2e/policy.spec.ts > group > not written yet', reason: 'fixme' },
      { test: 'e2e/policy.spec.ts > group > skipped without a reason' },
    ]);
  });
});

describe('vitestCounts', () => {
  const root = '/check/work/main';
  it('lists failed tests and files that did not run, relative to the project folder', () => {
    const counts = vitestCounts(
      1,
      {
        numPassedTests: 10,
        numFailedTests: 1,
        testResults: [
          {
            name: `${root}/src/rules/emoji.test.ts`,
            status: 'failed',
            message: '',
            assertionResults: [
              { status: 'passed', fullName: 'emoji flags a flag' },
              {
                status: 'failed',
                fullName: 'emoji tidies spaces',
                failureMessages: ['AssertionError: expected "a  b" to be "a b"\n    at emoji.test.ts:40'],
              },
            ],
          },
          {
            name: `${root}/src/rules/broken.test.ts`,
            status: 'failed',
            message: 'Failed to load url ./missing (resolved id: ./missing) in broken.test.ts. Does the file exist?',
            assertionResults: [],
          },
        ],
      },
      root,
    );
    expect(counts).toMatchObject({ passed: 10, failed: 2, note: '1 test file(s) failed to run' });
    expect(counts.failures).toEqual([
      'src/rules/emoji.test.ts > emoji tidies spaces: AssertionError: expected "a  b" to be "a b"',
      'src/rules/broken.test.ts (did not run): Failed to load url ./missing (resolved id: ./missing) in broken.test.ts. Does the file exist?',
    ]);
  });

  it('a non-zero exit with every test passed still fails once (an error outside the tests)', () => {
    const counts = vitestCounts(1, { numPassedTests: 5, numFailedTests: 0, testResults: [] }, root);
    expect(counts).toMatchObject({ passed: 5, failed: 1 });
    expect(counts.failures).toHaveLength(1);
  });

  it('a missing report is one failure', () => {
    expect(vitestCounts(0, undefined, root)).toMatchObject({ passed: 0, failed: 1, note: 'no report written' });
  });

  it('counts skipped, todo and pending tests and names them with their describe titles', () => {
    const counts = vitestCounts(
      0,
      {
        numPassedTests: 1,
        numFailedTests: 0,
        numPendingTests: 2,
        numTodoTests: 1,
        testResults: [
          {
            name: `${root}/src/rules/emoji.test.ts`,
            status: 'passed',
            message: '',
            assertionResults: [
              { status: 'passed', ancestorTitles: [], title: 'runs', fullName: 'runs' },
              {
                status: 'skipped',
                ancestorTitles: ['emoji', 'flags'],
                title: 'a flag',
                fullName: 'emoji flags a flag',
              },
              { status: 'todo', ancestorTitles: [], title: 'keycaps', fullName: 'keycaps' },
              { status: 'pending', ancestorTitles: ['emoji'], title: 'ZWJ', fullName: 'emoji ZWJ' },
            ],
          },
        ],
      },
      root,
    );
    expect(counts).toMatchObject({ passed: 1, failed: 0, skipped: 3, failures: [] });
    expect(counts.skips).toEqual([
      { test: 'src/rules/emoji.test.ts > emoji > flags > a flag' },
      { test: 'src/rules/emoji.test.ts > keycaps', reason: 'todo' },
      { test: 'src/rules/emoji.test.ts > emoji > ZWJ' },
    ]);
  });
});

describe('skips on CI', () => {
  const counts = {
    passed: 40,
    failed: 0,
    skipped: 2,
    skips: [
      { test: 'e2e/policy.spec.ts > a value set by enterprise policy wins and is locked', reason: 'not writable' },
      { test: 'src/rules/emoji.test.ts > keycaps', reason: 'todo' },
    ],
    failures: [],
  };

  it('off CI, skips are counted and nothing fails', () => {
    expect(enforceSkips(counts, { ci: false, expected: [] })).toBe(counts);
  });

  it('on CI, a skip not listed as expected fails, named with its reason; a listed one stays a skip', () => {
    const enforced = enforceSkips(counts, {
      ci: true,
      expected: [{ test: 'src/rules/emoji.test.ts > keycaps', reason: 'written next' }],
    });
    expect(enforced).toMatchObject({ passed: 40, failed: 1, skipped: 1 });
    expect(enforced.skips).toEqual([{ test: 'src/rules/emoji.test.ts > keycaps', reason: 'todo' }]);
    expect(enforced.failures).toEqual([
      'e2e/policy.spec.ts > a value set by enterprise policy wins and is locked [skipped on CI, and not an expected skip in scripts/expected-skips.mjs]: not writable',
    ]);
  });

  it('on CI, a run without skips is left alone', () => {
    const clean = { passed: 3, failed: 0, skipped: 0, skips: [], failures: [] };
    expect(enforceSkips(clean, { ci: true, expected: [] })).toBe(clean);
  });

  it('CI is on for CI=true or 1, off when unset, empty, 0 or false', () => {
    expect(isCi({ CI: 'true' })).toBe(true);
    expect(isCi({ CI: '1' })).toBe(true);
    expect(isCi({})).toBe(false);
    expect(isCi({ CI: '' })).toBe(false);
    expect(isCi({ CI: '0' })).toBe(false);
    expect(isCi({ CI: 'false' })).toBe(false);
  });

  it('the expected skips are named as the summary names tests, each with a reason', () => {
    for (const entry of EXPECTED_SKIPS) {
      expect(entry.test).toMatch(/^[\w./-]+\.(spec|test)\.ts > /);
      expect(entry.reason.trim()).not.toBe('');
    }
  });
});

describe('countsLine', () => {
  it('is "N passed, N failed", with ", N skipped" after it when a test was skipped', () => {
    expect(countsLine(12, 0)).toBe('12 passed, 0 failed');
    expect(countsLine(12, 1, 0)).toBe('12 passed, 1 failed');
    expect(countsLine(12, 1, 2)).toBe('12 passed, 1 failed, 2 skipped');
    // The line .ci/run looks for.
    expect(countsLine(12, 1, 2)).toMatch(/^[0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$/);
  });
});

describe('evalCounts', () => {
  it('fails only when the measurement did not complete', () => {
    expect(evalCounts(1, undefined).failed).toBe(1);
    expect(evalCounts(0, undefined).failed).toBe(1);
    expect(evalCounts(0, { verdicts: [{ name: 'scams', value: '90%', target: '>= 95%', pass: false }] })).toEqual({
      passed: 0,
      failed: 0,
      note: 'targets missed: scams 90% (goal >= 95%)',
    });
    expect(evalCounts(0, { verdicts: [{ name: 'scams', value: '99%', target: '>= 95%', pass: true }] }).note).toBe(
      'all accuracy targets met',
    );
  });
});

describe('stageCounts and firstLine', () => {
  it('a stage without a report passes or fails as one', () => {
    expect(stageCounts(0)).toEqual({ passed: 0, failed: 0 });
    expect(stageCounts(2)).toEqual({ passed: 0, failed: 1 });
  });

  it('keeps the first non-empty line, without colours, at most 300 characters', () => {
    expect(firstLine('\n\n  \u001b[2mfirst\u001b[22m line  \nsecond')).toBe('first line');
    expect(firstLine(undefined)).toBe('no message');
    expect(firstLine('x'.repeat(500))).toHaveLength(300);
  });
});
