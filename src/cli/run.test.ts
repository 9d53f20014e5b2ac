import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { version as packageVersion } from '../../package.json';
import { applyFixes, type DictionaryLoader, type Finding, type Fix, RULE_IDS } from '../rules/index';
import { loadNodeDictionary } from './dictionary';
import { type CliIo, runCli } from './run';

const INSECURE = 'Hi Maria, this is Hartwell & Diaz. Your file: http://hartwelldiaz.com/case/4471';
const CLEAN = 'Hi Maria, this is Hartwell & Diaz. Your file: https://hartwelldiaz.com/case/4471';

interface Captured {
  status: number;
  stdout: string;
  stderr: string;
}

function capture(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString('utf8');
}

async function run(
  argv: string[],
  options: {
    stdin?: string[];
    stdinIsTTY?: boolean;
    stdoutIsTTY?: boolean;
    loadDictionary?: DictionaryLoader;
    loadSpanishDictionary?: DictionaryLoader;
  } = {},
) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const readOut = capture(stdout);
  const readErr = capture(stderr);
  const stdin = Object.assign(Readable.from(options.stdin ?? []), { isTTY: options.stdinIsTTY });
  const io: CliIo = {
    stdin,
    stdout: Object.assign(stdout, { isTTY: options.stdoutIsTTY }),
    stderr,
    env: {},
    ...(options.loadDictionary ? { loadDictionary: options.loadDictionary } : {}),
    ...(options.loadSpanishDictionary ? { loadSpanishDictionary: options.loadSpanishDictionary } : {}),
  };
  const status = await runCli(argv, io);
  return { status, stdout: readOut(), stderr: readErr() } satisfies Captured;
}

