import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

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

  it('keeps text that follows a closing quote', () => {
    expect(rows('"Hart"well,x')).toEqual([['Hartwell', 'x']]);
  });

  it('treats a quote inside an unquoted field as text', () => {
    expect(rows('5" screen,x')).toEqual([['5" screen', 'x']]);
  });

  it('reports an unterminated quote with the line it opened on, keeping earlier records', () => {
    const result = parseCsv('message\nfine\n"never closed\nmore\n');
    expect(result.records.map((record) => record.fields)).toEqual([['message'], ['fine']]);
    expect(result.error).toEqual({ line: 3, message: 'a quoted field is never closed (missing ")' });
  });

  it('returns nothing for empty input', () => {
    expect(parseCsv('')).toEqual({ records: [] });
  });

  it('stays linear on a large file', () => {
    const line = '1,"Hi Maria, this is ""Hartwell & Diaz"". Reply STOP to opt out."\n';
    const { records } = parseCsv(`id,message\n${line.repeat(50_000)}`);
    expect(records).toHaveLength(50_001);
    expect(records.at(-1)?.fields[1]).toBe('Hi Maria, this is "Hartwell & Diaz". Reply STOP to opt out.');
  });
});
