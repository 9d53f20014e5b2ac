/**
 * One controller per attached field: it owns the field's adapter, listeners (one AbortController:
 * aborting detaches everything), its last report, its badge and underline layer, and applies fixes.
 * Text changes mark it dirty; the page schedules one animation frame in which dirty fields are
 * linted and every visible field re-measures its underlines. Nothing runs while the user is idle.
 */
import { lint } from '../rules/engine';
import { safeFixesOf } from '../rules/fixes';
import type { FirmSettings } from '../rules/settings';
import type { Finding, Fix, Report } from '../rules/types';
import type { ApplyFixesResult, FieldState, InsertTextResult } from '../shared/field-protocol';
import type { FieldAdapter, TextSelection } from './adapters/types';
import { CHUNKED_LINT_THRESHOLD, type ChunkedLintJob, lintInChunks } from './chunked-lint';
import { FieldSpelling } from './spelling-client';
import { applyEdits, diffTexts, flattenFixes, remapFixes, shiftOffset } from './text-edits';
import { FieldHighlights, highlightsSupported } from './ui/highlights';

/** What a controller needs from the page it lives on (implemented by the page manager). */
export interface PageServices {
  readonly layer: HTMLElement;
  lintSettings(): Partial<FirmSettings>;
  siteEnabled(): boolean;
  /** Ask for a frame in which this field is linted (if dirty) and re-rendered. */
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
  fieldUsed(controller: FieldController): void;
}

