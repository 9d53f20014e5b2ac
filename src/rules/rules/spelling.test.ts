import { describe, expect, it } from 'vitest';
import { loadNodeDictionary } from '../../cli/dictionary';
import { checkRule, lint } from '../engine';
import { createSpellChecker } from '../spelling/checker';
import { type ExpectedFinding, runRuleTests } from '../testing/rule-tester';
import rule from './spelling';

const spellChecker = createSpellChecker(await loadNodeDictionary());
const spanishSpellChecker = createSpellChecker(await loadNodeDictionary('es'));
const FIRM = { firmName: 'Hartwell & Diaz', firmNameAliases: ['Hartwell Diaz LLP', 'HD Law'] };

/** The finding for the nth (0-based) occurrence of `word` in `text`. */
function at(
  text: string,
  word: string,
  messageId: 'misspelled' | 'unknownName' = 'misspelled',
  occurrence = 0,
): ExpectedFinding {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = text.indexOf(word, start + 1);
  if (start < 0) throw new Error(`"${word}" is not in "${text}"`);
  return { messageId, start, end: start + word.length, severity: messageId === 'misspelled' ? 'warning' : 'info' };
}

function invalid(text: string, ...words: (string | [string, 'misspelled' | 'unknownName'])[]) {
  return {
    text,
    settings: FIRM,
    findings: words.map((word) => (typeof word === 'string' ? at(text, word) : at(text, word[0], word[1]))),
  };
}

