import emojiRegex from 'emoji-regex';
import { analyzeEncoding, type EncodingInfo } from './encoding';
import { lazy } from './lazy';
import { describeLink, type EmailToken, findLinks, type LinkToken } from './links';
import { findPlaceholders, maskPlaceholders } from './placeholders';
import { rememberRecent } from './text/remember-last';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * Spans of a text as two arrays of offsets: span i is text[starts[i], ends[i]). For tokens a long
 * paste has hundreds of thousands of (emoji): an object per span lived through the whole lint, and
 * the collector copied them and took fresh memory for them.
 */
export interface OffsetSpans {
  readonly length: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** The message parsed once per lint and shared by every rule. */
export interface ParsedMessage {
  readonly text: string;
  readonly links: readonly LinkToken[];
  readonly emails: readonly EmailToken[];
  /** Emoji sequences (ZWJ, flags, keycaps, skin tones each count as one), in text order. */
  readonly emoji: OffsetSpans;
  /** Runs of letters and digits (with inner apostrophes and hyphens) outside links, e-mail addresses and merge fields. */
  readonly words: readonly Span[];
  /** Merge fields of a template ({{client.first_name}}, [Client Name]...), see placeholders.ts. */
  readonly placeholders: readonly Span[];
  readonly encoding: EncodingInfo;
}

/**
 * emoji-regex anchored at lastIndex. Built on first use: compiling the large pattern held up the
 * in-page linter's start. Tried only where an emoji can start (see EMOJI_CANDIDATE) and asked with
 * test(), which moves lastIndex to the match's end: exec() made a match array and a string per
 * emoji, 130 bytes each, and as many again on text it then dropped (a run of skin tones).
 */
const emojiAt = lazy(() => new RegExp(emojiRegex().source, 'y'));

/**
 * Where an emoji-regex match can start: "©", "®", a code unit from U+203C to U+3299, the first half
 * of a pair in the emoji planes, or a keycap ("#", "*" or a digit, then U+FE0F or U+20E3);
 * message.test.ts checks every code unit against the pattern. Each match is one code unit, so
 * test() finding one tells where it is (lastIndex - 1) without a match array, and the scan between
 * candidates stays in the regex engine: letters of other scripts, accents, curly quotes and dashes
 * are passed over there, not tried against the emoji pattern one by one.
 */
const EMOJI_CANDIDATE = /[\xa9\xae\u203c-\u3299\ud83c-\ud83e]|[#*0-9](?=[\ufe0f\u20e3])/g;

/** EMOJI_CANDIDATE's test at one offset, for the offset right after an emoji: emoji come in runs. */
export function isEmojiCandidateAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code >= 0x80) {
    return (code >= 0x203c && code <= 0x3299) || (code >= 0xd83c && code <= 0xd83e) || code === 0xa9 || code === 0xae;
  }
  if (!((code >= 0x30 && code <= 0x39) || code === 0x23 || code === 0x2a)) return false;
  const next = text.charCodeAt(at + 1);
  return next === 0xfe0f || next === 0x20e3;
}

/**
 * A lone code point that emoji-regex accepts but that reads as plain text: one whose default
 * presentation is text (digits, `#`, `*`, `©`, `™`, `❤`, `✔`, arrows... without VS16), or a lone
 * skin-tone modifier. With VS16, a keycap or a modifier base it is a longer sequence and counts.
 */
const TEXT_PRESENTATION_ONLY = /^(?:\P{Emoji_Presentation}|\p{Emoji_Modifier})$/u;

/** TEXT_PRESENTATION_ONLY's answer by code point: a run of one symbol asks about one code point. */
const textPresentationOnly = rememberRecent((codePoint: number) =>
  TEXT_PRESENTATION_ONLY.test(String.fromCodePoint(codePoint)),
);

/** Whether text[start, end), an emoji-regex match, is one code point that reads as plain text. */
function readsAsText(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length > 2) return false;
  const codePoint = text.codePointAt(start) as number;
  // Two code units that are not one code point are two code points: a sequence, which counts.
  if (length === 2 && codePoint <= 0xffff) return false;
  return textPresentationOnly(codePoint);
}

