/**
 * A field adapter over a plain string, for unit tests of the content layer's parts: text,
 * selection and edits without a real editor, with knobs for what an editor may do to an edit.
 */
import { applyEdits, type TextEdit } from '../../rules';
import type { AdapterCallbacks, FieldAdapter, PaintMode, TextSelection } from '../adapters/types';

/** What the fake editor does with an edit it is given. */
export type FakeEditorBehaviour = 'accept' | 'refuse' | 'mangle' | 'revert-in-a-frame';

export class FakeAdapter implements FieldAdapter {
  readonly kind = 'fake';
  readonly element: HTMLElement;
  readonly paintMode: PaintMode = 'overlay';
  text: string;
  selection: TextSelection | null = null;
  behaviour: FakeEditorBehaviour = 'accept';
  /** Every batch of edits the adapter was asked to apply. */
  readonly applied: TextEdit[][] = [];
  callbacks: AdapterCallbacks | null = null;
  /** The box of the field in the viewport. */
  clip = new DOMRect(10, 10, 300, 60);
  /** Each character is this wide and every line is one row (enough for hit-testing). */
  charWidth = 8;
  disposed = false;

  constructor(text = '', element?: HTMLElement) {
    this.text = text;
    this.element = element ?? document.createElement('textarea');
    if (!this.element.isConnected) document.body.append(this.element);
  }

  readText(): string {
    return this.text;
  }

  /** The user types: the text changes and the field says so. */
  type(text: string): void {
    this.text = text;
    this.selection = { start: text.length, end: text.length };
    this.callbacks?.textChanged();
  }

  rectsFor(start: number, end: number): DOMRect[] {
    if (end <= start) return [];
    return [
      new DOMRect(this.clip.left + start * this.charWidth, this.clip.top + 4, (end - start) * this.charWidth, 16),
    ];
  }

  domRange(): Range | null {
    return null;
  }

  clipRect(): DOMRect {
    return this.clip;
  }

  visibleTextRange(): TextSelection {
    return { start: 0, end: this.text.length };
  }

  readSelection(): TextSelection | null {
    return this.selection;
  }

  writeSelection(selection: TextSelection): void {
    this.selection = { ...selection };
  }

  async applyEdits(sortedEdits: readonly TextEdit[]): Promise<boolean> {
    this.applied.push([...sortedEdits]);
    await Promise.resolve();
    if (this.behaviour === 'refuse') return false;
    const before = this.text;
    this.text = applyEdits(before, sortedEdits);
    if (this.behaviour === 'mangle') this.text += '\n';
    // A framework that renders the field from its own state: the old text is back by the next frame.
    if (this.behaviour === 'revert-in-a-frame') requestAnimationFrame(() => (this.text = before));
    this.callbacks?.textChanged();
    return this.text !== before;
  }

  connect(_signal: AbortSignal, callbacks: AdapterCallbacks): void {
    this.callbacks = callbacks;
  }

  dispose(): void {
    this.disposed = true;
  }
}
