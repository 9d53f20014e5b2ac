import { brandGroupsMentioned } from '../brands';
import { type ContentContext, contentContextOf } from '../content-context';
import { MONTH_WORDS, WEEKDAY_WORDS } from '../data/legal-context';
import { HELP_KEYWORDS, OPT_OUT_KEYWORDS } from '../data/opt-out-keywords';
import {
  ACTION_REQUESTS,
  ANTI_FRAUD_FRAMES,
  CASE_ERRANDS,
  CODE_RELAYS,
  FIRM_ACCOUNT_WORDS,
  FIRM_CHANNEL_PHRASES,
  NEGATION_UNDONE_AFTER,
  NEGATION_UNDONE_BEFORE,
  ONE_TIME_CODES,
  PARCEL_WORDS,
  PAYMENT_NEGATORS,
  PAYMENT_WARNINGS,
  PHISHING_PHRASES,
  type PhishingKind,
  type PhishingPhrase,
  REPLY_ACTIONS,
  REPLY_RELAYS,
  REPORTING_VERBS,
  SENT_CODES,
  VOUCHED_NUMBERS,
  WIRE_CONFIRMATIONS,
  WRONG_NUMBER_OPENERS,
} from '../data/phishing-phrases';
import { hasOutsideLink, isTrustedHost, isWebLink } from '../firm-hosts';
import { namesTheFirm } from '../firm-name';
import { isGovernmentHost } from '../links';
import type { ParsedMessage, Span } from '../message';
import { namesADay } from '../named-day';
import { firmPhoneNumbersOf, hasOutsideNumber, phoneNumbersOf } from '../phone';
import {
  allowedTermSpans,
  lazyPhraseList,
  lazyPhrases,
  overlapsAny,
  type PhraseMatch,
  type PhraseMatcher,
  wordViewOf,
} from '../phrases';
import { outsideChannelDemand, partialScamLure, scamShapeLure } from '../scam-shape';
import type { FirmSettings } from '../settings';
import { firstIndexWhere } from '../text/first-index';
import { sentenceIndexOfWords, sentencesHoldingWords } from '../text/sentences';
import type { Fix, Rule } from '../types';

// One of the two longest lists: compiled a slice per warm-up step (see lazyPhraseList).
const phishingMatcher = lazyPhraseList(PHISHING_PHRASES.map((entry) => ({ phrase: entry.phrase, meta: entry })));

const MESSAGE_IDS: Readonly<Record<PhishingKind, string>> = {
  account: 'accountAlert',
  urgency: 'falseUrgency',
  payment: 'riskyPayment',
  delivery: 'deliveryScam',
  toll: 'tollScam',
  government: 'governmentScam',
  reversal: 'paymentReversal',
  subscription: 'subscriptionScam',
  job: 'jobScam',
  family: 'newNumberScam',
  utility: 'utilityScam',
  'tech-support': 'techSupportScam',
  charity: 'charityScam',
  rental: 'rentalScam',
  'wrong-number': 'wrongNumberScam',
  'advance-fee': 'advanceFee',
  credentials: 'accountAlert',
  'link-activation': 'linkActivation',
  secrecy: 'secrecyDemand',
  extortion: 'extortionScam',
};

/**
 * Kinds whose wording a firm also uses about a client's matter ("your bank account was frozen by
 * the garnishment", "your license suspension hearing", a wage or workers' compensation claim's
 * "daily pay" and "average daily earnings"): case vocabulary in the same sentence excuses them,
 * except the words scams use too ("suspicious charges", "fraud"). Payment requests, urgency and the
 * other scam shapes are never excused.
 */
const EXCUSED_BY_CASE_CONTEXT: ReadonlySet<PhishingKind> = new Set([
  'account',
  'government',
  'utility',
  'job',
  // "Do not call the police about the exchange; we will file the motion": advice in a case.
  'extortion',
]);

const NEGATORS: ReadonlySet<string> = new Set(PAYMENT_NEGATORS);
const UNDONE_BEFORE: ReadonlySet<string> = new Set(NEGATION_UNDONE_BEFORE);
const UNDONE_AFTER: ReadonlySet<string> = new Set(NEGATION_UNDONE_AFTER);
/** How far before a payment phrase a negator still governs it ("we never ask you to pay by"). */
const NEGATOR_REACH = 4;

const REPORTING: ReadonlySet<string> = new Set(REPORTING_VERBS);
const paymentWarningMatcher = lazyPhrases(() => PAYMENT_WARNINGS.map((phrase) => ({ phrase, meta: phrase })));

/** The message warns the reader off paying ("do not pay until we review", "never send money"). */
function warnsAgainstPaying(message: ParsedMessage): boolean {
  return paymentWarningMatcher().match(message.text, message.words).length > 0;
}

/**
 * A payment phrase negated or reported within a few words before it, with no comma or sentence
 * break between ("we never ask you to pay by Zelle", "Do not send money via Cash App"): no request.
 * A demand reported as someone else's ("your landlord says you must pay rent by Zelle") is no
 * request either when the message warns the reader off paying: the firm is passing on a warning.
 */
function isNegatedPayment(message: ParsedMessage, match: PhraseMatch<PhishingPhrase>): boolean {
  const { normalized, joined } = wordViewOf(message.text, message.words);
  const reach = Math.max(0, match.firstWord - NEGATOR_REACH);
  for (let index = match.firstWord - 1; index >= reach && joined[index]; index--) {
    if (
      REPORTING.has(normalized[index] as string) &&
      index > 0 &&
      !SENDER_PRONOUNS.has(normalized[index - 1] as string)
    )
      // "The court never asks for fines to be paid with gift cards", "the IRS will never text you
      // asking for payment": a demand denied, not reported.
      return negatedWithin(normalized, joined, index) || warnsAgainstPaying(message);
    if (!NEGATORS.has(normalized[index] as string)) continue;
    if (UNDONE_AFTER.has(normalized[index + 1] as string)) return false;
    for (let before = index - 1; before >= index - 3 && before >= 0 && joined[before]; before--) {
      if (UNDONE_BEFORE.has(normalized[before] as string)) return false;
    }
    return true;
  }
  return negatedRequestBefore(normalized, sentenceIndexOfWords(message.text, message.words), match.firstWord);
}

/** A negator up to three words before word `at` ("never asks", "will never text you asking"), in one clause. */
function negatedWithin(normalized: readonly string[], joined: Uint8Array, at: number): boolean {
  for (let before = at - 1; before >= at - 3 && before >= 0 && joined[before]; before--) {
    if (NEGATORS.has(normalized[before] as string)) return true;
  }
  return false;
}

/** The sender as the one who pays ("we", "I'll"): the money goes to the reader. */
const PAYER_SUBJECTS: ReadonlySet<string> = new Set(['we', 'i', "we'll", "i'll"]);
/** Words between the sender and the payment verb: "we will", "we can also", "I have already". */
const PAYER_AUXILIARIES: ReadonlySet<string> = new Set([
  'will',
  'shall',
  'can',
  'would',
  'could',
  'also',
  'then',
  'just',
  'already',
  'usually',
  'normally',
]);
const PAYMENT_VERBS: ReadonlySet<string> = new Set([
  'pay',
  'paying',
  'send',
  'sending',
  'wire',
  'wiring',
  'transfer',
  'transferring',
  'return',
  'returning',
  'refund',
  'refunding',
  // Past forms: "we sent the $1,500 settlement by Zelle" reports the sender's own payment.
  'sent',
  'paid',
  'wired',
  'transferred',
  'returned',
  'refunded',
]);

/**
 * "We will send your settlement funds by wire", "I'll pay you by wire transfer": the sender pays
 * the reader, which asks the reader for nothing. A payment request has the reader (or nobody, in
 * the imperative) as the one who pays.
 */
