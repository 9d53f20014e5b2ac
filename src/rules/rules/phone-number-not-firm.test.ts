import { describe, expect, it } from 'vitest';
import { checkRule } from '../engine';
import { type ExpectedFinding, runRuleTests } from '../testing/rule-tester';
import rule from './phone-number-not-firm';

const FIRM = { firmPhoneNumbers: ['+1 512 555 0147', '(737) 555-0100'] };

function at(text: string, needle: string, messageId: string, extra: Partial<ExpectedFinding> = {}): ExpectedFinding {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in "${text}"`);
  return { messageId, start, end: start + needle.length, ...extra };
}

const adjuster = 'Hi Maria, please call the adjuster at 737-555-0199 before Friday.';
const two = 'Hartwell & Diaz: call the clerk at (512) 555-0188 or the court at 512.555.0177.';
const mixed = 'Call us at 512-555-0147, not the old line +1 512 555 0166.';
const london = 'Our London counsel can be reached on +44 20 7946 0958.';
const shortCode = 'Win big! Send GO to 47474 now.';
const unset = 'Hartwell & Diaz: call us at 512.555.0147 or 737-555-0100 to reschedule.';

runRuleTests(rule, {
  valid: [
    { text: 'Hi Maria, this is Hartwell & Diaz. Questions? Call (512) 555-0147.', settings: FIRM },
    { name: 'dots', text: 'Hartwell & Diaz: 512.555.0147', settings: FIRM },
    { name: 'country code with spaces', text: 'Call +1 512 555 0147 anytime.', settings: FIRM },
    { name: 'leading 1 with dashes', text: 'Call 1-512-555-0147 anytime.', settings: FIRM },
    { name: 'bare digits', text: 'Call 5125550147 anytime.', settings: FIRM },
    { name: 'the second firm number', text: 'After hours: 737.555.0100', settings: FIRM },
    { name: 'no numbers, no settings', text: 'Hi Maria, your hearing moved to 3/14 at 9am.' },
    'Hartwell & Diaz: Case No. 2024-CV-01234 is set for 3/14/2025 at 9:30am in Austin, TX 78701.',
    { name: 'a phone-shaped case number', text: 'Case No. 512-555-0199 was dismissed.', settings: FIRM },
    { name: 'ZIP+4', text: 'Send it to PO Box 12, Austin, TX 78701-1234.', settings: FIRM },
    { name: 'money', text: 'Your balance is $1,250.00, due 4/1.', settings: FIRM },
    { name: 'an SSN', text: 'We have SSN 123-45-6789 on file.', settings: FIRM },
    { name: 'a card number', text: 'Card 4111 1111 1111 1111 was charged.', settings: FIRM },
    { name: 'a labelled account number', text: 'Account number 7375550199 is closed.', settings: FIRM },
    { name: 'digits inside a link', text: 'See https://hartwelldiaz.com/c/5125550199 for details.', settings: FIRM },
    {
      name: "the firm's own short code",
      text: 'Text STOP to 55123 to opt out.',
      settings: { firmPhoneNumbers: ['55123'] },
    },
    { name: 'a ZIP code after "to"', text: 'Please send the forms to 78701 by mail.', settings: FIRM },
    { name: 'a thing sent to a ZIP code', text: 'Please send it to 78701 by mail.', settings: FIRM },
    { name: 'a time range', text: 'Office hours are 9:00-5:30, Monday to Friday.', settings: FIRM },
    // Without a country code a foreign national-format number is not a number a US phone can dial.
    {
      name: 'a national-format number of another country',
      text: 'Reference 0844 861 85 85 or 09061701461.',
      settings: FIRM,
    },
    // Spanish
    { text: 'Hartwell & Diaz: Envíe los documentos al 78701 por correo.', settings: FIRM },
    {
      name: "the firm's own short code in Spanish",
      text: 'Envíe STOP al 55123 para cancelar.',
      settings: { firmPhoneNumbers: ['55123'] },
    },
    {
      name: 'a Spanish-labelled case number',
      text: 'Hartwell & Diaz: Su número de caso es 512-555-0199; no es un teléfono.',
      settings: FIRM,
    },
    { text: 'Hartwell & Diaz: Número de expediente: 5125550199. Póliza núm. 737-555-0188.', settings: FIRM },
    { text: 'Hartwell & Diaz: ¿Tiene preguntas? Llame al (512) 555-0147. ¡Gracias!', settings: FIRM },
    {
      text: 'Hartwell & Diaz: Caso núm. 2024-CV-0193: audiencia el 14/03/2025 a las 9:30, sala 4B, Austin, TX 78701.',
      settings: FIRM,
    },
    {
      name: 'a Spanish-labelled SSN is not a phone number',
      text: 'Hartwell & Diaz: Su número de seguro social 123-45-6789 está en el expediente.',
      settings: FIRM,
    },
  ],
  invalid: [
    {
      name: 'an instruction to text a short code',
      text: shortCode,
      settings: FIRM,
      findings: [at(shortCode, '47474', 'shortCode')],
    },
    {
      text: adjuster,
      settings: FIRM,
      findings: [at(adjuster, '737-555-0199', 'notFirmPhone', { severity: 'info' })],
    },
    {
      name: 'two other numbers',
      text: two,
      settings: FIRM,
      findings: [at(two, '(512) 555-0188', 'notFirmPhone'), at(two, '512.555.0177', 'notFirmPhone')],
    },
    {
      name: 'only the unknown number of two',
      text: mixed,
      settings: FIRM,
      findings: [at(mixed, '+1 512 555 0166', 'notFirmPhone')],
    },
    {
      name: 'an international number',
      text: london,
      settings: FIRM,
      findings: [at(london, '+44 20 7946 0958', 'notFirmPhone')],
    },
    {
      name: 'firm numbers not set: one finding for the first number',
      text: unset,
      findings: [at(unset, '512.555.0147', 'noFirmPhones', { severity: 'info' })],
    },
    {
      name: 'firm numbers that are not phone numbers count as unset',
      text: unset,
      settings: { firmPhoneNumbers: ['call the front desk'] },
      findings: [at(unset, '512.555.0147', 'noFirmPhones')],
    },
    // Spanish
    {
      name: 'a Spanish instruction to text a short code',
      text: 'Hartwell & Diaz: Envíe GANAR al 47474 hoy.',
      settings: FIRM,
      findings: [{ messageId: 'shortCode', start: 32, end: 37 }],
    },
    {
      name: '"tenga en cuenta" is no account label',
      text: 'Hartwell & Diaz: Tenga en cuenta: 512-555-0199 es la línea del juzgado.',
      settings: FIRM,
      findings: [{ messageId: 'notFirmPhone', start: 34, end: 46 }],
    },
    {
      name: 'a number closing a Spanish sentence',
      text: 'Hartwell & Diaz: ¿Tiene preguntas? Llame al (512) 555-0199.',
      settings: FIRM,
      findings: [{ messageId: 'notFirmPhone', start: 44, end: 58, severity: 'info' }],
    },
    {
      text: 'Llame al ajustador del seguro ¿512-555-0188? o al +52 55 1234 5678 (México).',
      settings: FIRM,
      findings: [
        { messageId: 'notFirmPhone', start: 31, end: 43 },
        { messageId: 'notFirmPhone', start: 50, end: 66 },
      ],
    },
  ],
});

describe('phone-number-not-firm', () => {
  it('names the number in the message', () => {
    const [finding] = checkRule(rule, adjuster, FIRM);
    expect(finding?.message).toContain('737-555-0199');
    expect(finding?.fixes).toEqual([]);
  });

  it('matches an international firm number in any notation', () => {
    expect(checkRule(rule, london, { firmPhoneNumbers: ['+442079460958'] })).toEqual([]);
    expect(checkRule(rule, london, { firmPhoneNumbers: ['011 44 20 7946 0958'] })).toEqual([]);
  });
});
