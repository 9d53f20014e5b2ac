/**
 * Plain contenteditable editors, and the base class rich-editor adapters extend. Underlines use
 * the CSS Custom Highlight API over Ranges of the editor's own text (nothing is inserted into the
 * editor's DOM); edits go through `execCommand('insertText')` on a selection, so the editor gets
 * the browser's own `beforeinput` and the browser records an undo step (see `replaceRange`).
 */
import type { TextEdit } from '../../rules';
import { mergeEdits } from '../text-edits';
import { buildTextModel, offsetAt, pointAt, type TextModel } from './text-model';
import type { AdapterCallbacks, AdapterFactory, FieldAdapter, TextSelection } from './types';
import { insideWindow, LARGE_TEXT, visibleOffsets } from './visible-text';

/** The selection of the tree the element lives in (shadow roots have their own in Chromium). */
export function selectionFor(element: Element): Selection | null {
  const root = element.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  if ('getSelection' in root && typeof root.getSelection === 'function') return root.getSelection();
  return element.ownerDocument.getSelection();
}

export class ContentEditableAdapter implements FieldAdapter {
  readonly paintMode = 'highlight' as const;
  readonly kind: string = 'contenteditable';
  private model: TextModel | null = null;

  constructor(readonly element: HTMLElement) {}

  /** Forget the cached text model (call when the editor's DOM changed). */
  protected invalidate(): void {
    this.model = null;
  }

  protected textModel(): TextModel {
    if (this.model === null) {
      const whiteSpace = getComputedStyle(this.element).whiteSpace;
      const collapses = whiteSpace === 'normal' || whiteSpace === 'nowrap';
      this.model = buildTextModel(this.element, collapses);
    }
    return this.model;
  }

  readText(): string {
    return this.textModel().text;
  }

  domRange(start: number, end: number): Range | null {
    const model = this.textModel();
    const range = this.element.ownerDocument.createRange();
    const from = pointAt(model, this.element, start, 'forward');
    const to = pointAt(model, this.element, end, start === end ? 'forward' : 'backward');
    try {
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
    } catch {
      return null;
    }
    return range;
  }

  rectsFor(start: number, end: number): DOMRect[] {
    // One range per text node: a range over whole elements would report their full boxes.
    const model = this.textModel();
    const doc = this.element.ownerDocument;
    const rects: DOMRect[] = [];
    for (const piece of model.pieces) {
      if (piece.start + piece.length <= start) continue;
      if (piece.start >= end) break;
      if (piece.node.nodeType !== Node.TEXT_NODE) continue;
      const range = doc.createRange();
      range.setStart(piece.node, Math.max(0, start - piece.start));
      range.setEnd(piece.node, Math.min(piece.length, end - piece.start));
      for (const rect of range.getClientRects()) if (rect.width > 0 || rect.height > 0) rects.push(rect);
    }
    return rects;
  }

  clipRect(): DOMRect {
    const box = this.element.getBoundingClientRect();
    return new DOMRect(
      box.left + this.element.clientLeft,
      box.top + this.element.clientTop,
      this.element.clientWidth || box.width,
      this.element.clientHeight || box.height,
    );
  }

  visibleTextRange(): TextSelection {
    const model = this.textModel();
    const length = model.text.length;
    if (length <= LARGE_TEXT) return { start: 0, end: length };
    const clip = insideWindow(this.clipRect(), this.element.ownerDocument.defaultView);
    // Searched by character, not by text node: one node may hold the whole pasted text. A character
    // without a box (a line break) counts as neither before nor after the visible lines.
    const boxOf = (offset: number) => this.rectsFor(offset, Math.min(length, offset + 1))[0];
    const { start, end } = visibleOffsets(
      0,
      length,
      (offset) => (boxOf(offset)?.bottom ?? Number.POSITIVE_INFINITY) < clip.top,
      (offset) => (boxOf(offset)?.top ?? Number.NEGATIVE_INFINITY) > clip.bottom,
    );
    // A line's worth of slack on each side: a box-less character may have stopped a search early.
    return { start: Math.max(0, start - 200), end: Math.min(length, end + 200) };
  }

