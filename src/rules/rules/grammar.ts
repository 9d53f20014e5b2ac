import { ACRONYMS, SMS_KEYWORDS } from '../data/acronyms';
import { KEYWORDS_IN_CAPITALS } from '../data/opt-out-keywords';
import { detectLanguage } from '../language';
import { overlapsLinkOrEmailOf } from '../links';
import type { Span } from '../message';
import { rememberLast } from '../text/remember-last';
import { expectsCapital } from '../text/sentences';
import type { Fix, Rule, RuleContext, Severity } from '../types';

/*
 * Decisions: only slips whose correction is certain get a safe fix (a doubled word, "a"/"an"
 * before an ordinary word, a missing or stray space, a lower-case sentence start); "a"/"an" before
 * an acronym is a suggestion (some are said as words: "a HIPAA form"), and unbalanced quotes or
 * parentheses get no fix (where the other mark belongs is a guess). Nothing inside links, e-mail
 * addresses, numbers (3.14, 1,000), times (9:30) or abbreviations (e.g., a.m., U.S.) is touched.
 * Casual-chat slips (a lower-case start, a space before a comma, a lone parenthesis) are info.
 */

type GrammarMessageId =
  | 'repeatedWord'
  | 'useA'
  | 'useAn'
  | 'lowercaseStart'
  | 'missingSpace'
  | 'spaceBefore'
  | 'unmatchedParenthesis'
  | 'unmatchedQuote';

/** Words that may legitimately appear twice in a row: grammar ("had had", "that that") and reduplication ("bye bye", "blah blah"). */
const DOUBLING_ALLOWED = new Set([
  'had',
  'that',
  'bye',
  'no',
  'yes',
  'so',
  'very',
  'many',
  'now',
  'well',
  'knock',
  'hi',
  'hey',
  'ha',
  'haha',
  'he',
  'ho',
  'blah',
  'la',
  'night',
  'tsk',
]);

/** "an" despite a consonant letter: the h is silent. */
const SILENT_H = /^(?:hour|honest|hono(?:u)?r|heir)/;
/** Either article is in use ("a historic" / "an historic", US "an herb"): never flagged. */
const EITHER_ARTICLE = /^(?:hist|herb|hotel|homage|humble)/;
/** "a" despite a vowel letter: said with a "you" or "w" sound. */
const CONSONANT_SOUND_VOWEL =
  /^(?:uni(?![mnd])|unanim|us(?:e|u|a|ing)|ut(?:il|e|o|ah)|ur[aeio]|uk|ub(?!er)|ufo|eu|ewe|one(?![a-z])|onetime|once|ouija)/;
/** Acronyms said as words, which take the article of the word's sound ("a HIPAA form", "a NASA grant"). */
const WORD_ACRONYMS = new Set([
  'NASA',
  'NATO',
  'FEMA',
  'HUD',
  'HIPAA',
  'SNAP',
  'SWAT',
  'PIN',
  'FICA',
  'FINRA',
  'DACA',
  'FOIA',
  'HELOC',
  'SCOTUS',
  'POTUS',
  'UNICEF',
  'LASIK',
  'SIM',
  'NAFTA',
  'MADD',
]);
/**
 * Words an article never stands before: after "a" they show it is a label ("item a is", "a or b").
 * Only vowel-initial ones matter, since only they would be read as wanting "an".
 */
const NOT_AFTER_ARTICLE = new Set([
  'is',
  'are',
  'am',
  'and',
  'or',
  'of',
  'on',
  'in',
  'at',
  'as',
  'an',
  'if',
  'it',
  'its',
  'into',
  'onto',
  'upon',
  'until',
  'unless',
  'up',
  'us',
  'our',
  'out',
  'each',
  'either',
  'even',
  'ever',
  'else',
  'also',
  'already',
  'again',
  'all',
  'any',
  'etc',
]);
/** Letters whose names start with a vowel sound: "an FBI agent", "an SSN", "an LLC", "an MRI". */
const VOWEL_SOUND_LETTERS = new Set([...'AEFHILMNORSX']);
const VOWEL_SOUND_LOWER_LETTERS = 'aefhilmnorsx';

