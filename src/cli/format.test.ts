import { describe, expect, it } from 'vitest';
import type { Finding } from '../rules/index';
import {
  addToTotals,
  COLORS,
  createLocator,
  emptyTotals,
  formatSummary,
  formatTextBlock,
  locateFindings,
  MAX_FINDINGS_SHOWN,
  NO_COLORS,
  paletteFor,
  type ResultRow,
  shortenText,
} from './format';

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'insecure-link',
    messageId: 'insecure',
    severity: 'warning',
    start: 0,
    end: 1,
    message: 'Use https:// instead.',
    fixes: [],
    ...overrides,
  };
}

function row(overrides: Partial<ResultRow> = {}): ResultRow {
  const text = overrides.text ?? 'Hi Maria, this is Hartwell & Diaz. Details: http://hartwelldiaz.com/case';
  return {
    id: 'm.txt:1',
    source: 'm.txt:1',
    text,
    score: 88,
    verdict: 'review',
    encoding: 'GSM-7',
    segments: 1,
    characters: text.length,
    findings: [],
    ...overrides,
  };
}

describe('createLocator', () => {
  it('gives 1-based line and column', () => {
    const locate = createLocator('Hi Maria,\nyour hearing\r\nmoved\rtoday');
    expect(locate(0)).toEqual({ line: 1, column: 1 });
    expect(locate(3)).toEqual({ line: 1, column: 4 });
    expect(locate(10)).toEqual({ line: 2, column: 1 });
    expect(locate(15)).toEqual({ line: 2, column: 6 });
    expect(locate(24)).toEqual({ line: 3, column: 1 });
    expect(locate(30)).toEqual({ line: 4, column: 1 });
  });

  it('counts a surrogate pair as one column', () => {
    const text = 'Hi 😀 Maria 👍🏽!';
    const locate = createLocator(text);
    expect(locate(text.indexOf('Maria'))).toEqual({ line: 1, column: 6 });
    expect(locate(text.indexOf('!'))).toEqual({ line: 1, column: 14 });
  });

  it('answers offsets asked out of order', () => {
    const locate = createLocator('a\nb\nc');
    expect(locate(4)).toEqual({ line: 3, column: 1 });
    expect(locate(2)).toEqual({ line: 2, column: 1 });
    expect(locate(99)).toEqual({ line: 3, column: 2 });
  });

  it('locates every finding of a message', () => {
    const located = locateFindings('ab\ncd', [finding({ start: 1 }), finding({ start: 4 })]);
    expect(located.map(({ line, column }) => [line, column])).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('keeps every field of a finding, in order, with its position last', () => {
    const withEverything = finding({ category: 'gambling', language: 'es', fixes: [], start: 3 });
    const [located] = locateFindings('ab\ncd', [withEverything, finding({ start: 0 })]);
    // The order lint() makes them in (engine.ts), as --format json prints them.
    expect(Object.keys(located ?? {})).toEqual([
      'ruleId',
      'messageId',
      'severity',
      'category',
      'start',
      'end',
      'message',
      'fixes',
      'language',
      'line',
      'column',
    ]);
    expect(located).toEqual({ ...withEverything, line: 2, column: 1 });
    const [plain] = locateFindings('ab', [finding({ start: 1 })]);
    expect(Object.keys(plain ?? {})).toEqual([
      'ruleId',
      'messageId',
      'severity',
      'start',
      'end',
      'message',
      'fixes',
      'line',
      'column',
    ]);
  });
});

describe('shortenText', () => {
  it('keeps short text as is', () => {
    expect(shortenText('Your hearing moved to 3/14.')).toBe('Your hearing moved to 3/14.');
  });

  it('cuts long text at 60 code points with an ellipsis', () => {
    const short = shortenText('x'.repeat(100));
    expect(short).toBe(`${'x'.repeat(59)}…`);
    expect(Array.from(shortenText('😀'.repeat(100)))).toHaveLength(60);
  });

  it('puts the message on one line', () => {
    expect(shortenText('Line one\r\n\tline two\u2028three')).toBe('Line one line two three');
  });

  it.each([
    ['an escape sequence', 'Hi \u001b[31mMaria\u001b]0;pwned\u0007', 'Hi \\x1b[31mMaria\\x1b]0;pwned\\x07'],
    ['a C1 control', 'Hi\u009b2J', 'Hi\\x9b2J'],
    ['a bidi override and isolate', 'Pay \u202e0001$\u2066x\u2069', 'Pay \\u202e0001$\\u2066x\\u2069'],
    ['a lone surrogate', 'Hi \ud83d there', 'Hi \\ud83d there'],
  ])('shows %s escaped', (_name, text, expected) => {
    expect(shortenText(text)).toBe(expected);
  });

  it('escapes after cutting, so an escape is never cut in half', () => {
    expect(shortenText(`${'x'.repeat(58)}\u001b[31m and more`)).toBe(`${'x'.repeat(58)}\\x1b…`);
  });

  it('marks text cut after a long run of whitespace', () => {
    expect(shortenText(`Hi${' '.repeat(300)}there`)).toBe('Hi…');
  });
});

describe('formatTextBlock', () => {
  it('prints a header, aligned findings and the rule id, without colors', () => {
    const block = formatTextBlock(
      row({
        findings: [
          { ...finding({ start: 44, severity: 'warning' }), line: 1, column: 45 },
          { ...finding({ ruleId: 'emoji', severity: 'error', message: 'No emoji.' }), line: 12, column: 3 },
        ],
      }),
      NO_COLORS,
    );
    expect(block).toBe(
      [
        'm.txt:1  "Hi Maria, this is Hartwell & Diaz. Details: http://hartwell…"  to review (score 88)',
        '  1:45  warning  Use https:// instead.  insecure-link',
        '  12:3  error    No emoji.  emoji',
        '',
        '',
      ].join('\n'),
    );
  });

  it('prints the first findings of a huge message and counts the rest', () => {
    const many = Array.from({ length: MAX_FINDINGS_SHOWN + 5 }, (_, index) => ({
      ...finding({ start: index }),
      line: 1,
      column: index + 1,
    }));
    const lines = formatTextBlock(row({ findings: many }), NO_COLORS)
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(1 + MAX_FINDINGS_SHOWN + 1);
    expect(lines.at(-1)).toBe('  ... and 5 more findings (--format jsonl lists them all)');
  });

  it('shows an explicit id beside the location and the fixed text', () => {
    const block = formatTextBlock(
      row({
        id: 'invite-7',
        text: 'See http://x.com',
        fixed: 'See https://x.com',
        findings: [{ ...finding({ start: 4 }), line: 1, column: 5 }],
      }),
      NO_COLORS,
    );
    expect(block.split('\n')[0]).toBe('m.txt:1 invite-7  "See http://x.com"  to review (score 88)');
    expect(block).toContain('  fixed: "See https://x.com"\n');
  });

  it('lists a spelling finding’s suggestions after its message', () => {
    const replace = (text: string) => ({
      label: `Replace with "${text}"`,
      edits: [{ start: 4, end: 12, text }],
      safe: false,
    });
    const spelling = finding({
      ruleId: 'spelling',
      messageId: 'misspelled',
      start: 4,
      end: 12,
      message: '"audencia" looks misspelled.',
      fixes: [replace('audiencia'), replace('ausencia')],
    });
    const block = formatTextBlock(
      row({ text: 'Su audencia es el lunes.', findings: [{ ...spelling, line: 1, column: 5 }] }),
      NO_COLORS,
    );
    expect(block).toContain(
      '  1:5  warning  "audencia" looks misspelled. (suggestions: "audiencia", "ausencia")  spelling\n',
    );
  });

  it('says nothing about a clean message', () => {
    expect(formatTextBlock(row({ verdict: 'ready', score: 100 }), NO_COLORS)).toBe('');
    expect(formatTextBlock(row({ fixed: row().text }), NO_COLORS)).toBe('');
  });

  it('shows control characters in messages escaped', () => {
    const block = formatTextBlock(
      row({ findings: [{ ...finding({ message: '"\u0092" is not GSM-7.\u001b[2J\u202e' }), line: 1, column: 1 }] }),
      NO_COLORS,
    );
    expect(block).toContain('  1:1  warning  "\\x92" is not GSM-7.\\x1b[2J\\u202e  insecure-link\n');
  });

  it('escapes the source, the id and the fixed text', () => {
    const block = formatTextBlock(
      row({
        source: 'a\u001b[2J.txt:1',
        id: 'id\u001b]0;x\u0007',
        fixed: 'Hi\u009b\u202e',
        findings: [{ ...finding({}), line: 1, column: 1 }],
      }),
      NO_COLORS,
    );
    expect(block.split('\n')[0]).toMatch(/^a\\x1b\[2J\.txt:1 id\\x1b\]0;x\\x07 {2}"/);
    expect(block).toContain('  fixed: "Hi\\u009b\\u202e"\n');
    expect(block).not.toMatch(/(?!\n)[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
  });

  it('colors severities when asked', () => {
    const block = formatTextBlock(
      row({ findings: [{ ...finding({ severity: 'error' }), line: 1, column: 1 }] }),
      COLORS,
    );
    expect(block).toContain('\u001b[31merror  \u001b[39m');
  });
});

describe('summary', () => {
  it('counts verdicts and severities with plurals', () => {
    const totals = emptyTotals();
    addToTotals(totals, {
      verdict: 'blocked',
      findings: [finding({ severity: 'error' }), finding({ severity: 'error' })],
    });
    addToTotals(totals, {
      verdict: 'review',
      findings: [finding({}), finding({}), finding({}), finding({ severity: 'info' })],
    });
    addToTotals(totals, { verdict: 'ready', findings: [] });
    expect(formatSummary(totals, NO_COLORS)).toBe(
      '3 messages checked: 1 blocked, 1 to review, 1 ready; 2 errors, 3 warnings, 1 info\n',
    );
  });

  it('uses the singular for one', () => {
    const totals = emptyTotals();
    addToTotals(totals, { verdict: 'blocked', findings: [finding({ severity: 'error' }), finding({})] });
    expect(formatSummary(totals, NO_COLORS)).toBe(
      '1 message checked: 1 blocked, 0 to review, 0 ready; 1 error, 1 warning, 0 info\n',
    );
  });
});

describe('paletteFor', () => {
  it('colors only a terminal without NO_COLOR', () => {
    expect(paletteFor(true, {})).toBe(COLORS);
    expect(paletteFor(true, { NO_COLOR: '1' })).toBe(NO_COLORS);
    expect(paletteFor(true, { NO_COLOR: '' })).toBe(COLORS);
    expect(paletteFor(false, {})).toBe(NO_COLORS);
    expect(paletteFor(undefined, {})).toBe(NO_COLORS);
  });
});
