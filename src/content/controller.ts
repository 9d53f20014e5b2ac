/**
 * One controller per attached field: it owns the field's adapter and listeners (one
 * AbortController: aborting detaches everything) and puts together the field's parts, each with
 * one job: the lint scheduler (field/lint-scheduler.ts: what to send when), the renderer
 * (field/renderer.ts: badge, underlines, highlights), the interaction handler
 * (field/interaction.ts: hover, click, keys) and the fix applier (field/fix-applier.ts: remap,
 * apply, verify, caret). The page's animation frame calls `frame()`; until an answer comes, the
 * last findings follow the edit. Nothing runs while the user is idle.
 */
import {
  acceptedEdits,
  applyEdits,
  composeEdits,
  type Finding,
  type FirmSettings,
  type Fix,
  type Report,
  safeFixesOf,
  scoreFindings,
  type TextEdit,
} from '../rules';
import type { ApplyFixesResult, FieldState, InsertTextResult } from '../shared/field-protocol';
import type { RuleDoc } from '../shared/lint-protocol';
import type { FieldAdapter, TextSelection } from './adapters/types';
import { FixApplier } from './field/fix-applier';
import { FieldInteraction } from './field/interaction';
import { LintScheduler } from './field/lint-scheduler';
import { type BadgeState, FieldRenderer } from './field/renderer';
import type { LintAnswer } from './lint-client';
import { FieldSpelling } from './spelling-client';
import { followEdit } from './text-edits';

/** What a controller needs from the page it lives on (implemented by the page manager). */
export interface PageServices {
  readonly layer: HTMLElement;
  lintSettings(): Partial<FirmSettings>;
  /** Bumped when the settings change, so every field is linted again. */
  settingsGeneration(): number;
  /** Lints in the page or the background (lint-client.ts). */
  lint(text: string, firstMessage: boolean): Promise<LintAnswer>;
  ruleDoc(ruleId: string): RuleDoc | undefined;
  siteEnabled(): boolean;
  /** Ask for a frame in which this field is re-rendered. */
  schedule(controller: FieldController): void;
  openCard(
    controller: FieldController,
    findings: Finding[] | 'all',
    anchor: DOMRect,
    focus: boolean,
    hover: boolean,
  ): void;
  closeCardFor(controller: FieldController): void;
  hoverEnded(controller: FieldController): void;
  /** The field in use shows this count and verdict: the toolbar button of the tab shows them too. */
  showOnToolbar(controller: FieldController, findings: number, verdict: Report['verdict']): void;
  /** The user focused (`focused`) or edited this field: the popup reports on the last one used. */
  fieldUsed(controller: FieldController, focused?: boolean): void;
}

/** Lint-and-fix passes of "Fix all" at most (the rules library's fixAllSafe stops there too). */
const MAX_FIX_ALL_PASSES = 6;

function emptyReport(): Report {
  return { score: 100, verdict: 'ready', findings: [], encoding: 'GSM-7', segments: 0, characters: 0 };
}

/** How an ignored finding is recognised again after edits: its rule, message and the words it flags in `text`. */
function ignoreKey(finding: Pick<Finding, 'ruleId' | 'messageId' | 'start' | 'end'>, text: string): string {
  return `${finding.ruleId}\u0000${finding.messageId}\u0000${text.slice(finding.start, finding.end)}`;
}

let fieldCounter = 0;
/** Distinguishes fields of different frames when the popup names one. */
const frameToken = Math.random().toString(36).slice(2, 8);

export class FieldController {
  readonly id = `${frameToken}-${++fieldCounter}`;
  readonly element: HTMLElement;
  private readonly abort = new AbortController();
  private lastSelection: TextSelection | null = null;
  private focused = false;
  /** Spelling findings arrive later from the background; they are merged in when they do. */
  private readonly spelling = new FieldSpelling(() => this.mergeSpelling());
  private readonly lints: LintScheduler;
  private readonly renderer: FieldRenderer;
  private readonly fixes: FixApplier;
  /** Findings the user chose to ignore in this message ("Ignore"); forgotten when the field is emptied (sent). */
  private readonly ignored = new Set<string>();
  private visibleCache: { source: Report; text: string; size: number; result: Report } | null = null;

