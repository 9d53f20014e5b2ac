import { describe, expect, it } from 'vitest';
import { checkRule } from '../engine';
import { parseMessage } from '../message';
import { findSensitiveData, maskDigits, passesAbaChecksum, passesLuhn } from '../sensitive';
import { type ExpectedFinding, runRuleTests } from '../testing/rule-tester';
import { workGrowth } from '../testing/work-counter';
import rule from './sensitive-data';

const MASK = ['Mask all but the last 4 digits'];
const MASK_SECRET = ['Mask it (send it through the secure portal)'];

/** The exact range of `needle` in `text` (its `occurrence`-th appearance), as the tester expects. */
function at(text: string, needle: string, messageId: string, extra: Partial<ExpectedFinding> = {}): ExpectedFinding {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in "${text}"`);
  return { messageId, start, end: start + needle.length, ...extra };
}

const ssnText = 'Hi Maria, we have your SSN as 123-45-6789 on the intake form. Please confirm.';
const ssnSpaced = 'Hartwell & Diaz: the SSN we have on file is 123 45 6789, is that right?';
const ssnLabelled = 'Hartwell & Diaz: please confirm SSN: 123456789 before Friday.';
const ssnSocial = 'Your social security number is 078051120 per the intake sheet.';
const cardSpaced = 'Hartwell & Diaz: we charged the retainer to card 4111 1111 1111 1111 today.';
const cardDashed = 'Card on file: 5555-5555-5555-4444. Call us if that is wrong.';
const cardBare = 'Hi James, the filing fee went on Amex 378282246310005.';
const cardAmexGroups = 'Hi James, the filing fee went on Amex 3782 822463 10005.';
const account = 'Refund will go to account number 000123456789 next week.';
const acct = 'Hartwell & Diaz: settlement wired to acct #: 98765432 today.';
const routing = 'Please confirm routing number 111000025 with your bank.';
const both = 'Wire to acct # 4433221100, routing # 021000021. Thanks, Hartwell & Diaz.';
const password = 'Hartwell & Diaz: your portal password: Hunter2! Change it after you log in.';
const passwordIs = 'Hi Maria, your temporary password is "TempPass" until Monday.';
const pin = 'Hi Maria, your PIN is 4821 for the drop box at our office.';
const passcode = 'Use passcode 1234 to join the Zoom hearing.';
const twoKinds = 'SSN 219-09-9999 and card 4012888888881881 received.';

runRuleTests(rule, {
  valid: [
    'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9am. Call 512-555-0147.',
    'Hartwell & Diaz: please upload your SSN card scan through the secure portal, not by text.',
    'Hartwell & Diaz: Case No. 2024-CV-01234 is set for 3/14/2025 at 9:30am in Austin, TX 78701-1234.',
    { name: 'invalid SSN area 000', text: 'Placeholder SSN 000-12-3456 in the template.' },
    { name: 'invalid SSN area 666', text: 'Example 666-12-3456 in the training deck.' },
    { name: 'invalid SSN area 9xx', text: 'ITIN 912-70-1234 is not an SSN.' },
    { name: 'invalid SSN group 00', text: 'Form shows 123-00-4567.' },
    { name: 'invalid SSN serial 0000', text: 'Form shows 123-45-0000.' },
    { name: 'mixed separators are not an SSN', text: 'Reference 123-45 6789 is a docket line.' },
    { name: 'SSN shape inside a longer code', text: 'Docket 12-123-45-6789 was refiled.' },
    { name: 'nine bare digits without a label', text: 'Your claim 123456789 is under review.' },
    { name: 'Luhn-invalid card', text: 'Card 4111 1111 1111 1112 was declined.' },
    { name: 'Luhn-valid digits without a card prefix', text: 'Tracking 1000000000009 shipped.' },
    { name: 'card number inside a link', text: 'Pay at https://pay.hartwelldiaz.com/inv/4111111111111111' },
    { name: 'account number too short', text: 'Your client account number 20451 is on the invoice.' },
    { name: 'routing number failing the ABA checksum', text: 'Routing number 123456789 looks wrong.' },
    { name: 'routing number of the wrong length', text: 'Routing number 1234567 is not a routing number.' },
    {
      name: 'password talk without a password',
      text: 'Your portal password expires Friday; reset it at the login page.',
    },
    { name: 'password reset link', text: 'Password: https://portal.hartwelldiaz.com/reset' },
    { name: 'PIN described, not given', text: 'Your PIN is your birth year.' },
    { name: 'pin as a verb', text: 'Please pin 2 copies to the board.' },
    { name: 'a word starting with pin', text: 'Pinned 1234 documents.' },
    { name: 'money and percentages', text: 'Settlement: $41,111.11 less 33% fee.' },
    'Your verification code is 482913.',
    // Spanish
    'Hartwell & Diaz: Traiga la carta con su número A a la cita del lunes.',
    'Hartwell & Diaz: Your A-number is on your work permit; bring the card to the interview.',
    'Hartwell & Diaz: Su número A es el que empieza con A en su permiso; llame al 512-555-0199.',
    'Hartwell & Diaz: Su contraseña del portal vence el viernes; cámbiela al entrar.',
    'Hartwell & Diaz: Su contraseña es temporal. El número de cuenta está en su estado de cuenta.',
    'Hartwell & Diaz: Suba la tarjeta del seguro social al portal seguro, no por mensaje.',
    'Hartwell & Diaz: Su caso número 2024-CV-0193 fue asignado a la jueza García. Cita: 14/03 a las 10:30.',
    'Hartwell & Diaz: La clave de su caso es llegar temprano a la audiencia.',
  ],
  invalid: [
    {
      text: ssnText,
      findings: [at(ssnText, '123-45-6789', 'ssn', { severity: 'warning', fixLabels: MASK })],
      suggestionOutputs: ['Hi Maria, we have your SSN as ***-**-6789 on the intake form. Please confirm.'],
    },
    {
      text: ssnSpaced,
      findings: [at(ssnSpaced, '123 45 6789', 'ssn')],
      suggestionOutputs: ['Hartwell & Diaz: the SSN we have on file is *** ** 6789, is that right?'],
    },
    {
      name: 'nine bare digits labelled SSN',
      text: ssnLabelled,
      findings: [at(ssnLabelled, '123456789', 'ssn')],
      suggestionOutputs: ['Hartwell & Diaz: please confirm SSN: *****6789 before Friday.'],
    },
    { name: 'labelled "social security number is"', text: ssnSocial, findings: [at(ssnSocial, '078051120', 'ssn')] },
    {
      text: cardSpaced,
      findings: [at(cardSpaced, '4111 1111 1111 1111', 'cardNumber', { fixLabels: MASK })],
      suggestionOutputs: ['Hartwell & Diaz: we charged the retainer to card **** **** **** 1111 today.'],
    },
    {
      text: cardDashed,
      findings: [at(cardDashed, '5555-5555-5555-4444', 'cardNumber')],
      suggestionOutputs: ['Card on file: ****-****-****-4444. Call us if that is wrong.'],
    },
    { text: cardBare, findings: [at(cardBare, '378282246310005', 'cardNumber')] },
    { text: cardAmexGroups, findings: [at(cardAmexGroups, '3782 822463 10005', 'cardNumber')] },
    {
      text: account,
      findings: [at(account, '000123456789', 'bankAccount', { fixLabels: MASK })],
      suggestionOutputs: ['Refund will go to account number ********6789 next week.'],
    },
    { text: acct, findings: [at(acct, '98765432', 'bankAccount')] },
    { text: routing, findings: [at(routing, '111000025', 'routingNumber')] },
    {
      name: 'account and routing number together',
      text: both,
      findings: [at(both, '4433221100', 'bankAccount'), at(both, '021000021', 'routingNumber')],
    },
    {
      text: password,
      // The "!" ends the sentence as far as the rule can tell; the mask covers "Hunter2".
      findings: [at(password, 'Hunter2', 'password', { fixLabels: MASK_SECRET })],
      suggestionOutputs: ['Hartwell & Diaz: your portal password: ****! Change it after you log in.'],
    },
    { name: 'quoted password', text: passwordIs, findings: [at(passwordIs, 'TempPass', 'password')] },
    {
      text: pin,
      findings: [at(pin, '4821', 'pin', { fixLabels: MASK_SECRET })],
      suggestionOutputs: ['Hi Maria, your PIN is **** for the drop box at our office.'],
    },
    { text: passcode, findings: [at(passcode, '1234', 'pin')] },
    {
      name: 'password: hunter2',
      text: 'Login: maria.g, password: hunter2',
      findings: [{ messageId: 'password', start: 26, end: 33 }],
    },
    {
      name: 'an SSN and a card in one message',
      text: twoKinds,
      findings: [at(twoKinds, '219-09-9999', 'ssn'), at(twoKinds, '4012888888881881', 'cardNumber')],
    },
    {
      name: 'a card next to a phone number is still found',
      text: 'Call 512 555 0147 4111 1111 1111 1111 now',
      findings: [{ messageId: 'cardNumber', start: 18, end: 37 }],
    },
    // Spanish
    {
      name: 'labelled NSS',
      text: 'Hartwell & Diaz: Su NSS: 078051120. Tráigalo a la cita.',
      findings: [{ messageId: 'ssn', start: 25, end: 34 }],
    },
    {
      name: 'an A-number labelled "número A"',
      text: 'Hartwell & Diaz: Su número A es A123456789, tráigalo a la cita.',
      findings: [{ messageId: 'alienNumber', start: 32, end: 42, fixLabels: MASK }],
      suggestionOutputs: ['Hartwell & Diaz: Su número A es A*****6789, tráigalo a la cita.'],
    },
    {
      text: 'Hartwell & Diaz: Your A# 087-654-321 is on the I-589.',
      findings: [{ messageId: 'alienNumber', start: 25, end: 36 }],
    },
    {
      text: 'Hartwell & Diaz: Número de registro de extranjero: A-123-456-789.',
      findings: [{ messageId: 'alienNumber', start: 51, end: 64 }],
    },
    {
      name: 'labelled "número de seguro social ... es"',
      text: 'Hartwell & Diaz: Su número de seguro social es 123456789, ¿es correcto?',
      findings: [{ messageId: 'ssn', start: 47, end: 56, severity: 'warning', fixLabels: MASK }],
      suggestionOutputs: ['Hartwell & Diaz: Su número de seguro social es *****6789, ¿es correcto?'],
    },
    {
      name: 'Spanish account and routing labels',
      text: 'Hartwell & Diaz: Número de cuenta: 123456789012. Número de ruta: 021000021.',
      findings: [
        { messageId: 'bankAccount', start: 35, end: 47 },
        { messageId: 'routingNumber', start: 65, end: 74 },
      ],
    },
    {
      text: 'Hartwell & Diaz: Su contraseña del portal es Casa2024! Cámbiela al entrar.',
      findings: [{ messageId: 'password', start: 45, end: 53, fixLabels: MASK_SECRET }],
      suggestionOutputs: ['Hartwell & Diaz: Su contraseña del portal es ****! Cámbiela al entrar.'],
    },
    {
      name: 'NIP, the Mexican word for a PIN',
      text: 'Hola Maria, su NIP para el buzón de la oficina es 4821.',
      findings: [{ messageId: 'pin', start: 50, end: 54 }],
    },
    {
      text: 'Hartwell & Diaz: Clave de acceso: Luna#77. Número de tarjeta: 4111 1111 1111 1111.',
      findings: [
        { messageId: 'password', start: 34, end: 41 },
        { messageId: 'cardNumber', start: 62, end: 81 },
      ],
    },
    {
      text: 'Hartwell & Diaz: el seguro social que tenemos es 219-09-9999. Cuenta bancaria #: 44332211.',
      findings: [
        { messageId: 'ssn', start: 49, end: 60 },
        { messageId: 'bankAccount', start: 81, end: 89 },
      ],
    },
  ],
});

describe('sensitive-data helpers', () => {
  it('checks Luhn', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(passesLuhn('378282246310005')).toBe(true);
  });

  it('checks the ABA routing checksum', () => {
    expect(passesAbaChecksum('111000025')).toBe(true);
    expect(passesAbaChecksum('021000021')).toBe(true);
    expect(passesAbaChecksum('123456789')).toBe(false);
    expect(passesAbaChecksum('12345678')).toBe(false);
  });

  it('masks all but the last four digits and keeps separators', () => {
    expect(maskDigits('123-45-6789')).toBe('***-**-6789');
    expect(maskDigits('4111 1111 1111 1111')).toBe('**** **** **** 1111');
    expect(maskDigits('1234')).toBe('1234');
  });

  it('reports a labelled account number once even when it also passes as a card number', () => {
    const text = 'Account number 4111111111111111 is closed.';
    expect(checkRule(rule, text).map((finding) => finding.messageId)).toEqual(['bankAccount']);
  });

  it('caches per parsed message', () => {
    const message = parseMessage('SSN 123-45-6789');
    expect(findSensitiveData(message)).toBe(findSensitiveData(message));
  });

  it('stays linear on long runs of digits, spaces, labels and values', () => {
    // Work counted, not timed: ten times the text must cost about ten times the searching (quadratic is 100x).
    const inputs: ((size: number) => string)[] = [
      (size) => '4 '.repeat(size / 2),
      (size) => '1-2-'.repeat(size / 4),
      (size) => `password${' '.repeat(size)}x`,
      (size) => `ssn${' '.repeat(size)}`,
      (size) => 'account number '.repeat(size / 15),
      (size) => '123-45-6789 '.repeat(size / 12),
      (size) => 'a.co 123-45-6789 '.repeat(size / 17),
      (size) => '4111 1111 1111 1111 '.repeat(size / 20),
      (size) => 'pin 1234 '.repeat(size / 9),
    ];
    for (const make of inputs) {
      const growth = workGrowth(make, (text) => checkRule(rule, text));
      expect(growth, make(40)).toBeLessThan(15);
    }
  });
});
