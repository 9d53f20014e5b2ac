/**
 * The page-world half of the editor bridge (protocol.ts), run by the page hook (page-hook.iife.ts)
 * in the page's own JavaScript world, where the page's editor instances live. It answers one kind
 * of request, "apply these edits of our fix", by finding the editor on the element the request was
 * dispatched on and editing through that editor's own API, as one undo step, keeping the formatting
 * of the text around each edit:
 *
 * - CKEditor 5: `element.ckeditorInstance` (set by CKEditor); one `model.change` (one batch).
 * - Slate: the `editor` prop of the `<Slate>` component above the editable (React's fiber); text
 *   operations applied together, so slate-history records one batch.
 * - TinyMCE: the editor whose body is the element (`tinymce` of this frame or its parent); the edit
 *   inside `undoManager.transact`.
 * - Trix: `element.editor`; one `recordUndoEntry` before the edits.
 *
 * Before editing, the model's text must line up with the request (same length, the replaced text
 * where the request says); otherwise nothing is touched. Reads nothing else of the page and sends
 * back one outcome word. Imports nothing at run time but protocol.ts (bundled into the hook).
 */
import {
  type BridgeEdit,
  type BridgeOutcome,
  type BridgeResult,
  EDIT_REQUEST_EVENT,
  EDIT_RESULT_EVENT,
  parseBridgeRequest,
} from './protocol';

/** An editor the bridge can write to. */
interface ModelEditor {
  readonly family: string;
  readOnly(): boolean;
  /** The model's text as the content script reads the field, or null when it cannot be mapped. */
  text(): string | null;
  /**
   * Applies sorted edits as one undo step and puts the editor's selection at `caret` (offsets in
   * the edited text) when given; 'unsupported' when an edit crosses structure.
   */
  apply(edits: readonly BridgeEdit[], caret?: Caret): 'applied' | 'unsupported';
}

interface Caret {
  start: number;
  end: number;
}

/** A block of text in a model: where it starts in the joined text, and its length. */
interface Span {
  start: number;
  length: number;
}

/** The index of the span holding [start, end) entirely (an end at a span's end counts), or -1. */
function spanHolding(spans: readonly Span[], start: number, end: number): number {
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index] as Span;
    if (start >= span.start && end <= span.start + span.length) return index;
  }
  return -1;
}

function isFunction(value: unknown): value is (...args: never[]) => unknown {
  return typeof value === 'function';
}

// ---------------------------------------------------------------------------------------------
// CKEditor 5

interface CkNode {
  is(type: string, name?: string): boolean;
  readonly data?: string;
  getChildren(): Iterable<CkNode>;
  getAttributes(): Iterable<[string, unknown]>;
}
interface CkPosition {
  readonly textNode: CkNode | null;
  readonly nodeBefore: CkNode | null;
  readonly nodeAfter: CkNode | null;
}
interface CkWriter {
  createRange(start: CkPosition, end?: CkPosition): unknown;
  setSelection(range: unknown): void;
  remove(range: unknown): void;
  insertText(text: string, attributes: Map<string, unknown>, position: CkPosition): void;
}
interface CkEditor {
  readonly isReadOnly: boolean;
  readonly model: {
    readonly document: { getRoot(): CkNode | null };
    change(callback: (writer: CkWriter) => void): void;
    createPositionAt(parent: CkNode, offset: number): CkPosition;
  };
}