  readSelection(): TextSelection | null {
    const selection = selectionFor(this.element);
    if (selection === null || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    if (!this.element.contains(range.startContainer) || !this.element.contains(range.endContainer)) return null;
    const model = this.textModel();
    const start = offsetAt(model, range.startContainer, range.startOffset);
    const end = offsetAt(model, range.endContainer, range.endOffset);
    return { start: Math.min(start, end), end: Math.max(start, end) };
  }

  writeSelection(selection: TextSelection): void {
    const range = this.domRange(selection.start, selection.end);
    const documentSelection = selectionFor(this.element);
    if (range === null || documentSelection === null) return;
    documentSelection.removeAllRanges();
    documentSelection.addRange(range);
  }

  /** Whether the editor's text differs from `before` now or once the editor's pending updates ran. */
  protected async changedFrom(before: string): Promise<boolean> {
    this.invalidate();
    if (this.readText() !== before) return true;
    // Editors that cancel the event and update their model themselves (Lexical, Slate) commit in a
    // microtask; two turns cover an update that schedules its own commit.
    await Promise.resolve();
    await Promise.resolve();
    this.invalidate();
    return this.readText() !== before;
  }

  /**
   * Replaces [start, end) with `text` through the editor, and says whether the text changed.
   * Rich-editor adapters may override this when their editor needs its own API.
   *
   * Order, from what e2e/editors/investigate.ts found in Quill 2, Tiptap, Lexical, React and plain
   * contenteditable: `execCommand('insertText')` (or `'delete'` for an empty replacement) on a
   * selection is the one path that updates the editor's model, DOM, caret and undo history in all of
   * them (the browser sends the trusted `beforeinput` the editor expects). A synthetic
   * `insertReplacementText` beforeinput comes next, for editors where no editing command runs; an
   * editor cancelling it only counts when the text really changed (Lexical cancels an empty
   * replacement and deletes nothing). Changing the DOM ourselves is the last resort.
   */
  protected async replaceRange(edit: TextEdit): Promise<boolean> {
    const before = this.readText();
    const doc = this.element.ownerDocument;
    const view = doc.defaultView ?? window;

    this.writeSelection({ start: edit.start, end: edit.end });
    let executed = false;
    try {
      executed = edit.text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, edit.text);
    } catch {
      executed = false;
    }
    if (executed && (await this.changedFrom(before))) return true;

    this.invalidate();
    this.writeSelection({ start: edit.start, end: edit.end });
    const range = this.domRange(edit.start, edit.end);
    const init: InputEventInit & { targetRanges?: StaticRange[] } = {
      inputType: 'insertReplacementText',
      data: edit.text,
      bubbles: true,
      cancelable: true,
      composed: true,
    };
    try {
      const transfer = new view.DataTransfer();
      transfer.setData('text/plain', edit.text);
      init.dataTransfer = transfer;
      if (range) init.targetRanges = [new view.StaticRange(range)];
    } catch {
      // DataTransfer/StaticRange constructors are missing in some engines; the event still carries `data`.
    }
    this.element.dispatchEvent(new view.InputEvent('beforeinput', init));
    if (await this.changedFrom(before)) return true;

    // Last resort without an editing command: change the DOM and report it as input.
    const target = this.domRange(edit.start, edit.end);
    if (target === null) return false;
    target.deleteContents();
    if (edit.text !== '') target.insertNode(doc.createTextNode(edit.text));
    this.element.dispatchEvent(
      new view.InputEvent('input', {
        bubbles: true,
        composed: true,
        inputType: 'insertReplacementText',
        data: edit.text,
      }),
    );
    return this.changedFrom(before);
  }

  async applyEdits(sortedEdits: readonly TextEdit[]): Promise<boolean> {
    this.element.focus({ preventScroll: true });
    const merged = mergeEdits(this.readText(), sortedEdits);
    if (merged !== null && sortedEdits.length > 1) {
      // One replacement (one undo step) when the whole span sits in a single text node, so no
      // formatting or structure can be lost.
      const range = this.domRange(merged.start, merged.end);
      if (range && range.startContainer === range.endContainer && range.startContainer.nodeType === Node.TEXT_NODE) {
        return this.replaceRange(merged);
      }
    }
    // Last to first, so earlier offsets stay valid.
    let changed = false;
    for (let index = sortedEdits.length - 1; index >= 0; index--) {
      const edit = sortedEdits[index];
      if (edit === undefined || (edit.start === edit.end && edit.text === '')) continue;
      if (await this.replaceRange(edit)) changed = true;
    }
    return changed;
  }

  connect(signal: AbortSignal, callbacks: AdapterCallbacks): void {
    const element = this.element;
    const changed = (): void => {
      this.invalidate();
      callbacks.textChanged();
    };
    element.addEventListener('input', changed, { signal, passive: true });
    element.addEventListener('scroll', () => callbacks.layoutChanged(), { signal, passive: true });
    // Editors and page scripts also change the DOM without input events.
    const mutations = new MutationObserver(changed);
    mutations.observe(element, { childList: true, characterData: true, subtree: true });
    const resizeObserver = new ResizeObserver(() => callbacks.layoutChanged());
    resizeObserver.observe(element);
    signal.addEventListener(
      'abort',
      () => {
        mutations.disconnect();
        resizeObserver.disconnect();
      },
      { once: true },
    );
  }

  dispose(): void {
    this.model = null;
  }
}

/** The editing host: contenteditable itself, not a descendant of another editable element. */
export function isEditingHost(element: HTMLElement): boolean {
  if (!element.isContentEditable) return false;
  const parent = element.parentElement;
  return parent === null || !parent.isContentEditable;
}

export const contentEditableFactory: AdapterFactory = {
  kind: 'contenteditable',
  matches: (element) => isEditingHost(element),
  create: (element) => new ContentEditableAdapter(element),
};
