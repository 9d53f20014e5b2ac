import { type ContentContext, contentContextOf, type LegalStanding, type OfferCue } from '../content-context';
import {
  FORBIDDEN_CATEGORY_INFO,
  FORBIDDEN_PHRASES,
  type ForbiddenPhrase,
  LAWFUL_GUN_CHANNELS,
  SKIPPED_GUN_CHECKS,
} from '../data/forbidden-phrases';
import { RELATIVES_POSSESSIONS } from '../data/legal-context';
import type { ParsedMessage } from '../message';
import { allowedTermSpans, lazyPhraseList, lazyPhrases, overlapsAny, type PhraseMatch, wordViewOf } from '../phrases';
import { sentenceIndexOfWords, sentencesHoldingWords } from '../text/sentences';
import type { Fix, Rule, Severity } from '../types';

// One of the two longest lists: compiled a slice per warm-up step (see lazyPhraseList).
const forbiddenMatcher = lazyPhraseList(FORBIDDEN_PHRASES.map((entry) => ({ phrase: entry.phrase, meta: entry })));

type ForbiddenMatch = PhraseMatch<ForbiddenPhrase>;

/**
 * What a match is worth, given the case vocabulary around it and whether the message pitches
 * something (see content-context.ts): an error needs an offer, never just a word.
 */
function severityOf(
  kind: ForbiddenPhrase['kind'],
  standing: LegalStanding,
  cue: OfferCue | undefined,
): Severity | undefined {
  if (standing === 'legal-phrase') return undefined;
  switch (kind) {
    case 'offer':
      // Offer wording is an offer whatever case words stand near it ("mass tort leads for sale").
      return 'error';
    case 'pitch':
      if (standing === 'sentence') return undefined;
      if (standing === 'message') return cue === undefined ? undefined : 'warning';
      return cue === undefined ? 'warning' : 'error';
    case 'product':
      // Judged in productSeverity: goods need a sale, not just any offer cue.
      return undefined;
    case 'trigger':
      // A topic word in a message about a case is the case's vocabulary. With a pitch around it
      // (a call to act, a prize, a link, urgency: an amount alone is every invoice) and no case in
      // sight it is an offer.
      if (standing === 'sentence' || standing === 'message') return undefined;
      if (cue === undefined) return 'warning';
      return cue === 'money' ? 'warning' : 'error';
  }
}

/** Subjects that make an imperative offer verb a statement: "you make $900 a week" against "make $900 a week". */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'u', 'we', 'they', 'he', 'she']);

/** Verbs that report someone's pitch ("the scheme promised to turn $500 into $5,000"): a case's facts. */
const REPORTED_BY: ReadonlySet<string> = new Set([
  'promised',
  'promising',
  'claimed',
  'claiming',
  'advertised',
  'offered',
  'pitched',
  'told',
  // What a party's document or record is said to say ("the 1099-MISC from the sweepstakes says you
  // won a truck", "the flyer stated no credit check"): its words reported, as a firm reads a paper.
  'says',
  'said',
  'states',
  'stated',
  'shows',
  'showed',
  'lists',
  'listed',
  // Their Spanish counterparts, in the past tenses a client's account of a scheme uses ("le
  // prometían ganar...", "le ofreció..."): preterite and imperfect, singular and plural.
  'prometió',
  'prometían',
  'prometía',
  'prometieron',
  'prometiendo',
  'ofreció',
  'ofrecía',
  'ofrecían',
  'ofrecieron',
  'decía',
  'decían',
  'dijo',
  'dijeron',
  'anunciaba',
  'anunciaban',
  'anunció',
  'anunciaron',
  'aseguraba',
  'aseguraban',
  'aseguró',
  'aseguraron',
]);
/**
 * How far back a reporting verb reaches, in one clause: "promised to", "told him he could", and a
 * list of what was promised ("promised guaranteed approval with no credit check").
 */
const REPORTED_REACH = 5;
/** How many comma-separated items a reported list may run to: "said A, B, C". */
const MAX_REPORTED_ITEMS = 3;

/**
 * listComma[i] is 1 when only a comma (and spaces) stands between words i and i+1: a list's or a
 * clause's comma, not a sentence's end.
 */
function listCommasOf(text: string, words: readonly { start: number; end: number }[]): Uint8Array {
  const commas = new Uint8Array(words.length);
  for (let index = 0; index + 1 < words.length; index++) {
    const gap = text.slice((words[index] as { end: number }).end, (words[index + 1] as { start: number }).start);
    if (LIST_COMMA.test(gap)) commas[index] = 1;
  }
  return commas;
}
const LIST_COMMA = /^ *, *$/;

/** Determiners that make what follows a third party's: "his crypto trading gains", "their payday loans". */
const THIRD_PARTY_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);
/** How many words (adjectives: "his unreported crypto trading") may stand between the possessive and the match. */
const POSSESSIVE_REACH = 2;

/**
 * Nouns naming a business or scheme: offer wording right before one modifies it and names what a
 * party does ("your claim against the crypto investment site", "the payday loan company that sued
 * you"), the way a firm describes the other side of a case; an offer pitches the thing itself.
 */
const BUSINESS_NOUNS: ReadonlySet<string> = new Set([
  'site',
  'sites',
  'website',
  'websites',
  'platform',
  'platforms',
  'app',
  'apps',
  'company',
  'companies',
  'business',
  'businesses',
  'operator',
  'operators',
  'promoter',
  'promoters',
  'scheme',
  'schemes',
  'scam',
  'scams',
  'fraud',
  'broker',
  'brokers',
  // What a party owns or earns from it, named for a return, an inventory or a division ("income
  // from the bitcoin mining rig", "the crypto trading losses", "the gambling operation's
  // equipment"): a thing described, not the activity pitched.
  'rig',
  'rigs',
  'equipment',
  'hardware',
  'machine',
  'machines',
  'operation',
  'operations',
  'income',
  'revenue',
  'revenues',
  'proceeds',
  'losses',
  'gains',
]);
/** The sender's own ("our crypto investment platform"): an offer of the sender's business, not a description. */
const SENDER_POSSESSIVES: ReadonlySet<string> = new Set(['our', 'my']);

/**
 * Verbs of trade: what a named party sells or stocks ("the lease lets the tenant sell CBD products",
 * "her bakery sells CBD gummies") is a business described, the subject of a lease, a permit or a
 * complaint. Twilio's forbidden categories ban sending such offers, not naming what a party sells.
 */
const TRADE_VERBS: ReadonlySet<string> = new Set([
  'offer',
  'offers',
  'offered',
  'offering',
  'advertise',
  'advertises',
  'advertised',
  'advertising',
  'promote',
  'promotes',
  'promoted',
  'promoting',
  'sell',
  'sells',
  'selling',
  'sold',
  'carry',
  'carries',
  'carried',
  'carrying',
  'stock',
  'stocks',
  'stocked',
  'stocking',
  'distribute',
  'distributes',
  'distributed',
  'distributing',
  // Spanish, in the third person a firm tells a party's trade with ("la tienda vende tabaco", "el
  // bar les vendía cerveza"); "vendo" and "vendemos" are the seller's own.
  'vende',
  'venden',
  'vendía',
  'vendían',
  'vendió',
  'vendieron',
  'ofrece',
  'ofrecen',
]);
/** How many words of the thing sold may stand between the verb and the match: "sells beer and wine specials". */
const TRADE_REACH = 4;
/** Words between a trade verb and its subject: "the tenant may not sell", "is allowed to sell". */
const TRADE_AUXILIARIES: ReadonlySet<string> = new Set([
  'can',
  'could',
  'may',
  'might',
  'must',
  'will',
  'would',
  'shall',
  'should',
  'to',
  'not',
  'also',
  'still',
  'only',
  'allegedly',
  'legally',
  'illegally',
  'never',
  'was',
  'is',
  'were',
  'are',
  'has',
  'have',
  'had',
  'been',
]);
/** Subjects that make a trade an offer to the reader: the sender's ("we sell", "our shop sells") or the reader's ("you can sell"). */
const OFFERING_SUBJECTS: ReadonlySet<string> = new Set(['we', 'i', 'our', 'my', 'us', 'you', 'u', 'your', 'ur']);
/** Third-party pronouns that are a subject by themselves: "he sells", "they carried", "ella vende". */
const THIRD_PARTY_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'él', 'ella', 'ellos', 'ellas']);
/** Words that make the noun after them a named party: "the tenant", "her bakery", "this store", "la tienda". */
const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'his',
  'her',
  'their',
  'its',
  'el',
  'la',
  'los',
  'las',
  'un',
  'una',
  'este',
  'esta',
  'ese',
  'esa',
  'su',
  'sus',
]);
/** How many words of a subject's noun phrase are searched for its determiner: "the little corner shop sells". */
const SUBJECT_REACH = 3;

