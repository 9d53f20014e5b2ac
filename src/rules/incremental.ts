/*
 * Linting as a user types: each keystroke's text differs from the last one by one edit, and most
 * of the message parses as it did. An IncrementalLinter keeps the last parse and parses again only
 * the whitespace-delimited stretch of text the edit touched; the links, e-mail addresses, emoji and
 * words before it are the same objects as before, those after it the same with their offsets moved.
 * The rules then run on the whole message, as lint() runs them: every rule reads message-wide
 * context (legal standing and offer cues anywhere in the message, unbalanced quotes, a message in
 * capitals, the language, the segment count, the sender and opt-out wording), so none of their
 * findings can be kept for a sentence the edit did not touch without changing what they report.
 *
 * The result is always lint()'s for the new text (incremental.test.ts compares them over random
 * texts and edits). Why reparsing a stretch is exact: links and e-mail addresses are found token
 * by token (findLinks splits the text at whitespace), and emoji sequences and words hold no
 * whitespace and are found by scanners that look ahead a character or two and never behind, so
 * what lies between two whitespace characters parses the same alone as within the whole text.
 * Merge fields may hold spaces ("[Client Name]"): a text with one is parsed whole.
 */
import { analyzeEncoding } from './encoding';
import { lintParsed } from './engine';
import type { EmailToken, LinkToken } from './links';
import { type OffsetSpans, OffsetSpansBuilder, type ParsedMessage, parseMessage, type Span } from './message';
import { findPlaceholders } from './placeholders';
import type { FirmSettings } from './settings';
import { isWhitespaceCode } from './text/whitespace';
import type { LintContext, Report } from './types';

/** Where two texts differ: [start, previousEnd) of the old text became [start, nextEnd) of the new one. */
export interface TextChange {
  start: number;
  previousEnd: number;
  nextEnd: number;
}

/** The one edit that turns `previous` into `next`: their common prefix and suffix left out. */
export function changeBetween(previous: string, next: string): TextChange {
  const shorter = Math.min(previous.length, next.length);
  let start = 0;
  while (start < shorter && previous.charCodeAt(start) === next.charCodeAt(start)) start++;
  let suffix = 0;
  while (
    suffix < shorter - start &&
    previous.charCodeAt(previous.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { start, previousEnd: previous.length - suffix, nextEnd: next.length - suffix };
}

/** The characters JavaScript's \s matches, which findLinks splits tokens at. */
function isWhitespaceAt(text: string, index: number): boolean {
  return isWhitespaceCode(text.charCodeAt(index));
}

/**
 * Above this share of the text, the stretch to parse again is most of it (a paste, a text without
 * spaces): the whole text is parsed instead, which costs no more and needs no splicing.
 */
const MAX_REPARSED_SHARE = 0.5;

/**
 * The parse of `text`, made from `previous` (the parse of another text) by parsing again only the
 * stretch an edit touched: equal to parseMessage(text).
 */
export function reparseMessage(previous: ParsedMessage, text: string): ParsedMessage {
  if (previous.text === text) return previous;
  if (previous.placeholders.length > 0 || findPlaceholders(text).length > 0) return parseMessage(text);
  const change = changeBetween(previous.text, text);
  // The stretch between the whitespace before the edit and the whitespace after it (or the text's
  // ends): no token crosses a whitespace character, so every token is wholly inside or outside it.
  let from = change.start;
  while (from > 0 && !isWhitespaceAt(text, from - 1)) from--;
  let to = change.nextEnd;
  while (to < text.length && !isWhitespaceAt(text, to)) to++;
  if (to - from > text.length * MAX_REPARSED_SHARE) return parseMessage(text);
  const stretch = parseMessage(text.slice(from, to));
  // A merge field only in the stretch would be one the whole text does not have: parse it whole.
  if (stretch.placeholders.length > 0) return parseMessage(text);
  const shift = text.length - previous.text.length;
  // In the old text the stretch ends at the same whitespace, `shift` earlier.
  const previousTo = to - shift;
  return {
    text,
    links: splice(previous.links, stretch.links, from, previousTo, shift, shiftedLink),
    emails: splice(previous.emails, stretch.emails, from, previousTo, shift, shiftedEmail),
    placeholders: [],
    emoji: spliceOffsets(previous.emoji, stretch.emoji, from, previousTo, shift),
    words: splice(previous.words, stretch.words, from, previousTo, shift, shiftedSpan),
    encoding: analyzeEncoding(text),
  };
}

/**
 * The old tokens that end before the stretch (as they are), the stretch's own (moved to `from`),
 * then the old ones that start after it (moved by `shift`). Tokens are in text order.
 */
function splice<T extends { start: number; end: number }>(
  previous: readonly T[],
  inStretch: readonly T[],
  from: number,
  previousTo: number,
  shift: number,
  moved: (token: T, by: number) => T,
): T[] {
  const tokens: T[] = [];
  let index = 0;
  for (; index < previous.length && (previous[index] as T).end <= from; index++) tokens.push(previous[index] as T);
  for (const token of inStretch) tokens.push(moved(token, from));
  while (index < previous.length && (previous[index] as T).start < previousTo) index++;
  for (; index < previous.length; index++) {
    const token = previous[index] as T;
    tokens.push(shift === 0 ? token : moved(token, shift));
  }
  return tokens;
}

/** splice() of spans kept as offsets. */
function spliceOffsets(
  previous: OffsetSpans,
  inStretch: OffsetSpans,
  from: number,
  previousTo: number,
  shift: number,
): OffsetSpans {
  const spans = new OffsetSpansBuilder();
  let index = 0;
  for (; index < previous.length && (previous.ends[index] as number) <= from; index++) {
    spans.push(previous.starts[index] as number, previous.ends[index] as number);
  }
  for (let inside = 0; inside < inStretch.length; inside++) {
    spans.push((inStretch.starts[inside] as number) + from, (inStretch.ends[inside] as number) + from);
  }
  while (index < previous.length && (previous.starts[index] as number) < previousTo) index++;
  for (; index < previous.length; index++) {
    spans.push((previous.starts[index] as number) + shift, (previous.ends[index] as number) + shift);
  }
  return spans.spans();
}

function shiftedSpan(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by, text: span.text };
}

function shiftedLink(link: LinkToken, by: number): LinkToken {
  return {
    ...link,
    start: link.start + by,
    end: link.end + by,
    hostStart: link.hostStart + by,
    hostEnd: link.hostEnd + by,
  };
}

function shiftedEmail(email: EmailToken, by: number): EmailToken {
  return { ...email, start: email.start + by, end: email.end + by };
}

/** lint() for a text typed into one field, keystroke after keystroke. */
export interface IncrementalLinter {
  /** Exactly lint(text, settings, context). */
  lint(text: string, settings?: Partial<FirmSettings>, context?: LintContext): Report;
}

/** A linter that remembers its last parse (one per field or per page: it holds one message). */
export function createIncrementalLinter(): IncrementalLinter {
  let last: ParsedMessage | null = null;
  return {
    lint(text, settings = {}, context = {}) {
      const message = last === null ? parseMessage(text) : reparseMessage(last, text);
      // Kept only once the rules ran on it without throwing: a parse they choke on is not a base.
      last = null;
      const report = lintParsed(message, settings, context);
      last = message;
      return report;
    },
  };
}
