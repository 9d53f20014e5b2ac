/**
 * Where each paragraph of a huge textarea starts vertically, so that the mirror can lay out a window
 * of text from the middle of it and still line up with the textarea.
 *
 * A textarea wraps each paragraph (text between line breaks) on its own: a paragraph's height
 * depends only on its own text, the content width and the text styles. Heights are measured in a
 * ruler that copies those styles, a paragraph per child element, and remembered by paragraph text,
 * so an edit re-measures only the paragraph it changed. A freshly pasted text is measured in slices
 * across tasks (laying out 100,000 characters at once is a long task); until then `tops()` says it
 * does not know yet and `onMeasured` is called when it does.
 */
import { TEXT_LAYOUT_PROPERTIES } from './text-layout';

/** Characters measured in one task (laying out ~10,000 characters takes ~25 ms on a slow machine). */
const SLICE_CHARS = 8_000;
/** Missing paragraphs up to this many characters are measured on the spot. */
const MEASURE_NOW_CHARS = 2_000;

export interface ParagraphLayout {
  /** Offset of each paragraph's first character, ascending; the first is 0. */
  starts: number[];
  /** Top of each paragraph in the textarea's content box, in CSS pixels. */
  tops: number[];
}

/** Offsets where paragraphs start: 0 and after every line break. */
export function paragraphStarts(value: string): number[] {
  const starts = [0];
  let newline = value.indexOf('\n');
  while (newline !== -1) {
    starts.push(newline + 1);
    newline = value.indexOf('\n', newline + 1);
  }
  return starts;
}

/** Index of the last paragraph whose top is at or above `y` (0 when none is). */
export function paragraphAt(layout: ParagraphLayout, y: number): number {
  let low = 0;
  let high = layout.tops.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((layout.tops[middle] as number) <= y) low = middle;
    else high = middle - 1;
  }
  return low;
}

export class ParagraphTops {
  private heights = new Map<string, number>();
  private styleKey = '';
  private ruler: HTMLDivElement | null = null;
  private cached: { value: string; styleKey: string; layout: ParagraphLayout } | null = null;
  private measuring: { value: string; cancel: () => void } | null = null;

  constructor(
    private readonly measureLayer: HTMLElement,
    private readonly onMeasured: () => void,
  ) {}

  /**
   * The paragraph layout of `value` as `field` lays it out, or null while its paragraphs are being
   * measured (a huge paste): `onMeasured` follows.
   */
  layout(field: HTMLTextAreaElement, value: string, contentWidth: number): ParagraphLayout | null {
    const style = getComputedStyle(field);
    const styleKey = `${contentWidth}|${TEXT_LAYOUT_PROPERTIES.map((property) => style.getPropertyValue(property)).join('|')}`;
    if (this.cached?.value === value && this.cached.styleKey === styleKey) return this.cached.layout;
    if (styleKey !== this.styleKey) {
      // A new width or font wraps every paragraph differently.
      this.heights.clear();
      this.styleKey = styleKey;
      this.cancelMeasuring();
      this.styleRuler(style, contentWidth);
    }
    const starts = paragraphStarts(value);
    const paragraphs = starts.map((start, index) => {
      const next = starts[index + 1];
      return value.slice(start, next === undefined ? value.length : next - 1);
    });
    const missing = [...new Set(paragraphs.filter((paragraph) => !this.heights.has(paragraph)))];
    const missingChars = missing.reduce((sum, paragraph) => sum + paragraph.length + 1, 0);
    if (missingChars > MEASURE_NOW_CHARS) {
      this.measureLater(value, missing);
      return null;
    }
    if (missing.length > 0) this.measure(missing);
    // Keep only the paragraphs of the current text: the map never outgrows the text.
    const heights = new Map<string, number>();
    const tops: number[] = [];
    let top = 0;
    for (const paragraph of paragraphs) {
      tops.push(top);
      const height = this.heights.get(paragraph) ?? 0;
      heights.set(paragraph, height);
      top += height;
    }
    this.heights = heights;
    const layout = { starts, tops };
    this.cached = { value, styleKey, layout };
    return layout;
  }

  dispose(): void {
    this.cancelMeasuring();
    this.ruler?.remove();
    this.ruler = null;
  }

  private styleRuler(style: CSSStyleDeclaration, contentWidth: number): void {
    if (this.ruler === null) {
      this.ruler = this.measureLayer.ownerDocument.createElement('div');
      this.ruler.className = 'ruler';
      this.measureLayer.append(this.ruler);
    }
    const rulerStyle = this.ruler.style;
    for (const property of TEXT_LAYOUT_PROPERTIES) rulerStyle.setProperty(property, style.getPropertyValue(property));
    rulerStyle.width = `${contentWidth}px`;
  }

  /** Lays the paragraphs out side by side in the ruler and reads every height in one layout pass. */
  private measure(paragraphs: readonly string[]): void {
    const ruler = this.ruler;
    if (ruler === null) return;
    const doc = ruler.ownerDocument;
    const blocks = paragraphs.map((paragraph) => {
      const block = doc.createElement('div');
      // An empty paragraph is still one line tall in a textarea.
      block.textContent = paragraph === '' ? '\u200b' : paragraph;
      return block;
    });
    ruler.replaceChildren(...blocks);
    blocks.forEach((block, index) => {
      this.heights.set(paragraphs[index] as string, block.getBoundingClientRect().height);
    });
    ruler.replaceChildren();
  }

  private measureLater(value: string, missing: readonly string[]): void {
    if (this.measuring?.value === value) return;
    this.cancelMeasuring();
    let next = 0;
    let cancelled = false;
    const channel = new MessageChannel();
    const step = (): void => {
      if (cancelled) return;
      const slice: string[] = [];
      let chars = 0;
      while (next < missing.length && chars < SLICE_CHARS) {
        const paragraph = missing[next++] as string;
        slice.push(paragraph);
        chars += paragraph.length + 1;
      }
      this.measure(slice);
      if (next < missing.length) {
        channel.port2.postMessage(null);
        return;
      }
      channel.port1.close();
      this.measuring = null;
      this.onMeasured();
    };
    // A message-channel task yields to the page between slices without timer clamping.
    channel.port1.onmessage = step;
    channel.port2.postMessage(null);
    this.measuring = {
      value,
      cancel: () => {
        cancelled = true;
        channel.port1.close();
      },
    };
  }

  private cancelMeasuring(): void {
    this.measuring?.cancel();
    this.measuring = null;
  }
}
