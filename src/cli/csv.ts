/**
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes, line breaks inside quotes, CRLF, LF or
 * CR line ends. Where a file breaks the format it says so, keeps what was written, and goes on:
 *
 * - A quote inside a quoted field that is not doubled (`"he said "hi" to me"`) is kept as a
 *   character, with a warning. It is taken as the field's end only when no closing quote follows on
 *   its line (`"Hart"well` is `Hart"well`, also with a warning).
 * - A quoted field that is never closed would swallow every record after it. The record is reported
 *   as an error and skipped, and reading starts again at the next line after its opening quote that
 *   is a plausible record on its own: as many fields as the header, well-formed quotes, all on that
 *   line. A quoted field whose first un-doubled quote lies on a later line that is such a record
 *   (`1,"Hi Bob` then `2,"ok"`) counts as never closed too. A line that only continues the broken
 *   message but happens to look like a record is read as one: the error names the lines skipped.
 */

export interface CsvRecord {
  fields: string[];
  /** 1-based line of the file where the record starts. */
  line: number;
}

export interface CsvProblem {
  /** 1-based line the problem is reported at (a skipped record's first line, a stray quote's line). */
  line: number;
  message: string;
  /** An error lost text (a record was skipped); after a warning the text is checked as written. */
  severity: 'error' | 'warning';
}

export interface CsvResult {
  records: CsvRecord[];
  /** In file order. */
  problems: CsvProblem[];
}

const QUOTE = 34; // "
const CR = 13;
const LF = 10;
const SPACE = 32;
const TAB = 9;

export const STRAY_QUOTE_MESSAGE =
  'a quote inside a quoted field is not doubled (write "" for a quote); the text is checked as written';

function countLineBreaks(text: string, start: number, end: number): number {
  let breaks = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === LF || (code === CR && text.charCodeAt(index + 1) !== LF)) breaks++;
  }
  return breaks;
}

/** Index of the first CR or LF at or after `from`, or `limit`. */
function nextLineBreak(text: string, from: number, limit: number): number {
  for (let index = from; index < limit; index++) {
    const code = text.charCodeAt(index);
    if (code === CR || code === LF) return index;
  }
  return limit;
}

/** Index just after the line break at `lineBreak` (CRLF is one). */
function afterLineBreak(text: string, lineBreak: number): number {
  return text.charCodeAt(lineBreak) === CR && text.charCodeAt(lineBreak + 1) === LF ? lineBreak + 2 : lineBreak + 1;
}

function lineStartBefore(text: string, index: number): number {
  let position = index;
  while (position > 0) {
    const code = text.charCodeAt(position - 1);
    if (code === CR || code === LF) break;
    position--;
  }
  return position;
}

/** The next quote before `limit`, or -1; a bounded scan when `limit` is not the end of the text. */
function nextQuote(text: string, from: number, limit: number): number {
  if (limit >= text.length) return text.indexOf('"', from);
  for (let index = from; index < limit; index++) if (text.charCodeAt(index) === QUOTE) return index;
  return -1;
}

function endOfUnquoted(text: string, from: number, limit: number, separator: number): number {
  let position = from;
  while (position < limit) {
    const code = text.charCodeAt(position);
    if (code === separator || code === CR || code === LF) break;
    position++;
  }
  return position;
}

function isDelimiter(code: number, separator: number): boolean {
  return code === separator || code === CR || code === LF;
}

/** A quoted field that never closes. */
interface Broken {
  kind: 'broken';
  openedOnLine: number;
  quoteIndex: number;
}

interface ParsedRecord {
  kind: 'record';
  fields: string[];
  end: number;
  endLine: number;
  /** Lines of the fields' un-doubled quotes. */
  strayQuoteLines: number[];
  /** A quote inside an unquoted field (kept as text, as spreadsheets do, but not a clean record). */
  looseQuote: boolean;
}

interface ParsedField {
  kind: 'field';
  value: string;
  end: number;
  line: number;
  strayQuoteLine?: number;
}

/**
 * The quoted field opening at `open`. `expectedFields` (the header's count) turns on the check that
 * an un-doubled quote on a later line is really the start of the next record.
 */
function readQuoted(
  text: string,
  open: number,
  line: number,
  limit: number,
  expectedFields: number | undefined,
  separator: number,
): ParsedField | Broken {
  const parts: string[] = [];
  let segmentStart = open + 1;
  let currentLine = line;
  // The first un-doubled quote on the current line, kept as a character unless its line has no closing quote.
  let stray: { index: number; line: number; segmentStart: number; partsLength: number; lineEnd: number } | undefined;
  for (;;) {
    const quote = nextQuote(text, segmentStart, limit);
    if (stray && (quote < 0 || quote > stray.lineEnd)) {
      // No closing quote on the stray quote's line: it ended the field, and what follows it is text.
      parts.length = stray.partsLength;
      const end = endOfUnquoted(text, stray.index + 1, limit, separator);
      parts.push(text.slice(stray.segmentStart, end));
      return { kind: 'field', value: parts.join(''), end, line: stray.line, strayQuoteLine: stray.line };
    }
    if (quote < 0) return { kind: 'broken', openedOnLine: line, quoteIndex: open };
    currentLine += countLineBreaks(text, segmentStart, quote);
    if (quote + 1 < limit && text.charCodeAt(quote + 1) === QUOTE) {
      parts.push(text.slice(segmentStart, quote + 1));
      segmentStart = quote + 2;
      continue;
    }
    let after = quote + 1;
    while (after < limit && (text.charCodeAt(after) === SPACE || text.charCodeAt(after) === TAB)) after++;
    if (after >= limit || isDelimiter(text.charCodeAt(after), separator)) {
      // The closing quote (spaces between it and the comma are outside the field).
      parts.push(text.slice(segmentStart, quote));
      return {
        kind: 'field',
        value: parts.join(''),
        end: after,
        line: currentLine,
        ...(stray ? { strayQuoteLine: stray.line } : {}),
      };
    }
    if (!stray) {
      if (expectedFields !== undefined && currentLine > line) {
        // A line that is a record of its own: the field's opening quote was never closed.
        if (isPlausibleRecord(text, lineStartBefore(text, quote), limit, expectedFields, separator)) {
          return { kind: 'broken', openedOnLine: line, quoteIndex: open };
        }
      }
      stray = {
        index: quote,
        line: currentLine,
        segmentStart,
        partsLength: parts.length,
        lineEnd: nextLineBreak(text, quote + 1, limit),
      };
    }
    parts.push(text.slice(segmentStart, quote + 1));
    segmentStart = quote + 1;
  }
}

