import { describe, expect, it } from 'vitest';
import { loadNodeDictionary } from '../../cli/dictionary';
import { checkRule } from '../engine';
import { createSpellChecker } from '../spelling/checker';
import { runRuleTests } from '../testing/rule-tester';
import rule from './all-caps';

const englishChecker = createSpellChecker(await loadNodeDictionary());
const spanishChecker = createSpellChecker(await loadNodeDictionary('es'));

runRuleTests(rule, {
  valid: [
    // Keywords in either language are not shouting.
    'Responda AYUDA para ayuda, ALTO para cancelar.',
    'Responda PARA para cancelar. Reply HELP for help.',
    'Hi Maria, this is Hartwell & Diaz. Your DUI hearing is at 9am EST. Reply STOP to opt out.',
    'Your EEOC charge, FMLA leave forms and HIPAA release are ready as a PDF. Text HELP for help.',
    'Please bring your SSN card, a photo ID and your W2 to the USCIS interview in NY.',
    // USCIS receipt-number prefixes.
    'Su recibo de USCIS empieza con IOE; el de su esposo, con EAC.',
    "Your McDONALD case and the DUI-DWI matter are on the FBI'S list. We are an LLC in TX.",
    'Please bring your W2 and 1099 forms, and the COVID19 test result.',
    'Reply YES to confirm your 10 AM appointment, or STOP to opt out.',
    'Hi Maria, I am at the DMV with your CPS paperwork. OK?',
    'Your Chapter VII filing and the QDRO are done.',
    'The lab found no THC in your blood sample, and the CBD oil label is in the file.',
    // Workers' comp and immigration acronyms.
    'Your QME exam is 7/7 at 2pm; the AME report and the WCAB hearing come after it.',
    'Your biometrics appointment is at the San Francisco ASC; then the case goes to the NVC.',
    // Federal statutes and programs by their initials.
    'Your TCPA and RESPA claims, the PTSD evaluation and the FAFSA form are on file.',
    'Your paternity DNA test is Monday; the GPS records of the SUV are in, and the EKG report.',
    // Initialisms no list names: without a vowel they cannot be words in capitals.
    'Your loans may qualify under PSLF once the TPD paperwork and the BKLN form are in.',
    {
      name: 'firm name in capitals',
      text: 'HARTWELL & DIAZ: your hearing is Monday.',
      settings: { firmName: 'Hartwell & Diaz' },
    },
    { name: 'firm alias', text: 'HDLAW reminder: your hearing is Monday.', settings: { firmNameAliases: ['HDLaw'] } },
    { name: 'firm acronyms', text: 'Hi Maria, your XYZ paperwork is ready.', settings: { acronyms: ['xyz'] } },
    { name: 'words in links are not words', text: 'Upload at https://portal.hartwelldiaz.com/UPLOAD/FORMS today.' },
    { name: 'two-letter words do not shout', text: 'Hi Maria, call us AT 3 OR 4.' },
    // Spanish
    'Hartwell & Diaz: Traiga su CURP, su INE y el RFC a la cita de USCIS; su NIP es personal.',
    'Hartwell & Diaz: El DIF de Jalisco pidió su NSS y la carta de ICE.',
    'Hartwell & Diaz: Su audiencia de DACA es en EE. UU. el lunes. Responda STOP para cancelar.',
    'Hartwell & Diaz: La prueba de ADN es el lunes; el SAT pidió su constancia y la ONU respondió.',
  ],
  invalid: [
    {
      name: 'Y counts as a vowel: "WHY" and "TRY" are words',
      text: 'Hi Maria, WHY WAIT? TRY the CFPB form.',
      findings: [
        { messageId: 'allCaps', start: 10, end: 18, severity: 'warning' },
        { messageId: 'allCaps', start: 20, end: 23, severity: 'warning' },
      ],
      output: 'Hi Maria, why wait? Try the CFPB form.',
    },
    {
      name: 'texting shorthand has no vowel but is a word: it shouts',
      text: 'Hi Maria, PLS sign the form.',
      findings: [{ messageId: 'allCaps', start: 10, end: 13, severity: 'warning' }],
      output: 'Hi Maria, pls sign the form.',
    },
    {
      name: 'an unlisted initialism keeps its capitals inside a shouting run',
      text: 'Hi Maria, CALL THE PSLF OFFICE NOW.',
      findings: [{ messageId: 'allCaps', start: 10, end: 34, severity: 'warning' }],
      output: 'Hi Maria, call the PSLF office now.',
    },
    {
      name: "a firm's own reply keyword is no shouting: info only, no fix",
      text: 'Your retainer balance is $1,250; reply BILL if you want the statement by text.',
      findings: [{ messageId: 'replyKeyword', start: 39, end: 43, severity: 'info', fixLabels: [] }],
    },
    {
      name: 'a Spanish initialism inside a shouting run is still shouting',
      text: 'Hola Maria, LLAME HOY PARA SU PRUEBA ADN.',
      findings: [{ messageId: 'allCaps', start: 12, end: 36, severity: 'warning' }],
      output: 'Hola Maria, llame hoy para su prueba ADN.',
    },
    {
      name: 'a Spanish lead-in too',
      text: 'Responda DOCS para recibir la lista.',
      findings: [{ messageId: 'replyKeyword', start: 9, end: 13, severity: 'info' }],
    },
    {
      name: 'a shouted lead-in, or shouting after the keyword, is still shouting',
      text: 'Hi Maria, REPLY NOW. Or reply NOW FOR DETAILS.',
      findings: [
        { messageId: 'allCaps', start: 10, end: 19, severity: 'warning' },
        { messageId: 'allCaps', start: 30, end: 45, severity: 'warning' },
      ],
      output: 'Hi Maria, reply now. Or reply now for details.',
    },
    {
      text: 'URGENT: your hearing is tomorrow.',
      findings: [{ messageId: 'allCaps', start: 0, end: 6, severity: 'warning', fixLabels: ['Use sentence case'] }],
      output: 'Urgent: your hearing is tomorrow.',
    },
    {
      text: 'Hi Maria, please call TODAY about your IRS letter.',
      findings: [{ messageId: 'allCaps', start: 22, end: 27 }],
      output: 'Hi Maria, please call today about your IRS letter.',
    },
    {
      name: 'neighbouring shouting words form one finding, short words between them included',
      text: 'Hi Maria, please call TODAY OR TOMORROW.',
      findings: [{ messageId: 'allCaps', start: 22, end: 39 }],
      output: 'Hi Maria, please call today or tomorrow.',
    },
    {
      name: 'an emoji ends a sentence: the word after it starts the next one with a capital',
      text: 'Your case update is ready 🎉 URGENT: sign today.',
      findings: [{ messageId: 'allCaps', start: 29, end: 35 }],
      output: 'Your case update is ready 🎉 Urgent: sign today.',
    },
    {
      name: 'a symbol in text presentation does not end a sentence',
      text: 'Acme™ FINAL notice about your hearing.',
      findings: [{ messageId: 'allCaps', start: 6, end: 11 }],
      output: 'Acme™ final notice about your hearing.',
    },
    {
      name: 'one finding per sentence',
      text: 'FINAL NOTICE: your payment is due. CALL NOW.',
      findings: [
        { messageId: 'allCaps', start: 0, end: 12 },
        { messageId: 'allCaps', start: 35, end: 43 },
      ],
      output: 'Final notice: your payment is due. Call now.',
    },
    {
      name: 'a whole message in capitals is one finding',
      text: 'URGENT: YOUR HEARING IS TOMORROW AT 9 AM. CALL US AT 555-201-3344. REPLY STOP TO OPT OUT.',
      findings: [{ messageId: 'allCapsMessage', start: 0, end: 88 }],
      output: 'Urgent: your hearing is tomorrow at 9 AM. Call us at 555-201-3344. Reply STOP to opt out.',
    },
    {
      name: 'whole message: firm name, days, months and "I" keep their capitals',
      text: "HARTWELL & DIAZ: YOUR HEARING IS MONDAY, MARCH 14. I'M SORRY FOR THE DELAY.",
      settings: { firmName: 'Hartwell & Diaz' },
      findings: [{ messageId: 'allCapsMessage', start: 0, end: 74 }],
      output: "Hartwell & Diaz: your hearing is Monday, March 14. I'm sorry for the delay.",
    },
    {
      name: 'whole message keeps acronyms and keywords after "reply"',
      text: 'YOUR DUI HEARING IS SET. PLEASE HELP US FIND YOUR ID. REPLY HELP FOR HELP.',
      findings: [{ messageId: 'allCapsMessage', start: 0, end: 73 }],
      output: 'Your DUI hearing is set. Please help us find your ID. Reply HELP for help.',
    },
    {
      name: 'contractions',
      text: "Your McDONALD case is set. DON'T be late.",
      findings: [{ messageId: 'allCaps', start: 27, end: 32 }],
      output: "Your McDONALD case is set. Don't be late.",
    },
    {
      name: 'a line break ends the sentence',
      text: 'Your hearing is TOMORROW.\nCALL us today.',
      findings: [
        { messageId: 'allCaps', start: 16, end: 24 },
        { messageId: 'allCaps', start: 26, end: 30 },
      ],
      output: 'Your hearing is tomorrow.\nCall us today.',
    },
    {
      name: 'an acronym inside a shouting phrase stays',
      text: 'We filed in the US DISTRICT COURT today.',
      findings: [{ messageId: 'allCaps', start: 19, end: 33 }],
      output: 'We filed in the US district court today.',
    },
    {
      name: 'accented capitals',
      text: 'ÉCOLE ÉTÉ notice for Maria',
      findings: [{ messageId: 'allCaps', start: 0, end: 9 }],
      output: 'École été notice for Maria',
    },
    {
      name: 'hyphenated words',
      text: 'Your retainer is NON-REFUNDABLE, Maria.',
      findings: [{ messageId: 'allCaps', start: 17, end: 31 }],
      output: 'Your retainer is non-refundable, Maria.',
    },
    {
      name: 'shouting around decorative stars',
      text: '**IMPORTANT** your deposition is Friday.',
      findings: [{ messageId: 'allCaps', start: 2, end: 11 }],
      output: '**Important** your deposition is Friday.',
    },
    // Spanish
    {
      text: 'Hartwell & Diaz: IMPORTANTE: su audiencia de custodia es el LUNES.',
      findings: [
        { messageId: 'allCaps', start: 17, end: 27 },
        { messageId: 'allCaps', start: 60, end: 65 },
      ],
      output: 'Hartwell & Diaz: importante: su audiencia de custodia es el lunes.',
    },
    {
      text: '¡URGENTE! Llame HOY a Hartwell & Diaz.',
      findings: [
        { messageId: 'allCaps', start: 1, end: 8 },
        { messageId: 'allCaps', start: 16, end: 19 },
      ],
      output: '¡Urgente! Llame hoy a Hartwell & Diaz.',
    },
  ],
});