  constructor(
    readonly adapter: FieldAdapter,
    private readonly page: PageServices,
    firstMessage: boolean,
  ) {
    this.element = adapter.element;
    this.renderer = new FieldRenderer(page.layer, adapter, this.id, () => this.openSummary(true));
    this.lints = new LintScheduler(
      {
        readText: () => adapter.readText(),
        lint: (text, first) => page.lint(text, first),
        settingsGeneration: () => page.settingsGeneration(),
        hasFocus: () => this.focused,
        complete: (text, report) => this.spelling.merge(text, report, page.lintSettings()),
        answered: (edited) => {
          // A sent message empties the field: what was ignored in it does not carry over to the next.
          if (this.lints.text === '') this.ignored.clear();
          // An answer from the background: the count is right at once, and the next frame measures
          // and draws the underlines. The in-page linter answers within the keystroke's own task,
          // and the frame just asked for draws the badge with the underlines: drawing it here too
          // was the same work twice in every keystroke.
          const report = this.lints.report;
          if (report !== null && !this.lints.checking && this.lints.linter !== 'page')
            this.renderBadgeContent(this.visible(report, this.lints.text));
          if (edited) page.fieldUsed(this);
          page.schedule(this);
        },
        failed: () => {
          // At once, not in the next frame: an orphaned script may get no frame callback it can act on.
          this.renderer.clearUnderlines();
          page.schedule(this);
        },
        schedule: () => page.schedule(this),
        isDestroyed: () => this.isDestroyed,
      },
      firstMessage,
    );
    this.fixes = new FixApplier({
      adapter,
      lastSelection: () => this.rememberedSelection(),
      selectionPlaced: (selection) => {
        this.lastSelection = selection;
      },
      textEdited: () => this.markDirty(),
      isDestroyed: () => this.isDestroyed,
    });
    this.connect();
    page.schedule(this);
  }

  private connect(): void {
    const { signal } = this.abort;
    this.adapter.connect(signal, {
      textChanged: () => this.markDirty(),
      layoutChanged: () => this.page.schedule(this),
    });
    new FieldInteraction(
      {
        element: this.element,
        focused: () => {
          this.focused = true;
          this.page.fieldUsed(this, true);
          if (this.lints.report === null) this.markDirty();
          else this.page.schedule(this);
        },
        blurred: () => {
          this.focused = false;
          this.rememberSelection();
          this.page.schedule(this);
        },
        rememberSelection: () => this.rememberSelection(),
        readSelection: () => this.adapter.readSelection(),
        selectionSeen: (selection) => {
          this.lastSelection = selection;
        },
        currentReport: () => this.currentReport(),
        findingsAt: (x, y) => this.renderer.findingsAt(x, y),
        anchorFor: (findings) => this.renderer.anchorFor(findings),
        caretAnchor: (finding) => {
          this.adapter.prepareLayout?.();
          const rect = this.adapter.rectsFor(finding.start, Math.max(finding.end, finding.start + 1))[0];
          return rect ?? this.adapter.clipRect();
        },
        openCard: (findings, anchor, focus, hover) => this.page.openCard(this, findings, anchor, focus, hover),
        openSummary: (focus) => this.openSummary(focus),
        hoverEnded: () => this.page.hoverEnded(this),
        isDestroyed: () => this.isDestroyed,
      },
      signal,
    );
    const element = this.element;
    if (element.ownerDocument.activeElement === element || element.matches(':focus')) this.focused = true;
  }

  /** Checked under first-message rules (terms link, firm name and STOP wording required). */
  get firstMessage(): boolean {
    return this.lints.firstMessage;
  }

  set firstMessage(value: boolean) {
    this.lints.firstMessage = value;
  }

  markDirty(): void {
    this.lints.markDirty();
  }

  /**
   * The extension is gone from under the page (reloaded, updated, removed): the field says so and
   * every underline of it goes, CSS Custom Highlight ranges included (they outlive this script).
   */
  extensionGone(reason: string): void {
    if (this.isDestroyed) return;
    this.lints.extensionGone(reason);
    this.renderer.clearUnderlines();
    this.renderBadge(this.lints.report ?? emptyReport());
  }

  /** New spelling findings for the text of the current report. */
  private mergeSpelling(): void {
    if (this.isDestroyed || !this.lints.recomplete()) return;
    this.page.schedule(this);
  }

  /** Resolves once the report is that of the field's current text (or the linter gave up). */
  settled(): Promise<void> {
    return this.lints.settled();
  }