function readRecord(
  text: string,
  start: number,
  line: number,
  limit: number,
  expectedFields: number | undefined,
  separator: number,
): ParsedRecord | Broken {
  const fields: string[] = [];
  const strayQuoteLines: number[] = [];
  let looseQuote = false;
  let position = start;
  let currentLine = line;
  for (;;) {
    if (position < limit && text.charCodeAt(position) === QUOTE) {
      const field = readQuoted(text, position, currentLine, limit, expectedFields, separator);
      if (field.kind === 'broken') return field;
      fields.push(field.value);
      if (field.strayQuoteLine !== undefined) strayQuoteLines.push(field.strayQuoteLine);
      position = field.end;
      currentLine = field.line;
    } else {
      const fieldStart = position;
      position = endOfUnquoted(text, position, limit, separator);
      const value = text.slice(fieldStart, position);
      if (value.includes('"')) looseQuote = true;
      fields.push(value);
    }
    if (position >= limit) break;
    const code = text.charCodeAt(position);
    if (code === separator) {
      position++;
      continue;
    }
    position = afterLineBreak(text, position);
    currentLine++;
    break;
  }
  return { kind: 'record', fields, end: position, endLine: currentLine, strayQuoteLines, looseQuote };
}

/** A line that is a whole record on its own: `expectedFields` fields, no stray or loose quote. */
function isPlausibleRecord(
  text: string,
  lineStart: number,
  limit: number,
  expectedFields: number,
  separator: number,
): boolean {
  const lineEnd = nextLineBreak(text, lineStart, limit);
  if (lineEnd === lineStart) return false;
  const record = readRecord(text, lineStart, 0, lineEnd, undefined, separator);
  return (
    record.kind === 'record' &&
    record.end === lineEnd &&
    record.fields.length === expectedFields &&
    record.strayQuoteLines.length === 0 &&
    !record.looseQuote
  );
}

/** The first plausible record after the line where the unclosed quote opened. */
function findResync(
  text: string,
  broken: Broken,
  expectedFields: number,
  separator: number,
): { index: number; line: number } | undefined {
  let lineBreak = nextLineBreak(text, broken.quoteIndex + 1, text.length);
  let line = broken.openedOnLine;
  while (lineBreak < text.length) {
    const lineStart = afterLineBreak(text, lineBreak);
    line++;
    if (lineStart >= text.length) return undefined;
    if (isPlausibleRecord(text, lineStart, text.length, expectedFields, separator)) return { index: lineStart, line };
    lineBreak = nextLineBreak(text, lineStart, text.length);
  }
  return undefined;
}

/** The number of the file's last line with text, counting from `line` at `position`. */
function lastLineOf(text: string, position: number, line: number): number {
  const last = text.charCodeAt(text.length - 1);
  return line + countLineBreaks(text, position, text.length) - (last === LF || last === CR ? 1 : 0);
}

function lineRange(first: number, last: number): string {
  return first === last ? `line ${first}` : `lines ${first}-${last}`;
}

/** `separator`: the field separator, a comma unless the file was saved with another (";" or a tab). */
export function parseCsv(input: string, separator: ',' | ';' | '\t' = ','): CsvResult {
  const separatorCode = separator.charCodeAt(0);
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let position = 0;
  let line = 1;
  while (position < text.length) {
    const expectedFields = records[0]?.fields.length;
    const result = readRecord(text, position, line, text.length, expectedFields, separatorCode);
    if (result.kind === 'broken') {
      const where = result.openedOnLine === line ? '' : ` (the quote opens on line ${result.openedOnLine})`;
      if (expectedFields === undefined) {
        problems.push({
          line,
          severity: 'error',
          message: `a quoted field in the header is never closed (missing ")${where}; nothing after it can be read`,
        });
        break;
      }
      const resume = findResync(text, result, expectedFields, separatorCode);
      const lastLine = resume ? resume.line - 1 : lastLineOf(text, position, line);
      const skipped = resume
        ? `${lineRange(line, lastLine)} not checked; reading on from line ${resume.line}`
        : `${lineRange(line, lastLine)} not checked (no record follows it)`;
      problems.push({
        line,
        severity: 'error',
        message: `a quoted field is never closed (missing ")${where}; ${skipped}`,
      });
      if (!resume) break;
      position = resume.index;
      line = resume.line;
      continue;
    }
    for (const strayLine of result.strayQuoteLines)
      problems.push({ line: strayLine, severity: 'warning', message: STRAY_QUOTE_MESSAGE });
    // An empty line is no record (a header-only file or a trailing blank line stays empty).
    if (!(result.fields.length === 1 && result.fields[0] === '')) records.push({ fields: result.fields, line });
    position = result.end;
    line = result.endLine;
  }
  return { records, problems };
}