const LETTER = /\p{L}/u;
// Hoisted: a regex literal inside a function is a new RegExp object each time it runs (once per
// parenthesis, quote or stray space of a long paste).
const ASCII_LOWER_LETTER = /[a-z]/;
/** What a word or a closing mark ends with, before a stray space. */
const WORD_OR_CLOSING_END = /[\p{L}\p{N})"”’']/u;
const SPACE_OR_QUOTE = /[\s"”’']/;
const SMILEY_EYES_OR_NOSE = /[:;=8-]/;
const SMILEY_EYES = /[:;=]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s/;
const DIGIT = /\d/;
const UPPER = /\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const INNER_UPPER = /^.[\s\S]*\p{Lu}/u;
const HAS_DIGIT = /\p{N}/u;
const WHITESPACE_ONLY = /^\s+$/;
const LETTER_CODE_POINT = /^\p{L}$/u;
/** The lookbehind anchors each match at the start of a run of spaces: linear on long runs. */
const STRAY_SPACE = /(?<![ \t])[ \t]+[,;:!?.]/g;

interface Report {
  messageId: GrammarMessageId;
  start: number;
  end: number;
  severity: Severity;
  data?: Record<string, string>;
  fixes?: Fix[];
}

/**
 * A finder's slips, four numbers each (start, end and two the finder's kind of slip reads back),
 * in position order: numbers rather than reports, because a long text that repeats one slip has
 * a hundred thousand of them, and each report with its fix lived until the rule ended, long
 * enough for the garbage collector to copy it. check() makes each report as it reports it.
 */
interface Slips {
  /**
   * Four numbers per slip, in a typed array grown by doubling: as a plain array pushed to, its
   * copies went to the collector's large-object space every time it outgrew itself, and that
   * made the scan for repeated words grow faster than the text.
   */
  values: Int32Array;
  /** How many of `values` are in use. */
  length: number;
}
/** The numbers per slip: start, end, then two the finder's kind of slip defines. */
const SLIP_SIZE = 4;

function noSlips(): Slips {
  return { values: new Int32Array(SLIP_SIZE * 16), length: 0 };
}

function addSlip(slips: Slips, start: number, end: number, first: number, second: number): void {
  if (slips.length + SLIP_SIZE > slips.values.length) {
    const grown = new Int32Array(slips.values.length * 2);
    grown.set(slips.values);
    slips.values = grown;
  }
  const { values, length } = slips;
  values[length] = start;
  values[length + 1] = end;
  values[length + 2] = first;
  values[length + 3] = second;
  slips.length = length + SLIP_SIZE;
}

// Fix labels and message data repeat across findings of a long text that repeats one slip: each
// is made once per distinct word or mark in a row, not once per finding (see rememberLast).
const deleteRepeatLabel = rememberLast((word: string) => `Delete the repeated "${word}"`);
const capitalizeLabel = rememberLast((word: string) => `Capitalize "${word}"`);
const upperCased = rememberLast((letter: string) => letter.toUpperCase());
const wordData = rememberLast((word: string): Record<string, string> => ({ word }));
const markData = rememberLast((mark: string): Record<string, string> => ({ mark }));

/** True when the code point starting at `index` is a letter (an astral one too). */
function isLetterCodePointAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return LETTER_CODE_POINT.test(String.fromCodePoint(text.codePointAt(index) ?? code));
}

/**
 * A mark glued to the next word, or to a Spanish opening mark before it ("lunes?¡Lo", "Hola,¿viene").
 * Scanned by hand: a regex match per mark (/[,;:!?.](?=[¿¡]?\p{L})/gu) was an array and a string
 * each, and a dotted run ("a.b.c...") has a match at every other character.
 */
function isMissingSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  // Every mark is at or below "?" (0x3f), letters are above it: one comparison for most characters.
  if (code > 0x3f) return false;
  if (code !== 0x2c && code !== 0x3b && code !== 0x3a && code !== 0x21 && code !== 0x3f && code !== 0x2e) return false;
  const next = text.charCodeAt(at + 1);
  return isLetterCodePointAt(text, next === 0xbf || next === 0xa1 ? at + 2 : at + 1);
}

function isLetterAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && LETTER.test(text[index] ?? '');
}

function isLowerLetterAt(text: string, index: number): boolean {
  const char = text[index] ?? '';
  return LETTER.test(char) && char !== char.toUpperCase();
}

/**
 * The word in lower case; the word itself when it has no ASCII capital and nothing beyond ASCII.
 * toLowerCase() made a new string every time, twice per pair of neighbouring words.
 */