function isSenderPaying(message: ParsedMessage, match: PhraseMatch<PhishingPhrase>): boolean {
  const { normalized, joined } = wordViewOf(message.text, message.words);
  // The verb opens the match, or governs its noun from up to three words before ("I'll pay the
  // deposit by wire").
  let verb = match.firstWord;
  while (!PAYMENT_VERBS.has(normalized[verb] as string) && verb > 0 && verb > match.firstWord - 3 && joined[verb - 1])
    verb--;
  if (!PAYMENT_VERBS.has(normalized[verb] as string)) return false;
  for (let index = verb - 1; index >= 0 && index >= verb - 3 && joined[index]; index--) {
    const word = normalized[index] as string;
    if (PAYER_SUBJECTS.has(word)) return true;
    if (!PAYER_AUXILIARIES.has(word)) return false;
  }
  return false;
}

/**
 * The sender's own payment to the reader in Spanish, a few words before the phrase: "le vamos a
 * devolver el anticipo por Zelle", "le enviaremos el cheque", "le regresamos el depósito" (the
 * first person plural, present, future or "vamos a"): the Spanish of "we will send your refund".
 */
const SPANISH_SENDER_PAYS =
  /(?<!\p{L})(?:vamos\s+a\s+(?:devolver|enviar|mandar|pagar|depositar|transferir|regresar|reembolsar)(?:le|les)?|(?:devolveremos|enviaremos|mandaremos|pagaremos|depositaremos|transferiremos|regresaremos|reembolsaremos)|(?:le|les)\s+(?:devolvemos|enviamos|mandamos|pagamos|depositamos|transferimos|regresamos|reembolsamos))(?!\p{L})[^.,;:!?]{0,40}$/iu;

function isSpanishSenderPaying(message: ParsedMessage, match: PhraseMatch<PhishingPhrase>): boolean {
  return SPANISH_SENDER_PAYS.test(message.text.slice(Math.max(0, match.start - 60), match.start));
}

/** Verbs of asking that a firm's anti-fraud notice negates ("we will never ask for ..."). */
const ASKING: ReadonlySet<string> = new Set([
  'ask',
  'asks',
  'asking',
  'request',
  'requests',
  'requesting',
  'require',
  'requires',
  'requiring',
  // Spanish "pedir", "solicitar" and "exigir" as a firm's notice uses them: "nunca le pediremos
  // que pague...", "el tribunal no solicita pagos por mensaje".
  'pide',
  'piden',
  'pedimos',
  'pediremos',
  'pedirá',
  'pedirán',
  'pediría',
  'pedirían',
  'solicita',
  'solicitan',
  'solicitamos',
  'solicitaremos',
  'solicitará',
  'solicitarán',
  'exige',
  'exigen',
  'exigimos',
  'exigiremos',
  'exigirá',
  'exigirán',
]);
/** How far back in its sentence a negated "ask" governs a request: past a list of what is never asked. */
const ASKING_REACH = 12;

/**
 * "We will never ask for your password, bank PIN or payment by gift card": a negated verb of
 * asking earlier in the sentence governs every item of the list that follows it, commas and all.
 * The notice the FTC tells organizations to send; a scam asks.
 */
function negatedRequestBefore(normalized: readonly string[], sentenceOf: Int32Array, at: number): boolean {
  const sentence = sentenceOf[at];
  for (let index = at - 1; index >= 0 && index >= at - ASKING_REACH && sentenceOf[index] === sentence; index--) {
    if (!ASKING.has(normalized[index] as string)) continue;
    for (let before = index - 1; before >= index - 3 && before >= 0 && sentenceOf[before] === sentence; before--) {
      if (NEGATORS.has(normalized[before] as string)) return true;
    }
  }
  return false;
}

/** "I say", "we said": the sender's own demand, never reported speech. */
const SENDER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we']);

/**
 * What check works out of the whole message for its matches, once, on the first match that asks:
 * a message that stacks hundreds of alerts is not scanned again for each of them (400,000
 * characters of "your account has been suspended, reply with your ssn" took 14 s, of "act now
 * final notice hearing" 32 s).
 */
interface OncePerMessage {
  /** See hasOutsideLink. */
  outsideLink(): boolean;
  /** See hasOutsideAddress. */
  outsideAddress(): boolean;
  /** See asksForOwnReply. */
  ownReply(): boolean;
  firmChannels(): FirmChannels;
  /** Whether the sentence of word `at` names a day (see namesADay). */
  sentenceNamesADay(at: number): boolean;
}

/**
 * Urgency about a legal deadline ("Final notice of your hearing on May 3", "Act now: the statute of
 * limitations runs on June 1"): case vocabulary and a named day in the phrase's sentence, and no
 * link off the firm's sites in the message. A scam's urgency names no case, or sends the reader
 * to its own link ("Final notice: pay your court fine by May 3 at court-fines.info").
 */
function isLegalDeadline(match: PhraseMatch<PhishingPhrase>, content: ContentContext, once: OncePerMessage): boolean {
  const standing = content.standingOf(match, { ignoreScamVocabulary: true });
  if (standing !== 'sentence' && standing !== 'legal-phrase') return false;
  return once.sentenceNamesADay(match.firstWord) && !once.outsideLink();
}

/** The nouns of urgency wording that name a document ("final notice", "last warning"). */
const NOTICE_NOUNS: ReadonlySet<string> = new Set(['notice', 'notices', 'warning', 'warnings']);
/**
 * Words right before a notice's name that make it a document someone else sends or sent, talked
 * about: an article or a third party's possessive ("a final notice", "their final notice"), or a
 * verb of sending, receiving or saying ("may send you a final notice", "the letter says Final
 * Notice of ..."). Not "your" or "this": "This is your final notice" is how the scam addresses the
 * reader.
 */
const NOTICE_REPORTED_BY: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'their',
  'its',
  'his',
  'her',
  'any',
  'another',
  'says',
  'said',
  'reads',
  'titled',
  'entitled',
  'called',
  'marked',
  'labeled',
  'labelled',
  'stamped',
  'got',
  'get',
  'gets',
  'received',
  'receive',
  'receives',
  'sent',
  'send',
  'sends',
  'mailed',
  'mail',
  'mails',
  'issued',
  'issue',
  'issues',
]);
/** How far before a notice's name its article or verb may stand ("sent you a final notice"). */
const NOTICE_REPORT_REACH = 3;
/** After "of" or "from", words that address the reader ("Final notice of your unpaid toll"), not a title's subject. */
const READER_WORDS: ReadonlySet<string> = new Set(['your', 'ur', 'you']);

/**
 * A notice named as a document the client got or may get, not sent as one: "the hospital may send
 * you a final notice on the balance; please do not pay it", "the IRS letter says Final Notice of
 * Intent to Levy". The name is reported (an article or a verb of sending or saying before it) or
 * is a title ("Final Notice of Intent to Levy", "final notice of default"), the message warns the
 * reader off paying or names the case in that sentence, and it gives no link, number, address or
 * reply keyword but the firm's: a scam's "FINAL NOTICE" opens its text and sends the reader to its
 * own channel ("Final notice: pay your toll at ...", "you received a final notice, reply PAY").
 */
function isReportedNotice(
  message: ParsedMessage,
  match: PhraseMatch<PhishingPhrase>,
  content: ContentContext,
  once: OncePerMessage,
  settings: FirmSettings,
): boolean {
  const { normalized, joined } = wordViewOf(message.text, message.words);
  if (!NOTICE_NOUNS.has(normalized[match.lastWord] as string)) return false;
  let reported = false;
  for (let index = match.firstWord - 1; index >= 0 && index >= match.firstWord - NOTICE_REPORT_REACH; index--) {
    if (!joined[index]) break;
    if (NOTICE_REPORTED_BY.has(normalized[index] as string)) {
      reported = true;
      break;
    }
  }
  const next = normalized[match.lastWord + 1];
  const after = normalized[match.lastWord + 2];
  // "Final Notice of Intent to Levy" names the document; "final notice from the JP court" names it
  // by who issued it.
  const titled =
    (next === 'of' || next === 'from') &&
    joined[match.lastWord] === 1 &&
    after !== undefined &&
    !READER_WORDS.has(after);
  if (!reported && !titled) return false;
  if (once.outsideLink() || once.outsideAddress() || hasOutsideNumber(message, settings)) return false;
  if (
    replyActionMatcher()
      .match(message.text, message.words)
      .some((found) => !isOptOutReply(message, found))
  )
    return false;
  if (warnsAgainstPaying(message)) return true;
  const standing = content.standingOf(match, { ignoreScamVocabulary: true });
  return standing === 'sentence' || standing === 'legal-phrase';
}

