import { describe, expect, it } from 'vitest';
import { checkRule } from '../engine';
import { parseMessage } from '../message';
import { type ExpectedFinding, runRuleTests } from '../testing/rule-tester';
import { workGrowth } from '../testing/work-counter';
import rule, { hasStandardOptOut } from './opt-out-instructions';

const ADD = ['Add "Reply STOP to opt out."'];
const REPLACE = ['Replace with "Reply STOP to opt out"'];

function at(text: string, needle: string, messageId: string, extra: Partial<ExpectedFinding> = {}): ExpectedFinding {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in "${text}"`);
  return { messageId, start, end: start + needle.length, ...extra };
}

const first = (text: string) => ({ text, firstMessage: true });

const portal = 'Hartwell & Diaz: Hi Maria, your case portal is ready.';
const twoSentences = 'Hartwell & Diaz: Hi Maria, your case portal is ready. Log in with your email!';
const noFullStop = 'Hartwell & Diaz: Hi Maria, your case portal is ready';
const endsWithLink = 'Hartwell & Diaz: your portal is ready at https://hartwelldiaz.com/portal';
const endsWithEmoji = 'Hartwell & Diaz: welcome aboard 👋';
const trailingNewline = 'Hartwell & Diaz: your portal is ready.\n';
const signedOff = 'Hi Maria, your case portal is ready.\nThanks,\nHartwell & Diaz';
const quoted = 'Hartwell & Diaz: we received your note "see you soon."';
const textTwo = 'Hartwell & Diaz: your hearing moved to 3/14. Text 2 to stop these reminders.';
const replyN = 'Hartwell & Diaz: hearing moved to 3/14. Reply N to opt out.';
const replyNo = 'Hartwell & Diaz: reminder for 3/14. reply NO to stop receiving these texts';
const toUnsubscribe = 'Hartwell & Diaz: reminder for 3/14. To unsubscribe text X';
const toOptOutComma = 'Hartwell & Diaz: reminder for 3/14. To opt out, just reply NO.';
const replyRemove = 'Hartwell & Diaz: new documents posted. Reply REMOVE to unsubscribe.';
const respondWith = 'Hartwell & Diaz: new documents posted. Respond with 0 to opt-out.';
const nonStandardFirst = 'Hartwell & Diaz: Hi Maria, your portal is ready. Text 2 to opt out.';
const callToStop = 'Hartwell & Diaz: new documents posted. To stop these texts, call 1-800-555-0100.';
const callUsOn = 'Hartwell & Diaz: new documents posted. To opt out call us on 0800 542 0825.';
const both = 'Hartwell & Diaz: your portal is ready. Reply STOP to opt out or text 2 to stop.';
const lowerStop = 'Hartwell & Diaz: your hearing moved to 3/14. reply stop to opt out.';
const mixedCase = 'Hartwell & Diaz: your portal is ready. Text Stop to unsubscribe.';

runRuleTests(rule, {
  valid: [
    // Spanish: STOP inside a Spanish sentence is standard wording.
    {
      text: 'Hartwell & Diaz: Hola Maria, le escribimos sobre su caso. Responda STOP para cancelar. Términos: https://hartwelldiaz.com/sms-terms',
      firstMessage: true,
    },
    { text: 'Hartwell & Diaz: Envíe STOP para darse de baja.', firstMessage: true },
    // HELP's reply ends its sentence; the opt-out that follows is its own ("Para darse de baja responda STOP").
    {
      text: 'Hartwell & Diaz: avisos de su caso. Para ayuda responda AYUDA. Para darse de baja responda STOP.',
      firstMessage: true,
    },
    first('Hartwell & Diaz: case updates. For help reply HELP. To opt out reply STOP.'),
    // The opt-out keyword offered after the help keyword, to the same verb, each with its purpose.
    first('Hartwell & Diaz: case updates. Reply HELP if you need us or STOP if you no longer want these texts.'),
    {
      text: 'Hartwell & Diaz: avisos de su caso. Escriba AYUDA si tiene preguntas o STOP si ya no desea recibirlos.',
      firstMessage: true,
    },
    {
      text: 'Hartwell & Diaz: avisos de su caso. Responda AYUDA para ayuda o información o STOP si no quiere más mensajes.',
      firstMessage: true,
    },
    // The texts named by a pronoun written onto the infinitive ("dejar de recibirlos"), after a
    // help keyword and a semicolon, with or without a verb before the keyword.
    first('Hartwell & Diaz: avisos de su caso. AYUDA para información; STOP para dejar de recibirlos.'),
    first('Hartwell & Diaz: citas de su caso. Responda STOP para dejar de recibirlas.'),
    first('Hartwell & Diaz: avisos de su caso. Envíe STOP para no recibirlos más.'),
    first('Hartwell & Diaz: Hi Maria, your case portal is ready. Reply STOP to opt out.'),
    first('Hartwell & Diaz: your portal is ready. Text STOP to unsubscribe.'),
    first('Hartwell & Diaz: your portal is ready. Reply STOP to end.'),
    first('Hartwell & Diaz: your portal is ready. Txt STOP to cancel'),
    first('Hartwell & Diaz: your portal is ready. Reply STOP to stop.'),
    first('Hartwell & Diaz: your portal is ready. Reply "STOP" to opt out.'),
    first("Hartwell & Diaz: your portal is ready. Reply 'STOP' to opt out."),
    first('Hartwell & Diaz: your portal is ready. Reply with STOP to opt out.'),
    first('Hartwell & Diaz: your portal is ready. Reply QUIT to stop receiving texts.'),
    first('Hartwell & Diaz: your portal is ready. Reply UNSUBSCRIBE to stop.'),
    first('Hartwell & Diaz: your portal is ready. Reply STOPALL to opt out of all texts.'),
    first('Hartwell & Diaz: docs ready. Msg&data rates may apply. Reply HELP for help, STOP to cancel.'),
    first('Hartwell & Diaz: your portal is ready. STOP to opt out.'),
    first('Hartwell & Diaz: your portal is ready. To opt out, reply STOP.'),
    // "Cancel" or "stop" alone may mean an appointment or a case step, not the texts.
    'Hartwell & Diaz: consultation Tuesday at 2pm. To cancel, call us at 512-555-0147.',
    'Hartwell & Diaz: to stop the garnishment, call us at 512-555-0147 today.',
    first('Hartwell & Diaz: your portal is ready. Reply STOP'),
    first('Hartwell & Diaz: your portal is ready.\nReply STOP to opt out\nhttps://hartwelldiaz.com/sms-terms'),
    'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9am.',
    { name: 'not a first message: no wording needed', text: 'Hartwell & Diaz: your portal is ready.' },
    { name: 'an invitation to visit is not an opt-out', text: 'Text us to stop by the office on Friday.' },
    { name: 'confirm, not opt out', text: 'Hartwell & Diaz: Reply Y to confirm your 3/14 appointment.' },
    { name: 'numbered menu without opt-out', text: 'Reply 1 to confirm, 2 to reschedule.' },
    { name: 'stop as an ordinary word', text: 'Please stop by to sign; the end of the month is the deadline.' },
    // A standard keyword offered beside ALTO/BAJA is an instruction carriers honour.
    first('Hartwell & Diaz: le escribimos sobre su caso. Responda ALTO o STOP para cancelar.'),
    first('Hartwell & Diaz: le escribimos sobre su caso. Responda ALTO, BAJA o STOP para cancelar.'),
    first('Hartwell & Diaz: le escribimos sobre su caso. Responda ALTO/STOP para cancelar.'),
    // The keyword leading its purpose, as in the CTIA sample wording: "STOP para cancelar".
    first('Hartwell & Diaz: su audiencia es el lunes. Responda AYUDA para ayuda, STOP para cancelar.'),
    { name: 'blank first message', text: '', firstMessage: true },
    { name: 'whitespace-only first message', text: '  \n ', firstMessage: true },
  ],
  invalid: [
    // Within one sentence a made-up reply before "para darse de baja" is still non-standard.
    {
      text: 'Hartwell & Diaz: audiencia cambiada. Para ayuda responda AYUDA. Responda 2 para darse de baja.',
      findings: [
        at(
          'Hartwell & Diaz: audiencia cambiada. Para ayuda responda AYUDA. Responda 2 para darse de baja.',
          'Responda 2 para darse de baja',
          'nonStandardEs',
          { severity: 'warning' },
        ),
      ],
    },
    // A made-up reply stays non-standard with the pronoun written onto "recibir".
    {
      text: 'Hartwell & Diaz: audiencia cambiada. Responda 2 para dejar de recibirlos.',
      findings: [
        at(
          'Hartwell & Diaz: audiencia cambiada. Responda 2 para dejar de recibirlos.',
          'Responda 2 para dejar de recibirlos',
          'nonStandardEs',
          { severity: 'warning' },
        ),
      ],
    },
    // A help keyword alone, its sentence over before STOP: no opt-out offered.
    {
      text: 'Hartwell & Diaz: su caso avanza. Escriba AYUDA si tiene preguntas. STOP es la tienda.',
      firstMessage: true,
      findings: [{ messageId: 'missingEs', start: 67, end: 85 }],
      output:
        'Hartwell & Diaz: su caso avanza. Escriba AYUDA si tiene preguntas. STOP es la tienda. Responda STOP para cancelar.',
    },
    {
      name: 'a Spanish keyword offered after AYUDA: a warning, STOP in its place',
      text: 'Hartwell & Diaz: su caso avanza. Escriba AYUDA si tiene preguntas o ALTO si no desea mensajes.',
      findings: [{ messageId: 'spanishKeyword', start: 68, end: 72, severity: 'warning' }],
      output: 'Hartwell & Diaz: su caso avanza. Escriba AYUDA si tiene preguntas o STOP si no desea mensajes.',
    },
    // A Spanish first message without opt-out wording gets the Spanish wording.
    {
      text: 'Hartwell & Diaz: Hola Maria, le escribimos sobre su caso.',
      firstMessage: true,
      findings: [{ messageId: 'missingEs', start: 0, end: 57 }],
      output: 'Hartwell & Diaz: Hola Maria, le escribimos sobre su caso. Responda STOP para cancelar.',
    },
    // ALTO, PARA, CANCELAR, BAJA opt out only where set up: a warning, and STOP in their place.
    {
      text: 'Hartwell & Diaz: Hola Maria, le escribimos sobre su caso. Responda ALTO para cancelar.',
      firstMessage: true,
      findings: [{ messageId: 'spanishKeyword', start: 67, end: 71, severity: 'warning' }],
      output: 'Hartwell & Diaz: Hola Maria, le escribimos sobre su caso. Responda STOP para cancelar.',
    },
    {
      name: 'two non-standard keywords offered together: one finding, one STOP',
      text: 'Hartwell & Diaz: le escribimos sobre su caso. Responda ALTO o BAJA para cancelar.',
      findings: [{ messageId: 'spanishKeyword', start: 55, end: 66, severity: 'warning' }],
      output: 'Hartwell & Diaz: le escribimos sobre su caso. Responda STOP para cancelar.',
    },
    {
      name: 'a leading Spanish keyword with its purpose',
      text: 'Hartwell & Diaz: su audiencia es el lunes. AYUDA para ayuda, ALTO para cancelar.',
      findings: [{ messageId: 'spanishKeyword', start: 61, end: 65, severity: 'warning' }],
      output: 'Hartwell & Diaz: su audiencia es el lunes. AYUDA para ayuda, STOP para cancelar.',
    },
    {
      name: 'a lower-case stop is not a keyword on offer',
      text: 'Hartwell & Diaz: le escribimos sobre su caso. Responda ALTO o stop para cancelar.',
      findings: [{ messageId: 'spanishKeyword', start: 55, end: 59, severity: 'warning' }],
      output: 'Hartwell & Diaz: le escribimos sobre su caso. Responda STOP o stop para cancelar.',
    },
    {
      text: portal,
      firstMessage: true,
      findings: [at(portal, portal, 'missing', { severity: 'error', fixLabels: ADD })],
      output: 'Hartwell & Diaz: Hi Maria, your case portal is ready. Reply STOP to opt out.',
    },
    {
      name: 'the last sentence is underlined',
      text: twoSentences,
      firstMessage: true,
      findings: [at(twoSentences, 'Log in with your email!', 'missing')],
      output: `${twoSentences} Reply STOP to opt out.`,
    },
    {
      name: 'a full stop is added first',
      text: noFullStop,
      firstMessage: true,
      findings: [at(noFullStop, noFullStop, 'missing')],
      output: `${noFullStop}. Reply STOP to opt out.`,
    },
    {
      name: 'after a link',
      text: endsWithLink,
      firstMessage: true,
      findings: [at(endsWithLink, endsWithLink, 'missing')],
      output: `${endsWithLink}. Reply STOP to opt out.`,
    },
    {
      name: 'after an emoji, no full stop',
      text: endsWithEmoji,
      firstMessage: true,
      findings: [at(endsWithEmoji, endsWithEmoji, 'missing')],
      output: `${endsWithEmoji} Reply STOP to opt out.`,
    },
    {
      name: 'trailing whitespace stays at the end',
      text: trailingNewline,
      firstMessage: true,
      findings: [at(trailingNewline, 'Hartwell & Diaz: your portal is ready.', 'missing')],
      output: 'Hartwell & Diaz: your portal is ready. Reply STOP to opt out.\n',
    },
    {
      name: 'a line break ends the last sentence',
      text: signedOff,
      firstMessage: true,
      findings: [{ messageId: 'missing', start: signedOff.length - 'Hartwell & Diaz'.length, end: signedOff.length }],
      output: `${signedOff}. Reply STOP to opt out.`,
    },
    {
      name: 'a full stop inside closing quotes is terminal',
      text: quoted,
      firstMessage: true,
      findings: [at(quoted, quoted, 'missing')],
      output: `${quoted} Reply STOP to opt out.`,
    },
    {
      name: 'text 2 to stop',
      text: textTwo,
      findings: [
        at(textTwo, 'Text 2 to stop these reminders', 'nonStandard', { severity: 'warning', fixLabels: REPLACE }),
      ],
      suggestionOutputs: ['Hartwell & Diaz: your hearing moved to 3/14. Reply STOP to opt out.'],
    },
    {
      name: 'reply N to opt out',
      text: replyN,
      findings: [at(replyN, 'Reply N to opt out', 'nonStandard')],
      suggestionOutputs: ['Hartwell & Diaz: hearing moved to 3/14. Reply STOP to opt out.'],
    },
    {
      name: 'reply NO to stop receiving these texts (lower case kept)',
      text: replyNo,
      findings: [at(replyNo, 'reply NO to stop receiving these texts', 'nonStandard')],
      suggestionOutputs: ['Hartwell & Diaz: reminder for 3/14. reply STOP to opt out'],
    },
    {
      name: 'to unsubscribe text X',
      text: toUnsubscribe,
      findings: [at(toUnsubscribe, 'To unsubscribe text X', 'nonStandard')],
      suggestionOutputs: ['Hartwell & Diaz: reminder for 3/14. Reply STOP to opt out'],
    },
    {
      name: 'to opt out, just reply NO',
      text: toOptOutComma,
      findings: [at(toOptOutComma, 'To opt out, just reply NO', 'nonStandard')],
      suggestionOutputs: ['Hartwell & Diaz: reminder for 3/14. Reply STOP to opt out.'],
    },
    { text: replyRemove, findings: [at(replyRemove, 'Reply REMOVE to unsubscribe', 'nonStandard')] },
    // Opting out by phone call: no keyword at all, whatever the number's format.
    {
      text: callToStop,
      findings: [at(callToStop, 'To stop these texts, call 1-800-555-0100', 'nonStandard')],
      suggestionOutputs: ['Hartwell & Diaz: new documents posted. Reply STOP to opt out.'],
    },
    { text: callUsOn, findings: [at(callUsOn, 'To opt out call us on 0800 542 0825', 'nonStandard')] },
    { text: respondWith, findings: [at(respondWith, 'Respond with 0 to opt-out', 'nonStandard')] },
    {
      name: 'a first message whose only opt-out is non-standard: an error, no STOP appended',
      text: nonStandardFirst,
      firstMessage: true,
      findings: [at(nonStandardFirst, 'Text 2 to opt out', 'nonStandard', { severity: 'error' })],
    },
    {
      name: 'a stray non-standard instruction beside STOP wording is a warning',
      text: both,
      firstMessage: true,
      findings: [at(both, 'text 2 to stop', 'nonStandard', { severity: 'warning' })],
    },
    {
      name: 'a lower-case keyword is accepted but should be capitalised',
      text: lowerStop,
      firstMessage: true,
      findings: [at(lowerStop, 'stop', 'lowerCaseKeyword', { severity: 'info', fixLabels: ['Write STOP'] })],
      output: 'Hartwell & Diaz: your hearing moved to 3/14. reply STOP to opt out.',
    },
    {
      text: mixedCase,
      findings: [at(mixedCase, 'Stop', 'lowerCaseKeyword')],
      output: 'Hartwell & Diaz: your portal is ready. Text STOP to unsubscribe.',
    },
  ],
});

describe('opt-out-instructions', () => {
  it('recognises standard wording for other rules', () => {
    expect(hasStandardOptOut(parseMessage('Reply STOP to opt out.'))).toBe(true);
    expect(hasStandardOptOut(parseMessage('Text 2 to opt out.'))).toBe(false);
  });

  it('applying the fix makes the finding go away', () => {
    const [finding] = checkRule(rule, portal, {}, { firstMessage: true });
    const edit = finding?.fixes[0]?.edits[0];
    expect(edit).toBeDefined();
    const fixed = portal.slice(0, edit?.start) + edit?.text + portal.slice(edit?.end);
    expect(checkRule(rule, fixed, {}, { firstMessage: true })).toEqual([]);
  });

  it('stays linear on a long message without punctuation', () => {
    // Work counted, not timed: ten times the text must cost about ten times the searching (quadratic is 100x).
    for (const unit of ['reply to opt ', 'text 2 to opt out ', 'To opt out, reply NO ', 'STOP to ', 'reply with ']) {
      const growth = workGrowth(
        (size) => unit.repeat(Math.ceil(size / unit.length)),
        (text) => checkRule(rule, text, {}, { firstMessage: true }),
      );
      expect(growth, unit).toBeLessThan(15);
    }
  });
});

describe('the opt-out keyword offered by the help keyword\'s verb ("Reply HELP ... or STOP ...")', () => {
  it.each([
    'Hartwell & Diaz: Reply HELP for help or STOP if you no longer want these texts.',
    'Hartwell & Diaz: Text HELP for a person and STOP when you want the texts to end.',
    'Hartwell & Diaz: Responda AYUDA si tiene dudas o STOP si ya no quiere mensajes.',
    'Hartwell & Diaz: Escriba AYUDA para hablar con alguien y STOP para no recibir más textos.',
    // The verb as a gerund or infinitive, or the keyword after "with"/"con" (t11b's own wording).
    'Hartwell & Diaz: Reply HELP for help. You can leave the list any time by replying STOP.',
    'Hartwell & Diaz: Reply HELP for help. Texting STOP ends these reminders.',
    'Hartwell & Diaz: Reply HELP for help. Sending STOP removes you from the list.',
    'Hartwell & Diaz: Responda AYUDA para ayuda. Puede cancelar cuando quiera respondiendo STOP.',
    'Hartwell & Diaz: Responda AYUDA para ayuda. Si ya no quiere mensajes, puede enviar STOP.',
    'Hartwell & Diaz: Responda AYUDA para ayuda. Con STOP se da de baja.',
    'Hartwell & Diaz: Reply HELP for help. With STOP you leave the list.',
  ])('no finding in a first message: %s', (text) => {
    expect(checkRule(rule, text, {}, { firstMessage: true })).toEqual([]);
  });

  it('still asks for STOP wording when the STOP is no reply', () => {
    const cases = [
      // A verb "stop by", a sentence apart, or no conjunction joining the keywords.
      'Hartwell & Diaz: Reply HELP for help. Or call us and STOP by the office.',
      'Hartwell & Diaz: Responda AYUDA para ayuda. Y no olvide la cita.',
      'Hartwell & Diaz: Reply HELP for help; stop by the office or call.',
      // A preposition before a lower-case stop, or before a made-up reply, offers no keyword.
      'Hartwell & Diaz: Reply HELP for help. We are done with stop-and-go scheduling.',
      'Hartwell & Diaz: Responda AYUDA para ayuda. Con 2 se da de baja.',
      'Hartwell & Diaz: Reply HELP for help. You can leave the list by texting 2.',
    ];
    for (const text of cases)
      expect(
        checkRule(rule, text, {}, { firstMessage: true }).map((finding) => finding.messageId),
        text,
      ).toEqual([text.includes('Responda') ? 'missingEs' : 'missing']);
  });
});

describe('the keyword in capitals as the subject of a verb that ends the texts ("STOP cancels all texts")', () => {
  it.each([
    'Hartwell & Diaz: your case updates will come here. STOP cancels all texts.',
    'Hartwell & Diaz: hearing reminders start today. STOP ends these reminders.',
    'Hartwell & Diaz: le escribiremos sobre su caso. STOP cancela los mensajes.',
    'Hartwell & Diaz: le avisaremos de cada audiencia. STOP detiene los avisos.',
  ])('no finding in a first message: %s', (text) => {
    expect(checkRule(rule, text, {}, { firstMessage: true })).toEqual([]);
  });

  it('still asks for STOP wording when the stop is a word of the sentence, not a keyword', () => {
    const cases = [
      'Hartwell & Diaz: the bus stop cancels service on Sundays.',
      'Hartwell & Diaz: Stop ends the list of items you must bring.',
      'Hartwell & Diaz: la parada STOP del centro cierra los domingos.',
    ];
    for (const text of cases)
      expect(
        checkRule(rule, text, {}, { firstMessage: true }).map((finding) => finding.messageId),
        text,
      ).toEqual([text.includes('parada') ? 'missingEs' : 'missing']);
  });
});

describe('the keyword named as a word ("text the word STOP", "envíe la palabra STOP")', () => {
  it.each([
    'Hartwell & Diaz: Para no recibir más, envíe la palabra STOP.',
    'Hartwell & Diaz: Si ya no quiere mensajes, responda con la palabra STOP.',
    'Hartwell & Diaz: Para cancelar, mande la palabra clave STOP.',
    'Hartwell & Diaz: To stop these texts, text the word STOP.',
    'Hartwell & Diaz: Reply with the keyword STOP to opt out.',
  ])('no finding in a first message: %s', (text) => {
    expect(checkRule(rule, text, {}, { firstMessage: true })).toEqual([]);
  });

  it('still asks for STOP wording when the word named is no keyword, or names nothing', () => {
    expect(
      checkRule(rule, 'Hartwell & Diaz: To stop these texts, text the word NO.', {}, { firstMessage: true }).map(
        (finding) => finding.messageId,
      ),
    ).toEqual(['nonStandard']);
    const cases = [
      'Hartwell & Diaz: Envíe la palabra que le dimos en la cita.',
      'Hartwell & Diaz: Text the word of the day to your case manager.',
    ];
    for (const text of cases)
      expect(
        checkRule(rule, text, {}, { firstMessage: true }).map((finding) => finding.messageId),
        text,
      ).toEqual([text.includes('Envíe') ? 'missingEs' : 'missing']);
  });
});