/**
 * Offer wording that is the object of a named party's trade ("the tenant sell[s] CBD products",
 * "the defendant's shop carries cheap cigarettes", "the lender advertised no credit check"): a
 * party named by a determiner, a possessive or a pronoun, with a verb of selling or offering, in
 * one clause. Not an imperative ("Sell CBD gummies from home"), an ad's own subject ("Local store
 * sells CBD gummies"), nor the sender's or the reader's trade ("we sell", "our shop sells", "you
 * can sell"), which is what an offer is.
 */
function isThirdPartyTrade(match: ForbiddenMatch, normalized: readonly string[], joined: Uint8Array): boolean {
  // The buyer named as the subject of the match's own verb: "only a licensed dealer can buy the guns".
  if (
    BUYING_VERBS.has(normalized[match.firstWord] as string) &&
    hasNamedPartySubject(match.firstWord, normalized, joined)
  )
    return true;
  for (let verb = match.firstWord - 1; verb >= 0 && verb >= match.firstWord - TRADE_REACH; verb--) {
    if (!joined[verb]) return false;
    if (!TRADE_VERBS.has(normalized[verb] as string)) continue;
    return hasNamedPartySubject(verb, normalized, joined);
  }
  return false;
}

/**
 * An earning verb in the third person or the past ("gana", "ganaba", "earns", "made"): what
 * somebody earns, told. Not the imperative or the infinitive of an offer ("gane", "ganar", "earn").
 */
const EARNING_VERBS_TOLD: ReadonlySet<string> = new Set([
  'gana',
  'ganaba',
  'ganó',
  'genera',
  'generaba',
  'generó',
  'earns',
  'earned',
  'makes',
  'made',
]);

/** Verbs of buying: who may buy a thing is a party's trade too ("the dealer can buy the guns"). */
const BUYING_VERBS: ReadonlySet<string> = new Set([
  'buy',
  'buys',
  'bought',
  'buying',
  'purchase',
  'purchases',
  'purchased',
]);

/** The verb's subject is a named third party: "he", "the tenant", "a licensed dealer", "the defendant's shop". */
function hasNamedPartySubject(verb: number, normalized: readonly string[], joined: Uint8Array): boolean {
  let subject = verb - 1;
  while (subject >= 0 && joined[subject] && TRADE_AUXILIARIES.has(normalized[subject] as string)) subject--;
  if (subject < 0 || !joined[subject]) return false;
  if (THIRD_PARTY_SUBJECTS.has(normalized[subject] as string)) return true;
  // A noun named as a party: a determiner or a possessive before it ("the tenant", "the
  // defendant's shop"), not an ad's own subject ("Great offers", "Local store sells").
  for (let word = subject; word >= 0 && word > subject - SUBJECT_REACH; word--) {
    const before = normalized[word - 1];
    if (word === 0 || !joined[word - 1] || before === undefined) return false;
    if (OFFERING_SUBJECTS.has(before)) return false;
    if (DETERMINERS.has(before) || before.endsWith("'s")) return true;
  }
  return false;
}

/**
 * Records of a purchase: offer wording right after one and "for", "of" or "from" ("the receipt for
 * the CBD oil", "la factura del tramadol") names what someone bought, kept as evidence of a case's
 * fact; an offer pitches the thing itself.
 */
const PURCHASE_RECORDS: ReadonlySet<string> = new Set([
  'receipt',
  'receipts',
  'invoice',
  'invoices',
  'bill',
  'bills',
  'statement',
  'statements',
  'recibo',
  'recibos',
  'factura',
  'facturas',
  'comprobante',
  'comprobantes',
]);
const RECORD_OF: ReadonlySet<string> = new Set(['for', 'of', 'from', 'de', 'del', 'por']);
const RECORD_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'that',
  'those',
  'this',
  'these',
  'your',
  'his',
  'her',
  'their',
  'el',
  'la',
  'los',
  'las',
  'su',
  'sus',
]);

/**
 * Whether the match is the object of a head noun's phrase right before it: a head, a preposition
 * and an optional determiner, all in one clause ("the receipt for the CBD oil", "the prescription
 * for the Xanax", "his job at the casino").
 */
function isHeadedBy(
  match: ForbiddenMatch,
  normalized: readonly string[],
  joined: Uint8Array,
  heads: ReadonlySet<string>,
  prepositions: ReadonlySet<string>,
  determiners: ReadonlySet<string>,
): boolean {
  let at = match.firstWord - 1;
  if (at >= 0 && joined[at] && determiners.has(normalized[at] ?? '')) at--;
  if (at < 1 || !joined[at] || !prepositions.has(normalized[at] ?? '')) return false;
  return joined[at - 1] === 1 && heads.has(normalized[at - 1] ?? '');
}

/** Offer wording named by a record of its purchase: "the receipt for the CBD oil". */
function namedByPurchaseRecord(match: ForbiddenMatch, normalized: readonly string[], joined: Uint8Array): boolean {
  return isHeadedBy(match, normalized, joined, PURCHASE_RECORDS, RECORD_OF, RECORD_DETERMINERS);
}

/**
 * Whether the words ending at `subject` name a party by a determiner or a possessive ("the dealer's
 * ad", "the 1099-MISC from the sweepstakes", "his lender"), not the sender or the reader ("we
 * said", "our ad promised", "you said") nor an ad's own opening ("Ad promised ...").
 */
function isNamedParty(normalized: readonly string[], joined: Uint8Array, subject: number): boolean {
  for (let word = subject; word >= 0 && word > subject - NAMED_PARTY_REACH; word--) {
    const written = normalized[word] as string;
    if (OFFERING_SUBJECTS.has(written)) return false;
    if (THIRD_PARTY_SUBJECTS.has(written) && word === subject) return true;
    if (DETERMINERS.has(written) || (written.endsWith("'s") && word < subject)) return true;
    if (word === 0 || !joined[word - 1]) return false;
  }
  return false;
}
/** How many words a named party's noun phrase may take before its verb ("the 1099-MISC from the sweepstakes"). */
const NAMED_PARTY_REACH = 5;

/** Conjunctions that open a condition: what follows is supposed, neither announced nor offered. */
const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'when', 'whenever', 'once', 'si']);
/** Verbs that turn a condition into a teaser ("see if you have won", "find out whether you won"). */
const TEASING_VERBS: ReadonlySet<string> = new Set(['see', 'check', 'out', 'know', 'learn', 'discover', 'verify']);

