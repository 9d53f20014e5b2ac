/**
 * The editing path of rich-text fields (contenteditable), plugged into the fix applier's seam
 * (field/edit-strategy.ts). Chosen by what the field looks like:
 *
 * 1. An editor family the page-world bridge knows (CKEditor 5, Slate, TinyMCE, Trix): the fix goes
 *    through the editor's own API (protocol.ts, main-world.ts), one undo step, formatting kept.
 * 2. Otherwise, or when the bridge is not there (a page the hook did not reach) or declines: the
 *    browser's editing path (`execCommand('insertText')`, adapters/contenteditable.ts), except for
 *    editors that apply changes only from `beforeinput` (CKEditor 5, Slate), where a DOM change
 *    of ours would leave screen and model disagreeing.
 * 3. When the text did not change, or the editor put its text back, and no `beforeinput` reached
 *    the field (Chromium's `execCommand` sends none): the `beforeinput` a spell checker's
 *    replacement sends (`insertReplacementText` with a DataTransfer and target ranges).
 *
 * Every path is read back over the next frames: an editor that re-renders from its model (React,
 * CKEditor) shows what it really holds a frame or two later. When the field does not hold the
 * expected text, the user's text is put back and the fix applier says so.
 */
import type { TextEdit } from '../../rules';
import type { FieldAdapter, TextSelection } from '../adapters/types';
import {
  EDITOR_REFUSED_REASON,
  type EditOutcome,
  type EditRequest,
  type EditStrategy,
  sameFieldText,
} from '../field/edit-strategy';
import { diffTexts } from '../text-edits';
import { type BridgeOutcome, EDIT_REQUEST_EVENT, EDIT_RESULT_EVENT, parseBridgeResult } from './protocol';

export type EditorFamily = 'ckeditor5' | 'slate' | 'tinymce' | 'trix';

/** Which editor family the bridge can edit this element through, by what the editor marks it with. */
export function editorFamilyOf(element: HTMLElement): EditorFamily | null {
  if (element.classList.contains('ck-editor__editable')) return 'ckeditor5';
  if (element.hasAttribute('data-slate-editor')) return 'slate';
  if (element.tagName === 'TRIX-EDITOR') return 'trix';
  if (element.tagName === 'BODY' && element.classList.contains('mce-content-body')) return 'tinymce';
  return null;
}

/** Editors that apply input only from `beforeinput`: a DOM change made without one is undone or ignored. */
const BEFOREINPUT_DRIVEN: ReadonlySet<EditorFamily> = new Set(['ckeditor5', 'slate']);

function randomId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Asks the page-world bridge to apply `edits` (on `before`) to `element`. 'no-answer' when no bridge
 * answered: the hook is not in this frame, or the page stopped the event.
 */
export function requestModelEdit(
  element: HTMLElement,
  before: string,
  edits: readonly TextEdit[],
  caret?: TextSelection,
): BridgeOutcome | 'no-answer' {
  const id = randomId();
  let outcome: BridgeOutcome | 'no-answer' = 'no-answer';
  const view = element.ownerDocument.defaultView ?? window;
  const listener = (event: Event): void => {
    const result = parseBridgeResult((event as CustomEvent<unknown>).detail, id);
    if (result !== null && outcome === 'no-answer') outcome = result.outcome;
  };
  element.addEventListener(EDIT_RESULT_EVENT, listener);
  try {
    const request = {
      id,
      length: before.length,
      edits: edits.map((edit) => ({
        start: edit.start,
        end: edit.end,
        old: before.slice(edit.start, edit.end),
        text: edit.text,
      })),
      ...(caret ? { caret: { start: caret.start, end: caret.end } } : {}),
    };
    // The bridge answers inside this dispatch (it is synchronous across worlds).
    element.dispatchEvent(
      new view.CustomEvent(EDIT_REQUEST_EVENT, { detail: JSON.stringify(request), composed: true }),
    );
  } finally {
    element.removeEventListener(EDIT_RESULT_EVENT, listener);
  }
  return outcome;
}

/** The next animation frame, or 50 ms when frames do not run (a hidden tab). */
function nextFrame(view: Window): Promise<void> {
  return new Promise((resolve) => {
    const timer = view.setTimeout(resolve, 50);
    view.requestAnimationFrame(() => {
      view.clearTimeout(timer);
      resolve();
    });
  });
}