  /** The last report moved onto the current text without linting: findings the edit touched are dropped. */
  private provisionalReport(): Report {
    const report = this.lints.report as Report;
    const text = this.adapter.readText();
    return this.visible({ ...report, findings: followEdit(report.findings, this.lints.text, text) }, text);
  }

  /**
   * The report without the findings the user ignored, scored again. The same object while nothing
   * is ignored (and for the same report and ignores), so callers can compare reports by identity.
   */
  private visible(report: Report, text: string): Report {
    if (this.ignored.size === 0) return report;
    const cache = this.visibleCache;
    if (cache && cache.source === report && cache.text === text && cache.size === this.ignored.size)
      return cache.result;
    const findings = report.findings.filter((finding) => !this.ignored.has(ignoreKey(finding, text)));
    const result =
      findings.length === report.findings.length ? report : { ...report, findings, ...scoreFindings(findings) };
    this.visibleCache = { source: report, text, size: this.ignored.size, result };
    return result;
  }

  /** "Ignore": this finding is not shown again in this message (the same rule on the same words). */
  ignore(finding: Pick<Finding, 'ruleId' | 'messageId' | 'start' | 'end'>, basedOnText: string): void {
    this.ignored.add(ignoreKey(finding, basedOnText));
    this.page.schedule(this);
  }

  /** The user's last selection in the field: a textarea's or input's own, focused or not. */
  private rememberedSelection(): TextSelection | null {
    if (this.adapter.keepsOwnSelection) return this.adapter.readSelection() ?? this.lastSelection;
    return this.lastSelection;
  }

  rememberSelection(): void {
    const selection = this.adapter.readSelection();
    if (selection !== null) this.lastSelection = selection;
  }

  /**
   * The last report, together with the text it was made on (`currentText()`), which is what fixes
   * are based on. Right after an edit it may be one answer behind the field; `settled()` waits.
   */
  currentReport(): Report {
    const report = this.lints.report;
    return report === null ? emptyReport() : this.visible(report, this.lints.text);
  }

  /** Whether the field has the keyboard focus (known from attach on, not only from focus events). */
  get hasFocus(): boolean {
    return this.focused;
  }

  /** True while a huge text waits for a pause in typing or for its answer. */
  get checking(): boolean {
    return this.lints.checking;
  }

  /** The text the current report was made on. */
  currentText(): string {
    return this.lints.text;
  }

  /** Why the text could not be checked, or null. */
  get failure(): string | null {
    return this.lints.lintFailure;
  }

  /** The field as the popup shows it, once the report is that of its current text. */
  async state(): Promise<FieldState> {
    await this.settled();
    return {
      fieldId: this.id,
      text: this.lints.text,
      report: this.currentReport(),
      firstMessage: this.firstMessage,
      siteEnabled: this.page.siteEnabled(),
      origin: this.element.ownerDocument.location?.origin ?? '',
      ...(this.spelling.unavailable !== null ? { spellingUnavailable: this.spelling.unavailable } : {}),
    };
  }

  /** Called inside the page's animation frame. */
  frame(): void {
    if (this.abort.signal.aborted) return;
    const lints = this.lints;
    lints.pump();
    const answer = lints.report;
    if (answer === null || lints.checking) {
      // No answer yet, or typing in a huge text: keep the keystroke cheap. The badge follows the
      // edit and says it is checking; underlines come back with the answer, when typing pauses.
      this.renderBadge(answer === null ? emptyReport() : this.provisionalReport());
      if (this.renderer.drawsAnything) this.renderer.clearUnderlines();
      return;
    }
    if (lints.lintFailure !== null) {
      // Nothing checks this text any more (the extension was reloaded or removed under the page):
      // the "unavailable" badge, and no underline of an old report left beside it.
      this.renderBadge(answer);
      this.renderer.clearUnderlines();
      return;
    }
    if (lints.answerExpected) return;
    const report = lints.stale ? this.provisionalReport() : this.visible(answer, lints.text);
    // Every read of layout before any write: the field's box once, then the underlines' measures,
    // then the badge's writes. A read after a write lays the page out a second time in the frame.
    const state = this.badgeState();
    const clip = state.visible ? this.adapter.clipRect() : null;
    this.renderer.renderUnderlines(report, clip);
    this.renderBadge(report, state, clip ?? undefined);
  }

