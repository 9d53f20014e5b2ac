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
/** Missing paragraphs up to this many characters are measured on the spot (keep it below PIECE_CHARS). */
const MEASURE_NOW_CHARS = 2_000;
/**
 * A paragraph longer than this (a pasted document without line breaks) is measured a piece at a
 * time, noting where some of its lines start, so that the mirror window can also start inside it.
 */
const PIECE_CHARS = 2_500;

/** How tall a paragraph is, and where some of its lines start (offsets and tops within it). */
interface ParagraphShape {
  height: number;
  lines: { offset: number; top: number }[];
}

export interface ParagraphLayout {
  /**
   * Offsets where a line of the textarea starts, ascending; the first is 0. Every paragraph start,
   * plus some line starts inside long paragraphs: a mirror that starts its text at one of these
   * wraps the following lines exactly as the textarea does.
   */
  starts: number[];
  /** Top of each of those lines in the textarea's content box, in CSS pixels. */
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

/** Index of the last line start whose top is at or above `y` (0 when none is). */
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
  private shapes = new Map<string, ParagraphShape>();
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
      this.shapes.clear();
      this.styleKey = styleKey;
      this.cancelMeasuring();
      this.styleRuler(style, contentWidth);
    }
    const starts = paragraphStarts(value);
    const paragraphs = starts.map((start, index) => {
      const next = starts[index + 1];
      return value.slice(start, next === undefined ? value.length : next - 1);
    });
    const missing = [...new Set(paragraphs.filter((paragraph) => !this.shapes.has(paragraph)))];
    const missingChars = missing.reduce((sum, paragraph) => sum + paragraph.length + 1, 0);
    if (missingChars > MEASURE_NOW_CHARS) {
      this.measureLater(value, missing);
      return null;
    }
    if (missing.length > 0) this.measure(missing);
    // Keep only the paragraphs of the current text: the map never outgrows the text.
    const shapes = new Map<string, ParagraphShape>();
    const lineStarts: number[] = [];
    const tops: number[] = [];
    let top = 0;
    paragraphs.forEach((paragraph, index) => {
      const start = starts[index] as number;
      const shape = this.shapes.get(paragraph) ?? { height: 0, lines: [] };
      shapes.set(paragraph, shape);
      lineStarts.push(start);
      tops.push(top);
      for (const line of shape.lines) {
        lineStarts.push(start + line.offset);
        tops.push(top + line.top);
      }
      top += shape.height;
    });
    this.shapes = shapes;
    const layout = { starts: lineStarts, tops };
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

  /**
   * Measures short paragraphs side by side in one layout pass. Long ones never come here: layout()
   * measures at once only up to MEASURE_NOW_CHARS (below PIECE_CHARS), and measureLater() hands
   * long paragraphs to measureLong().
   */
  private measure(short: readonly string[]): void {
    const ruler = this.ruler;
    if (ruler === null) return;
    const doc = ruler.ownerDocument;
    const blocks = short.map((paragraph) => {
      const block = doc.createElement('div');
      // An empty paragraph is still one line tall in a textarea.
      block.textContent = paragraph === '' ? '\u200b' : paragraph;
      return block;
    });
    ruler.replaceChildren(...blocks);
    blocks.forEach((block, index) => {
      this.shapes.set(short[index] as string, { height: block.getBoundingClientRect().height, lines: [] });
    });
    ruler.replaceChildren();
  }

  /**
   * Lays a long paragraph out a piece at a time, each piece starting where a line of the last one
   * started: a line wraps the same whatever came before its start. Yields after each piece (the
   * caller spreads them over tasks) and records the shape at the end.
   */
  private *measureLong(paragraph: string): Generator<number> {
    const ruler = this.ruler;
    if (ruler === null) return;
    const block = ruler.ownerDocument.createElement('div');
    const lines: { offset: number; top: number }[] = [];
    let offset = 0;
    let top = 0;
    for (;;) {
      const piece = paragraph.slice(offset, offset + PIECE_CHARS);
      block.textContent = piece;
      ruler.replaceChildren(block);
      if (offset + piece.length >= paragraph.length) {
        top += block.getBoundingClientRect().height;
        break;
      }
      // The piece's last line may continue past it: the next piece starts where that line starts.
      const text = block.firstChild as Text;
      const range = ruler.ownerDocument.createRange();
      const topOf = (at: number): number => {
        range.setStart(text, at);
        range.setEnd(text, at + 1);
        return range.getClientRects()[0]?.top ?? Number.NEGATIVE_INFINITY;
      };
      // The first character at or below `lineTop`: the start of that line.
      const lineStartAt = (lineTop: number, below: number): number => {
        let low = 0;
        let high = below;
        while (low < high) {
          const middle = (low + high) >>> 1;
          if (topOf(middle) < lineTop - 0.5) low = middle + 1;
          else high = middle;
        }
        // Spaces at a soft wrap hang at the end of the line before (a space may report either
        // line's box): the line starts at the first character after them.
        while (low < below && (piece[low] === ' ' || piece[low] === '\t')) low++;
        return low;
      };
      // The piece's last line may continue past it, and cutting the text can change where the line
      // before it breaks too: the next piece starts at the line before the last.
      const lastStart = lineStartAt(topOf(piece.length - 1), piece.length - 1);
      const low = lastStart > 0 ? lineStartAt(topOf(lastStart - 1), lastStart - 1) : 0;
      if (low === 0) {
        // One line longer than a piece: no line start to continue from; the rest has no anchors.
        top += block.getBoundingClientRect().height;
        offset += piece.length;
        yield piece.length;
        continue;
      }
      // Character boxes sit inside their line boxes by the same amount on every line: measured from
      // the piece's first character, not from the block's edge, nothing accumulates.
      top += topOf(low) - topOf(0);
      offset += low;
      lines.push({ offset, top });
      yield low;
    }
    ruler.replaceChildren();
    this.shapes.set(paragraph, { height: top, lines });
  }

  private measureLater(value: string, missing: readonly string[]): void {
    if (this.measuring?.value === value) return;
    this.cancelMeasuring();
    let next = 0;
    let long: Generator<number> | null = null;
    let cancelled = false;
    const channel = new MessageChannel();
    const step = (): void => {
      if (cancelled) return;
      const slice: string[] = [];
      let chars = 0;
      while (chars < SLICE_CHARS && (long !== null || next < missing.length)) {
        if (long !== null) {
          const piece = long.next();
          if (piece.done) long = null;
          else chars += piece.value;
          continue;
        }
        const paragraph = missing[next++] as string;
        if (paragraph.length > PIECE_CHARS) long = this.measureLong(paragraph);
        else {
          slice.push(paragraph);
          chars += paragraph.length + 1;
        }
      }
      this.measure(slice);
      if (long !== null || next < missing.length) {
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
