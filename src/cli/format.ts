import type { Finding, Report, Severity, Verdict } from '../rules/index';
import { escapeForTerminal, stringifyJson } from './terminal';

/** Where a finding starts, as an editor shows it: 1-based line, and 1-based column in code points. */
export interface Position {
  line: number;
  column: number;
}

export interface LocatedFinding extends Finding {
  line: number;
  column: number;
}

/** One checked message as the json and jsonl formats print it. */
export interface ResultRow {
  id: string;
  /** file:line the message was read from. */
  source: string;
  text: string;
  score: number;
  verdict: Verdict;
  encoding: Report['encoding'];
  segments: number;
  characters: number;
  findings: LocatedFinding[];
  /** With --fix: the text after every safe fix. */
  fixed?: string;
}

const LF = 10;
const CR = 13;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Maps UTF-16 offsets of one text to line and column. Findings come sorted by start, so it walks
 * forward from the last answer (linear for the whole message) and restarts only when asked backwards.
 * Lines end at LF, CRLF or CR; a surrogate pair is one column.
 */
export function createLocator(text: string): (offset: number) => Position {
  let cursor = 0;
  let line = 1;
  let column = 1;
  return (offset: number): Position => {
    const target = Math.max(0, Math.min(offset, text.length));
    if (target < cursor) {
      cursor = 0;
      line = 1;
      column = 1;
    }
    for (; cursor < target; cursor++) {
      const code = text.charCodeAt(cursor);
      if (code === LF || (code === CR && text.charCodeAt(cursor + 1) !== LF)) {
        line++;
        column = 1;
      } else if (code === CR) {
        // The LF of this CRLF ends the line.
      } else if (!(isLowSurrogate(code) && cursor > 0 && isHighSurrogate(text.charCodeAt(cursor - 1)))) {
        column++;
      }
    }
    return { line, column };
  };
}

export function locateFindings(text: string, findings: readonly Finding[]): LocatedFinding[] {
  const locate = createLocator(text);
  return findings.map((finding) => {
    const { line, column } = locate(finding.start);
    return locatedFinding(finding, line, column);
  });
}

/**
 * A finding with its position, copied field by field: spreading each finding into a new object took
 * as long as lint() itself on a message with 600,000 findings (400,000 characters of "“("). The
 * keys keep the finding's order, then line and column, as --format json prints them.
 */
function locatedFinding(finding: Finding, line: number, column: number): LocatedFinding {
  const { ruleId, messageId, severity, category, start, end, message, fixes, language } = finding;
  const located = { ruleId, messageId, severity } as LocatedFinding;
  if (category !== undefined) located.category = category;
  located.start = start;
  located.end = end;
  located.message = message;
  located.fixes = fixes;
  if (language !== undefined) located.language = language;
  located.line = line;
  located.column = column;
  return located;
}

// ---- text format ----