describe('all-caps details', () => {
  it('quotes long phrases shortened', () => {
    const [finding] = checkRule(
      rule,
      'Maria: PLEASE READ THIS IMPORTANT NOTICE ABOUT YOUR UPCOMING HEARING carefully.',
    );
    expect(finding?.message).toContain('..."');
    expect(finding?.message.length).toBeLessThan(160);
  });

  it('handles a long message', () => {
    const text = 'Hi Maria, please call TODAY about the IRS letter and your 2PM hearing. '.repeat(1500);
    expect(checkRule(rule, text)).toHaveLength(1500);
  });
});

describe("ICE's supervision programs and offices by their initials", () => {
  it.each([
    'Su oficial de ERO revisará el reporte del programa ISAP el lunes.',
    'Your ATD check-in under ISAP moved to Tuesday; bring the I-20 and your SEVIS record.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });

  it('still reports a shouted word beside them', () => {
    const text = 'Your ISAP check-in is TOMORROW.';
    expect(checkRule(rule, text).map((finding) => finding.start)).toEqual([text.indexOf('TOMORROW')]);
  });
});

describe('an initialism no dictionary knows, named after an article (with both dictionaries)', () => {
  const context = { spellChecker: englishChecker, spanishSpellChecker: spanishChecker };
  const shouted = (text: string) =>
    checkRule(rule, text, {}, context).map((finding) => text.slice(finding.start, finding.end));

  it.each([
    'La evaluación del TDAH de su hijo llegó; la escuela pide el IEP.',
    'The USDA inspector and the FDIC examiner both wrote to the bank.',
    'Su RFC y el SAT aparecen en la carta del patrón.',
  ])('no finding: %s', (text) => {
    expect(shouted(text)).toEqual([]);
  });

  it('still reports words shouted after an article, and unknown capitals with no article', () => {
    expect(shouted('Call the OFFICE today about the TDAH report.')).toEqual(['OFFICE']);
    expect(shouted('Llame HOY; la AUDIENCIA es el lunes.')).toEqual(['HOY', 'AUDIENCIA']);
    expect(shouted('Send SAE to the POBOX for your FREE prize.')).toEqual(['SAE', 'FREE']);
  });
});

describe('a device or program named in capitals after its Spanish noun (with both dictionaries)', () => {
  const context = { spellChecker: englishChecker, spanishSpellChecker: spanishChecker };
  const shouted = (text: string) =>
    checkRule(rule, text, {}, context).map((finding) => text.slice(finding.start, finding.end));

  it.each([
    // "scram" is English, no Spanish word: after "brazalete" it is the monitor's name.
    'La jueza ordenó que el papá use el brazalete SCRAM durante las visitas.',
    'El juez ordenó el aparato SCRAM y el monitor GPS durante la libertad condicional.',
    'Puede pagar con la aplicación ZELLE o en la oficina.',
  ])('no finding: %s', (text) => {
    expect(shouted(text)).toEqual([]);
  });

  it('still reports a Spanish word shouted after such a noun', () => {
    expect(shouted('Descargue la aplicación GRATIS hoy y gane premios.')).toEqual(['GRATIS']);
    expect(shouted('Llene el formulario NUEVO hoy mismo.')).toEqual(['NUEVO']);
    expect(shouted('Use el programa URGENTE para cobrar su premio.')).toEqual(['URGENTE']);
  });
});

describe("an agency's office by its initials, and a stressed negation (with both dictionaries)", () => {
  const context = { spellChecker: englishChecker, spanishSpellChecker: spanishChecker };
  const found = (text: string) =>
    checkRule(rule, text, {}, context).map((finding) => [text.slice(finding.start, finding.end), finding.severity]);

  it.each([
    // An office or program after its agency's acronym.
    'We reported the scam to the SSA OIG and the HUD OIG last week.',
    'The IRS CI agent called, and the DHS OIGX report is attached.',
    // State licensing agencies, a voucher's papers, a labor certification and an athlete's deals.
    'TDLR renewed the license; the permit from TREC is next.',
    'Send us the HAP contract and the HQS inspection report from the PHA.',
    'The PERM filing is done, and the NIL contract is in the portal.',
  ])('no finding: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('still reports a dictionary word shouted after an acronym', () => {
    expect(found('IRS URGENT: your refund is on hold.')).toEqual([['URGENT', 'warning']]);
    expect(found('Your IRS FINAL NOTICE is attached.')).toEqual([['FINAL NOTICE', 'warning']]);
  });

  it.each([
    ['After the surgery, do NOT drive for 48 hours.', 'NOT'],
    ['No firme NADA hasta que lo revisemos.', 'NADA'],
  ])('a note only: %s', (text, word) => {
    expect(found(text)).toEqual([[word, 'info']]);
  });

  it('still warns of a negation in a run of capitals, opening a text, or beside another shouted word', () => {
    expect(found('Do NOT MISS this offer, reply today.')).toEqual([['NOT MISS', 'warning']]);
    expect(found('NEVER send cash to anyone who texts you.')).toEqual([['NEVER', 'warning']]);
    expect(found('Do NOT ignore this notice. Call NOW.')).toEqual([
      ['NOT', 'info'],
      ['NOW', 'warning'],
    ]);
  });
});
