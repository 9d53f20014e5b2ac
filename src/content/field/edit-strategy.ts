/**
 * How an edit reaches a field: the seam between the fix applier (fix-applier.ts: which edits, the
 * caret, what the user is told) and the editing path of one editor family. The generic strategy
 * goes through the adapter's own editing path (`execCommand('insertText')` on a selection, then a
 * synthetic `beforeinput`); an editor whose model ignores that path (CKEditor 5, Slate) registers a
 * strategy that goes through its own API, chosen per field by `editStrategyFor`.
 *
 * A strategy's promise says whether the field now holds `expected`. When it does not, the strategy
 * has either left the field as it was before the edit (`restored: true`) or could not; the fix
 * applier tells the user either way and never claims success.
 */
import type { TextEdit } from '../../rules';
import type { FieldAdapter, TextSelection } from '../adapters/types';

export interface EditRequest {
  /** The field's text the edits were computed on (read right before applying). */
  readonly before: string;
  /** Sorted, non-overlapping edits on `before`. */
  readonly edits: readonly TextEdit[];
  /** `before` with `edits` applied: what the field must hold afterwards. */
  readonly expected: string;
  /**
   * Where the caret belongs once the edits are in (the user's, shifted by them). A strategy that
   * reads the field back over several frames puts it there as soon as the field shows the fix, so
   * a key typed meanwhile lands there and not where the editor left it.
   */
  readonly caret?: TextSelection;
}

export interface EditOutcome {
  /** The field (its editor's own model, where the strategy can read it) holds `expected`. */
  ok: boolean;
  /** Why not, in words for the user (set when `ok` is false). */
  reason?: string;
  /** Set when `ok` is false and the field holds `before` again (nothing of the user's was lost). */
  restored?: boolean;
  /**
   * Set with `ok` when the field showed `expected` and the user pressed a key or clicked before
   * the check ended (typed, Ctrl+Z, Ctrl+A right after the fix): the text and the caret are theirs.
   */
  userChanged?: boolean;
}

export interface EditStrategy {
  /** e.g. 'adapter', 'ckeditor5', 'slate': for diagnostics and tests. */
  readonly kind: string;
  applyEdit(field: FieldAdapter, request: EditRequest): Promise<EditOutcome>;
}

export interface EditStrategyFactory {
  readonly kind: string;
  /** Higher is asked first; the generic strategy is the fallback below every registered one. */
  readonly priority: number;
  matches(field: FieldAdapter): boolean;
  create(field: FieldAdapter): EditStrategy;
}

/**
 * Whether a field's text is the expected one, a no-break space counting as a space: browsers turn
 * the spaces beside an edit in a contenteditable into no-break spaces (and back) to keep them visible.
 */
export function sameFieldText(actual: string, expected: string): boolean {
  return actual === expected || actual.replaceAll('\u00a0', ' ') === expected.replaceAll('\u00a0', ' ');
}

/** What the user reads when an editor kept its own text instead of the fix. */
export const EDITOR_REFUSED_REASON = 'This editor did not accept the change.';

function nextFrame(field: FieldAdapter): Promise<void> {
  const view = field.element.ownerDocument.defaultView ?? window;
  return new Promise((resolve) => view.requestAnimationFrame(() => resolve()));
}

/** Whether the user pressed a key or clicked (trusted events) in `doc` while `during` ran. */
async function userActedDuring(doc: Document, during: Promise<void>): Promise<boolean> {
  let acted = false;
  const stop = new AbortController();
  const seen = (event: Event): void => {
    if (event.isTrusted) acted = true;
  };
  for (const type of ['keydown', 'beforeinput', 'mousedown', 'paste', 'drop']) {
    doc.addEventListener(type, seen, { capture: true, signal: stop.signal });
  }
  try {
    await during;
  } finally {
    stop.abort();
  }
  return acted;
}

/**
 * The adapter's editing path, verified by reading the field back now and after the next frame (a
 * framework that re-renders the field from its own state puts its text back by then). Nothing is
 * restored here: the adapter's path is the browser's own editing command, which leaves screen and
 * model in step. A change made by the user before that frame (Ctrl+Z or a key right after the fix,
 * on a busy machine where the frame comes late) is theirs, not a refusal: the card then says
 * nothing and takes no focus, so the next key lands in the message.
 */
export const adapterEditStrategy: EditStrategy = {
  kind: 'adapter',
  async applyEdit(field, { before, edits, expected }) {
    await field.applyEdits(edits);
    if (field.readText() === expected) {
      const acted = await userActedDuring(field.element.ownerDocument, nextFrame(field));
      if (field.readText() === expected) return { ok: true };
      if (acted) return { ok: true, userChanged: true };
    }
    const after = field.readText();
    return { ok: false, reason: EDITOR_REFUSED_REASON, restored: after === before };
  },
};

const factories: EditStrategyFactory[] = [];

/** Adds an editing path for an editor family (kept sorted, highest priority first). */
export function registerEditStrategy(factory: EditStrategyFactory): () => void {
  factories.push(factory);
  factories.sort((a, b) => b.priority - a.priority);
  return () => {
    const index = factories.indexOf(factory);
    if (index >= 0) factories.splice(index, 1);
  };
}

/** The editing path for this field: the first registered strategy that matches, else the adapter's. */
export function editStrategyFor(field: FieldAdapter): EditStrategy {
  for (const factory of factories) if (factory.matches(field)) return factory.create(field);
  return adapterEditStrategy;
}
