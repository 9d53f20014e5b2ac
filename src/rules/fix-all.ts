import { lint } from './engine';
import { acceptedEdits, applyEdits, safeFixesOf } from './fixes';
import type { FirmSettings } from './settings';
import type { LintContext, TextEdit } from './types';

/*
 * "Fix all safe issues" to its end. One pass of safe fixes can leave work for a second: two fixes
 * that touch the same word cannot both apply at once (the other comes back on the next lint), and
 * a fix can expose another finding. So the text is linted and fixed again until nothing safe is
 * left (a few passes at most), and the passes' edits are composed into one list on the original
 * text, which every surface applies as before.
 */

const MAX_PASSES = 6;

/** Where a position of the text after `edits` lies in the text before them (edits sorted, disjoint). */
function mapBack(edits: readonly TextEdit[], position: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const edit of edits) {
    const midStart = edit.start + shift;
    const midEnd = midStart + edit.text.length;
    if (position < midStart) break;
    // Inside or at the edge of what the edit wrote: take its whole original range.
    if (position <= midEnd) return side === 'start' ? edit.start : edit.end;
    shift += edit.text.length - (edit.end - edit.start);
  }
  return position - shift;
}

const delta = (edit: TextEdit) => edit.text.length - (edit.end - edit.start);

/**
 * One list of edits on `original` that gives the same text as applying `earlier` to it and then
 * `later` to the result. Edits that touch or overlap become one edit.
 */
export function composeEdits(original: string, earlier: readonly TextEdit[], later: readonly TextEdit[]): TextEdit[] {
  if (later.length === 0) return [...earlier];
  const final = applyEdits(applyEdits(original, earlier), later);
  type Region = { start: number; end: number; delta: number };
  const pieces: Region[] = [
    ...earlier.map((edit) => ({ start: edit.start, end: edit.end, delta: delta(edit) })),
    ...later.map((edit) => ({
      start: mapBack(earlier, edit.start, 'start'),
      end: mapBack(earlier, edit.end, 'end'),
      delta: delta(edit),
    })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  const regions: Region[] = [];
  for (const piece of pieces) {
    const last = regions[regions.length - 1];
    if (last && piece.start <= last.end) {
      last.end = Math.max(last.end, piece.end);
      last.delta += piece.delta;
    } else regions.push({ ...piece });
  }
  // Between regions the text is unchanged, so each region's final text starts where the deltas
  // of the regions before it put it.
  const composed: TextEdit[] = [];
  let shift = 0;
  for (const region of regions) {
    const finalStart = region.start + shift;
    const finalLength = region.end - region.start + region.delta;
    composed.push({ start: region.start, end: region.end, text: final.slice(finalStart, finalStart + finalLength) });
    shift += region.delta;
  }
  return composed;
}

export interface FixAllResult {
  /** The text with every safe fix applied, to the fixed point. */
  text: string;
  /** The edits on the original text that give it, sorted and disjoint. */
  edits: TextEdit[];
  /** How many lint-and-fix passes it took (1 when one pass was enough). */
  passes: number;
}

/** Applies the safe fixes of `text` until no safe fix is left; the edits are on the original. */
export function fixAllSafe(
  text: string,
  settings: Partial<FirmSettings> = {},
  context: LintContext = {},
): FixAllResult {
  let current = text;
  let edits: TextEdit[] = [];
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const passEdits = acceptedEdits(safeFixesOf(lint(current, settings, context).findings), current.length);
    const next = applyEdits(current, passEdits);
    if (next === current) return { text: current, edits, passes: pass };
    edits = composeEdits(text, edits, passEdits);
    current = next;
  }
  return { text: current, edits, passes: MAX_PASSES };
}
