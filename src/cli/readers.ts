import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { DEFAULT_CSV_COLUMNS } from './args';
import { parseCsv } from './csv';
import { type DecodeEvent, InputDecoder, type InputDecoderOptions, type TextEncodingName } from './decode';
import { createLocator } from './format';

/** One message to check, or one piece of input that could not be read (reported, then skipped). */
export type InputItem =
  | { kind: 'message'; id: string; location: string; text: string; firstMessage?: boolean }
  | {
      kind: 'problem';
      location: string;
      message: string;
      fatal?: boolean;
      /** The input was read and checked as written; said on stderr, but the exit status is not 2. */
      warning?: boolean;
    };

export type InputKind = 'text' | 'jsonl' | 'json' | 'csv';

export const STDIN_NAME = '<stdin>';

export function inputKindOf(path: string): InputKind {
  const lower = path.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.csv')) return 'csv';
  // A .json export read as text lines would check its brackets and quotes as one message.
  if (lower.endsWith('.json')) return 'json';
  return 'text';
}

function stripByteOrderMark(line: string, lineNumber: number): string {
  return lineNumber === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
}

/** A text line is a message unless it is blank. */
export function textLineToItem(line: string, source: string, lineNumber: number): InputItem | undefined {
  const text = stripByteOrderMark(line, lineNumber);
  if (text.trim() === '') return undefined;
  const location = `${source}:${lineNumber}`;
  return { kind: 'message', id: location, location, text };
}

/** One JSONL line: an object with a string `text`, optional string/number `id`, optional boolean `firstMessage`. */
export function jsonlLineToItem(line: string, source: string, lineNumber: number): InputItem | undefined {
  const raw = stripByteOrderMark(line, lineNumber);
  if (raw.trim() === '') return undefined;
  const location = `${source}:${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'problem', location, message: `not valid JSON (${reason})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'problem', location, message: 'each line must be a JSON object with a "text" field' };
  }
  return jsonRecordToItem(value as Record<string, unknown>, location);
}

/** One message object of a JSONL line or a .json file: string `text`, optional `id` and `firstMessage`. */
function jsonRecordToItem(record: Record<string, unknown>, location: string): InputItem {
  if (typeof record.text !== 'string') {
    return { kind: 'problem', location, message: '"text" must be a string' };
  }
  const { id, firstMessage } = record;
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
    return { kind: 'problem', location, message: '"id" must be a string or a number' };
  }
  if (firstMessage !== undefined && typeof firstMessage !== 'boolean') {
    return { kind: 'problem', location, message: '"firstMessage" must be true or false' };
  }
  return {
    kind: 'message',
    id: id === undefined ? location : String(id),
    location,
    text: record.text,
    ...(firstMessage !== undefined ? { firstMessage } : {}),
  };
}

/**
 * A .json file: an array of messages (objects as in JSONL, or plain strings), or one message
 * object. Elements are named `file[index]`; a bad element is reported and the others are checked;
 * blank messages are skipped as blank lines are.
 */
export function jsonToItems(content: string, source: string): InputItem[] {
  let value: unknown;
  try {
    value = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [{ kind: 'problem', location: source, message: `not valid JSON (${reason})` }];
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return [jsonRecordToItem(value as Record<string, unknown>, source)];
  }
  if (!Array.isArray(value)) {
    return [
      {
        kind: 'problem',
        location: source,
        message: 'a .json file must hold an array of messages ({"text": "..."} objects or strings)',
      },
    ];
  }
  const items: InputItem[] = [];
  value.forEach((element: unknown, index) => {
    const location = `${source}[${index}]`;
    if (typeof element === 'string') {
      if (element.trim() !== '') items.push({ kind: 'message', id: location, location, text: element });
    } else if (typeof element === 'object' && element !== null && !Array.isArray(element)) {
      const record = element as Record<string, unknown>;
      if (!(typeof record.text === 'string' && record.text.trim() === ''))
        items.push(jsonRecordToItem(record, location));
    } else {
      items.push({
        kind: 'problem',
        location,
        message: 'each message must be a string or an object with a "text" field',
      });
    }
  });
  return items;
}

function findColumn(header: readonly string[], wanted: string): number {
  const exact = header.indexOf(wanted);
  if (exact >= 0) return exact;
  const normalized = wanted.trim().toLowerCase();
  return header.findIndex((name) => name.trim().toLowerCase() === normalized);
}

const FIRST_MESSAGE_COLUMNS: readonly string[] = ['firstMessage', 'first_message', 'first message'];
const TRUE_WORDS: ReadonlySet<string> = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS: ReadonlySet<string> = new Set(['false', 'no', 'n', '0', '']);

/** The index of `column`, or without one of the first of DEFAULT_CSV_COLUMNS present; -1 when none is. */
function messageColumnIndex(header: readonly string[], column: string | undefined): number {
  if (column !== undefined) return findColumn(header, column);
  for (const candidate of DEFAULT_CSV_COLUMNS) {
    const index = findColumn(header, candidate);
    if (index >= 0) return index;
  }
  return -1;
}