runRuleTests(rule, {
  context: { spellChecker },
  valid: [
    // Spanish sentences are not checked against the English dictionary.
    'Hola Maria, su audiencia es el lunes a las 9. Traiga su identificación, por favor.',
    'Your hearing is Monday. Su audiencia es el lunes.',
    // Legal vocabulary, from our list and from the dictionary.
    'Your deposition is Tuesday; bring the subpoena and the signed affidavit.',
    'The plaintiff and the tortfeasor’s insurer agreed to a continuance.',
    'Voir dire starts Monday. The guardian ad litem will attend the hearing.',
    'We filed the motion in limine and served the subpoena duces tecum on the custodian of records.',
    'The court granted the writ of habeas corpus; the prosecutor may seek certiorari.',
    'The probate court appointed a conservator; the codicil and the pour-over will are in escrow.',
    'Your expungement petition and the nolo contendere plea are on the docket.',
    'The amicus curiae brief was filed pro bono, and the per diem is set.',
    'Opposing counsel sent interrogatories and a notice of deposition; we e-filed our objections.',
    'The lienholder and the garnishee were served; the quitclaim deed was notarized.',
    // Drug names, medical and everyday words, and legal words a general dictionary lacks (our
    // lists: data/medical-words.ts, data/everyday-words.ts, data/legal-words.ts).
    'The officer found oxycodone and tramadol in the car; the lab report on the alprazolam is due.',
    'Keep taking the gabapentin and the cyclobenzaprine; the lidocaine injection is Monday.',
    'The physiatrist found radiculopathy from the herniated disc; the orthopedist wants a discectomy.',
    'Save the dashcam video, your timecards and the rideshare receipts; the sportsbook sent its records.',
    'Your crypto account is marital property; the chargeback and the livestream are evidence.',
    'The injury is compensable, so the insurer must preauthorize the MRI and we will retitle the car.',
    'The uncertified copy will not do; the mediator, Judge Ramos (ret.), needs the certified one.',
    // The firm's name, aliases and own words.
    { text: 'Hi Maria, this is Hartwell & Diaz about your case.', settings: FIRM },
    { text: 'Thank you for choosing Hartwell Diaz LLP.', settings: FIRM },
    {
      text: 'Hi, Mr. Okonkwo will call you about the Abernathy-Quist matter.',
      settings: { ...FIRM, firmDictionary: ['Okonkwo', 'Abernathy', 'Quist'] },
    },
    // Names, courts and places the dictionary knows.
    'Judge Thompson moved the hearing to the Los Angeles courthouse on Friday.',
    // Links, e-mail addresses, numbers, dates, times and case numbers.
    'Upload the docs at https://portal.hartwelldiaz.com/upload/xqzv and email intake@hartwelldiaz.com.',
    'Your hearing moved to 3/14 at 9:30am in Dept. 12, case no. 2:24-cv-01234, fee $1,250.00.',
    'Case CV-2024-0113 is set for the 14th; call (415) 555-0134 ext. 22.',
    // Acronyms: all capitals, and the built-in list.
    'Bring your SSN card and the DMV letter; the DUI hearing is at the DA’s office. Reply STOP to opt out.',
    'The QZXW form and the HOA notice are attached.',
    { text: 'Your Esq review is done.', settings: FIRM },
    // Contractions, possessives and hyphenated words.
    "Don't worry, we'll call you. It's the client's copy and the attorneys' fees.",
    'Your follow-up appointment is a pre-trial check-in with co-counsel.',
    // Handles, hashtags, file names and paths.
    'Send the file to @hdlaw_intake or tag #xqzv; open lease_final.pdf from docs/xqzv.',
    // A message in another language is left alone rather than underlined word by word.
    'Hola María, su audiencia fue cambiada al lunes a las nueve de la mañana. Llame a la oficina por favor.',
  ],
  invalid: [
    invalid('Reminder: your depositon is tomorow at 10am at our office.', 'depositon', 'tomorow'),
    invalid('Please sign the afidavit before Friday so we can file it.', 'afidavit'),
    invalid('The plaintif filed an answer; we will recieve it today.', 'plaintif', 'recieve'),
    invalid('Your hearign was continued. Pls call us back, thx.', 'hearign', 'Pls', 'thx'),
    invalid('Hi Maria, the judgement was entered and the defendent has 30 days to appeal.', 'judgement', 'defendent'),
    invalid('Teh mediation is set for Monday at Hartwell & Diaz.', 'Teh'),
    invalid('Please bring your paystubs and the lese agreement to the consultaton.', 'lese', 'consultaton'),
    // A capitalized unknown word inside a sentence is probably a name: info only.
    invalid(
      'Hi Maria, Mr. Okonkwo from Hartwel & Diaz will call you.',
      ['Okonkwo', 'unknownName'],
      ['Hartwel', 'unknownName'],
    ),
    invalid('Your hearing is before Judge Abernathy-Quist on Monday.', ['Abernathy-Quist', 'unknownName']),
    // A hyphenated word is fine only when each part is.
    invalid('Your folow-up call is at 3pm.', 'folow-up'),
    // Curly apostrophes are read as straight ones.
    invalid('We’ll recieve the client’s file today.', 'recieve'),
    // At a sentence's start a capital says nothing about names.
    invalid('Thanks for calling. Plese sign the retainer.', 'Plese'),
    // A run of capitalized words is a name, even opening the message (issue 10).
    invalid('Hartwel Diazz Law: your hearing moved.', ['Hartwel', 'unknownName'], ['Diazz', 'unknownName']),
    // Opening the message before a comma, a word one likely slip from a known word is a typo, not
    // the client's name (a name there is not reported: see the Spanish and English names below).
    invalid('Thnaks, we got your documents.', 'Thnaks'),
    invalid('Okonkwo. Your hearing moved.', 'Okonkwo'),
    // Beside drug, medical, everyday and legal words the checker knows, a real slip is still caught.
    invalid(
      'The physiatrist changed the gabapentin; your timecards are compensable, and the perscription is attached.',
      'perscription',
    ),
    invalid('Bring the oxycodone bottle and the crypto statments to the rideshare deposition.', 'statments'),
  ],
});