/** OffsetSpans built one span at a time, in typed arrays grown by doubling. */
/** `array`'s values in a new array of `size` slots (the rest zero): a typed array cannot grow in place. */
export function grownInt32Array(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(size);
  grown.set(array);
  return grown;
}

export class OffsetSpansBuilder {
  private starts = NO_OFFSETS;
  private ends = NO_OFFSETS;
  private count = 0;

  push(start: number, end: number): void {
    if (this.count === this.starts.length) {
      const size = Math.max(16, this.count * 2);
      this.starts = grownInt32Array(this.starts, size);
      this.ends = grownInt32Array(this.ends, size);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }

  spans(): OffsetSpans {
    if (this.count === 0) return NO_SPANS;
    return { length: this.count, starts: this.starts.subarray(0, this.count), ends: this.ends.subarray(0, this.count) };
  }
}

const NO_OFFSETS = new Int32Array(0);
const NO_SPANS: OffsetSpans = Object.freeze({ length: 0, starts: NO_OFFSETS, ends: NO_OFFSETS });

function findEmoji(text: string): OffsetSpans {
  const found = new OffsetSpansBuilder();
  const pattern = emojiAt();
  EMOJI_CANDIDATE.lastIndex = 0;
  while (EMOJI_CANDIDATE.test(text)) {
    let start = EMOJI_CANDIDATE.lastIndex - 1;
    // An emoji, then the ones right after it without searching for them again.
    for (;;) {
      pattern.lastIndex = start;
      if (!pattern.test(text)) {
        EMOJI_CANDIDATE.lastIndex = start + 1;
        break;
      }
      const end = pattern.lastIndex;
      if (!readsAsText(text, start, end)) found.push(start, end);
      start = end;
      if (!isEmojiCandidateAt(text, start)) {
        EMOJI_CANDIDATE.lastIndex = start;
        break;
      }
    }
  }
  return found.spans();
}

/** The emoji of a text as emoji-regex's exec() finds them: the reference findEmoji is tested against. */
export function findEmojiByPattern(text: string): Span[] {
  const found: Span[] = [];
  const pattern = emojiRegex();
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const sequence = match[0];
    if (sequence.length <= 2 && TEXT_PRESENTATION_ONLY.test(sequence)) continue;
    found.push({ start: match.index, end: match.index + sequence.length, text: sequence });
  }
  return found;
}

/**
 * A number with its thousands separators or decimals is one word ("5,000", "4.15", "1.2"), so that
 * phrase patterns see "$5,000 a week" as they see "$5000 a week"; otherwise a run of letters and
 * digits with inner apostrophes and hyphens.
 */
const WORD_PATTERN =
  /\p{Nd}{1,3}(?:,\p{Nd}{3})+(?:\.\p{Nd}+)?(?![\p{L}\p{N}])|\p{Nd}+\.\p{Nd}+(?![\p{L}\p{N}]|\.\p{Nd})|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’-](?=[\p{L}\p{N}]))*/gu;

/** WORD_PATTERN anchored at lastIndex, for the words the scanner below leaves to it. */
const WORD_AT = new RegExp(WORD_PATTERN.source, 'uy');
/** A letter or digit (of any script) at lastIndex. */
const LETTER_OR_DIGIT_AT = /[\p{L}\p{N}]/uy;

function isAsciiLetter(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39);
}

/**
 * The end of the word starting at `start`, as WORD_PATTERN matches it. Every word starts at the
 * first letter or digit after the last one (each pattern's alternative starts with one, and the
 * last takes any): a word of ASCII letters, digits and inner apostrophes or hyphens is measured by
 * hand, anything else (a number, which the first two alternatives may take, or a character
 * outside ASCII) by the pattern. The pattern's match arrays were most of parsing's garbage.
 */
function wordEndAt(text: string, start: number): number {
  if (isAsciiLetter(text.charCodeAt(start))) {
    let end = start + 1;
    for (;;) {
      const code = text.charCodeAt(end);
      if (isAsciiLetterOrDigit(code)) end++;
      else if ((code === 0x27 || code === 0x2d) && isAsciiLetterOrDigit(text.charCodeAt(end + 1))) end += 2;
      else if (code >= 0x80 || ((code === 0x27 || code === 0x2d) && text.charCodeAt(end + 1) >= 0x80)) break;
      else return end;
    }
  }
  // test() moves lastIndex to the match's end: exec() made a match array and a string per word.
  WORD_AT.lastIndex = start;
  return WORD_AT.test(text) ? WORD_AT.lastIndex : start;
}