function lowerCased(word: string): string {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) return word.toLowerCase();
  }
  return word;
}

/** Slips: the repeat's start and end, the repeated word's index, unused. */
function findRepeatedWords(text: string, words: readonly Span[], out: Slips): void {
  for (let index = 1; index < words.length; index++) {
    const previous = words[index - 1];
    const current = words[index];
    if (!previous || !current) continue;
    if (current.text.length !== previous.text.length) continue;
    const lower = lowerCased(current.text);
    if (lower !== lowerCased(previous.text) || HAS_DIGIT.test(lower) || DOUBLING_ALLOWED.has(lower)) continue;
    // "Responda PARA para cancelar": a keyword in capitals beside the same word is no repetition.
    if (KEYWORDS_IN_CAPITALS.has(lower) && previous.text !== current.text) continue;
    // "su número A a la cita": a letter named in capitals, then the Spanish preposition "a".
    if (lower.length === 1 && previous.text !== current.text) continue;
    if (!WHITESPACE_ONLY.test(text.slice(previous.end, current.start))) continue;
    addSlip(out, previous.start, current.end, index, 0);
  }
}

function repeatedWordReport(words: readonly Span[], slips: Slips, at: number): Report {
  const previous = words[(slips.values[at + 2] as number) - 1] as Span;
  const current = words[slips.values[at + 2] as number] as Span;
  return {
    messageId: 'repeatedWord',
    start: previous.start,
    end: current.end,
    severity: 'warning',
    data: wordData(current.text),
    fixes: [
      {
        label: deleteRepeatLabel(current.text),
        edits: [{ start: previous.end, end: current.end, text: '' }],
        safe: true,
      },
    ],
  };
}

/**
 * word === word.toUpperCase(), without making the upper-case copy when the word is ASCII (the
 * article check asks it of the word after every "a" and "an").
 */
function isUpperCased(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 0x80) return word === word.toUpperCase();
    if (code >= 0x61 && code <= 0x7a) return false;
  }
  return true;
}

/** True when text[from, to) is one or more spaces, tabs or no-break spaces (tested in place: no slice). */
function onlySpacesBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code !== 0x20 && code !== 0x09 && code !== 0xa0) return false;
  }
  return true;
}

type ArticleAnswer = { readonly article: 'a' | 'an'; readonly certain: boolean };
// The four answers, shared: one object per "a"/"an" checked was garbage on long texts.
const A_CERTAIN: ArticleAnswer = Object.freeze({ article: 'a', certain: true });
const AN_CERTAIN: ArticleAnswer = Object.freeze({ article: 'an', certain: true });
const A_UNCERTAIN: ArticleAnswer = Object.freeze({ article: 'a', certain: false });
const AN_UNCERTAIN: ArticleAnswer = Object.freeze({ article: 'an', certain: false });

/** The article a word takes, and whether that is certain enough for a safe fix; undefined when either may do. */
function articleFor(word: string, extraAcronyms: ReadonlySet<string>): ArticleAnswer | undefined {
  const hyphen = word.indexOf('-');
  const head = hyphen === -1 ? word : word.slice(0, hyphen);
  if (HAS_DIGIT.test(head.charAt(0)) || head.length === 0) return undefined;
  const isAllCaps = head.length >= 2 && isUpperCased(head) && LETTER.test(head);
  if (
    isAllCaps &&
    !WORD_ACRONYMS.has(head) &&
    !SMS_KEYWORDS.has(head) &&
    (ACRONYMS.has(head) || extraAcronyms.has(head))
  ) {
    return VOWEL_SOUND_LETTERS.has(head.charAt(0)) ? AN_UNCERTAIN : A_UNCERTAIN;
  }
  const lower = lowerCased(word);
  const first = lower.charAt(0);
  if (!ASCII_LOWER_LETTER.test(first)) return undefined;
  // A lone letter ("a B+ average", "an X-ray") is said by its name.
  if (head.length === 1) return VOWEL_SOUND_LOWER_LETTERS.includes(first) ? AN_UNCERTAIN : A_UNCERTAIN;
  if (isAllCaps) return undefined;
  if (SILENT_H.test(lower)) return AN_CERTAIN;
  if (EITHER_ARTICLE.test(lower)) return undefined;
  if (CONSONANT_SOUND_VOWEL.test(lower)) return A_CERTAIN;
  return 'aeiou'.includes(first) ? AN_CERTAIN : A_CERTAIN;
}