describe('names in Spanish and English sentences (both dictionaries loaded)', () => {
  const context = { spellChecker, spanishSpellChecker };
  const spelled = (text: string) =>
    checkRule(rule, text, FIRM, context).map((finding) => [text.slice(finding.start, finding.end), finding.messageId]);

  it.each([
    // Surnames the English dictionary lists (dictionary-es lists almost none), with or without accents.
    'Sra. Gutiérrez, su audiencia en el tribunal es el lunes a las 9.',
    'Hola Jorge Ramírez, le escribimos sobre su caso de asilo.',
    'El licenciado Martinez y la Lcda. Hernández revisarán su declaración el martes.',
    'Su cita con la Dra. Sánchez es en la oficina de Oakland, no en la de Riverside.',
    // Given names written without their accents, or with accents the list leaves out.
    'Hola Zoé, su audiencia es el viernes.',
    // Common given names and surnames neither dictionary lists (data/given-names.ts, data/surnames.ts).
    'Hola Nayeli Quintanilla, su audiencia es el viernes; la Lcda. Cisneros la acompañará.',
    'Hi Xiomara, Ms. Galindo will call you about your lease on Monday.',
    'Hola Tomas, su audiencia es el viernes.',
    // Titles and abbreviations with their full stop.
    'Sr. Ortiz, Ud. puede traer su pasaporte al depto. 5 de la Avda. Central.',
    // A Spanish surname the Spanish dictionary lists, in an English sentence.
    'Hi Mr. Villanueva, your hearing moved to Friday.',
    // A name the English dictionary writes with an inner capital, in a Spanish sentence.
    "Hola Sr. O'Brien, su cita es el martes.",
    // The name right after a greeting: the client's, which no dictionary judges.
    'Hola Xóchitl Tlatelpa, su audiencia es el viernes.',
    'Buenos días, Yatziri: su cita es el lunes.',
    'Hi Okonkwo, your hearing moved to Friday.',
    'Good morning Adaeze Nwachukwu, your hearing moved to Friday.',
    // The client addressed by name at the start of the message, or after the firm's name.
    'Marisela, recibimos el reporte médico. Lo enviaremos a la aseguradora.',
    'Hartwell & Diaz: Yuridia Quispe, su cita es el lunes.',
    'Okonkwo, your hearing moved to Friday.',
    // ...after a title as well, which only a name follows.
    'Sr. Tejeda, la mediación es el lunes.',
    'Señora Funes, el tribunal le dio la tutela temporal.',
    'Hartwell & Diaz: Mrs. Okafor, your hearing moved to Friday.',
    // ...and a title and name set off by commas, the person spoken to.
    'A la orden, señora Tlatelpa. La visita quedó para el jueves.',
    'Your hearing moved to Friday, Mrs. Okonkwo.',
    // Brands and agencies (data/brands.ts), in either language.
    'Escríbanos por WhatsApp o pague con Zelle; firme con DocuSign.',
    'Text us on WhatsApp, or pay with Zelle or PayPal.',
    // Object pronouns written onto Spanish verbs, and units written short.
    'Tenemos las fotos del accidente. Súbalas al portal y mándenos los recibos; dígaselo a su hermano.',
    'La audiencia dura 30 min. Necesitamos firmarla y entregársela al juez, diciéndole la verdad.',
    'Mañana vence el plazo. Confírmenos si su expareja firmó; su exjefe ya respondió.',
    // English words inside US Spanish (code-switching), US Spanish and legal words, joined prefixes.
    'Si el dueño no acepta el pago, compre un money order. Su voucher sigue activo.',
    'La aseguranza pagará la renta; la cita es por videollamada y se puede reprogramar.',
    'Firme el acuerdo de reafirmación. El cargo es por portación de arma; la receta era de hidrocodona.',
    // Regional everyday words (Diccionario de americanismos), the Spanish plural of an English
    // loanword, and an attorney general's office.
    'Si va a coger la guagua, salga temprano; las gomitas y las maquinitas son del local.',
    'Hay que declarar los bitcoines de su esposo en el inventario.',
    'Ya presentamos la queja ante la Procuraduría General.',
    // A capitalized word before a street suffix names the street.
    'La agencia de Burnet Rd la espera mañana.',
    'Meet me at the office on Wexcombe Blvd tomorrow.',
    // Spanish names the kind of street first.
    'Lleve el aviso al centro de asistencia de la calle Rundberg.',
    'La oficina está en la Avda. Wexcombe, junto al banco.',
    // A place named with its noun and "de" / "of".
    'La oficina de Wexcombe abre el lunes y el condado de Tlaxcoapan cierra el viernes.',
    'The City of Wexcombe sent the permit.',
    // The name after a title in a letter's salutation, with its colon, and after a greeting.
    'Sr. Tlatelpa: el juez firmó la orden de custodia.',
    'Estimada Sra. Tlatelpa: su cita es el lunes.',
    'Dear Mr. Okonkwo: your hearing moved to Friday.',
  ])('reports nothing in "%s"', (text) => {
    expect(spelled(text)).toEqual([]);
  });

  it('still reports misspellings and names neither dictionary knows, in either language', () => {
    expect(spelled('Sra. Gutiérrez, su audencia es el lunes.')).toEqual([['audencia', 'misspelled']]);
    expect(spelled('Hola, la Sra. Okonkwo le llamará el lunes.')).toEqual([['Okonkwo', 'unknownName']]);
    // Not right after the greeting: a name, but one to check.
    expect(spelled('Hola Nayeli, la Sra. Tlatelpa le llamará.')).toEqual([['Tlatelpa', 'unknownName']]);
    // Opening the message before a comma, but one slip from a greeting: a typo.
    expect(spelled('Holaa, su cita es el lunes.')).toEqual([['Holaa', 'misspelled']]);
    expect(spelled('Your hearing with Ms. Okonkwo is Monday.')).toEqual([['Okonkwo', 'unknownName']]);
    // A title before the addressed name excuses the name, not a slip after it; without the comma
    // the name is not the one addressed.
    expect(spelled('Sr. Tejeda, su audencia es el lunes.')).toEqual([['audencia', 'misspelled']]);
    expect(spelled('Sr. Tlatelpa llamó. Su cita es el lunes.')).toEqual([['Tlatelpa', 'unknownName']]);
    expect(spelled('Hoy, la señora Tlatelpa llamó.')).toEqual([['Tlatelpa', 'unknownName']]);
    // A capitalized word after an ordinary Spanish word is still a name to check.
    expect(spelled('La hermana de Wexcombe abre el lunes.')).toEqual([['Wexcombe', 'unknownName']]);
    // A common word capitalized is not a name: the rule still spells it.
    expect(spelled('Hola. Audencia el lunes.')).toEqual([['Audencia', 'misspelled']]);
    // A verb with pronouns but without the accent they bring is misspelled.
    expect(spelled('Por favor, subalas al portal y mandenos las fotos del accidente.')).toEqual([
      ['subalas', 'misspelled'],
      ['mandenos', 'misspelled'],
    ]);
    // Real Spanish slips are no English words, and a short prefix needs a long base ("reseta").
    expect(spelled('Recivimos los resibos. Traiga la reseta del médico.')).toEqual([
      ['Recivimos', 'misspelled'],
      ['resibos', 'misspelled'],
      ['reseta', 'misspelled'],
    ]);
    // "-es" makes a plural of a loanword ending in -n, -l, -r, -d, -z or -j only.
    expect(spelled('Traiga las laptopes al juzgado.')).toEqual([['laptopes', 'misspelled']]);
    // A short Spanish slip that happens to be English is still a slip.
    expect(spelled('Mañana boy a la corte con usted.')).toEqual([['boy', 'misspelled']]);
    // An unknown capitalized word before an ordinary word is still a name to check.
    expect(spelled('La agencia de Wexcombe la espera mañana.')).toEqual([['Wexcombe', 'unknownName']]);
    // "ex" joins a word ("exjefe"), not a misspelled one ("exsposo"); "exito" lacks its accent.
    expect(spelled('Su exito en la corte. El exsposo llamó.')).toEqual([
      ['exito', 'misspelled'],
      ['exsposo', 'misspelled'],
    ]);
  });
});

