/**
 * The seam between a field controller and the kind of editor it watches. The controller only
 * knows text offsets (UTF-16, the same offsets the rules report); an adapter maps them to the
 * editor's DOM and applies edits through the editor's own editing path.
 *
 * Built in: `textarea`, `input` (text-control.ts) and plain `contenteditable` (contenteditable.ts).
 * Rich editors (Quill, Tiptap/ProseMirror, Lexical, Draft, Slate...) are contenteditable fields;
 * one whose model ignores the browser's editing path gets an edit strategy of its own
 * (field/edit-strategy.ts) that goes through the editor's API.
 */
import type { TextEdit } from '../../rules';

export interface TextSelection {
  start: number;
  end: number;
}

/** How underlines are painted for this field. */
export type PaintMode =
  /** Boxes drawn in our overlay from rects the adapter measures (mirror element for textareas). */
  | 'overlay'
  /** CSS Custom Highlight API over DOM Ranges of the editor, plus invisible overlay boxes for hit-testing. */
  | 'highlight';

export interface AdapterCallbacks {
  /** The text may have changed (typing, paste, a page script setting the value, undo...). */
  textChanged(): void;
  /** The field moved, scrolled or changed size: underlines must be re-measured. */
  layoutChanged(): void;
}

export interface FieldAdapter {
  /** e.g. 'textarea', 'input', 'contenteditable', 'quill'. */
  readonly kind: string;
  readonly element: HTMLElement;
  readonly paintMode: PaintMode;
  /**
   * The element keeps its selection when the focus leaves it (a textarea or input), so
   * `readSelection` gives the user's last one at any time; other editors lose theirs with the focus.
   */
  readonly keepsOwnSelection?: boolean;
  /** The field's text as it would be sent; offsets in findings index into this string. */
  readText(): string;
  /** Called once per rendered frame before any measuring (a mirror copies styles and scroll here). */
  prepareLayout?(): void;
  /** Viewport rects of the text in [start, end) of the current text (may be empty when not laid out). */
  rectsFor(start: number, end: number): DOMRect[];
  /** A DOM Range over [start, end) in the editor itself ('highlight' paint mode and selection), or null. */
  domRange(start: number, end: number): Range | null;
  /** The viewport box that underlines are clipped to (the field's visible text area). */
  clipRect(): DOMRect;
  /** The offsets of the text currently visible in the field, so huge texts only measure what shows. */
  visibleTextRange(): TextSelection;
  /** The user's selection in text offsets, or null when the selection is not in this field. */
  readSelection(): TextSelection | null;
  /** Moves the caret / selection (does not focus). */
  writeSelection(selection: TextSelection): void;
  /**
   * Applies sorted, non-overlapping edits (computed on the current text) through the editor's own
   * editing path so that undo works and frameworks see real input events. Resolves once the
   * editor's own model took the edits (some commit in a microtask), false when the editor refused.
   */
  applyEdits(sortedEdits: readonly TextEdit[]): Promise<boolean>;
  /** Wires the listeners this adapter needs; they are removed when `signal` aborts. */
  connect(signal: AbortSignal, callbacks: AdapterCallbacks): void;
  /** Releases anything not tied to the signal (mirror elements...). */
  dispose(): void;
}

/** What adapters may use from the page-level UI. */
export interface AdapterEnvironment {
  /** A container inside our shadow root for measuring elements (mirrors). */
  measureLayer: HTMLElement;
}

export interface AdapterFactory {
  kind: string;
  matches(element: HTMLElement): boolean;
  create(element: HTMLElement, environment: AdapterEnvironment): FieldAdapter;
}
