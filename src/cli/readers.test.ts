import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { STRAY_QUOTE_MESSAGE } from './csv';
import {
  csvToItems,
  type InputItem,
  inputKindOf,
  jsonlLineToItem,
  jsonToItems,
  LineSplitter,
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
    expect(inputKindOf('templates.JSON')).toBe('json');
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

describe('jsonToItems', () => {
  it('reads an array of messages (objects as in JSONL, or strings), named by file[index]', () => {
    const content = JSON.stringify([{ id: 'invite', text: MESSAGE, firstMessage: true }, { text: 'Second' }, 'Third']);
    expect(jsonToItems(content, 'm.json')).toEqual([
      { kind: 'message', id: 'invite', location: 'm.json[0]', text: MESSAGE, firstMessage: true },
      { kind: 'message', id: 'm.json[1]', location: 'm.json[1]', text: 'Second' },
      { kind: 'message', id: 'm.json[2]', location: 'm.json[2]', text: 'Third' },
    ]);
  });

  it('reads one message object, skips blank messages, and keeps the good elements beside a bad one', () => {
    expect(jsonToItems('\ufeff{"text": "Hi"}', 'm.json')).toEqual([
      { kind: 'message', id: 'm.json', location: 'm.json', text: 'Hi' },
    ]);
    const items = jsonToItems('[{"text": "One"}, {"text": 5}, "  ", {"text": "Three"}]', 'm.json');
    expect(items.map((item) => (item.kind === 'message' ? item.text : `${item.location}: ${item.message}`))).toEqual([
      'One',
      'm.json[1]: "text" must be a string',
      'Three',
    ]);
  });

  it.each([
    ['[{"text": "Hi"}', /^not valid JSON \(/],
    ['', /^not valid JSON \(/],
    ['42', /must hold an array of messages/],
    ['{"message": "Hi"}', /"text" must be a string/],
    ['[[1]]', /must be a string or an object with a "text" field/],
  ])('reports %s as a problem naming the file', (content, message) => {
    const [item, ...rest] = jsonToItems(content, 'm.json');
    expect(rest).toEqual([]);
    expect(item?.kind).toBe('problem');
    expect(item?.kind === 'problem' && item.message).toMatch(message);
    expect(item?.location).toMatch(/^m\.json/);
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

  it('without --column, takes the first usual message column a template export has', () => {
    expect(csvToItems('Name,Body,Text\nreminder,Hi Maria,ignored\n', 'x.csv')).toEqual([
      { kind: 'message', id: 'x.csv:2', location: 'x.csv:2', text: 'Hi Maria' },
    ]);
    expect(csvToItems('name,template\nreminder,Hi Maria\n', 'x.csv')).toEqual([
      { kind: 'message', id: 'x.csv:2', location: 'x.csv:2', text: 'Hi Maria' },
    ]);
    expect(csvToItems('id,notes\n1,Hi\n', 'x.csv')).toEqual([
      {
        kind: 'problem',
        location: 'x.csv:1',
        message:
          'no message column (message, body, text, template, content, sms) in the header (columns: "id", "notes"); choose one with --column',
        fatal: true,
      },
    ]);
  });

  it.each([
    [
      'semicolons (Excel in many locales)',
      '\ufeffid;template\r\n1;"Hola Maria; su cita, el lunes"\r\n2;Hi Bob, see you\r\n',
    ],
    ['tabs', 'id\ttemplate\n1\t"Hola Maria; su cita, el lunes"\n2\tHi Bob, see you\n'],
  ])('reads a file whose fields are separated by %s', (_name, content) => {
    expect(csvToItems(content, 'x.csv')).toEqual([
      { kind: 'message', id: '1', location: 'x.csv:2', text: 'Hola Maria; su cita, el lunes' },
      { kind: 'message', id: '2', location: 'x.csv:3', text: 'Hi Bob, see you' },
    ]);
  });

  it('keeps commas as the separator when another reading names no message column either', () => {
    const [problem] = csvToItems('id;notes\n1;Hi\n', 'x.csv');
    expect(problem).toMatchObject({ kind: 'problem', location: 'x.csv:1', fatal: true });
    expect(problem?.kind === 'problem' && problem.message).toContain('(columns: "id;notes"); choose one with --column');
  });

  it('reads a comma-separated file whose message column holds semicolons as commas', () => {
    expect(csvToItems('message\nHi; see you\n', 'x.csv')).toEqual([
      { kind: 'message', id: 'x.csv:2', location: 'x.csv:2', text: 'Hi; see you' },
    ]);
  });

  it('reads a first-message column per row, and warns on a value that is not true or false', () => {
    const items = csvToItems('id,body,first_message\na,Invite,TRUE\nb,Reminder,no\nc,Other,\nd,Odd,maybe\n', 'x.csv');
    expect(items).toEqual([
      { kind: 'message', id: 'a', location: 'x.csv:2', text: 'Invite', firstMessage: true },
      { kind: 'message', id: 'b', location: 'x.csv:3', text: 'Reminder', firstMessage: false },
      { kind: 'message', id: 'c', location: 'x.csv:4', text: 'Other' },
      {
        kind: 'problem',
        location: 'x.csv:5',
        message:
          '"first_message" must be true or false (or yes/no, 1/0), not "maybe"; checked with the --first-message setting',
        warning: true,
      },
      { kind: 'message', id: 'd', location: 'x.csv:5', text: 'Odd' },
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

describe('LineSplitter', () => {
  it.each<[string, string[], string[]]>([
    ['LF, CRLF and CR', ['a\nb\r\nc\rd'], ['a', 'b', 'c', 'd']],
    ['a CRLF split between pieces', ['a\r', '\nb'], ['a', 'b']],
    ['a CR at the end of a piece, then text', ['a\r', 'b'], ['a', 'b']],
    ['a line split between pieces', ['He', 'llo', ' there\nnext'], ['Hello there', 'next']],
    ['blank lines kept, no empty last line', ['a\n\nb\n'], ['a', '', 'b']],
    ['nothing', [], []],
  ])('%s', (_name, pieces, expected) => {
    const splitter = new LineSplitter();
    const lines = pieces.flatMap((piece) => splitter.push(piece));
    expect([...lines, ...splitter.end()]).toEqual(expected);
  });

  it('says where the next character goes, in code points', () => {
    const splitter = new LineSplitter();
    const lines = splitter.push('one\ntwo\nCafé 😀 ');
    expect(splitter.position(lines.length)).toEqual({ line: 3, column: 8 });
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

  it('reads a JSON array file whole, not as lines of text', async () => {
    const path = file('m.json', '[\n  {"id": "a", "text": "One"},\n  {"text": "Two"}\n]\n');
    const items = await collect(readInput(path, 'message', Readable.from([])));
    expect(items).toEqual([
      { kind: 'message', id: 'a', location: `${path}[0]`, text: 'One' },
      { kind: 'message', id: `${path}[1]`, location: `${path}[1]`, text: 'Two' },
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

  const bytesFile = (name: string, content: Uint8Array): string => {
    const path = join(directory, name);
    writeFileSync(path, content);
    return path;
  };
  const utf16 = (text: string, littleEndian: boolean): Uint8Array => {
    const units = `\ufeff${text}`;
    const result = Buffer.alloc(units.length * 2);
    for (let index = 0; index < units.length; index++) {
      if (littleEndian) result.writeUInt16LE(units.charCodeAt(index), index * 2);
      else result.writeUInt16BE(units.charCodeAt(index), index * 2);
    }
    return result;
  };
  const summary = (items: InputItem[]) =>
    items.map((item) =>
      item.kind === 'message' ? `${item.location} ${item.text}` : `${item.location}: ${item.message}`,
    );
  const LATIN1_CAFE = Buffer.from('Hi Maria\nSee you at the Caf\xe9 at 3pm\nBye\n', 'latin1');
  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

  it.each<[string, string, Uint8Array, (path: string) => string[]]>([
    ['a UTF-8 BOM text file', 'bom.txt', Buffer.from('\ufeffCafé\nBye\n'), (p) => [`${p}:1 Café`, `${p}:2 Bye`]],
    ['a UTF-16LE text file', 'le.txt', utf16('Café 😀\r\nBye\r\n', true), (p) => [`${p}:1 Café 😀`, `${p}:2 Bye`]],
    [
      'a UTF-16LE CSV (an Excel "Unicode text" export)',
      'excel.csv',
      utf16('id,message\r\n1,"Hi María,\r\ncall us"\r\n', true),
      (p) => [`${p}:2 Hi María,\r\ncall us`],
    ],
    ['a UTF-16BE JSONL file', 'be.jsonl', utf16('{"text": "Café"}\n', false), (p) => [`${p}:1 Café`]],
    [
      'invalid UTF-8 in a text file: where, then every line checked with U+FFFD',
      'latin1.txt',
      LATIN1_CAFE,
      (p) => [
        `${p}:1 Hi Maria`,
        `${p}: not valid UTF-8 (first bad byte at line 2, column 19); checked with U+FFFD in place of each bad sequence`,
        `${p}:2 See you at the Caf\ufffd at 3pm`,
        `${p}:3 Bye`,
      ],
    ],
    [
      'invalid UTF-8 in a CSV',
      'latin1.csv',
      Buffer.concat([Buffer.from('message\n"Hi,\nCaf'), Buffer.from([0xe9]), Buffer.from('"\nBye\n')]),
      (p) => [
        `${p}: not valid UTF-8 (first bad byte at line 3, column 4); checked with U+FFFD in place of each bad sequence`,
        `${p}:2 Hi,\nCaf\ufffd`,
        `${p}:4 Bye`,
      ],
    ],
    [
      'a binary text file',
      'image.txt',
      PNG,
      (p) => [
        `${p}: not a text file (it has NUL bytes (a UTF-16 text file needs a byte order mark to be read)); not checked`,
      ],
    ],
    [
      'a binary CSV',
      'image.csv',
      PNG,
      (p) => [
        `${p}: not a text file (it has NUL bytes (a UTF-16 text file needs a byte order mark to be read)); not checked`,
      ],
    ],
    [
      'random bytes without NUL',
      'noise.jsonl',
      Buffer.from(Array.from({ length: 4000 }, (_, index) => 1 + ((index * 7919) % 255))),
      (p) => [
        expect.stringMatching(
          new RegExp(
            `^${p}: not a text file \\(\\d+% of the characters at its start are control characters or undecodable bytes\\); not checked$`,
          ),
        ) as unknown as string,
      ],
    ],
  ])('reads %s', async (_name, name, content, expected) => {
    const path = bytesFile(name, content);
    expect(summary(await collect(readInput(path, 'message', Readable.from([]))))).toEqual(expected(path));
  });

  it('marks a binary file a fatal problem and invalid UTF-8 a problem that is not fatal', async () => {
    const binary = await collect(readInput(bytesFile('b.bin', PNG), 'message', Readable.from([])));
    expect(binary).toEqual([expect.objectContaining({ kind: 'problem', fatal: true })]);
    const latin1 = await collect(readInput(bytesFile('l.txt', LATIN1_CAFE), 'message', Readable.from([])));
    expect(latin1.filter((item) => item.kind === 'problem')).toEqual([
      { kind: 'problem', location: expect.any(String), message: expect.stringMatching(/^not valid UTF-8/) },
    ]);
  });

  it('answers a line typed on a terminal before the next one arrives', async () => {
    const typed = new PassThrough();
    const items = readInput('-', 'message', Object.assign(typed, { isTTY: true }));
    typed.write('Hi Maria\n');
    expect((await items.next()).value).toMatchObject({ kind: 'message', text: 'Hi Maria' });
    typed.end('Bye\n');
    expect((await items.next()).value).toMatchObject({ kind: 'message', text: 'Bye' });
    expect((await items.next()).done).toBe(true);
  });

  it('decodes standard input the same way (bytes, a binary refused)', async () => {
    const stdin = Readable.from([Buffer.from([0xef, 0xbb, 0xbf, 0x48, 0x69, 0x0a, 0x42, 0xff, 0x0a])]);
    expect(summary(await collect(readInput('-', 'message', stdin)))).toEqual([
      `${STDIN_NAME}:1 Hi`,
      `${STDIN_NAME}: not valid UTF-8 (first bad byte at line 2, column 2); checked with U+FFFD in place of each bad sequence`,
      `${STDIN_NAME}:2 B\ufffd`,
    ]);
    expect(summary(await collect(readInput('-', 'message', Readable.from([PNG]))))).toEqual([
      `${STDIN_NAME}: not a text file (it has NUL bytes (a UTF-16 text file needs a byte order mark to be read)); not checked`,
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
