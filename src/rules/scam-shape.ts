import { brandGroupsMentioned } from './brands';
import { contentContextOf } from './content-context';
import { BRANDS, type Brand, HIGH_ABUSE_TLDS } from './data/brands';
import { URGENCY_WORDS } from './data/offer-cues';
import { NEGATION_UNDONE_AFTER } from './data/phishing-phrases';
import {
  CALL_VERBS,
  DEMAND_VERBS,
  INSTITUTION_WORDS,
  LURE_WORDS,
  OFFER_LURE_WORDS,
  REWARD_LURE_WORDS,
} from './data/scam-shape';
import { parseDomain } from './domains';
import { hasOutsideLink } from './firm-hosts';
import { namesTheFirm } from './firm-name';
import { keywordSignUpsOf } from './keyword-sign-up';
import { isGovernmentHost, isSameOrSubdomain } from './links';
import type { ParsedMessage, Span } from './message';
import { namesADay } from './named-day';
import { hasOutsideNumber, normalizePhoneNumber } from './phone';
import { lazyPhrases, type PhraseMatch, wordViewOf } from './phrases';
import { RecentCache } from './recent-cache';
import type { FirmSettings } from './settings';
import { sentenceIndexOfWords } from './text/sentences';

const LURES: ReadonlySet<string> = new Set([...LURE_WORDS, ...REWARD_LURE_WORDS]);
const OFFERS: ReadonlySet<string> = new Set(OFFER_LURE_WORDS);
const REWARDS: ReadonlySet<string> = new Set(REWARD_LURE_WORDS);
const CALLS: ReadonlySet<string> = new Set(CALL_VERBS);
const DEMANDS: ReadonlySet<string> = new Set(DEMAND_VERBS);
const INSTITUTIONS: ReadonlySet<string> = new Set(INSTITUTION_WORDS);
const REPLY_KEYWORD = /\b(?:reply|text|txt|respond)\s+["']?(?:y|yes|1|2|ok|claim|confirm|now)\b/i;
const LEAD_INS: ReadonlySet<string> = new Set(['please', 'pls', 'kindly', 'now', 'immediately', 'simply', 'just']);

/** "You have 2 new messages": a message notice is a lure like a voicemail (see data/scam-shape.ts). */
const NOTICE_WORDS: ReadonlySet<string> = new Set(['message', 'messages', 'msg', 'msgs']);
const NOTICE_ADJECTIVES: ReadonlySet<string> = new Set(['new', 'unread']);

/** "We won!", "we can win": the sender's own win is news, not a prize offered to the reader. */
const SENDERS: ReadonlySet<string> = new Set(['we', 'i', "we've", "i've", 'weve', 'ive', "we'll", "i'll", 'us']);

/** "Feel free to call", "toll free", "tax free": "free" that offers nothing. */
const IDIOMS_WITH_FREE: ReadonlySet<string> = new Set(['feel', 'toll', 'tax', 'duty', 'fee', 'cost', 'charge']);

/** How far back a sender's own pronoun makes "win" the sender's hope ("we expect to win"). */
const SENDER_REACH = 3;

function isLure(normalized: readonly string[], index: number): boolean {
  const word = normalized[index] as string;
  if (word === 'win' || word === 'winning') {
    for (let back = index - 1; back >= 0 && back >= index - SENDER_REACH; back--) {
      if (SENDERS.has(normalized[back] as string)) return false;
    }
    return true;
  }
  if (OFFERS.has(word)) return !IDIOMS_WITH_FREE.has(normalized[index - 1] ?? '');
  if (LURES.has(word)) return !(word === 'won' && SENDERS.has(normalized[index - 1] ?? ''));
  return NOTICE_WORDS.has(word) && NOTICE_ADJECTIVES.has(normalized[index - 1] ?? '');
}

/** Lure words that only say something is urgent, naming no threat or reward of their own. */
const URGENT_LURES: ReadonlySet<string> = new Set(['urgent', 'emergency', 'urgente', 'emergencia']);

/**
 * "Urgent: the court moved your jury selection to tomorrow at 8:30 a.m.": urgency about a court
 * event with its day or time, beside case words (scams' own, "court" and "jury", included), and no
 * link off the firm's sites. A scam's urgency names no such time or sends the reader to its link;
 * its threat (a warrant, a fine) is a lure of its own.
 */
function isUrgentCaseEvent(message: ParsedMessage, settings: FirmSettings, index: number, span: Span): boolean {
  if (!URGENT_LURES.has(wordViewOf(message.text, message.words).normalized[index] as string)) return false;
  if (hasOutsideLink(message.links, settings)) return false;
  const standing = contentContextOf(message, settings).standingOf({
    start: span.start,
    end: span.end,
    firstWord: index,
    lastWord: index,
  });
  return (standing === 'sentence' || standing === 'legal-phrase') && namesADay(message, index);
}

/** The digits of a word made only of digits and hyphens ("0800", "1-888-555-0199"), or undefined. */
const DIGITS_AND_HYPHENS = /^\d[\d-]*$/;

function digitsOf(word: string): string | undefined {
  // Most words do not start with a digit: they are ruled out before the pattern is tried.
  const first = word.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return undefined;
  return DIGITS_AND_HYPHENS.test(word) ? word.replaceAll('-', '') : undefined;
}

/**
 * How many words after a call verb its number may stand: "call [the name of a company] [free] on
 * 1-888-...": a company name of several words, an adverb and a preposition.
 */
const CALL_REACH = 10;

/**
 * The call verb of a number the reader is told to call that is not the firm's, whatever its
 * format: "call 1-888-555-0199", "call us now on 0800 542 0825". A run of 7 to 15 digits within
 * CALL_REACH words of a call verb, in its sentence; -1 when there is none.
 */
function calledNumberVerb(
  normalized: readonly string[],
  sentenceOf: Int32Array,
  firmDigits: readonly string[],
): number {
  for (let index = 0; index < normalized.length; index++) {
    if (!CALLS.has(normalized[index] as string)) continue;
    for (let next = index + 1; next <= index + CALL_REACH && next < normalized.length; next++) {
      if (sentenceOf[next] !== sentenceOf[index]) break;
      let digits = '';
      let end = next;
      for (let part = digitsOf(normalized[end] as string); part !== undefined && end < normalized.length; ) {
        digits += part;
        end++;
        part =
          end < normalized.length && sentenceOf[end] === sentenceOf[index]
            ? digitsOf(normalized[end] as string)
            : undefined;
      }
      if (digits.length >= 7 && digits.length <= 15) {
        if (!firmDigits.some((firm) => digits.endsWith(firm))) return index;
        break;
      }
      if (digits !== '') break;
    }
  }
  return -1;
}

/**
 * Lure words judged against the case vocabulary before giving up: each judgement scans the
 * message's case words, so an unbounded number would be quadratic on a long text of case lures.
 */
const MAX_LURE_CANDIDATES = 3;

/** "$25", "£1,000", "25,000 dollars": an amount of money. */
const MONEY = /[$€£]\s?\d|\b\d[\d,.]*\s?(?:k\s?)?(?:dollars?|usd|bucks)\b/i;
const URGENCY: ReadonlySet<string> = new Set(URGENCY_WORDS);

/** Words that deny what follows (not PAYMENT_NEGATORS, whose "agreed" and "fake" report rather than deny). */
const NEGATORS: ReadonlySet<string> = new Set([
  'no',
  'not',
  'never',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  "didn't",
  'didnt',
  "won't",
  'wont',
  "shouldn't",
  'shouldnt',
]);
const NEGATION_UNDONE: ReadonlySet<string> = new Set(NEGATION_UNDONE_AFTER);
/** How far before "to" a negator governs the infinitive: "there is no need to", "you do not have to". */
const NEGATOR_BEFORE_TO = 3;

/**
 * "There is no need to pay anyone", "you do not have to call them", "never need to reply": an
 * infinitive denied, which asks the reader for nothing. Not "don't forget to pay" or "do not fail
 * to call" (NEGATION_UNDONE_AFTER), which ask all the same. `to` is the index of "to".
 */
function isNegatedInfinitive(normalized: readonly string[], sentenceOf: Int32Array, to: number): boolean {
  for (let index = to - 1; index >= 0 && index >= to - NEGATOR_BEFORE_TO; index--) {
    if (sentenceOf[index] !== sentenceOf[to]) return false;
    if (NEGATION_UNDONE.has(normalized[index] as string)) return false;
    if (NEGATORS.has(normalized[index] as string)) return true;
  }
  return false;
}

/** What of a scam text's shape a message has (see scamShapeLure). */
interface ScamEvidence {
  /** The first lure word that is not the vocabulary of the client's case. */
  lure: Span | undefined;
  /** The lure is a reward (a prize, a win), which needs no institution's name. */
  reward: boolean;
  /** The lure is only an offer ("free"): part of a scam's shape, never the whole of it. */
  offerOnly: boolean;
  /** Case vocabulary stands elsewhere in the message (not in the lure's sentence). */
  caseInMessage: boolean;
  /** A demand verb opening a sentence (or after "to"), or a number the reader is told to call (found on first read). */
  readonly demand: boolean;
  /** The word that makes the demand: the first demand verb, else the verb of the number to call. */
  readonly demandWord: Span | undefined;
  /** A link, number or reply keyword outside the firm's (found on first read). */
  readonly channel: boolean;
  /**
   * A channel that cannot be the firm's: a link off its and approved sites, a keyword to a short
   * code, a number that is not the firm's (found on first read). A bare reply keyword is no such
   * channel: the reply goes to whoever sent the text, the firm included.
   */
  readonly outsideChannel: boolean;
  /** A named brand, agency or institution word, or an untrusted link standing in for one (found on first read). */
  readonly institution: boolean;
  urgency: boolean;
  /** An amount of money (found on first read). */
  readonly money: boolean;
}

const evidenceCache = new RecentCache<ParsedMessage, RecentCache<FirmSettings, ScamEvidence>>();

function scamEvidenceOf(message: ParsedMessage, settings: FirmSettings): ScamEvidence {
  let bySettings = evidenceCache.get(message);
  const cached = bySettings?.get(settings);
  if (cached) return cached;
  const evidence = findScamEvidence(message, settings);
  if (!bySettings) {
    bySettings = new RecentCache(2, false);
    evidenceCache.set(message, bySettings);
  }
  bySettings.set(settings, evidence);
  return evidence;
}

function findScamEvidence(message: ParsedMessage, settings: FirmSettings): ScamEvidence {
  const { text, words } = message;
  const { normalized } = wordViewOf(text, words);
  const sentenceOf = sentenceIndexOfWords(text, words);
  const content = contentContextOf(message, settings);

  let lure: Span | undefined;
  let reward = false;
  let offerOnly = false;
  let demandVerb: Span | undefined;
  let institution = false;
  let urgency = false;
  let caseInMessage = false;
  let lureCandidates = 0;
  for (let index = 0; index < normalized.length; index++) {
    const word = normalized[index] as string;
    if (lure === undefined && isLure(normalized, index) && lureCandidates++ < MAX_LURE_CANDIDATES) {
      const span = words[index] as Span;
      const standing = content.standingOf(
        { start: span.start, end: span.end, firstWord: index, lastWord: index },
        { ignoreScamVocabulary: true },
      );
      if (
        standing !== 'legal-phrase' &&
        standing !== 'sentence' &&
        !isUrgentCaseEvent(message, settings, index, span)
      ) {
        lure = span;
        reward = REWARDS.has(word);
        offerOnly = OFFERS.has(word);
        // A reward beside any case word, the ones scams use included ("the jury", "your claim"), is the firm's news.
        caseInMessage =
          standing === 'message' ||
          (reward &&
            content.standingOf({ start: span.start, end: span.end, firstWord: index, lastWord: index }) !== 'none');
      }
    }
    if (INSTITUTIONS.has(word)) institution = true;
    if (URGENCY.has(word)) urgency = true;
    if (demandVerb === undefined && DEMANDS.has(word)) {
      let start = index - 1;
      while (start >= 0 && sentenceOf[start] === sentenceOf[index] && LEAD_INS.has(normalized[start] as string))
        start--;
      const opensSentence = start < 0 || sentenceOf[start] !== sentenceOf[index];
      if (opensSentence || (normalized[index - 1] === 'to' && !isNegatedInfinitive(normalized, sentenceOf, index - 1)))
        demandVerb = words[index] as Span;
    }
  }
  // The channel, the institution and the amount cost a scan each (phone numbers, sign-ups, brand
  // names), and most messages have no lure to ask them for: they are found on first read.
  let untrusted: boolean | undefined;
  const untrustedLink = (): boolean => {
    untrusted ??= hasOutsideLink(message.links, settings);
    return untrusted;
  };
  let channel: boolean | undefined;
  let outsideChannel: boolean | undefined;
  let named: boolean | undefined;
  let money: boolean | undefined;
  let called: number | undefined;
  // "Congrats! Your phone is ready, call 0800 555 0199": a number to call, wherever it stands in
  // its sentence, is a demand to act through the sender's channel (FTC: don't call a number from
  // an unexpected text).
  const calledVerb = (): number => {
    called ??= calledNumberVerb(normalized, sentenceOf, firmDigitsOf(settings));
    return called;
  };
  const calledNumber = (): boolean => calledVerb() !== -1;
  return {
    lure,
    reward,
    offerOnly,
    caseInMessage,
    urgency,
    get demand() {
      return demandVerb !== undefined || calledNumber();
    },
    get demandWord() {
      return demandVerb ?? words[calledVerb()];
    },
    get channel() {
      channel ??= REPLY_KEYWORD.test(text) || this.outsideChannel;
      return channel;
    },
    get outsideChannel() {
      outsideChannel ??=
        untrustedLink() ||
        keywordSignUpsOf(message).length > 0 ||
        hasOutsideNumber(message, settings) ||
        calledNumber();
      return outsideChannel;
    },
    get institution() {
      named ??= institution || untrustedLink() || brandGroupsMentioned(message).size > 0;
      return named;
    },
    get money() {
      money ??= MONEY.test(text);
      return money;
    },
  };
}

/** The last ten digits of each of the firm's numbers, to compare with digits as written. */
function firmDigitsOf(settings: FirmSettings): string[] {
  return settings.firmPhoneNumbers
    .map((entry) => normalizePhoneNumber(entry)?.replace(/\D/g, '').slice(-10))
    .filter((entry): entry is string => entry !== undefined && entry !== '');
}

/**
 * The lure word of a message shaped like a scam text, if it is one: a lure (threat or reward), a
 * demand to act (a sentence opening with a demand verb, or "to" + one), and a channel the sender
 * controls (a link off the firm's, approved and government hosts, an outside number, a reply
 * keyword), in the name of an institution (a named brand or agency, or words like "bank",
 * "support team") or through an untrusted link; a reward needs no institution. A lure in a
 * sentence about the client's case (case words beside it) does not count.
 */
export function scamShapeLure(message: ParsedMessage, settings: FirmSettings): Span | undefined {
  if (message.words.length < 4) return undefined;
  const evidence = scamEvidenceOf(message, settings);
  const { lure } = evidence;
  if (lure === undefined || evidence.offerOnly || !evidence.demand || !evidence.channel) return undefined;
  // Good news beside a case ("Congratulations! The jury found for you") is the firm's own; a
  // reward needs no institution's name to be a scam.
  if (evidence.reward ? evidence.caseInMessage : !evidence.institution) return undefined;
  return lure;
}

/** The lure of a message with part of a scam's shape: a lure and at least two of the other signs. */
export function partialScamLure(message: ParsedMessage, settings: FirmSettings): Span | undefined {
  if (message.words.length < 4) return undefined;
  const evidence = scamEvidenceOf(message, settings);
  if (evidence.lure === undefined || evidence.caseInMessage) return undefined;
  const signs = [evidence.demand, evidence.channel, evidence.urgency, evidence.money].filter(Boolean).length;
  return signs >= 2 ? evidence.lure : undefined;
}

/**
 * The demand of a message that sends the reader to act through a channel that cannot be the firm's
 * (a link off its sites, a number not its own, a keyword to a short code) while naming neither the
 * firm nor any case: "Call 1-888-555-0199 now!", "Text JOIN to 55123", "Go to deals-hub.net". The
 * FTC's advice on unexpected texts is not to act on their own link or number, and Twilio's
 * filtering guidance asks a business to say who it is and link to its own domain: an unnamed
 * sender pointing elsewhere is the unsolicited text's shape. A firm that passes on another office's
 * number names the client's matter ("call the probation office about your conditions") or itself.
 * Undefined when a lure makes the message a (partial) scam shape: those are judged above.
 */
export function outsideChannelDemand(message: ParsedMessage, settings: FirmSettings): Span | undefined {
  if (message.words.length < 4) return undefined;
  const evidence = scamEvidenceOf(message, settings);
  if (evidence.lure !== undefined || !evidence.demand) return undefined;
  // A firm's own text names the firm or a case, which is known by now; the outside channel costs
  // scans of the text (phone numbers, keyword sign-ups), so it is asked last.
  if (namesTheFirm(message, settings) || contentContextOf(message, settings).namesACase) return undefined;
  const demand = evidence.demandWord;
  if (demand === undefined || !evidence.outsideChannel || reachesTheSender(message, demand)) return undefined;
  return demand;
}

/** Words after a demand that make the sender its channel: "call me", "text us", "call our office", "my cell". */
const SENDER_CHANNEL_WORDS: ReadonlySet<string> = new Set(['me', 'us', 'my', 'our']);
/** How far after the demand such a word still names its object: "call [the] [paralegal at] our office". */
const SENDER_CHANNEL_REACH = 3;

/**
 * "Call me on my cell at 512-555-0199", "text us at ...", "call our office": the sender's own
 * number, which a firm's attorney or office may give beside the firm's main line. Answering the
 * sender is what a reply is, not a channel the text steers elsewhere.
 */
function reachesTheSender(message: ParsedMessage, demand: Span): boolean {
  const { normalized } = wordViewOf(message.text, message.words);
  const sentenceOf = sentenceIndexOfWords(message.text, message.words);
  const at = message.words.indexOf(demand);
  for (let next = at + 1; next <= at + SENDER_CHANNEL_REACH && next < normalized.length; next++) {
    if (sentenceOf[next] !== sentenceOf[at]) break;
    if (SENDER_CHANNEL_WORDS.has(normalized[next] as string)) return true;
  }
  return false;
}

const brandNameMatcher = lazyPhrases(() =>
  BRANDS.flatMap((entry) => entry.mentions.map((phrase) => ({ phrase, meta: entry }))),
);

const namedCache = new RecentCache<ParsedMessage, readonly PhraseMatch<Brand>[]>();

/** Where a message names each brand in its words (not in its links), the first mention of each, once per message. */
function brandMentionsIn(message: ParsedMessage): readonly PhraseMatch<Brand>[] {
  let named = namedCache.get(message);
  if (!named) {
    const seen = new Set<Brand>();
    const firsts: PhraseMatch<Brand>[] = [];
    for (const match of brandNameMatcher().match(message.text, message.words)) {
      if (seen.has(match.meta)) continue;
      seen.add(match.meta);
      firsts.push(match);
    }
    named = firsts;
    namedCache.set(message, named);
  }
  return named;
}

function ownsHost(brand: Brand, host: string, registrable: string): boolean {
  if (brand.group === 'government' && isGovernmentHost(host)) return true;
  return brand.domains.some((domain) => registrable === domain || isSameOrSubdomain(host, domain));
}

/**
 * The brand a message names in its words when it asks the reader to act (a demand) and `host` is
 * none of the named brands' sites: "USPS: your parcel is on hold. Confirm your address at
 * parcel-help.net". The FTC's advice is that a real company's text links to its own site. A
 * message about the client's case ("download your Chase statements for the bankruptcy and upload
 * them at ...") names brands for other reasons.
 */
export function offBrandLinkBrand(message: ParsedMessage, settings: FirmSettings, host: string): Brand | undefined {
  if (isGovernmentHost(host)) return undefined;
  const named = brandMentionsIn(message);
  const first = named[0];
  if (first === undefined) return undefined;
  const registrable = parseDomain(host, { allowPrivateDomains: true }).domain;
  if (!registrable || named.some((mention) => ownsHost(mention.meta, host, registrable))) return undefined;
  if (!scamEvidenceOf(message, settings).demand) return undefined;
  if (contentContextOf(message, settings).standingOf(first) !== 'none') return undefined;
  return first.meta;
}

const ABUSED_TLDS: ReadonlySet<string> = new Set(HIGH_ABUSE_TLDS);

/**
 * True when `host` sits on a top-level domain that leads the abuse rankings (data/brands.ts) and
 * the message carries a scam's lure and a demand to act: "Your parcel is held. Pay the fee at
 * pkgtrack.top". A firm's own and approved hosts are trusted before this is asked.
 */
export function isAbusedTldInScamText(message: ParsedMessage, settings: FirmSettings, host: string): boolean {
  const tld = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
  if (!ABUSED_TLDS.has(tld)) return false;
  const evidence = scamEvidenceOf(message, settings);
  return evidence.lure !== undefined && evidence.demand;
}
