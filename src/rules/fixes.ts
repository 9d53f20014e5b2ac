import type { Fix, TextEdit } from './types';

export function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return false;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** Index of the first accepted edit whose end lies after `position` (accepted edits never overlap, so ends are sorted). */
function firstEndingAfter(accepted: readonly TextEdit[], position: number): number {
  let low = 0;
  let high = accepted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((accepted[middle]?.end ?? 0) <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether `edit` overlaps one of `accepted` (sorted, none overlapping). */
export function editCollides(accepted: readonly TextEdit[], edit: TextEdit): boolean {
  for (let index = Math.max(0, firstEndingAfter(accepted, edit.start) - 1); index < accepted.length; index++) {
    const taken = accepted[index];
    if (!taken || taken.start > edit.end) break;
    if (editsOverlap(edit, taken)) return true;
  }
  return false;
}

/** Inserts `edit` into `accepted` in position order; one that starts where others do goes after them. */
export function insertEditSorted(accepted: TextEdit[], edit: TextEdit): void {
  let low = 0;
  let high = accepted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const taken = accepted[middle];
    // After every edit that starts earlier, or at the same place and ends no later: same-offset insertions keep fix order.
    if (taken && (taken.start < edit.start || (taken.start === edit.start && taken.end <= edit.end))) low = middle + 1;
    else high = middle;
  }
  accepted.splice(low, 0, edit);
}

/**
 * Whether two of one fix's edits overlap. Each is checked against those before it, kept sorted: a
 * fix that stands for thousands of findings (see FINDINGS_SHOWN_PER_KIND) holds thousands of edits.
 */
function hasOverlappingEdits(edits: readonly TextEdit[]): boolean {
  if (edits.length < 2) return false;
  const earlier: TextEdit[] = [];
  for (const edit of edits) {
    if (editCollides(earlier, edit)) return true;
    insertEditSorted(earlier, edit);
  }
  return false;
}

/**
 * The edits of several fixes as one list sorted by position, as applyFixes takes them: a fix whose
 * edits collide with an edit already taken, or with each other, is skipped whole (its finding will
 * come back on the next lint). Insertions at the same offset keep the order of their fixes.
 * O(n log n) in the number of edits: "fix all" on a long paste can carry thousands.
 */
export function acceptedEdits(fixes: readonly Fix[], textLength: number): TextEdit[] {
  const accepted: TextEdit[] = [];
  for (const fix of fixes) {
    const valid = fix.edits.every((edit) => edit.start >= 0 && edit.end >= edit.start && edit.end <= textLength);
    if (!valid) continue;
    if (fix.edits.some((edit) => editCollides(accepted, edit))) continue;
    if (hasOverlappingEdits(fix.edits)) continue;
    for (const edit of fix.edits) insertEditSorted(accepted, edit);
  }
  return joinSameOffsetInsertions(accepted);
}

/**
 * Sentences appended at the same place by different fixes (opt-out wording, disclosures, the
 * terms link) each close the open sentence before them (". Reply STOP..."): joined, the later
 * ones must not close it again ("out.. Msg"), nor leave a space before their full stop.
 */
function joinSameOffsetInsertions(edits: TextEdit[]): TextEdit[] {
  const joined: TextEdit[] = [];
  for (const edit of edits) {
    const previous = joined[joined.length - 1];
    const bothInsertions = previous && previous.start === previous.end && edit.start === edit.end;
    if (!previous || !bothInsertions || previous.start !== edit.start) {
      joined.push(edit);
      continue;
    }
    let text = edit.text;
    if (/[.!?]\s*$/.test(previous.text) && /^[.!?]\s/.test(text)) text = text.slice(1);
    if (/\s$/.test(previous.text) && /^\s/.test(text)) text = text.trimStart();
    joined[joined.length - 1] = { start: previous.start, end: previous.end, text: previous.text + text };
  }
  return joined;
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
 * Applies fixes to the text they were computed on (see acceptedEdits for which are taken), so the
 * result is always well-formed.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  return applyEdits(text, acceptedEdits(fixes, text.length));
}

/** The safe fixes of a list of findings, in order: what "Fix all safe issues" applies. */
export function safeFixesOf(findings: readonly { fixes: readonly Fix[] }[]): Fix[] {
  const safe: Fix[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((candidate) => candidate.safe);
    if (fix) safe.push(fix);
  }
  return safe;
}