function ckeditorFor(element: Element): ModelEditor | null {
  const editor = (element as Element & { ckeditorInstance?: unknown }).ckeditorInstance as CkEditor | undefined;
  if (typeof editor !== 'object' || editor === null || !isFunction(editor.model?.change)) return null;
  const { model } = editor;

  const blocks = (): { block: CkNode; span: Span; text: string }[] | null => {
    const root = model.document.getRoot();
    if (root === null) return null;
    const result: { block: CkNode; span: Span; text: string }[] = [];
    let offset = 0;
    for (const block of root.getChildren()) {
      if (!block.is('element')) return null;
      let text = '';
      for (const child of block.getChildren()) {
        if (child.is('$text')) text += child.data ?? '';
        else if (child.is('element', 'softBreak')) text += '\n';
        else return null; // Nested structure (lists, tables, images): not mapped.
      }
      result.push({ block, span: { start: offset, length: text.length }, text });
      offset += text.length + 1;
    }
    return result;
  };

  /** The attributes (bold, italic...) the inserted text takes: the replaced text's, or what precedes. */
  const attributesAt = (position: CkPosition, replacing: boolean): Map<string, unknown> => {
    const node = position.textNode ?? (replacing ? position.nodeAfter : position.nodeBefore) ?? position.nodeAfter;
    return node?.is('$text') ? new Map(node.getAttributes()) : new Map();
  };

  return {
    family: 'ckeditor5',
    readOnly: () => editor.isReadOnly === true,
    text: () =>
      blocks()
        ?.map((entry) => entry.text)
        .join('\n') ?? null,
    apply(edits, caret) {
      const mapped = blocks();
      if (mapped === null) return 'unsupported';
      const spans = mapped.map((entry) => entry.span);
      const targets = edits.map((edit) => ({ edit, index: spanHolding(spans, edit.start, edit.end) }));
      if (targets.some((target) => target.index < 0)) return 'unsupported';
      model.change((writer) => {
        for (let index = targets.length - 1; index >= 0; index--) {
          const { edit, index: blockIndex } = targets[index] as { edit: BridgeEdit; index: number };
          const { block, span } = mapped[blockIndex] as { block: CkNode; span: Span };
          const from = edit.start - span.start;
          const start = model.createPositionAt(block, from);
          const attributes = attributesAt(start, edit.end > edit.start);
          if (edit.end > edit.start) {
            writer.remove(writer.createRange(start, model.createPositionAt(block, edit.end - span.start)));
          }
          if (edit.text !== '') writer.insertText(edit.text, attributes, model.createPositionAt(block, from));
        }
        const after = caret ? blocks() : null;
        if (caret && after) {
          const at = (offset: number): CkPosition | null => {
            const entry = after.find(({ span }) => offset >= span.start && offset <= span.start + span.length);
            return entry ? model.createPositionAt(entry.block, offset - entry.span.start) : null;
          };
          const start = at(caret.start);
          const end = at(caret.end);
          if (start && end) writer.setSelection(writer.createRange(start, end));
        }
      });
      return 'applied';
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Slate

interface SlateNode {
  text?: unknown;
  children?: unknown;
}
interface SlateEditor {
  children: SlateNode[];
  selection: unknown;
  apply(operation: Record<string, unknown>): void;
  onChange: unknown;
  operations: unknown;
  readOnly?: unknown;
}
interface SlateLeaf {
  path: number[];
  text: string;
  /** Offset of the leaf in the joined text. */
  start: number;
}

function isSlateEditor(value: unknown): value is SlateEditor {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    isFunction(candidate.apply) &&
    isFunction(candidate.onChange) &&
    Array.isArray(candidate.children) &&
    Array.isArray(candidate.operations) &&
    'selection' in candidate
  );
}

interface Fiber {
  memoizedProps?: unknown;
  return?: Fiber | null;
}

/** The Slate editor the `<Slate editor={…}>` component above this element holds, through React's fiber. */
function slateEditorOf(element: Element): SlateEditor | null {
  const key = Object.keys(element).find((name) => name.startsWith('__reactFiber$'));
  if (key === undefined) return null;
  let fiber = (element as unknown as Record<string, Fiber | undefined>)[key];
  for (let depth = 0; fiber && depth < 80; depth++, fiber = fiber.return ?? undefined) {
    const props = fiber.memoizedProps;
    if (typeof props === 'object' && props !== null) {
      const editor = (props as Record<string, unknown>).editor;
      if (isSlateEditor(editor)) return editor;
    }
  }
  return null;
}

function slateFor(element: Element): ModelEditor | null {
  if (!element.hasAttribute('data-slate-editor')) return null;
  const editor = slateEditorOf(element);
  if (editor === null) return null;

  /** Text leaves per top-level block, in order, with their offsets in the joined text. */
  const layout = (): { leaves: SlateLeaf[][]; spans: Span[]; text: string } | null => {
    const leaves: SlateLeaf[][] = [];
    const spans: Span[] = [];
    const texts: string[] = [];
    let offset = 0;
    const collect = (node: SlateNode, path: number[], into: SlateLeaf[], base: number): number | null => {
      if (typeof node.text === 'string') {
        into.push({ path, text: node.text, start: base });
        return base + node.text.length;
      }
      if (!Array.isArray(node.children)) return null;
      let at = base;
      for (let index = 0; index < node.children.length; index++) {
        const next = collect(node.children[index] as SlateNode, [...path, index], into, at);
        if (next === null) return null;
        at = next;
      }
      return at;
    };
    for (let index = 0; index < editor.children.length; index++) {
      const blockLeaves: SlateLeaf[] = [];
      const end = collect(editor.children[index] as SlateNode, [index], blockLeaves, offset);
      if (end === null) return null;
      leaves.push(blockLeaves);
      spans.push({ start: offset, length: end - offset });
      texts.push(blockLeaves.map((leaf) => leaf.text).join(''));
      offset = end + 1;
    }
    return { leaves, spans, text: texts.join('\n') };
  };

  return {
    family: 'slate',
    readOnly: () => element.getAttribute('contenteditable') === 'false',
    text: () => layout()?.text ?? null,
    apply(edits, caret) {
      const mapped = layout();
      if (mapped === null) return 'unsupported';
      const operations: Record<string, unknown>[] = [];
      for (let index = edits.length - 1; index >= 0; index--) {
        const edit = edits[index] as BridgeEdit;
        const blockIndex = spanHolding(mapped.spans, edit.start, edit.end);
        const leaves = mapped.leaves[blockIndex];
        if (leaves === undefined || leaves.length === 0) return 'unsupported';
        if (edit.start === edit.end) {
          // An insertion: into the leaf that ends at or holds the point (the text before it keeps its
          // marks). Taking the character before along with it makes the edit a remove and an insert,
          // which slate-history never merges into the user's last typed letters.
          const leaf = leaves.find((item) => edit.start > item.start && edit.start <= item.start + item.text.length);
          if (leaf !== undefined) {
            const offset = edit.start - leaf.start;
            const before = leaf.text.slice(offset - 1, offset);
            operations.push({ type: 'remove_text', path: leaf.path, offset: offset - 1, text: before });
            operations.push({ type: 'insert_text', path: leaf.path, offset: offset - 1, text: before + edit.text });
          } else {
            const first = leaves[0] as SlateLeaf;
            operations.push({
              type: 'insert_text',
              path: first.path,
              offset: edit.start - first.start,
              text: edit.text,
            });
          }
          continue;
        }
        const touched = leaves.filter((leaf) => leaf.start < edit.end && leaf.start + leaf.text.length > edit.start);
        const first = touched[0];
        if (first === undefined) return 'unsupported';
        // Last to first, so the offsets of the earlier leaves stay valid; the new text goes where the
        // replaced text began, in that leaf's marks.
        for (let leafIndex = touched.length - 1; leafIndex >= 0; leafIndex--) {
          const leaf = touched[leafIndex] as SlateLeaf;
          const from = Math.max(edit.start, leaf.start) - leaf.start;
          const to = Math.min(edit.end, leaf.start + leaf.text.length) - leaf.start;
          operations.push({ type: 'remove_text', path: leaf.path, offset: from, text: leaf.text.slice(from, to) });
        }
        if (edit.text !== '') {
          operations.push({
            type: 'insert_text',
            path: first.path,
            offset: edit.start - first.start,
            text: edit.text,
          });
        }
      }
      // Applied in one go: slate-history adds operations made before the editor flushed to the
      // same batch, so the fix is one undo step (a selection change is not recorded).
      for (const operation of operations) editor.apply(operation);
      const after = caret ? layout() : null;
      if (caret && after) {
        const point = (offset: number): { path: number[]; offset: number } | null => {
          const index = spanHolding(after.spans, offset, offset);
          const leaves = after.leaves[index] ?? [];
          const leaf = leaves.find((item) => offset <= item.start + item.text.length) ?? leaves[leaves.length - 1];
          return leaf ? { path: leaf.path, offset: Math.min(offset - leaf.start, leaf.text.length) } : null;
        };
        const anchor = point(caret.start);
        const focus = point(caret.end);
        if (anchor && focus) {
          editor.apply({ type: 'set_selection', properties: editor.selection, newProperties: { anchor, focus } });
        }
      }
      return 'applied';
    },
  };
}

// ---------------------------------------------------------------------------------------------
// TinyMCE (its model is the DOM of its body)

interface TinyEditor {
  getBody(): Element;
  readonly selection: { setRng(range: Range): void };
  readonly mode?: { isReadOnly?: () => boolean };
  readonly undoManager: { transact(callback: () => void): unknown };
  nodeChanged(): void;
}

function tinymceEditorOf(element: Element): TinyEditor | null {
  const view = element.ownerDocument.defaultView;
  const candidates: unknown[] = [];
  try {
    candidates.push((view as unknown as Record<string, unknown> | null)?.tinymce);
    // Iframe mode: the body lives in a frame TinyMCE wrote; `tinymce` is its parent's.
    if (view && view.parent !== view) candidates.push((view.parent as unknown as Record<string, unknown>).tinymce);
  } catch {
    // A cross-origin parent: not TinyMCE's own frame.
  }
  for (const candidate of candidates) {
    if (typeof candidate !== 'object' || candidate === null) continue;
    const get = (candidate as { get?: unknown }).get;
    if (!isFunction(get)) continue;
    const editors = (get as () => unknown).call(candidate);
    if (!Array.isArray(editors)) continue;
    for (const editor of editors as TinyEditor[]) {
      if (isFunction(editor?.getBody) && editor.getBody() === element) return editor;
    }
  }
  return null;
}

/** A text node or a line-break `<br>` of a block, with its offset in the joined text. */
interface DomPiece {
  node: Text | Element;
  start: number;
  length: number;
}

/**
 * The body's text: its blocks joined by one newline, a `<br>` a newline unless it is TinyMCE's
 * placeholder (`data-mce-bogus`) or a block's last child (it only keeps the line open).
 */
function tinymceLayout(body: Element): { pieces: DomPiece[][]; spans: Span[]; text: string } | null {
  const pieces: DomPiece[][] = [];
  const spans: Span[] = [];
  const texts: string[] = [];
  let offset = 0;
  for (const block of Array.from(body.children)) {
    const blockPieces: DomPiece[] = [];
    let text = '';
    const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const data = (node as Text).data.replace(/\uFEFF/g, '');
        if (data.length !== (node as Text).data.length) return null; // TinyMCE's caret marker: not mapped.
        blockPieces.push({ node: node as Text, start: offset + text.length, length: data.length });
        text += data;
      } else if ((node as Element).tagName === 'BR') {
        const br = node as Element;
        if (br.hasAttribute('data-mce-bogus') || br.nextSibling === null) continue;
        blockPieces.push({ node: br, start: offset + text.length, length: 1 });
        text += '\n';
      } else if (/^(P|DIV|H[1-6]|LI|UL|OL|TABLE|BLOCKQUOTE|PRE)$/.test((node as Element).tagName)) {
        return null; // Nested blocks: not mapped.
      }
    }
    pieces.push(blockPieces);
    spans.push({ start: offset, length: text.length });
    texts.push(text);
    offset += text.length + 1;
  }
  return { pieces, spans, text: texts.join('\n') };
}

