import {
  ARBITRAJE_AS_TRADE_NEXT_WORDS,
  ARBITRAJE_DE_TRADE_NEXT_WORDS,
  CASE_CONTEXT_WORDS,
  CASE_WORDS_SCAMS_USE,
  CLAIM_AS_KEYWORD_BEFORE_WORDS,
  CLAIM_AS_NOUN_BEFORE_WORDS,
  CLAIM_AS_VERB_NEXT_WORDS,
  FISCAL_AS_ADJECTIVE_BEFORE_WORDS,
  LEGAL_CONTEXT_PHRASES,
  VISA_AS_CARD_NEXT_WORDS,
} from './data/legal-context';
import {
  AGE_GATE,
  AGE_GATE_PHRASES,
  CALL_TO_ACTION_VERBS,
  LEAD_IN_WORDS,
  PRIZE_WORDS,
  SALE_CUE_PHRASES,
  URGENCY_WORDS,
} from './data/offer-cues';
import { isOutsideLink } from './firm-hosts';
import type { ParsedMessage } from './message';
import { lazyPhraseList, lazyPhrases, overlapsAny, type PhraseMatch, wordViewOf } from './phrases';
import { RecentCache } from './recent-cache';
import type { FirmSettings } from './settings';
import { firstIndexWhere } from './text/first-index';
import { sentenceIndexOfWords } from './text/sentences';

/*
 * The context every content rule consults before calling wording an offer or a scam: is it about
 * the client's case, and does the message pitch something to the reader? One mechanism, computed
 * once per message, so that "claim your settlement check", "debt relief is now in effect" and "your
 * marijuana possession charge" read as the law firm's work they are, while "You have won a $1,000
 * prize. Call now to claim" does not.
 *
 * Legal standing of a match, strongest first:
 * - 'legal-phrase': the match overlaps a legal phrase ("debt relief agency", "possession of THC");
 * - 'sentence': case vocabulary stands in the same sentence ("your ... claim/charge/case", court
 *   words: see data/legal-context.ts);
 * - 'message': case vocabulary stands elsewhere in the message;
 * - 'none'.
 * Offer cues (message-wide): a sentence opening with a call to act ("Call now", "Reply YES",
 * "Click"), a money amount, a prize word, a link off the firm's and approved domains, urgency.
 */

export type LegalStanding = 'legal-phrase' | 'sentence' | 'message' | 'none';
export type OfferCue = 'call-to-action' | 'money' | 'prize' | 'link' | 'urgency';

export interface ContentContext {
  /**
   * How strongly the words [firstWord, lastWord] read as part of a legal matter. With
   * `ignoreScamVocabulary`, case words that scams use too ("charges", "fraud") do not count.
   */
  standingOf(
    match: { start: number; end: number; firstWord: number; lastWord: number },
    options?: { ignoreScamVocabulary?: boolean },
  ): LegalStanding;
  /** The first offer cue of the message, if it has one. */
  readonly offerCue: OfferCue | undefined;
  /** Case vocabulary (a case word or a legal phrase, the words scams use too included) stands anywhere in the message. */
  readonly namesACase: boolean;
  /** The first offer cue that stands outside [start, end) ("prize" is no cue for the word "prize"). */
  offerCueOutside(start: number, end: number): OfferCue | undefined;
  /**
   * Whether the goods named at [firstWord, lastWord] are put on sale: sale wording ("in stock",
   * "menu", "same-day delivery", "no background check", "entrega a domicilio") anywhere outside
   * them, or a price a few words from them in their sentence ("2g carts $30"). A sum elsewhere
   * in the message is often the case's (a fee, a receipt), and does not count.
   */
  saleCueFor(match: { start: number; end: number; firstWord: number; lastWord: number }): boolean;
  /** The message announces an age gate ("18+", "+18", "adults only": see AGE_GATE). */
  readonly ageGated: boolean;
}

