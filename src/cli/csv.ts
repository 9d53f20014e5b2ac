/**
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes, line breaks inside quotes, CRLF, LF or
 * CR line ends. Lenient where spreadsheets are (text after a closing quote is kept), strict where
 * silence would lose messages (an unterminated quote is an error naming the line it opened on).
 */

export interface CsvRecord {
  fields: string[];
  /** 1-based line of the file where the record starts. */
  line: number;
}

export interface CsvResult {
  records: CsvRecord[];
  error?: { line: number; message: string };
}

const QUOTE = 34; // "
const COMMA = 44; // ,
const CR = 13;
const LF = 10;

function countLineBreaks(text: string, start: number, end: number): number {
  let breaks = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === LF || (code === CR && text.charCodeAt(index + 1) !== LF)) breaks++;
  }
  return breaks;
}

export function parseCsv(input: string): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let position = 0;
  let line = 1;
  while (position < text.length) {
    const recordLine = line;
    const fields: string[] = [];
    for (;;) {
      let field: string;
      if (text.charCodeAt(position) === QUOTE) {
        const openedOnLine = line;
        const parts: string[] = [];
        let segmentStart = position + 1;
        for (;;) {
          const close = text.indexOf('"', segmentStart);
          if (close < 0) {
            return {
              records,
              error: { line: openedOnLine, message: 'a quoted field is never closed (missing ")' },
            };
          }
          line += countLineBreaks(text, segmentStart, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            parts.push(text.slice(segmentStart, close + 1));
            segmentStart = close + 2;
            continue;
          }
          parts.push(text.slice(segmentStart, close));
          position = close + 1;
          break;
        }
        const tailStart = position;
        position = endOfUnquoted(text, position);
        if (position > tailStart) parts.push(text.slice(tailStart, position));
        field = parts.join('');
      } else {
        const start = position;
        position = endOfUnquoted(text, position);
        field = text.slice(start, position);
      }
      fields.push(field);
      const code = text.charCodeAt(position);
      if (code === COMMA) {
        position++;
        continue;
      }
      if (code === CR) position += text.charCodeAt(position + 1) === LF ? 2 : 1;
      else if (code === LF) position++;
      if (code === CR || code === LF) line++;
      break;
    }
    // An empty line is no record (a header-only file or a trailing blank line stays empty).
    if (!(fields.length === 1 && fields[0] === '')) records.push({ fields, line: recordLine });
  }
  return { records };
}

function endOfUnquoted(text: string, from: number): number {
  let position = from;
  while (position < text.length) {
    const code = text.charCodeAt(position);
    if (code === COMMA || code === CR || code === LF) break;
    position++;
  }
  return position;
}