/** The DOM point of `offset` among a block's pieces; at a boundary, the end of the earlier text node. */
function domPoint(pieces: readonly DomPiece[], offset: number, block: Element): { node: Node; offset: number } {
  for (const piece of pieces) {
    if (offset > piece.start + piece.length) continue;
    if (piece.node.nodeType === Node.TEXT_NODE) return { node: piece.node, offset: offset - piece.start };
    // A <br>: before it, or after it.
    const parent = piece.node.parentNode as Node;
    const index = Array.prototype.indexOf.call(parent.childNodes, piece.node) as number;
    return { node: parent, offset: offset === piece.start ? index : index + 1 };
  }
  return { node: block, offset: block.childNodes.length };
}

function tinymceFor(element: Element): ModelEditor | null {
  if (element.tagName !== 'BODY' && !element.classList.contains('mce-content-body')) return null;
  const editor = tinymceEditorOf(element);
  if (editor === null) return null;
  return {
    family: 'tinymce',
    readOnly: () => editor.mode?.isReadOnly?.() === true,
    text: () => tinymceLayout(element)?.text ?? null,
    apply(edits, caret) {
      const mapped = tinymceLayout(element);
      if (mapped === null) return 'unsupported';
      const blocks = Array.from(element.children);
      const targets = edits.map((edit) => ({ edit, index: spanHolding(mapped.spans, edit.start, edit.end) }));
      if (targets.some((target) => target.index < 0)) return 'unsupported';
      const doc = element.ownerDocument;
      editor.undoManager.transact(() => {
        for (let index = targets.length - 1; index >= 0; index--) {
          const { edit, index: blockIndex } = targets[index] as { edit: BridgeEdit; index: number };
          const block = blocks[blockIndex] as Element;
          const pieces = mapped.pieces[blockIndex] ?? [];
          const range = doc.createRange();
          const from = domPoint(pieces, edit.start, block);
          range.setStart(from.node, from.offset);
          const to = domPoint(pieces, edit.end, block);
          range.setEnd(to.node, to.offset);
          range.deleteContents();
          if (edit.text !== '') range.insertNode(doc.createTextNode(edit.text));
          block.normalize();
        }
      });
      const after = caret ? tinymceLayout(element) : null;
      if (caret && after) {
        const range = doc.createRange();
        const place = (offset: number, setter: (node: Node, at: number) => void): boolean => {
          const index = spanHolding(after.spans, offset, offset);
          const block = Array.from(element.children)[index];
          if (block === undefined) return false;
          const point = domPoint(after.pieces[index] ?? [], offset, block);
          setter(point.node, point.offset);
          return true;
        };
        if (
          place(caret.start, (node, at) => range.setStart(node, at)) &&
          place(caret.end, (node, at) => range.setEnd(node, at))
        ) {
          editor.selection.setRng(range);
        }
      }
      editor.nodeChanged();
      return 'applied';
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Trix

interface TrixEditor {
  getDocument(): { toString(): string };
  recordUndoEntry(description: string, options?: { consolidatable?: boolean }): void;
  setSelectedRange(range: [number, number]): void;
  insertString(text: string): void;
  deleteInDirection(direction: 'forward' | 'backward'): void;
}

function trixFor(element: Element): ModelEditor | null {
  if (element.tagName !== 'TRIX-EDITOR') return null;
  const editor = (element as Element & { editor?: unknown }).editor as TrixEditor | undefined;
  if (typeof editor !== 'object' || editor === null || !isFunction(editor.recordUndoEntry)) return null;
  return {
    family: 'trix',
    readOnly: () => element.getAttribute('contenteditable') === 'false',
    // Every block ends with a newline; the last one is not part of the message.
    text: () => editor.getDocument().toString().replace(/\n$/, ''),
    apply(edits, caret) {
      editor.recordUndoEntry('Fix', { consolidatable: false });
      for (let index = edits.length - 1; index >= 0; index--) {
        const edit = edits[index] as BridgeEdit;
        editor.setSelectedRange([edit.start, edit.end]);
        if (edit.text !== '') editor.insertString(edit.text);
        else if (edit.end > edit.start) editor.deleteInDirection('forward');
      }
      if (caret) editor.setSelectedRange([caret.start, caret.end]);
      return 'applied';
    },
  };
}

// ---------------------------------------------------------------------------------------------

const FAMILIES = [ckeditorFor, slateFor, tinymceFor, trixFor];

export function findModelEditor(element: Element): ModelEditor | null {
  for (const find of FAMILIES) {
    try {
      const editor = find(element);
      if (editor) return editor;
    } catch {
      // A page object that only looks like an editor: try the next family.
    }
  }
  return null;
}

/** Handles one request's `detail` for `element`; never throws. */
export function handleEditRequest(element: Element, detail: unknown): BridgeResult | null {
  const request = parseBridgeRequest(detail);
  if (request === null) return null;
  const editor = findModelEditor(element);
  if (editor === null) return { id: request.id, outcome: 'no-editor' };
  const answer = (outcome: BridgeOutcome): BridgeResult => ({ id: request.id, outcome, family: editor.family });
  try {
    if (editor.readOnly()) return answer('read-only');
    const text = editor.text();
    if (text === null) return answer('unsupported');
    if (text.length !== request.length) return answer('mismatch');
    for (const edit of request.edits) if (text.slice(edit.start, edit.end) !== edit.old) return answer('mismatch');
    return answer(editor.apply(request.edits, request.caret));
  } catch {
    return answer('failed');
  }
}

/**
 * Listens for edit requests in this window (capture phase, so page handlers cannot stop them
 * first). `document.open()` erases a window's listeners, and TinyMCE writes its iframe that way
 * (Firefox runs our hook before it does): the listener is added again after every open.
 */
export function installEditorBridge(view: Window & typeof globalThis): void {
  const listener = (event: Event): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof view.Element) || !(event instanceof view.CustomEvent)) return;
    const result = handleEditRequest(target, event.detail);
    if (result === null) return;
    try {
      target.dispatchEvent(new view.CustomEvent(EDIT_RESULT_EVENT, { detail: JSON.stringify(result) }));
    } catch {
      // The element left the page meanwhile: the content script reads the field and falls back.
    }
  };
  const listen = (): void => view.addEventListener(EDIT_REQUEST_EVENT, listener, true);
  listen();
  const prototype = view.Document.prototype;
  const originalOpen = prototype.open as (...args: unknown[]) => unknown;
  Object.defineProperty(prototype, 'open', {
    configurable: true,
    writable: true,
    value: function open(this: Document, ...args: unknown[]) {
      const result = originalOpen.apply(this, args);
      if (this === view.document) listen();
      return result;
    },
  });
}
