import type { Span } from '../message';
import { RecentCache } from '../recent-cache';

/*
 * Where sentences end, for every rule: found once per message (which sentence each word belongs
 * to) and asked word by word. A sentence ends at "!", "?", ";", "…", a line break, an emoji (in a
 * text message it closes what came before: "Your update is ready 🎉 URGENT: sign today"), or a full
 * stop followed by a space or the end of the text, unless the full stop closes an abbreviation or an
 * initial ("Dr.", "No. 4512", "U.S."). Colons do not end a sentence: "Good news: your claim
 * settled" is one.
 *
 * Where a capital belongs is a narrower question with the same marks (expectsCapital): after a
 * full stop, "?" or "!" and a space, not after ";", a line break, an ellipsis or "No. 5.".
 */

/** Lower-case words whose full stop does not end a sentence: titles, "No.", addresses, companies, Latin, months and days, in English and Spanish. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'hon',
  'atty',
  'esq',
  // Retired, after a judge's or officer's name: "Judge Ramos (ret.)", a mediator's usual title.
  'ret',
  'jr',
  'sr',
  'st',
  'mt',
  'ft',
  'no',
  'nos',
  'vs',
  'v',
  'e.g',
  'i.e',
  'etc',
  'approx',
  'dept',
  'ste',
  'apt',
  'ave',
  'blvd',
  'rd',
  'gov',
  'sen',
  'rep',
  'det',
  'sgt',
  'lt',
  'capt',
  'inc',
  'corp',
  'co',
  'ltd',
  'est',
  'fig',
  'ex',
  'para',
  'sec',
  'ch',
  'cf',
  'al',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  // Spanish: señor, señora, señorita, licenciado/a, doctora, abogado/a, ingeniero, usted(es),
  // departamento, número, avenida.
  'sra',
  'srta',
  'lic',
  'lcdo',
  'lcda',
  'ldo',
  'lda',
  'dra',
  'abg',
  'abgdo',
  'abgda',
  'ing',
  'ud',
  'uds',
  'depto',
  'dpto',
  'núm',
  'av',
  'avda',
  // "EE. UU." (Estados Unidos).
  'ee',
  'uu',
]);

/** True when a full stop right after this word belongs to it ("Dr.", "U.S.", "J. Diaz") rather than ending a sentence. */
export function isAbbreviation(word: string): boolean {
  return word.length === 1 || ABBREVIATIONS.has(word.toLowerCase());
}

function isHardBreak(code: number): boolean {
  // ! ? ; … and line breaks
  return code === 33 || code === 63 || code === 59 || code === 0x2026 || code === 10 || code === 13;
}

/** A pictographic emoji, not ©, ®, ™ or the other text symbols below the arrows block. */
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

function isEmojiAt(text: string, index: number, code: number): boolean {
  return code >= 0x2190 && PICTOGRAPHIC.test(String.fromCodePoint(text.codePointAt(index) ?? code));
}

/** Closing quotes and brackets: " ' ” ’ ) ] */
function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0x29 || code === 0x5d;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** True when the gap text[from, to) between two words ends a sentence. */
function sentenceEndsBetween(text: string, from: number, to: number, wordBefore: string): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (isHardBreak(code) || isEmojiAt(text, index, code)) return true;
    if (code !== 46) continue;
    // A closing quote or bracket after the full stop belongs to the ending sentence ("today." Then).
    let after = index + 1;
    while (after < to && isCloser(text.charCodeAt(after))) after++;
    if (!(after >= to || isSpaceCode(text.charCodeAt(after)))) continue;
    if (isAbbreviation(wordBefore)) continue;
    return true;
  }
  return false;
}

const sentenceCache = new RecentCache<readonly Span[], Int32Array>();

/**
 * The sentence numbers that hold any of the given words (indexes into `words`): asked once per
 * message, it answers "is there one in this match's sentence?" for every match at no further cost.
 */
export function sentencesHoldingWords(
  text: string,
  words: readonly Span[],
  indexes: Iterable<number>,
): ReadonlySet<number> {
  const sentenceOf = sentenceIndexOfWords(text, words);
  const sentences = new Set<number>();
  for (const index of indexes) sentences.add(sentenceOf[index] as number);
  return sentences;
}