/** Where the next word starts at or after `from`, or -1. */
function nextWordStart(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x80) {
      if (isAsciiLetterOrDigit(code)) return at;
      continue;
    }
    LETTER_OR_DIGIT_AT.lastIndex = at;
    if (LETTER_OR_DIGIT_AT.test(text)) return at;
    // The second half of a pair that is no letter or digit (an emoji) starts nothing either.
    const after = text.charCodeAt(at + 1);
    if (code >= 0xd800 && code <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) at++;
  }
  return -1;
}

export function findWords(text: string, skip: readonly { start: number; end: number }[] = []): Span[] {
  const words: Span[] = [];
  let skipIndex = 0;
  for (let start = nextWordStart(text, 0); start !== -1; ) {
    const end = wordEndAt(text, start);
    if (end <= start) {
      // Never reached (a letter or digit is a word); moving on keeps the scan finite regardless.
      start = nextWordStart(text, start + 1);
      continue;
    }
    while (skipIndex < skip.length && (skip[skipIndex]?.end ?? 0) <= start) skipIndex++;
    const next = skip[skipIndex];
    if (!(next && next.start < end)) words.push({ start, end, text: wordText(text, start, end, words) });
    start = nextWordStart(text, end);
  }
  return words;
}

/** How many of the last words wordText compares a word with. */
const SHARED_WORD_LOOKBACK = 4;

/**
 * text[start, end), as the string of one of the last four words when it is the same word: a paste
 * that repeats a few words ("the the the", "a apple a apple", "123 45 6789 123 45 6789", a phone
 * number in national format) then holds one string each, not one per word for the whole lint.
 * Words of other lengths are told apart without reading a character.
 */
function wordText(text: string, start: number, end: number, words: readonly Span[]): string {
  const length = end - start;
  for (let back = 1; back <= SHARED_WORD_LOOKBACK && back <= words.length; back++) {
    const earlier = (words[words.length - back] as Span).text;
    if (earlier.length === length && text.startsWith(earlier, start)) return earlier;
  }
  return text.slice(start, end);
}

/** The words of a text as WORD_PATTERN finds them: the reference findWords is tested against. */
export function findWordsByPattern(text: string): Span[] {
  const words: Span[] = [];
  WORD_PATTERN.lastIndex = 0;
  for (let match = WORD_PATTERN.exec(text); match; match = WORD_PATTERN.exec(text)) {
    words.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return words;
}

/** Links found with merge fields masked, described from the original text. */
function linksAround(text: string, placeholders: readonly Span[]): { links: LinkToken[]; emails: EmailToken[] } {
  if (placeholders.length === 0) return findLinks(text);
  const found = findLinks(maskPlaceholders(text, placeholders));
  // A link made only of a merge field ("{{portal.url}}") or starting inside one is the field, not a link.
  const inField = (start: number) => placeholders.some((field) => field.start <= start && start < field.end);
  return {
    links: found.links
      .filter((link) => !inField(link.start))
      .map((link) => describeLink(text.slice(link.start, link.end), link.start)),
    emails: found.emails
      .filter((email) => !inField(email.start))
      .map((email) => ({ ...email, raw: text.slice(email.start, email.end) })),
  };
}

export function parseMessage(text: string): ParsedMessage {
  const placeholders = findPlaceholders(text);
  const { links, emails } = linksAround(text, placeholders);
  const linkLike = [...links, ...emails].sort((a, b) => a.start - b.start);
  const skipped =
    placeholders.length === 0 ? linkLike : [...linkLike, ...placeholders].sort((a, b) => a.start - b.start);
  return {
    text,
    links,
    emails,
    placeholders,
    emoji: findEmoji(text),
    words: findWords(text, skipped),
    encoding: analyzeEncoding(text),
  };
}