/**
 * A pitch stated as a condition ("If you win any prize or jackpot, tell us before you spend it",
 * "if you have won a prize"): a supposition about the reader, the way a firm explains what a
 * change would mean for the case. It counts as a trigger (see severityOf: quiet beside case
 * vocabulary, an error with an offer cue and no case). "See if you have won" is a teaser, not a
 * condition.
 */
function isSupposed(match: ForbiddenMatch, normalized: readonly string[], joined: Uint8Array): boolean {
  let at = match.firstWord - 1;
  if (at >= 0 && joined[at] && SUBJECT_PRONOUNS.has(normalized[at] ?? '')) at--;
  else if (!SUBJECT_PRONOUNS.has(normalized[match.firstWord] ?? '')) return false;
  if (at < 0 || !joined[at] || !CONDITIONALS.has(normalized[at] ?? '')) return false;
  return !(at > 0 && joined[at - 1] && TEASING_VERBS.has(normalized[at - 1] ?? ''));
}

/**
 * The same businesses as Spanish names them after the thing, with "de" ("los préstamos rápidos de
 * las apps", "el casino en línea de la plataforma", "las apuestas del sitio"): the Spanish order of
 * "the payday loan apps".
 */
const SPANISH_BUSINESS_NOUNS: ReadonlySet<string> = new Set([
  'app',
  'apps',
  'aplicación',
  'aplicacion',
  'aplicaciones',
  'compañía',
  'compania',
  'compañías',
  'companias',
  'empresa',
  'empresas',
  'plataforma',
  'plataformas',
  'sitio',
  'sitios',
  'página',
  'pagina',
  'páginas',
  'paginas',
  'financiera',
  'financieras',
  'prestamista',
  'prestamistas',
]);
const SPANISH_OF: ReadonlySet<string> = new Set(['de', 'del']);
const SPANISH_ARTICLES: ReadonlySet<string> = new Set(['la', 'las', 'el', 'los', 'una', 'unas', 'un', 'unos']);

/** Determiners that make the thing before "de" a definite one talked about: "los préstamos rápidos de las apps". */
const SPANISH_DEFINITE: ReadonlySet<string> = new Set([
  'los',
  'las',
  'el',
  'la',
  'sus',
  'su',
  'esos',
  'esas',
  'estos',
  'estas',
]);

/**
 * "los préstamos rápidos de las apps": a definite article or a possessive, the match, "de" or "del",
 * an article maybe, and a business noun. An ad opens with the thing bare ("Préstamos rápidos de la
 * app ...: solicite hoy").
 */
function namesASpanishBusiness(match: ForbiddenMatch, normalized: readonly string[], joined: Uint8Array): boolean {
  const before = match.firstWord - 1;
  if (before < 0 || !joined[before] || !SPANISH_DEFINITE.has(normalized[before] ?? '')) return false;
  let at = match.lastWord + 1;
  if (!joined[match.lastWord] || !SPANISH_OF.has(normalized[at] ?? '')) return false;
  if (joined[at] && SPANISH_ARTICLES.has(normalized[at + 1] ?? '')) at++;
  return joined[at] === 1 && SPANISH_BUSINESS_NOUNS.has(normalized[at + 1] ?? '');
}

/**
 * What a search turned up, the match the subject of a passive of finding or seizing ("the THC vape
 * was found in a shared locker", "the pills were seized", "la pistola fue encontrada en el carro"):
 * evidence in a case, described, never a product offered.
 */
const EVIDENCE_PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'fue', 'fueron']);
const EVIDENCE_PARTICIPLES: ReadonlySet<string> = new Set([
  'found',
  'seized',
  'confiscated',
  'recovered',
  'discovered',
  'located',
  'impounded',
  'encontrado',
  'encontrada',
  'encontrados',
  'encontradas',
  'hallado',
  'hallada',
  'hallados',
  'halladas',
  'incautado',
  'incautada',
  'incautados',
  'incautadas',
  'decomisado',
  'decomisada',
  'decomisados',
  'decomisadas',
  'confiscado',
  'confiscada',
  'confiscados',
  'confiscadas',
]);

function isFoundAsEvidence(match: ForbiddenMatch, normalized: readonly string[], joined: Uint8Array): boolean {
  const auxiliary = match.lastWord + 1;
  if (!joined[match.lastWord] || !EVIDENCE_PASSIVE_AUXILIARIES.has(normalized[auxiliary] ?? '')) return false;
  return joined[auxiliary] === 1 && EVIDENCE_PARTICIPLES.has(normalized[auxiliary + 1] ?? '');
}

/**
 * Finding and seizing told in the past, with the finder for subject ("the rifles the police found",
 * "los rifles que encontró la policía", "the pills that officers seized"): evidence in a case, as
 * the passive is (see isFoundAsEvidence). The sender's or the reader's finding ("we found", "you
 * found") is no search.
 */
const FINDING_VERBS_TOLD: ReadonlySet<string> = new Set([
  'found',
  'seized',
  'confiscated',
  'recovered',
  'discovered',
  'located',
  'impounded',
  'encontró',
  'encontraron',
  'halló',
  'hallaron',
  'incautó',
  'incautaron',
  'decomisó',
  'decomisaron',
  'confiscó',
  'confiscaron',
]);
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'que']);
/** How many words of the finder may stand before its verb: "the two deputies found". */
const FINDER_REACH = 3;

function isFoundByParty(match: ForbiddenMatch, normalized: readonly string[], joined: Uint8Array): boolean {
  if (!joined[match.lastWord]) return false;
  let at = match.lastWord + 1;
  const relative = RELATIVE_PRONOUNS.has(normalized[at] ?? '');
  if (relative) {
    if (!joined[at]) return false;
    at++;
  }
  for (let word = at; word < normalized.length && word <= at + FINDER_REACH; word++) {
    const written = normalized[word] as string;
    // A bare participle after the goods ("rifles found at an estate sale") may be an ad's: a finder
    // or a relative pronoun must be told.
    if (FINDING_VERBS_TOLD.has(written)) return relative || word > at;
    if (OFFERING_SUBJECTS.has(written) || !joined[word]) return false;
  }
  return false;
}

/**
 * A drug someone takes under a prescription ("toma Adderall con receta", "he takes Xanax with a
 * prescription", "she was prescribed Adderall", "le recetaron Xanax"): a client's own medicine,
 * named in a case. A verb of taking told in the third person, not opening its clause (the Spanish
 * imperative "toma" opens one), and the prescription after the drug; or a prescribing told in the
 * passive or to someone.
 */
const TAKING_VERBS_TOLD: ReadonlySet<string> = new Set([
  'takes',
  'took',
  'taking',
  'uses',
  'used',
  'toma',
  'tomaba',
  'tomó',
  'toman',
  'tomaban',
  'usa',
  'usaba',
]);
const PRESCRIPTION_WORDS: ReadonlySet<string> = new Set(['prescription', 'prescribed', 'receta', 'prescripción']);
const PRESCRIPTION_LINKS: ReadonlySet<string> = new Set(['with', 'by', 'under', 'as', 'a', 'con', 'por', 'bajo']);
const PRESCRIBING_TOLD: ReadonlySet<string> = new Set(['recetaron', 'recetó', 'recetaba', 'prescribed']);
const PRESCRIBED_TO: ReadonlySet<string> = new Set(['le', 'les', 'was', 'were', 'is', 'are', 'been']);

function isTakenAsPrescribed(match: ForbiddenMatch, normalized: readonly string[], joined: Uint8Array): boolean {
  const verb = match.firstWord - 1;
  if (verb < 1 || !joined[verb]) return false;
  const written = normalized[verb] as string;
  if (PRESCRIBING_TOLD.has(written)) return joined[verb - 1] === 1 && PRESCRIBED_TO.has(normalized[verb - 1] ?? '');
  if (!TAKING_VERBS_TOLD.has(written) || !joined[verb - 1]) return false;
  for (let word = match.lastWord + 1; word < normalized.length && word <= match.lastWord + 3; word++) {
    if (!joined[word - 1]) return false;
    const after = normalized[word] as string;
    if (PRESCRIPTION_WORDS.has(after)) return word > match.lastWord + 1;
    if (!PRESCRIPTION_LINKS.has(after)) return false;
  }
  return false;
}

