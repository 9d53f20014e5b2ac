import { lazy, warmUpStep } from './lazy';
import type { SmsEncoding } from './types';

/*
 * SMS encoding and segment counting, linear in the text's length.
 *
 * Facts (3GPP TS 23.038, and Twilio's segment calculator which Twilio bills by): a segment carries
 * 140 octets = 1120 bits. GSM-7 spends 7 bits per character and 14 for the extension table; UCS-2
 * spends 16 bits per UTF-16 code unit. A multi-segment message loses 48 bits per segment to the
 * user data header, so 160 -> 153 GSM-7 characters and 70 -> 67 UCS-2 units. A grapheme (an
 * emoji with its modifiers, a letter with its accents) is never split across segments.
 */

const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Characters reached through the escape code: each costs two septets. */
const GSM7_EXTENSION = '\f^{}\\[~]|€';

/** Septets per UTF-16 code unit: 0 = not in GSM-7. Indexed by char code (the set lies within U+20AC). */
const GSM7_SEPTETS = new Uint8Array(0x20ad);
for (const char of GSM7_BASIC) GSM7_SEPTETS[char.charCodeAt(0)] = 1;
for (const char of GSM7_EXTENSION) GSM7_SEPTETS[char.charCodeAt(0)] = 2;

export function gsmSeptets(charCode: number): number {
  return charCode < GSM7_SEPTETS.length ? (GSM7_SEPTETS[charCode] ?? 0) : 0;
}

export function isGsmCharacter(char: string): boolean {
  return char.length === 1 && gsmSeptets(char.charCodeAt(0)) > 0;
}

export const GSM7_SINGLE_SEGMENT = 160;
export const GSM7_MULTI_SEGMENT = 153;
const UCS2_SINGLE_SEGMENT = 70;
export const UCS2_MULTI_SEGMENT = 67;
/** Twilio refuses longer bodies. */
export const TWILIO_MAX_CHARACTERS = 1600;
/** Twilio's recommendation for deliverability. */
export const RECOMMENDED_MAX_CHARACTERS = 320;

export interface EncodingInfo {
  encoding: SmsEncoding;
  segments: number;
  /** Characters as Twilio counts them: GSM-7 septet pairs count 2; in UCS-2, graphemes (CR LF counts 2). */
  characters: number;
  /** Offsets (UTF-16) of the code units that are not in GSM-7, in order. */
  nonGsmOffsets: number[];
}

/**
 * Code units that never join a grapheme with a neighbour of the same kind: their Grapheme_Cluster_Break
 * is Other or Control (UAX #29), so between two of them there is always a break (CR LF aside,
 * which Twilio splits anyway). Everything below U+0300, and the common letters, punctuation and
 * ideographs of other scripts: curly quotes, dashes, CJK, kana, Cyrillic, Greek, Hebrew and Arabic
 * letters; and the invisible controls (zero-width space, direction marks and overrides, BOM).
 * Not combining marks, ZWJ, variation selectors, conjoining Hangul jamo, regional indicators,
 * Prepend or SpacingMark characters: those go to the segmenter, with their neighbours. Surrogate
 * pairs are looked up as code points (INERT_ASTRAL); a lone surrogate is never inert.
 */
const INERT = new Uint8Array(0x10000);
for (const [first, last] of [
  [0x0000, 0x02ff],
  [0x0370, 0x03ff], // Greek
  [0x0400, 0x0482], // Cyrillic, before its combining marks
  [0x048a, 0x052f],
  [0x05d0, 0x05ea], // Hebrew letters
  [0x05f0, 0x05f4],
  [0x0621, 0x064a], // Arabic letters, not U+0600-0605 (Prepend) nor the harakat
  [0x0660, 0x066f],
  [0x0671, 0x06d5],
  [0x1e00, 0x1eff], // Latin Extended Additional
  [0x2000, 0x200b], // spaces, zero-width space (a control: a break on both sides)
  [0x200e, 0x200f], // direction marks (controls)
  [0x2010, 0x2027], // dashes, quotes, bullets, ellipsis
  [0x2028, 0x202e], // line and paragraph separators, bidi embeddings and overrides (controls)
  [0x2030, 0x205e],
  [0x2060, 0x2064], // word joiner, invisible operators (controls)
  [0x2066, 0x206f], // bidi isolates (controls)
  [0x20a0, 0x20c0], // currency signs
  [0x2100, 0x214f], // letterlike symbols
  [0x2190, 0x21ff], // arrows
  [0x3000, 0x3029], // CJK punctuation, not U+302A-302F (marks)
  [0x3030, 0x303f],
  [0x3041, 0x3096], // hiragana, not U+3099-309A (voicing marks)
  [0x309b, 0x309f],
  [0x30a0, 0x30ff], // katakana
  [0x3131, 0x318e], // Hangul compatibility jamo (they never combine)
  [0x3400, 0x4dbf], // CJK ideographs
  [0x4e00, 0x9fff],
  // Hangul syllables: two of them never join (only a conjoining jamo joins a syllable, and jamo
  // U+1100-11FF, U+A960-A97F and U+D7B0-D7FF are not inert).
  [0xac00, 0xd7a3],
  [0xfeff, 0xfeff], // byte order mark (a control)
  [0xff01, 0xff9d], // full-width forms, not the half-width voicing marks
] as const) {
  INERT.fill(1, first, last + 1);
}

