import { describe, expect, it } from 'vitest';
import { checkRule } from '../engine';
import { removeLinkFix } from '../firm-hosts';
import { runRuleTests } from '../testing/rule-tester';
import rule from './link-domain-not-firm';

const FIRM = { firmDomains: ['hartwelldiaz.com'] };
const FIRM_AND_COURTS = {
  firmDomains: ['hartwelldiaz.com', 'hartwelldiaz.law'],
  approvedDomains: ['uscourts.gov', 'efile.txcourts.gov'],
};
const REMOVE = ['Remove this link'];

runRuleTests(rule, {
  valid: [
    {
      text: 'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9am. Details: https://portal.hartwelldiaz.com/h/3141',
      settings: FIRM,
    },
    { text: 'Hartwell & Diaz: our site is hartwelldiaz.com. Reply STOP to opt out.', settings: FIRM },
    { text: 'Upload at WWW.HARTWELLDIAZ.COM/UPLOAD', settings: FIRM, name: 'upper-case firm host' },
    { text: 'Pay at https://pay.hartwelldiaz.com:8443/inv/2231', settings: FIRM, name: 'firm host with a port' },
    { text: 'Forms at https://www.uscourts.gov/forms and https://pacer.uscourts.gov', settings: FIRM_AND_COURTS },
    { text: 'File your answer at https://efile.txcourts.gov/ofsweb', settings: FIRM_AND_COURTS },
    { text: 'FAQ: hartwelldiaz.law/faq', settings: FIRM_AND_COURTS, name: '.law firm domain' },
    {
      text: 'Your documents: portal.hartwelldiaz.com/docs',
      settings: { firmDomains: ['https://www.HartwellDiaz.com/'] },
      name: 'firm domain typed as a URL with www.',
    },
    {
      text: 'Documents: https://docs.hartwelldiaz.com',
      settings: { firmDomains: ['portal.hartwelldiaz.com'] },
      name: 'a configured subdomain trusts the firm registrable domain',
    },
    { text: 'Hi Maria, pay here: bit.ly/3xHd8Qa', settings: FIRM, name: 'shorteners are left to public-url-shortener' },
    { text: 'Case file: http://192.168.4.20/case', settings: FIRM, name: 'IP links are left to suspicious-link' },
    { text: 'Open file:///C:/cases/5521.pdf', settings: FIRM, name: 'non-web schemes are left to suspicious-link' },
    {
      text: 'Write to maria@gmail.com or mailto:intake@hartwelldiaz.com',
      settings: FIRM,
      name: 'e-mail is not a link',
    },
    { text: 'Hartwell & Diaz: your hearing is at 9am Tuesday.', name: 'no links, no settings needed' },
    { text: 'Hartwell & Diaz: see bit.ly/x', name: 'no firm domains but only a shortener link' },
    {
      text: 'Forms: uscourts.gov/forms',
      settings: { approvedDomains: ['uscourts.gov'] },
      name: 'no firm domains, approved link',
    },
    // Spanish
    {
      text: 'Hartwell & Diaz: Revise su caso en https://portal.hartwelldiaz.com/caso. ¿Preguntas? Llámenos.',
      settings: FIRM,
    },
    { text: 'Hartwell & Diaz: ¡Su audiencia es el lunes! Detalles: (https://hartwelldiaz.com/citas).', settings: FIRM },
  ],
  invalid: [
    {
      name: 'a missing space that makes a link: the space is offered first',
      text: 'Please review the lease.in particular the pet clause.',
      settings: FIRM,
      findings: [
        {
          messageId: 'notFirmDomain',
          start: 18,
          end: 26,
          fixLabels: ['Add a space after the period', 'Remove this link'],
        },
      ],
      suggestionOutputs: ['Please review the lease. In particular the pet clause.'],
    },
    {
      name: 'a missing space in Spanish',
      text: 'Ya firmamos el acuerdo.de todos modos llame al juzgado.',
      settings: FIRM,
      findings: [
        {
          messageId: 'notFirmDomain',
          start: 15,
          end: 25,
          fixLabels: ['Add a space after the period', 'Remove this link'],
        },
      ],
      suggestionOutputs: ['Ya firmamos el acuerdo. De todos modos llame al juzgado.'],
    },
    {
      name: 'a bare host that ends the sentence, or has a path or a scheme, or a longer top-level domain: removal only',
      text: 'See lease.in. Or lease.in/terms and https://lease.in now, or example.com today.',
      settings: FIRM,
      findings: [
        { messageId: 'notFirmDomain', start: 4, end: 12, fixLabels: REMOVE },
        { messageId: 'notFirmDomain', start: 17, end: 31, fixLabels: REMOVE },
        { messageId: 'notFirmDomain', start: 36, end: 52, fixLabels: REMOVE },
        { messageId: 'notFirmDomain', start: 61, end: 72, fixLabels: REMOVE },
      ],
    },
    {
      text: 'Hi Maria, sign the retainer at https://sign.docuthing.com/r/8812 today.',
      settings: FIRM,
      findings: [{ messageId: 'notFirmDomain', start: 31, end: 64, severity: 'warning', fixLabels: REMOVE }],
      suggestionOutputs: ['Hi Maria, sign the retainer at today.'],
    },
    {
      name: 'no firm domains configured: one finding asking for the setting',
      text: 'Hartwell & Diaz: your portal is at https://portal.hartwelldiaz.com',
      findings: [{ messageId: 'noFirmDomains', start: 35, end: 66, severity: 'info', fixLabels: [] }],
    },
    {
      name: 'no firm domains and several links: still one finding',
      text: 'Hi James, directions: www.google.com/maps/place/Harris+County+Courthouse and parking at parkwhiz.com/houston.',
      findings: [{ messageId: 'noFirmDomains', start: 22, end: 72 }],
    },
    {
      name: 'each foreign link is reported',
      text: 'Hi James, directions: www.google.com/maps/place/Harris+County+Courthouse and parking at parkwhiz.com/houston.',
      settings: FIRM,
      findings: [
        { messageId: 'notFirmDomain', start: 22, end: 72 },
        { messageId: 'notFirmDomain', start: 88, end: 108 },
      ],
      suggestionOutputs: [
        'Hi James, directions: and parking at parkwhiz.com/houston.',
        'Hi James, directions: www.google.com/maps/place/Harris+County+Courthouse and parking at.',
      ],
    },
    {
      name: "the firm's domain worn as a subdomain is not the firm's",
      text: 'Your docs: https://hartwelldiaz.com.evil.io/login',
      settings: FIRM,
      findings: [{ messageId: 'notFirmDomain', start: 11, end: 49 }],
    },
    {
      name: 'shortener skipped, approved skipped, the rest reported',
      text: 'Hartwell & Diaz: bit.ly/x, then uscourts.gov/forms and zillow.com/h/1',
      settings: FIRM_AND_COURTS,
      findings: [{ messageId: 'notFirmDomain', start: 55, end: 69 }],
    },
    {
      name: 'approved court subdomain does not approve the whole court domain: a government site is info',
      text: 'Call 713-555-0142 or visit https://www.txcourts.gov/rules today',
      settings: FIRM_AND_COURTS,
      findings: [{ messageId: 'governmentDomain', start: 27, end: 57, severity: 'info', fixLabels: [] }],
    },
    {
      name: 'agency and court sites are info, a look-alike ending elsewhere is not',
      text: 'Check https://egov.uscis.gov/casestatus, then www.uscis.gov.case-help.com/login.',
      settings: FIRM,
      findings: [
        { messageId: 'governmentDomain', start: 6, end: 39, severity: 'info' },
        { messageId: 'notFirmDomain', start: 46, end: 79, severity: 'warning' },
      ],
    },
    {
      name: '.law domain that is not configured',
      text: 'Hi Ana, the firm site is hartwelldiaz.law/faq (new).',
      settings: FIRM,
      findings: [{ messageId: 'notFirmDomain', start: 25, end: 45 }],
    },
    {
      name: 'inside parentheses',
      text: 'Hi Maria (see portal.lawpay.com/hd).',
      settings: FIRM,
      findings: [{ messageId: 'notFirmDomain', start: 14, end: 34 }],
      suggestionOutputs: ['Hi Maria (see).'],
    },
    {
      name: 'link at the start of a sentence, trailing comma',
      text: 'Visit portal.mycase.com/hd, thanks',
      settings: FIRM,
      findings: [{ messageId: 'notFirmDomain', start: 6, end: 26 }],
    },
    // Spanish
    {
      text: 'Hartwell & Diaz: Suba sus recibos médicos en https://docs-legales.net/subir.',
      settings: FIRM,
      findings: [{ messageId: 'notFirmDomain', start: 45, end: 75, fixLabels: REMOVE }],
      suggestionOutputs: ['Hartwell & Diaz: Suba sus recibos médicos en.'],
    },
    {
      text: '¿Vio el formulario en https://formularios-ayuda.com/i-589? Llámenos.',
      settings: FIRM,
      findings: [{ messageId: 'notFirmDomain', start: 22, end: 57 }],
      suggestionOutputs: ['¿Vio el formulario en? Llámenos.'],
    },
  ],
});

