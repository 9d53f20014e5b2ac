/**
 * The text of a contenteditable editor as the user reads it, with a map back to DOM positions.
 * Text nodes contribute their data, `<br>` a newline, and block boundaries a newline (like
 * `innerText`, but computed without layout so it is cheap on every keystroke). Offsets into
 * `text` are the offsets the rules report.
 */

export interface TextPiece {
  /** A Text node, or a `<br>` standing for one newline. */
  node: Text | Element;
  start: number;
  length: number;
}

export interface TextModel {
  text: string;
  pieces: TextPiece[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);

/** Elements whose content is never shown as text. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE']);

export function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

/** Is this `<br>` only the placeholder that keeps a block's last line open (no visible line of its own)? */
function isTrailingPlaceholder(br: Element, root: Element): boolean {
  let next: Node | null = br.nextSibling;
  while (next !== null && next.nodeType === Node.TEXT_NODE && (next as Text).data === '') next = next.nextSibling;
  if (next !== null) return false;
  const parent = br.parentElement;
  if (parent === null || (parent !== root && !isBlock(parent))) return false;
  // Only a placeholder when the block has content before it: `<p><br></p>` is an empty line.
  let previous: Node | null = br.previousSibling;
  while (previous !== null && previous.nodeType === Node.TEXT_NODE && (previous as Text).data === '') {
    previous = previous.previousSibling;
  }
  return previous !== null && !(previous instanceof Element && previous.tagName === 'BR');
}

/**
 * Reads the editor's text. `collapseWhitespace` (the root's white-space collapses) drops the
 * whitespace-only text nodes that indentation of authored HTML leaves between blocks.
 */
export function buildTextModel(root: Element, collapseWhitespace = true): TextModel {
  const parts: string[] = [];
  const pieces: TextPiece[] = [];
  let length = 0;
  let lastChar = '';
  let pendingBreak = false;

  const emit = (value: string, node: Text | Element | null): void => {
    if (value === '') return;
    if (pendingBreak && length > 0 && lastChar !== '\n') {
      parts.push('\n');
      length += 1;
    }
    pendingBreak = false;
    if (node !== null) pieces.push({ node, start: length, length: value.length });
    parts.push(value);
    length += value.length;
    lastChar = value.charAt(value.length - 1);
  };

  const visit = (node: Node): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (collapseWhitespace && data.includes('\n') && data.trim() === '') continue;
        // Editors type non-breaking spaces to keep runs of spaces visible; they are spaces to the reader.
        emit(data.replaceAll('\u00a0', ' '), child as Text);
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const element = child as Element;
      const tag = element.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        if (!isTrailingPlaceholder(element, root)) emit('\n', element);
        continue;
      }
      const block = isBlock(element);
      if (block) pendingBreak = true;
      visit(element);
      if (block) pendingBreak = true;
    }
  };
  visit(root);
  return { text: parts.join(''), pieces };
}

/** Index of the last piece starting at or before `offset` (or -1). */
function pieceIndexAt(model: TextModel, offset: number): number {
  let low = 0;
  let high = model.pieces.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const piece = model.pieces[middle];
    if (piece !== undefined && piece.start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

export interface DomPoint {
  node: Node;
  offset: number;
}

function pointInPiece(piece: TextPiece, offsetInPiece: number): DomPoint {
  if (piece.node.nodeType === Node.TEXT_NODE) return { node: piece.node, offset: offsetInPiece };
  // A <br>: before it (0) or after it (1), expressed on its parent.
  const parent = piece.node.parentNode as Node;
  const index = Array.prototype.indexOf.call(parent.childNodes, piece.node) as number;
  return { node: parent, offset: index + (offsetInPiece > 0 ? 1 : 0) };
}

/**
 * The DOM point for a text offset. `bias` decides between the end of one piece and the start of
 * the next when the offset falls on their boundary (or on a synthetic block newline): a range's
 * start leans forward, its end backward, so a range never swallows a block boundary it does not need.
 */
export function pointAt(model: TextModel, root: Node, offset: number, bias: 'forward' | 'backward'): DomPoint {
  const index = pieceIndexAt(model, offset);
  const piece = model.pieces[index];
  const next = model.pieces[index + 1];
  if (piece === undefined) {
    const first = model.pieces[0];
    return first ? pointInPiece(first, 0) : { node: root, offset: 0 };
  }
  const inside = offset - piece.start;
  if (inside < piece.length) return pointInPiece(piece, inside);
  if (bias === 'forward' && next !== undefined && (inside > piece.length || next.start === offset)) {
    return pointInPiece(next, 0);
  }
  return pointInPiece(piece, piece.length);
}

/** The text offset of a DOM point inside the editor (e.g. the selection's focus). */
export function offsetAt(model: TextModel, node: Node, offset: number): number {
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = model.pieces.find((candidate) => candidate.node === node);
    if (piece) return piece.start + Math.min(offset, piece.length);
  }
  const doc = node.ownerDocument ?? (node as Document);
  const point = doc.createRange();
  point.setStart(node, offset);
  // The first piece at or after the point (document order): binary search with comparePoint.
  let low = 0;
  let high = model.pieces.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const piece = model.pieces[middle] as TextPiece;
    let after: boolean;
    try {
      after = point.comparePoint(piece.node, 0) >= 0;
    } catch {
      after = true;
    }
    if (after) high = middle;
    else low = middle + 1;
  }
  const following = model.pieces[low];
  if (following !== undefined) return following.start;
  return model.text.length;
}