/** The article's replacement, by the article written: only a wrong one is reported, so each has one. */
const ARTICLE_REPLACEMENTS: Readonly<Record<string, string>> = { a: 'an', an: 'a', A: 'An', An: 'A' };
const ARTICLE_LABELS: Readonly<Record<string, string>> = {
  a: 'Change "a" to "an"',
  an: 'Change "an" to "a"',
  A: 'Change "A" to "An"',
  An: 'Change "An" to "A"',
};

/** Slips: the article and the next word's end, the article's word index, 1 when the fix is safe. */
function findArticles(text: string, words: readonly Span[], extraAcronyms: ReadonlySet<string>, out: Slips): void {
  for (let index = 0; index + 1 < words.length; index++) {
    const word = words[index];
    const next = words[index + 1];
    if (!word || !next) continue;
    const article = word.text;
    if (article !== 'a' && article !== 'an' && article !== 'A' && article !== 'An') continue;
    if (!onlySpacesBetween(text, word.end, next.start)) continue;
    // "A" inside a sentence is a label ("Exhibit A", "Plan A"), not the article.
    if (article.startsWith('A') && !expectsCapital(text, words, index)) continue;
    if (NOT_AFTER_ARTICLE.has(next.text) || (NOT_AFTER_ARTICLE.has(lowerCased(next.text)) && !isUpperCased(next.text)))
      continue;
    const expected = articleFor(next.text, extraAcronyms);
    if (!expected || expected.article === (article === 'A' ? 'a' : article === 'An' ? 'an' : article)) continue;
    addSlip(out, word.start, next.end, index, expected.certain ? 1 : 0);
  }
}

function articleReport(words: readonly Span[], slips: Slips, at: number): Report {
  const word = words[slips.values[at + 2] as number] as Span;
  const next = words[(slips.values[at + 2] as number) + 1] as Span;
  const article = word.text;
  const replacement = ARTICLE_REPLACEMENTS[article] as string;
  return {
    // The replacement is the article the next word takes.
    messageId: replacement.length === 2 ? 'useAn' : 'useA',
    start: word.start,
    end: next.end,
    severity: 'warning',
    data: wordData(next.text),
    fixes: [
      {
        label: ARTICLE_LABELS[article] as string,
        edits: [{ start: word.start, end: word.end, text: replacement }],
        safe: slips.values[at + 3] === 1,
      },
    ],
  };
}

/** LOWER_START.test(word), answered without the regex for a word that starts in ASCII. */
function startsLowerCase(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWER_START.test(word);
}

/** Slips: the word's start and end, its index, unused. */
function findLowercaseStarts(text: string, words: readonly Span[], out: Slips): void {
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (!word || !startsLowerCase(word.text)) continue;
    if (!expectsCapital(text, words, index) || INNER_UPPER.test(word.text)) continue;
    addSlip(out, word.start, word.end, index, 0);
  }
}

function lowercaseStartReport(words: readonly Span[], slips: Slips, at: number): Report {
  const word = words[slips.values[at + 2] as number] as Span;
  return {
    messageId: 'lowercaseStart',
    start: word.start,
    end: word.end,
    severity: 'info',
    data: wordData(word.text),
    fixes: [
      {
        label: capitalizeLabel(word.text),
        edits: [{ start: word.start, end: word.start + 1, text: upperCased(word.text[0] ?? '') }],
        safe: true,
      },
    ],
  };
}

function letterRunLength(text: string, from: number, step: 1 | -1): number {
  let length = 0;
  for (let at = from; isLetterAt(text, at); at += step) length++;
  return length;
}

const addSpaceLabel = rememberLast((mark: string) => `Add a space after "${mark}"`);
const moveSpaceLabel = rememberLast((mark: string) => `Move the space after "${mark}"`);
const removeSpaceLabel = rememberLast((mark: string) => `Remove the space before "${mark}"`);

/**
 * Slips in two lists, each in position order: a missing space (the mark's offset and the next, the
 * mark's offset, unused), and a space before a mark (the spaces' start and the mark's end, the
 * mark's offset, 1 when the space goes after the mark instead).
 */