/** Astral code points that are inert: emoji without modifiers (not skin tones, not regional indicators), styled letters, CJK. */
const INERT_ASTRAL: readonly (readonly [number, number])[] = [
  [0x1d400, 0x1d7ff], // mathematical alphanumerics ("𝐁𝐎𝐋𝐃")
  [0x1f000, 0x1f1e5], // game symbols, enclosed alphanumerics; not the regional indicators U+1F1E6-1F1FF
  [0x1f200, 0x1f3fa], // enclosed ideographs, pictographs; not the skin tones U+1F3FB-1F3FF
  [0x1f400, 0x1faff], // pictographs, emoticons, transport, supplemental symbols
  [0x20000, 0x2ffff], // CJK extensions
];

/** Code units (1, or 2 for a surrogate pair) of the inert code point at `index`; 0 when it is not inert. */
function inertLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return INERT[code] ?? 0;
  const low = text.charCodeAt(index + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
  const codePoint = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  // Indexed, not some() with a destructuring callback: that made an array iterator per call, once
  // or twice per emoji of every text.
  for (let index = 0; index < INERT_ASTRAL.length; index++) {
    const range = INERT_ASTRAL[index] as readonly [number, number];
    if (codePoint >= range[0] && codePoint <= range[1]) return 2;
  }
  return 0;
}

/** True when the code points on both sides of `position` are inert: a grapheme break whatever else the text holds. */
function certainBreak(text: string, position: number): boolean {
  if (inertLength(text, position) === 0) return false;
  const before = text.charCodeAt(position - 1);
  if (before >= 0xdc00 && before <= 0xdfff && position >= 2) {
    const high = text.charCodeAt(position - 2);
    if (high >= 0xd800 && high <= 0xdbff) return inertLength(text, position - 2) === 2;
  }
  return inertLength(text, position - 1) === 1;
}

/*
 * Building the first grapheme segmenter of a page is its first use of the browser's locale data:
 * 11-36 ms in one call in Chromium on a busy machine, most of it work that any Intl service does
 * first and then shares. A host that builds ahead of time does half of that work in a step before:
 * listing the numbering systems (median 8.6-12.2 ms), after which the segmenter takes a median
 * of 4.9-7.1 ms (busy machine, against 10.4-22.3 in one step). The list is thrown away; an engine
 * without Intl.supportedValuesOf skips the step.
 */
warmUpStep(() => Intl.supportedValuesOf?.('numberingSystem'));
const segmenter = lazy(() => new Intl.Segmenter('en', { granularity: 'grapheme' }));

/**
 * Code units handed to Intl.Segmenter at once. Node's segmenter slows down with the number of
 * graphemes in one call (100,000 curly quotes took 19 s in one call), so long stretches are cut
 * into chunks of this size; in one chunk it costs about half a microsecond per grapheme.
 */
const SEGMENTER_CHUNK = 1024;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * Marks the grapheme continuations of text[start, end), which must begin at a grapheme boundary
 * and end at one, with the segmenter, a chunk at a time. A grapheme break depends only on the text
 * before it and the one code point after it, so every break the segmenter reports inside a chunk
 * that starts at a boundary is a break of the whole text; only the chunk's last grapheme may be
 * cut short, so the next chunk starts at its start. A grapheme longer than a chunk doubles the
 * chunk until its end is seen (then the chunk size goes back down).
 */
