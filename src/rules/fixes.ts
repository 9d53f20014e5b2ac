import type { Fix, TextEdit } from './types';

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return false;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * Applies fixes to the text they were computed on. A fix whose edits collide with an edit already
 * taken is skipped whole (its finding will come back on the next lint), so the result is always
 * well-formed. Insertions at the same offset keep the order of their fixes.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  const accepted: { edit: TextEdit; order: number }[] = [];
  let order = 0;
  for (const fix of fixes) {
    const valid = fix.edits.every((edit) => edit.start >= 0 && edit.end >= edit.start && edit.end <= text.length);
    if (!valid) continue;
    if (fix.edits.some((edit) => accepted.some((taken) => overlaps(edit, taken.edit)))) continue;
    for (const edit of fix.edits) accepted.push({ edit, order: order++ });
  }
  accepted.sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order);
  let result = '';
  let cursor = 0;
  for (const { edit } of accepted) {
    result += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
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
