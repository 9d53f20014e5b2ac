/**
 * `<textarea>` and text `<input>`: their text has no DOM of its own, so ranges are measured on a
 * mirror element in our shadow root that copies the field's computed styles, box and scroll
 * position (the technique of Harper's `TextFieldRange` and the textarea-caret libraries). Edits go
 * through `execCommand('insertText')` on a selection, which keeps the browser's undo stack and fires
 * the real `beforeinput`/`input` events React and other frameworks listen to.
 */
import { changeBetween, type TextEdit } from '../../rules';
import { mergeEdits } from '../text-edits';
import { ParagraphTops, paragraphAt } from './paragraph-tops';
import { TEXT_LAYOUT_PROPERTIES } from './text-layout';
import type { AdapterCallbacks, AdapterEnvironment, AdapterFactory, FieldAdapter, TextSelection } from './types';
import { insideWindow, LARGE_TEXT, visibleOffsets } from './visible-text';

export type TextControl = HTMLTextAreaElement | HTMLInputElement;

/** Dispatched on a field by the MAIN-world hook (page-hook.iife.ts) when page script sets its value. */
export const VALUE_SET_EVENT = 'sms-check:value-set';

/** The mirror of a field, and the style values last written to it. */
interface MirrorParts {
  mirror: HTMLDivElement;
  text: Text;
  written: Map<string, string>;
}

/** What the mirror copies from the field: how its text is laid out, and its padding and borders. */
const COPIED_PROPERTIES = [
  ...TEXT_LAYOUT_PROPERTIES,
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
] as const;

/**
 * Above this length a textarea's mirror holds only a window of its text: laying out 100,000
 * characters a second time (the textarea already did) took ~270 ms in one task (bench:browser);
 * this many take about a twentieth of that.
 */
const MIRROR_WINDOW = 6_000;
/**
 * While the user types, the field's styles copied to the mirror are trusted this long without a
 * sign that its layout changed (a resize, a scroll, focus or blur, another size): reading the ~30
 * computed values took about 0.2 ms of every keystroke's frame (bench:browser). A check this long
 * after the last trusted frame makes sure a style changed meanwhile is copied once typing stops.
 */
export const STYLE_TRUST_MS = 1_000;
/**
 * The check runs when the page is idle, outside any keystroke's frame; a copy this old (the page
 * was never idle meanwhile) is read again in the frame.
 */
const STYLE_STALE_MS = 5 * STYLE_TRUST_MS;
/** Runs `task` when the page is idle (at once where idle callbacks are missing). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: STYLE_TRUST_MS });
  else task();
}

/** Fix-all edits spanning less than this are applied as one replacement: one undo step. */
const MERGE_SPAN_LIMIT = 10_000;

/**
 * Makes `node`'s text `text` by replacing only the part between the common start and end: the
 * browser then lays out again only what changed around it (a keystroke in a long message), where
 * setting the whole text made it shape every character again.
 */
function replaceChangedPart(node: Text, text: string): void {
  const old = node.data;
  if (old === text) return;
  const { start, previousEnd, nextEnd } = changeBetween(old, text);
  node.replaceData(start, previousEnd - start, text.slice(start, nextEnd));
}

function px(value: string): number {
  const parsed = Number.parseFloat(value);
  return Number.isFinite(parsed) ? parsed : 0;
}

/** The field's styles as last copied to the mirror, with the size they were read at. */
interface CopiedStyle {
  values: [string, string][];
  paddingX: number;
  paddingY: number;
  /** The field's border box and client sizes then: another size reads the styles again. */
  size: string;
  readAt: number;
}

interface MirrorWindow {
  start: number;
  end: number;
  /** The window ends where the text ends: the mirror's bottom is aligned with the field's. */
  atEnd: boolean;
  /** Top of the window's first line in the field's content (a window starting at a paragraph). */
  top: number;
}

