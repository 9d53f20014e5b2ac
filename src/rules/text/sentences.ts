import type { Span } from '../message';

/*
 * Which sentence each word of a message belongs to, found once per message and shared by the
 * content rules. A sentence ends at "!", "?", ";", "…", a line break, or a full stop followed by a
 * space or the end of the text, unless the full stop closes a title or abbreviation ("Dr.",
 * "No. 4512", "U.S."). Colons do not end a sentence: "Good news: your claim settled" is one.
 */

/** Lower-case words whose full stop does not end a sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'hon',
  'st',
  'vs',
  'v',
  'jr',
  'sr',
  'no',
  'nos',
  'apt',
  'ste',
  'e.g',
  'i.e',
  'etc',
]);

function isHardBreak(code: number): boolean {
  // ! ? ; … and line breaks
  return code === 33 || code === 63 || code === 59 || code === 0x2026 || code === 10 || code === 13;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** True when the gap text[from, to) between two words ends a sentence. */
export function sentenceEndsBetween(text: string, from: number, to: number, wordBefore: string): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (isHardBreak(code)) return true;
    if (code !== 46) continue;
    const next = text.charCodeAt(index + 1);
    if (!(index + 1 >= to || isSpaceCode(next))) continue;
    const lower = wordBefore.toLowerCase();
    // Initials ("U.S.", "J. Diaz") and titles keep the sentence going.
    if (wordBefore.length === 1 || ABBREVIATIONS.has(lower)) continue;
    return true;
  }
  return false;
}

const sentenceCache = new WeakMap<readonly Span[], Int32Array>();

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

/** Index ranges [first, last] of the words of each sentence, in order. */
export function sentenceWordRanges(text: string, words: readonly Span[]): [number, number][] {
  const sentenceOf = sentenceIndexOfWords(text, words);
  const ranges: [number, number][] = [];
  for (let index = 0; index < words.length; index++) {
    const sentence = sentenceOf[index] as number;
    const last = ranges[ranges.length - 1];
    if (last && sentenceOf[last[0]] === sentence) last[1] = index;
    else ranges.push([index, index]);
  }
  return ranges;
}
