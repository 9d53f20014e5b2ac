#!/usr/bin/env node
// `npm test`: every check the project has, in order, continuing past failures so one run shows
// everything that is wrong. Stages: typecheck, lint, unit tests, build, e2e (Chromium), the Firefox
// build's web-ext lint and e2e (Firefox ESR), the release packages (npm run package, checked in
// Chromium and by web-ext lint: e2e-package/). Test counts come from the JSON reports of Vitest and
// Playwright; a failed typecheck, lint or build counts as one failed test. Tests that did not run
// (skipped, fixme, todo) are counted too; with CI set, one that is not listed in
// scripts/expected-skips.mjs counts as failed. The last line printed is always exactly
// `N passed, N failed`, or `N passed, N failed, N skipped` when a test was skipped; the exit code
// is 1 when anything failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXPECTED_SKIPS } from './expected-skips.mjs';
import {
  countsLine,
  enforceSkips,
  evalCounts,
  isCi,
  playwrightCounts,
  stageCounts,
  vitestCounts,
} from './test-reports.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDirectory = join(root, 'test-results');
const vitestReport = join(resultsDirectory, 'vitest.json');
const playwrightReport = join(resultsDirectory, 'playwright.json');
const firefoxReport = join(resultsDirectory, 'vitest-firefox.json');
const evalReport = join(resultsDirectory, 'eval.json');
const packageReport = join(resultsDirectory, 'playwright-package.json');
const isWindows = process.platform === 'win32';
/** On CI a skipped test fails the run unless scripts/expected-skips.mjs lists it. */
const skipPolicy = { ci: isCi(process.env), expected: EXPECTED_SKIPS };

/** @typedef {import('./test-reports.mjs').Counts} Counts */

/** @param {string} file */
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [extraEnv]
 * @returns {Promise<number>} the exit code
 */
function run(command, args, extraEnv = {}) {
  return new Promise((resolveExit) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      shell: isWindows,
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1', ...extraEnv },
    });
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      resolveExit(127);
    });
    child.on('close', (code, signal) => resolveExit(code ?? (signal ? 128 : 1)));
  });
}

const npm = isWindows ? 'npm.cmd' : 'npm';
const bin = (name) => join(root, 'node_modules', '.bin', isWindows ? `${name}.cmd` : name);

/**
 * A Vitest run that writes its JSON report to `report`, counted from it.
 * @param {string} name
 * @param {string} report
 * @param {string[]} [configArgs]
 */
function vitestStage(name, report, configArgs = []) {
  return {
    name,
    command: bin('vitest'),
    args: ['run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile=${report}`],
    /** @param {number} code */
    counts: (code) => enforceSkips(vitestCounts(code, readJson(report), root), skipPolicy),
  };
}

/** @type {{ name: string, command: string, args: string[], env?: Record<string, string>, counts: (code: number) => Counts }[]} */
const stages = [
  { name: 'typecheck', command: npm, args: ['run', '--silent', 'typecheck'], counts: stageCounts },
  { name: 'lint', command: bin('biome'), args: ['check', '.'], counts: stageCounts },
  vitestStage('unit tests', vitestReport),
  // Accuracy on the corpora (npm run eval): a measurement, not a test. A crash fails the stage;
  // missed targets are printed in the summary, since they say what is left to do, not what broke.
  {
    name: 'eval',
    command: bin('tsx'),
    args: ['scripts/eval.ts', '--summary', '--report-only', `--json-out=${evalReport}`],
    counts: (code) => evalCounts(code, readJson(evalReport)),
  },
  { name: 'build', command: npm, args: ['run', '--silent', 'build'], counts: stageCounts },
  {
    name: 'e2e',
    command: bin('playwright'),
    args: ['test'], // playwright.config.ts writes test-results/playwright.json
    counts: (code) => enforceSkips(playwrightCounts(code, readJson(playwrightReport), root), skipPolicy),
  },
  // The Firefox build: web-ext lint (0 errors), then the same extension in Firefox ESR.
  { name: 'firefox lint', command: npm, args: ['run', '--silent', 'lint:firefox'], counts: stageCounts },
  vitestStage('firefox e2e', firefoxReport, ['--config', 'vitest.firefox.config.ts']),
  // npm run package (a snapshot of the working tree), then the packages as stores, AMO and a firm's
  // IT get them: sums, manifests, the source package rebuilding to the same files, web-ext lint on
  // the .xpi, the store zip in Chromium, the enterprise package with a managed policy (unpacked and
  // force-installed from updates.xml).
  {
    name: 'packages',
    command: bin('playwright'),
    args: ['test', '--config', 'playwright.package.config.ts'],
    counts: (code) => enforceSkips(playwrightCounts(code, readJson(packageReport), root), skipPolicy),
  },
];

mkdirSync(resultsDirectory, { recursive: true });
for (const report of [vitestReport, playwrightReport, firefoxReport, evalReport, packageReport])
  rmSync(report, { force: true });
if (!existsSync(join(root, 'node_modules'))) {
  console.error('node_modules is missing: run `npm ci` first.');
}

/** @type {{ name: string, exitCode: number, seconds: number, counts: Counts }[]} */
const results = [];
for (const stage of stages) {
  console.log(
    `\n=== ${stage.name}: ${[stage.command, ...stage.args].map((part) => part.replace(root, '.')).join(' ')}`,
  );
  const started = Date.now();
  const exitCode = await run(stage.command, stage.args, stage.env);
  const seconds = (Date.now() - started) / 1000;
  results.push({ name: stage.name, exitCode, seconds, counts: stage.counts(exitCode) });
}

console.log('\n=== summary');
let totalPassed = 0;
let totalFailed = 0;
let totalSkipped = 0;
for (const { name, exitCode, seconds, counts } of results) {
  totalPassed += counts.passed;
  totalFailed += counts.failed;
  totalSkipped += counts.skipped ?? 0;
  const verdict = exitCode === 0 && counts.failed === 0 ? 'ok  ' : 'FAIL';
  const tally = counts.passed + counts.failed > 1 || name.includes('test') || name.endsWith('e2e');
  const detail = tally ? countsLine(counts.passed, counts.failed, counts.skipped) : `exit code ${exitCode}`;
  const note = counts.note ? ` (${counts.note})` : '';
  console.log(`${verdict} ${name.padEnd(12)} ${detail}${note}  [${seconds.toFixed(1)} s]`);
  // Repeated here because CI keeps only the tail of the log.
  for (const failure of counts.failures ?? []) console.log(`       - ${failure}`);
  // The skips still counted as skips (all of them off CI) are named too: a skip is never silent.
  for (const skip of counts.skips ?? []) {
    console.log(`       - skipped: ${skip.test}${skip.reason ? ` (${skip.reason})` : ''}`);
  }
}
console.log(countsLine(totalPassed, totalFailed, totalSkipped));
process.exitCode = totalFailed > 0 ? 1 : 0;
