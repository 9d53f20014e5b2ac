import { describe, expect, it } from 'vitest';
import { checkRule } from '../engine';
import { applyFixes, safeFixesOf } from '../fixes';
import { runRuleTests } from '../testing/rule-tester';
import rule from './insecure-link';

const FIX = ['Use https://'];

runRuleTests(rule, {
  valid: [
    'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9am. Details: https://portal.hartwelldiaz.com/hearings',
    'Hartwell & Diaz: upload your pay stubs at portal.hartwelldiaz.com/upload. Reply STOP to opt out.',
    'Hi James, the court posted the order at www.uscourts.gov/forms',
    'Hartwell & Diaz: no link today, just a reminder that your deposition is Tuesday at 10am.',
    'Hi Ana, email us at intake@hartwelldiaz.com with the police report.',
    'The word http alone is not a link, nor is "http:" by itself.',
    { text: 'Your invoice: HTTPS://PAY.HARTWELLDIAZ.COM/INV/2231', name: 'upper-case https is fine' },
    // Spanish
    'Hartwell & Diaz: Firme aquí: https://hartwelldiaz.com/firmar. ¡Gracias!',
    'Hartwell & Diaz: Escríbanos a oficina@hartwelldiaz.com, ¿de acuerdo?',
  ],
  invalid: [
    {
      text: 'Hi Maria, your signed retainer is at http://portal.hartwelldiaz.com/docs',
      findings: [{ messageId: 'insecure', start: 37, end: 72, severity: 'warning', fixLabels: FIX }],
      output: 'Hi Maria, your signed retainer is at https://portal.hartwelldiaz.com/docs',
    },
    {
      text: 'http://hartwelldiaz.com/pay is where you can pay your retainer.',
      findings: [{ messageId: 'insecure', start: 0, end: 27 }],
      output: 'https://hartwelldiaz.com/pay is where you can pay your retainer.',
    },
    {
      text: 'Court info: HTTP://www.uscourts.gov/forms then call us.',
      findings: [{ messageId: 'insecure', start: 12, end: 41 }],
      output: 'Court info: https://www.uscourts.gov/forms then call us.',
    },
    {
      name: 'two insecure links are both fixed',
      text: 'Forms: http://hartwelldiaz.com/forms and the calendar: http://hartwelldiaz.com/cal.',
      findings: [
        { messageId: 'insecure', start: 7, end: 36 },
        { messageId: 'insecure', start: 55, end: 82 },
      ],
      output: 'Forms: https://hartwelldiaz.com/forms and the calendar: https://hartwelldiaz.com/cal.',
    },
    {
      name: 'link in parentheses, trailing period not part of the link',
      text: 'Hi Maria (see http://hartwelldiaz.law/faq).',
      findings: [{ messageId: 'insecure', start: 14, end: 41 }],
      output: 'Hi Maria (see https://hartwelldiaz.law/faq).',
    },
    {
      name: 'link with a port keeps the port',
      text: 'Portal: http://portal.hartwelldiaz.com:8080/login',
      findings: [{ messageId: 'insecure', start: 8, end: 49 }],
      output: 'Portal: https://portal.hartwelldiaz.com:8080/login',
    },
    // Spanish
    {
      text: 'Hartwell & Diaz: Firme aquí: http://hartwelldiaz.com/firmar.',
      findings: [{ messageId: 'insecure', start: 29, end: 59, fixLabels: FIX }],
      output: 'Hartwell & Diaz: Firme aquí: https://hartwelldiaz.com/firmar.',
    },
    {
      text: '¿Abrió http://portal.hartwelldiaz.com/caso? Su audiencia es el lunes.',
      findings: [{ messageId: 'insecure', start: 7, end: 42 }],
      output: '¿Abrió https://portal.hartwelldiaz.com/caso? Su audiencia es el lunes.',
    },
  ],
});

describe('insecure-link fix', () => {
  it('replaces only the scheme letters, so the rest of the link is untouched', () => {
    const text = 'See http://Hartwell-Diaz.attorney/Path?q=1#top now';
    const [finding] = checkRule(rule, text);
    expect(finding?.fixes[0]?.edits).toEqual([{ start: 4, end: 8, text: 'https' }]);
    expect(applyFixes(text, safeFixesOf(checkRule(rule, text)))).toBe(
      'See https://Hartwell-Diaz.attorney/Path?q=1#top now',
    );
  });

  it('is idempotent: the fixed text has nothing left to report', () => {
    const text = 'Pay at http://pay.hartwelldiaz.com and see http://hartwelldiaz.legal/terms';
    const fixed = applyFixes(text, safeFixesOf(checkRule(rule, text)));
    expect(checkRule(rule, fixed)).toEqual([]);
  });
});