/** sentenceOf[i] is the 0-based sentence number of words[i]. Cached per words array. */
export function sentenceIndexOfWords(text: string, words: readonly Span[]): Int32Array {
  const cached = sentenceCache.get(words);
  if (cached) return cached;
  const sentenceOf = new Int32Array(words.length);
  let sentence = 0;
  for (let index = 0; index < words.length; index++) {
    if (index > 0) {
      const previous = words[index - 1] as Span;
      if (sentenceEndsBetween(text, previous.end, (words[index] as Span).start, previous.text)) sentence++;
    }
    sentenceOf[index] = sentence;
  }
  sentenceCache.set(words, sentenceOf);
  return sentenceOf;
}

/** True when words[index] is the first word of a sentence. */
export function opensSentence(text: string, words: readonly Span[], index: number): boolean {
  if (index === 0) return true;
  const sentenceOf = sentenceIndexOfWords(text, words);
  return sentenceOf[index] !== sentenceOf[index - 1];
}

/** Index ranges [first, last] of the words of each sentence, in order. */
export function sentenceWordRanges(text: string, words: readonly Span[]): [number, number][] {
  const ranges: [number, number][] = [];
  forEachSentence(text, words, (first, last) => {
    ranges.push([first, last]);
  });
  return ranges;
}

/**
 * Calls `visit` with the first and last word index of each sentence, in order: sentenceWordRanges
 * without a pair per sentence (a text of 100,000 one-word sentences made 100,000 of them per call).
 */
export function forEachSentence(
  text: string,
  words: readonly Span[],
  visit: (firstWord: number, lastWord: number) => void,
): void {
  const sentenceOf = sentenceIndexOfWords(text, words);
  let first = 0;
  for (let index = 1; index <= words.length; index++) {
    if (index === words.length || sentenceOf[index] !== sentenceOf[index - 1]) {
      visit(first, index - 1);
      first = index;
    }
  }
}

/** The index of the first word of the last sentence; -1 when there are no words. */
export function lastSentenceFirstWord(text: string, words: readonly Span[]): number {
  if (words.length === 0) return -1;
  const sentenceOf = sentenceIndexOfWords(text, words);
  const lastSentence = sentenceOf[words.length - 1];
  let first = words.length - 1;
  while (first > 0 && sentenceOf[first - 1] === lastSentence) first--;
  return first;
}

function isSpaceOrLineBreak(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0;
}

/** Zero-width spaces, joiners, direction marks, the word joiner and the BOM: they say nothing about sentences. */
function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200f) || code === 0x2060 || code === 0xfeff;
}

/** Quotes, brackets and Spanish opening marks that may open a sentence: " “ ‘ ' ( ¿ ¡ */
function isOpener(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x201c ||
    code === 0x2018 ||
    code === 0x27 ||
    code === 0x28 ||
    code === 0xbf ||
    code === 0xa1
  );
}

/**
 * True when English wants a capital at words[index]: only spaces, openers and invisible characters
 * stand between it and the start of the text, or between it and a full stop, "?" or "!" followed by
 * a space. Not after ";" or a line break alone ("Hi Maria,\nyour hearing..."), an ellipsis ("wait...
 * then"), a number's full stop ("Suite 5. then") or an abbreviation ("Dr. Lee"); "end.Next" is a
 * missing space, not a new sentence.
 */
export function expectsCapital(text: string, words: readonly Span[], index: number): boolean {
  const word = words[index];
  if (!word) return false;
  let at = word.start - 1;
  let sawSpace = false;
  // Char codes, not regexes: this runs for most words of every message.
  for (; at >= 0; at--) {
    const code = text.charCodeAt(at);
    if (isSpaceOrLineBreak(code)) sawSpace = true;
    else if (isInvisible(code)) continue;
    else if (!isOpener(code)) break;
  }
  if (at < 0) return true;
  const mark = text.charCodeAt(at);
  if (!sawSpace || !(mark === 46 || mark === 33 || mark === 63)) return false;
  if (mark === 46) {
    const before = text.charCodeAt(at - 1);
    if (before === 46 || (before >= 0x30 && before <= 0x39)) return false;
    const previous = words[index - 1];
    if (previous && previous.end === at && isAbbreviation(previous.text)) return false;
  }
  return true;
}