// The first phrase list the warm-up compiles, so its first slice also pays for compiling the
// phrase compiler's own code (the rest of the list then compiles in under a millisecond): it took
// 3.5-24 ms as one step in a busy browser; in two slices the first takes 3-6 ms.
const legalPhraseMatcher = lazyPhraseList(
  LEGAL_CONTEXT_PHRASES.map((phrase) => ({ phrase, meta: phrase })),
  2_000,
);
const saleCueMatcher = lazyPhrases(() => [
  ...SALE_CUE_PHRASES.map((phrase) => ({ phrase, meta: 'sale' as const })),
  ...AGE_GATE_PHRASES.map((phrase) => ({ phrase, meta: 'age' as const })),
]);
const CASE_WORDS: ReadonlySet<string> = new Set(CASE_CONTEXT_WORDS);
const CLAIM_VERB_NEXT: ReadonlySet<string> = new Set(CLAIM_AS_VERB_NEXT_WORDS);
const VISA_CARD_NEXT: ReadonlySet<string> = new Set(VISA_AS_CARD_NEXT_WORDS);
const ARBITRAJE_TRADE_NEXT: ReadonlySet<string> = new Set(ARBITRAJE_AS_TRADE_NEXT_WORDS);
const ARBITRAJE_DE_TRADE_NEXT: ReadonlySet<string> = new Set(ARBITRAJE_DE_TRADE_NEXT_WORDS);
const FISCAL_ADJECTIVE_BEFORE: ReadonlySet<string> = new Set(FISCAL_AS_ADJECTIVE_BEFORE_WORDS);
const CLAIM_NOUN_BEFORE: ReadonlySet<string> = new Set(CLAIM_AS_NOUN_BEFORE_WORDS);
const CLAIM_KEYWORD_BEFORE: ReadonlySet<string> = new Set(CLAIM_AS_KEYWORD_BEFORE_WORDS);
const SHARED_WITH_SCAMS: ReadonlySet<string> = new Set(CASE_WORDS_SCAMS_USE);

const MASCULINE_BEFORE_CORTE: ReadonlySet<string> = new Set([
  'el',
  'del',
  'al',
  'un',
  'este',
  'ese',
  'otro',
  'próximo',
]);

/**
 * "Prescribed" told of a doctor is a client's medicine; after "get" ("our doctors get you
 * prescribed Xanax today", "get Adderall prescribed online") it is the prescription sold as a
 * service, which the rogue telehealth pitch offers (FDA BeSafeRx; the DEA on telehealth
 * prescribing): no legal standing then.
 */
function isPrescriptionSold(normalized: readonly string[], match: { firstWord: number; lastWord: number }): boolean {
  if (match.firstWord !== match.lastWord || normalized[match.firstWord] !== 'prescribed') return false;
  const before = normalized[match.firstWord - 1] ?? '';
  const twoBefore = normalized[match.firstWord - 2] ?? '';
  return before === 'get' || before === 'gets' || twoBefore === 'get' || twoBefore === 'gets';
}