/** How long a text that matches must keep matching: CKEditor 5 put its own text back within 50 ms. */
const STABLE_MS = 60;

/**
 * Whether the user pressed a key, clicked or edited (trusted events only) in the field's document
 * since it was created: a change after that is theirs (Ctrl+Z right after a fix), not the editor's.
 */
class UserActivity {
  acted = false;
  private readonly stop = new AbortController();

  constructor(doc: Document) {
    const seen = (event: Event): void => {
      if (event.isTrusted) this.acted = true;
    };
    for (const type of ['keydown', 'beforeinput', 'mousedown', 'paste', 'drop']) {
      doc.addEventListener(type, seen, { capture: true, signal: this.stop.signal });
    }
  }

  dispose(): void {
    this.stop.abort();
  }
}

/**
 * Whether the field holds `expected` and keeps holding it: read now and over the next `frames`
 * frames; once it matches it must still match a frame and STABLE_MS later (an editor that
 * re-renders from its model would have put its own text back by then). 'user-changed' when it
 * matched and the user then pressed a key or clicked (Ctrl+Z right after the fix, typing, Ctrl+A):
 * the text and the caret are theirs from then on.
 */
async function holds(
  field: FieldAdapter,
  expected: string,
  frames: number,
  user?: UserActivity,
  caret?: TextSelection,
  modelTook = false,
): Promise<'held' | 'user-changed' | false> {
  const view = field.element.ownerDocument.defaultView ?? window;
  /** The field showed the fix. */
  let matched = false;
  /**
   * The fix is in: shown, or taken by the editor's model (the bridge's answer) before it renders
   * (Trix draws a frame later): a key of the user's from then on is theirs.
   */
  let accepted = modelTook;
  /**
   * The first time the field shows the fix, the focus (still on our card after a click there) and
   * the caret go where the user expects them, so the next key lands in the message.
   */
  const sawMatch = (): void => {
    if (!matched && caret && !user?.acted) {
      const { element } = field;
      const doc = element.ownerDocument;
      if (!doc.hasFocus() || doc.activeElement !== element) element.focus({ preventScroll: true });
      field.writeSelection(caret);
    }
    matched = true;
    accepted = true;
  };
  if (sameFieldText(field.readText(), expected)) sawMatch();
  // Once the fix showed, a key or click of the user's makes text and caret theirs: whatever the
  // field holds then is not the editor's doing, and the caret must not be moved under them.
  const outcome = (): 'held' | 'user-changed' | false => {
    if (accepted && user?.acted === true) return 'user-changed';
    return sameFieldText(field.readText(), expected) ? 'held' : false;
  };
  await Promise.resolve();
  for (let frame = 0; frame < frames; frame++) {
    await nextFrame(view);
    if (sameFieldText(field.readText(), expected)) {
      sawMatch();
      await Promise.all([nextFrame(view), new Promise((resolve) => view.setTimeout(resolve, STABLE_MS))]);
      return outcome();
    }
    if (user?.acted) return outcome();
  }
  return outcome();
}

/** The outcome of a path whose result `holds` read: null when the field did not hold the fix. */
function verified(held: 'held' | 'user-changed' | false): EditOutcome | null {
  if (held === 'held') return { ok: true };
  if (held === 'user-changed') return { ok: true, userChanged: true };
  return null;
}

/**
 * The `beforeinput` a browser sends for a spell checker's replacement, for one edit: editors that
 * apply input from `beforeinput` (and cancel it) take it through their model. Returns whether the
 * editor took the event over (cancelled it).
 */
