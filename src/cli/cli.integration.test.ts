import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../rules/index';

/**
 * Runs the built bin as a user would. The build goes to a temporary directory with the project's
 * own vite.cli.config.ts (about a second), so the test never sees a stale dist-cli and two test runs
 * at once never race on it. SMS_CHECK_BIN=path tests an already built file instead.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const directory = mkdtempSync(join(tmpdir(), 'sms-check-bin-'));
let bin = process.env.SMS_CHECK_BIN ?? '';

beforeAll(() => {
  if (bin !== '') return;
  const outDir = join(directory, 'dist-cli');
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'vite.cli.config.ts',
      '--outDir',
      outDir,
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: 'pipe' },
  );
  bin = join(outDir, 'sms-check.js');
}, 60_000);
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function sms(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: directory,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  writeFileSync(join(directory, name), content);
  return name;
}

const INSECURE = 'Hi Maria, this is Hartwell & Diaz. Your file: http://hartwelldiaz.com/case/4471';
const CLEAN = 'Hi Maria, this is Hartwell & Diaz. Your file: https://hartwelldiaz.com/case/4471';
const ONLY_INSECURE_LINK = JSON.stringify({
  ruleSeverity: Object.fromEntries(RULE_IDS.map((id) => [id, id === 'insecure-link' ? 'error' : 'off'])),
});

describe('the built sms-check', () => {
  beforeAll(() => {
    file('firm.json', ONLY_INSECURE_LINK);
  });

  it('is a standalone executable ESM file with a node shebang', () => {
    const content = readFileSync(bin, 'utf8');
    expect(content.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    // Only node: built-ins are imported; linkify-it, tlds, tldts and emoji-regex are inside.
    const imports = [...content.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const specifier of imports) expect(specifier).toMatch(/^node:/);
  });

  it('prints its version and help', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    expect(sms(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    expect(sms(['--help']).stdout).toContain('Usage: sms-check');
  });

  it('text format: findings and summary, exit 1 on an error finding', () => {
    const input = file('messages.txt', `${INSECURE}\n\n${CLEAN}\n`);
    const result = sms(['--config', 'firm.json', input]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /^messages\.txt:1 {2}".*" {2}blocked \(score \d+\)\n {2}1:47 {2}error {4}.+ {2}insecure-link\n/,
    );
    expect(result.stdout).toContain(
      '2 messages checked: 1 blocked, 0 to review, 1 ready; 1 error, 0 warnings, 0 info\n',
    );
    expect(result.stderr).toBe('');
  });

  it('exit 0 when no message has an error finding (standard input)', () => {
    expect(sms(['--config', 'firm.json'], `${CLEAN}\n${CLEAN}\n`)).toEqual({
      status: 0,
      stdout: '2 messages checked: 0 blocked, 0 to review, 2 ready; 0 errors, 0 warnings, 0 info\n',
      stderr: '',
    });
  });

  it('json format: one parseable array', () => {
    const result = sms(['--config', 'firm.json', '--format', 'json', '-'], `${INSECURE}\n${CLEAN}\n`);
    const rows = JSON.parse(result.stdout);
    expect(rows.map((row: { id: string; verdict: string }) => [row.id, row.verdict])).toEqual([
      ['<stdin>:1', 'blocked'],
      ['<stdin>:2', 'ready'],
    ]);
  });

  it('jsonl format with --fix: the safe fixes applied', () => {
    const input = file('messages.jsonl', `${JSON.stringify({ id: 'invite-1', text: INSECURE, firstMessage: true })}\n`);
    const result = sms(['--config', 'firm.json', '--format', 'jsonl', '--fix', input]);
    expect(result.status).toBe(1);
    const row = JSON.parse(result.stdout);
    expect(row).toMatchObject({ id: 'invite-1', source: 'messages.jsonl:1', text: INSECURE, fixed: CLEAN });
    expect(row.findings[0]).toMatchObject({ ruleId: 'insecure-link', start: 46, line: 1, column: 47 });
  });

  it('csv input with quoted multi-line messages', () => {
    const input = file('messages.csv', `id,message\r\nm1,"Hi Maria,\r\n${INSECURE}"\r\nm2,"${CLEAN}"\r\n`);
    const result = sms(['--config', 'firm.json', '--format', 'jsonl', input]);
    const rows = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows.map((row) => [row.id, row.source, row.verdict])).toEqual([
      ['m1', 'messages.csv:2', 'blocked'],
      ['m2', 'messages.csv:4', 'ready'],
    ]);
    expect(rows[0].findings[0]).toMatchObject({ line: 2, column: 47 });
  });

  it('exit 2 on a malformed jsonl line, naming file and line, after checking the good lines', () => {
    const input = file('broken.jsonl', `{"text": ${JSON.stringify(CLEAN)}}\n{"text": "unterminated}\n{"text": "Hi"}\n`);
    const result = sms(['--config', 'firm.json', '--format', 'jsonl', input]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^broken\.jsonl:2: not valid JSON \(.+\)\n$/);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('exit 2 on an unreadable file, bad usage and a bad settings file', () => {
    expect(sms(['missing.txt'])).toMatchObject({ status: 2, stderr: 'missing.txt: cannot read: no such file\n' });
    expect(sms(['--format', 'yaml'])).toMatchObject({ status: 2, stdout: '' });
    file('bad-firm.json', '{"firmDomains": "hartwelldiaz.com"}');
    expect(sms(['--config', 'bad-firm.json'], CLEAN)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'bad-firm.json: "firmDomains" must be an array of strings\n',
    });
  });

  it('checks all 5,574 messages of the UCI SMS spam corpus', () => {
    const corpus = join(ROOT, 'test/data/sms_spam.jsonl');
    const result = sms(['--format', 'jsonl', corpus]);
    expect([0, 1]).toContain(result.status);
    expect(result.stderr).toBe('');
    const rows = result.stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(5574);
    expect(JSON.parse(rows[0] ?? '')).toMatchObject({ id: 'uci-0001' });
    expect(JSON.parse(rows.at(-1) ?? '')).toMatchObject({ id: 'uci-5574' });
  });

  it('checks spelling with the dictionary inlined in the bin, and skips it with --no-spelling', () => {
    const config = file('spelling.json', JSON.stringify({ firmName: 'Hartwell & Diaz' }));
    const text = 'Hi Maria, this is Hartwell & Diaz. Your depositon is tomorow.';
    const checked = sms(['--config', config, '--format', 'jsonl', '-'], text);
    expect(checked.stderr).toBe('');
    const words = (output: string) =>
      (JSON.parse(output) as { findings: { ruleId: string; start: number; end: number }[] }).findings
        .filter((finding) => finding.ruleId === 'spelling')
        .map((finding) => text.slice(finding.start, finding.end));
    expect(words(checked.stdout)).toEqual(['depositon', 'tomorow']);
    expect(words(sms(['--config', config, '--format', 'jsonl', '--no-spelling', '-'], text).stdout)).toEqual([]);
  });

  describe('hostile and broken input', () => {
    // What a terminal would act on: C0 but tab and line feed, DEL, C1, bidi embeddings/overrides/isolates.
    const RAW_CONTROL = /(?![\t\n])[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;
    const HOSTILE = '\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202e';

    it.each<[string, () => string[], string | undefined, number, RegExp, RegExp | undefined]>([
      [
        'escape sequences in a JSONL line: the parse error quotes them escaped',
        () => [file('hostile.jsonl', `oops ${HOSTILE}\n`)],
        undefined,
        2,
        /^hostile\.jsonl:1: not valid JSON \(Unexpected token 'o', "oops \\x1b\[2J\\x1b/,
        undefined,
      ],
      [
        'escape sequences in a CSV header: the column list shows them escaped',
        () => [file('hostile.csv', `id,${HOSTILE}\n1,Hi\n`)],
        undefined,
        2,
        /^hostile\.csv:1: no message column \(message, body, text, template, content, sms\) in the header \(columns: "id", "\\x1b\[2J\\x1b\]0;pwned\\x07\\x9b31m\\u202e"\)/,
        undefined,
      ],
      [
        'escape sequences in a message: the text format shows them escaped',
        () => ['--config', 'firm.json', '--fix', '-'],
        `${HOSTILE} ${INSECURE}\n`,
        1,
        /^$/,
        /^<stdin>:1 {2}"\\x1b\[2J\\x1b\]0;pwned\\x07\\x9b31m\\u202e Hi Maria/,
      ],
      [
        'a CSV with an unclosed quote: the record skipped, the next ones checked',
        () => [
          '--config',
          'firm.json',
          '--format',
          'jsonl',
          file('unclosed.csv', `id,message\n1,"${CLEAN}\n2,"${INSECURE}"\n3,${CLEAN}\n`),
        ],
        undefined,
        2,
        /^unclosed\.csv:2: a quoted field is never closed \(missing "\); line 2 not checked; reading on from line 3\n$/,
        /^\{"id":"2",.*\n\{"id":"3",.*\n$/,
      ],
      [
        'a CSV with an un-doubled quote: a warning, the text checked as written',
        () => [
          '--config',
          'firm.json',
          '--format',
          'jsonl',
          file('stray.csv', `id,message\n1,"He said "hi". ${CLEAN}"\n`),
        ],
        undefined,
        0,
        /^stray\.csv:2: warning: a quote inside a quoted field is not doubled/,
        /^\{"id":"1","source":"stray\.csv:2","text":"He said \\"hi\\"\. Hi Maria/,
      ],
      [
        'invalid UTF-8: where, then every message checked',
        () => [
          '--config',
          'firm.json',
          '--format',
          'jsonl',
          file('latin1.txt', Buffer.from(`${CLEAN}\nCaf\xe9 ${INSECURE}\n`, 'latin1')),
        ],
        undefined,
        2,
        /^latin1\.txt: not valid UTF-8 \(first bad byte at line 2, column 4\); checked with U\+FFFD in place of each bad sequence\n$/,
        /^\{"id":"latin1\.txt:1",.*\n\{"id":"latin1\.txt:2","source":"latin1\.txt:2","text":"Caf\uFFFD Hi Maria/,
      ],
      [
        'a UTF-16LE CSV with a byte order mark (an Excel export)',
        () => [
          '--config',
          'firm.json',
          '--format',
          'jsonl',
          file('excel.csv', Buffer.from(`\ufeffid,message\r\n1,"${INSECURE}"\r\n`, 'utf16le')),
        ],
        undefined,
        1,
        /^$/,
        /^\{"id":"1","source":"excel\.csv:2","text":"Hi Maria/,
      ],
      [
        'a binary file: refused by name, the next file still checked',
        () => [
          '--config',
          'firm.json',
          '--format',
          'jsonl',
          file('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
          file('after.txt', `${CLEAN}\n`),
        ],
        undefined,
        2,
        /^photo\.txt: not a text file \(it has NUL bytes .*\); not checked\n$/,
        /^\{"id":"after\.txt:1",[^\n]*\n$/,
      ],
      [
        'a javascript: terms URL in the settings file: refused, naming the key, nothing checked',
        () => ['--config', file('js-firm.json', JSON.stringify({ termsUrl: 'javascript:alert(1)' })), '--fix', '-'],
        `${CLEAN}\n`,
        2,
        /^js-firm\.json: "termsUrl": The terms page must start with https:\/\//,
        /^$/,
      ],
    ])('%s', (_name, args, input, status, stderr, stdout) => {
      const result = sms(args(), input);
      expect(result.status).toBe(status);
      expect(result.stderr).toMatch(stderr);
      if (stdout) expect(result.stdout).toMatch(stdout);
      expect(result.stderr).not.toMatch(RAW_CONTROL);
      expect(result.stdout).not.toMatch(RAW_CONTROL);
    });
  });

  it('stops quietly when the reader closes the pipe', () => {
    const corpus = join(ROOT, 'test/data/sms_spam.jsonl');
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" --format jsonl "${corpus}" | head -n 3`], {
      encoding: 'utf8',
    });
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(result.stderr).toBe('');
  });
});
