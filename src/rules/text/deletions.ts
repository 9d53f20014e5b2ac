import type { OffsetSpans } from '../message';
import type { TextEdit } from '../types';

const SPACE = 0x20;
const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/** Marks that never take a space before them: deleting something right before one also drops the space. */
const CLOSING_MARKS = new Set(
  ['.', ',', '!', '?', ';', ':', ')', ']', '}', '\u2026'].map((mark) => mark.charCodeAt(0)),
);
/** Marks that never take a space after them. */
const OPENING_MARKS = new Set(['(', '[', '{'].map((mark) => mark.charCodeAt(0)));

function isHorizontalSpace(code: number): boolean {
  return code === SPACE || code === TAB || code === 0xa0;
}

function isLineBreak(code: number): boolean {
  return code === LINE_FEED || code === CARRIAGE_RETURN;
}

/** A letter or digit: a sentence still open ("see you Monday"), not closed by a mark. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export interface TidyDeletionOptions {
  /**
   * Replace a deletion that ends the text after a word with a full stop: an emoji closes a sentence
   * in a text ("see you Monday 🎉"), and without it a sentence appended by another fix would run
   * on ("Monday Reply STOP to opt out").
   */
  closeOpenSentence?: boolean;
}

function onlyHorizontalSpace(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!isHorizontalSpace(text.charCodeAt(index))) return false;
  return true;
}

/**
 * Deletion edits, one per range (ranges sorted, not overlapping), that leave the text tidy: no
 * double space, no space before punctuation or at a line's edge, no emptied line. Ranges separated
 * only by spaces form a group whose spaces are split between its edits, so every edit can be
 * applied alone and all of them together without overlapping ("Hi 👋👋 there" -> "Hi there").
 * Shared by the rules that delete decoration (emoji, decorative symbol runs).
 */
export function tidyDeletions(
  text: string,
  ranges: readonly { start: number; end: number }[],
  options: TidyDeletionOptions = {},
): TextEdit[] {
  const edits: TextEdit[] = [];
  const spans: OffsetSpans = {
    length: ranges.length,
    starts: Int32Array.from(ranges, (range) => range.start),
    ends: Int32Array.from(ranges, (range) => range.end),
  };
  forEachTidyDeletion(text, spans, options, (edit) => {
    edits.push(edit);
  });
  return edits;
}

/**
 * tidyDeletions one edit at a time, in order, each with its range's index: a rule that reports
 * as it goes keeps no list of them (a run of 200,000 emoji had one edit each alive until its end).
 */
export function forEachTidyDeletion(
  text: string,
  ranges: OffsetSpans,
  options: TidyDeletionOptions,
  visit: (edit: TextEdit, index: number) => void,
): void {
  const { starts, ends } = ranges;
  let consumedUntil = 0;
  let first = 0;
  while (first < ranges.length) {
    let last = first;
    while (last + 1 < ranges.length && onlyHorizontalSpace(text, ends[last] as number, starts[last + 1] as number)) {
      last++;
    }
    const groupStart = starts[first] as number;
    const groupEnd = ends[last] as number;
    let spaceStart = groupStart;
    while (spaceStart > consumedUntil && isHorizontalSpace(text.charCodeAt(spaceStart - 1))) spaceStart--;
    let spaceEnd = groupEnd;
    while (spaceEnd < text.length && isHorizontalSpace(text.charCodeAt(spaceEnd))) spaceEnd++;
    const before = spaceStart > 0 ? text.charCodeAt(spaceStart - 1) : -1;
    const after = spaceEnd < text.length ? text.charCodeAt(spaceEnd) : -1;
    const atLineStart = before === -1 || isLineBreak(before);
    const atLineEnd = after === -1 || isLineBreak(after);

    let deleteStart = groupStart;
    let deleteEnd = groupEnd;
    let replacement = '';
    // Which neighbour a gap between two ranges of the group goes with, so each edit alone stays tidy too.
    let gapsGoWithPrevious = false;
    if (atLineStart && atLineEnd) {
      // The line is left empty: remove it with its line break.
      deleteStart = spaceStart;
      deleteEnd = spaceEnd;
      if (after !== -1) {
        deleteEnd += after === CARRIAGE_RETURN && text.charCodeAt(spaceEnd + 1) === LINE_FEED ? 2 : 1;
      } else if (before !== -1 && spaceStart - 1 >= consumedUntil) {
        const crlf = before === LINE_FEED && text.charCodeAt(spaceStart - 2) === CARRIAGE_RETURN;
        deleteStart -= crlf && spaceStart - 2 >= consumedUntil ? 2 : 1;
      }
      gapsGoWithPrevious = true;
    } else if (atLineStart || OPENING_MARKS.has(before)) {
      deleteEnd = spaceEnd; // "👋 Hi" -> "Hi"
      gapsGoWithPrevious = true;
    } else if (atLineEnd || CLOSING_MARKS.has(after)) {
      deleteStart = spaceStart; // "Thanks! 👍" -> "Thanks!"
      // "see you Monday 🎉" -> "see you Monday." at the end of the text (a greeting line keeps none).
      if (after === -1 && options.closeOpenSentence && LETTER_OR_DIGIT.test(text.charAt(spaceStart - 1)))
        replacement = '.';
    } else if (spaceStart < groupStart) {
      deleteEnd = spaceEnd; // keep the space before: "news 🎉 see" -> "news see"
      gapsGoWithPrevious = true;
    } else if (spaceEnd === groupEnd) {
      replacement = ' '; // nothing separates the neighbours any more: "Done.👍Thanks" -> "Done. Thanks"
    }

    for (let index = first; index <= last; index++) {
      // Inside a group a range has a neighbour on the side its gap goes to (first and last aside).
      const start =
        index === first ? deleteStart : gapsGoWithPrevious ? (starts[index] as number) : (ends[index - 1] as number);
      const end =
        index === last ? deleteEnd : gapsGoWithPrevious ? (starts[index + 1] as number) : (ends[index] as number);
      visit({ start, end, text: index === last ? replacement : '' }, index);
    }
    consumedUntil = Math.max(consumedUntil, deleteEnd);
    first = last + 1;
  }
}
