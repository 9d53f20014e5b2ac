/**
 * Pure text bookkeeping for applying fixes to a live field: re-mapping fixes computed on text that
 * has changed since, and moving the caret the way the user expects (which fixes' edits are taken,
 * and how, is rules/fixes.ts: the field ends up with the text the rules library would produce).
 * No DOM here, so it is unit-tested in Node.
 */
import { applyEdits, changeBetween, type Finding, type Fix, type TextEdit } from '../rules';

/** The region where two versions of a text differ, found by their common prefix and suffix. */
export interface TextChange {
  /** Offset where the change starts (same in both versions). */
  start: number;
  /** End of the changed region in the old text. */
  oldEnd: number;
  /** End of the changed region in the new text. */
  newEnd: number;
}

/** Null when the texts are equal. Linear in the length of the texts. */
export function diffTexts(oldText: string, newText: string): TextChange | null {
  if (oldText === newText) return null;
  const { start, previousEnd, nextEnd } = changeBetween(oldText, newText);
  return { start, oldEnd: previousEnd, newEnd: nextEnd };
}

/**
 * Moves findings computed on `from` onto `to` without linting: the ones the edit touched are
 * dropped, the ones after it shift. What the user sees between an edit and the answer for it.
 */
export function followEdit(findings: readonly Finding[], from: string, to: string): Finding[] {
  const change = diffTexts(from, to);
  return findings.flatMap((finding) => remapRange(finding, change) ?? []);
}

/**
 * Moves a range (an edit, a finding) computed on the old text onto the new one. A range entirely
 * before or entirely after the changed region is kept (shifted when after); one that touches or
 * borders the changed region is dropped (null), because it could land at the wrong place.
 */
export function remapRange<T extends { start: number; end: number }>(range: T, change: TextChange | null): T | null {
  if (change === null) return range;
  // Strictly before or after only: a range touching the change (a word the user is still typing,
  // an insertion at the same point) could land in the wrong place.
  if (range.end < change.start) return range;
  if (range.start > change.oldEnd) {
    const delta = change.newEnd - change.oldEnd;
    return { ...range, start: range.start + delta, end: range.end + delta };
  }
  return null;
}

/**
 * Re-maps whole fixes: a fix survives only when every one of its edits does and the text under each
 * edit is still what it was. Returns the surviving fixes with current offsets.
 */
export function remapFixes(fixes: readonly Fix[], basedOnText: string, currentText: string): Fix[] {
  const change = diffTexts(basedOnText, currentText);
  const surviving: Fix[] = [];
  for (const fix of fixes) {
    const edits: TextEdit[] = [];
    for (const edit of fix.edits) {
      const moved = remapRange(edit, change);
      if (moved === null) break;
      if (currentText.slice(moved.start, moved.end) !== basedOnText.slice(edit.start, edit.end)) break;
      edits.push(moved);
    }
    if (edits.length === fix.edits.length) surviving.push({ ...fix, edits });
  }
  return surviving;
}

/**
 * Where an offset ends up after the edits: shifted by the length change of every edit before it;
 * an offset inside a replaced range moves to the end of the replacement.
 */
export function shiftOffset(offset: number, sortedEdits: readonly TextEdit[]): number {
  let shift = 0;
  for (const edit of sortedEdits) {
    if (edit.end <= offset && !(edit.start === edit.end && edit.start === offset)) {
      shift += edit.text.length - (edit.end - edit.start);
    } else if (edit.start < offset && offset < edit.end) {
      return edit.start + shift + edit.text.length;
    } else {
      break;
    }
  }
  return offset + shift;
}

/**
 * One edit covering the whole span of several edits, so a field can apply them as a single undo
 * step without touching text outside the span.
 */
export function mergeEdits(text: string, sortedEdits: readonly TextEdit[]): TextEdit | null {
  const first = sortedEdits[0];
  const last = sortedEdits[sortedEdits.length - 1];
  if (first === undefined || last === undefined) return null;
  const start = first.start;
  // A loop, not Math.max(...): a spread of a huge edit list overflows the call stack.
  let end = first.end;
  for (const edit of sortedEdits) if (edit.end > end) end = edit.end;
  const relative = sortedEdits.map((edit) => ({ start: edit.start - start, end: edit.end - start, text: edit.text }));
  return { start, end, text: applyEdits(text.slice(start, end), relative) };
}