const directory = mkdtempSync(join(tmpdir(), 'sms-check-run-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
function file(name: string, content: string): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

// Only insecure-link runs, as an error: the outcome does not depend on the other rules' progress.
const onlyInsecureLink = file(
  'only-insecure-link.json',
  JSON.stringify({
    ruleSeverity: Object.fromEntries(RULE_IDS.map((id) => [id, id === 'insecure-link' ? 'error' : 'off'])),
  }),
);

describe('runCli', () => {
  it('prints help and the version', async () => {
    const help = await run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: sms-check/);
    const version = await run(['--version']);
    expect(version).toEqual({ status: 0, stdout: `${packageVersion}\n`, stderr: '' });
  });

  it('exits 2 on bad usage, with a hint', async () => {
    const result = await run(['--format', 'xml']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'sms-check: --format must be one of text, json, jsonl, not "xml"\nRun "sms-check --help" for usage.\n',
    );
  });

  it('does not wait for a terminal when no file is given', async () => {
    const result = await run([], { stdinIsTTY: true });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no input');
  });

  it('checks standard input line by line and exits 0 when nothing is an error', async () => {
    const result = await run(['--config', onlyInsecureLink], { stdin: [`${CLEAN}\n\n${CLEAN}\n`] });
    expect(result).toEqual({
      status: 0,
      stdout: '2 messages checked: 0 blocked, 0 to review, 2 ready; 0 errors, 0 warnings, 0 info\n',
      stderr: '',
    });
  });

  it('exits 1 when a message has an error finding, printing it linter-style', async () => {
    const result = await run(['--config', onlyInsecureLink, '-'], { stdin: [`${CLEAN}\n${INSECURE}\n`] });
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^<stdin>:2 {2}"Hi Maria, this is Hartwell & Diaz\. Your file: http:\/\/hartwe…" {2}blocked \(score 49\)$/,
    );
    expect(lines[1]).toMatch(/^ {2}1:47 {2}error {4}.+ {2}insecure-link$/);
    expect(result.stdout).toContain('2 messages checked: 1 blocked, 0 to review, 1 ready; 1 error, 0 warnings, 0 info');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('colors a terminal', async () => {
    const result = await run(['--config', onlyInsecureLink], { stdin: [INSECURE], stdoutIsTTY: true });
    expect(result.stdout).toContain('\u001b[31m');
  });

  it('writes one JSON object per message with --format jsonl, and the fixed text with --fix', async () => {
    const path = file(
      'm.jsonl',
      `${JSON.stringify({ id: 'a', text: INSECURE })}\n${JSON.stringify({ text: CLEAN })}\n`,
    );
    const result = await run(['--config', onlyInsecureLink, '--format', 'jsonl', '--fix', path]);
    expect(result.status).toBe(1);
    const rows = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows.map((row) => [row.id, row.verdict, row.fixed])).toEqual([
      ['a', 'blocked', CLEAN],
      [`${path}:2`, 'ready', CLEAN],
    ]);
    expect(Object.keys(rows[0])).toEqual([
      'id',
      'source',
      'text',
      'score',
      'verdict',
      'encoding',
      'segments',
      'characters',
      'findings',
      'fixed',
    ]);
    expect(rows[0].findings[0]).toMatchObject({ ruleId: 'insecure-link', severity: 'error', line: 1, column: 47 });
  });

  it('writes one JSON array with --format json, without fixed unless --fix', async () => {
    const path = file('m.txt', `${INSECURE}\n${CLEAN}\n`);
    const result = await run(['--config', onlyInsecureLink, '--format', 'json', path]);
    const rows = JSON.parse(result.stdout);
    expect(rows).toHaveLength(2);
    expect(rows[0]).not.toHaveProperty('fixed');
    expect(rows[1]).toMatchObject({ id: `${path}:2`, score: 100, encoding: 'GSM-7', segments: 1 });
  });

  it('writes an empty JSON array when there is nothing to check', async () => {
    const result = await run(['--format', 'json', file('empty.txt', '\n\n')]);
    expect(result).toEqual({ status: 0, stdout: '[\n]\n', stderr: '' });
  });

  it('reports a malformed JSONL line with file and line, still checks the rest, and exits 2', async () => {
    const path = file('bad.jsonl', `{"text": ${JSON.stringify(INSECURE)}}\n{"text": oops}\n{"text": "Hi"}\n`);
    const result = await run(['--config', onlyInsecureLink, '--format', 'jsonl', path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^${path.replaceAll('.', '\\.')}:2: not valid JSON \\(`));
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it.each<[string, string, number, RegExp, number]>([
    [
      'an unterminated quote: exit 2, the records after it still checked',
      `id,message\n1,"${INSECURE}\n2,"${CLEAN}"\n3,${CLEAN}\n`,
      2,
      /^[^\n]*broken\.csv:2: a quoted field is never closed \(missing "\); line 2 not checked; reading on from line 3\n$/,
      2,
    ],
    [
      'an un-doubled quote: a warning, the message checked as written, exit by findings',
      `id,message\n1,"He said "call us" at ${CLEAN}"\n`,
      0,
      /^[^\n]*broken\.csv:2: warning: a quote inside a quoted field is not doubled/,
      1,
    ],
  ])('CSV with %s', async (_name, content, status, stderr, rowCount) => {
    const path = file('broken.csv', content);
    const result = await run(['--config', onlyInsecureLink, '--format', 'jsonl', path]);
    expect(result.status).toBe(status);
    expect(result.stderr).toMatch(stderr);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(rowCount);
  });

  it.each<[string, Buffer, number, string, number]>([
    [
      'a binary file: refused by name, exit 2, the other file still checked',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      2,
      'not a text file (it has NUL bytes (a UTF-16 text file needs a byte order mark to be read)); not checked',
      1,
    ],
    [
      'invalid UTF-8: where, exit 2, every message still checked',
      Buffer.concat([Buffer.from(`${CLEAN}\nCaf`), Buffer.from([0xe9]), Buffer.from(' open\n')]),
      2,
      'not valid UTF-8 (first bad byte at line 2, column 4); checked with U+FFFD in place of each bad sequence',
      3,
    ],
    ['UTF-16LE with a byte order mark: read as text', Buffer.from(`\ufeff${CLEAN}\r\n`, 'utf16le'), 0, '', 2],
  ])('%s', async (_name, content, status, problem, rowCount) => {
    const path = file('odd-input.txt', '');
    writeFileSync(path, content);
    const other = file('other.txt', `${CLEAN}\n`);
    const result = await run(['--config', onlyInsecureLink, '--format', 'jsonl', path, other]);
    expect(result.status).toBe(status);
    expect(result.stderr).toBe(problem === '' ? '' : `${path}: ${problem}\n`);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(rowCount);
  });

  it('reads CSV with --column', async () => {
    const path = file('m.csv', `id,Body\nx1,"${INSECURE}"\n`);
    const result = await run(['--config', onlyInsecureLink, '--format', 'jsonl', '--column', 'body', path]);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: 'x1', source: `${path}:2`, verdict: 'blocked' });
  });

  it('exits 2 for a missing file but still checks the other files', async () => {
    const missing = join(directory, 'missing.txt');
    const present = file('present.txt', `${CLEAN}\n`);
    const result = await run(['--config', onlyInsecureLink, '--format', 'jsonl', missing, present]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`${missing}: cannot read: no such file\n`);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('exits 2 before reading anything when the settings file is invalid', async () => {
    const config = file('firm.json', '{"firmDomain": ["hartwelldiaz.com"], "smartEncoding": "yes"}');
    const result = await run(['--config', config], { stdin: [CLEAN] });
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr: `${config}: unknown setting "firmDomain" (did you mean "firmDomains"?)\n${config}: "smartEncoding" must be true or false, not a string\n`,
    });
  });

  it('refuses a javascript: terms URL before checking anything, so --fix can never insert it', async () => {
    const config = file('js-terms.json', JSON.stringify({ termsUrl: 'javascript:alert(1)' }));
    const result = await run(['--config', config, '--fix', '--format', 'jsonl'], { stdin: [CLEAN] });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      new RegExp(`^${config.replaceAll('.', '\\.')}: "termsUrl": The terms page must start with https://`),
    );
  });

  it('tells a CLI user to set a missing firm name or terms URL in the --config file, not in an options page', async () => {
    const result = await run(['--first-message', '--format', 'jsonl', '--no-spelling', '-'], { stdin: ['Hi Maria\n'] });
    const findings = (JSON.parse(result.stdout) as { findings: Finding[] }).findings;
    const byId = (messageId: string) => findings.find((finding) => finding.messageId === messageId)?.message ?? '';
    expect(byId('noFirmName')).toMatch(/Set "firmName" in the settings file \(--config\)\.$/);
    expect(byId('noTermsUrl')).toMatch(/Set "termsUrl" in the settings file \(--config\)\.$/);
    expect(result.stdout).not.toContain('in the options');
  });

  it('passes firstMessage from --first-message and from JSONL', async () => {
    // Without a rule that depends on it enabled, the run just has to accept both.
    const path = file('first.jsonl', `${JSON.stringify({ text: CLEAN, firstMessage: false })}\n`);
    const result = await run(['--config', onlyInsecureLink, '--first-message', '--format', 'jsonl', path]);
    expect(result.status).toBe(0);
  });

  describe('input text never reaches the terminal raw', () => {
    // What a terminal would act on: C0 but tab and line feed, DEL, C1, bidi embeddings/overrides/isolates.
    const RAW_CONTROL = /(?![\t\n])[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;
    const ESC = '\u001b';
    const HOSTILE = `${ESC}[2J${ESC}]0;pwned\u0007\u009b31m\u202e`;

    it.each<[string, () => string[], string[] | undefined, RegExp]>([
      [
        'a JSONL parse error quoting the line',
        () => ['--format', 'jsonl', file('hostile.jsonl', `oops ${HOSTILE}\n`)],
        undefined,
        /hostile\.jsonl:1: not valid JSON \(Unexpected token 'o', "oops \\x1b\[2J\\x1b/,
      ],
      [
        "a CSV header's column list",
        () => [file('hostile.csv', `id,${HOSTILE}\n1,Hi\n`)],
        undefined,
        /hostile\.csv:1: no message column \(message, body, text, template, content, sms\) in the header \(columns: "id", "\\x1b\[2J\\x1b\]0;pwned\\x07\\x9b31m\\u202e"\)/,
      ],
      [
        'a CSV header name quoted for a short record',
        () => [file('hostile-short.csv', `id,"message${HOSTILE}\nx"\n1\n`), '--column', `message${HOSTILE}\nx`],
        undefined,
        /hostile-short\.csv:3: the record has 1 fields; "message\\x1b\[2J.*\\u202e\\nx" is field 2/,
      ],
      [
        'an unknown key in the settings file',
        () => ['--config', file('hostile-firm.json', JSON.stringify({ [`firm${HOSTILE}`]: 1 }))],
        ['Hi'],
        /hostile-firm\.json: unknown setting "firm\\x1b\[2J\\x1b\]0;pwned\\x07\\x9b31m\\u202e"/,
      ],
      ['an unknown option', () => [`--x${HOSTILE}`], undefined, /^sms-check: .*\\x1b\[2J/],
      [
        'a file name',
        () => [join(directory, `missing${HOSTILE}.txt`)],
        undefined,
        /missing\\x1b\[2J\\x1b\]0;pwned\\x07\\x9b31m\\u202e\.txt: cannot read: no such file/,
      ],
    ])('stderr: %s', async (_name, argv, stdin, expected) => {
      const result = await run(argv(), stdin ? { stdin } : {});
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(expected);
      expect(result.stderr).not.toMatch(RAW_CONTROL);
    });

    it.each(['text', 'json', 'jsonl'])('stdout in %s format, with --fix', async (format) => {
      const text = `Hi ${HOSTILE} see http://hartwelldiaz.com/x`;
      const path = file('hostile-messages.jsonl', `${JSON.stringify({ id: `id${HOSTILE}`, text })}\n`);
      const result = await run(['--config', onlyInsecureLink, '--format', format, '--fix', path]);
      expect(result.status).toBe(1);
      expect(result.stdout).not.toMatch(RAW_CONTROL);
      if (format === 'text') expect(result.stdout).toContain('id\\x1b[2J\\x1b]0;pwned\\x07\\x9b31m\\u202e');
      else {
        // The escapes are JSON's own: a parser gets the text back exactly.
        const row = JSON.parse(format === 'json' ? (result.stdout.match(/\{.*\}/)?.[0] ?? '') : result.stdout);
        expect(row).toMatchObject({ id: `id${HOSTILE}`, text });
      }
    });
  });

  describe('spelling and grammar', () => {
    const onlySpellingAndGrammar = file(
      'only-spelling-grammar.json',
      JSON.stringify({
        firmName: 'Hartwell & Diaz',
        ruleSeverity: Object.fromEntries(
          RULE_IDS.filter((id) => id !== 'spelling' && id !== 'grammar').map((id) => [id, 'off']),
        ),
      }),
    );
    const TYPOS = 'Hi Maria, your depositon is tomorow.\nPlease bring the the lease.\n';

    it('spells Spanish sentences with the Spanish dictionary, loaded only when one is seen', async () => {
      const english = vi.fn(loadNodeDictionary);
      const spanish = vi.fn(() => loadNodeDictionary('es'));
      const onlyEnglish = await run(['--config', onlySpellingAndGrammar, '--format', 'jsonl'], {
        stdin: ['Your hearing is Monday.\n'],
        loadDictionary: english,
        loadSpanishDictionary: spanish,
      });
      expect(onlyEnglish.status).toBe(0);
      expect(spanish).not.toHaveBeenCalled();
      const text = 'Su audencia en el tribunal es el martes, llegue temprano.';
      const result = await run(['--config', onlySpellingAndGrammar, '--format', 'jsonl'], {
        stdin: [`${text}\n`],
        loadDictionary: english,
        loadSpanishDictionary: spanish,
      });
      expect(spanish).toHaveBeenCalledTimes(1);
      const [row] = result.stdout
        .trimEnd()
        .split('\n')
        .map(
          (line) =>
            JSON.parse(line) as {
              findings: (Finding & {
                fixes: { label: string; edits: { start: number; end: number; text: string }[] }[];
              })[];
            },
        );
      expect(row?.findings.map((finding) => [finding.ruleId, text.slice(finding.start, finding.end)])).toEqual([
        ['spelling', 'audencia'],
      ]);
      // Its suggestions come from the Spanish dictionary, and applying the first gives the right word.
      const [finding] = row?.findings ?? [];
      expect(finding?.language).toBe('es');
      expect(finding?.fixes.map((fix) => fix.label)).toContain('Replace with "audiencia"');
      expect(applyFixes(text, [finding?.fixes[0] as Fix])).toBe(
        'Su audiencia en el tribunal es el martes, llegue temprano.',
      );
    });

    it('suggests English corrections for an English sentence of a Spanish-speaking firm', async () => {
      const result = await run(['--config', onlySpellingAndGrammar, '--format', 'jsonl'], {
        stdin: ['Hola Maria. Your depositon is Monday.\n'],
        loadDictionary: loadNodeDictionary,
        loadSpanishDictionary: () => loadNodeDictionary('es'),
      });
      const [row] = result.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as { findings: Finding[] });
      expect(row?.findings.map((finding) => [finding.language, finding.fixes[0]?.label])).toEqual([
        ['en', 'Replace with "deposition"'],
      ]);
    });

    it('reports spelling and grammar, loading the dictionary once per run', async () => {
      const loader = vi.fn(loadNodeDictionary);
      const result = await run(['--config', onlySpellingAndGrammar, '--format', 'jsonl'], {
        stdin: [TYPOS],
        loadDictionary: loader,
      });
      expect(result.stderr).toBe('');
      expect(loader).toHaveBeenCalledTimes(1);
      const rows = result.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as { findings: { ruleId: string; start: number; end: number }[] });
      expect(rows.map((row) => row.findings.map((finding) => [finding.ruleId, finding.start, finding.end]))).toEqual([
        [
          ['spelling', 15, 24],
          ['spelling', 28, 35],
        ],
        [['grammar', 13, 20]],
      ]);
    });

    it('skips spelling with --no-spelling, and when the firm turned the rule off', async () => {
      const loader = vi.fn(loadNodeDictionary);
      const skipped = await run(['--config', onlySpellingAndGrammar, '--no-spelling', '--format', 'jsonl'], {
        stdin: [TYPOS],
        loadDictionary: loader,
      });
      expect(skipped.stdout).not.toContain('"spelling"');
      expect(skipped.stdout).toContain('"grammar"');
      await run(['--config', onlyInsecureLink], { stdin: [TYPOS], loadDictionary: loader });
      expect(loader).not.toHaveBeenCalled();
    });

    it('goes on without spelling, with a warning, when the dictionary cannot be loaded', async () => {
      const result = await run(['--config', onlySpellingAndGrammar, '--format', 'jsonl'], {
        stdin: [TYPOS],
        loadDictionary: () => Promise.reject(new Error('ENOENT: index.dic')),
      });
      expect(result.stderr).toBe('sms-check: spelling not checked: could not load the dictionary: ENOENT: index.dic\n');
      expect(result.stdout).not.toContain('"spelling"');
      expect(result.stdout.trimEnd().split('\n')).toHaveLength(2);
    });

    it('checks spelling with the dictionary built into the CLI by default', async () => {
      const result = await run(['--config', onlySpellingAndGrammar, '--format', 'jsonl'], { stdin: [TYPOS] });
      expect(result.stdout).toContain('"ruleId":"spelling"');
    });
  });
});