function isCaseWord(normalized: readonly string[], index: number): boolean {
  const written = normalized[index] as string;
  // "the court's order", "the judge's ruling": a possessive names the same party.
  const word = written.endsWith("'s") && !CASE_WORDS.has(written) ? written.slice(0, -2) : written;
  if (!CASE_WORDS.has(word)) return false;
  if (word === 'visa') return !VISA_CARD_NEXT.has(normalized[index + 1] ?? '');
  if (word === 'fiscal' && FISCAL_ADJECTIVE_BEFORE.has(normalized[index - 1] ?? '')) return false;
  if (word === 'arbitraje') {
    // "arbitraje de USDT" names the coin after "de", as "arbitraje USDT" does right away.
    if (normalized[index + 1] === 'de') return !ARBITRAJE_DE_TRADE_NEXT.has(normalized[index + 2] ?? '');
    return !ARBITRAJE_TRADE_NEXT.has(normalized[index + 1] ?? '');
  }
  // Spanish "la corte" is the court; "el corte" (masculine) is a cut, the utility's shut-off ("el
  // corte está programado para hoy", "aviso del corte de luz").
  if (word === 'corte' && MASCULINE_BEFORE_CORTE.has(normalized[index - 1] ?? '')) return false;
  // "by the case", as cans, cartons and bottles are sold in bulk (CTIA: alcohol and tobacco): a
  // unit of goods, not a matter.
  if ((word === 'case' || word === 'cases') && normalized[index - 1] === 'the' && normalized[index - 2] === 'by')
    return false;
  if (word !== 'claim') return true;
  const next = normalized[index + 1];
  const before = normalized[index - 1];
  if (before === 'to' || before === '2' || (next !== undefined && CLAIM_VERB_NEXT.has(next))) return false;
  if (before !== undefined && CLAIM_KEYWORD_BEFORE.has(before)) return false;
  // "claim 500", "claim £1,000": the verb, unless a determiner makes it a noun ("your claim 4471").
  return !(next !== undefined && /^\d/.test(next) && !CLAIM_NOUN_BEFORE.has(before ?? ''));
}

/** "$25", "$4.15", "25,000 dollars", "5k USD": an amount of money. */
const MONEY = /[$€£]\s?\d|\b\d[\d,.]*\s?(?:k\s?)?(?:dollars?|usd|bucks)\b/gi;
/**
 * A possessive right before an amount ("that froze your $23,000", "his $5,000 in savings"): money
 * somebody already has, talked about, not a price asked or a sum promised.
 */
const OWNED_AMOUNT_BEFORE = /\b(?:your|ur|his|her|their|its)\s+$/i;
/**
 * An amount someone already paid or lost ("the $2,100 you paid to the debt relief company", "los
 * $2,100 que pagó a la compañía"): a case's fact a firm reports, not a price asked or a sum promised.
 */
const PAID_AMOUNT_AFTER =
  /^[\d,.]*\s+(?:(?:that|que)\s+)?(?:(?:you|he|she|they|usted|él|ella|ellos|ellas)\s+)?(?:already\s+|ya\s+)?(?:paid|lost|pagó|pagaron|pagamos|perdió|perdieron)(?!\p{L})/iu;
/** The same told verb first: "you paid $2,100 to", "pagó $2,100 a" (the Spanish preterite carries its subject). */
const PAID_AMOUNT_BEFORE =
  /(?:\b(?:you|he|she|they)\s+(?:already\s+)?(?:paid|lost)|(?<!\p{L})(?:pagó|pagaron|perdió|perdieron))\s+$/iu;
/**
 * What a party took from the client, told as a case's fact ("the company took $1,200 up front",
 * "they kept $900", "le cobraron $800"). Not a discount: "we took $500 off your bill".
 */
const TAKEN_AMOUNT_BEFORE =
  /(?:\b(?:took|collected|kept|pocketed|stole)|(?<!\p{L})(?:le|les)\s+(?:cobró|cobraron|robó|robaron))\s+$/iu;
const DISCOUNT_AFTER = /^[\d,.]*\s*(?:off|de\s+descuento)\b/i;
/**
 * An appraisal's words (an estate's inventory and appraisement, an insurer's or a divorce's
 * valuation; Spanish "avalúo", "tasación"): the amounts of their sentence are values put on things,
 * not a price asked ("the appraiser valued the coin collection at $4,000").
 */
const APPRAISAL_WORDS: ReadonlySet<string> = new Set([
  'appraiser',
  'appraisers',
  'appraisal',
  'appraisals',
  'appraised',
  'appraisement',
  'valuation',
  'valuations',
  'avalúo',
  'avaluo',
  'avalúos',
  'tasación',
  'tasacion',
  'tasador',
  'tasadora',
  'valuador',
  'valuadora',
]);

