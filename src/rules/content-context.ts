import {
  CASE_CONTEXT_WORDS,
  CASE_WORDS_SCAMS_USE,
  CLAIM_AS_KEYWORD_BEFORE_WORDS,
  CLAIM_AS_NOUN_BEFORE_WORDS,
  CLAIM_AS_VERB_NEXT_WORDS,
  LEGAL_CONTEXT_PHRASES,
  VISA_AS_CARD_NEXT_WORDS,
} from './data/legal-context';
import { CALL_TO_ACTION_VERBS, LEAD_IN_WORDS, PRIZE_WORDS, URGENCY_WORDS } from './data/offer-cues';
import { isTrustedHost, isWebLink } from './firm-hosts';
import { isGovernmentHost } from './links';
import type { ParsedMessage } from './message';
import { lazyPhrases, overlapsAny, type PhraseMatch, wordViewOf } from './phrases';
import { RecentCache } from './recent-cache';
import type { FirmSettings } from './settings';
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
}

const legalPhraseMatcher = lazyPhrases(() => LEGAL_CONTEXT_PHRASES.map((phrase) => ({ phrase, meta: phrase })));
const CASE_WORDS: ReadonlySet<string> = new Set(CASE_CONTEXT_WORDS);
const CLAIM_VERB_NEXT: ReadonlySet<string> = new Set(CLAIM_AS_VERB_NEXT_WORDS);
const VISA_CARD_NEXT: ReadonlySet<string> = new Set(VISA_AS_CARD_NEXT_WORDS);
const CLAIM_NOUN_BEFORE: ReadonlySet<string> = new Set(CLAIM_AS_NOUN_BEFORE_WORDS);
const CLAIM_KEYWORD_BEFORE: ReadonlySet<string> = new Set(CLAIM_AS_KEYWORD_BEFORE_WORDS);
const SHARED_WITH_SCAMS: ReadonlySet<string> = new Set(CASE_WORDS_SCAMS_USE);

function isCaseWord(normalized: readonly string[], index: number): boolean {
  const written = normalized[index] as string;
  // "the court's order", "the judge's ruling": a possessive names the same party.
  const word = written.endsWith("'s") && !CASE_WORDS.has(written) ? written.slice(0, -2) : written;
  if (!CASE_WORDS.has(word)) return false;
  if (word === 'visa') return !VISA_CARD_NEXT.has(normalized[index + 1] ?? '');
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
  MONEY.lastIndex = 0;
  for (let found = MONEY.exec(message.text); found; found = MONEY.exec(message.text)) {
    if (OWNED_AMOUNT_BEFORE.test(message.text.slice(Math.max(0, found.index - 8), found.index))) continue;
    cues.push({ cue: 'money', start: found.index, end: found.index + found[0].length });
  }
  normalized.forEach((word, index) => {
    if (PRIZE_WORDS.has(word)) at('prize', index);
    else if (URGENCY_WORDS.has(word)) at('urgency', index);
  });
  for (const link of message.links) {
    if (isWebLink(link) && !isTrustedHost(link.host, settings) && !isGovernmentHost(link.host)) {
      cues.push({ cue: 'link', start: link.start, end: link.end });
    }
  }
  return cues;
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
  const cues = (): PlacedCue[] => {
    placedCues ??= offerCuesOf(message, settings, normalized, sentenceOf);
    return placedCues;
  };

  const legalPhrases = (): PhraseMatch<string>[] => {
    legalSpans ??= legalPhraseMatcher().match(text, words);
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

  return {
    standingOf(match, options = {}) {
      if (overlapsAny(legalPhrases(), match.start, match.end)) return 'legal-phrase';
      const sentences = new Set([sentenceOf[match.firstWord], sentenceOf[match.lastWord]]);
      let elsewhere = false;
      // Case words inside the match itself ("claim" in "claim your prize") do not excuse it.
      for (const index of caseWords()) {
        if (index >= match.firstWord && index <= match.lastWord) continue;
        if (options.ignoreScamVocabulary && SHARED_WITH_SCAMS.has(normalized[index] as string)) continue;
        if (sentences.has(sentenceOf[index])) return 'sentence';
        elsewhere = true;
      }
      for (const span of legalPhrases()) {
        if (sentences.has(sentenceOf[span.firstWord])) return 'sentence';
        elsewhere = true;
      }
      return elsewhere ? 'message' : 'none';
    },
    get offerCue() {
      return cues()[0]?.cue;
    },
    get namesACase() {
      return caseWords().length > 0 || legalPhrases().length > 0;
    },
    offerCueOutside(start, end) {
      return cues().find((placed) => placed.end <= start || placed.start >= end)?.cue;
    },
  };
}
