import { describe, expect, it } from 'vitest';
import { PUBLIC_URL_SHORTENERS } from '../data/shorteners';
import { checkRule } from '../engine';
import { runRuleTests } from '../testing/rule-tester';
import rule from './public-url-shortener';

const FIRM = { firmDomains: ['hartwelldiaz.com'] };

runRuleTests(rule, {
  valid: [
    'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9am. Details: https://portal.hartwelldiaz.com/h/3141',
    { text: 'Pay your retainer at https://pay.hartwelldiaz.com/inv/2231', settings: FIRM },
    { text: 'Our office map: habit.ly/office', name: 'habit.ly is not bit.ly' },
    { text: 'Track your documents at fedex.co/track', name: 'fedex.co is not x.co' },
    { text: 'See itsbit.ly/x for the form', name: 'itsbit.ly is its own registrable domain' },
    { text: 'The rules are at mybit.ly.example.com/rules', name: 'bit.ly inside a longer host is not bit.ly' },
    'We spoke about the bit. Ly said she would call back.',
    'Email intake@tinyurl.com.example.org is not a link',
    {
      text: 'Write to us at help@bit.ly if the link fails.',
      name: 'an e-mail address on a shortener domain is not a link',
    },
    'Hartwell & Diaz: the hearing is at 9am. Reply STOP to opt out.',
    // Spanish
    { text: 'Hartwell & Diaz: Firme su contrato aquí: https://hartwelldiaz.com/firmar.', settings: FIRM },
    { text: 'Hartwell & Diaz: ¿Vio su caso en https://portal.hartwelldiaz.com/caso?', settings: FIRM },
  ],
  invalid: [
    {
      text: 'Hi Maria, pay your retainer here: bit.ly/3xHd8Qa',
      findings: [{ messageId: 'shortener', start: 34, end: 48, severity: 'error', fixLabels: [] }],
    },
    {
      text: 'Hartwell & Diaz: please book your consult at https://tinyurl.com/hd-consult',
      settings: FIRM,
      findings: [{ messageId: 'shortenerFirmDomain', start: 45, end: 75 }],
    },
    {
      name: 'several shorteners, each reported',
      text: 'Forms: goo.gl/forms/x1 and t.co/abc and ow.ly/Zz9 and is.gd/q1 and cutt.ly/law',
      findings: [
        { messageId: 'shortener', start: 7, end: 22 },
        { messageId: 'shortener', start: 27, end: 35 },
        { messageId: 'shortener', start: 40, end: 49 },
        { messageId: 'shortener', start: 54, end: 62 },
        { messageId: 'shortener', start: 67, end: 78 },
      ],
    },
    {
      name: 'subdomain of a listed shortener',
      text: 'Directions: https://maps.app.goo.gl/8xQ2',
      findings: [{ messageId: 'shortener', start: 12, end: 40 }],
    },
    {
      name: 'upper-case host',
      text: 'Sign here BIT.LY/abc',
      findings: [{ messageId: 'shortener', start: 10, end: 20 }],
    },
    {
      name: 'trailing period is not part of the link',
      text: 'Hi James, see bit.ly/x.',
      findings: [{ messageId: 'shortener', start: 14, end: 22 }],
    },
    {
      name: 'inside parentheses',
      text: 'Your intake form (rb.gy/k2l9) is due Friday.',
      findings: [{ messageId: 'shortener', start: 18, end: 28 }],
    },
    {
      name: 'www. prefix',
      text: 'Review at www.bit.ly/review-hd',
      findings: [{ messageId: 'shortener', start: 10, end: 30 }],
    },
    {
      name: 'with a port, given a scheme',
      text: 'Upload: https://shorturl.at:443/aBc12',
      findings: [{ messageId: 'shortener', start: 8, end: 37 }],
    },
    {
      name: 'http scheme',
      text: 'Our review page: http://tiny.cc/hdreview',
      findings: [{ messageId: 'shortener', start: 17, end: 40 }],
    },
    {
      name: 'platform and ad-supported shorteners',
      text: 'See lnkd.in/eXyZ and adf.ly/1a2b and s.id/law and v.gd/x',
      findings: [
        { messageId: 'shortener', start: 4, end: 16 },
        { messageId: 'shortener', start: 21, end: 32 },
        { messageId: 'shortener', start: 37, end: 45 },
        { messageId: 'shortener', start: 50, end: 56 },
      ],
    },
    // Spanish
    {
      text: 'Hola Maria, firme su contrato de arrendamiento aquí: bit.ly/3xHd8Qa',
      findings: [{ messageId: 'shortener', start: 53, end: 67 }],
    },
    {
      name: 'a link glued to "?" in a Spanish question',
      text: 'Hartwell & Diaz: ¿Recibió el enlace https://tinyurl.com/hd-cita?',
      settings: FIRM,
      findings: [{ messageId: 'shortenerFirmDomain', start: 36, end: 63 }],
    },
  ],
});

describe('public-url-shortener messages', () => {
  it('names the shortener and the firm domains when configured', () => {
    const [finding] = checkRule(rule, 'Pay: https://bit.ly/x', {
      firmDomains: ['hartwelldiaz.com', 'https://www.hartwelldiaz.law/'],
    });
    expect(finding?.message).toContain('bit.ly');
    expect(finding?.message).toContain('hartwelldiaz.com, hartwelldiaz.law');
  });

  it('names the listed domain, not the subdomain typed', () => {
    const [finding] = checkRule(rule, 'https://maps.app.goo.gl/8xQ2');
    expect(finding?.message.startsWith('goo.gl is a public link shortener')).toBe(true);
  });

  it('offers no fix: the full link is something only the firm knows', () => {
    expect(rule.meta.fixable).toBe('none');
    expect(checkRule(rule, 'bit.ly/abc')[0]?.fixes).toEqual([]);
  });

  it('flags every listed domain when typed as a bare link', () => {
    const missed = PUBLIC_URL_SHORTENERS.filter((domain) => checkRule(rule, `Open ${domain}/AbC123 now`).length !== 1);
    expect(missed).toEqual([]);
  });

  it('flags every listed domain with a scheme and upper case', () => {
    const missed = PUBLIC_URL_SHORTENERS.filter(
      (domain) => checkRule(rule, `Open HTTPS://${domain.toUpperCase()}/AbC123.`).length !== 1,
    );
    expect(missed).toEqual([]);
  });
});