/** How many words from the goods a price may stand: "Glock switches in stock, $60 each". */
const PRICE_REACH = 4;

/** An amount of something ("$2,000 in cash", "$9,000 en apuestas"): a quantity told, not a price. */
const AMOUNT_OF_AFTER = /^[\d,.]*(?:\s?k)?(?:\s?(?:dollars?|usd|bucks))?\s+(?:in|en)\s/i;

/** A sum given roughly ("more than $9,000", "casi $500"): a total told, never a price asked. */
const ROUGH_TOTAL_BEFORE =
  /(?<!\p{L})(?:more than|over|nearly|almost|about|around|at least|más de|mas de|casi|unos|unas|alrededor de|al menos)\s+$/iu;

interface PlacedCue {
  cue: OfferCue;
  start: number;
  end: number;
}

/** Every offer cue of the message with where it stands, in the order of OfferCue's strength. */
function offerCuesOf(
  message: ParsedMessage,
  settings: FirmSettings,
  normalized: readonly string[],
  sentenceOf: Int32Array,
): PlacedCue[] {
  const { words } = message;
  const cues: PlacedCue[] = [];
  const at = (cue: OfferCue, index: number) => {
    const word = words[index];
    if (word) cues.push({ cue, start: word.start, end: word.end });
  };
  for (let index = 0; index < normalized.length; index++) {
    const opensSentence = index === 0 || sentenceOf[index - 1] !== sentenceOf[index];
    if (!opensSentence) continue;
    let verb = index;
    while (
      verb < normalized.length &&
      sentenceOf[verb] === sentenceOf[index] &&
      LEAD_IN_WORDS.has(normalized[verb] as string)
    )
      verb++;
    const word = normalized[verb];
    if (word !== undefined && sentenceOf[verb] === sentenceOf[index] && CALL_TO_ACTION_VERBS.has(word)) {
      at('call-to-action', verb);
    }
  }
  let appraised: Set<number> | undefined;
  for (let index = 0; index < normalized.length; index++) {
    if (!APPRAISAL_WORDS.has(normalized[index] as string)) continue;
    appraised ??= new Set();
    appraised.add(sentenceOf[index] as number);
  }
  MONEY.lastIndex = 0;
  for (let found = MONEY.exec(message.text); found; found = MONEY.exec(message.text)) {
    if (appraised !== undefined) {
      const at = found.index;
      const word = firstIndexWhere(words.length, (index) => (words[index] as { end: number }).end > at);
      if (word < words.length && appraised.has(sentenceOf[word] as number)) continue;
    }
    if (OWNED_AMOUNT_BEFORE.test(message.text.slice(Math.max(0, found.index - 8), found.index))) continue;
    if (PAID_AMOUNT_BEFORE.test(message.text.slice(Math.max(0, found.index - 20), found.index))) continue;
    const end = found.index + found[0].length;
    if (PAID_AMOUNT_AFTER.test(message.text.slice(end, end + 40))) continue;
    if (
      TAKEN_AMOUNT_BEFORE.test(message.text.slice(Math.max(0, found.index - 20), found.index)) &&
      !DISCOUNT_AFTER.test(message.text.slice(end, end + 20))
    )
      continue;
    cues.push({ cue: 'money', start: found.index, end: found.index + found[0].length });
  }
  normalized.forEach((word, index) => {
    if (PRIZE_WORDS.has(word)) at('prize', index);
    else if (URGENCY_WORDS.has(word)) at('urgency', index);
  });
  for (const link of message.links) {
    if (isOutsideLink(link, settings)) {
      cues.push({ cue: 'link', start: link.start, end: link.end });
    }
  }
  return cues;
}

/**
 * The cue list cut into runs that stand in text order without overlapping (each kind of cue is
 * listed in text order, so a run is a kind or a few): within a run, the cues that end before an
 * offset come first and those that start after another come last, so the first cue of a run
 * outside a span is its first cue or the first that starts after the span.
 */