describe('link-domain-not-firm messages', () => {
  it('names the foreign registrable domain and the firm domains', () => {
    const [finding] = checkRule(rule, 'Sign at https://app.docuthing.com/s/1', {
      firmDomains: ['hartwelldiaz.com', 'hartwelldiaz.law'],
    });
    expect(finding?.message).toContain('goes to docuthing.com');
    expect(finding?.message).toContain('hartwelldiaz.com, hartwelldiaz.law');
  });

  it('a private-suffix firm domain trusts only that site, not the whole hosting service', () => {
    const settings = { firmDomains: ['hartwelldiaz.github.io'] };
    expect(checkRule(rule, 'See https://hartwelldiaz.github.io/faq', settings)).toEqual([]);
    expect(checkRule(rule, 'See https://evil.github.io/faq', settings).map((f) => f.messageId)).toEqual([
      'notFirmDomain',
    ]);
  });

  it('wildcard firm entries work like the bare domain', () => {
    expect(checkRule(rule, 'See https://a.b.hartwelldiaz.com/x', { firmDomains: ['*.hartwelldiaz.com'] })).toEqual([]);
  });
});

describe('removeLinkFix', () => {
  const remove = (text: string, part: string): string => {
    const start = text.indexOf(part);
    const [edit] = removeLinkFix(text, { start, end: start + part.length }).edits;
    return edit ? text.slice(0, edit.start) + edit.text + text.slice(edit.end) : text;
  };
  it('takes the space before the link', () => expect(remove('Pay at x.com today', 'x.com')).toBe('Pay at today'));
  it('takes the space after a leading link', () => expect(remove('x.com is our site', 'x.com')).toBe('is our site'));
  it('keeps punctuation', () => expect(remove('Pay at x.com.', 'x.com')).toBe('Pay at.'));
  it('handles a link alone', () => expect(remove('x.com', 'x.com')).toBe(''));
  it('is never safe', () => expect(removeLinkFix('x.com', { start: 0, end: 5 }).safe).toBe(false));
});