/**
 * A drug named by its prescription's papers ("la receta del lorazepam", "the prescription for the
 * Xanax", "the lorazepam prescription", "the Adderall bottle"): a client's own medicine, a record
 * the firm asks for. "Without a prescription" is the rogue pharmacy's, and is no such paper.
 */
const PRESCRIPTION_PAPERS: ReadonlySet<string> = new Set([
  'prescription',
  'prescriptions',
  'label',
  'labels',
  'bottle',
  'bottles',
  'refill',
  'refills',
  'receta',
  'recetas',
  'etiqueta',
  'etiquetas',
  'frasco',
  'frascos',
]);
const PAPER_OF: ReadonlySet<string> = new Set(['for', 'of', 'de', 'del', 'para']);

function isNamedByPrescription(match: ForbiddenMatch, normalized: readonly string[], joined: Uint8Array): boolean {
  if (joined[match.lastWord] && PRESCRIPTION_PAPERS.has(normalized[match.lastWord + 1] ?? '')) return true;
  return isHeadedBy(match, normalized, joined, PRESCRIPTION_PAPERS, PAPER_OF, RECORD_DETERMINERS);
}

/**
 * Verbs of keeping told of a party ("Sam's father still keeps vape pens in the garage", "he owned
 * two pistols", "su esposo guardaba cerveza en el carro"): a party's belongings, the question a
 * guardian ad litem, an investigator or a property division asks. Not "has": "the store has vapes
 * in stock" is an ad's.
 */
const KEEPING_VERBS_TOLD: ReadonlySet<string> = new Set([
  'keeps',
  'kept',
  'owns',
  'owned',
  'stores',
  'stored',
  'hides',
  'hid',
  'had',
  'possessed',
  'guarda',
  'guardaba',
  'guardó',
  'guardaban',
  'guardaron',
  'tenía',
  'tenían',
  'escondía',
  'escondió',
  'escondían',
]);
/** Words between the verb and the goods: "kept two vape pens", "owns a few old pistols". */
const KEEPING_REACH = 3;

function isKeptByParty(match: ForbiddenMatch, normalized: readonly string[], joined: Uint8Array): boolean {
  for (let verb = match.firstWord - 1; verb >= 0 && verb >= match.firstWord - KEEPING_REACH; verb--) {
    if (!joined[verb]) return false;
    if (KEEPING_VERBS_TOLD.has(normalized[verb] as string)) return hasNamedPartySubject(verb, normalized, joined);
  }
  return false;
}

/**
 * A workplace named as someone's job ("your 2019 job at the casino", "she worked at a liquor
 * store", "trabajaba en el casino") or its pay records ("the casino pay stubs"): an employment or
 * immigration history, told. An offer of work there has an offer cue (see the check).
 */
const JOB_WORDS: ReadonlySet<string> = new Set([
  'job',
  'jobs',
  'work',
  'worked',
  'working',
  'works',
  'shift',
  'shifts',
  'employed',
  'employment',
  'position',
  'trabajo',
  'trabajaba',
  'trabajó',
  'trabajaban',
  'empleo',
  'empleado',
  'empleada',
]);
const JOB_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'for', 'in', 'en', 'para', 'del']);
const PLACE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'that', 'el', 'la', 'un', 'una']);
const PAY_RECORD_WORDS: ReadonlySet<string> = new Set([
  'paystub',
  'paystubs',
  'paycheck',
  'paychecks',
  'payroll',
  'w-2',
  'w-2s',
  'wages',
  'employer',
  'job',
  'jobs',
  'employment',
]);

function isWorkplace(match: ForbiddenMatch, normalized: readonly string[], joined: Uint8Array): boolean {
  if (joined[match.lastWord]) {
    const next = normalized[match.lastWord + 1] ?? '';
    if (PAY_RECORD_WORDS.has(next)) return true;
    // "pay stubs", "pay records": the two-word name of the same papers.
    if (
      next === 'pay' &&
      joined[match.lastWord + 1] &&
      /^(?:stubs?|records?|history)$/.test(normalized[match.lastWord + 2] ?? '')
    )
      return true;
  }
  return isHeadedBy(match, normalized, joined, JOB_WORDS, JOB_PLACE_PREPOSITIONS, PLACE_DETERMINERS);
}

/**
 * The reader's own plan, told back by the firm ("Since you plan to host a paid craft beer club
 * there", "if you intend to sell wine at the market"): the client's venture the advice is about,
 * quiet when nothing is pitched (see the check); a scam's "you want to earn" comes with its cue.
 */
const PLAN_VERBS: ReadonlySet<string> = new Set([
  'plan',
  'plans',
  'planned',
  'planning',
  'intend',
  'intends',
  'intended',
  'intending',
  'hope',
  'hoping',
  'decided',
  'planea',
  'piensa',
  'pretende',
]);
const PLAN_SUBJECTS: ReadonlySet<string> = new Set(['you', "you're", 'usted']);
/** How far the plan's verb may stand before the match: "plan to host a paid craft beer club". */
const PLAN_REACH = 6;

function isReadersPlan(match: ForbiddenMatch, normalized: readonly string[], joined: Uint8Array): boolean {
  for (let verb = match.firstWord - 1; verb >= 1 && verb >= match.firstWord - PLAN_REACH; verb--) {
    if (!joined[verb]) return false;
    if (!PLAN_VERBS.has(normalized[verb] as string)) continue;
    // "you plan", "you are planning", "you're planning", "usted planea".
    let subject = verb - 1;
    if (normalized[subject] === 'are' && subject > 0 && joined[subject - 1]) subject--;
    return joined[subject] === 1 && PLAN_SUBJECTS.has(normalized[subject] ?? '');
  }
  return false;
}

/**
 * Verbs of a rule that bans a trade ("the HOA rules ban any liquor sales", "the lease prohibits
 * selling tobacco", "la ley prohíbe la venta de alcohol"): what is banned is not on offer.
 */
const PROHIBITING_VERBS: ReadonlySet<string> = new Set([
  'ban',
  'bans',
  'banned',
  'prohibit',
  'prohibits',
  'prohibited',
  'forbid',
  'forbids',
  'forbade',
  'bar',
  'bars',
  'barred',
  'outlaw',
  'outlaws',
  'outlawed',
  'restrict',
  'restricts',
  'restricted',
  'prohíbe',
  'prohibe',
  'prohíben',
  'prohiben',
  'prohibió',
  'prohibía',
]);
/** Rules named bare as a verb's subject ("State law bans", "Federal law prohibits", "city ordinance bars"). */
const RULE_NOUNS: ReadonlySet<string> = new Set([
  'law',
  'laws',
  'rule',
  'rules',
  'ordinance',
  'ordinances',
  'bylaws',
  'covenants',
  'lease',
  'statute',
  'code',
  'policy',
  'regulations',
  'ley',
  'leyes',
  'reglamento',
  'contrato',
]);
/** Words between the prohibiting verb and the thing banned: "ban short-term rentals and any liquor sales". */
const PROHIBITED_REACH = 6;

