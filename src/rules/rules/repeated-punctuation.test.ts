import { describe, expect, it } from 'vitest';
import { checkRule, lint } from '../engine';
import { applyFixes, safeFixesOf } from '../fixes';
import { runRuleTests } from '../testing/rule-tester';
import rule from './repeated-punctuation';

runRuleTests(rule, {
  valid: [
    // Symbols glued inside a token belong to a name or a formula.
    'See case_2024__final.pdf and code HX__7Q2; a==b holds.',
    'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14... see you at 9am! Reply STOP to opt out.',
    'Your retainer of $1,500 is received (invoice #4471). Questions? Call 555-201-3344.',
    'Case no. 24-CV-0193: bring 2 copies * signed. Rate: 5% > 3%.',
    'Hartwell & Diaz -- your documents are ready.',
    {
      name: 'links and e-mail addresses are left alone',
      text: 'See https://portal.hartwelldiaz.com/#/docs?a==b or a__b@hartwelldiaz.com',
    },
    { name: 'two dots', text: 'See you Monday..' },
    // Spanish
    { name: 'one closing run closes two openings', text: '¡Hola Maria, ¿viene el lunes?!' },
    '¿Sabía que, ¡ganamos el caso!?',
    '¿Puede venir el lunes a las 9am? ¡Gracias, Maria!',
    'Hartwell & Diaz: ¡Felicidades! El juez aprobó su asilo. ¿Tiene preguntas?',
    'Hola Maria, ¿recibió la carta del arrendador? Estamos revisando el contrato...',
    {
      name: "an exclamation left open around a question is the writer's choice",
      text: '¡Hola Maria, ¿puede traer su pasaporte el lunes?',
    },
    { name: 'a single mismatched pair is not a repeated mark', text: '¡Su audiencia es el lunes?' },
  ],
  invalid: [
    {
      text: 'Great news, Maria!!! Your case settled.',
      findings: [
        { messageId: 'repeatedMarks', start: 17, end: 20, severity: 'warning', fixLabels: ['Replace !!! with !'] },
      ],
      output: 'Great news, Maria! Your case settled.',
    },
    {
      text: 'Can you come in on Monday?!',
      findings: [{ messageId: 'repeatedMarks', start: 25, end: 27, fixLabels: ['Replace ?! with ?'] }],
      output: 'Can you come in on Monday?',
    },
    {
      text: 'Did you sign the retainer?? Call us!!!1',
      findings: [
        { messageId: 'repeatedMarks', start: 25, end: 27 },
        { messageId: 'repeatedMarks', start: 35, end: 39 },
      ],
      output: 'Did you sign the retainer? Call us!',
    },
    {
      name: '!? becomes ?',
      text: 'You won!? Call Hartwell & Diaz.',
      findings: [{ messageId: 'repeatedMarks', start: 7, end: 9 }],
      output: 'You won? Call Hartwell & Diaz.',
    },
    {
      name: 'dollar runs',
      text: 'Settle for $$$ today: $$500 back.',
      findings: [
        { messageId: 'repeatedMarks', start: 11, end: 14, fixLabels: ['Replace $$$ with $'] },
        { messageId: 'repeatedMarks', start: 22, end: 24 },
      ],
      output: 'Settle for $ today: $500 back.',
    },
    {
      name: 'four or more dots become three',
      text: 'We are waiting on the court..... see you soon....',
      findings: [
        { messageId: 'extraDots', start: 27, end: 32, fixLabels: ['Use three dots'] },
        { messageId: 'extraDots', start: 45, end: 49 },
      ],
      output: 'We are waiting on the court... see you soon...',
    },
    {
      text: '*** IMPORTANT *** your deposition is Friday.',
      findings: [
        { messageId: 'decorative', start: 0, end: 3, fixLabels: ['Delete ***'] },
        { messageId: 'decorative', start: 14, end: 17 },
      ],
      output: 'IMPORTANT your deposition is Friday.',
    },
    {
      name: 'markdown-style bold',
      text: 'Maria, **URGENT**: your hearing moved.',
      findings: [
        { messageId: 'decorative', start: 7, end: 9 },
        { messageId: 'decorative', start: 15, end: 17 },
      ],
      output: 'Maria, URGENT: your hearing moved.',
    },
    {
      name: 'arrows, tildes and rules',
      text: 'Call >>> 555-201-3344 ~~~ thanks ===',
      findings: [
        { messageId: 'decorative', start: 5, end: 8 },
        { messageId: 'decorative', start: 22, end: 25 },
        { messageId: 'decorative', start: 33, end: 36 },
      ],
      output: 'Call 555-201-3344 thanks',
    },
    {
      name: 'a two-character arrow is offered for deletion, not deleted',
      text: 'Deadline => Friday',
      findings: [{ messageId: 'decorative', start: 9, end: 11, fixLabels: ['Delete =>'] }],
    },
    {
      name: 'the shouting "!!!1?" is one run',
      text: 'Hi!!!1? Call us',
      findings: [{ messageId: 'repeatedMarks', start: 2, end: 7 }],
      output: 'Hi? Call us',
    },
    {
      name: 'a separator line is removed with its line',
      text: 'Your hearing is Monday.\n#####\nHartwell & Diaz',
      findings: [{ messageId: 'decorative', start: 24, end: 29 }],
      output: 'Your hearing is Monday.\nHartwell & Diaz',
    },
    {
      name: 'runs next to each other separated by spaces',
      text: 'News ** ## update',
      findings: [
        { messageId: 'decorative', start: 5, end: 7 },
        { messageId: 'decorative', start: 8, end: 10 },
      ],
      output: 'News update',
    },
    // Spanish
    {
      name: 'a closing run of two openings is fixed for both',
      text: '¡¡Hola Maria, ¿viene el lunes??!!',
      findings: [{ messageId: 'repeatedMarks', start: 29, end: 33, fixLabels: ['Replace ¡¡…¿…??!! with ¡…¿…?!'] }],
      output: '¡Hola Maria, ¿viene el lunes?!',
    },
    {
      name: 'a Spanish exclamation is fixed on both sides',
      text: '¡¡Su audiencia es el lunes!!',
      findings: [
        { messageId: 'repeatedMarks', start: 26, end: 28, severity: 'warning', fixLabels: ['Replace ¡¡…!! with ¡…!'] },
      ],
      output: '¡Su audiencia es el lunes!',
    },
    {
      text: '¿¿Puede venir el lunes??',
      findings: [{ messageId: 'repeatedMarks', start: 22, end: 24, fixLabels: ['Replace ¿¿…?? with ¿…?'] }],
      output: '¿Puede venir el lunes?',
    },
    {
      text: 'Hartwell & Diaz: ¿Firmó el contrato de arrendamiento?!',
      findings: [{ messageId: 'repeatedMarks', start: 52, end: 54, fixLabels: ['Replace ?! with ?'] }],
      output: 'Hartwell & Diaz: ¿Firmó el contrato de arrendamiento?',
    },
    {
      name: 'a single opening mark says which closing mark stays',
      text: '¡Ganamos su caso!?',
      findings: [{ messageId: 'repeatedMarks', start: 16, end: 18, fixLabels: ['Replace !? with !'] }],
      output: '¡Ganamos su caso!',
    },
    {
      name: 'the fix closes what "¿" opened',
      text: '¿Puede venir el lunes!!',
      findings: [{ messageId: 'repeatedMarks', start: 21, end: 23, fixLabels: ['Replace !! with ?'] }],
      output: '¿Puede venir el lunes?',
    },
    {
      text: '¿¡Qué dijo el juez!?',
      findings: [{ messageId: 'repeatedMarks', start: 18, end: 20, fixLabels: ['Replace ¿¡…!? with ¿…?'] }],
      output: '¿Qué dijo el juez?',
    },
    {
      name: 'an opening run never closed',
      text: '¡¡Atención: su audiencia de custodia cambió.',
      findings: [{ messageId: 'repeatedMarks', start: 0, end: 2, fixLabels: ['Replace ¡¡ with ¡'] }],
      output: '¡Atención: su audiencia de custodia cambió.',
    },
    {
      text: '¡¡Hola Maria! ¿Puede traer su pasaporte??',
      findings: [
        { messageId: 'repeatedMarks', start: 0, end: 2 },
        { messageId: 'repeatedMarks', start: 39, end: 41 },
      ],
      output: '¡Hola Maria! ¿Puede traer su pasaporte?',
    },
    {
      text: 'Hola, ¿viene el lunes? ¡¡Gracias!!',
      findings: [{ messageId: 'repeatedMarks', start: 32, end: 34 }],
      output: 'Hola, ¿viene el lunes? ¡Gracias!',
    },
    {
      name: 'marks on different lines are not a pair',
      text: '¡¡Gracias\nNos vemos el lunes!!',
      findings: [
        { messageId: 'repeatedMarks', start: 0, end: 2 },
        { messageId: 'repeatedMarks', start: 28, end: 30 },
      ],
      output: '¡Gracias\nNos vemos el lunes!',
    },
    {
      text: 'Hartwell & Diaz: su pago fue recibido...... ¡Gracias!',
      findings: [{ messageId: 'extraDots', start: 37, end: 43 }],
      output: 'Hartwell & Diaz: su pago fue recibido... ¡Gracias!',
    },
  ],
});

describe('repeated-punctuation with other rules', () => {
  it('fix all with all-caps and emoji leaves tidy text', () => {
    const text = '**URGENT** 🎉🎉 Maria, call us TODAY!!!';
    let current = text;
    for (let round = 0; round < 5; round++) {
      const report = lint(current);
      const fixes = safeFixesOf(report.findings);
      if (fixes.length === 0) break;
      current = applyFixes(current, fixes);
    }
    expect(current).toBe('Urgent Maria, call us today!');
  });

  it('handles a long message', () => {
    const text = 'Call us!!! *** now.... $$$ '.repeat(4000);
    expect(checkRule(rule, text)).toHaveLength(16000);
  });
});