function dispatchReplacement(field: FieldAdapter, edit: TextEdit): boolean {
  const { element } = field;
  const view = element.ownerDocument.defaultView ?? window;
  field.writeSelection({ start: edit.start, end: edit.end });
  const range = field.domRange(edit.start, edit.end);
  const init: InputEventInit & { targetRanges?: StaticRange[] } = {
    inputType: edit.text === '' ? 'deleteContent' : 'insertReplacementText',
    data: edit.text === '' ? null : edit.text,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  try {
    if (edit.text !== '') {
      const transfer = new view.DataTransfer();
      transfer.setData('text/plain', edit.text);
      init.dataTransfer = transfer;
    }
    if (range) init.targetRanges = [new view.StaticRange(range)];
  } catch {
    // No DataTransfer/StaticRange constructor in this engine: the event still carries `data`.
  }
  const event = new view.InputEvent('beforeinput', init);
  // Chromium's InputEvent constructor drops targetRanges: answer getTargetRanges() ourselves.
  if (range && event.getTargetRanges().length === 0) {
    const target = [new view.StaticRange(range)];
    Object.defineProperty(event, 'getTargetRanges', { value: () => target });
  }
  element.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Runs `action` and says whether any `beforeinput` reached the field meanwhile. */
async function sawBeforeInput(element: HTMLElement, action: () => Promise<unknown>): Promise<boolean> {
  let seen = false;
  const listener = (): void => {
    seen = true;
  };
  element.addEventListener('beforeinput', listener, { capture: true });
  try {
    await action();
  } finally {
    element.removeEventListener('beforeinput', listener, { capture: true });
  }
  return seen;
}

/** Frames an editor gets to show its model's text (Slate renders through React's scheduler). */
const SETTLE_FRAMES = 6;

export class RichTextEditStrategy implements EditStrategy {
  readonly kind: string;

  constructor(private readonly family: EditorFamily | null) {
    this.kind = family ?? 'contenteditable';
  }

  async applyEdit(field: FieldAdapter, request: EditRequest): Promise<EditOutcome> {
    const user = new UserActivity(field.element.ownerDocument);
    try {
      return await this.applyWatched(field, request, user);
    } finally {
      user.dispose();
    }
  }

  private async applyWatched(field: FieldAdapter, request: EditRequest, user: UserActivity): Promise<EditOutcome> {
    const { before, edits, expected } = request;
    if (this.family !== null) {
      // The editor puts its own selection where the caret belongs, in the same change.
      const answer = requestModelEdit(field.element, before, edits, request.caret);
      if (answer === 'applied') {
        const outcome = verified(await holds(field, expected, SETTLE_FRAMES, user, request.caret, true));
        if (outcome) return outcome;
        return this.restore(field, before, user);
      }
      // Declined or absent: the paths below, which need no page-world help.
    }
    if (this.family === null || !BEFOREINPUT_DRIVEN.has(this.family)) {
      const sent = await sawBeforeInput(field.element, () => field.applyEdits(edits));
      const outcome = verified(await holds(field, expected, 2, user, request.caret));
      if (outcome) return outcome;
      if (sent || !sameFieldText(field.readText(), before)) return this.restore(field, before, user);
    }
    // The browser sent no beforeinput, or this editor ignores anything else: send the one it expects.
    let taken = true;
    for (let index = edits.length - 1; index >= 0 && taken; index--) {
      taken = dispatchReplacement(field, edits[index] as TextEdit);
      // An editor that cancelled the event commits in a microtask or at its next render.
      if (taken && index > 0) await nextFrame(field.element.ownerDocument.defaultView ?? window);
    }
    const outcome = verified(await holds(field, expected, SETTLE_FRAMES, user, request.caret));
    if (outcome) return outcome;
    return this.restore(field, before, user);
  }

  /**
   * Puts the user's text back when the field holds neither it nor the fix, and says what happened.
   * Not when the user has typed since: what the field holds is then partly theirs.
   */
  private async restore(field: FieldAdapter, before: string, user: UserActivity): Promise<EditOutcome> {
    const current = field.readText();
    const change = diffTexts(current, before);
    if (change === null || sameFieldText(current, before)) {
      return { ok: false, reason: EDITOR_REFUSED_REASON, restored: true };
    }
    if (user.acted) return { ok: false, reason: EDITOR_REFUSED_REASON, restored: false };
    const edit: TextEdit = { start: change.start, end: change.oldEnd, text: before.slice(change.start, change.newEnd) };
    if (this.family === null || requestModelEdit(field.element, current, [edit]) !== 'applied') {
      if (this.family === null || !BEFOREINPUT_DRIVEN.has(this.family)) await field.applyEdits([edit]);
      else dispatchReplacement(field, edit);
    }
    const restored = (await holds(field, before, SETTLE_FRAMES)) === 'held';
    return { ok: false, reason: EDITOR_REFUSED_REASON, restored };
  }
}

/** Strategies for contenteditable fields, one per field (the family is read once, when it is attached). */
export const richTextStrategyFactory = {
  kind: 'rich-text',
  priority: 10,
  matches: (field: FieldAdapter): boolean => field.paintMode === 'highlight',
  create: (field: FieldAdapter): EditStrategy => new RichTextEditStrategy(editorFamilyOf(field.element)),
};
