/**
 * Applies fixes to one field: re-maps fixes computed on older text onto the field's current text
 * (dropping those whose range the user edited since), hands the edits to the field's editing path
 * (edit-strategy.ts), checks what the field holds afterwards and puts the caret where the user
 * expects it. What it returns is what the popup and the card tell the user.
 */
import { acceptedEdits, addsUnsafeLink, applyEdits, type Fix } from '../../rules';
import type { ApplyFixesResult, InsertTextResult } from '../../shared/field-protocol';
import type { FieldAdapter, TextSelection } from '../adapters/types';
import { remapFixes, shiftOffset } from '../text-edits';
import { type EditStrategy, editStrategyFor, sameFieldText } from './edit-strategy';

/** What the fix applier needs from the field it works on. */
export interface FixApplierHost {
  readonly adapter: FieldAdapter;
  /** The user's selection as last seen in the field (the field may have lost focus since). */
  lastSelection(): TextSelection | null;
  /** The caret was placed: remembered as the user's selection. */
  selectionPlaced(selection: TextSelection): void;
  /** The field's text changed: it is linted again. */
  textEdited(): void;
  isDestroyed(): boolean;
}

export class FixApplier {
  constructor(
    private readonly host: FixApplierHost,
    private readonly strategy: EditStrategy = editStrategyFor(host.adapter),
  ) {}

  /** Which editing path this field uses ('adapter' unless an editor family registered its own). */
  get strategyKind(): string {
    return this.strategy.kind;
  }

  /**
   * Applies fixes computed on `basedOnText` through the field's editing path. Fixes whose range the
   * user has edited since are dropped; the others are moved to the current offsets.
   */
  async applyFixes(fixes: readonly Fix[], basedOnText: string): Promise<ApplyFixesResult> {
    const { adapter } = this.host;
    const current = adapter.readText();
    if (fixes.length === 0) return { applied: false, text: current, reason: 'There was nothing to fix.' };
    // No fix of ours adds a javascript:, data: or file: link; one that would (unsafe settings that
    // slipped past every check, or a bad message) changes nothing (rules/link-safety.ts).
    if (
      fixes.some((fix) => fix.edits.some((edit) => addsUnsafeLink(basedOnText.slice(edit.start, edit.end), edit.text)))
    ) {
      return { applied: false, text: current, reason: 'A fix would have added an unsafe link to the message.' };
    }
    const usable = remapFixes(fixes, basedOnText, current);
    const edits = acceptedEdits(usable, current.length);
    if (edits.length === 0) {
      return { applied: false, text: current, reason: 'The message changed since these fixes were suggested.' };
    }
    const selection = this.host.lastSelection() ??
      adapter.readSelection() ?? { start: current.length, end: current.length };
    const expected = applyEdits(current, edits);
    // The user's selection moved over the edits, within a text of `length` characters.
    const shiftedSelection = (length: number): TextSelection => ({
      start: Math.min(shiftOffset(selection.start, edits), length),
      end: Math.min(shiftOffset(selection.end, edits), length),
    });
    const caret = shiftedSelection(expected.length);
    const outcome = await this.strategy.applyEdit(adapter, { before: current, edits, expected, caret });
    const after = adapter.readText();
    if (outcome.ok && outcome.userChanged) {
      // The fix landed and the user has already moved on (Ctrl+Z, typing, Ctrl+A): leave text and
      // caret to them; their selection is the one to give back when the card hands the focus back.
      const now = adapter.readSelection();
      if (now !== null) this.host.selectionPlaced(now);
      this.host.textEdited();
      return { applied: true, text: after };
    }
    // Nothing changed (the editor refused, or the strategy put the text back): the caret stays.
    this.placeCaret(after === current ? selection : shiftedSelection(after.length));
    this.host.textEdited();
    const result: ApplyFixesResult = { applied: after !== current, text: after };
    if (!outcome.ok || !sameFieldText(after, expected)) {
      result.reason = outcome.reason ?? 'The editor changed the text differently than expected.';
      result.notAccepted = { expected, restored: after === current };
    } else if (usable.length < fixes.length) {
      result.reason = 'Some fixes were skipped because the message changed.';
    }
    return result;
  }

  /** Inserts `text` at the caret (or at the end), with a space before it when it would touch a word. */
  async insertText(text: string, position: 'caret' | 'end'): Promise<InsertTextResult> {
    const current = this.host.adapter.readText();
    const selection = this.host.lastSelection() ?? this.host.adapter.readSelection();
    const at = position === 'end' || selection === null ? current.length : selection.end;
    const before = current.slice(0, at);
    // Keep words apart: "…opt out." + "https://…" needs a space between them.
    const needsSpace = before.length > 0 && !/\s$/.test(before) && !/^\s/.test(text);
    const inserted = needsSpace ? ` ${text}` : text;
    const result = await this.applyFixes(
      [{ label: 'Insert', safe: true, edits: [{ start: at, end: at, text: inserted }] }],
      current,
    );
    if (result.applied) {
      const end = at + inserted.length;
      this.placeCaret({ start: end, end });
    }
    return { applied: result.applied, text: result.text };
  }

  /**
   * Puts the caret where the user expects it after an edit, now and again in the next frame: some
   * editors (Lexical) re-apply the selection they had when they commit the edit, a moment later.
   * The second placement is skipped when the user typed in between.
   */
  private placeCaret(caret: TextSelection): void {
    const { adapter } = this.host;
    adapter.writeSelection(caret);
    this.host.selectionPlaced(caret);
    const text = adapter.readText();
    const doc = adapter.element.ownerDocument;
    const view = doc.defaultView ?? window;
    // A key or click of the user's before the next frame (Ctrl+A right after a fix) is theirs to keep.
    let userActed = false;
    const acted = (event: Event): void => {
      if (event.isTrusted) userActed = true;
    };
    doc.addEventListener('keydown', acted, { capture: true });
    doc.addEventListener('mousedown', acted, { capture: true });
    view.requestAnimationFrame(() => {
      doc.removeEventListener('keydown', acted, { capture: true });
      doc.removeEventListener('mousedown', acted, { capture: true });
      if (userActed || this.host.isDestroyed() || adapter.readText() !== text) return;
      const now = adapter.readSelection();
      if (now !== null && (now.start !== caret.start || now.end !== caret.end)) {
        adapter.writeSelection(caret);
        this.host.selectionPlaced(caret);
      }
    });
  }
}
