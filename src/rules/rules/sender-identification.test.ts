import { describe, expect, it } from 'vitest';
import { checkRule } from '../engine';
import { type ExpectedFinding, runRuleTests } from '../testing/rule-tester';
import rule, { firmNameTokens } from './sender-identification';

const FIRM = { firmName: 'Hartwell & Diaz' };
const FIRM_LLP = { firmName: 'Hartwell & Diaz, LLP', firmNameAliases: ['HD Law', "O'Brien-Hartwell Legal"] };
const PREFIX = ['Start with "Hartwell & Diaz: "'];

/** The first whitespace-separated token, which missing-sender findings underline. */
function firstToken(text: string, messageId: string, extra: Partial<ExpectedFinding> = {}): ExpectedFinding {
  const start = text.search(/\S/);
  const end = start + (text.slice(start).match(/^\S+/)?.[0].length ?? 0);
  return { messageId, start, end, ...extra };
}

const portal = 'Hi Maria, your case portal is ready.';
const indented = '  Hi Maria, your case portal is ready.';
const partial = 'Hi Maria, Hartwell here. Your hearing moved to 3/14.';
const glued = 'HartwellDiaz: your hearing moved to 3/14.';

runRuleTests(rule, {
  valid: [
    { text: 'Hartwell & Diaz: Hi Maria, your case portal is ready.', settings: FIRM, firstMessage: true },
    { text: 'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9am.', settings: FIRM },
    { name: '"and" for "&"', text: 'Hartwell and Diaz: your hearing moved to 3/14.', settings: FIRM },
    { name: 'case-insensitive', text: 'HARTWELL & DIAZ: your hearing moved.', settings: FIRM, firstMessage: true },
    { name: 'no "&" at all', text: 'Hartwell Diaz reminder: your hearing moved.', settings: FIRM },
    { name: 'LLP in settings, not in text', text: 'Hartwell & Diaz: your hearing moved.', settings: FIRM_LLP },
    {
      name: 'LLP in text, not in settings',
      text: 'Hartwell & Diaz, L.L.P.: your hearing moved.',
      settings: FIRM,
      firstMessage: true,
    },
    {
      name: 'P.C. in settings',
      text: 'From Hartwell & Diaz: hearing moved.',
      settings: { firmName: 'Hartwell & Diaz, P.C.' },
    },
    { name: 'possessive', text: "Hi Maria, it's Hartwell & Diaz's office.", settings: FIRM },
    { name: 'an alias', text: 'HD Law: your signed retainer is in the portal.', settings: FIRM_LLP },
    {
      name: 'an alias with an apostrophe and a hyphen',
      text: 'O’Brien Hartwell Legal: your retainer is signed.',
      settings: FIRM_LLP,
    },
    { name: 'accents', text: 'Hartwell & Díaz: your hearing moved.', settings: FIRM },
    { name: 'accents in settings', text: 'Hartwell & Diaz: hearing moved.', settings: { firmName: 'Hartwell & Díaz' } },
    { name: 'blank first message', text: '', settings: FIRM, firstMessage: true },
    // Spanish
    { text: 'Le escribe Hartwell & Diaz: su audiencia es el lunes a las 9am.', settings: FIRM, firstMessage: true },
    { text: 'De parte de Hartwell & Diaz: su audiencia es el lunes a las 9am.', settings: FIRM, firstMessage: true },
    { text: 'Soy Ana, de Hartwell & Diaz. Su audiencia es el lunes a las 9am.', settings: FIRM, firstMessage: true },
    {
      name: '"y" for "&"',
      text: 'Hola Maria, le saluda Hartwell y Diaz. Su audiencia de custodia es el martes.',
      settings: FIRM,
    },
  ],
  invalid: [
    {
      text: portal,
      settings: FIRM,
      firstMessage: true,
      findings: [firstToken(portal, 'missing', { severity: 'error', fixLabels: PREFIX })],
      output: `Hartwell & Diaz: ${portal}`,
    },
    {
      name: 'not a first message: info',
      text: portal,
      settings: FIRM,
      findings: [firstToken(portal, 'missing', { severity: 'info' })],
      output: `Hartwell & Diaz: ${portal}`,
    },
    {
      name: 'leading spaces stay before the name',
      text: indented,
      settings: FIRM,
      firstMessage: true,
      findings: [firstToken(indented, 'missing')],
      output: `  Hartwell & Diaz: ${portal}`,
    },
    {
      name: 'half the name is not the name',
      text: partial,
      settings: FIRM,
      firstMessage: true,
      findings: [firstToken(partial, 'missing')],
      output: `Hartwell & Diaz: ${partial}`,
    },
    {
      name: 'whole words only',
      text: glued,
      settings: FIRM,
      findings: [firstToken(glued, 'missing')],
      output: `Hartwell & Diaz: ${glued}`,
    },
    {
      name: "a leading separator gives way to the name's colon",
      text: ", how's the move going? Your lease review is done.",
      settings: FIRM,
      firstMessage: true,
      findings: [{ messageId: 'missing', start: 0, end: 1 }],
      output: "Hartwell & Diaz: how's the move going? Your lease review is done.",
    },
    {
      name: 'a leading dash gives way too',
      text: '- your hearing moved to 3/14.',
      settings: FIRM,
      findings: [{ messageId: 'missing', start: 0, end: 1 }],
      output: 'Hartwell & Diaz: your hearing moved to 3/14.',
    },
    {
      name: 'a leading ellipsis stays',
      text: '...and the judge agreed.',
      settings: FIRM,
      findings: [{ messageId: 'missing', start: 0, end: 6 }],
      output: 'Hartwell & Diaz: ...and the judge agreed.',
    },
    {
      name: 'the name only inside a link',
      text: 'Your portal: https://hartwell-diaz.com/portal',
      settings: FIRM,
      firstMessage: true,
      findings: [{ messageId: 'missing', start: 0, end: 4 }],
      output: 'Hartwell & Diaz: Your portal: https://hartwell-diaz.com/portal',
    },
    {
      name: 'the fix writes the name as configured',
      text: portal,
      settings: FIRM_LLP,
      firstMessage: true,
      findings: [firstToken(portal, 'missing', { fixLabels: ['Start with "Hartwell & Diaz, LLP: "'] })],
      output: `Hartwell & Diaz, LLP: ${portal}`,
    },
    {
      name: 'only aliases set: the first alias is written',
      text: portal,
      settings: { firmNameAliases: ['HD Law'] },
      findings: [firstToken(portal, 'missing')],
      output: `HD Law: ${portal}`,
    },
    {
      name: 'firm name not set, first message: error',
      text: 'Hartwell & Diaz: your hearing moved.',
      firstMessage: true,
      findings: [{ messageId: 'noFirmName', start: 0, end: 8, severity: 'error', fixLabels: [] }],
    },
    {
      name: 'firm name not set, later message: info',
      text: 'Hi Maria, your hearing moved.',
      settings: { firmName: '   ' },
      findings: [{ messageId: 'noFirmName', start: 0, end: 2, severity: 'info' }],
    },
    // Spanish
    {
      name: 'a Spanish message without the sender gets the name first',
      text: 'Hola Maria, su audiencia de asilo es el lunes a las 9am.',
      settings: FIRM,
      firstMessage: true,
      findings: [
        firstToken('Hola Maria, su audiencia de asilo es el lunes a las 9am.', 'missing', {
          severity: 'error',
          fixLabels: PREFIX,
        }),
      ],
      output: 'Hartwell & Diaz: Hola Maria, su audiencia de asilo es el lunes a las 9am.',
    },
    {
      text: '¡Felicidades, Maria! El juez aprobó su residencia.',
      settings: FIRM,
      findings: [firstToken('¡Felicidades, Maria! El juez aprobó su residencia.', 'missing')],
      output: 'Hartwell & Diaz: ¡Felicidades, Maria! El juez aprobó su residencia.',
    },
    {
      name: 'half the name in Spanish is not the name',
      text: 'Hola Maria, le escribe Hartwell. Su audiencia es el lunes.',
      settings: FIRM,
      firstMessage: true,
      findings: [firstToken('Hola Maria, le escribe Hartwell. Su audiencia es el lunes.', 'missing')],
      output: 'Hartwell & Diaz: Hola Maria, le escribe Hartwell. Su audiencia es el lunes.',
    },
  ],
});

describe('firmNameTokens', () => {
  it.each([
    ['Hartwell & Diaz', ['hartwell', 'diaz']],
    ['Hartwell and Diaz, LLP', ['hartwell', 'diaz']],
    ['Hartwell & Diaz, P.C.', ['hartwell', 'diaz']],
    ['Hartwell & Diaz P.L.L.C.', ['hartwell', 'diaz']],
    ['Smith Law Group PLLC', ['smith', 'law', 'group']],
    ["O'Brien Law", ['obrien', 'law']],
    ['J.D. Smith', ['j', 'd', 'smith']],
    ['LLP', ['llp']],
  ])('%s -> %j', (name, tokens) => {
    expect(firmNameTokens(name)).toEqual(tokens);
  });

  it('names the firm in the message', () => {
    const [finding] = checkRule(rule, portal, FIRM, { firstMessage: true });
    expect(finding?.message).toContain('Hartwell & Diaz: ');
  });
});
