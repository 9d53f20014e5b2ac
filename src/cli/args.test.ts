import { describe, expect, it } from 'vitest';
import { HELP_TEXT, parseCommandLine } from './args';

describe('parseCommandLine', () => {
  it('defaults to text output, no column chosen (the reader looks for a usual one) and standard input', () => {
    expect(parseCommandLine([])).toEqual({
      kind: 'check',
      options: {
        firstMessage: false,
        format: 'text',
        fix: false,
        spelling: true,
        inputs: [],
      },
    });
  });

  it('reads every option and keeps the files in order', () => {
    const command = parseCommandLine([
      '--config',
      'firm.json',
      '--first-message',
      '--format',
      'jsonl',
      '--column',
      'Body',
      '--fix',
      '--no-spelling',
      'a.txt',
      'b.csv',
      '-',
    ]);
    expect(command).toEqual({
      kind: 'check',
      options: {
        configPath: 'firm.json',
        firstMessage: true,
        format: 'jsonl',
        column: 'Body',
        fix: true,
        spelling: false,
        inputs: ['a.txt', 'b.csv', '-'],
      },
    });
  });

  it('takes short flags and --name=value', () => {
    const command = parseCommandLine(['-c', 'firm.json', '-f', 'json', '--column=text', 'messages.csv']);
    expect(command.kind).toBe('check');
    if (command.kind !== 'check') return;
    expect(command.options).toMatchObject({ configPath: 'firm.json', format: 'json', column: 'text' });
    expect(command.options.inputs).toEqual(['messages.csv']);
  });

  it('treats everything after -- as files', () => {
    const command = parseCommandLine(['--', '--fix']);
    expect(command.kind === 'check' && command.options).toMatchObject({ fix: false, inputs: ['--fix'] });
  });

  it('answers --help and --version before anything else', () => {
    expect(parseCommandLine(['--format', 'bogus', '--help'])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['-h'])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['--version'])).toEqual({ kind: 'version' });
    expect(parseCommandLine(['-v', 'a.txt'])).toEqual({ kind: 'version' });
  });

  it('rejects an unknown format', () => {
    expect(parseCommandLine(['--format', 'xml'])).toEqual({
      kind: 'usage-error',
      message: '--format must be one of text, json, jsonl, not "xml"',
    });
  });

  it('rejects unknown options and missing values', () => {
    expect(parseCommandLine(['--frmat', 'json'])).toEqual({
      kind: 'usage-error',
      message: 'unknown option "--frmat" (did you mean "--format"?)',
    });
    expect(parseCommandLine(['--fixx'])).toEqual({
      kind: 'usage-error',
      message: 'unknown option "--fixx" (did you mean "--fix"?)',
    });
    expect(parseCommandLine(['-x'])).toEqual({ kind: 'usage-error', message: 'unknown option "-x"' });
    expect(parseCommandLine(['--config']).kind).toBe('usage-error');
    expect(parseCommandLine(['--fix=yes']).kind).toBe('usage-error');
  });

  it('rejects empty --column and --config values', () => {
    expect(parseCommandLine(['--column', ' '])).toEqual({
      kind: 'usage-error',
      message: '--column needs a column name',
    });
    expect(parseCommandLine(['--config='])).toEqual({ kind: 'usage-error', message: '--config needs a file name' });
  });

  it('documents every option and the exit statuses in the help text', () => {
    for (const option of ['--config', '--first-message', '--format', '--column', '--fix', '--help', '--version']) {
      expect(HELP_TEXT).toContain(option);
    }
    expect(HELP_TEXT).toMatch(/Exit status:[\s\S]*0 [\s\S]*1 [\s\S]*2 /);
  });

  it('documents every input format, a .json array among them', () => {
    for (const format of ['FILE.txt', 'FILE.jsonl', 'FILE.json', 'FILE.csv']) expect(HELP_TEXT).toContain(format);
  });

  it('says what --no-spelling saves as it is now: a compiled English or Spanish dictionary, in milliseconds', () => {
    const option = HELP_TEXT.slice(HELP_TEXT.indexOf('--no-spelling'), HELP_TEXT.indexOf('-h, --help'));
    expect(option).not.toMatch(/about a second/);
    expect(option).toMatch(/Spanish/);
  });
});
