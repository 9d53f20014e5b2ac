import { overlapsLinkOrEmailOf } from '../links';
import { tidyDeletions } from '../text/deletions';
import type { Fix, Rule } from '../types';

/*
 * Decisions: "..." is an ellipsis and fine, four or more dots become "..."; runs of ! and ? become
 * one mark ("?" when the run asks a question), including the mocking "!!!1"; "$$" becomes "$".
 * Runs of two or more decorative symbols (* ~ # = > < _), as in "**URGENT**", "~~~" or ">>>", are
 * deleted, spaces tidied as for emoji, because texts show no formatting and the symbols only add
 * noise. Runs inside links and e-mail addresses are left alone.
 * Spanish opens a question or an exclamation with "¿" / "¡": a single "¿...?" or "¡...!" is correct,
 * and an opening run is paired with the closing run it belongs to ("¡¡...!!"), reported once and fixed
 * with one edit on each side, so a fix never leaves "¡...!!" or "¿...!" behind. When the opening mark
 * is single it says what the writer meant ("¡Ganó!?" stays an exclamation).
 */

const DECORATIVE_CHARS = '*~#=><_';
/** Every character this rule starts a run on, by char code: the scan skips all others with one lookup. */
const INTERESTING = new Uint8Array(128);
for (const char of `${DECORATIVE_CHARS}!?.$`) INTERESTING[char.charCodeAt(0)] = 1;
const DECORATIVE = new Set([...DECORATIVE_CHARS].map((char) => char.charCodeAt(0)));
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;
const DOT = 0x2e;
const DOLLAR = 0x24;
const DIGIT_ONE = 0x31;
const INVERTED_EXCLAMATION = 0xa1;
const INVERTED_QUESTION = 0xbf;
const MAX_DOTS = 3;
/** Two-character runs of = < > ("=>", "<=", "=="): arrows and comparisons rather than decoration. */
const OPERATOR_RUN = /^[=<>]{2}$/;

interface Edit {
  start: number;
  end: number;
  text: string;
}

interface Candidate {
  messageId: 'repeatedMarks' | 'extraDots' | 'decorative';
  start: number;
  end: number;
  replacement: string;
  /** Shown in the message when it differs from the flagged range: "¡¡…!!" for a Spanish pair. */
  marks?: string;
  /** Edits of a Spanish pair: the opening and closing runs together. */
  edits?: Edit[];
}

/** A run of "!"/"?" (closing) or of "¡"/"¿" (opening), single marks included, for pairing. */
interface MarkRun {
  start: number;
  end: number;
  opening: boolean;
}

function isAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function runEnd(text: string, start: number, belongs: (code: number) => boolean): number {
  let end = start;
  while (end < text.length && belongs(text.charCodeAt(end))) end++;
  return end;
}

function findCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  const markRuns: MarkRun[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === INVERTED_EXCLAMATION || code === INVERTED_QUESTION) {
      const end = runEnd(text, index, (next) => next === INVERTED_EXCLAMATION || next === INVERTED_QUESTION);
      markRuns.push({ start: index, end, opening: true });
      index = end;
      continue;
    }
    if (code >= 128 || !INTERESTING[code]) {
      index++;
      continue;
    }
    if (code === EXCLAMATION || code === QUESTION) {
      const isMark = (next: number) => next === EXCLAMATION || next === QUESTION;
      let end = runEnd(text, index, isMark);
      if (end - index >= 2) {
        // "!!!1" and "!!!11": the 1s are a missed shift key, part of the shouting, and so are the
        // marks after them ("!!!1?" is one run, so one fix gives the final text).
        for (;;) {
          const withOnes = runEnd(text, end, (next) => next === DIGIT_ONE);
          if (withOnes === end || !text.slice(index, end).includes('!')) break;
          if (isAlphanumeric(text.charCodeAt(withOnes))) break;
          end = runEnd(text, withOnes, isMark);
        }
      }
      markRuns.push({ start: index, end, opening: false });
      index = end;
    } else if (code === DOT) {
      const end = runEnd(text, index, (next) => next === DOT);
      if (end - index > MAX_DOTS) candidates.push({ messageId: 'extraDots', start: index, end, replacement: '...' });
      index = end;
    } else if (code === DOLLAR) {
      const end = runEnd(text, index, (next) => next === DOLLAR);
      if (end - index >= 2) candidates.push({ messageId: 'repeatedMarks', start: index, end, replacement: '$' });
      index = end;
    } else if (DECORATIVE.has(code)) {
      const end = runEnd(text, index, (next) => DECORATIVE.has(next));
      // Glued inside a token ("case_2024__final.pdf", "HX__7Q2", "a==b") the symbols are part of
      // a name or a formula, not decoration.
      const glued = isAlphanumeric(text.charCodeAt(index - 1)) && isAlphanumeric(text.charCodeAt(end));
      if (end - index >= 2 && !glued) candidates.push({ messageId: 'decorative', start: index, end, replacement: '' });
      index = end;
    } else {
      index++;
    }
  }
  if (markRuns.length === 0) return candidates;
  const marks = markCandidates(text, markRuns);
  if (candidates.length === 0) return marks;
  return [...candidates, ...marks].sort((first, second) => first.start - second.start);
}

