import {
  HELP_KEYWORDS,
  OPT_OUT_KEYWORDS,
  SPANISH_HELP_KEYWORDS,
  SPANISH_OPT_OUT_KEYWORDS,
} from './data/opt-out-keywords';
import type { ParsedMessage } from './message';
import { RecentCache } from './recent-cache';

/*
 * "Text JOIN to 55123", "text the word DEALS to 40404": a keyword texted to
 * a short code, the way marketing and premium-rate programs sign people up (CTIA Short Code
 * Monitoring Handbook: keyword opt-in to a short code). A law firm asks clients to reply in the
 * conversation; a sign-up to a short code is marketing, or a premium service, on its number.
 */

/**
 * The verb, an optional "the word", a keyword of up to three words (quoted or not), "to", an
 * optional "number"/"short code" label and a 5- or 6-digit code (the lengths of US short codes,
 * CTIA's Short Code Monitoring Handbook). Every part is bounded, so
 * the scan stays linear.
 */
const KEYWORD_TO_SHORT_CODE =
  /\b(?:text|txt|send|sms|reply)(?:\s+the\s+word|\s+word)?\s+["'“]?([\p{L}\p{N}][\p{L}\p{N}-]{0,14}(?:\s+[\p{L}\p{N}]{1,15}){0,2})["'”]?\s+to(?:\s+(?:number|short\s?code))?\s+(\d{5,6})(?![\p{L}\p{N}])/giu;

/**
 * The same in Spanish: "Envíe UNIRSE al 55123", "mande la palabra GANAR al 40404", "responda SÍ al
 * número 55123". The verb is the usted or tú imperative texts use; "al"/"a" stands for "to".
 */
const SPANISH_KEYWORD_TO_SHORT_CODE =
  /(?<![\p{L}\p{N}])(?:env[íi]e|env[íi]a|mande|manda|textee|escriba|responda)(?:\s+la\s+palabra|\s+palabra)?\s+["'“«]?([\p{L}\p{N}][\p{L}\p{N}-]{0,14}(?:\s+[\p{L}\p{N}]{1,15}){0,2})["'”»]?\s+al?(?:\s+(?:n[úu]mero|c[óo]digo\s+corto))?\s+(\d{5,6})(?![\p{L}\p{N}])/giu;

/**
 * Things being sent, not a keyword: "send it to 78701", "send the forms to ...". Shared with
 * phone-number-not-firm's short-code check, whose one-word keyword sits right before "to".
 */
export const THINGS_SENT: ReadonlySet<string> = new Set([
  'it',
  'this',
  'that',
  'them',
  'these',
  'those',
  'him',
  'her',
  'us',
  'me',
  'one',
  'mail',
  'payment',
  'forms',
  'copies',
  // Spanish: "envíe los documentos al 78701", "mándelo al 78701".
  'lo',
  'la',
  'los',
  'las',
  'esto',
  'eso',
  'todo',
  'pago',
  'cheque',
  'copias',
  'formularios',
  'documentos',
]);

/** First words of a keyword that are not one: the things sent, and a determiner before one ("send a check to"). */
const NOT_A_KEYWORD: ReadonlySet<string> = new Set([
  ...THINGS_SENT,
  'a',
  'an',
  'the',
  'my',
  'our',
  'your',
  ...SPANISH_OPT_OUT_KEYWORDS,
  ...SPANISH_HELP_KEYWORDS,
  'el',
  'un',
  'una',
  'su',
  'sus',
  'nuestro',
  'nuestra',
  'mi',
]);

export interface KeywordSignUp {
  start: number;
  end: number;
  keyword: string;
  code: string;
}

/** A run of five digits, which every short code is: without one the costly patterns can skip the text. */
const FIVE_DIGITS = /\d{5}/;

/** False when the text holds no short code (no run of five digits), so nothing can be texted to one. */
export function mayHoldShortCode(text: string): boolean {
  return FIVE_DIGITS.test(text);
}

/** Every keyword sign-up of the text, in order; opt-out and help keywords are not sign-ups. */
export function findKeywordSignUps(text: string): KeywordSignUp[] {
  const found: KeywordSignUp[] = [];
  if (!mayHoldShortCode(text)) return found;
  for (const pattern of [KEYWORD_TO_SHORT_CODE, SPANISH_KEYWORD_TO_SHORT_CODE]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const keyword = match[1] ?? '';
      const first = (keyword.split(/\s/, 1)[0] ?? '').toLowerCase();
      if (OPT_OUT_KEYWORDS.has(first) || HELP_KEYWORDS.has(first) || NOT_A_KEYWORD.has(first)) continue;
      found.push({ start: match.index, end: match.index + match[0].length, keyword, code: match[2] ?? '' });
    }
  }
  return found.sort((first, second) => first.start - second.start);
}

const signUpCache = new RecentCache<ParsedMessage, readonly KeywordSignUp[]>();

/** findKeywordSignUps of the message's text, found once per lint for promotional-content and scam-shape. */
export function keywordSignUpsOf(message: ParsedMessage): readonly KeywordSignUp[] {
  return signUpCache.getOrCompute(message, signUpsOfText);
}

const signUpsOfText = (message: ParsedMessage): readonly KeywordSignUp[] => findKeywordSignUps(message.text);
