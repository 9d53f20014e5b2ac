import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parseCsv } from './csv';

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

export type InputKind = 'text' | 'jsonl' | 'csv';

export const STDIN_NAME = '<stdin>';

export function inputKindOf(path: string): InputKind {
  const lower = path.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.csv')) return 'csv';
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
  const record = value as Record<string, unknown>;
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

function findColumn(header: readonly string[], wanted: string): number {
  const exact = header.indexOf(wanted);
  if (exact >= 0) return exact;
  const normalized = wanted.trim().toLowerCase();
  return header.findIndex((name) => name.trim().toLowerCase() === normalized);
}

/** The messages of a CSV file with a header row; the text comes from `column`, ids from an "id" column if any. */
export function csvToItems(content: string, source: string, column: string): InputItem[] {
  const { records, problems } = parseCsv(content);
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
    const messageIndex = findColumn(header.fields, column);
    if (messageIndex < 0) {
      const columns = header.fields.map((name) => `"${name}"`).join(', ');
      return [
        {
          kind: 'problem',
          location: `${source}:${header.line}`,
          message: `no "${column}" column in the header (columns: ${columns}); choose one with --column`,
          fatal: true,
        },
      ];
    }
    const idIndex = column.toLowerCase() === 'id' ? -1 : findColumn(header.fields, 'id');
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
      const id = idIndex >= 0 ? row.fields[idIndex] : undefined;
      items.push({ kind: 'message', id: id !== undefined && id !== '' ? id : location, location, text });
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

async function* lineItems(
  input: Readable,
  source: string,
  toItem: (line: string, source: string, lineNumber: number) => InputItem | undefined,
): AsyncGenerator<InputItem> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    const item = toItem(line, source, lineNumber);
    if (item) yield item;
  }
}

/**
 * Reads one input ('-' is `stdin`) as messages, streaming line-based formats so that large files
 * need no more memory than one line. Unreadable files come out as one fatal problem item.
 */
export async function* readInput(path: string, column: string, stdin: Readable): AsyncGenerator<InputItem> {
  if (path === '-') {
    yield* lineItems(stdin, STDIN_NAME, textLineToItem);
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
  if (kind === 'csv') {
    let content: string;
    try {
      content = await readFile(path, 'utf8');
    } catch (error) {
      yield { kind: 'problem', location: path, message: `cannot read: ${describeReadError(error)}`, fatal: true };
      return;
    }
    yield* csvToItems(content, path, column);
    return;
  }
  const stream = createReadStream(path, { encoding: 'utf8' });
  try {
    yield* lineItems(stream, path, kind === 'jsonl' ? jsonlLineToItem : textLineToItem);
  } catch (error) {
    yield { kind: 'problem', location: path, message: `cannot read: ${describeReadError(error)}`, fatal: true };
  } finally {
    stream.destroy();
  }
}