function markStretch(text: string, start: number, end: number, continuation: Uint8Array, chunkSize: number): void {
  let position = start;
  let size = chunkSize;
  while (position < end) {
    let chunkEnd = Math.min(end, position + size);
    // Never cut a surrogate pair: the break before it depends on the whole code point.
    if (chunkEnd < end && isHighSurrogate(text.charCodeAt(chunkEnd - 1)) && isLowSurrogate(text.charCodeAt(chunkEnd))) {
      chunkEnd++;
    }
    let resume = position;
    for (const { segment, index } of segmenter().segment(text.slice(position, chunkEnd))) {
      const absolute = position + index;
      const segmentEnd = absolute + segment.length;
      // The chunk's last grapheme may continue past the chunk: it is done again by the next chunk.
      if (segmentEnd === chunkEnd && chunkEnd < end) break;
      for (let inner = absolute + 1; inner < segmentEnd; inner++) {
        // Twilio counts CR and LF as two characters even though Unicode joins them.
        if (!(text.charCodeAt(inner - 1) === 13 && text.charCodeAt(inner) === 10)) continuation[inner] = 1;
      }
      resume = segmentEnd;
      // After a long grapheme the chunk is large: go on from the next break with a small chunk again.
      if (size > chunkSize) break;
    }
    if (resume === position) {
      // One grapheme fills the chunk (the last chunk always gets past its first grapheme).
      size *= 2;
      continue;
    }
    size = chunkSize;
    position = resume;
  }
}

/**
 * The last answer: the parse, the billed text and message-length all ask about the whole text of
 * one lint, and the next keystroke's text shares all but a few code units with it (only the
 * changed tail is new work); rules that weigh an appended sentence ask for the text plus a tail.
 * A prefix of a very long text (message-length) is asked with graphemeContinuationsOnce, which
 * does not replace it.
 */
let last: { text: string; chunkSize: number; continuation: Uint8Array } | undefined;

/**
 * Where marking `text` may start over from the remembered answer: a grapheme break of the
 * remembered text inside the stretch both texts share, or 0. A break is decided by the text
 * before it and the code point after it (at most two code units), so a break at or before
 * `common - 2` is a break of `text` too, and every mark before it is the same in both.
 */
function resumePoint(text: string, remembered: { text: string; continuation: Uint8Array }): number {
  const shared = Math.min(text.length, remembered.text.length);
  let common = 0;
  while (common < shared && text.charCodeAt(common) === remembered.text.charCodeAt(common)) common++;
  let point = common - 2;
  while (point > 0 && remembered.continuation[point] === 1) point--;
  return Math.max(point, 0);
}

/**
 * Marks every offset inside a grapheme (not at its start) with 1. Only the stretches around
 * code units that are not inert are handed to Intl.Segmenter, in bounded chunks; everywhere else
 * each code unit is its own grapheme, so the cost stays linear and small for ordinary text.
 * `chunkSize` is for tests (a tiny chunk must give the same answer). The array is shared with
 * the next caller asking about the same text: read it, never write to it.
 */
export function graphemeContinuations(text: string, chunkSize = SEGMENTER_CHUNK): Uint8Array {
  if (last && last.text === text && last.chunkSize === chunkSize) return last.continuation;
  const continuation = new Uint8Array(text.length + 1);
  let from = 0;
  if (last && last.chunkSize === chunkSize) {
    from = resumePoint(text, last);
    continuation.set(last.continuation.subarray(0, from));
  }
  markContinuations(text, chunkSize, from, continuation);
  last = { text, chunkSize, continuation };
  return continuation;
}

/** graphemeContinuations without remembering the answer: for a one-off question about another text. */
export function graphemeContinuationsOnce(text: string): Uint8Array {
  return markContinuations(text, SEGMENTER_CHUNK);
}

/**
 * A skin tone (U+1F3FB-1F3FF) right after an inert astral code point (an emoji such as 👍, never a
 * control) and before an inert one or the text's end: it continues the emoji's grapheme (a skin
 * tone is Extend, and nothing breaks before Extend but a control) and a grapheme starts after it
 * (nothing after Extend joins an inert code point). Decided here without the segmenter, whose
 * result objects, several per grapheme, were most of a long paste of such emoji's garbage.
 */
function isSkinToneAfterPictograph(text: string, index: number): boolean {
  if (text.charCodeAt(index) !== 0xd83c) return false;
  const low = text.charCodeAt(index + 1);
  if (low < 0xdffb || low > 0xdfff) return false;
  if (index < 2 || !isHighSurrogate(text.charCodeAt(index - 2)) || inertLength(text, index - 2) !== 2) return false;
  return index + 2 === text.length || inertLength(text, index + 2) > 0;
}

/**
 * Marks the continuations of text[from..] into `continuation`. `from` must be 0 or a grapheme
 * break: the segmenter may start there (the break rules look back only within a grapheme, and a
 * run of regional indicators has an even count before any break).
 */
