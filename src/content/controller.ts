/**
 * One controller per attached field: it owns the field's adapter, listeners (one AbortController:
 * aborting detaches everything), its last report, its badge and underline layer, and applies fixes.
 * A text change asks the frame's linter (lint-client.ts: in the page, or in the background) for
 * findings, one request in flight per field (the answer to it asks again with the newest text if
 * the user typed meanwhile), and the badge shows the answer the moment it lands. The page's
 * animation frame re-measures underlines; until the answer comes, the last findings follow the
 * edit. Nothing runs while the user is idle.
 */
import { safeFixesOf } from '../rules/fixes';
import type { FirmSettings } from '../rules/settings';
import type { Finding, Fix, Report } from '../rules/types';
import type { ApplyFixesResult, FieldState, InsertTextResult } from '../shared/field-protocol';
import type { RuleDoc } from '../shared/lint-protocol';
import type { FieldAdapter, TextSelection } from './adapters/types';
import { insideWindow } from './adapters/visible-text';
import { FixApplier } from './field/fix-applier';
import type { LintAnswer, LinterPlace } from './lint-client';
import { FieldSpelling } from './spelling-client';
import { followEdit } from './text-edits';
import { FieldHighlights, highlightsSupported } from './ui/highlights';
import { drawMarks, type MarkBox, setAttributeIfChanged, setTextIfChanged } from './ui/marks';
import { onTrusted } from './ui/trusted';

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

/** Above this many findings on screen, the rest are not drawn (the badge still counts them all). */
const MAX_DRAWN_FINDINGS = 400;
const HOVER_DELAY_MS = 300;
/**
 * A long text (a pasted document) whose answer took longer than SLOW_LINT_MS no longer follows
 * every keystroke: the next request waits for a pause in typing, and the badge says it is checking
 * meanwhile. A short message never does: one slow answer (the background waking up) says nothing
 * about the next, and one request in flight at a time already bounds the work.
 */
const SLOW_LINT_MS = 30;
const LONG_TEXT_CHARS = 4_000;
const MAX_LINT_DELAY_MS = 600;
/**
 * While an answer is this young, a frame keeps the underlines where they are instead of moving the
 * last findings onto the edit: the answer is due within milliseconds and a second layout pass in
 * between would only delay it.
 */
const ANSWER_EXPECTED_MS = 50;
/** How long the popup or "Fix all" waits for the answer on the newest text. */
const SETTLE_TIMEOUT_MS = 5_000;

function emptyReport(): Report {
  return { score: 100, verdict: 'ready', findings: [], encoding: 'GSM-7', segments: 0, characters: 0 };
}

let fieldCounter = 0;
/** Distinguishes fields of different frames when the popup names one. */
const frameToken = Math.random().toString(36).slice(2, 8);

interface HitBox {
  rect: DOMRect;
  finding: Finding;
}

export class FieldController {
  readonly id = `${frameToken}-${++fieldCounter}`;
  readonly element: HTMLElement;
  private readonly abort = new AbortController();
  /** The text the current report was made on. */
  private text = '';
  /** The linter's answer for `text`, before spelling findings are merged in. */
  private lintReport: Report | null = null;
  private report: Report | null = null;
  /** Settings generation and first-message flag the report was made with. */
  private reportKey = '';
  /** The field's text may differ from `text`: an answer for the newest text is due. */
  private dirty = true;
  private lintInFlight = false;
  private lintSentAt = 0;
  /** Which linter made the last report (the badge says so to automation, as data-linter). */
  private linter: LinterPlace | null = null;
  /** Why the background could not lint (the extension was reloaded under the page). */
  private lintFailure: string | null = null;
  private settleWaiters: (() => void)[] = [];
  private lastSelection: TextSelection | null = null;
  private hitBoxes: HitBox[] = [];
  private readonly badge: HTMLButtonElement;
  private readonly marks: HTMLDivElement;
  private readonly highlights: FieldHighlights | null;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private focused = false;
  /** How long the last answer on a long text took; above SLOW_LINT_MS the next request waits for a pause in typing. */
  private lintCost = 0;
  private lintTimer: ReturnType<typeof setTimeout> | undefined;
  /** Spelling findings arrive later from the background; they are merged in when they do. */
  private readonly spelling = new FieldSpelling(() => this.mergeSpelling());
  /** Whether this field currently has ranges in the shared Custom Highlights. */
  private highlighted = false;
  private readonly fixes: FixApplier;