describe('spelling rule', () => {
  it('reports nothing without a spell checker (the extension merges spelling in later)', () => {
    expect(checkRule(rule, 'Your depositon is tomorow.')).toEqual([]);
    expect(lint('Your depositon is tomorow.').findings.filter((finding) => finding.ruleId === 'spelling')).toEqual([]);
  });

  it('runs inside lint() when the context has a spell checker', () => {
    const report = lint('Your depositon is tomorow.', FIRM, { spellChecker });
    const spelling = report.findings.filter((finding) => finding.ruleId === 'spelling');
    expect(spelling.map((finding) => finding.message)).toEqual([
      '"depositon" looks misspelled. Carriers filter texts with spelling mistakes as likely spam: correct it, or add it to the firm dictionary if it is right.',
      '"tomorow" looks misspelled. Carriers filter texts with spelling mistakes as likely spam: correct it, or add it to the firm dictionary if it is right.',
    ]);
    expect(spelling.every((finding) => finding.fixes.length === 0)).toBe(true);
  });

  it('honours the firm’s ruleSeverity', () => {
    const text = 'Your depositon is tomorow.';
    expect(checkRule(rule, text, { ruleSeverity: { spelling: 'off' } }, { spellChecker })).toEqual([]);
    const findings = checkRule(rule, text, { ruleSeverity: { spelling: 'info' } }, { spellChecker });
    expect(findings.map((finding) => finding.severity)).toEqual(['info', 'info']);
  });

  it('takes any SpellingProvider, not only the Hunspell one', () => {
    const known = new Set(['your', 'hearing', 'is', 'moved']);
    const findings = checkRule(
      rule,
      'Your hearing is mooved.',
      {},
      { spellChecker: { isCorrect: (word) => known.has(word.toLowerCase()) } },
    );
    expect(findings.map((finding) => [finding.start, finding.end])).toEqual([[16, 22]]);
  });
});