function isProhibitedByRule(match: ForbiddenMatch, normalized: readonly string[], joined: Uint8Array): boolean {
  for (let verb = match.firstWord - 1; verb >= 1 && verb >= match.firstWord - PROHIBITED_REACH; verb--) {
    if (!joined[verb]) return false;
    if (!PROHIBITING_VERBS.has(normalized[verb] as string)) continue;
    let subject = verb - 1;
    while (subject >= 0 && joined[subject] && TRADE_AUXILIARIES.has(normalized[subject] as string)) subject--;
    if (subject >= 0 && joined[subject] && RULE_NOUNS.has(normalized[subject] as string)) return true;
    return hasNamedPartySubject(verb, normalized, joined);
  }
  return false;
}

/** Goods or a topic word told as a case's fact: found in a search, or a client's prescribed medicine. */
function isToldAsEvidence(match: ForbiddenMatch, normalized: readonly string[], joined: Uint8Array): boolean {
  return (
    isFoundAsEvidence(match, normalized, joined) ||
    isFoundByParty(match, normalized, joined) ||
    isTakenAsPrescribed(match, normalized, joined) ||
    isKeptByParty(match, normalized, joined)
  );
}

/** Offer wording that names a business described, not the sender's: "the crypto investment site". */
function namesABusiness(match: ForbiddenMatch, normalized: readonly string[], joined: Uint8Array): boolean {
  if (namesASpanishBusiness(match, normalized, joined)) return true;
  if (!joined[match.lastWord] || !BUSINESS_NOUNS.has(normalized[match.lastWord + 1] ?? '')) return false;
  return !(
    match.firstWord > 0 &&
    joined[match.firstWord - 1] &&
    SENDER_POSSESSIVES.has(normalized[match.firstWord - 1] ?? '')
  );
}

/**
 * The law's own agents of relief: a court or judge, a bankruptcy, its chapter, discharge, plan,
 * filing or trustee (11 U.S.C. ch. 7 and 13; the U.S. Courts' "Bankruptcy Basics" says a discharge
 * "releases the debtor from personal liability" for debts). What one of them does to a debt ("the
 * court can wipe out your medical debts", "a Chapter 7 discharge can erase your debt", "Chapter 13
 * lets you consolidate your debts") is a firm explaining the law; a seller's promise has the seller
 * or its program for subject ("our program can wipe out your debt").
 */
const LEGAL_AGENTS: ReadonlySet<string> = new Set([
  'court',
  'courts',
  'judge',
  'bankruptcy',
  'discharge',
  'filing',
  'trustee',
  'corte',
  'juez',
  'jueza',
  'tribunal',
  'quiebra',
  'bancarrota',
  // What the tax agency itself does to a tax debt ("the IRS will cut your balance in half" once a
  // return is filed; IRS, "Offer in compromise" and "Penalty relief").
  'irs',
]);
/** Verbs through which an agent gives the reader the act: "Chapter 13 lets you consolidate". */
const CAUSATIVE_VERBS: ReadonlySet<string> = new Set(['lets', 'let', 'allows', 'allow', 'helps', 'help']);
/** The same in Spanish, after the reader's object pronoun: "la bancarrota le permite pagar". */
const SPANISH_CAUSATIVE_VERBS: ReadonlySet<string> = new Set(['permite', 'permitirá', 'permitiría', 'deja', 'ayuda']);
const READER_OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['le', 'te', 'les']);

/** The words at [first, last] (a subject's noun phrase ending at `last`) name a legal agent: "the court", "Chapter 7", "a Chapter 7 discharge". */
function isLegalAgent(normalized: readonly string[], last: number): boolean {
  const head = normalized[last] ?? '';
  if (LEGAL_AGENTS.has(head)) return true;
  // "Chapter 7", "el Capítulo 13": the chapter named by its number.
  const before = normalized[last - 1] ?? '';
  return /^\d+$/.test(head) && (before === 'chapter' || before === 'capítulo' || before === 'capitulo');
}

/** Whether the subject of the verb at `verb` is a legal agent, across a modal or a causative ("can", "will", "lets you"). */
function hasLegalAgentSubject(verb: number, normalized: readonly string[], joined: Uint8Array): boolean {
  let subject = verb - 1;
  while (subject >= 0 && joined[subject] && TRADE_AUXILIARIES.has(normalized[subject] as string)) subject--;
  if (subject < 0 || !joined[subject]) return false;
  if (normalized[subject] === 'you' && subject > 0 && joined[subject - 1]) {
    if (!CAUSATIVE_VERBS.has(normalized[subject - 1] as string)) return false;
    subject -= 2;
    if (subject < 0 || !joined[subject]) return false;
  } else if (
    SPANISH_CAUSATIVE_VERBS.has(normalized[subject] as string) &&
    subject > 0 &&
    joined[subject - 1] &&
    READER_OBJECT_PRONOUNS.has(normalized[subject - 1] as string)
  ) {
    subject -= 2;
    if (subject < 0 || !joined[subject]) return false;
  }
  return isLegalAgent(normalized, subject);
}

/**
 * Verbs of sending or posting, told in the past ("the app sent explicit photos", "he posted the
 * nude photos", "su ex publicó las fotos"): what a party did with the goods or images, a case's
 * fact (harassment, revenge porn, a protective order). An offer sends in the present or the future.
 */
const TOLD_SENDING_VERBS: ReadonlySet<string> = new Set([
  'sent',
  'texted',
  'emailed',
  'messaged',
  'posted',
  'shared',
  'forwarded',
  'leaked',
  'uploaded',
  'published',
  'showed',
  'distributed',
  // The progressive after a verb that tells it ("he kept sending sexy pics", "she was posting").
  'sending',
  'texting',
  'posting',
  'sharing',
  'envió',
  'enviaron',
  'mandó',
  'mandaron',
  'publicó',
  'publicaron',
  'compartió',
  'compartieron',
  'subió',
  'subieron',
  'difundió',
  'difundieron',
  'reenvió',
  'reenviaron',
]);
/** What makes a progressive told ("kept sending", "was posting", "had been texting"): skipped back to the subject. */
const TELLING_AUXILIARIES: ReadonlySet<string> = new Set([
  'kept',
  'keeps',
  'was',
  'were',
  'been',
  'has',
  'had',
  'started',
]);
const PROGRESSIVE = /ing$/;
/** How far before the match a told sending verb may stand, in one clause: "sent you the explicit video and the nude photos". */
const TOLD_SENDING_REACH = 8;

/**
 * Offer wording that is the object of a named party's past sending ("the supervisor sent you the
 * nude photos", "your ex posted nude photos of you"): a party named by a determiner, a possessive
 * (the reader's own too: "your ex", "your boss") or a pronoun. Not a bare name or plural ("Jenny
 * sent you nude pics", "Hot singles sent you photos"), the adult spam's opening.
 */
function isToldSending(match: ForbiddenMatch, normalized: readonly string[], joined: Uint8Array): boolean {
  for (let verb = match.firstWord - 1; verb >= 0 && verb >= match.firstWord - TOLD_SENDING_REACH; verb--) {
    if (!joined[verb]) return false;
    const told = normalized[verb] as string;
    if (!TOLD_SENDING_VERBS.has(told)) continue;
    let subject = verb - 1;
    if (PROGRESSIVE.test(told)) {
      // "sending" alone is the seller's ("sending nude pics tonight"): only a told progressive counts.
      if (subject < 0 || !joined[subject] || !TELLING_AUXILIARIES.has(normalized[subject] as string)) return false;
      while (subject >= 0 && joined[subject] && TELLING_AUXILIARIES.has(normalized[subject] as string)) subject--;
    }
    if (subject < 0 || !joined[subject]) return false;
    const written = normalized[subject] as string;
    if (THIRD_PARTY_SUBJECTS.has(written)) return true;
    for (let word = subject; word > subject - SUBJECT_REACH && word > 0; word--) {
      if (!joined[word - 1]) return false;
      const before = normalized[word - 1] as string;
      if (before === 'your' || before === 'su' || before === 'tu') return true;
      if (OFFERING_SUBJECTS.has(before)) return false;
      if (DETERMINERS.has(before) || before.endsWith("'s")) return true;
    }
    return false;
  }
  return false;
}