function findSpacing(context: RuleContext, missing: Slips, before: Slips): void {
  const { text } = context.message;
  const inLink = overlapsLinkOrEmailOf(context.message);
  for (let at = 0; at < text.length; at++) {
    if (!isMissingSpaceAt(text, at)) continue;
    const mark = text.charAt(at);
    const before = at - 1;
    if (!isLetterAt(text, before)) continue;
    if (mark === '.') {
      // "tomorrow.Please", not "a.m.", "e.g.", "U.S.", "Ph.D", "file.pdf" or "hd.law".
      const opening = text[at + 1] === '¿' || text[at + 1] === '¡' ? 1 : 0;
      if (!UPPER.test(text[at + 1 + opening] ?? '') || !isLowerLetterAt(text, before)) continue;
      if (letterRunLength(text, before, -1) < 2 || letterRunLength(text, at + 1 + opening, 1) < 2) continue;
    } else if (mark === ':' && !isLowerLetterAt(text, before)) {
      continue;
    }
    if (inLink(at, at + 2)) continue;
    addSlip(missing, at, at + 1, at, 0);
  }
  STRAY_SPACE.lastIndex = 0;
  for (let match = STRAY_SPACE.exec(text); match; match = STRAY_SPACE.exec(text)) {
    const start = match.index;
    const markAt = start + match[0].length - 1;
    const mark = text[markAt] ?? '';
    const previous = text[start - 1];
    const after = text[markAt + 1];
    // Only after a word (not at a line's start), and only when the mark ends there: ".pdf", "...", ":)" are not stray.
    if (previous === undefined || !WORD_OR_CLOSING_END.test(previous)) continue;
    // A swapped space (" ,thanks") is stray too, and its fix moves it after the mark.
    const swapped = (mark === ',' || mark === ';') && isLetterAt(text, markAt + 1);
    if (after !== undefined && !swapped && !SPACE_OR_QUOTE.test(after)) continue;
    if (inLink(start - 1, markAt + 1)) continue;
    addSlip(before, start, markAt + 1, markAt, swapped ? 1 : 0);
  }
}

function missingSpaceReport(text: string, slips: Slips, at: number): Report {
  const markAt = slips.values[at + 2] as number;
  const mark = text.charAt(markAt);
  return {
    messageId: 'missingSpace',
    start: markAt,
    end: markAt + 1,
    severity: 'warning',
    data: markData(mark),
    fixes: [{ label: addSpaceLabel(mark), edits: [{ start: markAt + 1, end: markAt + 1, text: ' ' }], safe: true }],
  };
}

function spaceBeforeReport(text: string, slips: Slips, at: number): Report {
  const start = slips.values[at] as number;
  const markAt = slips.values[at + 2] as number;
  const mark = text.charAt(markAt);
  return {
    messageId: 'spaceBefore',
    start,
    end: markAt + 1,
    severity: 'info',
    data: markData(mark),
    fixes: [
      slips.values[at + 3] === 1
        ? {
            label: moveSpaceLabel(mark),
            edits: [
              { start, end: markAt, text: '' },
              { start: markAt + 1, end: markAt + 1, text: ' ' },
            ],
            safe: true,
          }
        : { label: removeSpaceLabel(mark), edits: [{ start, end: markAt, text: '' }], safe: true },
    ],
  };
}

/** A ")" that closes nothing but is a list marker ("1)", "a)") or a smiley (":)", ";-)"). */
function isMarkerOrSmiley(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  if (SMILEY_EYES_OR_NOSE.test(before)) return true;
  return LETTER_OR_DIGIT.test(before) && (at < 2 || WHITESPACE.test(text[at - 2] ?? ''));
}

/** The kinds of unmatched mark, by the number packed with each one's offset (see packMark). */
const UNMATCHED_MARKS: readonly { messageId: GrammarMessageId; mark: string }[] = [
  { messageId: 'unmatchedParenthesis', mark: ')' },
  { messageId: 'unmatchedParenthesis', mark: '(' },
  { messageId: 'unmatchedQuote', mark: '”' },
  { messageId: 'unmatchedQuote', mark: '“' },
  { messageId: 'unmatchedQuote', mark: '"' },
];
const CLOSING_PARENTHESIS = 0;
const OPENING_PARENTHESIS = 1;
const CLOSING_CURLY = 2;
const OPENING_CURLY = 3;
const STRAIGHT_QUOTE = 4;
/** Room for the kind below the offset: offset * 8 + kind (exact in a double for any string length). */
const KINDS = 8;

