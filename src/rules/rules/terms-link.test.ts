import { describe, expect, it } from 'vitest';
import { checkRule } from '../engine';
import { type ExpectedFinding, runRuleTests } from '../testing/rule-tester';
import rule, { normalizeTermsUrl } from './terms-link';

const TERMS = 'https://hartwelldiaz.com/sms-terms';
const SETTINGS = { termsUrl: TERMS };
const ADD = ['Add the terms link'];

/** The last whitespace-separated token, which missing-terms findings underline. */
function lastToken(text: string, messageId: string, extra: Partial<ExpectedFinding> = {}): ExpectedFinding {
  const end = text.trimEnd().length;
  const start = text.slice(0, end).search(/\S+$/);
  return { messageId, start, end, ...extra };
}

const withTerms = (text: string, settings: { termsUrl: string } = SETTINGS) => ({
  text,
  settings,
  firstMessage: true,
});

const ready = 'Hartwell & Diaz: Hi Maria, your portal is ready. Reply STOP to opt out.';
const noFullStop = 'Hartwell & Diaz: Hi Maria, your portal is ready';
const endsWithLink = 'Hartwell & Diaz: your portal is ready at https://hartwelldiaz.com/portal';
const exclaims = 'Hartwell & Diaz: welcome, Maria! Reply STOP to opt out!';
const privacy = 'Hartwell & Diaz: welcome. Privacy: https://hartwelldiaz.com/privacy';
const otherDomain = 'Hartwell & Diaz: welcome. Terms: https://hartwelldiaz.co/sms-terms';
const pathCase = 'Hartwell & Diaz: welcome. Terms: https://hartwelldiaz.com/SMS-Terms';