/**
 * The file's field separator. Excel in many locales saves "CSV" with semicolons, and a spreadsheet's
 * "tab-separated" export uses tabs: when the header read with commas is one field that holds no
 * message column but does hold ";" or a tab, and read with that separator it names one, the file
 * is read with it.
 */
function fieldSeparatorOf(content: string, column: string | undefined): ',' | ';' | '\t' {
  const header = parseCsv(firstLineOf(content)).records[0]?.fields ?? [];
  if (header.length !== 1 || messageColumnIndex(header, column) >= 0) return ',';
  for (const separator of [';', '\t'] as const) {
    if (!(header[0] ?? '').includes(separator)) continue;
    const fields = parseCsv(firstLineOf(content), separator).records[0]?.fields ?? [];
    if (messageColumnIndex(fields, column) >= 0) return separator;
  }
  return ',';
}

/** The text up to the first line break outside quotes would need the parser; a header has none in practice. */
function firstLineOf(content: string): string {
  const lineBreak = content.search(/[\r\n]/);
  return lineBreak < 0 ? content : content.slice(0, lineBreak);
}

/**
 * The messages of a CSV file with a header row; the text comes from `column` (or a usual name for
 * it), ids from an "id" column and the first-message flag from a "firstMessage" column if any.
 */
export function csvToItems(content: string, source: string, column?: string): InputItem[] {
  const { records, problems } = parseCsv(content, fieldSeparatorOf(content, column));
  const items: InputItem[] = [];
  // Problems and messages in file order; a warning comes before the message it is about.
  let next = 0;
  const problemsBefore = (line: number): void => {
    for (; next < problems.length && (problems[next]?.line ?? 0) <= line; next++) {
      const problem = problems[next];
      if (problem) items.push(problemItem(`${source}:${problem.line}`, problem.message, problem.severity));
    }
  };
  const [header, ...rows] = records;
  if (header) {
    const messageIndex = messageColumnIndex(header.fields, column);
    if (messageIndex < 0) {
      const columns = header.fields.map((name) => `"${name}"`).join(', ');
      const wanted = column !== undefined ? `"${column}" column` : `message column (${DEFAULT_CSV_COLUMNS.join(', ')})`;
      const advice = 'choose one with --column';
      return [
        {
          kind: 'problem',
          location: `${source}:${header.line}`,
          message: `no ${wanted} in the header (columns: ${columns}); ${advice}`,
          fatal: true,
        },
      ];
    }
    const idIndex = findColumn(header.fields, 'id');
    const usableIdIndex = idIndex === messageIndex ? -1 : idIndex;
    const firstMessageIndex = FIRST_MESSAGE_COLUMNS.map((name) => findColumn(header.fields, name)).find(
      (index) => index >= 0 && index !== messageIndex,
    );
    for (const row of rows) {
      problemsBefore(row.line);
      const location = `${source}:${row.line}`;
      const text = row.fields[messageIndex];
      if (text === undefined) {
        items.push({
          kind: 'problem',
          location,
          message: `the record has ${row.fields.length} fields; "${header.fields[messageIndex]}" is field ${messageIndex + 1}`,
        });
        continue;
      }
      if (text.trim() === '') continue;
      const id = usableIdIndex >= 0 ? row.fields[usableIdIndex] : undefined;
      const flag =
        firstMessageIndex === undefined ? undefined : (row.fields[firstMessageIndex] ?? '').trim().toLowerCase();
      if (flag !== undefined && !TRUE_WORDS.has(flag) && !FALSE_WORDS.has(flag)) {
        const name = header.fields[firstMessageIndex as number];
        items.push({
          kind: 'problem',
          location,
          message: `"${name}" must be true or false (or yes/no, 1/0), not "${row.fields[firstMessageIndex as number]}"; checked with the --first-message setting`,
          warning: true,
        });
      }
      items.push({
        kind: 'message',
        id: id !== undefined && id !== '' ? id : location,
        location,
        text,
        ...(flag !== undefined && TRUE_WORDS.has(flag) ? { firstMessage: true } : {}),
        ...(flag !== undefined && FALSE_WORDS.has(flag) && flag !== '' ? { firstMessage: false } : {}),
      });
    }
  }
  problemsBefore(Number.POSITIVE_INFINITY);
  return items;
}

