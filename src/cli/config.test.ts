import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSettingsFile, parseSettingsFile } from './config';

describe('parseSettingsFile', () => {
  it('returns validated settings', () => {
    const result = parseSettingsFile(
      '{"firmName": "Hartwell & Diaz", "firmDomains": ["hartwelldiaz.com"]}',
      'firm.json',
    );
    expect(result.ok && result.settings).toMatchObject({
      firmName: 'Hartwell & Diaz',
      firmDomains: ['hartwelldiaz.com'],
      termsUrl: '',
    });
  });

  it('names the file and the key of every problem', () => {
    const result = parseSettingsFile(
      '{"firmDomains": "hartwelldiaz.com", "firmDomain": [], "ruleSeverity": {"emoji": "loud"}}',
      'firm.json',
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        'firm.json: "firmDomains" must be an array of strings',
        'firm.json: unknown setting "firmDomain" (did you mean "firmDomains"?)',
        'firm.json: "ruleSeverity.emoji" must be one of off, info, warning, error, not "loud"',
      ],
    });
  });

  it('points at the line and column of a JSON syntax error', () => {
    const result = parseSettingsFile('{\n  "firmName": "HD",\n  oops\n}', 'firm.json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^firm\.json: not valid JSON \(line 3, column 3: /);
  });

  it('accepts a byte order mark', () => {
    expect(parseSettingsFile('\ufeff{}', 'firm.json').ok).toBe(true);
  });
});

describe('loadSettingsFile', () => {
  const directory = mkdtempSync(join(tmpdir(), 'sms-check-config-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('reads a file', async () => {
    const path = join(directory, 'firm.json');
    writeFileSync(path, '{"smartEncoding": true}');
    const result = await loadSettingsFile(path);
    expect(result.ok && result.settings.smartEncoding).toBe(true);
  });

  it('says when the file is missing', async () => {
    const path = join(directory, 'missing.json');
    expect(await loadSettingsFile(path)).toEqual({
      ok: false,
      errors: [`${path}: cannot read settings: no such file`],
    });
  });
});