/**
 * Verbs by which a third party's words are told ("your landlord texted a final warning", "the HOA
 * letter says your account is suspended", "the IRS wants to confirm your identity"): the reporting
 * verbs of payment demands (REPORTING_VERBS) and the verbs of sending or writing a message.
 */
const STATEMENT_VERBS: ReadonlySet<string> = new Set([
  ...REPORTING_VERBS,
  'texted',
  'texts',
  'wrote',
  'writes',
  'emailed',
  'emails',
  'mailed',
  'posted',
  'sent',
  'sends',
  'warned',
  'warns',
  'threatened',
  'threatens',
  'states',
  'stated',
  'reads',
  'notified',
  'escribió',
  'escribio',
  'mandó',
  'mando',
  'envió',
  'envio',
  'avisó',
  'aviso',
  'amenazó',
  'amenazo',
  'quiere',
]);
/**
 * The kinds of alert a firm tells a client someone else sent ("your employer says your account is
 * locked", "the toll authority says your plate was read without a tag", "the caller said your
 * computer has a virus"); never a payment, a request for credentials or a fee, which a reported
 * demand still is (see isNegatedPayment).
 */
const REPORTABLE_KINDS: ReadonlySet<PhishingKind> = new Set([
  'account',
  'urgency',
  'toll',
  'government',
  'delivery',
  'utility',
  'subscription',
  'tech-support',
]);
/** How far before an alert or urgency phrase, in its sentence, the verb that reports it may stand. */
const STATEMENT_REACH = 8;
/** Subjects that make the verb the sender's or the reader's own ("we want to confirm your identity"). */
const FIRST_AND_SECOND_PERSONS: ReadonlySet<string> = new Set(['i', 'we', "i'm", "we're", 'you', 'u']);

/** A reply keyword in capitals that is no opt-out or help keyword ("Reply YES", "Conteste NO", "Text PAY"). */
const OWN_REPLY = /(?<!\p{L})(\p{L}+)\s+["'“]?(\p{Lu}{1,12}|\d{1,2})(?![\p{L}\d])/gu;
const REPLY_VERBS: ReadonlySet<string> = new Set([
  'reply',
  'respond',
  'text',
  'txt',
  'send',
  'responda',
  'responde',
  'conteste',
  'contesta',
  'envíe',
  'envie',
  'mande',
  'escriba',
]);

function asksForOwnReply(text: string): boolean {
  for (const found of text.matchAll(OWN_REPLY)) {
    if (!REPLY_VERBS.has((found[1] as string).toLowerCase())) continue;
    const keyword = (found[2] as string).toLowerCase();
    if (!OPT_OUT_KEYWORDS.has(keyword) && !HELP_KEYWORDS.has(keyword) && keyword !== 'ayuda') return true;
  }
  return false;
}

/** Nouns of a gift: "your donation of $200 via PayPal", "su donación de $50 por Zelle". */
const GIFT_NOUNS: ReadonlySet<string> = new Set([
  'donation',
  'donations',
  'contribution',
  'contributions',
  'pledge',
  'donación',
  'donacion',
  'donaciones',
  'donativo',
  'donativos',
  'aporte',
  'aportes',
]);
/** Possessives that make a gift somebody's own, made or promised: "your donation", "su donación". */
const GIFT_OWNERS: ReadonlySet<string> = new Set(['your', 'ur', 'his', 'her', 'their', 'su', 'sus', 'tu', 'tus']);
/** Verbs that ask for the gift they stand before: "make your donation via Zelle", "haga su donación por Zelle". */
const GIFT_REQUEST_VERBS: ReadonlySet<string> = new Set([
  'make',
  'send',
  'give',
  'complete',
  'finish',
  'submit',
  'confirm',
  'process',
  'place',
  'renew',
  'haga',
  'hagan',
  'haz',
  'envíe',
  'envie',
  'envía',
  'envia',
  'mande',
  'manda',
  'complete',
  'completa',
  'realice',
  'confirme',
  'renueve',
]);

/**
 * A payment match that opens on a gift owned by someone ("your donation of $200 via PayPal went
 * through", "su donación de $50 por Zelle llegó"): a gift described, as a receipt or a tax letter
 * does. Like a payment named by its amount, it counts only with a way to pay given off the firm's.
 */
function opensOnOwnedGift(message: ParsedMessage, match: PhraseMatch<PhishingPhrase>): boolean {
  const { normalized, joined } = wordViewOf(message.text, message.words);
  const first = match.firstWord;
  return (
    GIFT_NOUNS.has(normalized[first] ?? '') &&
    first > 0 &&
    joined[first - 1] === 1 &&
    GIFT_OWNERS.has(normalized[first - 1] ?? '') &&
    !(first > 1 && joined[first - 2] === 1 && GIFT_REQUEST_VERBS.has(normalized[first - 2] ?? ''))
  );
}

/** The message gives a way to pay or answer that is not the firm's: a link, an address or handle, a number, a reply keyword. */
function offersOutsideChannel(message: ParsedMessage, once: OncePerMessage, settings: FirmSettings): boolean {
  return once.outsideLink() || once.outsideAddress() || hasOutsideNumber(message, settings) || once.ownReply();
}

/**
 * An account alert or an urgency phrase told as a third party's words, in a message that offers no
 * way to act on them but the firm's: "Your landlord texted a final warning to vacate within 24 hours
 * or ...; that has no legal force", "The HOA letter says your account is suspended over unpaid fees",
 * "the IRS wants to confirm your identity before releasing the refund; call the number on the
 * letter". A verb of saying or sending with a subject that is neither the sender nor the reader
 * stands before the phrase in its sentence, and the message has no link, number, address or reply
 * keyword off the firm's. The FTC's impostor and fake-alert texts speak in their own voice and send
 * the reader to their own channel ("Chase: your card is locked, reply YES"); one that reports
 * another's words still gives its link or number, and stays flagged.
 */
function isReportedStatement(
  message: ParsedMessage,
  match: PhraseMatch<PhishingPhrase>,
  once: OncePerMessage,
  settings: FirmSettings,
): boolean {
  const { normalized } = wordViewOf(message.text, message.words);
  const sentenceOf = sentenceIndexOfWords(message.text, message.words);
  const sentence = sentenceOf[match.firstWord];
  let reported = false;
  // The verb may stand inside the match as well ("your employer says your account is locked" is
  // matched from its first "your"), within its first few words: a match that spans a long sentence
  // (a code paired with a relay far after it) is not walked word by word for each of its kind.
  const from = Math.min(match.lastWord - 1, match.firstWord + STATEMENT_REACH);
  for (let index = from; index >= 0 && index >= match.firstWord - STATEMENT_REACH; index--) {
    if (sentenceOf[index] !== sentence) break;
    if (!STATEMENT_VERBS.has(normalized[index] as string)) continue;
    const subject = normalized[index - 1];
    // The verb opens no sentence (an imperative "Text ...") and its subject is a third party.
    reported = index > 0 && sentenceOf[index - 1] === sentence && !FIRST_AND_SECOND_PERSONS.has(subject as string);
    break;
  }
  if (!reported) return false;
  return !offersOutsideChannel(message, once, settings);
}

/** Nouns that make a payment channel before them the name of a business or its records ("the crypto ATM company"). */
const CHANNEL_AS_NAME_NOUNS: ReadonlySet<string> = new Set([
  'company',
  'companies',
  'operator',
  'operators',
  'business',
  'log',
  'logs',
  'records',
  'statement',
  'statements',
]);
/** Words before such a name that make it a noun phrase, not an instruction. */
const NAME_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'that',
  'this',
  'your',
  'his',
  'her',
]);