  private badgeState(): BadgeState {
    return {
      visible: this.focused || this.lints.text.length > 0,
      checking: this.lints.checking,
      failure: this.lints.lintFailure,
      linter: this.lints.linter,
      spellingUnavailable: this.spelling.unavailable,
    };
  }

  /** Draws the badge (at `fieldBox`, the field's box when the caller read it already). */
  private renderBadge(report: Report, state = this.badgeState(), fieldBox?: DOMRect): void {
    if (this.renderer.renderBadge(report, state, fieldBox) !== null) this.mirrorOnToolbar(report, state);
  }

  private renderBadgeContent(report: Report): void {
    const state = this.badgeState();
    if (this.renderer.renderBadgeContent(report, state)) this.mirrorOnToolbar(report, state);
  }

  /** The toolbar button mirrors the field in use, with answers only (not findings moved by an edit). */
  private mirrorOnToolbar(report: Report, state: BadgeState): void {
    const answer = this.lints.report;
    if (
      this.focused &&
      state.failure === null &&
      !state.checking &&
      answer !== null &&
      report === this.visible(answer, this.lints.text)
    ) {
      this.page.showOnToolbar(this, report.findings.length, report.verdict);
    }
  }

  openSummary(focus: boolean): void {
    this.page.openCard(this, 'all', this.renderer.badgeRect(), focus, false);
  }

  /** The field's box in the viewport. */
  fieldBox(): DOMRect {
    return this.adapter.clipRect();
  }

  /** Where a card's words are now (the first finding's, or the badge for the summary). */
  anchorFor(findings: readonly Finding[] | 'all'): DOMRect | null {
    if (findings === 'all') return this.renderer.badgeRect();
    const finding = findings[0];
    if (finding === undefined) return null;
    this.adapter.prepareLayout?.();
    return this.adapter.rectsFor(finding.start, Math.max(finding.end, finding.start + 1))[0] ?? null;
  }

  /** Gives the field focus back with the caret where the user left it. */
  restoreFocus(): void {
    this.element.focus({ preventScroll: true });
    const selection = this.rememberedSelection();
    if (selection) this.adapter.writeSelection(selection);
  }

  /**
   * Applies fixes computed on `basedOnText` through the field's editing path (fix-applier.ts).
   * Fixes whose range the user has edited since are dropped; the others are moved to the current offsets.
   */
  applyFixes(fixes: readonly Fix[], basedOnText: string): Promise<ApplyFixesResult> {
    return this.fixes.applyFixes(fixes, basedOnText);
  }

  /**
   * "Fix all safe issues" to its end, as the rules library's fixAllSafe does: the fixed text is
   * linted again until no safe fix is left (two fixes of one word cannot apply at once, and a fix
   * can expose another finding), and the passes' edits are applied as one list on the field's text.
   */
  async fixAllSafe(): Promise<ApplyFixesResult> {
    await this.settled();
    const original = this.lints.text;
    let current = original;
    let report = this.currentReport();
    let edits: TextEdit[] = [];
    for (let pass = 0; pass < MAX_FIX_ALL_PASSES; pass++) {
      const passEdits = acceptedEdits(safeFixesOf(report.findings), current.length);
      const next = applyEdits(current, passEdits);
      if (next === current) break;
      edits = composeEdits(original, edits, passEdits);
      current = next;
      if (pass + 1 === MAX_FIX_ALL_PASSES) break;
      try {
        // What the user ignored stays as it is in the later passes too.
        report = this.visible((await this.page.lint(current, this.firstMessage)).report, current);
      } catch {
        // The linter went away mid-way: apply the passes made so far.
        break;
      }
    }
    const fixes: Fix[] = edits.length > 0 ? [{ label: 'Fix all safe issues', safe: true, edits }] : [];
    return this.applyFixes(fixes, original);
  }

  insertText(text: string, position: 'caret' | 'end'): Promise<InsertTextResult> {
    return this.fixes.insertText(text, position);
  }

  destroy(): void {
    this.abort.abort();
    this.lints.destroy();
    this.page.closeCardFor(this);
    this.spelling.destroy();
    this.renderer.destroy();
    this.adapter.dispose();
  }

  get isDestroyed(): boolean {
    return this.abort.signal.aborted;
  }
}