runRuleTests(rule, {
  valid: [
    withTerms(`Hartwell & Diaz: Hi Maria, your portal is ready. Reply STOP to opt out. Terms: ${TERMS}`),
    withTerms('Hartwell & Diaz: terms at hartwelldiaz.com/sms-terms. Reply STOP to opt out.'),
    withTerms('Hartwell & Diaz: terms at https://www.HartwellDiaz.com/sms-terms/ Reply STOP to opt out.'),
    withTerms('Hartwell & Diaz: terms at http://hartwelldiaz.com/sms-terms, reply STOP to opt out.'),
    withTerms(`Hartwell & Diaz: see our terms (${TERMS}).`),
    withTerms(`Terms: ${TERMS}#texts`),
    withTerms(`Terms: ${TERMS}`, { termsUrl: 'www.hartwelldiaz.com/sms-terms/' }),
    withTerms('Terms: https://hartwelldiaz.com:443/sms-terms', { termsUrl: 'HTTPS://HartwellDiaz.com/sms-terms' }),
    withTerms('Terms: https://hartwelldiaz.com/sms?lang=es', { termsUrl: 'https://hartwelldiaz.com/sms?lang=es' }),
    { name: 'not a first message', text: 'Hartwell & Diaz: your hearing moved to 3/14.', settings: SETTINGS },
    { name: 'not a first message, no terms URL set', text: 'Hartwell & Diaz: your hearing moved to 3/14.' },
    { name: 'blank first message', text: ' ', settings: SETTINGS, firstMessage: true },
    // Spanish
    withTerms(
      `Hartwell & Diaz: Hola Maria, le escribimos sobre su caso. Responda STOP para cancelar. Términos: ${TERMS}`,
    ),
    withTerms(`Hartwell & Diaz: ¿Preguntas? Vea los términos (${TERMS}). Responda STOP para cancelar.`),
  ],
  invalid: [
    // In a Spanish message the link is added in Spanish.
    {
      ...withTerms('Hartwell & Diaz: Hola María, le escribimos sobre su caso. Responda STOP para cancelar.'),
      findings: [
        lastToken(
          'Hartwell & Diaz: Hola María, le escribimos sobre su caso. Responda STOP para cancelar.',
          'missingEs',
        ),
      ],
      output:
        'Hartwell & Diaz: Hola María, le escribimos sobre su caso. Responda STOP para cancelar. Términos: https://hartwelldiaz.com/sms-terms',
    },
    {
      text: ready,
      settings: SETTINGS,
      firstMessage: true,
      findings: [lastToken(ready, 'missing', { severity: 'error', fixLabels: ADD })],
      output: `${ready} Terms: ${TERMS}`,
    },
    {
      name: 'a full stop is added first',
      text: noFullStop,
      settings: SETTINGS,
      firstMessage: true,
      findings: [lastToken(noFullStop, 'missing')],
      output: `${noFullStop}. Terms: ${TERMS}`,
    },
    {
      name: 'after a link',
      text: endsWithLink,
      settings: SETTINGS,
      firstMessage: true,
      findings: [lastToken(endsWithLink, 'missing')],
      output: `${endsWithLink}. Terms: ${TERMS}`,
    },
    {
      name: 'after an exclamation mark',
      text: exclaims,
      settings: SETTINGS,
      firstMessage: true,
      findings: [lastToken(exclaims, 'missing')],
      output: `${exclaims} Terms: ${TERMS}`,
    },
    {
      name: 'another page of the firm',
      text: privacy,
      settings: SETTINGS,
      firstMessage: true,
      findings: [lastToken(privacy, 'missing')],
      output: `${privacy}. Terms: ${TERMS}`,
    },
    {
      name: 'a look-alike domain',
      text: otherDomain,
      settings: SETTINGS,
      firstMessage: true,
      findings: [lastToken(otherDomain, 'missing')],
      output: `${otherDomain}. Terms: ${TERMS}`,
    },
    {
      name: 'path case matters',
      text: pathCase,
      settings: SETTINGS,
      firstMessage: true,
      findings: [lastToken(pathCase, 'missing')],
      output: `${pathCase}. Terms: ${TERMS}`,
    },
    {
      name: 'terms URL not set',
      text: ready,
      firstMessage: true,
      findings: [lastToken(ready, 'noTermsUrl', { severity: 'error', fixLabels: [] })],
    },
    // A URL that link-safety.ts refuses is never offered as a fix (settings from policy or a file
    // are checked when read; this is the last line).
    ...[
      'javascript:alert(document.cookie)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'http://hartwelldiaz.com/sms-terms',
      'https://bit.ly/hd-terms',
      'https://user:secret@hartwelldiaz.com/sms-terms',
      'https://127.0.0.1/sms-terms',
      'hartwelldiaz.com/sms-terms',
    ].map((termsUrl) => ({
      name: `unsafe terms URL ${JSON.stringify(termsUrl)}: no fix`,
      text: ready,
      settings: { termsUrl },
      firstMessage: true,
      findings: [lastToken(ready, 'unsafeTermsUrl', { severity: 'error' as const, fixLabels: [] })],
    })),
    // Spanish
  ],
});

describe('terms-link', () => {
  it.each([
    ['https://www.HartwellDiaz.com/sms-terms/', 'hartwelldiaz.com/sms-terms'],
    ['http://hartwelldiaz.com/sms-terms.', 'hartwelldiaz.com/sms-terms'],
    ['hartwelldiaz.com', 'hartwelldiaz.com'],
    ['https://hartwelldiaz.com/', 'hartwelldiaz.com'],
    ['//hartwelldiaz.com:443/a/', 'hartwelldiaz.com/a'],
    ['https://hartwelldiaz.com/a?x=1#top', 'hartwelldiaz.com/a?x=1'],
    ['https://hartwelldiaz.com/Terms', 'hartwelldiaz.com/Terms'],
  ])('normalizes %s to %s', (input, expected) => {
    expect(normalizeTermsUrl(input)).toBe(expected);
  });

  it('names the configured URL in the message', () => {
    const [finding] = checkRule(rule, ready, SETTINGS, { firstMessage: true });
    expect(finding?.message).toContain(TERMS);
  });

  it('says why an unsafe terms URL is not offered, without quoting it', () => {
    const [finding] = checkRule(rule, ready, { termsUrl: 'javascript:alert(1)' }, { firstMessage: true });
    expect(finding?.message).toContain('must start with https://');
    expect(finding?.message).not.toContain('javascript');
    expect(finding?.fixes).toEqual([]);
  });
});