function isQuestionRun(text: string, run: MarkRun): boolean {
  const marks = text.slice(run.start, run.end);
  return marks.includes('?') || marks.includes('¿');
}

function loneRunCandidate(text: string, run: MarkRun): Candidate | undefined {
  if (run.end - run.start < 2) return undefined;
  const question = isQuestionRun(text, run);
  const replacement = run.opening ? (question ? '¿' : '¡') : question ? '?' : '!';
  return { messageId: 'repeatedMarks', start: run.start, end: run.end, replacement };
}

function pairCandidate(text: string, opening: MarkRun, closing: MarkRun): Candidate | undefined {
  const openingMarks = text.slice(opening.start, opening.end);
  const closingMarks = text.slice(closing.start, closing.end);
  const openingRepeats = openingMarks.length > 1;
  const closingRepeats = closingMarks.length > 1;
  // "¡...?" as written is not a repeated mark; this rule leaves it to the writer.
  if (!openingRepeats && !closingRepeats) return undefined;
  const question = openingRepeats ? isQuestionRun(text, opening) || isQuestionRun(text, closing) : openingMarks === '¿';
  const openingMark = question ? '¿' : '¡';
  const closingMark = question ? '?' : '!';
  const edits: Edit[] = [];
  if (openingMarks !== openingMark) edits.push({ start: opening.start, end: opening.end, text: openingMark });
  if (closingMarks !== closingMark) edits.push({ start: closing.start, end: closing.end, text: closingMark });
  const flagged = closingRepeats ? closing : opening;
  const both = edits.length === 2;
  return {
    messageId: 'repeatedMarks',
    start: flagged.start,
    end: flagged.end,
    replacement: both ? `${openingMark}…${closingMark}` : closingRepeats ? closingMark : openingMark,
    marks: both ? `${openingMarks}…${closingMarks}` : undefined,
    edits,
  };
}

/**
 * One closing run that closes two openings, inner first: "¡Hola, ¿viene?!" is correct Spanish, and
 * "¡¡Hola, ¿viene??!!" is fixed to it, never to "¡Hola, ¿viene?" with the "¡" left open.
 */
function closesTwo(text: string, outer: MarkRun, inner: MarkRun, closing: MarkRun): boolean {
  const innerQuestion = isQuestionRun(text, inner);
  if (isQuestionRun(text, outer) === innerQuestion) return false;
  const marks = text.slice(closing.start, closing.end);
  const innerMark = innerQuestion ? '?' : '!';
  const outerMark = innerQuestion ? '!' : '?';
  return marks.length >= 2 && marks.startsWith(innerMark) && marks.endsWith(outerMark);
}

function nestedPairCandidate(text: string, outer: MarkRun, inner: MarkRun, closing: MarkRun): Candidate | undefined {
  const innerQuestion = isQuestionRun(text, inner);
  const innerOpening = innerQuestion ? '¿' : '¡';
  const outerOpening = innerQuestion ? '¡' : '¿';
  const closingMarks = innerQuestion ? '?!' : '!?';
  const wanted: [MarkRun, string][] = [
    [outer, outerOpening],
    [inner, innerOpening],
    [closing, closingMarks],
  ];
  const edits: Edit[] = wanted
    .filter(([run, mark]) => text.slice(run.start, run.end) !== mark)
    .map(([run, mark]) => ({ start: run.start, end: run.end, text: mark }));
  if (edits.length === 0) return undefined;
  return {
    messageId: 'repeatedMarks',
    start: closing.start,
    end: closing.end,
    replacement: `${outerOpening}…${innerOpening}…${closingMarks}`,
    marks: `${text.slice(outer.start, outer.end)}…${text.slice(inner.start, inner.end)}…${text.slice(closing.start, closing.end)}`,
    edits,
  };
}

