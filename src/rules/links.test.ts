import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLinks, findLinksWholeText } from './links';

describe('findLinks', () => {
  const samples = [
    'See https://portal.hartwelldiaz.com/upload?case=12#docs today.',
    'Short: bit.ly/abc, tinyurl.com/x1 and (hartwelldiaz.law/terms).',
    'Mail jane.doe@hartwelldiaz.com or mailto:help@firm.com now',
    'Odd ones: ftp://files.example.com/a file:///etc/passwd javascript:alert(1) http://user:pw@10.0.0.1/x',
    'IP 192.168.1.20/login and [::1] and xn--hartwlldiaz-9db.com and hartwéll.com',
    'Dates 3.14 p.m. no links... ok?',
    '"www.example.org", <https://example.net/a>',
  ];

  it.each(samples)('finds the same links token by token as over the whole text: %s', (text) => {
    expect(findLinks(text)).toEqual(findLinksWholeText(text));
  });

  it('agrees with the whole-text search on random messages', () => {
    const piece = fc.constantFrom(
      ' ',
      '\n',
      'see ',
      'bit.ly/x',
      'https://a.com/p?q=1',
      'www.firm.law',
      'jane@firm.com',
      '(',
      ')',
      '.',
      ',',
      'ftp://h.org',
      '10.0.0.1',
      'é',
      '😀',
      'word',
      '//',
      '@',
      ':',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(findLinks(text)).toEqual(findLinksWholeText(text));
      }),
      { numRuns: 500 },
    );
  });
});
