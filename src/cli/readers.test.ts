import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { STRAY_QUOTE_MESSAGE } from './csv';
import {
  csvToItems,
  type InputItem,
  inputKindOf,
  jsonlLineToItem,
  readInput,
  STDIN_NAME,
  textLineToItem,
} from './readers';

const MESSAGE = 'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9am. Reply STOP to opt out.';

async function collect(items: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const all: InputItem[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('inputKindOf', () => {
  it('goes by the extension, case-insensitively, and reads anything else as text lines', () => {
    expect(inputKindOf('out/messages.jsonl')).toBe('jsonl');
    expect(inputKindOf('MESSAGES.NDJSON')).toBe('jsonl');
    expect(inputKindOf('export.CSV')).toBe('csv');
    expect(inputKindOf('messages.txt')).toBe('text');
    expect(inputKindOf('messages')).toBe('text');
  });
});

describe('textLineToItem', () => {
  it('makes a message named file:line', () => {
    expect(textLineToItem(MESSAGE, 'a.txt', 3)).toEqual({
      kind: 'message',
      id: 'a.txt:3',
      location: 'a.txt:3',
      text: MESSAGE,
    });
  });

  it('skips blank and whitespace-only lines', () => {
    expect(textLineToItem('', 'a.txt', 1)).toBeUndefined();
    expect(textLineToItem('  \t', 'a.txt', 2)).toBeUndefined();
  });

  it('drops a byte order mark on the first line only', () => {
    expect(textLineToItem('\ufeffHi', 'a.txt', 1)).toMatchObject({ text: 'Hi' });
    expect(textLineToItem('\ufeffHi', 'a.txt', 2)).toMatchObject({ text: '\ufeffHi' });
  });
});

describe('jsonlLineToItem', () => {
  it('reads text, id and firstMessage', () => {
    expect(
      jsonlLineToItem(JSON.stringify({ id: 'invite-1', text: MESSAGE, firstMessage: true }), 'm.jsonl', 4),
    ).toEqual({ kind: 'message', id: 'invite-1', location: 'm.jsonl:4', text: MESSAGE, firstMessage: true });
  });

  it('names messages without an id by file:line and turns numeric ids into strings', () => {
    expect(jsonlLineToItem('{"text": "Hi"}', 'm.jsonl', 2)).toMatchObject({ id: 'm.jsonl:2' });
    expect(jsonlLineToItem('{"id": 17, "text": "Hi"}', 'm.jsonl', 2)).toMatchObject({ id: '17' });
  });

  it('ignores other fields and blank lines', () => {
    expect(jsonlLineToItem('{"label": "ham", "text": "Hi"}', 'm.jsonl', 1)).toMatchObject({ kind: 'message' });
    expect(jsonlLineToItem('   ', 'm.jsonl', 1)).toBeUndefined();
  });

  it.each([
    ['{"text": "Hi"', /^not valid JSON \(/],
    ['["Hi"]', /must be a JSON object/],
    ['"Hi"', /must be a JSON object/],
    ['null', /must be a JSON object/],
    ['{"message": "Hi"}', /"text" must be a string/],
    ['{"text": 5}', /"text" must be a string/],
    ['{"text": "Hi", "id": {"a": 1}}', /"id" must be a string or a number/],
    ['{"text": "Hi", "firstMessage": "yes"}', /"firstMessage" must be true or false/],
  ])('reports %s as a problem at file:line', (line, message) => {
    const item = jsonlLineToItem(line, 'm.jsonl', 9);
    expect(item?.kind).toBe('problem');
    expect(item).toMatchObject({ location: 'm.jsonl:9' });
    expect(item?.kind === 'problem' && item.message).toMatch(message);
  });
});

describe('csvToItems', () => {
  it('reads the message column and the id column', () => {
    const items = csvToItems(`id,message,sent\nc-1,"${MESSAGE}",yes\nc-2,Second,no\n`, 'x.csv', 'message');
    expect(items).toEqual([
      { kind: 'message', id: 'c-1', location: 'x.csv:2', text: MESSAGE },
      { kind: 'message', id: 'c-2', location: 'x.csv:3', text: 'Second' },
    ]);
  });

  it('finds the column case-insensitively and names rows by line without an id column', () => {
    const items = csvToItems('To,Body\n+14155550134,"Line one\nline two"\n+14155550135,Third\n', 'x.csv', 'body');
    expect(items).toEqual([
      { kind: 'message', id: 'x.csv:2', location: 'x.csv:2', text: 'Line one\nline two' },
      { kind: 'message', id: 'x.csv:4', location: 'x.csv:4', text: 'Third' },
    ]);
  });

  it('skips rows whose message is empty and falls back to file:line for an empty id', () => {
    const items = csvToItems('id,message\n1,\n,Hi\n', 'x.csv', 'message');
    expect(items).toEqual([{ kind: 'message', id: 'x.csv:3', location: 'x.csv:3', text: 'Hi' }]);
  });

  it('is a fatal problem when the column is missing, listing the columns', () => {
    expect(csvToItems('id,body\n1,Hi\n', 'x.csv', 'message')).toEqual([
      {
        kind: 'problem',
        location: 'x.csv:1',
        message: 'no "message" column in the header (columns: "id", "body"); choose one with --column',
        fatal: true,
      },
    ]);
  });

  it('reports a record too short to hold the message and goes on', () => {
    const items = csvToItems('id,message\n1\n2,Hi\n', 'x.csv', 'message');
    expect(items).toEqual([
      { kind: 'problem', location: 'x.csv:2', message: 'the record has 1 fields; "message" is field 2' },
      { kind: 'message', id: '2', location: 'x.csv:3', text: 'Hi' },
    ]);
  });

  it.each<[string, string, InputItem[]]>([
    [
      'an unterminated quote: the record is an error, the records after it are checked',
      'id,message\n1,Hi\n2,"broken\n3,Third\n',
      [
        { kind: 'message', id: '1', location: 'x.csv:2', text: 'Hi' },
        {
          kind: 'problem',
          location: 'x.csv:3',
          message: 'a quoted field is never closed (missing "); line 3 not checked; reading on from line 4',
        },
        { kind: 'message', id: '3', location: 'x.csv:4', text: 'Third' },
      ],
    ],
    [
      'an un-doubled quote: a warning before the message, kept as written',
      'id,message\n1,"he said "hi" to me"\n2,ok\n',
      [
        { kind: 'problem', location: 'x.csv:2', message: STRAY_QUOTE_MESSAGE, warning: true },
        { kind: 'message', id: '1', location: 'x.csv:2', text: 'he said "hi" to me' },
        { kind: 'message', id: '2', location: 'x.csv:3', text: 'ok' },
      ],
    ],
    [
      'an unclosed quote in the header',
      'id,"message\n1,Hi\n',
      [
        {
          kind: 'problem',
          location: 'x.csv:1',
          message: 'a quoted field in the header is never closed (missing "); nothing after it can be read',
        },
      ],
    ],
  ])('reports %s, in file order', (_name, content, expected) => {
    expect(csvToItems(content, 'x.csv', 'message')).toEqual(expected);
  });

  it('gives nothing for an empty file', () => {
    expect(csvToItems('', 'x.csv', 'message')).toEqual([]);
  });
});

describe('readInput', () => {
  const directory = mkdtempSync(join(tmpdir(), 'sms-check-readers-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  const file = (name: string, content: string): string => {
    const path = join(directory, name);
    writeFileSync(path, content);
    return path;
  };

  it('streams a text file line by line, CRLF or LF, skipping blank lines', async () => {
    const path = file('m.txt', `\ufeffFirst\r\n\r\nSecond\nThird`);
    const items = await collect(readInput(path, 'message', Readable.from([])));
    expect(items).toEqual([
      { kind: 'message', id: `${path}:1`, location: `${path}:1`, text: 'First' },
      { kind: 'message', id: `${path}:3`, location: `${path}:3`, text: 'Second' },
      { kind: 'message', id: `${path}:4`, location: `${path}:4`, text: 'Third' },
    ]);
  });

  it('reads JSONL, reporting a malformed line and keeping the others', async () => {
    const path = file('m.jsonl', '{"id": "a", "text": "One"}\n{oops\n\n{"text": "Three"}\n');
    const items = await collect(readInput(path, 'message', Readable.from([])));
    expect(items.map((item) => (item.kind === 'message' ? item.id : `problem@${item.location}`))).toEqual([
      'a',
      `problem@${path}:2`,
      `${path}:4`,
    ]);
  });

  it('reads CSV', async () => {
    const path = file('m.csv', 'message\r\n"Hi, Maria"\r\n');
    const items = await collect(readInput(path, 'message', Readable.from([])));
    expect(items).toEqual([{ kind: 'message', id: `${path}:2`, location: `${path}:2`, text: 'Hi, Maria' }]);
  });

  it('reads standard input as text lines for "-"', async () => {
    const stdin = Readable.from(['Hi Maria\n', '\nSecond line', ' continues\n']);
    const items = await collect(readInput('-', 'message', stdin));
    expect(items).toEqual([
      { kind: 'message', id: `${STDIN_NAME}:1`, location: `${STDIN_NAME}:1`, text: 'Hi Maria' },
      { kind: 'message', id: `${STDIN_NAME}:3`, location: `${STDIN_NAME}:3`, text: 'Second line continues' },
    ]);
  });

  it('turns a missing file or a directory into one fatal problem', async () => {
    const missing = join(directory, 'nope.txt');
    expect(await collect(readInput(missing, 'message', Readable.from([])))).toEqual([
      { kind: 'problem', location: missing, message: 'cannot read: no such file', fatal: true },
    ]);
    expect(await collect(readInput(directory, 'message', Readable.from([])))).toEqual([
      { kind: 'problem', location: directory, message: 'cannot read: is a directory', fatal: true },
    ]);
  });
});
