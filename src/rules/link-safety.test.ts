import { describe, expect, it } from 'vitest';
import { addsUnsafeLink, checkLinkUrl, linkUrlProblem, normalizeHostname, safeLinkUrl } from './link-safety';

const TERMS = { firmDomains: ['hartwelldiaz.com'], wantFirmDomain: true, label: 'terms page' };

describe('link-safety: the one check of configured links (termsUrl, privacyUrl)', () => {
  // [value, the start of the error]: every one is refused on every path (docs/security.md).
  it.each([
    ['javascript:alert(document.cookie)', 'The terms page must start with https://'],
    ['JavaScript:alert(1)', 'The terms page must start with https://'],
    [' javascript:alert(1) ', 'The terms page must start with https://'],
    ['java\tscript:alert(1)', 'The terms page must start with https://'],
    ['java\nscript:alert(1)', 'The terms page must start with https://'],
    ['\u0000javascript:alert(1)', 'The terms page must start with https://'],
    ['vbscript:msgbox(1)', 'The terms page must start with https://'],
    ['data:text/html,<script>alert(1)</script>', 'The terms page must start with https://'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'The terms page must start with https://'],
    ['file:///etc/passwd', 'The terms page must start with https://'],
    ['blob:https://hartwelldiaz.com/0b9d', 'The terms page must start with https://'],
    ['chrome-extension://abc/page.html', 'The terms page must start with https://'],
    ['ftp://hartwelldiaz.com/terms', 'The terms page must start with https://'],
    ['http://hartwelldiaz.com/sms-terms', 'The terms page must start with https://'],
    ['//hartwelldiaz.com/sms-terms', 'Enter the full address of the terms page'],
    ['hartwelldiaz.com/sms-terms', 'Enter the full address of the terms page'],
    ['https://', 'Enter the full address of the terms page'],
    ['https://localhost/terms', '"localhost" is not a public domain name.'],
    ['https://127.0.0.1/terms', '"127.0.0.1" is not a public domain name.'],
    ['https://[::1]/terms', '"[::1]" is not a public domain name.'],
    ['https://user:secret@hartwelldiaz.com/terms', 'The terms page must not contain a user name or password.'],
    ['https://bit.ly/hd-terms', 'bit.ly is a public link shortener'],
    ['https://maps.app.goo.gl/x', 'goo.gl is a public link shortener'],
  ])('refuses %j', (value, error) => {
    const check = checkLinkUrl(value, TERMS);
    expect(check.error).toMatch(new RegExp(`^${error.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(linkUrlProblem(value, 'terms page')).toBe(check.error);
    expect(safeLinkUrl(value, 'terms page')).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)', 'The terms page must start with https:// (this address is not a web page).'],
    ['data:text/html,x', 'The terms page must start with https:// (this address is not a web page).'],
    ['ftp://hartwelldiaz.com/terms', 'The terms page must start with https:// (this address is not a web page).'],
    ['http://hartwelldiaz.com/terms', 'The terms page must start with https:// (carriers distrust plain http links).'],
  ])('says what is wrong with the scheme of %j, blaming plain http only for http', (value, error) => {
    expect(checkLinkUrl(value, TERMS).error).toBe(error);
  });

  // [value, normalized value, warning or undefined]
  it.each([
    ['https://hartwelldiaz.com/sms-terms', 'https://hartwelldiaz.com/sms-terms', undefined],
    ['HTTPS://HartwellDiaz.com/sms-terms', 'https://hartwelldiaz.com/sms-terms', undefined],
    ['  https://www.hartwelldiaz.com/sms-terms?lang=es  ', 'https://www.hartwelldiaz.com/sms-terms?lang=es', undefined],
    ['https://bücher.de/agb', 'https://xn--bcher-kva.de/agb', 'xn--bcher-kva.de is not one of your firm domains'],
    ['https://example.law/terms', 'https://example.law/terms', 'example.law is not one of your firm domains'],
  ])('accepts %j', (value, normalized, warning) => {
    const check = checkLinkUrl(value, TERMS);
    expect(check.error).toBeUndefined();
    expect(check.value).toBe(normalized);
    if (warning === undefined) expect(check.warning).toBeUndefined();
    else expect(check.warning).toContain(warning);
    expect(safeLinkUrl(value, 'terms page')).toBe(value.trim());
  });

  it('accepts an empty value (not set) without offering it', () => {
    expect(checkLinkUrl('  ', TERMS)).toEqual({ value: '' });
    expect(linkUrlProblem('', 'terms page')).toBeUndefined();
    expect(safeLinkUrl('', 'terms page')).toBeUndefined();
  });

  it('asks for firm domains before it can compare the link with them', () => {
    expect(checkLinkUrl('https://hartwelldiaz.com/t', { ...TERMS, firmDomains: [] }).warning).toContain(
      'Add your firm domains',
    );
    expect(checkLinkUrl('https://other.com/t', { ...TERMS, wantFirmDomain: false }).warning).toBeUndefined();
  });

  it.each([
    ['HTTPS://Www.HartwellDiaz.com/about', 'www.hartwelldiaz.com'],
    ['hartwelldiaz.com.', 'hartwelldiaz.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['localhost', undefined],
    ['10.0.0.1', undefined],
    ['-bad-.com', undefined],
    ['javascript:alert(1)', undefined],
  ])('normalizeHostname(%j) is %j', (input, expected) => {
    expect(normalizeHostname(input)).toBe(expected);
  });
});

describe('addsUnsafeLink: a fix must not add a script or local link', () => {
  // [replaced text, replacement, adds one]
  it.each([
    ['', ' Terms: javascript:alert(1)', true],
    ['', ' Terms: JAVASCRIPT:alert(1)', true],
    ['', ' Terms: java\tscript:alert(1)', true],
    ['', 'data:text/html,<b>hi</b>', true],
    ['', 'see file:///etc/passwd', true],
    ['', 'vbscript:x', true],
    ['x', 'blob:https://a.com/1', true],
    ['', ' Terms: https://hartwelldiaz.com/sms-terms', false],
    ['', ' Reply STOP to opt out.', false],
    ['http://hartwelldiaz.com', 'https://hartwelldiaz.com', false],
    ['DATA:X', 'data:x', false],
    ['Your data: it is safe', 'Your data: it is safe', false],
    ['metadata:', 'metadata:', false],
    ['', 'mydata:x', false],
  ])('%j -> %j: %s', (before, after, expected) => {
    expect(addsUnsafeLink(before, after)).toBe(expected);
  });
});
