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

function file(name: string, content: string): string {
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

  it('stops quietly when the reader closes the pipe', () => {
    const corpus = join(ROOT, 'test/data/sms_spam.jsonl');
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" --format jsonl "${corpus}" | head -n 3`], {
      encoding: 'utf8',
    });
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(result.stderr).toBe('');
  });
});