/**
 * A payment channel named as the business that runs it or its records, after an article, in a
 * message with no channel but the firm's: "The crypto ATM company sent its transaction log", "the
 * Western Union records", what a fraud victim's lawyer reports. A request to pay names the channel
 * as the way to pay ("deposit it at the Bitcoin ATM", "pay by Zelle") and gives the sender's number,
 * address or reply; the ATM's receipt is left out, since scams ask for a photo of it.
 */
function namesChannelAsBusiness(
  message: ParsedMessage,
  match: PhraseMatch<PhishingPhrase>,
  once: OncePerMessage,
  settings: FirmSettings,
): boolean {
  const { normalized, joined } = wordViewOf(message.text, message.words);
  const before = match.firstWord - 1;
  if (before < 0 || !joined[before] || !NAME_DETERMINERS.has(normalized[before] as string)) return false;
  if (!joined[match.lastWord] || !CHANNEL_AS_NAME_NOUNS.has(normalized[match.lastWord + 1] as string)) return false;
  return !offersOutsideChannel(message, once, settings);
}

const FIRM_ACCOUNT: ReadonlySet<string> = new Set(FIRM_ACCOUNT_WORDS);

/**
 * A payment to an account or card number whose sentence names the account as the firm's own ("wire
 * the retainer to our IOLTA trust account 4471 2290", "deposite en la cuenta fiduciaria del
 * despacho 0721 8050"): the firm's own instructions, whatever else a notice would say about them.
 */
/** Per message: how many firm-account words come before each word, and each sentence's first and last word. */
interface FirmAccountIndex {
  before: Int32Array;
  sentenceFirst: Map<number, number>;
  sentenceLast: Map<number, number>;
}
const firmAccountIndexes = new WeakMap<ParsedMessage, FirmAccountIndex>();

/**
 * Whether the match's sentence names the account as the firm's, outside the match's own words:
 * counted from an index built once per message, since a long sentence of payments asks once per
 * payment and a scan of the sentence each time was quadratic.
 */
function namesFirmAccount(message: ParsedMessage, match: PhraseMatch<PhishingPhrase>): boolean {
  const sentenceOf = sentenceIndexOfWords(message.text, message.words);
  let index = firmAccountIndexes.get(message);
  if (index === undefined) {
    const { normalized } = wordViewOf(message.text, message.words);
    const before = new Int32Array(normalized.length + 1);
    const sentenceFirst = new Map<number, number>();
    const sentenceLast = new Map<number, number>();
    for (let word = 0; word < normalized.length; word++) {
      before[word + 1] = (before[word] as number) + (FIRM_ACCOUNT.has(normalized[word] as string) ? 1 : 0);
      const sentence = sentenceOf[word] as number;
      if (!sentenceFirst.has(sentence)) sentenceFirst.set(sentence, word);
      sentenceLast.set(sentence, word);
    }
    index = { before, sentenceFirst, sentenceLast };
    firmAccountIndexes.set(message, index);
  }
  const { before } = index;
  const sentence = sentenceOf[match.firstWord] as number;
  const last = index.sentenceLast.get(sentence) as number;
  const first = index.sentenceFirst.get(sentence) as number;
  const inSentence = (before[last + 1] as number) - (before[first] as number);
  // The words strictly inside the match, within its sentence, do not count.
  const insideEnd = Math.min(match.lastWord, last);
  const inside =
    insideEnd > match.firstWord ? (before[insideEnd + 1] as number) - (before[match.firstWord + 1] as number) : 0;
  return inSentence - inside > 0;
}

/**
 * Words before a toAccount payment's verb, in its sentence, that make it a payment told of, asked
 * about, ordered of or passed on to someone else, not a request to the reader: "Did you send the $600 payment to
 * account 4471?", "the court ordered him to deposit the support into account 3381", "el juez
 * ordenó que su exesposo deposite la manutención en la cuenta 0721". The scam's is an imperative.
 */
const TOLD_PAYMENT_WORDS: ReadonlySet<string> = new Set([
  'did',
  'does',
  'was',
  'were',
  'has',
  'had',
  'him',
  'her',
  'them',
  'he',
  'she',
  'they',
  'ordered',
  'orders',
  'required',
  'requires',
  'agreed',
  // Asked of a third party through the reader: "ask the tenant to send the rent to account 2231".
  'ask',
  'tell',
  'pídale',
  'pidale',
  'dígale',
  'digale',
  'ordenó',
  'ordeno',
  'ordena',
  'ordenaron',
  'exige',
  'exigió',
  'exigio',
  'acordó',
  'acordo',
]);
/** Subjects of a subjunctive after "que" that are a third party's: "que su exesposo deposite". */
const THIRD_PARTY_DETERMINERS: ReadonlySet<string> = new Set(['su', 'sus', 'el', 'la', 'los', 'las']);
/** How far before the verb the told words are looked for. */
const TOLD_PAYMENT_REACH = 5;

function isToldPayment(message: ParsedMessage, match: PhraseMatch<PhishingPhrase>): boolean {
  const { normalized } = wordViewOf(message.text, message.words);
  const sentenceOf = sentenceIndexOfWords(message.text, message.words);
  const sentence = sentenceOf[match.firstWord];
  let determiner = false;
  for (let index = match.firstWord - 1; index >= 0 && index >= match.firstWord - TOLD_PAYMENT_REACH; index--) {
    if (sentenceOf[index] !== sentence) break;
    const word = normalized[index] as string;
    if (TOLD_PAYMENT_WORDS.has(word)) return true;
    if (word === 'que' && determiner) return true;
    if (THIRD_PARTY_DETERMINERS.has(word)) determiner = true;
  }
  return false;
}

const PARCEL: ReadonlySet<string> = new Set(PARCEL_WORDS);
const wrongNumberOpenerMatcher = lazyPhrases(() => WRONG_NUMBER_OPENERS.map((phrase) => ({ phrase, meta: phrase })));
const actionRequestMatcher = lazyPhrases(() => ACTION_REQUESTS.map((phrase) => ({ phrase, meta: phrase })));

/** The scam's other half that a PhishingPhrase's `needs` names is in the message. */
function hasNeeded(message: ParsedMessage, needs: NonNullable<PhishingPhrase['needs']>): boolean {
  if (needs === 'parcel') return wordViewOf(message.text, message.words).normalized.some((word) => PARCEL.has(word));
  const matcher = needs === 'wrong-number' ? wrongNumberOpenerMatcher() : actionRequestMatcher();
  return matcher.match(message.text, message.words).length > 0;
}

const codeRelayMatcher = lazyPhrases(() => CODE_RELAYS.map((phrase) => ({ phrase, meta: phrase })));
const oneTimeCodeMatcher = lazyPhrases(() => ONE_TIME_CODES.map((phrase) => ({ phrase, meta: phrase })));
const replyRelayMatcher = lazyPhrases(() => REPLY_RELAYS.map((phrase) => ({ phrase, meta: phrase })));
const sentCodeMatcher = lazyPhrases(() => SENT_CODES.map((phrase) => ({ phrase, meta: phrase })));
const CODE_RELAY: PhishingPhrase = { phrase: '(one-time code passed back)', kind: 'account' };

/**
 * Papers a number comes on, named in a code relay's sentence: a firm asks for the 6-digit code
 * "from the IRS letter" or the number "we sent you in the engagement letter". A one-time code
 * comes by text, never on a letter.
 */
const PAPER_SOURCES: ReadonlySet<string> = new Set([
  'letter',
  'letters',
  'notice',
  'notices',
  'carta',
  'cartas',
  'aviso',
]);

/**
 * The sentences (by index) that name a paper source, found in one pass per message: a long text of
 * relays in one sentence asks once per relay, and a scan of the sentence each time was quadratic.
 */
const paperSentencesOf = new WeakMap<ParsedMessage, ReadonlySet<number>>();