function packMark(at: number, kind: number): number {
  return at * KINDS + kind;
}

/**
 * The unmatched marks, each an offset packed with its kind (packMark), in offset order: numbers
 * rather than reports, because a text of 400,000 lone quotes has 400,000 of them and each report
 * lived until the rule ended, long enough for the garbage collector to copy it. check() makes
 * each one's report as it reports it.
 */
function findUnbalanced(context: RuleContext): Float64Array {
  const { text } = context.message;
  const skip = [...context.message.links, ...context.message.emails].sort((a, b) => a.start - b.start);
  let skipIndex = 0;
  const openParens: number[] = [];
  const openCurly: number[] = [];
  // Only whether their count is odd and where the last one is matter: a list of every straight
  // quote was megabytes of growing arrays on a run of them.
  let straightQuotes = 0;
  let lastStraight = -1;
  const marks: number[] = [];
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code !== 0x28 && code !== 0x29 && code !== 0x22 && code !== 0x201c && code !== 0x201d) continue;
    while (skipIndex < skip.length && (skip[skipIndex]?.end ?? 0) <= at) skipIndex++;
    if ((skip[skipIndex]?.start ?? Number.POSITIVE_INFINITY) <= at) continue;
    if (code === 0x28) {
      if (!SMILEY_EYES.test(text[at - 1] ?? '')) openParens.push(at);
    } else if (code === 0x29) {
      if (openParens.length > 0) openParens.pop();
      else if (!isMarkerOrSmiley(text, at)) marks.push(packMark(at, CLOSING_PARENTHESIS));
    } else if (code === 0x22) {
      // 5'10" is inches, not a quote.
      if (!DIGIT.test(text[at - 1] ?? '')) {
        straightQuotes++;
        lastStraight = at;
      }
    } else if (code === 0x201c) {
      openCurly.push(at);
    } else if (openCurly.length > 0) {
      openCurly.pop();
    } else {
      marks.push(packMark(at, CLOSING_CURLY));
    }
  }
  // Indexed: unoptimized, for...of made an iterator result per unmatched mark.
  for (let index = 0; index < openParens.length; index++) {
    marks.push(packMark(openParens[index] as number, OPENING_PARENTHESIS));
  }
  for (let index = 0; index < openCurly.length; index++) {
    marks.push(packMark(openCurly[index] as number, OPENING_CURLY));
  }
  if (straightQuotes % 2 === 1) marks.push(packMark(lastStraight, STRAIGHT_QUOTE));
  // Offsets are distinct, so numeric order is offset order; a typed array sorts by value natively.
  return Float64Array.from(marks).sort();
}

function unmatchedReport(packed: number): Report {
  const at = Math.floor(packed / KINDS);
  const { messageId, mark } = UNMATCHED_MARKS[packed % KINDS] as (typeof UNMATCHED_MARKS)[number];
  return { messageId, start: at, end: at + 1, severity: 'info', data: markData(mark) };
}

/** Whether the unmatched mark comes before a slip at (start, end); on a tie the slip goes first. */
function markComesFirst(packed: number, start: number, end: number): boolean {
  const at = Math.floor(packed / KINDS);
  return at < start || (at === start && at + 1 < end);
}

/** The finders' lists, in the order their slips go on a tie (the order the finders ran in). */
const REPEATED_WORDS = 0;
const ARTICLES = 1;
const LOWERCASE_STARTS = 2;
const MISSING_SPACES = 3;
const SPACES_BEFORE = 4;

function slipReport(kind: number, text: string, words: readonly Span[], slips: Slips, at: number): Report {
  if (kind === REPEATED_WORDS) return repeatedWordReport(words, slips, at);
  if (kind === ARTICLES) return articleReport(words, slips, at);
  if (kind === LOWERCASE_STARTS) return lowercaseStartReport(words, slips, at);
  if (kind === MISSING_SPACES) return missingSpaceReport(text, slips, at);
  return spaceBeforeReport(text, slips, at);
}

/**
 * The list whose next slip comes first in (start, end) order, the earlier list on a tie, or -1
 * when all are done: merging the lists (each in position order) orders the slips as a stable sort
 * of all of them, in the finders' order, would.
 */
