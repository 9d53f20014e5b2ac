import { smartEncodedText } from './billing';
import type { Span } from './message';
import { lastSentenceFirstWord } from './text/sentences';
import { isWhitespaceCode } from './text/whitespace';
import type { Fix } from './types';

/*
 * Shared by the rules that report something MISSING from a first message (sender-identification,
 * opt-out-instructions, terms-link). A missing thing has no text of its own, yet the finding needs
 * a visible underline, so each rule points at the place its fix writes to:
 * - the sender's name goes first: underline the first token of the message;
 * - opt-out wording goes last: underline the last sentence;
 * - the terms link goes last, after the opt-out wording: underline the last token.
 * The last token lies inside the last sentence, so the opt-out finding never sorts after the
 * terms finding (findings sort by start, whatever severities a firm configures), and "fix all"
 * appends the STOP wording before the terms link (see appendSentenceFix for the one exception).
 * A blank text reports nothing: an empty field is not a message yet.
 */

export interface Range {
  start: number;
  end: number;
}

/** Whether text[index] is whitespace; false past either end. */
function isWhitespaceAt(text: string, index: number): boolean {
  return isWhitespaceCode(text.charCodeAt(index));
}

/** Offset just after the last non-whitespace character; 0 for a blank text. */
function visibleEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isWhitespaceAt(text, end - 1)) end--;
  return end;
}

/** Offset of the first non-whitespace character; text.length for a blank text. */
export function visibleStart(text: string): number {
  let start = 0;
  while (start < text.length && isWhitespaceAt(text, start)) start++;
  return start;
}

export function isBlank(text: string): boolean {
  return visibleEnd(text) === 0;
}

/** The first run of non-whitespace characters, or null for a blank text. */
export function firstTokenRange(text: string): Range | null {
  const start = visibleStart(text);
  if (start === text.length) return null;
  let end = start;
  while (end < text.length && !isWhitespaceAt(text, end)) end++;
  return { start, end };
}

/** The last run of non-whitespace characters, or null for a blank text. */
export function lastTokenRange(text: string): Range | null {
  const end = visibleEnd(text);
  if (end === 0) return null;
  let start = end;
  while (start > 0 && !isWhitespaceAt(text, start - 1)) start--;
  return { start, end };
}

const SENTENCE_END = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

/**
 * The last sentence, as the shared splitter (text/sentences.ts) divides the words: from the first
 * character after the previous sentence's last word that is not a space or closing punctuation of
 * that sentence, to the visible end.
 */
export function lastSentenceRange(text: string, words: readonly Span[]): Range | null {
  const end = visibleEnd(text);
  if (end === 0) return null;
  const firstWord = lastSentenceFirstWord(text, words);
  if (firstWord < 0) return { start: visibleStart(text), end };
  const previous = firstWord > 0 ? (words[firstWord - 1] as Span) : null;
  let start = previous === null ? 0 : previous.end;
  if (previous !== null) {
    while (start < end && !isWhitespaceAt(text, start)) start++;
  }
  while (start < end && isWhitespaceAt(text, start)) start++;
  return { start: Math.min(start, (words[firstWord] as Span).start), end };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** What the text ends with, which decides how a sentence is appended. */
function endingOf(text: string, end: number): 'terminal' | 'open' | 'other' {
  let index = end - 1;
  while (index >= 0 && CLOSERS.has(text.charAt(index))) index--;
  if (SENTENCE_END.has(text.charAt(index))) return 'terminal';
  const last = text.charAt(end - 1);
  // A low surrogate is half of an emoji or a rare letter: no full stop after an emoji.
  if (LETTER_OR_DIGIT.test(last) || CLOSERS.has(last)) return 'open';
  return 'other';
}

/**
 * A safe fix that appends a sentence at the visible end of the text, tidily: one space after a
 * full stop, ". " after a word the message ends on, no double spaces, trailing whitespace kept.
 *
 * `beforeOtherAppends`: when the text ends on a word, the appended part must start with ". ",
 * and two independent appends at the same offset would each add one ("out.. Terms"). The terms
 * fix therefore replaces the last character instead of inserting after it: applyFixes sorts edits
 * by start, so it lands before an opt-out insertion at the end and both read tidily together
 * ("ready. Terms: https://... Reply STOP to opt out.") or alone.
 */
export function appendSentenceFix(text: string, appended: string, label: string, beforeOtherAppends = false): Fix {
  const sentence = smartEncodedText(appended);
  const end = visibleEnd(text);
  if (end === 0) return { label, edits: [{ start: 0, end: 0, text: sentence }], safe: true };
  const ending = endingOf(text, end);
  if (ending !== 'open') {
    return { label, edits: [{ start: end, end, text: ` ${sentence}` }], safe: true };
  }
  if (!beforeOtherAppends) return { label, edits: [{ start: end, end, text: `. ${sentence}` }], safe: true };
  const lastCharacter = text.charAt(end - 1);
  return { label, edits: [{ start: end - 1, end, text: `${lastCharacter}. ${sentence}` }], safe: true };
}