function namesPaperSource(message: ParsedMessage, match: PhraseMatch<PhishingPhrase>): boolean {
  let sentences = paperSentencesOf.get(message);
  if (sentences === undefined) {
    const { normalized } = wordViewOf(message.text, message.words);
    const paperWords = normalized.flatMap((word, index) => (PAPER_SOURCES.has(word) ? [index] : []));
    sentences = sentencesHoldingWords(message.text, message.words, paperWords);
    paperSentencesOf.set(message, sentences);
  }
  return sentences.has(sentenceIndexOfWords(message.text, message.words)[match.firstWord] as number);
}

/**
 * "I just sent a 6-digit code to your phone, text it back to me": a one-time code on its way and
 * the request to pass it back, in one sentence (see ONE_TIME_CODES), as one match from the first
 * half to the second; and a reply that carries a code the sender says it sends ("reply with your
 * address and the 6-digit code we text you": REPLY_RELAYS with SENT_CODES).
 */
function codeRelaysOf(message: ParsedMessage): PhraseMatch<PhishingPhrase>[] {
  const found = pairedInSentences(message, codeRelayMatcher(), oneTimeCodeMatcher());
  const replies = pairedInSentences(message, replyRelayMatcher(), sentCodeMatcher());
  return replies.length === 0 ? found : [...found, ...replies];
}

/**
 * Each relay paired with the first code of its sentence, as one match spanning both. The relay is
 * looked for first: most messages have none.
 */
function pairedInSentences(
  message: ParsedMessage,
  relayMatcher: PhraseMatcher<string>,
  codeMatcher: PhraseMatcher<string>,
): PhraseMatch<PhishingPhrase>[] {
  const relays = relayMatcher.match(message.text, message.words);
  if (relays.length === 0) return [];
  const codes = codeMatcher.match(message.text, message.words);
  if (codes.length === 0) return [];
  const sentenceOf = sentenceIndexOfWords(message.text, message.words);
  // The first code of each sentence, so a paste of thousands of codes and relays stays linear.
  const codeOfSentence = new Map<number, PhraseMatch<string>>();
  for (const code of codes) {
    const sentence = sentenceOf[code.firstWord] as number;
    if (!codeOfSentence.has(sentence)) codeOfSentence.set(sentence, code);
  }
  const found: PhraseMatch<PhishingPhrase>[] = [];
  for (const relay of relays) {
    const code = codeOfSentence.get(sentenceOf[relay.firstWord] as number);
    if (code === undefined) continue;
    const first = code.start <= relay.start ? code : relay;
    const last = code.end >= relay.end ? code : relay;
    found.push({
      start: first.start,
      end: last.end,
      firstWord: first.firstWord,
      lastWord: last.lastWord,
      phrase: CODE_RELAY.phrase,
      meta: CODE_RELAY,
    });
  }
  return found;
}

/**
 * A payment app named with the handle, cashtag or e-mail address the money goes to ("the leasing
 * office Venmo @CedarRidgeLeasing", "por Cash App a $ConsuCitas", "por Zelle a ayuda@gmail.com"):
 * the FTC's "Paying scammers" and its Spanish page name payment apps sent to a stranger's handle as
 * the scammer's way to be paid, whatever the story; a firm is paid through its portal or trust
 * account and gives no handle. An address on the firm's or a government domain is left out.
 */