export interface Palette {
  error(text: string): string;
  warning(text: string): string;
  info(text: string): string;
  ok(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

function ansi(open: number, close: number): (text: string) => string {
  return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

export const COLORS: Palette = {
  error: ansi(31, 39),
  warning: ansi(33, 39),
  info: ansi(36, 39),
  ok: ansi(32, 39),
  dim: ansi(2, 22),
  bold: ansi(1, 22),
  underline: ansi(4, 24),
};

const plain = (text: string): string => text;
export const NO_COLORS: Palette = {
  error: plain,
  warning: plain,
  info: plain,
  ok: plain,
  dim: plain,
  bold: plain,
  underline: plain,
};

/** Colors only for a terminal, and never when NO_COLOR is set to anything non-empty (no-color.org). */
export function paletteFor(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): Palette {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return isTTY === true && !noColor ? COLORS : NO_COLORS;
}

const WHITESPACE_RUN = /\s+/g;
const SHORT_TEXT_LENGTH = 60;

/**
 * The start of a message on one line: whitespace collapsed, cut at 60 code points, then control
 * characters and bidi overrides escaped (\x1b, \u202e) so that none reaches the terminal as itself.
 */
export function shortenText(text: string, maxLength = SHORT_TEXT_LENGTH): string {
  // Look at a bounded window only: a 20,000-character message needs no full pass for a header.
  const window = text.slice(0, maxLength * 4);
  const flat = window.replace(WHITESPACE_RUN, ' ').trim();
  const codePoints = Array.from(flat);
  if (codePoints.length > maxLength)
    return `${escapeForTerminal(
      codePoints
        .slice(0, maxLength - 1)
        .join('')
        .trimEnd(),
    )}…`;
  const moreFollows = window.length < text.length && /\S/.test(text.slice(window.length));
  return moreFollows ? `${escapeForTerminal(flat)}…` : escapeForTerminal(flat);
}

const SEVERITY_WIDTH = 'warning'.length;

function paintSeverity(severity: Severity, palette: Palette): string {
  return palette[severity](severity.padEnd(SEVERITY_WIDTH));
}

function paintVerdict(verdict: Verdict, palette: Palette): string {
  if (verdict === 'blocked') return palette.error(verdict);
  if (verdict === 'review') return palette.warning('to review');
  return palette.ok(verdict);
}

/**
 * A spelling finding's suggestions, as the text format appends them: ' (suggestions: "deposition",
 * "depositor")'. Other rules' labelled fixes are for the json formats and the extension.
 */
function suggestionsOf(finding: Finding): string {
  if (finding.ruleId !== 'spelling' || finding.fixes.length === 0) return '';
  const words = finding.fixes.map((fix) => stringifyJson(fix.edits[0]?.text ?? ''));
  return ` (suggestions: ${escapeForTerminal(words.join(', '))})`;
}

/** How many findings of one message the text format prints. */
export const MAX_FINDINGS_SHOWN = 200;

/**
 * A message's block in the text format, or '' when there is nothing to say (no findings and no
 * fix changed it): like a linter, clean input stays quiet and only the summary counts it.
 */
export function formatTextBlock(row: ResultRow, palette: Palette): string {
  const changedByFix = row.fixed !== undefined && row.fixed !== row.text;
  if (row.findings.length === 0 && !changedByFix) return '';
  const idPart = row.id === row.source ? '' : ` ${palette.bold(escapeForTerminal(row.id))}`;
  const lines = [
    `${palette.underline(escapeForTerminal(row.source))}${idPart}  ${palette.dim(`"${shortenText(row.text)}"`)}  ${paintVerdict(row.verdict, palette)} ${palette.dim(`(score ${row.score})`)}`,
  ];
  // A pathological paste can carry hundreds of thousands of findings: a reader needs the first
  // ones and the count; --format json/jsonl still lists every one.
  const shown = row.findings.slice(0, MAX_FINDINGS_SHOWN);
  const positions = shown.map((finding) => `${finding.line}:${finding.column}`);
  let positionWidth = 0;
  for (const position of positions) positionWidth = Math.max(positionWidth, position.length);
  shown.forEach((finding, index) => {
    const position = (positions[index] ?? '').padEnd(positionWidth);
    lines.push(
      `  ${palette.dim(position)}  ${paintSeverity(finding.severity, palette)}  ${escapeForTerminal(finding.message)}${suggestionsOf(finding)}  ${palette.dim(finding.ruleId)}`,
    );
  });
  const hidden = row.findings.length - shown.length;
  if (hidden > 0) {
    lines.push(
      `  ${palette.dim(`... and ${hidden.toLocaleString('en-US')} more findings (--format jsonl lists them all)`)}`,
    );
  }
  if (changedByFix) lines.push(`  ${palette.ok('fixed:')} ${stringifyJson(row.fixed)}`);
  return `${lines.join('\n')}\n\n`;
}

export interface RunTotals {
  messages: number;
  blocked: number;
  review: number;
  ready: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function emptyTotals(): RunTotals {
  return { messages: 0, blocked: 0, review: 0, ready: 0, errors: 0, warnings: 0, infos: 0 };
}

export function addToTotals(
  totals: RunTotals,
  row: { verdict: Verdict; findings: readonly Pick<Finding, 'severity'>[] },
): void {
  totals.messages++;
  if (row.verdict === 'blocked') totals.blocked++;
  else if (row.verdict === 'review') totals.review++;
  else totals.ready++;
  for (const finding of row.findings) {
    if (finding.severity === 'error') totals.errors++;
    else if (finding.severity === 'warning') totals.warnings++;
    else totals.infos++;
  }
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "3 messages checked: 1 blocked, 1 to review, 1 ready; 2 errors, 3 warnings, 1 info" */
export function formatSummary(totals: RunTotals, palette: Palette): string {
  const verdicts = `${totals.blocked} blocked, ${totals.review} to review, ${totals.ready} ready`;
  const findings = `${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}, ${totals.infos} info`;
  const line = `${plural(totals.messages, 'message')} checked: ${verdicts}; ${findings}`;
  const paint = totals.errors > 0 ? palette.error : totals.warnings > 0 ? palette.warning : palette.ok;
  return `${palette.bold(paint(line))}\n`;
}
