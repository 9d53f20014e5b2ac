/**
 * Pure text bookkeeping for applying fixes to a live field: re-mapping fixes computed on text that
 * has changed since, flattening fixes into non-overlapping edits, and moving the caret the way the
 * user expects. No DOM here, so it is unit-tested in Node.
 */
import type { Fix, TextEdit } from '../rules/types';

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
  const shorter = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < shorter && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const maxSuffix = shorter - prefix;
  while (
    suffix < maxSuffix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { start: prefix, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

/**
 * Moves an edit computed on `basedOnText` onto `currentText`. An edit entirely before or entirely
 * after the changed region is kept (shifted when after); one that touches or borders the changed
 * region is dropped (null), because applying it could land at the wrong place.
 */
export function remapEdit(edit: TextEdit, change: TextChange | null): TextEdit | null {
  if (change === null) return edit;
  // Strictly before or after only: an edit touching the change (a word the user is still typing,
  // an insertion at the same point) could land in the wrong place.
  if (edit.end < change.start) return edit;
  if (edit.start > change.oldEnd) {
    const delta = change.newEnd - change.oldEnd;
    return { start: edit.start + delta, end: edit.end + delta, text: edit.text };
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
      const moved = remapEdit(edit, change);
      if (moved === null) break;
      if (currentText.slice(moved.start, moved.end) !== basedOnText.slice(edit.start, edit.end)) break;
      edits.push(moved);
    }
    if (edits.length === fix.edits.length) surviving.push({ ...fix, edits });
  }
  return surviving;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end || b.start === b.end) {
    // Insertions collide only when strictly inside the other edit's range.
    if (a.start === a.end && b.start === b.end) return false;
    const point = a.start === a.end ? a : b;
    const range = a.start === a.end ? b : a;
    return range.start < point.start && point.start < range.end;
  }
  return a.start < b.end && b.start < a.end;
}

/**
 * The edits of several fixes as one list sorted by position, skipping any fix that collides with
 * one already taken (the same policy as applyFixes in src/rules, so the field ends up with the same
 * text the rules library would produce).
 */
export function flattenFixes(fixes: readonly Fix[], textLength: number): TextEdit[] {
  const taken: { edit: TextEdit; order: number }[] = [];
  let order = 0;
  for (const fix of fixes) {
    const valid = fix.edits.every((edit) => edit.start >= 0 && edit.start <= edit.end && edit.end <= textLength);
    if (!valid) continue;
    if (fix.edits.some((edit) => taken.some((other) => overlaps(edit, other.edit)))) continue;
    for (const edit of fix.edits) taken.push({ edit, order: order++ });
  }
  taken.sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order);
  return taken.map((entry) => entry.edit);
}

/** The text after applying sorted, non-overlapping edits. */
export function applyEdits(text: string, sortedEdits: readonly TextEdit[]): string {
  let result = '';
  let cursor = 0;
  for (const edit of sortedEdits) {
    result += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
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
  const end = Math.max(...sortedEdits.map((edit) => edit.end));
  const relative = sortedEdits.map((edit) => ({ start: edit.start - start, end: edit.end - start, text: edit.text }));
  return { start, end, text: applyEdits(text.slice(start, end), relative) };
}