/**
 * Pairs each closing run with the latest unclosed opening run on the same line (Spanish nests
 * "¡Hola, ¿viene?!" that way); closing runs without one, and openings never closed, stand alone.
 */
function markCandidates(text: string, runs: MarkRun[]): Candidate[] {
  const candidates: Candidate[] = [];
  const open: MarkRun[] = [];
  const flushOpen = () => {
    for (const run of open) {
      const candidate = loneRunCandidate(text, run);
      if (candidate) candidates.push(candidate);
    }
    open.length = 0;
  };
  let nextNewline = text.indexOf('\n');
  for (const run of runs) {
    if (nextNewline !== -1 && run.start > nextNewline) {
      flushOpen();
      nextNewline = text.indexOf('\n', run.start);
    }
    if (run.opening) {
      open.push(run);
      continue;
    }
    const opening = open.pop();
    const outer = open[open.length - 1];
    let candidate: Candidate | undefined;
    if (opening && outer && closesTwo(text, outer, opening, run)) {
      open.pop();
      candidate = nestedPairCandidate(text, outer, opening, run);
    } else {
      candidate = opening ? pairCandidate(text, opening, run) : loneRunCandidate(text, run);
    }
    if (candidate) candidates.push(candidate);
  }
  flushOpen();
  return candidates.sort((first, second) => first.start - second.start);
}

function fixFor(candidate: Candidate, marks: string): Fix {
  if (candidate.edits)
    return { label: `Replace ${marks} with ${candidate.replacement}`, edits: candidate.edits, safe: true };
  const edit = { start: candidate.start, end: candidate.end, text: candidate.replacement };
  if (candidate.messageId === 'extraDots') return { label: 'Use three dots', edits: [edit], safe: true };
  return { label: `Replace ${marks} with ${candidate.replacement}`, edits: [edit], safe: true };
}

const rule: Rule = {
  id: 'repeated-punctuation',
  meta: {
    category: 'formatting',
    defaultSeverity: 'warning',
    description: 'Flags repeated marks ("!!", "?!", "$$$", "....") and decorative symbol runs ("***", "~~~", ">>>").',
    why: "Rows of exclamation marks, dollar signs and decorative symbols are classic marketing-spam patterns that carriers' filters score; Twilio asks senders to avoid needless special characters.",
    messages: {
      repeatedMarks:
        '"{marks}" repeats a mark, which reads as shouting or a sales pitch and is a spam signal carriers filter on. Use a single "{replacement}".',
      extraDots: '"{marks}" is a long row of dots, a spam pattern carriers filter on. Use three dots or a period.',
      decorative:
        '"{marks}" is decoration: texts show no bold or lines, and carriers\' filters count such symbols as spam signals. Delete it.',
    },
    fixable: 'safe',
    examples: {
      valid: [
        {
          text: 'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14... see you at 9am! Reply STOP to opt out.',
        },
        { text: 'Your retainer of $1,500 is received (invoice #4471). Questions? Call 555-201-3344.' },
      ],
      invalid: [
        { text: 'Great news, Maria!!! Your case settled.', output: 'Great news, Maria! Your case settled.' },
        { text: '*** IMPORTANT *** your deposition is Friday.', output: 'IMPORTANT your deposition is Friday.' },
      ],
    },
  },
  check(context) {
    const { text } = context.message;
    const inLink = overlapsLinkOrEmailOf(context.message);
    const candidates = findCandidates(text).filter((candidate) => !inLink(candidate.start, candidate.end));
    if (candidates.length === 0) return;
    const decorative = candidates.filter((candidate) => candidate.messageId === 'decorative');
    const deletions = tidyDeletions(text, decorative);
    let deletionIndex = 0;
    for (const candidate of candidates) {
      const marks = candidate.marks ?? text.slice(candidate.start, candidate.end);
      let fix: Fix | undefined;
      if (candidate.messageId === 'decorative') {
        const edit = deletions[deletionIndex++];
        // Arrows and comparisons ("=>", "<<", ">=") may carry meaning: deleting them is offered, not applied.
        const safe = !OPERATOR_RUN.test(marks);
        fix = edit ? { label: `Delete ${marks}`, edits: [edit], safe } : undefined;
      } else {
        fix = fixFor(candidate, marks);
      }
      context.report({
        messageId: candidate.messageId,
        data: { marks, replacement: candidate.replacement },
        start: candidate.start,
        end: candidate.end,
        fixes: fix ? [fix] : [],
      });
    }
  },
};

export default rule;
