import { describe, expect, it } from 'vitest';
import { checkRule } from '../engine';
import { runRuleTests } from '../testing/rule-tester';
import rule from './first-message-disclosures';

const ALL_EN = 'Msg frequency varies. Msg & data rates may apply. Reply HELP for help.';

/** The last sentence's range, which every finding of this rule underlines. */
function lastSentence(text: string): { start: number; end: number } {
  const end = text.trimEnd().length;
  const start = text.slice(0, end - 1).search(/[^.!?]*[.!?]?$/);
  return { start: text.indexOf(text.slice(start).trimStart(), start), end };
}

function missing(text: string, ...messageIds: string[]) {
  return { text, firstMessage: true, findings: messageIds.map((messageId) => ({ messageId, ...lastSentence(text) })) };
}

const bare = 'Hartwell & Diaz: Hi Maria, we will text you about your case. Reply STOP to opt out.';
const spanish = 'Hartwell & Diaz: Hola Maria, le escribiremos sobre su caso. Responda STOP para cancelar.';

runRuleTests(rule, {
  valid: [
    { text: `Hartwell & Diaz: Hi Maria. ${ALL_EN} Reply STOP to opt out.`, firstMessage: true },
    {
      text: 'Hartwell & Diaz: Hi. Msg freq varies. Msg&data rates may apply. Text HELP for info, STOP to end.',
      firstMessage: true,
    },
    {
      text: 'Hartwell & Diaz: up to 4 msgs/mo. Message and data rates may apply. HELP for help, STOP to cancel.',
      firstMessage: true,
    },
    {
      text: 'Hartwell & Diaz: Hola. Frecuencia de mensajes variable. Pueden aplicarse tarifas de mensajes y datos. Responda AYUDA para ayuda, STOP para cancelar.',
      firstMessage: true,
    },
    // Frequency as the case's pace, in either language.
    {
      text: 'Hartwell & Diaz: Hola. Mensajes según la actividad del caso; pueden aplicarse tarifas de mensajes y datos. Para ayuda responda AYUDA. Para darse de baja responda STOP.',
      firstMessage: true,
    },
    {
      text: 'Hartwell & Diaz: Hi. Messages vary based on case activity. Msg&data rates may apply. Reply HELP for help, STOP to opt out.',
      firstMessage: true,
    },
    // A count per period and the charge in other words, in either language.
    {
      text: 'Hartwell & Diaz: hasta 4 mensajes por semana sobre su caso. Su operador puede cobrarle cargos por mensajes y datos. Responda AYUDA para ayuda, STOP para cancelar.',
      firstMessage: true,
    },
    {
      text: 'Hartwell & Diaz: 2 texts per month about your claim. Your carrier may charge for messages and data. Reply HELP for help, STOP to opt out.',
      firstMessage: true,
    },
    // Not a first message: nothing to disclose.
    bare,
  ],
  invalid: [
    {
      ...missing(bare, 'missingFrequency', 'missingRates', 'missingHelp'),
      output: `${bare} ${ALL_EN}`,
    },
    {
      ...missing(`${bare} Msg & data rates may apply.`, 'missingFrequency', 'missingHelp'),
      output: `${bare} Msg & data rates may apply. Msg frequency varies. Reply HELP for help.`,
    },
    // A charge that is no message-and-data rate, a count that is no frequency.
    {
      ...missing(
        'Hartwell & Diaz: we never charge for the first call and we have 3 offices per county. Reply HELP for help, STOP to opt out.',
        'missingFrequency',
        'missingRates',
      ),
      output:
        'Hartwell & Diaz: we never charge for the first call and we have 3 offices per county. Reply HELP for help, STOP to opt out. Msg frequency varies. Msg & data rates may apply.',
    },
    // In Spanish, in Spanish.
    {
      ...missing(spanish, 'missingFrequencyEs', 'missingRatesEs', 'missingHelpEs'),
      output: `${spanish} Frecuencia de mensajes variable. Pueden aplicarse tarifas de mensajes y datos. Responda AYUDA para ayuda.`,
    },
  ],
});

describe('first-message-disclosures wording', () => {
  it('uses the abbreviations carriers accept when the full wording would cost a segment', () => {
    // 238 GSM-7 characters: two segments hold 306; the full wording (72 more) needs a third, the short one (63) does not.
    const text = `Hartwell & Diaz: ${'x'.repeat(198)} Reply STOP to opt out.`;
    const fixes = checkRule(rule, text, {}, { firstMessage: true }).map((finding) =>
      finding.fixes[0]?.edits[0]?.text.trim(),
    );
    expect(fixes).toEqual(['Msg freq varies.', 'Msg&data rates may apply.', 'Reply HELP for help.']);
  });
});

describe('disclosures in other words than the samples', () => {
  const stop = 'Reply STOP to opt out.';
  it.each([
    // A bound or a rate in words is a frequency (t13b's own wording).
    `Hartwell & Diaz: we will text you about your case. Texts come about twice a month. Msg & data rates may apply. Reply HELP for help. ${stop}`,
    `Hartwell & Diaz: we will text you about your case. Up to 6 a month. Msg & data rates may apply. Reply HELP for help. ${stop}`,
    `Hartwell & Diaz: we will text you about your case. Number of messages varies. Msg & data rates may apply. Reply HELP for help. ${stop}`,
    // Fees named in the other order, help put as what the keyword brings.
    `Hartwell & Diaz: we will text you about your case. Msg frequency varies. Data and text fees may apply. Text HELP for assistance. ${stop}`,
    `Hartwell & Diaz: we will text you about your case. Msg frequency varies. Message and data charges may apply. HELP gets you support. ${stop}`,
    'Hartwell & Diaz: le escribiremos sobre su caso, casi nunca más de 4 al mes. Pueden aplicarse tarifas de mensajes y datos. AYUDA para información. Responda STOP para cancelar.',
    'Hartwell & Diaz: le escribiremos sobre su caso. Cantidad de mensajes: variable, hasta 3 por semana. Tarifas de datos y mensajes pueden aplicar. Con AYUDA recibe asistencia. Responda STOP para cancelar.',
    'Hartwell & Diaz: le escribiremos sobre su caso dos veces al mes. Pueden aplicarse tarifas de mensajes y datos. Responda AYUDA para ayuda. Responda STOP para cancelar.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text, {}, { firstMessage: true })).toEqual([]);
  });

  it.each([
    // A price per month is no frequency; "help" as an ordinary verb brings no keyword.
    [
      `Hartwell & Diaz: the plan costs $4 a month. Msg & data rates may apply. Reply HELP for help. ${stop}`,
      ['missingFrequency'],
    ],
    [
      `Hartwell & Diaz: we help you with your case. Msg frequency varies. Msg & data rates may apply. ${stop}`,
      ['missingHelp'],
    ],
    [
      `Hartwell & Diaz: your data and text history is ready. Msg frequency varies. Reply HELP for help. ${stop}`,
      ['missingRates'],
    ],
  ])('still missing: %s', (text, ids) => {
    expect(checkRule(rule, text, {}, { firstMessage: true }).map((finding) => finding.messageId)).toEqual(ids);
  });
});