describe('Spanish word classes the dictionary lacks (voseo, learned words, k spellings, product names)', () => {
  const context = { spellChecker, spanishSpellChecker };
  const spelled = (text: string) =>
    checkRule(rule, text, FIRM, context).map((finding) => [text.slice(finding.start, finding.end), finding.messageId]);

  it.each([
    // Rioplatense and Central American voseo: present, imperative, imperative with a pronoun.
    'Si tenés tiempo, pasá por la oficina y firmá el poder; avisame cuando salgas.',
    'Mañana vení temprano, decile a tu papá que sabés la dirección y mandalos por correo.',
    'Si querés, escribí la carta vos misma y traela el martes.',
    // Learned words of a science whose English counterpart the English dictionary knows.
    'El informe hematológico y la evaluación dermatológica llegaron; el perito oncológico firma mañana.',
    'Pedimos el estudio fisiológico y la historia cardiológica al hospital.',
    // Loanwords written with k as well as qu or c.
    'La reunión es en el kiosko de la plaza, junto a la kermés del domingo.',
    // A product's name, run together and named as the app or program it is.
    'Descargue la aplicación SmartLINK y el programa FileTime antes del lunes.',
    'Open the MyCase app and sign the form tonight.',
    // The absolute superlative of a known adjective (Nueva gramática §13.2), with its spelling changes.
    'Las fotos quedaron clarísimas; la jueza fue amabilísima y el trámite, facilísimo, pero el perito es carísimo.',
    // Drug names as the Spanish INN writes them, whose English INN the English dictionary knows.
    'El médico le recetó prednisona y sertralina; la furosemida va en la lista de gastos.',
    // Regional words for children (Diccionario de americanismos).
    'Los chavalos y los pibes pueden quedarse con la abuela; los carajitos también.',
  ])('reports nothing in "%s"', (text) => {
    expect(spelled(text)).toEqual([]);
  });

  it('still reports slips that look like these forms', () => {
    // A stray accent on a word with no such verb; texting's k for "que"; a stem with its own accent.
    expect(spelled('El lunés es la audiencia.')).toEqual([['lunés', 'misspelled']]);
    expect(spelled('Kiero saber si el kaso sigue.')).toEqual([
      ['Kiero', 'misspelled'],
      ['kaso', 'misspelled'],
    ]);
    expect(spelled('Su cita es el lunes; trair el recivo.')).toEqual([
      ['trair', 'misspelled'],
      ['recivo', 'misspelled'],
    ]);
    // A run-together word with no app or program named: a missing space, or a name to confirm.
    expect(spelled('Your hearing moved toFriday, said Ms. McKenna.')).toEqual([
      ['toFriday', 'unknownName'],
      ['McKenna', 'unknownName'],
    ]);
    expect(spelled('Your hearing moved. CallMe Friday.')).toEqual([['CallMe', 'unknownName']]);
    // The superlative without its accent, or of no known adjective; a short word with a drug's
    // ending; an English ending that makes no known word.
    expect(spelled('El informe es clarisimo y el trámite rapidisimo.')).toEqual([
      ['clarisimo', 'misspelled'],
      ['rapidisimo', 'misspelled'],
    ]);
    expect(spelled('Fue un caso complejísimo e importantísmo.')).toEqual([['importantísmo', 'misspelled']]);
    expect(spelled('La documentasiona y la permisona están listas.')).toEqual([
      ['documentasiona', 'misspelled'],
      ['permisona', 'misspelled'],
    ]);
    // A name after a title with no comma or colon, and a greeting that is not right before the title.
    expect(spelled('Estimada familia, la Sra. Tlatelpa llamó.')).toEqual([['Tlatelpa', 'unknownName']]);
  });
});

