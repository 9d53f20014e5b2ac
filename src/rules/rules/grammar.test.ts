import { describe, expect, it } from 'vitest';
import { checkRule } from '../engine';
import { type ExpectedFinding, runRuleTests } from '../testing/rule-tester';
import rule from './grammar';

/** The range of the nth (0-based) occurrence of `part` in `text`, as an expected finding. */
function at(text: string, part: string, messageId: string, occurrence = 0, fixLabels?: string[]): ExpectedFinding {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = text.indexOf(part, start + 1);
  if (start < 0) throw new Error(`"${part}" is not in "${text}"`);
  return { messageId, start, end: start + part.length, ...(fixLabels ? { fixLabels } : {}) };
}

function one(text: string, part: string, messageId: string, output?: string, fixLabels?: string[]) {
  return { text, findings: [at(text, part, messageId, 0, fixLabels)], ...(output !== undefined ? { output } : {}) };
}

runRuleTests(rule, {
  valid: [
    // A keyword in capitals beside the same word is no repetition; Spanish "a un" is no article error.
    'Responda PARA para cancelar.',
    'Llegamos a un acuerdo de $42,500 con la aseguradora.',
    'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9:30am. Reply STOP to opt out.',
    // a/an exceptions: silent h, "you" and "w" sounds, acronyms said letter by letter or as words.
    'It will take an hour; it was an honest mistake and an honor to help.',
    'Meet us at a university office; it is a one-time fee, a unique case and a useful form.',
    'Bring a US passport, an SSN card and an FBI report; an LLC, an MRI and a DUI are fine too.',
    'We need a HIPAA form, a NASA badge and an IRS letter.',
    'An uninsured driver hit you; an X-ray and an 8-page report are attached.',
    'Either a historic or an historic building is fine, and so is a European court.',
    // "A" and "a" that are labels, not articles.
    'Exhibit A is attached. Plan A is fine. See item a and option a or b.',
    // Legitimate doubled words.
    'The judge had had enough. He said that that was final. Bye bye!',
    // Punctuation that needs no space: numbers, times, links, e-mails, abbreviations.
    'Your 9:30 a.m. call is set, e.g. about the $3.14 fee and the 1,250 pages (see https://hd.law/a.b?x=1,2).',
    'Write to intake@hartwelldiaz.com or visit www.hartwelldiaz.com/forms,today.',
    'Ms. Diaz and Dr. Patel will be at the U.S. courthouse at 3 p.m. on Monday.',
    'Call us at 555-0134 etc. and we will help.',
    // Smileys, list markers, measurements.
    'Thanks :) We got it ;) Steps: 1) sign 2) upload. He is 5\'10" tall.',
    // Balanced quotes and parentheses.
    'The court said "granted" (see the order) and the clerk wrote “filed”.',
    // An ellipsis is not a sentence end.
    'We are waiting... the clerk will call.',
    // Spanish
    'Hartwell & Diaz: ¿Puede venir el lunes a las 9am? ¡Gracias, Maria!',
    'Hartwell & Diaz: Su audiencia de TPS es en EE. UU. el lunes; la Sra. García y la Lcda. Ruiz la acompañan.',
    'Hartwell & Diaz: Traiga la carta con su número A a la cita.',
    'Hartwell & Diaz: El arrendador respondió a la demanda. Hablemos mañana, ¿le parece?',
  ],
  invalid: [
    one(
      'Please bring the the signed lease on Friday.',
      'the the',
      'repeatedWord',
      'Please bring the signed lease on Friday.',
      ['Delete the repeated "the"'],
    ),
    one('Your hearing is is on Monday.', 'is is', 'repeatedWord', 'Your hearing is on Monday.'),
    one('The The court moved the date.', 'The The', 'repeatedWord', 'The court moved the date.'),
    one('Please sign\nsign the retainer.', 'sign\nsign', 'repeatedWord', 'Please sign the retainer.'),
    one('We set an meeting for Friday.', 'an meeting', 'useA', 'We set a meeting for Friday.', ['Change "an" to "a"']),
    one('It takes a hour to get there.', 'a hour', 'useAn', 'It takes an hour to get there.'),
    one('This is a important update.', 'a important', 'useAn', 'This is an important update.'),
    one('He is a uninsured driver.', 'a uninsured', 'useAn', 'He is an uninsured driver.'),
    one('It is an unique case.', 'an unique', 'useA', 'It is a unique case.'),
    one('It is an one-time fee.', 'an one-time', 'useA', 'It is a one-time fee.'),
    one('A appointment is set.', 'A appointment', 'useAn', 'An appointment is set.', ['Change "A" to "An"']),
    one('Thanks. An hearing is set.', 'An hearing', 'useA', 'Thanks. A hearing is set.'),
    // Acronyms: a suggestion, not a safe fix ("a HIPAA form" is said as a word).
    {
      text: 'Please bring a FBI report.',
      findings: [at('Please bring a FBI report.', 'a FBI', 'useAn', 0, ['Change "a" to "an"'])],
      suggestionOutputs: ['Please bring an FBI report.'],
    },
    {
      text: 'We need an US passport.',
      findings: [at('We need an US passport.', 'an US', 'useA')],
      suggestionOutputs: ['We need a US passport.'],
    },
    one('Your hearing moved. please call us.', 'please', 'lowercaseStart', 'Your hearing moved. Please call us.', [
      'Capitalize "please"',
    ]),
    one('hi Maria, your papers are ready.', 'hi', 'lowercaseStart', 'Hi Maria, your papers are ready.'),
    one('Questions? call us at 555-0134.', 'call', 'lowercaseStart', 'Questions? Call us at 555-0134.'),
    one('It is done! "we won," she said.', 'we', 'lowercaseStart', 'It is done! "We won," she said.'),
    one(
      'Your hearing moved to Monday.Please call us.',
      '.',
      'missingSpace',
      'Your hearing moved to Monday. Please call us.',
      ['Add a space after "."'],
    ),
    one('Hi Maria,your papers are ready.', ',', 'missingSpace', 'Hi Maria, your papers are ready.'),
    one('Bring two things;the lease and the ID.', ';', 'missingSpace', 'Bring two things; the lease and the ID.'),
    one('Note:bring the lease.', ':', 'missingSpace', 'Note: bring the lease.'),
    one('Any questions?Call us.', '?', 'missingSpace', 'Any questions? Call us.'),
    one('Hi Maria , your papers are ready.', ' ,', 'spaceBefore', 'Hi Maria, your papers are ready.', [
      'Remove the space before ","',
    ]),
    one('Your hearing is Monday .', ' .', 'spaceBefore', 'Your hearing is Monday.'),
    one('Any questions ?', ' ?', 'spaceBefore', 'Any questions?'),
    one('Call us ,thanks.', ' ,', 'spaceBefore', 'Call us, thanks.', ['Move the space after ","']),
    one('The motion (filed Monday was granted.', '(', 'unmatchedParenthesis'),
    {
      text: 'The motion was granted (see the order)) today.',
      findings: [at('The motion was granted (see the order)) today.', ')', 'unmatchedParenthesis', 1, [])],
    },
    {
      text: 'The judge said "granted and left.',
      findings: [at('The judge said "granted and left.', '"', 'unmatchedQuote')],
    },
    one('The clerk wrote “filed and left.', '“', 'unmatchedQuote'),
    {
      text: 'hi maria , the the hearing is at 9am.Please bring an ID card and a (signed lease.',
      findings: [
        at('hi maria , the the hearing is at 9am.Please bring an ID card and a (signed lease.', 'hi', 'lowercaseStart'),
        at('hi maria , the the hearing is at 9am.Please bring an ID card and a (signed lease.', ' ,', 'spaceBefore'),
        at(
          'hi maria , the the hearing is at 9am.Please bring an ID card and a (signed lease.',
          'the the',
          'repeatedWord',
        ),
        at('hi maria , the the hearing is at 9am.Please bring an ID card and a (signed lease.', '.', 'missingSpace'),
        at(
          'hi maria , the the hearing is at 9am.Please bring an ID card and a (signed lease.',
          '(',
          'unmatchedParenthesis',
        ),
      ],
      output: 'Hi maria, the hearing is at 9am. Please bring an ID card and a (signed lease.',
    },
    // Spanish
    {
      name: 'a mark glued to a Spanish opening mark',
      text: 'Hartwell & Diaz: ¿Viene el lunes?¡Lo esperamos!',
      findings: [{ messageId: 'missingSpace', start: 32, end: 33 }],
      output: 'Hartwell & Diaz: ¿Viene el lunes? ¡Lo esperamos!',
    },
    {
      text: 'Hola,¿viene el lunes? Su cita es a las nueve.¿Confirma?',
      findings: [
        { messageId: 'missingSpace', start: 4, end: 5 },
        { messageId: 'missingSpace', start: 44, end: 45 },
      ],
      output: 'Hola, ¿viene el lunes? Su cita es a las nueve. ¿Confirma?',
    },
    {
      name: 'a Spanish question opening a sentence',
      text: 'Hartwell & Diaz: el juez firmó la orden. ¿puede venir el lunes?',
      findings: [{ messageId: 'lowercaseStart', start: 42, end: 47, fixLabels: ['Capitalize "puede"'] }],
      output: 'Hartwell & Diaz: el juez firmó la orden. ¿Puede venir el lunes?',
    },
    {
      text: 'Hartwell & Diaz: Su audiencia es el el lunes.',
      findings: [{ messageId: 'repeatedWord', start: 33, end: 38 }],
      output: 'Hartwell & Diaz: Su audiencia es el lunes.',
    },
    {
      text: 'Hartwell & Diaz: Gracias. ¡felicidades por su residencia!',
      findings: [{ messageId: 'lowercaseStart', start: 27, end: 38 }],
      output: 'Hartwell & Diaz: Gracias. ¡Felicidades por su residencia!',
    },
  ],
});

describe('grammar rule', () => {
  it('gives info for casual slips and warnings for the rest', () => {
    const severities = (text: string) => checkRule(rule, text).map((finding) => finding.severity);
    expect(severities('hi there.')).toEqual(['info']);
    expect(severities('Call us ,thanks.')).toEqual(['info']);
    expect(severities('Bring the the lease.')).toEqual(['warning']);
    expect(severities('Bring a ID.')).toEqual(['warning']);
    expect(severities('Done.Thanks.')).toEqual(['warning']);
  });

  it('leaves links and e-mail addresses alone', () => {
    expect(checkRule(rule, 'See https://hd.law/x?a=b,c&d=e.F;g:h and write to a.b@hd.law.')).toEqual([]);
  });

  it('stays linear on long runs of spaces and punctuation', () => {
    const text = `Hi${' '.repeat(50_000)}x${'(.'.repeat(20_000)}`;
    const started = performance.now();
    checkRule(rule, text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