function markContinuations(
  text: string,
  chunkSize: number,
  from = 0,
  continuation = new Uint8Array(text.length + 1),
): Uint8Array {
  const length = text.length;
  let index = from;
  while (index < length) {
    const inert = inertLength(text, index);
    if (inert > 0) {
      if (inert === 2) continuation[index + 1] = 1;
      index += inert;
      continue;
    }
    if (isSkinToneAfterPictograph(text, index)) {
      continuation[index] = 1;
      continuation[index + 1] = 1;
      index += 2;
      continue;
    }
    // Extend back and forward to positions with inert code points on both sides: certain breaks.
    let start = index;
    while (start > from && !certainBreak(text, start)) start--;
    let end = index + 1;
    while (end < length && !certainBreak(text, end)) end++;
    markStretch(text, start, end, continuation, chunkSize);
    index = end;
  }
  return continuation;
}

/** `septets`: the text's septets, counted by the caller on its own pass over the text. */
/**
 * Septets packed into the segments of a multi-segment GSM-7 message, character by character: a
 * character that does not fit in what is left of a segment (an escaped one takes two septets)
 * starts the next one.
 */
export class GsmSegmentPacker {
  segments = 1;
  private used = 0;

  add(cost: number): void {
    if (this.used + cost > GSM7_MULTI_SEGMENT) {
      this.segments++;
      this.used = 0;
    }
    this.used += cost;
  }
}

function countGsmSegments(text: string, septets: number): { segments: number; characters: number } {
  if (septets <= GSM7_SINGLE_SEGMENT) return { segments: 1, characters: septets };
  const packer = new GsmSegmentPacker();
  for (let index = 0; index < text.length; index++) packer.add(gsmSeptets(text.charCodeAt(index)));
  return { segments: packer.segments, characters: septets };
}

function countUcs2Segments(text: string): { segments: number; characters: number } {
  const continuation = graphemeContinuations(text);
  let graphemes = 0;
  for (let index = 0; index < text.length; index++) if (!continuation[index]) graphemes++;
  if (text.length <= UCS2_SINGLE_SEGMENT) return { segments: 1, characters: graphemes };
  let segments = 1;
  let segmentStart = 0;
  while (segmentStart + UCS2_MULTI_SEGMENT < text.length) {
    let cut = segmentStart + UCS2_MULTI_SEGMENT;
    while (cut > segmentStart && continuation[cut]) cut--;
    if (cut === segmentStart) {
      // A single grapheme longer than a segment: it travels whole, as Twilio's calculator does.
      cut = segmentStart + UCS2_MULTI_SEGMENT;
      while (cut < text.length && continuation[cut]) cut++;
    }
    segments++;
    segmentStart = cut;
  }
  return { segments, characters: graphemes };
}

export function analyzeEncoding(text: string): EncodingInfo {
  let septets = 0;
  let nonGsmCount = 0;
  for (let index = 0; index < text.length; index++) {
    const cost = gsmSeptets(text.charCodeAt(index));
    if (cost === 0) nonGsmCount++;
    septets += cost;
  }
  // Counted first, then listed into an array of the right size: grown by push, a long paste of
  // curly quotes allocated about four times the list's final size.
  const nonGsmOffsets: number[] = new Array(nonGsmCount);
  for (let index = 0, listed = 0; listed < nonGsmCount; index++) {
    if (gsmSeptets(text.charCodeAt(index)) === 0) nonGsmOffsets[listed++] = index;
  }
  if (nonGsmCount === 0) {
    return { encoding: 'GSM-7', ...countGsmSegments(text, septets), nonGsmOffsets };
  }
  return { encoding: 'UCS-2', ...countUcs2Segments(text), nonGsmOffsets };
}

/** Segments and encoding only, for "what would it cost if ..." questions. */
export function countSegments(text: string): { encoding: SmsEncoding; segments: number; characters: number } {
  // analyzeEncoding's pass without its list of offsets: asked about whole texts with a fix applied,
  // where that list (one number per curly quote of a long paste) was made only to be dropped.
  let septets = 0;
  let allGsm = true;
  for (let index = 0; index < text.length; index++) {
    const cost = gsmSeptets(text.charCodeAt(index));
    if (cost === 0) allGsm = false;
    septets += cost;
  }
  if (allGsm) return { encoding: 'GSM-7', ...countGsmSegments(text, septets) };
  return { encoding: 'UCS-2', ...countUcs2Segments(text) };
}
