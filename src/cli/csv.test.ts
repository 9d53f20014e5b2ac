import { describe, expect, it } from 'vitest';
import { parseCsv, STRAY_QUOTE_MESSAGE } from './csv';

const rows = (text: string) => parseCsv(text).records.map((record) => record.fields);

describe('parseCsv', () => {
  it('splits plain fields and records', () => {
    expect(rows('id,message\n1,Hi Maria\n2,Your hearing moved\n')).toEqual([
      ['id', 'message'],
      ['1', 'Hi Maria'],
      ['2', 'Your hearing moved'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'id,message\n1,"Hi Maria, this is ""Hartwell & Diaz"".\nCall us."\n2,ok\n';
    expect(rows(text)).toEqual([
      ['id', 'message'],
      ['1', 'Hi Maria, this is "Hartwell & Diaz".\nCall us.'],
      ['2', 'ok'],
    ]);
  });

  it('numbers records by the line they start on, counting breaks inside quotes', () => {
    const { records } = parseCsv('h\n"a\nb\nc"\nd\n');
    expect(records.map((record) => record.line)).toEqual([1, 2, 5]);
  });

  it('accepts CRLF and bare CR line ends and keeps CRLF inside quotes', () => {
    expect(rows('a,b\r\n1,"x\r\ny"\r\n2,z')).toEqual([
      ['a', 'b'],
      ['1', 'x\r\ny'],
      ['2', 'z'],
    ]);
    expect(rows('a\r1\r2')).toEqual([['a'], ['1'], ['2']]);
    expect(parseCsv('a\r\n"x\r\ny"\r\nz').records.map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(rows('a,,c,\n,,\n')).toEqual([
      ['a', '', 'c', ''],
      ['', '', ''],
    ]);
    expect(rows('"",x')).toEqual([['', 'x']]);
  });

  it('skips blank lines and a byte order mark', () => {
    expect(rows('\ufeffmessage\n\nHi\n\n')).toEqual([['message'], ['Hi']]);
  });

  it('treats a quote inside an unquoted field as text', () => {
    expect(rows('5" screen,x')).toEqual([['5" screen', 'x']]);
  });

  it('allows spaces between a closing quote and the comma', () => {
    expect(parseCsv('"Hi" ,x\n"there"  \n')).toEqual({
      records: [
        { fields: ['Hi', 'x'], line: 1 },
        { fields: ['there'], line: 2 },
      ],
      problems: [],
    });
  });

  it.each<[string, string, string[][], number[]]>([
    [
      'an un-doubled quote pair inside a field',
      'id,message\n1,"he said "hi" to me"\n2,ok\n',
      [
        ['1', 'he said "hi" to me'],
        ['2', 'ok'],
      ],
      [2],
    ],
    [
      'one un-doubled quote inside a field',
      'id,message\n1,"5" screen, "cracked"\n',
      [['1', '5" screen, "cracked']],
      [2],
    ],
    ['a quote then text (no closing quote on its line)', 'id,message\n"Hart"well,x\n', [['Hart"well', 'x']], [2]],
    [
      'a quote then text up to a comma',
      'id,message\n1,"he said "hi", then left"\n',
      [['1', 'he said "hi', ' then left"']],
      [2],
    ],
    [
      'an un-doubled quote on the second line of a field',
      'id,message\n1,"Hi Maria,\nhe said "hi" to me"\n2,ok\n',
      [
        ['1', 'Hi Maria,\nhe said "hi" to me'],
        ['2', 'ok'],
      ],
      [3],
    ],
    ['doubled and un-doubled quotes together', 'message\n"a ""b"" "c" d"\n', [['a "b" "c" d']], [2]],
    ['two fields with un-doubled quotes', 'a,b\n"x "y" z","p "q" r"\n', [['x "y" z', 'p "q" r']], [2, 2]],
  ])('keeps %s as written, with a warning at its line', (_name, input, expected, warningLines) => {
    const result = parseCsv(input);
    expect(result.records.slice(1).map((record) => record.fields)).toEqual(expected);
    expect(result.problems).toEqual(
      warningLines.map((line) => ({ line, severity: 'warning', message: STRAY_QUOTE_MESSAGE })),
    );
  });

  it('reads with another separator, quotes and a never-closed field included', () => {
    const result = parseCsv('id;message\n1;"Hi; it\'s ""ok"""\n2;"Hi Bob, call us\nback today\n3;fine\n', ';');
    expect(result.records.map((record) => [record.line, ...record.fields])).toEqual([
      [1, 'id', 'message'],
      [2, '1', 'Hi; it\'s "ok"'],
      [5, '3', 'fine'],
    ]);
    expect(result.problems).toEqual([
      {
        line: 3,
        severity: 'error',
        message: 'a quoted field is never closed (missing "); lines 3-4 not checked; reading on from line 5',
      },
    ]);
    expect(parseCsv('a\tb\n1,2\t3\n', '\t').records.map((record) => record.fields)).toEqual([
      ['a', 'b'],
      ['1,2', '3'],
    ]);
  });

  it.each<[string, string, (string | number)[][], { line: number; message: string }]>([
    [
      'at the end of the file',
      'message\nfine\n"never closed\nmore\n',
      [
        [2, 'fine'],
        [4, 'more'],
      ],
      { line: 3, message: 'a quoted field is never closed (missing "); line 3 not checked; reading on from line 4' },
    ],
    [
      'before good records',
      'id,message\n1,ok\n2,"Hi Bob, call us\nback today\n3,fine\n4,also fine\n',
      [
        [2, '1', 'ok'],
        [5, '3', 'fine'],
        [6, '4', 'also fine'],
      ],
      { line: 3, message: 'a quoted field is never closed (missing "); lines 3-4 not checked; reading on from line 5' },
    ],
    [
      'before quoted good records (its quote would close on the next one)',
      'id,message\n1,"Hi Bob\n2,"ok, thanks"\n3,"fine"\n',
      [
        [3, '2', 'ok, thanks'],
        [4, '3', 'fine'],
      ],
      { line: 2, message: 'a quoted field is never closed (missing "); line 2 not checked; reading on from line 3' },
    ],
    [
      'in a single-column file',
      'message\n"Hi Bob\nSecond\n"Third"\n',
      [
        [3, 'Second'],
        [4, 'Third'],
      ],
      { line: 2, message: 'a quoted field is never closed (missing "); line 2 not checked; reading on from line 3' },
    ],
    [
      'in a record that started on an earlier line',
      'id,note,message\n1,"two\nlines","never closed\n2,x,y\n',
      [[4, '2', 'x', 'y']],
      {
        line: 2,
        message:
          'a quoted field is never closed (missing ") (the quote opens on line 3); lines 2-3 not checked; reading on from line 4',
      },
    ],
    [
      'with no record after it',
      'id,message\n1,ok\n2,"never closed\nstill the same message\n\n',
      [[2, '1', 'ok']],
      { line: 3, message: 'a quoted field is never closed (missing "); lines 3-5 not checked (no record follows it)' },
    ],
    [
      'before a line that only looks like a record (read as one: the error says where reading resumed)',
      'id,message\n2,"never closed\nstill, the same message\n3,ok\n',
      [
        [3, 'still', ' the same message'],
        [4, '3', 'ok'],
      ],
      { line: 2, message: 'a quoted field is never closed (missing "); line 2 not checked; reading on from line 3' },
    ],
  ])('skips a record whose quote is never closed %s, and reads on', (_name, input, expected, problem) => {
    const result = parseCsv(input);
    expect(result.records.slice(1).map((record) => [record.line, ...record.fields])).toEqual(expected);
    expect(result.problems).toEqual([{ ...problem, severity: 'error' }]);
  });

  it("keeps a field's stray quote on a later line unless that line is a record of its own", () => {
    // Line 3 is not a record on its own (its quote runs onto line 4): the stray quote is kept, with a warning.
    const result = parseCsv('id,message\n1,"broken\n2,"two\nlines"\n3,x\n');
    expect(result.records.map((record) => [record.line, ...record.fields])).toEqual([
      [1, 'id', 'message'],
      [2, '1', 'broken\n2,"two'],
      [4, 'lines"'],
      [5, '3', 'x'],
    ]);
    expect(result.problems).toEqual([{ line: 3, severity: 'warning', message: STRAY_QUOTE_MESSAGE }]);
  });

  it('stops at an unclosed quote in the header: nothing after it can be read', () => {
    expect(parseCsv('id,"message\n1,Hi\n')).toEqual({
      records: [],
      problems: [
        {
          line: 1,
          severity: 'error',
          message: 'a quoted field in the header is never closed (missing "); nothing after it can be read',
        },
      ],
    });
  });

  it('returns nothing for empty input', () => {
    expect(parseCsv('')).toEqual({ records: [], problems: [] });
  });

  it('stays linear on a large file', () => {
    const line = '1,"Hi Maria, this is ""Hartwell & Diaz"". Reply STOP to opt out."\n';
    const { records } = parseCsv(`id,message\n${line.repeat(50_000)}`);
    expect(records).toHaveLength(50_001);
    expect(records.at(-1)?.fields[1]).toBe('Hi Maria, this is "Hartwell & Diaz". Reply STOP to opt out.');
  });

  it.each([
    ['un-doubled quotes on one long line', `m\n"${'a"'.repeat(200_000)}\n`],
    ['un-doubled quotes on many lines of one field', `m\n"${'a "b\n'.repeat(50_000)}"\n`],
    ['an unclosed quote before many implausible lines', `id,message\n1,"x\n${'no comma here\n'.repeat(50_000)}2,ok\n`],
    ['many unclosed quotes', `id,message\n${'1,"x\n'.repeat(50_000)}`],
    ['many stray quotes on later lines', `id,message\n1,"x\n${'2,y "z\n'.repeat(50_000)}`],
  ])('stays linear on %s', (_name, input) => {
    const started = performance.now();
    parseCsv(input);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
