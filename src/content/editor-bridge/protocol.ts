/**
 * The editor bridge's protocol: how the content script (isolated world) asks the page-world half
 * (main-world.ts, run by the page hook) to apply a fix through the page's own editor API, for
 * editors whose model ignores the browser's editing path (CKEditor 5, Slate) or whose undo history
 * breaks on it (TinyMCE, Trix).
 *
 * The content script dispatches `EDIT_REQUEST_EVENT` on the field itself, with a JSON string as
 * `detail` (strings cross the world boundary in every engine); the bridge answers synchronously,
 * inside that dispatch, with `EDIT_RESULT_EVENT` on the same element. What crosses: the offsets of
 * our own fix, the text it replaces and the text it puts there, the field's length (to catch a
 * model that does not line up with the text we read), and back only an outcome word. Never any
 * other text of the page, never settings or findings.
 *
 * The page sees both events and can forge either. A forged request makes the bridge do what the
 * page could do with its own editor anyway; a forged result is never believed: the content script
 * reads the field back itself (strategy.ts) and restores the user's text when it is not what the
 * fix should have produced.
 */

export const EDIT_REQUEST_EVENT = 'sms-check:edit-request';
export const EDIT_RESULT_EVENT = 'sms-check:edit-result';

/** Replace [start, end) (UTF-16 offsets in the field's text), which holds `old`, with `text`. */
export interface BridgeEdit {
  start: number;
  end: number;
  old: string;
  text: string;
}

export interface BridgeRequest {
  /** Random per request: the answer names it. */
  id: string;
  /** The length of the field's text the edits were computed on. */
  length: number;
  /** Sorted, non-overlapping. */
  edits: BridgeEdit[];
  /** Where the editor's selection goes afterwards, in offsets of the text with the edits applied. */
  caret?: { start: number; end: number };
}

export type BridgeOutcome =
  /** The editor's model took every edit, as one undo step. */
  | 'applied'
  /** No editor instance the bridge knows on this element. */
  | 'no-editor'
  /** The model's text does not line up with the offsets (an old text, a structure we do not map). */
  | 'mismatch'
  /** An edit crosses a block boundary or other structure the bridge does not edit. */
  | 'unsupported'
  | 'read-only'
  /** The editor threw. */
  | 'failed';

export const BRIDGE_OUTCOMES: readonly BridgeOutcome[] = [
  'applied',
  'no-editor',
  'mismatch',
  'unsupported',
  'read-only',
  'failed',
];

export interface BridgeResult {
  id: string;
  outcome: BridgeOutcome;
  /** Which editor the bridge found ('ckeditor5', 'slate', 'tinymce', 'trix'). */
  family?: string;
}

/** Requests larger than this are refused by both halves (a whole-message rewrite is far smaller). */
export const MAX_BRIDGE_TEXT = 1_000_000;
export const MAX_BRIDGE_EDITS = 500;

function isOffset(value: unknown, limit: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= limit;
}

/**
 * The request in `detail`, or null when it is not a well-formed one (anything a page could send:
 * objects, wrong types, overlapping or unsorted edits, huge strings).
 */
export function parseBridgeRequest(detail: unknown): BridgeRequest | null {
  if (typeof detail !== 'string' || detail.length > 4 * MAX_BRIDGE_TEXT) return null;
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { id, length, edits } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !/^[0-9a-f]{8,64}$/.test(id)) return null;
  if (!isOffset(length, MAX_BRIDGE_TEXT)) return null;
  if (!Array.isArray(edits) || edits.length === 0 || edits.length > MAX_BRIDGE_EDITS) return null;
  const parsed: BridgeEdit[] = [];
  let previousEnd = 0;
  for (const edit of edits as unknown[]) {
    if (typeof edit !== 'object' || edit === null) return null;
    const { start, end, old, text } = edit as Record<string, unknown>;
    if (!isOffset(start, length) || !isOffset(end, length) || start > end || start < previousEnd) return null;
    if (typeof old !== 'string' || old.length !== end - start) return null;
    if (typeof text !== 'string' || text.length > MAX_BRIDGE_TEXT) return null;
    parsed.push({ start, end, old, text });
    previousEnd = end;
  }
  const request: BridgeRequest = { id, length, edits: parsed };
  const { caret } = value as Record<string, unknown>;
  if (caret !== undefined) {
    const newLength = parsed.reduce((total, edit) => total + edit.text.length - (edit.end - edit.start), length);
    if (typeof caret !== 'object' || caret === null) return null;
    const { start, end } = caret as Record<string, unknown>;
    if (!isOffset(start, newLength) || !isOffset(end, newLength) || start > end) return null;
    request.caret = { start, end };
  }
  return request;
}

/** The answer in `detail` when it is well-formed and names `id`, else null. */
export function parseBridgeResult(detail: unknown, id: string): BridgeResult | null {
  if (typeof detail !== 'string' || detail.length > 200) return null;
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (record.id !== id) return null;
  const outcome = BRIDGE_OUTCOMES.find((known) => known === record.outcome);
  if (outcome === undefined) return null;
  const result: BridgeResult = { id, outcome };
  if (typeof record.family === 'string' && /^[a-z0-9-]{1,20}$/.test(record.family)) result.family = record.family;
  return result;
}