function nextList(lists: readonly Slips[], cursors: readonly number[]): number {
  let chosen = -1;
  let start = 0;
  let end = 0;
  for (let list = 0; list < lists.length; list++) {
    const slips = lists[list] as Slips;
    const at = cursors[list] as number;
    if (at >= slips.length) continue;
    const slipStart = slips.values[at] as number;
    const slipEnd = slips.values[at + 1] as number;
    if (chosen === -1 || slipStart < start || (slipStart === start && slipEnd < end)) {
      chosen = list;
      start = slipStart;
      end = slipEnd;
    }
  }
  return chosen;
}

const rule: Rule = {
  id: 'grammar',
  meta: {
    category: 'formatting',
    defaultSeverity: 'warning',
    description:
      'Flags basic grammar slips: doubled words, "a"/"an", lower-case sentence starts, spacing around punctuation, unbalanced quotes and parentheses.',
    why: 'Carriers’ filters score sloppy grammar as a sign of spam, and Twilio advises checking grammar before sending; a clean text also reads as coming from a real firm.',
    messages: {
      repeatedWord: '"{word}" appears twice in a row. Carriers filter careless-looking texts: delete the repeat.',
      useA: 'Use "a" before "{word}" (it starts with a consonant sound). Grammar slips make carriers’ filters suspicious.',
      useAn:
        'Use "an" before "{word}" (it starts with a vowel sound). Grammar slips make carriers’ filters suspicious.',
      lowercaseStart:
        'This sentence starts in lower case ("{word}"). Capitalize it so the text reads as professional, not spam.',
      missingSpace:
        'Add a space after "{mark}". Words run together look like spam to carriers’ filters and are hard to read.',
      spaceBefore: 'Remove the space before "{mark}". Stray spacing makes a text look careless to carriers’ filters.',
      unmatchedParenthesis:
        'This "{mark}" has no partner. Close or remove it: unbalanced punctuation makes a text look careless.',
      unmatchedQuote:
        'This quotation mark ({mark}) has no partner. Close or remove it: unbalanced punctuation makes a text look careless.',
    },
    fixable: 'safe',
    examples: {
      valid: [
        { text: 'Hi Maria, this is Hartwell & Diaz. An hour before the hearing, meet us at a university parking lot.' },
        { text: 'Your 9:30 a.m. call is set, e.g. about the $3.14 fee (see https://hd.law/a.b?x=1,2). Thanks!' },
      ],
      invalid: [
        {
          text: 'Please bring the the signed lease to an meeting on Friday.',
          output: 'Please bring the signed lease to a meeting on Friday.',
        },
        {
          text: 'Your hearing moved to Monday.Please call us ,thanks.',
          output: 'Your hearing moved to Monday. Please call us, thanks.',
        },
      ],
    },
  },
  check(context) {
    const { text, words } = context.message;
    const lists: Slips[] = [noSlips(), noSlips(), noSlips(), noSlips(), noSlips()];
    findRepeatedWords(text, words, lists[REPEATED_WORDS] as Slips);
    const extraAcronyms = new Set(context.settings.acronyms.map((acronym) => acronym.toUpperCase()));
    // "a"/"an" is English grammar: Spanish "a un acuerdo" is correct.
    if (detectLanguage(text, words, context.settings.language).language === 'en') {
      findArticles(text, words, extraAcronyms, lists[ARTICLES] as Slips);
    }
    findLowercaseStarts(text, words, lists[LOWERCASE_STARTS] as Slips);
    findSpacing(context, lists[MISSING_SPACES] as Slips, lists[SPACES_BEFORE] as Slips);
    const marks = findUnbalanced(context);
    // Reported in (start, end) order, the unmatched marks merged in after the slips they tie with
    // (as a stable sort of all of them, the marks last, would order them). Each report is made as
    // it is reported and dropped once the engine has made its finding.
    const cursors = [0, 0, 0, 0, 0];
    let mark = 0;
    for (;;) {
      const list = nextList(lists, cursors);
      const slips = lists[list];
      const at = cursors[list] ?? 0;
      while (
        mark < marks.length &&
        (slips === undefined ||
          markComesFirst(marks[mark] as number, slips.values[at] as number, slips.values[at + 1] as number))
      ) {
        context.report(unmatchedReport(marks[mark++] as number));
      }
      if (slips === undefined) break;
      context.report(slipReport(list, text, words, slips, at));
      cursors[list] = at + SLIP_SIZE;
    }
  },
};

export default rule;