/** Verbs of taking out a loan, told in the past: "took out", "opened", "sacó", "pidió", "obtuvo". */
const BORROWING_TOLD: ReadonlySet<string> = new Set([
  'took',
  'taken',
  'opened',
  'obtained',
  'sacó',
  'sacaron',
  'pidió',
  'pidieron',
  'obtuvo',
  'obtuvieron',
  'solicitó',
  'solicitaron',
  'abrió',
  'abrieron',
  'tramitó',
  'tramitaron',
]);
/** How far before the loan its told verb may stand: "took out a new loan". */
const BORROWING_REACH = 4;

function isBorrowingTold(match: ForbiddenMatch, normalized: readonly string[], joined: Uint8Array): boolean {
  for (let verb = match.firstWord - 1; verb >= 0 && verb >= match.firstWord - BORROWING_REACH; verb--) {
    if (!joined[verb]) return false;
    if (BORROWING_TOLD.has(normalized[verb] as string)) return true;
  }
  return false;
}

/**
 * An offer whose verb is written as an imperative ("earn!", "make!", "invest!") reads as a
 * statement of fact when a subject stands right before it, with no "can" or "will" between: "you
 * make $900 a week, so you qualify for the fee waiver" describes the client, as a firm does. Such a
 * match counts as a pitch (an error only with an offer cue and no case in sight). So does offer
 * wording owned by a third party ("the $21,340 he owed on his unreported crypto trading gains") or
 * reported as someone's promise ("the scheme promised to turn $500 into $5,000"), naming a
 * business ("the crypto investment site") or sold by a named party ("the tenant sells CBD
 * products"): a firm describes a party's dealings; an offer is made to the reader.
 */
function kindOf(
  match: ForbiddenMatch,
  normalized: readonly string[],
  joined: Uint8Array,
  listComma: Uint8Array,
): ForbiddenPhrase['kind'] {
  if (match.meta.kind === 'pitch' && isSupposed(match, normalized, joined)) return 'trigger';
  // The reader's own venture, told back ("since you plan to host a paid beer club"): a topic.
  if (isReadersPlan(match, normalized, joined)) return 'trigger';
  // What the law does to a debt, the court or the chapter its subject: the case's vocabulary (the
  // agent is a case word itself, so it is quiet), never the seller's promise.
  if (
    (match.meta.kind === 'pitch' || match.meta.kind === 'offer') &&
    hasLegalAgentSubject(match.firstWord, normalized, joined)
  )
    return 'trigger';
  // A loan told as taken out ("someone took out a loan with only your ID", "sacó un préstamo con su
  // cédula"): an identity theft's or a lending case's fact, a topic, never the lender's pitch.
  if (match.meta.category === 'high-risk-financial' && isBorrowingTold(match, normalized, joined)) return 'trigger';
  if (match.meta.kind !== 'offer') return match.meta.kind;
  // What a record shows was bought is a topic of the case that keeps the record: quiet beside case
  // vocabulary, an error with an offer cue and no case ("show the receipt for the CBD gummies at
  // checkout for 20% off, shop now").
  if (namedByPurchaseRecord(match, normalized, joined)) return 'trigger';
  if (isFoundAsEvidence(match, normalized, joined)) return 'trigger';
  // A named third party's earnings told ("su esposo gana $3,000 al mes trabajando desde su casa",
  // "the defendant earns $900 a week from home"): a support or wage case's fact, a topic as a
  // trigger is. An amount alone does not pitch it; a call to act or a link beside it still does.
  if (
    EARNING_VERBS_TOLD.has(normalized[match.firstWord] as string) &&
    hasNamedPartySubject(match.firstWord, normalized, joined)
  )
    return 'trigger';
  if (namesABusiness(match, normalized, joined) || isThirdPartyTrade(match, normalized, joined)) return 'pitch';
  if (isToldSending(match, normalized, joined)) return 'pitch';
  if (match.firstWord === 0) return match.meta.kind;
  let floor = match.firstWord - REPORTED_REACH;
  let commas = 0;
  for (let before = match.firstWord - 1; before >= 0 && before >= floor; before--) {
    if (!joined[before]) {
      // What was reported runs on as a list across commas ("the ad said guaranteed financing for
      // everyone, bad credit OK"): each item gets the reach again, a sentence's end stops it.
      if (!listComma[before] || commas === MAX_REPORTED_ITEMS - 1) break;
      commas++;
      floor = before - REPORTED_REACH;
    }
    const word = normalized[before] as string;
    // A named party's paper or ad reported ("the dealer's ad promised no credit check", "the
    // 1099-MISC from the sweepstakes says you won a truck"): the case's exhibit, quiet beside case
    // words as a topic word is; an unnamed promise ("promised to double your money") stays a pitch.
    if (REPORTED_BY.has(word)) return isNamedParty(normalized, joined, before - 1) ? 'trigger' : 'pitch';
    if (commas === 0 && THIRD_PARTY_POSSESSIVES.has(word) && before >= match.firstWord - POSSESSIVE_REACH)
      return 'pitch';
  }
  const firstToken = match.meta.phrase.split(' ', 1)[0] ?? '';
  if (!firstToken.includes('!')) return match.meta.kind;
  const before = match.firstWord - 1;
  return joined[before] && SUBJECT_PRONOUNS.has(normalized[before] ?? '') ? 'pitch' : match.meta.kind;
}

/**
 * Verbs of getting goods to the reader ("can get you", "we ship", "le puede conseguir", "le
 * enviamos"): with the sender as subject, a supply of what follows. The first-person forms carry
 * the sender in themselves ("conseguimos", "le mandamos", "tenemos").
 */
const SUPPLY_VERBS: ReadonlySet<string> = new Set([
  'get',
  'send',
  'ship',
  'deliver',
  'bring',
  'supply',
  'sell',
  'provide',
  'conseguir',
  'enviar',
  'mandar',
  'llevar',
  'vender',
  'surtir',
  'entregar',
]);
const SENDER_SUPPLY_VERBS: ReadonlySet<string> = new Set([
  'conseguimos',
  'enviamos',
  'mandamos',
  'llevamos',
  'vendemos',
  'surtimos',
  'entregamos',
  'tenemos',
  'consigo',
  'vendo',
  'tengo',
]);
/** Words between a supply verb and its subject: a modal, an object pronoun ("can get you", "le puede conseguir"). */
const SUPPLY_AUXILIARIES: ReadonlySet<string> = new Set([
  'can',
  'could',
  'will',
  'would',
  'also',
  'puede',
  'pueden',
  'podría',
  'podria',
  'va',
  'a',
  'le',
  'te',
  'les',
  'se',
  'lo',
  'los',
  'la',
  'las',
]);
/** The sender's own: "we", "I", "our assistant", "nuestro asistente", "podemos" (we can). */
const SENDER_WORDS: ReadonlySet<string> = new Set(['we', 'i', 'podemos', 'puedo']);
const SENDER_OWNERS: ReadonlySet<string> = new Set(['our', 'my', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'mi']);
/**
 * Papers about the goods ("we can send you the prescription for the tramadol", "le enviamos la
 * copia de la receta de oxicodona"): what the sender supplies is the paper, a case's record.
 */
const SUPPLIED_PAPERS: ReadonlySet<string> = new Set([
  'prescription',
  'prescriptions',
  'record',
  'records',
  'copy',
  'copies',
  'list',
  'report',
  'refills',
  'receta',
  'recetas',
  'copia',
  'copias',
  'lista',
  'expediente',
  'informe',
  'reporte',
]);
/** How far before the goods the supply verb may stand: "get you 30 oxycodone pills", "conseguir pastillas de oxicodona". */
const SUPPLY_REACH = 4;

