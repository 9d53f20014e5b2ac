/**
 * Runs the rules library for the e2e specs, in a child process under tsx: Playwright's loader
 * cannot import the library directly (linkify's `tlds` is a JSON module needing an import
 * attribute). Reads a JSON request on argv, prints the reports.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Fix, Report } from '../src/rules';

export interface OracleRequest {
  text: string;
  settings: Record<string, unknown>;
  firstMessage?: boolean;
  /** Fixes to apply to `text` (defaults to all safe fixes). */
  fixes?: Fix[];
}

export interface OracleAnswer {
  report: Report;
  /** `text` after `fixes` (or after every safe fix, to the fixed point). */
  fixed: string;
}

const SELF = fileURLToPath(import.meta.url);

/** Lints in a child process (the e2e side only; a second or so per call). */
export function lintWithRules(request: OracleRequest): OracleAnswer {
  const output = execFileSync('npx', ['tsx', SELF, JSON.stringify(request)], { encoding: 'utf8' });
  return JSON.parse(output) as OracleAnswer;
}

async function main(argument: string): Promise<void> {
  const { lint, applyFixes, fixAllSafe } = await import('../src/rules');
  const request = JSON.parse(argument) as OracleRequest;
  const context = { firstMessage: request.firstMessage === true };
  const report = lint(request.text, request.settings, context);
  // "Fix all" everywhere (card, popup, CLI) fixes to the fixed point: lint and fix until nothing safe is left.
  const fixed = request.fixes
    ? applyFixes(request.text, request.fixes)
    : fixAllSafe(request.text, request.settings, context).text;
  process.stdout.write(JSON.stringify({ report, fixed } satisfies OracleAnswer));
}

if (process.argv[1] === SELF && process.argv[2]) void main(process.argv[2]);