describe('Spanish word classes: feminine of a trade, drug names respelled, regional and indigenous words', () => {
  const context = { spellChecker, spanishSpellChecker };
  const spelled = (text: string) =>
    checkRule(rule, text, FIRM, context).map((finding) => [text.slice(finding.start, finding.end), finding.messageId]);

  it.each([
    // The feminine of a trade the dictionary lists only in the masculine ("mesero", "plomero").
    'La plomera que contrató el dueño no terminó el trabajo; las meseras del restaurante son testigos.',
    // Generic drug names respelled the Spanish way (our English list has "sertraline", "methylphenidate").
    'Su hija toma sertralina y su hijo toma metilfenidato, los dos con receta del pediatra.',
    'Le recetaron ciprofloxacino después de la cirugía; guarde la receta para el reclamo.',
    // Household and car words of Mexican and Southern Cone Spanish.
    'El perito revisó la cajuela del carro y encontró una hielera vacía.',
    'El casero tiene que cambiar el calefón antes del invierno.',
    // The breath-alcohol meter of a checkpoint, and an indigenous language's interpreter.
    'El resultado del alcoholímetro no coincide con el reporte del oficial.',
    'Pedimos un intérprete de mam para la audiencia y otro de kaqchikel para su tía.',
  ])('reports nothing in "%s"', (text) => {
    expect(spelled(text)).toEqual([]);
  });

  it('still reports slips beside them', () => {
    // An -era word whose -ero form is no word; a drug name misspelled past the respelling rules.
    expect(spelled('La abogada dice que la plomerra llega tarde.')).toEqual([['plomerra', 'misspelled']]);
    expect(spelled('Tome la sertralinna con comida.')).toEqual([['sertralinna', 'misspelled']]);
    expect(spelled('Su travajo y el resivo de la cajuela.')).toEqual([
      ['travajo', 'misspelled'],
      ['resivo', 'misspelled'],
    ]);
  });
});

describe('a learned word\'s "z" written "c", and a thing named by its maker', () => {
  const context = { spellChecker, spanishSpellChecker };
  const spelled = (text: string) =>
    checkRule(rule, text, FIRM, context).map((finding) => [text.slice(finding.start, finding.end), finding.messageId]);

  it.each([
    // Spanish "ce" for a learned word's "ze" (our English list has "benzodiazepines").
    'La prueba salió positiva a benzodiacepinas; traiga la receta del psiquiatra.',
    'La prueba salió positiva a benzodiazepinas; traiga la receta.',
    // A court-ordered device, an app, a form and an agency named beside the noun (t11b's own names).
    'El juez ordenó el aparato Breathalink antes de cada visita.',
    'The judge wants the Breathalink device readings before each visit.',
    'Descargue la aplicación Coparentia y llene el formulario Tramitex.',
  ])('reports nothing in "%s"', (text) => {
    expect(spelled(text)).toEqual([]);
  });

  it('still reports slips beside them', () => {
    // A slip past the respelling, and a capitalized word away from any such noun.
    expect(spelled('La prueba salió positiva a benzodiasepinas.')).toEqual([['benzodiasepinas', 'misspelled']]);
    expect(spelled('El juez ordenó que use el Breathalink antes de cada visita.')).toEqual([
      ['Breathalink', 'unknownName'],
    ]);
  });
});

