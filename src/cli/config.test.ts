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

  it.each([
    ['javascript:alert(document.cookie)', /^firm\.json: "termsUrl": The terms page must start with https:\/\//],
    ['JavaScript:alert(1)', /^firm\.json: "termsUrl": The terms page must start with https:\/\//],
    ['data:text/html,<script>alert(1)</script>', /^firm\.json: "termsUrl": The terms page must start with https:\/\//],
    ['http://hartwelldiaz.com/terms', /^firm\.json: "termsUrl": The terms page must start with https:\/\//],
    ['file:///etc/passwd', /^firm\.json: "termsUrl": The terms page must start with https:\/\//],
    ['hartwelldiaz.com/terms', /^firm\.json: "termsUrl": Enter the full address of the terms page/],
    [
      'https://user:secret@hartwelldiaz.com/terms',
      /^firm\.json: "termsUrl": The terms page must not contain a user name/,
    ],
    ['https://bit.ly/terms', /^firm\.json: "termsUrl": bit\.ly is a public link shortener/],
    ['https://localhost/terms', /^firm\.json: "termsUrl": "localhost" is not a public domain name/],
  ])('refuses the terms URL %s, naming the key', (termsUrl, message) => {
    const result = parseSettingsFile(JSON.stringify({ termsUrl }), 'firm.json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['https://hartwelldiaz.com/terms', '{"firmDomains": ["hartwelldiaz.com"]'],
    // Off the firm's domains is only a warning in the options page, so not an error here either.
    ['https://terms.example.org/sms', '{'],
    ['', '{'],
  ])('accepts the terms URL "%s"', (termsUrl, start) => {
    const result = parseSettingsFile(
      `${start}${start === '{' ? '' : ', '}"termsUrl": ${JSON.stringify(termsUrl)}}`,
      'f.json',
    );
    expect(result.ok && result.settings.termsUrl).toBe(termsUrl);
  });

  it('reports a bad terms URL with the other problems', () => {
    const result = parseSettingsFile('{"termsUrl": "javascript:x", "smartEncoding": 1}', 'firm.json');
    expect(!result.ok && result.errors.map((error) => error.slice(0, 25))).toEqual([
      'firm.json: "smartEncoding',
      'firm.json: "termsUrl": Th',
    ]);
  });

  it('has no privacyUrl setting (the CLI never links the privacy page): it is an unknown key', () => {
    const result = parseSettingsFile('{"privacyUrl": "javascript:alert(1)"}', 'firm.json');
    expect(result).toEqual({ ok: false, errors: ['firm.json: unknown setting "privacyUrl"'] });
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