function cueRunsOf(cues: readonly PlacedCue[]): PlacedCue[][] {
  const runs: PlacedCue[][] = [];
  let run: PlacedCue[] = [];
  for (const cue of cues) {
    const last = run[run.length - 1];
    if (last !== undefined && cue.start < last.end) {
      runs.push(run);
      run = [];
    }
    run.push(cue);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * How many standingOf questions a message's context answers by scanning its case words and legal
 * phrases before it indexes them (see buildContext): the same answers either way.
 */
const SCANNED_STANDINGS = 16;

/** The first index of the ascending `values` whose value is at least `value` (values.length when none is). */
function lowerBound(values: Int32Array, value: number): number {
  return firstIndexWhere(values.length, (index) => (values[index] as number) >= value);
}

/** How many of the ascending `values` lie in [from, to] (none when from > to). */
function countWithin(values: Int32Array, from: number, to: number): number {
  return from > to ? 0 : lowerBound(values, to + 1) - lowerBound(values, from);
}

/** The legal phrases of a message, for standingOf's questions about them. */
interface LegalSpanIndex {
  readonly count: number;
  /** The sentences where a legal phrase starts. */
  readonly sentences: ReadonlySet<number>;
  /** Whether a legal phrase overlaps [start, end) (as overlapsAny over them). */
  overlaps(start: number, end: number): boolean;
}

/** `spans` come ordered by start (PhraseMatcher.match's order). */
function indexLegalSpans(spans: readonly PhraseMatch<string>[], sentenceOf: Int32Array): LegalSpanIndex {
  const starts = new Int32Array(spans.length);
  // furthestEnd[i]: the furthest end among spans 0..i, so the spans starting before an offset
  // reach past another in one look-up.
  const furthestEnd = new Int32Array(spans.length);
  const sentences = new Set<number>();
  let furthest = -1;
  for (const [index, span] of spans.entries()) {
    starts[index] = span.start;
    furthest = Math.max(furthest, span.end);
    furthestEnd[index] = furthest;
    sentences.add(sentenceOf[span.firstWord] as number);
  }
  return {
    count: spans.length,
    sentences,
    overlaps(start, end) {
      // The spans that start before `end` are the first `before` ones; one of them overlaps when
      // the furthest of their ends passes `start`.
      const before = lowerBound(starts, end);
      return before > 0 && (furthestEnd[before - 1] as number) > start;
    },
  };
}

const contexts = new RecentCache<ParsedMessage, RecentCache<FirmSettings, ContentContext>>();

export function contentContextOf(message: ParsedMessage, settings: FirmSettings): ContentContext {
  let bySettings = contexts.get(message);
  const cached = bySettings?.get(settings);
  if (cached) return cached;
  const context = buildContext(message, settings);
  if (!bySettings) {
    bySettings = new RecentCache(2, false);
    contexts.set(message, bySettings);
  }
  bySettings.set(settings, context);
  return context;
}

function buildContext(message: ParsedMessage, settings: FirmSettings): ContentContext {
  const { text, words } = message;
  const { normalized } = wordViewOf(text, words);
  const sentenceOf = sentenceIndexOfWords(text, words);
  let legalSpans: PhraseMatch<string>[] | undefined;
  let caseWordIndexes: number[] | undefined;
  let placedCues: PlacedCue[] | undefined;
  let saleSpans: PhraseMatch<'sale' | 'age'>[] | undefined;
  const saleAndAgeSpans = (): PhraseMatch<'sale' | 'age'>[] => {
    saleSpans ??= saleCueMatcher().match(text, words);
    return saleSpans;
  };
  /** The index of the word at or after a character offset (the last word when none is). */
  const wordAt = (offset: number): number =>
    Math.min(
      firstIndexWhere(words.length, (word) => (words[word] as { end: number }).end > offset),
      words.length - 1,
    );
  let cueRuns: PlacedCue[][] | undefined;
  let ageGate: boolean | undefined;
  let saleReach: { earliestEnd: number; latestStart: number } | undefined;
  const reachOfSaleSpans = () => {
    let earliestEnd = Number.POSITIVE_INFINITY;
    let latestStart = Number.NEGATIVE_INFINITY;
    for (const span of saleAndAgeSpans()) {
      if (span.meta !== 'sale') continue;
      earliestEnd = Math.min(earliestEnd, span.end);
      latestStart = Math.max(latestStart, span.start);
    }
    return { earliestEnd, latestStart };
  };
  let priced: Int32Array | undefined;
  /**
   * The words where a price stands, in order (a money cue: an amount neither owned nor already
   * paid, nor a total given roughly, as a bank statement's sums are told: "more than $9,000 in bets").
   */
  const priceWords = (): Int32Array => {
    const found: number[] = [];
    for (const placed of cues()) {
      if (placed.cue !== 'money' || ROUGH_TOTAL_BEFORE.test(text.slice(Math.max(0, placed.start - 16), placed.start)))
        continue;
      // A money cue spans the currency sign and the first digit: the rest of the number follows.
      if (AMOUNT_OF_AFTER.test(text.slice(placed.end, placed.end + 32))) continue;
      if (words.length > 0) found.push(wordAt(placed.start));
    }
    return Int32Array.from(found.sort((a, b) => a - b));
  };
  const cues = (): PlacedCue[] => {
    placedCues ??= offerCuesOf(message, settings, normalized, sentenceOf);
    return placedCues;
  };

  const legalPhrases = (): PhraseMatch<string>[] => {
    legalSpans ??= legalPhraseMatcher()
      .match(text, words)
      .filter((match) => !isPrescriptionSold(normalized, match));
    return legalSpans;
  };
  const caseWords = (): number[] => {
    if (!caseWordIndexes) {
      caseWordIndexes = [];
      for (let index = 0; index < normalized.length; index++)
        if (isCaseWord(normalized, index)) caseWordIndexes.push(index);
    }
    return caseWordIndexes;
  };

  // standingOf is asked once per phrase match: past the first SCANNED_STANDINGS questions, what it
  // reads of the whole message is indexed, so that a long text of matches beside case words is not
  // scanned again for each (400,000 characters of "your account was suspended by the court" took
  // 1.5 s, most of it here).
  let legalIndex: LegalSpanIndex | undefined;
  const legalSpanIndex = (): LegalSpanIndex => {
    legalIndex ??= indexLegalSpans(legalPhrases(), sentenceOf);
    return legalIndex;
  };
  const caseWordLists: (Int32Array | undefined)[] = [undefined, undefined];
  /** The indexes of the case words that count, in order: all, or (1) those scams do not use too. */
  const countedCaseWords = (ignoreScamVocabulary: boolean): Int32Array => {
    const slot = ignoreScamVocabulary ? 1 : 0;
    let list = caseWordLists[slot];
    if (list === undefined) {
      const counted = ignoreScamVocabulary
        ? caseWords().filter((index) => !SHARED_WITH_SCAMS.has(normalized[index] as string))
        : caseWords();
      list = Int32Array.from(counted);
      caseWordLists[slot] = list;
    }
    return list;
  };

  /** standingOf as the first questions get it: a scan of the message's case words and legal phrases. */
  const scannedStanding = (
    match: { start: number; end: number; firstWord: number; lastWord: number },
    ignoreScamVocabulary: boolean,
  ): LegalStanding => {
    if (overlapsAny(legalPhrases(), match.start, match.end)) return 'legal-phrase';
    const sentences = new Set([sentenceOf[match.firstWord], sentenceOf[match.lastWord]]);
    let elsewhere = false;
    // Case words inside the match itself ("claim" in "claim your prize") do not excuse it.
    for (const index of caseWords()) {
      if (index >= match.firstWord && index <= match.lastWord) continue;
      if (ignoreScamVocabulary && SHARED_WITH_SCAMS.has(normalized[index] as string)) continue;
      if (sentences.has(sentenceOf[index])) return 'sentence';
      elsewhere = true;
    }
    for (const span of legalPhrases()) {
      if (sentences.has(sentenceOf[span.firstWord])) return 'sentence';
      elsewhere = true;
    }
    return elsewhere ? 'message' : 'none';
  };
  let standingsAsked = 0;

  return {
    standingOf(match, options = {}) {
      // Most messages ask a few times, and a scan is cheaper than the index for them.
      if (standingsAsked++ < SCANNED_STANDINGS) return scannedStanding(match, options.ignoreScamVocabulary === true);
      const legal = legalSpanIndex();
      if (legal.overlaps(match.start, match.end)) return 'legal-phrase';
      const counted = countedCaseWords(options.ignoreScamVocabulary === true);
      // Case words inside the match itself ("claim" in "claim your prize") do not excuse it.
      const { firstWord, lastWord } = match;
      const inMatch = countWithin(counted, firstWord, lastWord);
      const firstSentence = sentenceOf[firstWord];
      const lastSentence = sentenceOf[lastWord];
      for (const sentence of [firstSentence, lastSentence]) {
        if (sentence === undefined) continue;
        const from = lowerBound(sentenceOf, sentence);
        const to = lowerBound(sentenceOf, sentence + 1) - 1;
        const inBoth = countWithin(counted, Math.max(from, firstWord), Math.min(to, lastWord));
        if (countWithin(counted, from, to) - inBoth > 0) return 'sentence';
      }
      if (
        (firstSentence !== undefined && legal.sentences.has(firstSentence)) ||
        (lastSentence !== undefined && legal.sentences.has(lastSentence))
      )
        return 'sentence';
      return counted.length - inMatch > 0 || legal.count > 0 ? 'message' : 'none';
    },
    get offerCue() {
      return cues()[0]?.cue;
    },
    get namesACase() {
      return caseWords().length > 0 || legalPhrases().length > 0;
    },
    offerCueOutside(start, end) {
      // Asked once per match: the first cue in the list's order that stands outside [start, end),
      // found per run of the list in a couple of look-ups (see cueRunsOf), not by a scan of it.
      cueRuns ??= cueRunsOf(cues());
      for (const run of cueRuns) {
        const first = run[0] as PlacedCue;
        if (first.end <= start) return first.cue;
        const after = firstIndexWhere(run.length, (index) => (run[index] as PlacedCue).start >= end);
        if (after < run.length) return (run[after] as PlacedCue).cue;
      }
      return undefined;
    },
    saleCueFor(match) {
      // Asked once per goods match, so what it reads is gathered once per message: a sale span
      // outside [start, end) exists when the earliest end comes before it or the latest start after.
      saleReach ??= reachOfSaleSpans();
      if (saleReach.earliestEnd <= match.start || saleReach.latestStart >= match.end) return true;
      // A price attached to the goods: a few words from them, in their sentence ("2g carts $30",
      // "Hennessy, $35 a bottle", "onza desde $120"). A sum further off is often the case's ("six
      // beers before the crash; the receipt was $84").
      priced ??= priceWords();
      const from = lowerBound(priced, match.firstWord - PRICE_REACH);
      for (let index = from; index < priced.length; index++) {
        const word = priced[index] as number;
        if (word > match.lastWord + PRICE_REACH) break;
        const sentence = sentenceOf[word];
        if (sentence === sentenceOf[match.firstWord] || sentence === sentenceOf[match.lastWord]) return true;
      }
      return false;
    },
    get ageGated() {
      ageGate ??= AGE_GATE.test(text) || saleAndAgeSpans().some((span) => span.meta === 'age');
      return ageGate;
    },
  };
}