/** Above this many findings on screen, the rest are not drawn (the badge still counts them all). */
const MAX_DRAWN_FINDINGS = 400;
const HOVER_DELAY_MS = 300;
/** A lint slower than this (a pasted 100,000-character text) no longer runs on every keystroke. */
const SLOW_LINT_MS = 30;
const MAX_LINT_DELAY_MS = 600;
/** A lint at most this slow runs right after the input event instead of in the next frame. */
const QUICK_LINT_MS = 8;

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
  private text = '';
  private report: Report | null = null;
  private dirty = true;
  private lastSelection: TextSelection | null = null;
  private hitBoxes: HitBox[] = [];
  private readonly badge: HTMLButtonElement;
  private readonly marks: HTMLDivElement;
  private readonly highlights: FieldHighlights | null;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private focused = false;
  /** How long the last lint took; above SLOW_LINT_MS linting waits for a pause in typing. */
  private lintCost = 0;
  private lintTimer: ReturnType<typeof setTimeout> | undefined;
  /** Spelling findings arrive later from the background; they re-lint the field when they do. */
  private readonly spelling = new FieldSpelling(() => this.markDirty());
  /** A huge text being linted across tasks (chunked-lint.ts); its report lands in a later frame. */
  private lintJob: ChunkedLintJob | null = null;
  private quickLintQueued = false;
  /** Whether this field currently has ranges in the shared Custom Highlights. */
  private highlighted = false;
  /** Bumped on every change, so a finished background lint knows whether the text moved on. */
  private version = 0;
  lastUsedAt = 0;

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
    this.badge.addEventListener('click', () => this.openSummary(true));
    this.marks = doc.createElement('div');
    this.marks.className = 'marks';
    this.marks.dataset.paint = adapter.paintMode;
    this.marks.dataset.field = this.id;
    page.layer.append(this.marks, this.badge);
    const view = this.element.ownerDocument.defaultView;
    this.highlights =
      adapter.paintMode === 'highlight' && view && highlightsSupported(view) ? new FieldHighlights(this.element) : null;
    if (adapter.paintMode === 'highlight' && this.highlights === null) this.marks.dataset.paint = 'overlay';
    this.connect();
    page.schedule(this);
  }

  get signal(): AbortSignal {
    return this.abort.signal;
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
        this.page.fieldUsed(this);
        this.page.schedule(this);
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
    element.addEventListener('keydown', (event) => this.onKeyDown(event), options);
    element.addEventListener('keyup', () => this.rememberSelection(), options);
    element.addEventListener('mouseup', () => this.rememberSelection(), options);
    element.addEventListener('click', (event) => this.onPointer(event, 'click'), options);
    element.addEventListener('pointermove', (event) => this.onPointer(event, 'move'), { signal, passive: true });
    element.addEventListener('pointerleave', () => this.cancelHover(), options);
    signal.addEventListener('abort', () => this.cancelHover(), { once: true });
    if (element.ownerDocument.activeElement === element || element.matches(':focus')) this.focused = true;
  }

  markDirty(): void {
    this.dirty = true;
    this.version++;
    if (!this.quickLintQueued && this.lintCost <= QUICK_LINT_MS && this.lintTimer === undefined) {
      // A short message lints in a few milliseconds: do it right after the input event, so the
      // count is right before the frame; the frame then only measures and draws.
      this.quickLintQueued = true;
      queueMicrotask(() => {
        this.quickLintQueued = false;
        if (!this.dirty || this.isDestroyed || this.lintTimer !== undefined) return;
        this.relint();
        if (!this.checking && this.report !== null) this.renderBadgeContent(this.report);
      });
    }
    if (this.lintCost > SLOW_LINT_MS) {
      // A huge text: lint once typing pauses; meanwhile the old findings follow the edit.
      if (this.lintTimer !== undefined) clearTimeout(this.lintTimer);
      this.lintTimer = setTimeout(
        () => {
          this.lintTimer = undefined;
          this.page.schedule(this);
        },
        Math.min(MAX_LINT_DELAY_MS, this.lintCost * 2),
      );
    }
    this.page.schedule(this);
  }

  /** The last report moved onto the current text without linting: findings the edit touched are dropped. */
  private provisionalReport(): Report {
    const report = this.report as Report;
    const change = diffTexts(this.text, this.adapter.readText());
    if (change === null) return report;
    const delta = change.newEnd - change.oldEnd;
    const findings: Finding[] = [];
    for (const finding of report.findings) {
      if (finding.end < change.start) findings.push(finding);
      else if (finding.start > change.oldEnd)
        findings.push({ ...finding, start: finding.start + delta, end: finding.end + delta });
    }
    return { ...report, findings };
  }

  rememberSelection(): void {
    const selection = this.adapter.readSelection();
    if (selection !== null) this.lastSelection = selection;
  }

  /**
   * The current report, linting now if the text changed since the last frame. For a huge text the
   * lint runs in the background: until it lands, this is the last report together with the text it
   * was made on (`currentText()`), which is what fixes are based on.
   */
  currentReport(): Report {
    if (this.dirty || this.report === null) this.relint();
    return this.report as Report;
  }

  /** True while a huge text waits for a pause in typing or is being linted in the background. */
  get checking(): boolean {
    return this.lintJob !== null || (this.dirty && this.lintTimer !== undefined);
  }

  currentText(): string {
    this.currentReport();
    return this.text;
  }

  relint(): void {
    const text = this.adapter.readText();
    if (text === '' && this.text !== '') this.firstMessage = false;
    if (text.length > CHUNKED_LINT_THRESHOLD) {
      this.lintInBackground(text);
      return;
    }
    this.cancelLintJob();
    this.text = text;
    const started = performance.now();
    const settings = this.page.lintSettings();
    this.report = lint(text, settings, { firstMessage: this.firstMessage });
    this.lintCost = performance.now() - started;
    this.report = this.spelling.merge(text, this.report, settings);
    this.dirty = false;
    if (this.lintTimer !== undefined) clearTimeout(this.lintTimer);
    this.lintTimer = undefined;
  }

  private cancelLintJob(): void {
    this.lintJob?.cancel();
    this.lintJob = null;
  }

  /** Starts (or keeps) the chunked lint of `text`; the report is swapped in when it is done. */
  private lintInBackground(text: string): void {
    const settings = this.page.lintSettings();
    if (this.report === null) {
      // Nothing to show yet: an empty report on an empty text, which the provisional mapping shifts.
      this.text = '';
      this.report = lint('', settings, { firstMessage: this.firstMessage });
    }
    if (this.lintJob?.text === text) return;
    this.cancelLintJob();
    const version = this.version;
    const started = performance.now();
    // Typing while this runs waits for a pause instead of restarting it on every keystroke.
    this.lintCost = Math.max(this.lintCost, SLOW_LINT_MS + 1);
    this.lintJob = lintInChunks(text, settings, { firstMessage: this.firstMessage }, (report) => {
      this.lintJob = null;
      if (this.isDestroyed) return;
      this.text = text;
      this.report = this.spelling.merge(text, report, settings);
      // Typing in a text this long waits for a pause before the next lint.
      this.lintCost = Math.max(SLOW_LINT_MS + 1, performance.now() - started);
      if (this.version === version) {
        this.dirty = false;
        if (this.lintTimer !== undefined) clearTimeout(this.lintTimer);
        this.lintTimer = undefined;
      }
      this.page.schedule(this);
    });
  }

  state(): FieldState {
    const report = this.currentReport();
    return {
      fieldId: this.id,
      text: this.text,
      report,
      firstMessage: this.firstMessage,
      siteEnabled: this.page.siteEnabled(),
      origin: this.element.ownerDocument.location?.origin ?? '',
    };
  }

  /** Called inside the page's animation frame. */
  frame(): void {
    if (this.abort.signal.aborted) return;
    const wasDirty = this.dirty;
    if (this.dirty && this.lintTimer === undefined) this.relint();
    if (this.report !== null && this.checking) {
      // Typing in or pasting a huge text: keep the keystroke cheap. The badge follows the edit and
      // says it is checking; underlines come back with the lint, when typing pauses.
      this.renderBadge(this.provisionalReport());
      if (this.hitBoxes.length > 0 || this.marks.firstChild !== null) {
        this.marks.replaceChildren();
        this.hitBoxes = [];
        this.highlights?.clear();
      }
      return;
    }
    const report = this.currentReport();
    this.renderBadge(report);
    this.renderUnderlines(report);
    if (wasDirty) this.page.fieldUsed(this);
  }

  private renderBadge(report: Report): void {
    if (!this.renderBadgeContent(report)) return;
    const clip = this.adapter.clipRect();
    const singleLine = clip.height < 48;
    const top = singleLine ? clip.top + (clip.height - 22) / 2 : clip.bottom - 22 - 6;
    // The badge's right edge sits 6px inside the field (the stylesheet shifts it left by its own
    // width), so its width need not be measured after its text changed.
    this.badge.style.left = `${Math.round(clip.right - 6)}px`;
    this.badge.style.top = `${Math.round(top)}px`;
  }

  /** The badge's count, verdict and labels, without reading layout. False when it is hidden. */
  private renderBadgeContent(report: Report): boolean {
    const visible = this.focused || this.text.length > 0;
    if (!visible) {
      if (!this.badge.hidden) this.badge.hidden = true;
      return false;
    }
    this.badge.hidden = false;
    const count = report.findings.length;
    const checking = this.checking;
    this.badge.dataset.verdict = report.verdict;
    this.badge.dataset.findings = String(count);
    this.badge.toggleAttribute('data-checking', checking);
    this.badge.textContent = checking ? '…' : String(count);
    const issues = `${count} ${count === 1 ? 'issue' : 'issues'}`;
    this.badge.setAttribute(
      'aria-label',
      checking ? 'SMS check: checking this long message…' : `SMS check: ${issues}, ${report.verdict}. Show details`,
    );
    this.badge.title = checking ? 'SMS check: checking…' : `SMS check: ${issues} (${report.verdict})`;
    return true;
  }

  private renderUnderlines(report: Report): void {
    // Nothing to draw and nothing drawn (an empty field): no layout reads at all, which keeps
    // attaching to a page of many empty fields cheap.
    if (report.findings.length === 0 && this.hitBoxes.length === 0 && this.marks.firstChild === null) {
      if (this.highlighted) this.highlights?.clear();
      this.highlighted = false;
      return;
    }
    const doc = this.marks.ownerDocument;
    const clip = this.adapter.clipRect();
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
    const fragment = doc.createDocumentFragment();
    for (const finding of shown) {
      // A zero-width finding (a missing word at the end) is marked on the character before it.
      const start = finding.end > finding.start ? finding.start : Math.max(0, finding.start - 1);
      const end = Math.max(finding.end, start + 1);
      for (const rect of this.adapter.rectsFor(start, end)) {
        if (rect.bottom < clip.top || rect.top > clip.bottom || rect.right < clip.left || rect.left > clip.right)
          continue;
        boxes.push({ rect, finding });
        const mark = doc.createElement('div');
        mark.className = 'mark';
        mark.setAttribute('data-rule-id', finding.ruleId);
        mark.setAttribute('data-severity', finding.severity);
        mark.style.left = `${rect.left - clip.left}px`;
        mark.style.top = `${rect.top - clip.top}px`;
        mark.style.width = `${Math.max(rect.width, 4)}px`;
        mark.style.height = `${rect.height}px`;
        fragment.append(mark);
      }
    }
    this.marks.replaceChildren(fragment);
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
    this.currentReport();
    this.page.openCard(this, 'all', this.badge.getBoundingClientRect(), focus, false);
  }

  /** Gives the field focus back with the caret where the user left it. */
  restoreFocus(): void {
    this.element.focus({ preventScroll: true });
    if (this.lastSelection) this.adapter.writeSelection(this.lastSelection);
  }

  /**
   * Applies fixes computed on `basedOnText` through the field's editing path. Fixes whose range the
   * user has edited since are dropped; the others are moved to the current offsets.
   */
  async applyFixes(fixes: readonly Fix[], basedOnText: string): Promise<ApplyFixesResult> {
    const current = this.adapter.readText();
    if (fixes.length === 0) return { applied: false, text: current, reason: 'There was nothing to fix.' };
    const usable = remapFixes(fixes, basedOnText, current);
    const edits = flattenFixes(usable, current.length);
    if (edits.length === 0) {
      return { applied: false, text: current, reason: 'The message changed since these fixes were suggested.' };
    }
    const selection = this.lastSelection ??
      this.adapter.readSelection() ?? { start: current.length, end: current.length };
    await this.adapter.applyEdits(edits);
    const after = this.adapter.readText();
    const expected = applyEdits(current, edits);
    this.placeCaret({
      start: Math.min(shiftOffset(selection.start, edits), after.length),
      end: Math.min(shiftOffset(selection.end, edits), after.length),
    });
    this.markDirty();
    this.relint();
    const skipped = usable.length < fixes.length;
    const result: ApplyFixesResult = { applied: after !== current, text: after };
    if (after !== expected) result.reason = 'The editor changed the text differently than expected.';
    else if (skipped) result.reason = 'Some fixes were skipped because the message changed.';
    return result;
  }

  /**
   * Puts the caret where the user expects it after an edit, now and again in the next frame: some
   * editors (Lexical) re-apply the selection they had when they commit the edit, a moment later.
   * The second placement is skipped when the user typed in between.
   */
  private placeCaret(caret: TextSelection): void {
    this.adapter.writeSelection(caret);
    this.lastSelection = caret;
    const text = this.adapter.readText();
    const view = this.element.ownerDocument.defaultView ?? window;
    view.requestAnimationFrame(() => {
      if (this.isDestroyed || this.adapter.readText() !== text) return;
      const now = this.adapter.readSelection();
      if (now !== null && (now.start !== caret.start || now.end !== caret.end)) {
        this.adapter.writeSelection(caret);
        this.lastSelection = caret;
      }
    });
  }

  /** The safe fixes of the current report: what "Fix all safe issues" applies. */
  fixAllSafe(): Promise<ApplyFixesResult> {
    const report = this.currentReport();
    return this.applyFixes(safeFixesOf(report.findings), this.text);
  }

  async insertText(text: string, position: 'caret' | 'end'): Promise<InsertTextResult> {
    const current = this.adapter.readText();
    const selection = this.lastSelection ?? this.adapter.readSelection();
    const at = position === 'end' || selection === null ? current.length : selection.end;
    const before = current.slice(0, at);
    // Keep words apart: "…opt out." + "https://…" needs a space between them.
    const needsSpace = before.length > 0 && !/\s$/.test(before) && !/^\s/.test(text);
    const inserted = needsSpace ? ` ${text}` : text;
    const result = await this.applyFixes(
      [{ label: 'Insert', safe: true, edits: [{ start: at, end: at, text: inserted }] }],
      current,
    );
    const end = at + inserted.length;
    this.placeCaret({ start: end, end });
    return { applied: result.applied, text: result.text };
  }

  destroy(): void {
    this.abort.abort();
    this.cancelLintJob();
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