const APP_WITH_HANDLE =
  /(?<![\p{L}\p{N}])(?:zelle|venmo|cash\s?app|cashapp|paypal|apple\s+cash)(?:\s*[:(]\s*|\s+)(?:(?:to|at|a|al|en|is|es)\s+)?(?:(?:the|my|our|el|mi|nuestro)\s+)?(?:[$@][A-Za-z][\w.]{2,}|[\w.+-]+@([\w-]+(?:\.[\w-]+)+))/giu;
const APP_HANDLE: PhishingPhrase = { phrase: '(payment app with a handle)', kind: 'payment' };

function appHandlesOf(message: ParsedMessage, settings: FirmSettings): PhraseMatch<PhishingPhrase>[] {
  const found: PhraseMatch<PhishingPhrase>[] = [];
  const { text, words } = message;
  for (const match of text.matchAll(APP_WITH_HANDLE)) {
    const domain = match[1];
    if (domain !== undefined && (isTrustedHost(domain, settings) || isGovernmentHost(domain))) continue;
    const start = match.index;
    const end = start + match[0].length;
    const firstWord = firstWordEndingAfter(words, start);
    if (firstWord === -1) continue;
    let lastWord = firstWord;
    while (lastWord + 1 < words.length && (words[lastWord + 1] as Span).start < end) lastWord++;
    found.push({ start, end, firstWord, lastWord, phrase: APP_HANDLE.phrase, meta: APP_HANDLE });
  }
  return found;
}

/**
 * "Is this still Dana?": a stranger checking that an old contact's number still reaches her, by
 * her name alone (FTC, "Wrong number texts": the opener that starts the chat). A firm asks whether
 * this is still the client's number, or greets the client by name, and asks nothing so.
 */
const STILL_NAMED = /(?<![\p{L}'])is this still (\p{L}+(?: \p{L}+)?) ?\?/giu;
/** A name as written: a capital, then lower case ("Dana", "Dana Reyes"; not "OK", "ok"). */
const WRITTEN_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u;
/** "Is this still Friday?", "is this still May?": a day asked about, not a person. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_WORDS, ...MONTH_WORDS]);
// A firm asks so too, with the client's case in the message ("Is this still Maria? We have news on
// her case"): quiet then.
const STILL_NAMED_PHRASE: PhishingPhrase = {
  phrase: 'is this still <name>?',
  kind: 'wrong-number',
  caseQuiet: 'message',
};

function stillNamedOf(message: ParsedMessage, settings: FirmSettings): PhraseMatch<PhishingPhrase>[] {
  const { text, words } = message;
  // Most messages have no question mark: the pattern is tried only on those that do. A message that
  // names the firm is the firm checking a client's number, however it asks.
  if (!text.includes('?') || namesTheFirm(message, settings)) return [];
  const found: PhraseMatch<PhishingPhrase>[] = [];
  for (const match of text.matchAll(STILL_NAMED)) {
    // The name as written: "is this still Dana?", never "is this still ok?".
    const name = match[1] as string;
    if (!WRITTEN_NAME.test(name) || CALENDAR_WORDS.has(name.split(' ', 1)[0]?.toLowerCase() ?? '')) continue;
    const start = match.index;
    const end = start + match[0].length - 1;
    const firstWord = firstWordEndingAfter(words, start);
    if (firstWord === -1) continue;
    let lastWord = firstWord;
    while (lastWord + 1 < words.length && (words[lastWord + 1] as Span).start < end) lastWord++;
    found.push({ start, end, firstWord, lastWord, phrase: STILL_NAMED_PHRASE.phrase, meta: STILL_NAMED_PHRASE });
  }
  return found;
}

const caseErrandMatcher = lazyPhrases(() => CASE_ERRANDS.map((phrase) => ({ phrase, meta: phrase })));

/** Per message, the sentences (by index) that hold a case's errand: matched once, not per match. */
const errandSentencesOf = new WeakMap<ParsedMessage, ReadonlySet<number>>();

/** A case's errand (CASE_ERRANDS) in the match's sentence. */
function inCaseErrand(message: ParsedMessage, match: PhraseMatch<PhishingPhrase>): boolean {
  let sentences = errandSentencesOf.get(message);
  if (sentences === undefined) {
    const errands = caseErrandMatcher().match(message.text, message.words);
    sentences = sentencesHoldingWords(
      message.text,
      message.words,
      errands.map((errand) => errand.firstWord),
    );
    errandSentencesOf.set(message, sentences);
  }
  return sentences.has(sentenceIndexOfWords(message.text, message.words)[match.firstWord] as number);
}

const firmChannelMatcher = lazyPhrases(() => FIRM_CHANNEL_PHRASES.map((phrase) => ({ phrase, meta: phrase })));
const antiFraudFrameMatcher = lazyPhrases(() => ANTI_FRAUD_FRAMES.map((phrase) => ({ phrase, meta: phrase })));
const replyActionMatcher = lazyPhrases(() => REPLY_ACTIONS.map((phrase) => ({ phrase, meta: phrase })));

/**
 * A firm's anti-fraud notice ("a fake 'USPS redelivery' text is going around; do not click the
 * link", "the court never asks for fines to be paid with gift cards; that is a scam"): it names the
 * scam as one (ANTI_FRAUD_FRAMES) and gives the reader no link or address off the firm's and
 * government sites and no number but the firm's. Its scam wording is quoted or described, not used.
 * A scam text that calls something else a scam still sends the reader to its own link or number.
 * A request for credentials is not excused so: "fraudsters are targeting your account, reply with
 * your PIN" needs no link (only "we will never ask for your PIN", a negation, excuses it). Nor is a
 * reply keyword that undoes the alert ("Your account is locked. We will never ask for your PIN.
 * Reply YES to unlock."): the reply is the fake alert's channel, and a notice asks for none.
 * Another office's number is the notice's only when it vouches for it as one the reader can look
 * up ("call the title company at the number on their website": VOUCHED_NUMBERS).
 */
function isAntiFraudNotice(message: ParsedMessage, settings: FirmSettings): boolean {
  if (antiFraudFrameMatcher().match(message.text, message.words).length === 0) return false;
  if (
    replyActionMatcher()
      .match(message.text, message.words)
      .some((match) => !isOptOutReply(message, match) && !isTextNoun(message, match))
  )
    return false;
  const outsideLink = message.links.some((link) => !isTrustedHost(link.host, settings) && !isGovernmentHost(link.host));
  if (outsideLink || hasOutsideAddress(message.text, settings)) return false;
  return !hasOutsideNumber(message, settings) || vouchedNumberMatcher().match(message.text, message.words).length > 0;
}

const vouchedNumberMatcher = lazyPhrases(() => VOUCHED_NUMBERS.map((phrase) => ({ phrase, meta: phrase })));

/** Words before "text" that make it the noun ("a text asking you to verify"), not the verb. */
const TEXT_NOUN_DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'any',
  'this',
  'that',
  'such',
  'every',
  'one',
  'another',
]);

/**
 * "If you get a text asking you to verify your identity": the message a notice describes, not a
 * reply it asks for. A reply keyword's "text" is a verb, never after an article.
 */
function isTextNoun(message: ParsedMessage, match: PhraseMatch<string>): boolean {
  const { normalized, joined } = wordViewOf(message.text, message.words);
  const first = match.firstWord;
  return (
    normalized[first] === 'text' &&
    first > 0 &&
    joined[first - 1] === 1 &&
    TEXT_NOUN_DETERMINERS.has(normalized[first - 1] as string)
  );
}

/**
 * Words after a Spanish "tarjeta" that make it an identity document ("tarjeta de residencia",
 * "tarjeta verde", "tarjeta de seguro social", "tarjeta de permiso de trabajo"), whose number a firm
 * asks for on a form, not a payment card: the Spanish counterpart of English's "green card number",
 * which the card-number patterns do not reach because "your card number" must stand together.
 */
const IDENTITY_CARD_QUALIFIERS: ReadonlySet<string> = new Set([
  'residencia',
  'residente',
  'identidad',
  'identificación',
  'identificacion',
  'verde',
  'seguro',
  'permiso',
  'trabajo',
  'empleo',
]);

/** A credentials match that ends on a "tarjeta" naming an identity document (see above). */
function endsOnIdentityCard(message: ParsedMessage, match: PhraseMatch<PhishingPhrase>): boolean {
  const { normalized, joined } = wordViewOf(message.text, message.words);
  const last = match.lastWord;
  if ((normalized[last] !== 'tarjeta' && normalized[last] !== 'tarjetas') || joined[last] !== 1) return false;
  const next = normalized[last + 1] as string;
  if (IDENTITY_CARD_QUALIFIERS.has(next)) return true;
  const after = normalized[last + 2];
  return next === 'de' && joined[last + 1] === 1 && after !== undefined && IDENTITY_CARD_QUALIFIERS.has(after);
}

/** "Reply STOP to cancel", "text HELP to ...": the opt-out and help keywords carriers require, no scam's reply. */
function isOptOutReply(message: ParsedMessage, match: PhraseMatch<string>): boolean {
  const { normalized } = wordViewOf(message.text, message.words);
  for (let index = match.firstWord + 1; index < match.lastWord && normalized[index] !== 'to'; index++) {
    const word = normalized[index] as string;
    if (OPT_OUT_KEYWORDS.has(word) || HELP_KEYWORDS.has(word)) return true;
  }
  return false;
}

/** An e-mail address, a Cash App $cashtag or an @handle: where money or a reply can be sent. */
const ADDRESS = /[\w.+-]+@([\w-]+(?:\.[\w-]+)+)|(?:^|[\s(])[$@][A-Za-z]\w{2,}/g;

/** An address the sender controls: an e-mail off the firm's and government domains, a cashtag, a handle. */
function hasOutsideAddress(text: string, settings: FirmSettings): boolean {
  for (const found of text.matchAll(ADDRESS)) {
    const domain = found[1];
    if (domain === undefined || (!isTrustedHost(domain, settings) && !isGovernmentHost(domain))) return true;
  }
  return false;
}

const wireConfirmationMatcher = lazyPhrases(() => WIRE_CONFIRMATIONS.map((phrase) => ({ phrase, meta: phrase })));

/**
 * A wire the firm asks for the way the FBI IC3 tells buyers to wire: after confirming the
 * instructions by phone with the firm ("wire the funds after you confirm the instructions with us
 * by phone"), in a message with no link, number or address but the firm's and government's. A
 * fraudster's wire text sends its own channel or "new instructions" (flagged apart).
 */
function isConfirmedWire(message: ParsedMessage, settings: FirmSettings): boolean {
  if (wireConfirmationMatcher().match(message.text, message.words).length === 0) return false;
  return (
    !hasOutsideLink(message.links, settings) &&
    !hasOutsideNumber(message, settings) &&
    !hasOutsideAddress(message.text, settings)
  );
}

/**
 * What isThroughFirmChannel reads of the whole message, the same for every match: found once per
 * check, so that a message stacking account alerts is not scanned again for each of them.
 */
interface FirmChannels {
  /** The sentences that name the firm's channel, or hold a firm link or (when it has any) a firm number. */
  readonly sentences: ReadonlySet<number>;
  readonly firmLinkCount: number;
  readonly firmNumberInMessage: boolean;
  /** Every phone number of the message is the firm's (true when there is none). */
  readonly onlyFirmNumbers: boolean;
  /** A link to an agency's .gov site. */
  readonly governmentLink: boolean;
}

/** The index of the first word ending after `offset` (words are in order), or -1 when none does. */
function firstWordEndingAfter(words: readonly Span[], offset: number): number {
  const found = firstIndexWhere(words.length, (index) => (words[index] as Span).end > offset);
  return found < words.length ? found : -1;
}

function firmChannelsOf(message: ParsedMessage, settings: FirmSettings): FirmChannels {
  const { text, words, links } = message;
  const sentenceOf = sentenceIndexOfWords(text, words);
  const sentenceAt = (offset: number): number => {
    const word = firstWordEndingAfter(words, offset);
    return word === -1 ? -1 : (sentenceOf[word] as number);
  };
  const sentences = new Set<number>();
  for (const found of firmChannelMatcher().match(text, words)) sentences.add(sentenceOf[found.firstWord] as number);
  const firmLinks = links.filter((link) => isWebLink(link) && isTrustedHost(link.host, settings));
  for (const link of firmLinks) sentences.add(sentenceAt(link.start));
  const firmNumbers = firmPhoneNumbersOf(settings);
  const numbers = phoneNumbersOf(message);
  if (firmNumbers.size > 0) {
    for (const found of numbers) if (firmNumbers.has(found.e164)) sentences.add(sentenceAt(found.start));
  }
  return {
    sentences,
    firmLinkCount: firmLinks.length,
    firmNumberInMessage: numbers.some((found) => firmNumbers.has(found.e164)),
    onlyFirmNumbers: numbers.every((found) => firmNumbers.has(found.e164)),
    governmentLink: links.some((link) => isWebLink(link) && isGovernmentHost(link.host)),
  };
}

/**
 * An account check the firm asks for through its own channel ("Please log in to your client portal
 * to verify your identity"): the firm's portal, site or number in the phrase's sentence, or the
 * firm's site or number (or an agency's .gov site) elsewhere with no other number, and no link
 * off the firm's sites in the message. The FTC's advice is to verify through a channel you
 * know, which is what such a text points to; a phishing text points to the sender's own link.
 */
function isThroughFirmChannel(
  message: ParsedMessage,
  match: PhraseMatch<PhishingPhrase>,
  once: OncePerMessage,
  accountAlerts: number,
): boolean {
  if (once.outsideLink()) return false;
  const channels = once.firmChannels();
  const sentence = sentenceIndexOfWords(message.text, message.words)[match.firstWord] as number;
  if (channels.sentences.has(sentence)) return true;
  // "Your portal account was locked after 3 attempts. Call (512) 555-0147.": the firm's own number
  // in another sentence, and no other one anywhere: the only way out offered is a call to a number
  // the client knows, which is the FTC's advice. The firm's site in another sentence excuses one
  // request ("we need to verify your identity. Please log in to the client portal at ..."), not
  // an account alert stacked on others ("suspended for unusual activity. Verify your identity
  // today at ..."): that is the phishing text's own shape whatever the host, and a carrier's
  // filter reads it so.
  if (!channels.onlyFirmNumbers) return false;
  if (channels.firmNumberInMessage || (channels.firmLinkCount > 0 && accountAlerts === 1)) return true;
  // "The IRS needs you to verify your identity. Sign in at https://www.irs.gov/account": the
  // agency's own site (only government bodies register .gov names) is where the FTC tells people
  // to go, when no number but the firm's and no address of the sender's stands beside it. Not for
  // credentials asked for by text: a real agency link beside "reply with your SSN" excuses nothing.
  return match.meta.kind === 'account' && channels.governmentLink && !once.outsideAddress();
}

/** The payment rewording, replacing the whole finding; none when the finding outgrew its phrase. */
function suggestionFor(match: PhraseMatch<PhishingPhrase>, shown: string): Fix[] {
  const { replacement } = match.meta;
  if (replacement === undefined) return [];
  // Keep the sentence's capital when the phrase opened it.
  const first = shown.charAt(0);
  const text = first !== first.toLowerCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
  return [{ label: `Replace with "${text}"`, edits: [{ start: match.start, end: match.end, text }], safe: false }];
}

/**
 * What the message's shape alone may report when no phrase counts, in order: the first that is
 * found (and not allowed or excused as an anti-fraud notice) is reported. outsideChannelDemand is
 * undefined wherever a lure is, so it never stands beside either of the others.
 */
const SHAPE_FINDINGS: readonly {
  messageId: string;
  find: (message: ParsedMessage, settings: FirmSettings) => { start: number; end: number; text: string } | undefined;
  severity?: 'info';
}[] = [
  { messageId: 'scamShape', find: scamShapeLure },
  { messageId: 'scamCues', find: partialScamLure, severity: 'info' },
  { messageId: 'outsideChannel', find: outsideChannelDemand, severity: 'info' },
];

const rule: Rule = {
  id: 'phishing-language',
  meta: {
    category: 'content',
    defaultSeverity: 'warning',
    description:
      "Flags wording that reads like phishing: account alerts, false urgency, gift-card, app or wire payments, and today's scam families (package, toll, government, refund, job, new-number texts).",
    why: 'Carriers and phone spam filters score texts by phishing patterns (account suspended, verify your identity, act now, pay by gift card or Zelle). A firm text that looks like a scam is filtered, and clients learn to distrust real ones.',
    messages: {
      accountAlert:
        '"{phrase}" reads like a phishing account alert, which filters block. Tell the client to log in to the firm\'s secure portal instead of asking them to verify or confirm anything by text.',
      falseUrgency:
        '"{phrase}" is false-urgency wording that scam filters look for. State the actual deadline plainly (e.g. "please sign by Friday, March 14").',
      riskyPayment:
        '"{phrase}" asks for payment the way scams do (app, gift card or wire), so it gets filtered and invites fraud. Point the client to the firm\'s secure portal or official payment page.',
      deliveryScam:
        '"{phrase}" reads like the fake package-delivery texts (USPS, UPS, FedEx, DHL) that carriers block. Say what the firm sent in its own words and point to the portal or the office.',
      tollScam:
        '"{phrase}" reads like the unpaid-toll scam texts the FTC and FBI warn about, which carriers block. Name the actual court or agency and the case, and point to the firm\'s portal.',
      governmentScam:
        '"{phrase}" reads like a government-impersonation scam (IRS, SSA, DMV, court or jury-duty fines), which carriers block. Refer to the client\'s case by its name and number, and never ask for payment by text.',
      paymentReversal:
        '"{phrase}" reads like the "sent by mistake, send it back" payment scam. Handle refunds through the firm\'s trust account or portal and say so plainly.',
      subscriptionScam:
        '"{phrase}" reads like a fake subscription-renewal or refund text, a common scam carriers block. Put billing questions in the portal or ask the client to call the office.',
      jobScam:
        '"{phrase}" reads like a job or task scam (remote work, paid tasks, recruiters on WhatsApp), which carriers block. Describe the client\'s employment matter in plain terms.',
      utilityScam:
        '"{phrase}" reads like a utility shut-off threat, a scam the FTC warns about and carriers block. If it concerns the client\'s tenancy or case, say so plainly and point to the portal.',
      techSupportScam:
        '"{phrase}" reads like a tech-support scam ("your device is infected, call support"), which carriers block. Leave device warnings out of client texts.',
      scamShape:
        'This text has the shape of a scam: "{phrase}" as the lure, a demand to act, and a link, number or reply keyword outside the firm\'s. Carriers filter that shape. Name the firm and the case, and point to the firm\'s own number or portal.',
      scamCues:
        '"{phrase}" with a demand to act, an amount, urgency or a number or link outside the firm\'s is part of the shape of a scam text, which filters weigh. Name the firm and the case, and point to the firm\'s own number or portal.',
      outsideChannel:
        '"{phrase}" sends the reader to a link, number or short code that is not the firm\'s, in a text that names neither the firm nor a case: the shape of an unsolicited text, which filters weigh. Name the firm and the matter, or point to the firm\'s own number or portal.',
      charityScam:
        '"{phrase}" reads like a charity or disaster-relief scam text, which carriers block. Keep client texts to the client\'s matter.',
      rentalScam:
        '"{phrase}" reads like a rental-listing scam (a deposit to hold a place sight unseen). If it concerns the client\'s lease, name the case and point to the portal.',
      advanceFee:
        '"{phrase}" asks for a fee before money owed to the client is paid, the shape of fake settlement and prize payouts (the FTC: nobody pays to collect a settlement). If the client owes a cost, name it and point to the portal.',
      wrongNumberScam:
        '"{phrase}" is how "wrong number" scam texts open, and filters block them. Name the firm and the client instead.',
      linkActivation:
        '"{phrase}" is how scam texts get a phone to turn on a link it disabled (reply, then reopen the chat), which filters block. Put links on the firm\'s own site, which needs no such step.',
      extortionScam:
        '"{phrase}" reads like a virtual-kidnapping or extortion text (a relative "held", no police, stay on the line), which the FBI warns about and carriers block. If a case needs such advice, give it in a call.',
      secrecyDemand:
        '"{phrase}" tells the reader to keep something from the bank, which the FTC names as a sure sign of a scam. Leave it out; if a case needs discretion, say so in a call.',
      newNumberScam:
        '"{phrase}" reads like the "Hi Mom, this is my new number" scam, which filters block. Name the firm and the matter instead.',
    },
    fixable: 'suggestion',
    examples: {
      valid: [
        { text: 'Hartwell & Diaz: please verify the dates in the attached settlement and reply with any corrections.' },
        { text: 'Hartwell & Diaz: your retainer invoice is in the portal. Reply STOP to opt out.' },
        { text: 'Hartwell & Diaz: we received the wire transfer from the title company.' },
      ],
      invalid: [
        { text: 'Your account has been suspended. Click here to verify your identity.' },
        { text: 'Hartwell & Diaz: please send payment via Zelle by Friday.' },
        { text: 'FINAL NOTICE: act now to keep your case open.' },
      ],
    },
  },
  check(context) {
    const { message, settings } = context;
    const { text, words } = message;
    const listed = phishingMatcher().match(text, words);
    // A handle beside a payment phrase already listed adds nothing: the phrase is the finding.
    const handles = appHandlesOf(message, settings).filter(
      (handle) =>
        !listed.some((match) => match.meta.kind === 'payment' && match.start < handle.end && handle.start < match.end),
    );
    const extra = [...codeRelaysOf(message), ...handles, ...stillNamedOf(message, settings)];
    // Ordered by start, longest first, as the matcher orders its own (the merge below relies on it).
    const found =
      extra.length === 0 ? listed : [...listed, ...extra].sort((a, b) => a.start - b.start || b.end - a.end);
    const allowedSpans = allowedTermSpans(settings.allowedTerms, text, words);
    const content = contentContextOf(message, settings);
    // Asked only when something would be reported: most messages match nothing.
    let notice: boolean | undefined;
    const isNotice = (): boolean => {
      notice ??= isAntiFraudNotice(message, settings);
      return notice;
    };
    // How many account and credential requests the message stacks, overlapping matches counted once.
    let accountAlertCount: number | undefined;
    const accountAlerts = (): number => {
      if (accountAlertCount === undefined) {
        let end = -1;
        accountAlertCount = 0;
        for (const match of found) {
          if (match.meta.kind !== 'account' && match.meta.kind !== 'credentials') continue;
          if (match.start >= end) accountAlertCount++;
          end = Math.max(end, match.end);
        }
      }
      return accountAlertCount;
    };
    // What does not depend on the match is found once, for the first match that asks.
    let outsideLink: boolean | undefined;
    let outsideAddress: boolean | undefined;
    let ownReply: boolean | undefined;
    let channels: FirmChannels | undefined;
    let daysNamed: Map<number, boolean> | undefined;
    const once: OncePerMessage = {
      outsideLink() {
        outsideLink ??= hasOutsideLink(message.links, settings);
        return outsideLink;
      },
      outsideAddress() {
        outsideAddress ??= hasOutsideAddress(text, settings);
        return outsideAddress;
      },
      ownReply() {
        ownReply ??= asksForOwnReply(text);
        return ownReply;
      },
      firmChannels() {
        channels ??= firmChannelsOf(message, settings);
        return channels;
      },
      // namesADay reads the whole sentence of the word it is asked about: once per sentence.
      sentenceNamesADay(at) {
        const sentence = sentenceIndexOfWords(text, words)[at] as number;
        daysNamed ??= new Map();
        let named = daysNamed.get(sentence);
        if (named === undefined) {
          named = namesADay(message, at);
          daysNamed.set(sentence, named);
        }
        return named;
      },
    };
    let wireConfirmed: boolean | undefined;
    const confirmedWire = (): boolean => {
      wireConfirmed ??= isConfirmedWire(message, settings);
      return wireConfirmed;
    };
    let needed: Map<NonNullable<PhishingPhrase['needs']>, boolean> | undefined;
    const counts = (match: PhraseMatch<PhishingPhrase>): boolean => {
      const { requires, kind } = match.meta;
      if (kind !== 'credentials' && isNotice()) return false;
      if (match.meta.caseQuiet !== undefined) {
        const standing = content.standingOf(match, { ignoreScamVocabulary: true });
        if (standing === 'legal-phrase') return false;
        if (standing === 'sentence' && match.meta.caseQuiet !== 'phrase') return false;
        // A case told beside a stranger's link is the scam's own bait ("your case is closed, claim
        // your refund at ..."): only a sentence's case words excuse the match then.
        if (standing === 'message' && match.meta.caseQuiet === 'message' && !once.outsideLink()) return false;
        if (inCaseErrand(message, match)) return false;
      }
      if (requires !== undefined && !brandGroupsMentioned(message).has(requires)) return false;
      if ((kind === 'payment' || kind === 'advance-fee' || kind === 'credentials') && isNegatedPayment(message, match))
        return false;
      if (match.meta.wire && confirmedWire()) return false;
      if (match.meta === CODE_RELAY && namesPaperSource(message, match)) return false;
      // The account's instructions confirmed by phone with the firm, as a closing's wire is.
      if (
        match.meta.toAccount &&
        (namesFirmAccount(message, match) || isToldPayment(message, match) || confirmedWire())
      )
        return false;
      if (match.meta.needs !== undefined) {
        const needs = match.meta.needs;
        needed ??= new Map();
        let found = needed.get(needs);
        if (found === undefined) {
          found = hasNeeded(message, needs);
          needed.set(needs, found);
        }
        if (!found) return false;
      }
      if (kind === 'payment' && (isSenderPaying(message, match) || isSpanishSenderPaying(message, match))) return false;
      if (kind === 'payment' && namesChannelAsBusiness(message, match, once, settings)) return false;
      if (
        (match.meta.needsChannel || (kind === 'payment' && opensOnOwnedGift(message, match))) &&
        !offersOutsideChannel(message, once, settings)
      )
        return false;
      if (REPORTABLE_KINDS.has(kind) && isReportedStatement(message, match, once, settings)) return false;
      if (kind === 'urgency')
        return !isLegalDeadline(match, content, once) && !isReportedNotice(message, match, content, once, settings);
      if (kind === 'credentials' && endsOnIdentityCard(message, match)) return false;
      if ((kind === 'account' || kind === 'credentials') && isThroughFirmChannel(message, match, once, accountAlerts()))
        return false;
      if (!EXCUSED_BY_CASE_CONTEXT.has(kind) || match.meta.unexcused) return true;
      const standing = content.standingOf(match, { ignoreScamVocabulary: true });
      return standing !== 'legal-phrase' && standing !== 'sentence';
    };
    // Matches come ordered by start, longest first. Overlapping matches of one kind merge into one
    // finding ("Click here to verify" + "verify your identity"); another kind's overlap is dropped.
    const merged: { start: number; end: number; match: PhraseMatch<PhishingPhrase> }[] = [];
    for (const match of found) {
      if (overlapsAny(allowedSpans, match.start, match.end) || !counts(match)) continue;
      const previous = merged[merged.length - 1];
      if (previous && match.start < previous.end) {
        if (match.meta.kind === previous.match.meta.kind) previous.end = Math.max(previous.end, match.end);
        continue;
      }
      merged.push({ start: match.start, end: match.end, match });
    }
    // No phrase counts (none matched, or a brand-gated one without its brand): the shape decides,
    // the whole shape first, then part of it, then a demand through an outside channel.
    if (merged.length === 0) {
      for (const { messageId, find, severity } of SHAPE_FINDINGS) {
        const span = find(message, settings);
        if (span === undefined || overlapsAny(allowedSpans, span.start, span.end) || isNotice()) continue;
        context.report({
          messageId,
          data: { phrase: span.text },
          start: span.start,
          end: span.end,
          ...(severity ? { severity } : {}),
        });
        return;
      }
      return;
    }
    for (const { start, end, match } of merged) {
      const shown = text.slice(start, end);
      context.report({
        messageId: MESSAGE_IDS[match.meta.kind],
        data: { phrase: shown },
        start,
        end,
        fixes: end === match.end ? suggestionFor(match, shown) : [],
      });
    }
  },
};

export default rule;