/**
 * Goods the sender gets to the reader ("our assistant can get you oxycodone pills without a
 * prescription", "nuestro asistente le puede conseguir pastillas de oxicodona sin receta", "we
 * can send you Xanax"): an offer, whatever case words stand beside it (a surgery, a claim), since
 * a firm supplies no drugs. Goods that are someone's ("your oxycodone") are told, not supplied.
 */
function suppliedBySender(match: ForbiddenMatch, normalized: readonly string[], joined: Uint8Array): boolean {
  for (let verb = match.firstWord - 1; verb >= 0 && verb >= match.firstWord - SUPPLY_REACH; verb--) {
    if (!joined[verb]) return false;
    const word = normalized[verb] as string;
    if (OWNER_POSSESSIVES.has(word) || SUPPLIED_PAPERS.has(word) || PURCHASE_RECORDS.has(word)) return false;
    if (SENDER_SUPPLY_VERBS.has(word)) return true;
    if (!SUPPLY_VERBS.has(word)) continue;
    let subject = verb - 1;
    while (subject >= 0 && joined[subject] && SUPPLY_AUXILIARIES.has(normalized[subject] as string)) subject--;
    if (subject < 0 || !joined[subject]) return false;
    if (SENDER_WORDS.has(normalized[subject] as string)) return true;
    for (let owner = subject - 1; owner >= 0 && owner >= subject - 2 && joined[owner]; owner--)
      if (SENDER_OWNERS.has(normalized[owner] as string)) return true;
    return false;
  }
  return false;
}
/** The goods a sender may be said to supply: drugs, with or without a prescription. */
const SUPPLIED_CATEGORIES: ReadonlySet<string> = new Set(['prescription-drugs', 'illegal-substances']);

/** Possessives that make the goods someone's own ("your Glock", "su pistola"), described, not sold. */
const OWNER_POSSESSIVES: ReadonlySet<string> = new Set([
  'your',
  'ur',
  'his',
  'her',
  'their',
  'its',
  'su',
  'sus',
  'tu',
  'tus',
]);
/** How far back an owner reaches: "your two Glocks", "sus tres pistolas". */
const OWNER_REACH = 2;

/**
 * Goods described rather than sold: owned ("your Glock", "sus pistolas"), sold by a named third
 * party ("the defendant sold AR-15s", see isThirdPartyTrade) or reported ("the ad offered
 * Xanax").
 */
function goodsDescribed(match: ForbiddenMatch, normalized: readonly string[], joined: Uint8Array): boolean {
  if (isThirdPartyTrade(match, normalized, joined) || isToldAsEvidence(match, normalized, joined)) return true;
  for (let before = match.firstWord - 1; before >= 0 && before >= match.firstWord - REPORTED_REACH; before--) {
    if (!joined[before]) break;
    const word = normalized[before] as string;
    if (REPORTED_BY.has(word)) return true;
    if (OWNER_POSSESSIVES.has(word) && before >= match.firstWord - OWNER_REACH) return true;
  }
  return false;
}

const skippedChecksMatcher = lazyPhrases(() => SKIPPED_GUN_CHECKS.map((phrase) => ({ phrase, meta: phrase })));

const lawfulChannelMatcher = lazyPhrases(() => LAWFUL_GUN_CHANNELS.map((phrase) => ({ phrase, meta: phrase })));

/**
 * A check a lawful gun sale goes through named as skipped, in the goods' sentence (see
 * SKIPPED_GUN_CHECKS), with no licensed dealer there to run it (LAWFUL_GUN_CHANNELS).
 */
function skipsGunChecks(match: ForbiddenMatch, message: ParsedMessage): boolean {
  const sentence = sentenceIndexOfWords(message.text, message.words)[match.firstWord] as number;
  const { skipped, lawful } = gunCheckSentencesOf(message);
  return skipped.has(sentence) && !lawful.has(sentence);
}

/**
 * Per message, the sentences (by index) naming a skipped gun check and those naming a lawful
 * channel: matched once, as a long text of gun offers asks once per offer.
 */
const gunCheckSentences = new WeakMap<ParsedMessage, { skipped: ReadonlySet<number>; lawful: ReadonlySet<number> }>();

function gunCheckSentencesOf(message: ParsedMessage): { skipped: ReadonlySet<number>; lawful: ReadonlySet<number> } {
  let found = gunCheckSentences.get(message);
  if (found === undefined) {
    const sentencesOf = (matches: readonly { firstWord: number }[]): ReadonlySet<number> =>
      sentencesHoldingWords(
        message.text,
        message.words,
        matches.map((each) => each.firstWord),
      );
    found = {
      skipped: sentencesOf(skippedChecksMatcher().match(message.text, message.words)),
      lawful: sentencesOf(lawfulChannelMatcher().match(message.text, message.words)),
    };
    gunCheckSentences.set(message, found);
  }
  return found;
}

/**
 * Goods of a forbidden trade (see the `product` entries): an error when the message puts them on
 * sale and names no case anywhere, since a firm's message about a drug or gun charge names the
 * same goods, and a price elsewhere in it is the firm's fee. Adult products also need an age
 * gate, and an offer cue or a sale (a private video chat is also how a firm meets a client).
 */
function productSeverity(
  match: ForbiddenMatch,
  message: ParsedMessage,
  content: ContentContext,
  normalized: readonly string[],
  joined: Uint8Array,
): Severity | undefined {
  if (goodsDescribed(match, normalized, joined)) return undefined;
  // Guns the sender sells past the checks a lawful sale goes through: an offer, beside case words
  // or not ("We sell rifles and ammo without a permit. No report to the police.").
  if (match.meta.category === 'firearms' && suppliedBySender(match, normalized, joined)) {
    if (skipsGunChecks(match, message)) return 'error';
  }
  if (match.meta.gate === 'age') {
    if (!content.ageGated) return undefined;
    if (content.offerCueOutside(match.start, match.end) === undefined && !content.saleCueFor(match)) return undefined;
  } else if (!content.saleCueFor(match)) return undefined;
  return content.standingOf(match) === 'none' ? 'error' : undefined;
}

const relativesMatcher = lazyPhrases(() => RELATIVES_POSSESSIONS.map((phrase) => ({ phrase, meta: phrase })));

/**
 * The sentences that name a relative's belongings ("your father's gun collection: two shotguns"),
 * where a topic word describes what the family owns. "Your father's Day gift" is the holiday.
 */
function sentencesNamingRelatives(message: ParsedMessage, normalized: readonly string[]): Set<number> {
  const sentenceOf = sentenceIndexOfWords(message.text, message.words);
  const sentences = new Set<number>();
  for (const span of relativesMatcher().match(message.text, message.words)) {
    if (normalized[span.lastWord + 1] === 'day') continue;
    sentences.add(sentenceOf[span.firstWord] as number);
  }
  return sentences;
}

/** Words that turn the imperative after them into a warning: "never pay a fee to get a prize". */
const NEGATORS: ReadonlySet<string> = new Set(['never', 'not', "don't", 'dont', 'no', 'nunca', 'jamás', 'jamas']);

/**
 * A prize fee told as what never to pay ("Never pay a processing fee to get a prize", "No deposite
 * dinero para el envío de ningún premio"): a firm's warning against the scam (FTC, "Fake prize,
 * sweepstakes, and lottery scams"), not the scam's demand.
 */