  constructor(
    readonly adapter: FieldAdapter,
    private readonly page: PageServices,
    public firstMessage: boolean,
  ) {
    this.element = adapter.element;
    const doc = page.layer.ownerDocument;
    this.badge = doc.createElement('button');
    this.badge.type = 'button';
    this.badge.className = 'badge';
    this.badge.setAttribute('data-sms-badge', '');
    this.badge.hidden = true;
    onTrusted(this.badge, 'click', () => this.openSummary(true));
    this.marks = doc.createElement('div');
    this.marks.className = 'marks';
    this.marks.dataset.paint = adapter.paintMode;
    this.marks.dataset.field = this.id;
    page.layer.append(this.marks, this.badge);
    const view = this.element.ownerDocument.defaultView;
    this.highlights =
      adapter.paintMode === 'highlight' && view && highlightsSupported(view) ? new FieldHighlights(this.element) : null;
    if (adapter.paintMode === 'highlight' && this.highlights === null) this.marks.dataset.paint = 'overlay';
    this.fixes = new FixApplier({
      adapter,
      lastSelection: () => this.lastSelection,
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
    const element = this.element;
    const options = { signal };
    element.addEventListener(
      'focus',
      () => {
        this.focused = true;
        this.page.fieldUsed(this, true);
        if (this.report === null) this.markDirty();
        else this.page.schedule(this);
      },
      options,
    );
    element.addEventListener(
      'blur',
      () => {
        this.focused = false;
        this.rememberSelection();
        this.page.schedule(this);
      },
      options,
    );
    // The page's script may fire these on its own field: only the user's keys and pointer open our card.
    onTrusted(element, 'keydown', (event) => this.onKeyDown(event), options);
    element.addEventListener('keyup', () => this.rememberSelection(), options);
    element.addEventListener('mouseup', () => this.rememberSelection(), options);
    onTrusted(element, 'click', (event) => this.onPointer(event, 'click'), options);
    onTrusted(element, 'pointermove', (event) => this.onPointer(event, 'move'), { signal, passive: true });
    element.addEventListener('pointerleave', () => this.cancelHover(), options);
    signal.addEventListener('abort', () => this.cancelHover(), { once: true });
    if (element.ownerDocument.activeElement === element || element.matches(':focus')) this.focused = true;
  }

  markDirty(): void {
    this.dirty = true;
    if (this.lintCost > SLOW_LINT_MS) {
      // A huge text: ask again once typing pauses; meanwhile the old findings follow the edit.
      if (this.lintTimer !== undefined) clearTimeout(this.lintTimer);
      this.lintTimer = setTimeout(
        () => {
          this.lintTimer = undefined;
          this.requestLint();
        },
        Math.min(MAX_LINT_DELAY_MS, this.lintCost * 2),
      );
    } else {
      this.requestLint();
      // The answer schedules the frame that draws it; a frame before it would have nothing to draw.
      if (this.lintInFlight && this.report !== null) return;
    }
    this.page.schedule(this);
  }

  private lintKey(): string {
    return `${this.page.settingsGeneration()}:${this.firstMessage}`;
  }

  /** Sends the field's text to the linter unless an answer for it is in hand or on its way. */
  private requestLint(): void {
    if (this.lintInFlight || this.isDestroyed) return;
    const text = this.adapter.readText();
    // Clearing the field after the invitation went out: what follows is not the first message.
    if (text === '' && this.text !== '') this.firstMessage = false;
    if (text === '' && this.report === null && !this.focused) {
      // An empty field nobody is in shows no badge: nothing to ask until it is focused or filled.
      this.settle();
      return;
    }
    const key = this.lintKey();
    if (this.report !== null && text === this.text && key === this.reportKey && this.lintFailure === null) {
      this.settle();
      return;
    }
    this.lintInFlight = true;
    const started = performance.now();
    this.lintSentAt = started;
    this.page.lint(text, this.firstMessage).then(
      (answer) => this.onLintAnswer(text, key, answer, performance.now() - started),
      (error: unknown) => this.onLintFailed(error),
    );
  }

  private onLintAnswer(text: string, key: string, { report: lintReport, linter }: LintAnswer, cost: number): void {
    this.lintInFlight = false;
    if (this.isDestroyed) return;
    this.linter = linter;
    const edited = text !== this.text || this.report === null;
    this.lintFailure = null;
    this.lintCost = text.length > LONG_TEXT_CHARS ? cost : 0;
    this.text = text;
    this.lintReport = lintReport;
    this.reportKey = key;
    this.report = this.spelling.merge(text, lintReport, this.page.lintSettings());
    if (this.adapter.readText() !== text || this.lintKey() !== key) {
      // The user typed while this was out: ask for the newest text (after a pause if linting is slow).
      if (this.lintTimer === undefined) this.markDirty();
    } else {
      this.settle();
    }
    // The count is right at once; the next frame measures and draws the underlines.
    if (!this.checking) this.renderBadgeContent(this.report);
    if (edited) this.page.fieldUsed(this);
    this.page.schedule(this);
  }

  private onLintFailed(error: unknown): void {
    this.lintInFlight = false;
    if (this.isDestroyed) return;
    this.lintFailure = error instanceof Error ? error.message : String(error);
    this.settle();
    // At once, not in the next frame: an orphaned script may get no frame callback it can act on.
    this.clearUnderlines();
    this.page.schedule(this);
  }

  /**
   * The extension is gone from under the page (reloaded, updated, removed): the field says so and
   * every underline of it goes, CSS Custom Highlight ranges included (they outlive this script).
   */
  extensionGone(reason: string): void {
    if (this.isDestroyed) return;
    this.lintFailure = reason;
    this.settle();
    this.clearUnderlines();
    this.renderBadge(this.report ?? emptyReport());
  }

  /** Removes this field's overlay marks, hit boxes and highlight ranges. */
  private clearUnderlines(): void {
    if (this.marks.firstChild !== null) this.marks.replaceChildren();
    this.hitBoxes = [];
    this.highlights?.clear();
    this.highlighted = false;
  }

  /** New spelling findings for the text of the current report. */
  private mergeSpelling(): void {
    if (this.isDestroyed || this.lintReport === null) return;
    this.report = this.spelling.merge(this.text, this.lintReport, this.page.lintSettings());
    this.page.schedule(this);
  }

  private settle(): void {
    this.dirty = false;
    const waiters = this.settleWaiters;
    this.settleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Resolves once the report is that of the field's current text (or the linter gave up). */
  settled(): Promise<void> {
    if (!this.dirty && !this.lintInFlight) return Promise.resolve();
    const settled = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, SETTLE_TIMEOUT_MS);
      this.settleWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    // Waiting for a pause in typing: someone wants the answer now. (The request may settle at
    // once, which is why the waiter is registered first.)
    if (this.lintTimer !== undefined) clearTimeout(this.lintTimer);
    this.lintTimer = undefined;
    this.requestLint();
    return settled;
  }

  /** The last report moved onto the current text without linting: findings the edit touched are dropped. */
  private provisionalReport(): Report {
    const report = this.report as Report;
    return { ...report, findings: followEdit(report.findings, this.text, this.adapter.readText()) };
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
    return this.report ?? emptyReport();
  }

  /** Whether the field has the keyboard focus (known from attach on, not only from focus events). */
  get hasFocus(): boolean {
    return this.focused;
  }

  /** True while a huge text waits for a pause in typing or for its answer. */
  get checking(): boolean {
    return this.dirty && (this.report === null || this.lintCost > SLOW_LINT_MS);
  }

  currentText(): string {
    return this.text;
  }

  /** Why the text could not be checked, or null. */
  get failure(): string | null {
    return this.lintFailure;
  }

  /** The field as the popup shows it, once the report is that of its current text. */
  async state(): Promise<FieldState> {
    await this.settled();
    return {
      fieldId: this.id,
      text: this.text,
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
    if (this.dirty && !this.lintInFlight && this.lintTimer === undefined) this.requestLint();
    if (this.report === null || this.checking) {
      // No answer yet, or typing in a huge text: keep the keystroke cheap. The badge follows the
      // edit and says it is checking; underlines come back with the answer, when typing pauses.
      this.renderBadge(this.report === null ? emptyReport() : this.provisionalReport());
      if (this.hitBoxes.length > 0 || this.marks.firstChild !== null) {
        this.marks.replaceChildren();
        this.hitBoxes = [];
        this.highlights?.clear();
      }
      return;
    }
    if (this.lintFailure !== null) {
      // Nothing checks this text any more (the extension was reloaded or removed under the page):
      // the "unavailable" badge, and no underline of an old report left beside it.
      this.renderBadge(this.report);
      this.clearUnderlines();
      return;
    }
    if (this.dirty && this.lintInFlight && performance.now() - this.lintSentAt < ANSWER_EXPECTED_MS) return;
    const report = this.dirty ? this.provisionalReport() : this.report;
    // One read of the field's box per frame: reading it again after the badge moved would lay the
    // page out a second time.
    const clip = this.renderBadge(report);
    this.renderUnderlines(report, clip);
  }

  /** Draws the badge; returns the field's box when it had to read it. */
  private renderBadge(report: Report): DOMRect | null {
    if (!this.renderBadgeContent(report)) return null;
    const clip = this.adapter.clipRect();
    const singleLine = clip.height < 48;
    const top = singleLine ? clip.top + (clip.height - 22) / 2 : clip.bottom - 22 - 6;
    // The badge's right edge sits 6px inside the field (the stylesheet shifts it left by its own
    // width), so its width need not be measured after its text changed.
    this.badge.style.left = `${Math.round(clip.right - 6)}px`;
    this.badge.style.top = `${Math.round(top)}px`;
    return clip;
  }

  /** The badge's count, verdict and labels, without reading layout. False when it is hidden. */
  private renderBadgeContent(report: Report): boolean {
    const visible = this.focused || this.text.length > 0;
    if (!visible) {
      if (!this.badge.hidden) this.badge.hidden = true;
      return false;
    }
    // Each write only where the value changed: the badge is drawn when the answer lands and again
    // in the frame, and an unchanged write would still cost the frame a style pass.
    const badge = this.badge;
    badge.hidden = false;
    if (this.lintFailure !== null) {
      setAttributeIfChanged(badge, 'data-verdict', 'unavailable');
      setAttributeIfChanged(badge, 'data-findings', '');
      badge.removeAttribute('data-linter');
      badge.removeAttribute('data-checking');
      setTextIfChanged(badge, '!');
      setAttributeIfChanged(badge, 'aria-label', `SMS check unavailable. ${this.lintFailure}`);
      setAttributeIfChanged(badge, 'title', this.lintFailure);
      return true;
    }
    const count = report.findings.length;
    const checking = this.checking;
    setAttributeIfChanged(badge, 'data-verdict', report.verdict);
    setAttributeIfChanged(badge, 'data-findings', String(count));
    if (this.linter !== null) setAttributeIfChanged(badge, 'data-linter', this.linter);
    badge.toggleAttribute('data-checking', checking);
    setTextIfChanged(badge, checking ? '…' : String(count));
    const issues = `${count} ${count === 1 ? 'issue' : 'issues'}`;
    setAttributeIfChanged(
      badge,
      'aria-label',
      checking ? 'SMS check: checking this long message…' : `SMS check: ${issues}, ${report.verdict}. Show details`,
    );
    const spellingOff = this.spelling.unavailable;
    let title = checking ? 'SMS check: checking…' : `SMS check: ${issues} (${report.verdict})`;
    if (spellingOff !== null) {
      setAttributeIfChanged(badge, 'data-spelling', 'unavailable');
      title += `. Spelling is not checked right now: ${spellingOff}`;
    } else {
      badge.removeAttribute('data-spelling');
    }
    setAttributeIfChanged(badge, 'title', title);
    // The toolbar button mirrors the field in use, with answers only (not findings moved by an edit).
    if (this.focused && !checking && report === this.report) this.page.showOnToolbar(this, count, report.verdict);
    return true;
  }

  private renderUnderlines(report: Report, measuredClip: DOMRect | null): void {
    // Nothing to draw and nothing drawn (an empty field): no layout reads at all, which keeps
    // attaching to a page of many empty fields cheap.
    if (report.findings.length === 0 && this.hitBoxes.length === 0 && this.marks.firstChild === null) {
      if (this.highlighted) this.highlights?.clear();
      this.highlighted = false;
      return;
    }
    const clip = measuredClip ?? this.adapter.clipRect();
    const view = this.element.ownerDocument.defaultView;
    const onScreen =
      view !== null && clip.bottom > 0 && clip.right > 0 && clip.top < view.innerHeight && clip.left < view.innerWidth;
    if (!onScreen || report.findings.length === 0) {
      this.marks.replaceChildren();
      this.hitBoxes = [];
      this.highlights?.set(
        report.findings.slice(0, MAX_DRAWN_FINDINGS).flatMap((finding) => {
          const range = this.adapter.domRange(finding.start, finding.end);
          return range ? [{ severity: finding.severity, range }] : [];
        }),
      );
      this.highlighted = this.highlights !== null;
      return;
    }
    this.adapter.prepareLayout?.();
    const visible = this.adapter.visibleTextRange();
    const shown = report.findings
      .filter((finding) => finding.end >= visible.start && finding.start <= visible.end)
      .slice(0, MAX_DRAWN_FINDINGS);
    Object.assign(this.marks.style, {
      left: `${clip.left}px`,
      top: `${clip.top}px`,
      width: `${clip.width}px`,
      height: `${clip.height}px`,
    });
    const boxes: HitBox[] = [];
    const drawn: MarkBox[] = [];
    const seen = insideWindow(clip, view);
    for (const finding of shown) {
      // A zero-width finding (a missing word at the end) is marked on the character before it.
      const start = finding.end > finding.start ? finding.start : Math.max(0, finding.start - 1);
      const end = Math.max(finding.end, start + 1);
      for (const rect of this.adapter.rectsFor(start, end)) {
        if (rect.bottom < seen.top || rect.top > seen.bottom || rect.right < seen.left || rect.left > seen.right)
          continue;
        boxes.push({ rect, finding });
        drawn.push({
          left: rect.left - clip.left,
          top: rect.top - clip.top,
          width: Math.max(rect.width, 4),
          height: rect.height,
          ruleId: finding.ruleId,
          severity: finding.severity,
        });
      }
    }
    drawMarks(this.marks, drawn);
    this.hitBoxes = boxes;
    if (this.highlights) {
      // Only what is on screen: a huge text would otherwise map thousands of ranges per frame.
      this.highlights.set(
        shown.flatMap((finding) => {
          const range = this.adapter.domRange(finding.start, finding.end);
          return range ? [{ severity: finding.severity, range }] : [];
        }),
      );
      this.highlighted = true;
    }
  }

  private findingsAt(x: number, y: number): Finding[] {
    const found: Finding[] = [];
    for (const box of this.hitBoxes) {
      const { rect } = box;
      if (
        x >= rect.left &&
        x <= rect.right &&
        y >= rect.top - 1 &&
        y <= rect.bottom + 2 &&
        !found.includes(box.finding)
      ) {
        found.push(box.finding);
      }
    }
    return found;
  }

  private anchorFor(findings: readonly Finding[]): DOMRect {
    const box = this.hitBoxes.find((candidate) => findings.includes(candidate.finding));
    return box?.rect ?? this.adapter.clipRect();
  }

  private onPointer(event: PointerEvent | MouseEvent, kind: 'click' | 'move'): void {
    if (kind === 'click') this.rememberSelection();
    const findings = this.findingsAt(event.clientX, event.clientY);
    if (kind === 'click') {
      this.cancelHover();
      if (findings.length > 0) this.page.openCard(this, findings, this.anchorFor(findings), false, false);
      return;
    }
    if (findings.length === 0) {
      this.cancelHover();
      this.page.hoverEnded(this);
      return;
    }
    if (this.hoverTimer !== undefined) return;
    this.hoverTimer = setTimeout(() => {
      this.hoverTimer = undefined;
      if (!this.abort.signal.aborted) this.page.openCard(this, findings, this.anchorFor(findings), false, true);
    }, HOVER_DELAY_MS);
  }

  private cancelHover(): void {
    if (this.hoverTimer !== undefined) clearTimeout(this.hoverTimer);
    this.hoverTimer = undefined;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const opensCard =
      (event.altKey && !event.ctrlKey && !event.metaKey && event.key === 'Enter') ||
      (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyS');
    if (!opensCard) return;
    const report = this.currentReport();
    const selection = this.adapter.readSelection();
    this.lastSelection = selection ?? this.lastSelection;
    const caret = selection?.end ?? -1;
    const atCaret = report.findings.filter((finding) => finding.start <= caret && caret <= finding.end);
    if (event.key === 'Enter' && atCaret.length === 0) return;
    event.preventDefault();
    event.stopPropagation();
    this.adapter.prepareLayout?.();
    if (atCaret.length > 0) {
      const first = atCaret[0] as Finding;
      const rect = this.adapter.rectsFor(first.start, Math.max(first.end, first.start + 1))[0];
      this.page.openCard(this, atCaret, rect ?? this.adapter.clipRect(), true, false);
    } else {
      this.openSummary(true);
    }
  }

  openSummary(focus: boolean): void {
    this.page.openCard(this, 'all', this.badge.getBoundingClientRect(), focus, false);
  }

  /** Gives the field focus back with the caret where the user left it. */
  restoreFocus(): void {
    this.element.focus({ preventScroll: true });
    if (this.lastSelection) this.adapter.writeSelection(this.lastSelection);
  }

  /**
   * Applies fixes computed on `basedOnText` through the field's editing path (fix-applier.ts).
   * Fixes whose range the user has edited since are dropped; the others are moved to the current offsets.
   */
  applyFixes(fixes: readonly Fix[], basedOnText: string): Promise<ApplyFixesResult> {
    return this.fixes.applyFixes(fixes, basedOnText);
  }

  /** The safe fixes of the current report: what "Fix all safe issues" applies. */
  async fixAllSafe(): Promise<ApplyFixesResult> {
    await this.settled();
    return this.applyFixes(safeFixesOf(this.currentReport().findings), this.text);
  }

  insertText(text: string, position: 'caret' | 'end'): Promise<InsertTextResult> {
    return this.fixes.insertText(text, position);
  }

  destroy(): void {
    this.abort.abort();
    this.settle();
    if (this.lintTimer !== undefined) clearTimeout(this.lintTimer);
    this.page.closeCardFor(this);
    this.highlights?.clear();
    this.spelling.destroy();
    this.badge.remove();
    this.marks.remove();
    this.adapter.dispose();
  }

  get isDestroyed(): boolean {
    return this.abort.signal.aborted;
  }
}