describe('a facility or district named by its town, trades named for their goods, usury', () => {
  const context = { spellChecker, spanishSpellChecker };
  const spelled = (text: string) =>
    checkRule(rule, text, FIRM, context).map((finding) => [text.slice(finding.start, finding.end), finding.messageId]);

  it.each([
    // Made-up town names after a facility's or district's noun and "de" / "of".
    'La cita de huellas es en el centro de Wexcombe; después vaya a la clínica de Tlaxcoapan.',
    'Su familia vive en el departamento de Tlaxcoapan, según la solicitud de asilo.',
    'The hearing moved to the Parish of Wexcombe courthouse.',
    // Shops named for their goods, where a wage claim's client worked, and a usurer as a creditor.
    'La taquería y la tortillería le deben 6 semanas de sueldo; el tianguis no.',
    'El dueño de la pulquería le pagaba con pulque, y eso no cuenta como salario.',
    'El préstamo del agiotista va en la lista de acreedores.',
    'El prestamista le prometió aprobación sin buró; el reporte del buró de crédito lo contradice.',
    // Drinks a police report says a driver was served (t13b's own wording).
    'Según el reporte, el conductor tomó dos caguamas y unas cheladas; en la fiesta había tepache.',
    'El mesero le sirvió tres micheladas y un caballito de charanda antes de que manejara.',
  ])('reports nothing in "%s"', (text) => {
    expect(spelled(text)).toEqual([]);
  });

  it('still reports a name after an ordinary noun, and slips of those words', () => {
    expect(spelled('La hermana de Wexcombe abre el lunes.')).toEqual([['Wexcombe', 'unknownName']]);
    expect(spelled('El préstamo del agiotsta va en la lista.')).toEqual([['agiotsta', 'misspelled']]);
    expect(spelled('La tortilería le debe 6 semanas.')).toEqual([['tortilería', 'misspelled']]);
    expect(spelled('Le sirvieron tres michiladas.')).toEqual([['michiladas', 'misspelled']]);
  });
});

describe('"non-" and "re-" closed up to an English word, the doubled "l", and the Spanish "app"', () => {
  const context = { spellChecker, spanishSpellChecker };
  const spelled = (text: string) =>
    checkRule(rule, text, FIRM, context).map((finding) => [text.slice(finding.start, finding.end), finding.messageId]);

  it.each([
    'Your nonresponse to the discovery request is due Friday.',
    'The nonrenewal notice came from the landlord.',
    'Descargue la app del tribunal para ver su audiencia.',
    'Tenemos dos apps para firmar documentos.',
    // "re-" closed up to a long word, and the doubled "l" of a past or participle.
    'The hearing was cancelled and the reinspection is Friday.',
    'We travelled to the site; the boxes are labelled.',
  ])('reports nothing in "%s"', (text) => {
    expect(spelled(text)).toEqual([]);
  });

  it('still reports "re" before a slip or a short word, and a doubled "l" of no known verb', () => {
    expect(spelled('Please remeber the reciept; it was cancelld.')).toEqual([
      ['remeber', 'misspelled'],
      ['reciept', 'misspelled'],
      ['cancelld', 'misspelled'],
    ]);
  });

  it('still reports a slip after "non" and a short base', () => {
    expect(spelled('That is nonsence, and the nonsene note too.')).toEqual([
      ['nonsence', 'misspelled'],
      ['nonsene', 'misspelled'],
    ]);
  });
});

describe('a surname beside a name we know (both dictionaries)', () => {
  const context = { spellChecker, spanishSpellChecker };
  const spelled = (text: string) =>
    checkRule(rule, text, FIRM, context).map((finding) => [text.slice(finding.start, finding.end), finding.messageId]);

  it.each([
    'El testigo, Rigoberto Mondragón Elizondo, firmó la declaración.',
    'Hablamos con el señor Tlapa Huerta ayer.',
    'Le llamará el detective Betancourt Ocampo.',
  ])('reports nothing in "%s"', (text) => {
    expect(spelled(text)).toEqual([]);
  });

  it('still reports a name no neighbour vouches for, and a word opening a sentence beside a name', () => {
    expect(spelled('Mañana viene la Sra. Xochitl Cuauhtli a la oficina.')).toEqual([
      ['Xochitl', 'unknownName'],
      ['Cuauhtli', 'unknownName'],
    ]);
    expect(spelled('Recivimos Maria sus papeles.')).toEqual([['Recivimos', 'unknownName']]);
  });
});

describe('brand-name drugs, capitalized (both dictionaries)', () => {
  const context = { spellChecker, spanishSpellChecker };
  const spelled = (text: string) =>
    checkRule(rule, text, FIRM, context).map((finding) => [text.slice(finding.start, finding.end), finding.messageId]);

  it.each([
    'La prueba salió positiva, pero toma Adderall con receta.',
    'The ER gave him Toradol and Norco after the crash.',
    'Ozempic and Wegovy are part of the GLP-1 claim.',
  ])('reports nothing in "%s"', (text) => {
    expect(spelled(text)).toEqual([]);
  });

  it('still reports one in lower case and a slip of one', () => {
    expect(spelled('He took xanax and Adderal.')).toEqual([
      ['xanax', 'misspelled'],
      ['Adderal', 'unknownName'],
    ]);
  });
});