function isNegatedPrizeFee(match: ForbiddenMatch, normalized: readonly string[], joined: Uint8Array): boolean {
  if (match.meta.source !== 'ftcPrize' || match.firstWord === 0) return false;
  return joined[match.firstWord - 1] === 1 && NEGATORS.has(normalized[match.firstWord - 1] as string);
}

/** What ends a sentence or opens one before a word: a period, a colon, an opening ¡ or ¿. */
const SENTENCE_OPENING = /[.!?:;¡¿\n]/;

/** Whether the word at `index` opens its sentence (or the message). */
function opensSentence(text: string, words: ParsedMessage['words'], index: number): boolean {
  const previous = words[index - 1];
  const word = words[index];
  if (previous === undefined || word === undefined) return true;
  return SENTENCE_OPENING.test(text.slice(previous.end, word.start));
}

/** Deletes the phrase and one neighbouring space, so the sentence needs rewording but no cleanup. */
function deletionFix(text: string, start: number, end: number, shown: string): Fix {
  let from = start;
  let to = end;
  if (text[to] === ' ' && (from === 0 || text[from - 1] === ' ')) to++;
  else if (text[from - 1] === ' ') from--;
  return {
    label: `Delete "${shown}" (then reword the sentence)`,
    edits: [{ start: from, end: to, text: '' }],
    safe: false,
  };
}

// Goods before triggers: "weed" on sale is an error, where the trigger alone would be a warning.
const KIND_ORDER: Readonly<Record<ForbiddenPhrase['kind'], number>> = { offer: 0, pitch: 1, product: 2, trigger: 3 };

/** Offers before pitches before goods before triggers, then longer before shorter, then earlier. */
function priority(a: ForbiddenMatch, b: ForbiddenMatch): number {
  return KIND_ORDER[a.meta.kind] - KIND_ORDER[b.meta.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

const rule: Rule = {
  id: 'forbidden-content',
  meta: {
    category: 'content',
    defaultSeverity: 'error',
    description: 'Flags offers in carrier-forbidden categories (loans, debt relief, cannabis, gambling, SHAFT...).',
    why: 'US carriers block whole categories of business by content (high-risk loans, lead generation, debt relief, get-rich-quick, cannabis, prescription drugs, gambling, sex, hate, alcohol, firearms, tobacco), whatever the sender. Offer wording is filtered; the ordinary vocabulary of a client case is not.',
    messages: {
      solicitation: '"{phrase}" reads as {label}: carriers block it because {why}. {advice}',
      trigger:
        '"{phrase}" can get the text filtered ({reason}). If it concerns the client\'s case, say so nearby (e.g. "your ... charge") or add it to the firm\'s allowed terms; otherwise leave it out.',
    },
    fixable: 'suggestion',
    examples: {
      valid: [
        {
          text: 'Hi Maria, this is Hartwell & Diaz. Your 341 meeting of creditors is 3/14 at 9am. Bring your medical bills. Reply STOP to opt out.',
        },
        { text: 'Hartwell & Diaz: the hearing on your possession of marijuana charge moved to Friday at 10am.' },
        { text: 'Hartwell & Diaz: please sign the retainer for your sexual harassment claim in the portal.' },
      ],
      invalid: [
        { text: 'Need a payday loan? No credit check, guaranteed approval! Reply YES.' },
        { text: 'Congrats! You have won a $1000 cash prize. Call to claim.' },
        { text: 'Ask about our CBD oil sale this weekend.' },
      ],
    },
  },
  check(context) {
    const { message, settings } = context;
    const { text, words } = message;
    const found = forbiddenMatcher().match(text, words);
    if (found.length === 0) return;

    const allowedSpans = allowedTermSpans(settings.allowedTerms, text, words);
    const content = contentContextOf(message, settings);
    const { normalized, joined } = wordViewOf(text, words);
    let relatives: Set<number> | undefined;
    let listComma: Uint8Array | undefined;
    const judged: { match: ForbiddenMatch; severity: Severity }[] = [];
    for (const match of found) {
      if (overlapsAny(allowedSpans, match.start, match.end)) continue;
      // A trade a rule bans is named as what may not happen, never offered.
      if (isProhibitedByRule(match, normalized, joined)) continue;
      if (match.meta.opensSentence && !opensSentence(text, words, match.firstWord)) continue;
      if (isNegatedPrizeFee(match, normalized, joined)) continue;
      if (match.meta.kind === 'product') {
        const severity = productSeverity(match, message, content, normalized, joined);
        if (severity !== undefined) judged.push({ match, severity });
        continue;
      }
      listComma ??= listCommasOf(text, words);
      let kind = kindOf(match, normalized, joined, listComma);
      // Drugs the sender gets to the reader, put on sale: an offer, beside case words or not.
      if (
        (kind === 'pitch' || kind === 'trigger') &&
        SUPPLIED_CATEGORIES.has(match.meta.category) &&
        suppliedBySender(match, normalized, joined) &&
        (kind === 'pitch' || content.saleCueFor(match))
      )
        kind = 'offer';
      const cue = content.offerCueOutside(match.start, match.end);
      // Pitch wording is excused only by case words scams do not borrow ("we help victims get back
      // bitcoin lost" is the recovery scam's pitch). Offer wording described as a party's ("your
      // claim against the crypto investment site") is a firm's description: any case word counts.
      const pitchedAsWritten = kind === 'pitch' && match.meta.kind === 'pitch';
      const standing = content.standingOf(match, { ignoreScamVocabulary: pitchedAsWritten });
      const severity = severityOf(kind, standing, cue);
      if (severity === undefined) continue;
      // A topic word beside a relative's belongings, with nothing pitched: the family's property.
      if (kind === 'trigger' && cue === undefined) {
        // Evidence a search turned up, a client's prescribed medicine: nothing pitched, a case told.
        // A drug named by its prescription's papers too, only so: "Xanax bottles $80" is on sale.
        // A workplace of someone's job and the reader's own plan, likewise: a history or a venture told.
        if (
          isToldAsEvidence(match, normalized, joined) ||
          (SUPPLIED_CATEGORIES.has(match.meta.category) && isNamedByPrescription(match, normalized, joined)) ||
          isWorkplace(match, normalized, joined) ||
          isReadersPlan(match, normalized, joined)
        )
          continue;
        relatives ??= sentencesNamingRelatives(message, normalized);
        if (relatives.size > 0 && relatives.has(sentenceIndexOfWords(text, words)[match.firstWord] as number)) continue;
      }
      judged.push({ match, severity });
    }

    // Highest priority first; a match whose words are taken by a better one is dropped.
    const taken = new Uint8Array(words.length);
    const chosen: { match: ForbiddenMatch; severity: Severity }[] = [];
    for (const candidate of judged.sort((a, b) => priority(a.match, b.match))) {
      const { firstWord, lastWord } = candidate.match;
      if (taken.subarray(firstWord, lastWord + 1).includes(1)) continue;
      taken.fill(1, firstWord, lastWord + 1);
      chosen.push(candidate);
    }
    chosen.sort((a, b) => a.match.start - b.match.start);

    for (const { match, severity } of chosen) {
      const shown = text.slice(match.start, match.end);
      const info = FORBIDDEN_CATEGORY_INFO[match.meta.category];
      const fixes = [deletionFix(text, match.start, match.end, shown)];
      if (severity === 'error') {
        context.report({
          messageId: 'solicitation',
          data: { phrase: shown, label: info.label, why: info.why, advice: info.advice },
          start: match.start,
          end: match.end,
          severity,
          category: match.meta.category,
          fixes,
        });
      } else {
        context.report({
          messageId: 'trigger',
          data: { phrase: shown, reason: match.meta.reason ?? info.why },
          start: match.start,
          end: match.end,
          severity,
          category: match.meta.category,
          fixes,
        });
      }
    }
  },
};

export default rule;