export class TextControlAdapter implements FieldAdapter {
  readonly paintMode = 'overlay' as const;
  readonly kind: string;
  readonly keepsOwnSelection = true;
  /** Made on first measurement: a page of 200 empty fields should not get 200 mirrors up front. */
  private mirrorParts: MirrorParts | null = null;
  /**
   * The part of the text the mirror holds: all of it, or (a huge text) a window around what is on
   * screen, so that its lines are laid out where the textarea lays them out. A window at the end is
   * aligned by the bottoms; one in the middle starts at a paragraph, whose top ParagraphTops knows.
   */
  private mirrorWindow: MirrorWindow = { start: 0, end: 0, atEnd: false, top: 0 };
  /** Made for the first huge text. */
  private paragraphTops: ParagraphTops | null = null;
  private onLayoutChanged: () => void = () => undefined;
  private copiedStyle: CopiedStyle | null = null;
  /** The copied styles and the place last written to the mirror. */
  private mirrorPlaced: { style: CopiedStyle; place: string } | null = null;
  private measureRange: Range | null = null;
  /** Set by the events after which the field's styles may differ (focus, resize, scroll). */
  private styleMayHaveChanged = true;
  private styleCheck: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly element: TextControl,
    private readonly environment: AdapterEnvironment,
  ) {
    this.kind = element instanceof HTMLTextAreaElement ? 'textarea' : 'input';
  }

  private get parts(): MirrorParts {
    if (this.mirrorParts === null) {
      const doc = this.environment.measureLayer.ownerDocument;
      const mirror = doc.createElement('div');
      mirror.setAttribute('aria-hidden', 'true');
      mirror.className = 'mirror';
      const text = doc.createTextNode('');
      mirror.append(text);
      this.environment.measureLayer.append(mirror);
      this.mirrorParts = { mirror, text, written: new Map() };
    }
    return this.mirrorParts;
  }

  /**
   * Sets the mirror's style properties whose values changed since the last frame. Each frame
   * copies the same values as a rule, and writing them all again made the browser parse and
   * compare every one of them on each keystroke.
   */
  private writeMirrorStyle(values: readonly (readonly [string, string])[]): void {
    const { mirror, written } = this.parts;
    for (const [property, value] of values) {
      if (written.get(property) === value) continue;
      mirror.style.setProperty(property, value);
      written.set(property, value);
    }
  }

  private get mirror(): HTMLDivElement {
    return this.parts.mirror;
  }

  private get mirrorText(): Text {
    return this.parts.text;
  }

  readText(): string {
    return this.element.value;
  }

  /**
   * Brings the mirror in step with the field: styles, box, text and scroll position. Everything
   * about the field is read before the mirror is written, so the page is laid out once for the
   * reads (as the frame would lay it out anyway) and once more for the mirror's new text.
   */
  private syncMirror(): void {
    const field = this.element;
    const box = field.getBoundingClientRect();
    const style = this.fieldStyle(box);
    const { values: copied, paddingX, paddingY } = style;
    const contentHeight = Math.max(0, field.clientHeight - paddingY);
    const left = `${box.left}px`;
    const top = `${box.top}px`;
    const width = `${Math.max(0, field.clientWidth - paddingX)}px`;
    const height = `${contentHeight}px`;
    const placed = `${left} ${top} ${width} ${height}`;
    // The same copied styles at the same place (a keystroke that moved nothing): nothing to compare.
    if (this.mirrorPlaced?.style !== style || this.mirrorPlaced.place !== placed) {
      const values = [...copied];
      values.push(['left', left], ['top', top], ['width', width], ['height', height]);
      if (this.kind === 'input') {
        // An input shows one line, vertically centred in its content box.
        values.push(['white-space', 'pre'], ['overflow-wrap', 'normal'], ['line-height', height]);
      }
      this.writeMirrorStyle(values);
      this.mirrorPlaced = { style, place: placed };
    }
    const value = field.value;
    const window =
      this.kind === 'textarea'
        ? this.windowFor(value, Math.max(0, field.clientWidth - paddingX))
        : { start: 0, end: value.length, atEnd: false, top: 0 };
    this.mirrorWindow = window;
    // A trailing newline only gets a line box when something follows it.
    const text =
      window.start === 0 && window.end === value.length ? `${value} ` : `${value.slice(window.start, window.end)} `;
    replaceChangedPart(this.mirrorText, text);
    // A window at the end ends where the text ends: align the bottoms. Greedy line breaking starts
    // the window's lines where the textarea starts them after its first few (off-screen) lines.
    const scrollTop = window.atEnd
      ? field.scrollTop - (field.scrollHeight - this.mirror.scrollHeight)
      : field.scrollTop - window.top;
    this.mirror.scrollTop = scrollTop;
    if (window.top > 0 && Math.abs(this.mirror.scrollTop - scrollTop) > 1) {
      // The window's text ends above the visible lines (one paragraph longer than the window):
      // drawing it would put underlines in the wrong place, so draw none.
      this.mirrorWindow = { start: value.length + 1, end: value.length + 1, atEnd: false, top: 0 };
    }
    this.mirror.scrollLeft = field.scrollLeft;
  }

  /**
   * The field's computed styles the mirror copies: read again after an event that may have changed
   * them, at another size, or once the check between frames found them changed (or could not run);
   * else the last copy, with a check due STYLE_TRUST_MS later.
   */
  private fieldStyle(box: DOMRect): CopiedStyle {
    const field = this.element;
    const size = `${box.width},${box.height},${field.clientWidth},${field.clientHeight}`;
    const now = performance.now();
    const last = this.copiedStyle;
    if (last !== null && !this.styleMayHaveChanged && last.size === size && now - last.readAt < STYLE_STALE_MS) {
      this.checkStyleLater();
      return last;
    }
    const style = getComputedStyle(field);
    const copied: CopiedStyle = {
      values: COPIED_PROPERTIES.map((property) => [property, style.getPropertyValue(property)]),
      paddingX: px(style.paddingLeft) + px(style.paddingRight),
      paddingY: px(style.paddingTop) + px(style.paddingBottom),
      size,
      readAt: now,
    };
    this.copiedStyle = copied;
    this.styleMayHaveChanged = false;
    return copied;
  }

  /**
   * Compares the copy with the field's styles STYLE_TRUST_MS later, once the page is idle: reading
   * the ~30 values in a keystroke's frame (as this did once a second) cost that frame about a
   * millisecond. The same values are trusted anew; a change asks for a frame that copies them.
   */
  private checkStyleLater(): void {
    if (this.styleCheck !== undefined) return;
    this.styleCheck = setTimeout(() => {
      whenIdle(() => {
        this.styleCheck = undefined;
        const last = this.copiedStyle;
        if (this.mirrorParts === null || last === null || this.styleMayHaveChanged) return;
        const style = getComputedStyle(this.element);
        if (last.values.every(([property, value]) => style.getPropertyValue(property) === value)) {
          last.readAt = performance.now();
          return;
        }
        this.styleMayHaveChanged = true;
        this.onLayoutChanged();
      });
    }, STYLE_TRUST_MS);
  }

  /**
   * On input: the mirror takes the new text at once when it holds all of it, so the browser lays
   * out the field and the mirror in one pass when the frame first reads layout, rather than the
   * field first and the mirror again once the frame wrote its text.
   */
  private followTyping(): void {
    const parts = this.mirrorParts;
    if (parts === null) return;
    const value = this.element.value;
    // A huge text's window depends on the scroll position: the frame works it out.
    if (value.length > MIRROR_WINDOW) return;
    replaceChangedPart(parts.text, `${value} `);
    this.mirrorWindow = { start: 0, end: value.length, atEnd: false, top: 0 };
  }

  /** Which part of a textarea's text the mirror lays out: see `mirrorWindow`. */
  private windowFor(value: string, contentWidth: number): MirrorWindow {
    const length = value.length;
    if (length <= MIRROR_WINDOW) return { start: 0, end: length, atEnd: false, top: 0 };
    const field = this.element;
    // Where the visible lines are, estimated from the scroll position (lines hold about as many
    // characters each): generous margins make up for the estimate.
    const scrollHeight = Math.max(1, field.scrollHeight);
    const firstVisible = (field.scrollTop / scrollHeight) * length;
    const visibleChars = (field.clientHeight / scrollHeight) * length;
    const margin = visibleChars * 2 + 1000;
    if (firstVisible + visibleChars + margin <= MIRROR_WINDOW)
      return { start: 0, end: MIRROR_WINDOW, atEnd: false, top: 0 };
    if (firstVisible - margin >= length - MIRROR_WINDOW) {
      let start = length - MIRROR_WINDOW;
      // Start after a line break or space when one is near, like a line of the textarea would.
      const newline = value.indexOf('\n', start);
      if (newline !== -1 && newline < start + 2000) start = newline + 1;
      return { start, end: length, atEnd: true, top: 0 };
    }
    // The middle: start at the paragraph that holds the line a screen above the visible ones.
    this.paragraphTops ??= new ParagraphTops(this.environment.measureLayer, () => this.onLayoutChanged());
    const layout = this.paragraphTops.layout(field as HTMLTextAreaElement, value, contentWidth);
    // Nothing measurable yet (the paragraphs are being measured): an empty window past the end.
    if (layout === null) return { start: length + 1, end: length + 1, atEnd: false, top: 0 };
    const index = paragraphAt(layout, Math.max(0, field.scrollTop - field.clientHeight));
    const start = layout.starts[index] as number;
    return { start, end: Math.min(length, start + MIRROR_WINDOW), atEnd: false, top: layout.tops[index] as number };
  }

  prepareLayout(): void {
    this.syncMirror();
  }

  rectsFor(start: number, end: number): DOMRect[] {
    const window = this.mirrorWindow;
    if (end < window.start || start > window.end || (window.end === window.start && window.start > 0)) return [];
    const length = this.mirrorText.length;
    // One range for every measure: a keystroke's frame measures each finding on screen.
    this.measureRange ??= this.mirror.ownerDocument.createRange();
    const range = this.measureRange;
    range.setStart(this.mirrorText, Math.min(Math.max(0, start - window.start), length));
    range.setEnd(this.mirrorText, Math.min(Math.max(0, end - window.start), length));
    return [...range.getClientRects()].filter((rect) => rect.width > 0 || rect.height > 0);
  }

  domRange(): Range | null {
    return null;
  }

  clipRect(): DOMRect {
    const box = this.element.getBoundingClientRect();
    return new DOMRect(
      box.left + this.element.clientLeft,
      box.top + this.element.clientTop,
      this.element.clientWidth,
      this.element.clientHeight,
    );
  }

  visibleTextRange(): TextSelection {
    const length = this.element.value.length;
    if (length <= LARGE_TEXT) return { start: 0, end: length };
    // The part of the field inside the window (a textarea grown taller than the window shows less).
    const clip = insideWindow(this.clipRect(), this.element.ownerDocument.defaultView);
    // Only the mirrored window can be measured (all of the text unless it is huge).
    const window = this.mirrorWindow;
    if (window.start > length) return { start: length + 1, end: length + 1 };
    // Lines grow downwards (and, in an input, rightwards) with the offset.
    const boxOf = (offset: number) => this.rectsFor(offset, Math.min(length, offset + 1))[0];
    const horizontal = this.kind === 'input';
    return visibleOffsets(
      window.start,
      window.end,
      (offset) => {
        const box = boxOf(offset);
        return box !== undefined && (horizontal ? box.right < clip.left : box.bottom < clip.top);
      },
      (offset) => {
        const box = boxOf(offset);
        return box === undefined || (horizontal ? box.left > clip.right : box.top > clip.bottom);
      },
    );
  }

  readSelection(): TextSelection | null {
    const { selectionStart, selectionEnd } = this.element;
    if (selectionStart === null || selectionEnd === null) return null;
    return { start: selectionStart, end: selectionEnd };
  }

  writeSelection(selection: TextSelection): void {
    try {
      this.element.setSelectionRange(selection.start, selection.end);
    } catch {
      // Inputs of some types (email, number) refuse selection APIs; nothing to restore then.
    }
  }

  async applyEdits(sortedEdits: readonly TextEdit[]): Promise<boolean> {
    const field = this.element;
    const text = field.value;
    const merged = mergeEdits(text, sortedEdits);
    const steps =
      merged !== null && merged.end - merged.start <= MERGE_SPAN_LIMIT ? [merged] : [...sortedEdits].reverse();
    const { scrollTop, scrollLeft } = field;
    field.focus({ preventScroll: true });
    for (const edit of steps) {
      if (edit.start === edit.end && edit.text === '') continue;
      field.setSelectionRange(edit.start, edit.end);
      let done = false;
      try {
        done =
          edit.text === ''
            ? field.ownerDocument.execCommand('delete', false)
            : field.ownerDocument.execCommand('insertText', false, edit.text);
      } catch {
        done = false;
      }
      if (!done) {
        // No editing command (old Firefox, some embedded browsers): edit the value directly and
        // tell frameworks about it. Undo will not cover this path.
        field.setRangeText(edit.text, edit.start, edit.end, 'end');
        field.dispatchEvent(
          new InputEvent('input', {
            bubbles: true,
            composed: true,
            inputType: 'insertReplacementText',
            data: edit.text,
          }),
        );
      }
    }
    field.scrollTop = scrollTop;
    field.scrollLeft = scrollLeft;
    return field.value !== text;
  }

  connect(signal: AbortSignal, callbacks: AdapterCallbacks): void {
    const field = this.element;
    const options = { signal, passive: true };
    this.onLayoutChanged = () => {
      this.styleMayHaveChanged = true;
      callbacks.layoutChanged();
    };
    field.addEventListener(
      'input',
      () => {
        this.followTyping();
        callbacks.textChanged();
      },
      options,
    );
    field.addEventListener('change', () => callbacks.textChanged(), options);
    field.addEventListener(VALUE_SET_EVENT, () => callbacks.textChanged(), options);
    field.addEventListener('scroll', () => this.onLayoutChanged(), options);
    // A focused field may be styled otherwise (:focus); the controller draws it again meanwhile.
    const restyled = () => {
      this.styleMayHaveChanged = true;
    };
    field.addEventListener('focus', restyled, options);
    field.addEventListener('blur', restyled, options);
    field.form?.addEventListener('reset', () => queueMicrotask(() => callbacks.textChanged()), options);
    const resizeObserver = new ResizeObserver(() => this.onLayoutChanged());
    resizeObserver.observe(field);
    signal.addEventListener('abort', () => resizeObserver.disconnect(), { once: true });
  }

  dispose(): void {
    if (this.styleCheck !== undefined) clearTimeout(this.styleCheck);
    this.styleCheck = undefined;
    this.paragraphTops?.dispose();
    this.paragraphTops = null;
    this.mirrorParts?.mirror.remove();
    this.mirrorParts = null;
    this.mirrorPlaced = null;
    this.measureRange = null;
  }
}

/** Input types whose value is free text a person could write a message in. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

export const textareaFactory: AdapterFactory = {
  kind: 'textarea',
  matches: (element) => element instanceof HTMLTextAreaElement,
  create: (element, environment) => new TextControlAdapter(element as HTMLTextAreaElement, environment),
};

export const inputFactory: AdapterFactory = {
  kind: 'input',
  matches: (element) =>
    element instanceof HTMLInputElement && TEXT_INPUT_TYPES.has((element.getAttribute('type') ?? '').toLowerCase()),
  create: (element, environment) => new TextControlAdapter(element as HTMLInputElement, environment),
};