function problemItem(location: string, message: string, severity: 'error' | 'warning'): InputItem {
  return severity === 'warning'
    ? { kind: 'problem', location, message, warning: true }
    : { kind: 'problem', location, message };
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Splits text that arrives in pieces into lines as node:readline does (LF, CRLF or CR), keeping only
 * the unfinished line in memory.
 */
export class LineSplitter {
  private pending = '';
  private afterCR = false;

  push(text: string): string[] {
    const lines: string[] = [];
    let start = 0;
    if (this.afterCR && text.charCodeAt(0) === 10) start = 1;
    this.afterCR = false;
    const breaks = /\r\n|\n|\r/g;
    breaks.lastIndex = start;
    for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
      lines.push(this.pending + text.slice(start, match.index));
      this.pending = '';
      start = breaks.lastIndex;
      // A CR that ends this piece may be the first half of a CRLF.
      if (match[0] === '\r' && start === text.length) this.afterCR = true;
    }
    this.pending += text.slice(start);
    return lines;
  }

  end(): string[] {
    const last = this.pending;
    this.pending = '';
    return last === '' ? [] : [last];
  }

  /** Line and column (code points, 1-based) where the next character would go. */
  position(completedLines: number): { line: number; column: number } {
    let column = 1;
    for (const _ of this.pending) column++;
    return { line: completedLines + 1, column };
  }
}

function invalidTextMessage(encoding: TextEncodingName, position: { line: number; column: number }): string {
  return `not valid ${encoding} (first bad byte at line ${position.line}, column ${position.column}); checked with U+FFFD in place of each bad sequence`;
}

function binaryProblem(location: string, reason: string): InputItem {
  return { kind: 'problem', location, message: `not a text file (${reason}); not checked`, fatal: true };
}

/** The input's bytes as decode events (strings from a stream in text mode are UTF-8 again first). */
async function* decodeStream(
  input: AsyncIterable<Uint8Array | string>,
  options: InputDecoderOptions,
): AsyncGenerator<DecodeEvent> {
  const decoder = new InputDecoder(options);
  for await (const chunk of input) {
    for (const event of decoder.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk)) yield event;
  }
  for (const event of decoder.end()) yield event;
}

async function* lineItems(
  input: AsyncIterable<Uint8Array | string>,
  source: string,
  toItem: (line: string, source: string, lineNumber: number) => InputItem | undefined,
  options: InputDecoderOptions = {},
): AsyncGenerator<InputItem> {
  const splitter = new LineSplitter();
  let lineNumber = 0;
  // An array rather than a generator: `yield*` of a sync iterable in an async generator costs an
  // extra await per line (three times slower on a large file).
  const items = (lines: readonly string[]): InputItem[] => {
    const result: InputItem[] = [];
    for (const line of lines) {
      lineNumber++;
      const item = toItem(line, source, lineNumber);
      if (item) result.push(item);
    }
    return result;
  };
  for await (const event of decodeStream(input, options)) {
    if (event.kind === 'binary') {
      yield binaryProblem(source, event.reason);
      return;
    }
    if (event.kind === 'invalid') {
      yield {
        kind: 'problem',
        location: source,
        message: invalidTextMessage(event.encoding, splitter.position(lineNumber)),
      };
      continue;
    }
    for (const item of items(splitter.push(event.text))) yield item;
  }
  for (const item of items(splitter.end())) yield item;
}

/** A whole file's text (for CSV), with the problems met decoding it. */
export function decodeWhole(bytes: Uint8Array, source: string): { text?: string; problems: InputItem[] } {
  const decoder = new InputDecoder();
  const parts: string[] = [];
  const problems: InputItem[] = [];
  for (const event of [...decoder.push(bytes), ...decoder.end()]) {
    if (event.kind === 'binary') return { problems: [binaryProblem(source, event.reason)] };
    if (event.kind === 'text') parts.push(event.text);
    else {
      const before = parts.join('');
      const position = createLocator(before)(before.length);
      problems.push({ kind: 'problem', location: source, message: invalidTextMessage(event.encoding, position) });
    }
  }
  return { text: parts.join(''), problems };
}

/**
 * Reads one input ('-' is `stdin`) as messages, streaming line-based formats so that large files
 * need no more memory than one line. Unreadable files come out as one fatal problem item.
 */
export async function* readInput(
  path: string,
  column: string | undefined,
  stdin: Readable & { isTTY?: boolean },
): AsyncGenerator<InputItem> {
  if (path === '-') {
    // Typed lines are answered as they come; a pipe or a file is judged on its first 8 KB.
    yield* lineItems(stdin, STDIN_NAME, textLineToItem, { decideOnFirstChunk: stdin.isTTY === true });
    return;
  }
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (error) {
    yield { kind: 'problem', location: path, message: `cannot read: ${describeReadError(error)}`, fatal: true };
    return;
  }
  const kind = inputKindOf(path);
  if (kind === 'csv' || kind === 'json') {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (error) {
      yield { kind: 'problem', location: path, message: `cannot read: ${describeReadError(error)}`, fatal: true };
      return;
    }
    const { text, problems } = decodeWhole(bytes, path);
    yield* problems;
    if (text !== undefined) yield* kind === 'json' ? jsonToItems(text, path) : csvToItems(text, path, column);
    return;
  }
  const stream = createReadStream(path);
  try {
    yield* lineItems(stream, path, kind === 'jsonl' ? jsonlLineToItem : textLineToItem);
  } catch (error) {
    yield { kind: 'problem', location: path, message: `cannot read: ${describeReadError(error)}`, fatal: true };
  } finally {
    stream.destroy();
  }
}
