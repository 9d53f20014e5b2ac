/**
 * The checker on one document (each frame runs its own): finds message fields (also the ones that
 * appear later, inside open shadow roots, or become visible), keeps one FieldController per field,
 * batches all linting and drawing into one animation frame, and owns the single card.
 */
import type { Finding, FirmSettings, Report } from '../rules';
import type { RuleDoc } from '../shared/lint-protocol';
import { createAdapter } from './adapters';
import { FieldController, type PageServices } from './controller';
import { FIELD_SELECTOR, isCheckableField } from './eligibility';
import type { LintAnswer } from './lint-client';
import { keepHostAttached, mountShadowHost, type ShadowHost, unmountShadowHost } from './shadow-host';
import { createCardElement, positionCard, renderCard } from './ui/card';

const WATCHED_ATTRIBUTES = [
  'class',
  'style',
  'hidden',
  'disabled',
  'readonly',
  'contenteditable',
  'data-sms-check',
  'type',
  'open',
  'aria-hidden',
];
const HOVER_CLOSE_DELAY_MS = 400;
/** The toolbar button is updated this long after the field's count last changed. */
const TOOLBAR_DELAY_MS = 250;
/** Dispatched by the MAIN-world hook (page-hook.iife.ts) when the page attaches an open shadow root. */
const SHADOW_ATTACHED_EVENT = 'sms-check:shadow-attached';

function reportFixError(error: unknown): void {
  console.error('SMS Compliance Checker: could not apply a fix', error);
}

export interface PageOptions {
  lintSettings(): Partial<FirmSettings>;
  /** The frame's linter (lint-client.ts). */
  linter: {
    lint(text: string, firstMessage: boolean): Promise<LintAnswer>;
    ruleDoc(ruleId: string): RuleDoc | undefined;
    /** A field has the focus: loads the in-page linter and opens the channel ahead of the first request. */
    warm?(): void;
  };
  siteEnabled(): boolean;
  /** The field in use shows a new count or verdict (the toolbar button shows it too). */
  showOnToolbar?(findings: number, verdict: Report['verdict']): void;
  /** The field the toolbar button was showing has gone: back to the plain button. */
  clearToolbar?(): void;
  /** A field was focused (`focused`) or edited (the popup reports on the last used one). */
  onFieldUsed?(controller: FieldController, focused: boolean): void;
}

interface OpenCard {
  owner: FieldController;
  findings: Finding[] | 'all';
  hover: boolean;
  anchor: DOMRect;
  basedOnText: string;
}

export class PageChecker implements PageServices {
  private readonly abort = new AbortController();
  private readonly ui: ShadowHost;
  private readonly controllers = new Map<HTMLElement, FieldController>();
  private readonly firstMessageFlags = new WeakMap<HTMLElement, boolean>();
  private readonly observedRoots = new WeakSet<Node>();
  private readonly mutationObserver: MutationObserver;
  private readonly pendingRenders = new Set<FieldController>();
  private readonly pendingScans = new Set<Node>();
  private frameRequested = false;
  /** Bumped when the settings change (relintAll). */
  private generation = 0;
  /** What the toolbar button was last told (count and verdict), so only changes are sent. */
  private shownOnToolbar = '';
  /** The field whose count the toolbar button shows (or is about to), with that count. */
  private toolbarWanted: { owner: FieldController; findings: number; verdict: Report['verdict'] } | null = null;
  /** Pending only while its owner is attached: detaching the owner clears it. */
  private toolbarTimer: ReturnType<typeof setTimeout> | undefined;
  private renderSeq = 0;
  private recheckAttached = false;
  private readonly card: HTMLDivElement;
  private openCardState: OpenCard | null = null;
  private pointerInCard = false;
  private hoverCloseTimer: ReturnType<typeof setTimeout> | undefined;
  lastUsed: FieldController | null = null;

  constructor(
    private readonly doc: Document,
    private readonly options: PageOptions,
  ) {
    this.ui = mountShadowHost(doc);
    const { signal } = this.abort;
    keepHostAttached(doc, signal, () => this.scheduleAll());
    this.card = createCardElement(this.ui.layer, () => this.cardActions());
    this.mutationObserver = new MutationObserver((records) => this.onMutations(records));
    signal.addEventListener('abort', () => this.mutationObserver.disconnect(), { once: true });
    this.observeRoot(doc);
    // The first pass runs now rather than in a frame: the page is loaded when this script starts.
    this.scanPass([doc]);
    const view = doc.defaultView ?? window;
    // Anything that scrolls (capture sees every element's scroll) or resizes moves the underlines.
    view.addEventListener('scroll', () => this.scheduleAll(), { signal, capture: true, passive: true });
    view.addEventListener('resize', () => this.scheduleAll(), { signal, passive: true });
    doc.addEventListener(SHADOW_ATTACHED_EVENT, (event) => this.onShadowAttached(event), { signal, capture: true });
    doc.addEventListener('focusin', (event) => this.onFocusIn(event), { signal, capture: true });
    doc.addEventListener('selectionchange', () => this.activeController()?.rememberSelection(), { signal });
    doc.addEventListener('pointerdown', (event) => this.onPointerDown(event), { signal, capture: true });
    doc.addEventListener(
      'keydown',
      (event) => {
        // Our root is closed: seen from the document, a key pressed in the card comes from the host.
        if (!event.isTrusted || event.key !== 'Escape' || !this.openCardState) return;
        if (!event.composedPath().includes(this.ui.host)) this.closeCard(false);
      },
      { signal },
    );
  }

  get layer(): HTMLElement {
    return this.ui.layer;
  }

  lintSettings(): Partial<FirmSettings> {
    return this.options.lintSettings();
  }

  showOnToolbar(controller: FieldController, findings: number, verdict: Report['verdict']): void {
    this.toolbarWanted = { owner: controller, findings, verdict };
    // Called on every render of the field in use: a timer only when there is something new to show.
    if (this.toolbarTimer !== undefined || `${findings}|${verdict}` === this.shownOnToolbar) return;
    // Once typing pauses: the button need not follow every keystroke, and each update is a message.
    this.toolbarTimer = setTimeout(() => {
      this.toolbarTimer = undefined;
      const wanted = this.toolbarWanted;
      if (wanted === null) return;
      const shown = `${wanted.findings}|${wanted.verdict}`;
      if (shown === this.shownOnToolbar) return;
      this.shownOnToolbar = shown;
      this.options.showOnToolbar?.(wanted.findings, wanted.verdict);
    }, TOOLBAR_DELAY_MS);
  }

  settingsGeneration(): number {
    return this.generation;
  }

  lint(text: string, firstMessage: boolean): Promise<LintAnswer> {
    return this.options.linter.lint(text, firstMessage);
  }

  ruleDoc(ruleId: string): RuleDoc | undefined {
    return this.options.linter.ruleDoc(ruleId);
  }

  siteEnabled(): boolean {
    return this.options.siteEnabled();
  }

  fieldById(fieldId: string): FieldController | undefined {
    for (const controller of this.controllers.values()) if (controller.id === fieldId) return controller;
    return undefined;
  }

  /** The field the user is in, or the one used last. */
  currentField(): FieldController | null {
    const active = this.activeController();
    if (active) return active;
    if (this.lastUsed && !this.lastUsed.isDestroyed) return this.lastUsed;
    return null;
  }

  private activeController(): FieldController | null {
    let active: Element | null = this.doc.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active instanceof HTMLElement ? (this.controllers.get(active) ?? null) : null;
  }

  // ---- discovery -------------------------------------------------------------------------

  private observeRoot(root: Document | ShadowRoot): void {
    if (this.observedRoots.has(root)) return;
    this.observedRoots.add(root);
    this.mutationObserver.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    });
  }

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'childList') {
        for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) this.pendingScans.add(node);
        if (record.removedNodes.length > 0) this.recheckAttached = true;
      } else if (record.target.nodeType === Node.ELEMENT_NODE) {
        this.pendingScans.add(record.target);
        this.recheckAttached = true;
      }
    }
    // Our own host's subtree never holds page fields.
    this.pendingScans.delete(this.ui.host);
    if (this.pendingScans.size > 0 || this.recheckAttached) this.requestFrame();
    // Layout may have shifted under attached fields.
    for (const controller of this.controllers.values()) this.pendingRenders.add(controller);
  }

  /** Finds fields (and open shadow roots, which the document observer cannot see into) under `root`. */
  private scan(root: Node): void {
    if (root === this.ui.host) return;
    const candidates: Element[] = [];
    if (root instanceof Element && root.matches(FIELD_SELECTOR)) candidates.push(root);
    if (root instanceof Element || root instanceof Document || root instanceof ShadowRoot) {
      candidates.push(...root.querySelectorAll(FIELD_SELECTOR));
      const walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
      for (let node: Node | null = walker.currentNode; node !== null; node = walker.nextNode()) {
        const shadow = node === this.ui.host ? null : (node as Element).shadowRoot;
        if (shadow && shadow.mode === 'open' && !this.observedRoots.has(shadow)) {
          this.observeRoot(shadow);
          this.scan(shadow);
        }
      }
    }
    // All layout reads first (eligibility looks at boxes), then all writes (attaching adds our
    // elements): interleaving them would lay the page out again for every field.
    const decisions = candidates.map((element) => ({ element, eligible: isCheckableField(element) }));
    for (const { element, eligible } of decisions) {
      const attached = element instanceof HTMLElement ? this.controllers.get(element) : undefined;
      if (attached && !eligible) this.detach(attached);
      if (!attached && eligible) this.attach(element as HTMLElement);
    }
  }

  private attach(element: HTMLElement): FieldController | undefined {
    const adapter = createAdapter(element, { measureLayer: this.ui.measureLayer });
    if (!adapter) return undefined;
    const controller = new FieldController(adapter, this, this.firstMessageFlags.get(element) ?? false);
    this.controllers.set(element, controller);
    // Focused before the checker started (a quick click, autofocus): no focus event will say so.
    if (controller.hasFocus) this.options.linter.warm?.();
    return controller;
  }

  private detach(controller: FieldController): void {
    this.firstMessageFlags.set(controller.element, controller.firstMessage);
    this.controllers.delete(controller.element);
    this.pendingRenders.delete(controller);
    if (this.lastUsed === controller) this.lastUsed = null;
    if (this.toolbarWanted?.owner === controller) this.clearToolbar();
    controller.destroy();
  }

  private onShadowAttached(event: Event): void {
    const host = event.composedPath()[0];
    const shadow = host instanceof Element && host !== this.ui.host ? host.shadowRoot : null;
    if (shadow === null || this.observedRoots.has(shadow)) return;
    this.observeRoot(shadow);
    this.pendingScans.add(shadow);
    this.requestFrame();
  }

  private onFocusIn(event: FocusEvent): void {
    const path = event.composedPath();
    const target = path[0];
    if (!(target instanceof HTMLElement) || path.includes(this.ui.host)) return;
    if (this.controllers.has(target)) {
      // The user is about to type: have the in-page linter loaded and the background awake
      // (Chrome stops an idle service worker) before the first keystroke needs them.
      this.options.linter.warm?.();
      return;
    }
    // A field we could not see before (a shadow root attached late, a field shown by CSS alone).
    const root = target.getRootNode();
    if (root instanceof ShadowRoot && root.mode === 'open') this.observeRoot(root);
    let editable: HTMLElement | null = target;
    while (editable?.parentElement?.isContentEditable) editable = editable.parentElement;
    if (editable && isCheckableField(editable)) this.attach(editable)?.markDirty();
  }

  // ---- frames ------------------------------------------------------------------------------

  schedule(controller: FieldController): void {
    this.pendingRenders.add(controller);
    this.requestFrame();
  }

  private scheduleAll(): void {
    for (const controller of this.controllers.values()) this.pendingRenders.add(controller);
    if (this.openCardState) this.requestFrame();
    if (this.pendingRenders.size > 0) this.requestFrame();
  }

  private requestFrame(): void {
    if (this.frameRequested || this.abort.signal.aborted) return;
    this.frameRequested = true;
    const view = this.doc.defaultView ?? window;
    view.requestAnimationFrame(() => this.flush());
  }

  private flush(): void {
    this.frameRequested = false;
    if (this.abort.signal.aborted) return;
    if (this.recheckAttached) {
      this.recheckAttached = false;
      for (const controller of [...this.controllers.values()]) {
        if (!controller.element.isConnected || !isCheckableField(controller.element)) this.detach(controller);
      }
    }
    if (this.pendingScans.size > 0) {
      const scans = [...this.pendingScans];
      this.pendingScans.clear();
      this.scanPass(scans);
    }
    const renders = [...this.pendingRenders];
    this.pendingRenders.clear();
    for (const controller of renders) {
      if (controller.isDestroyed) continue;
      try {
        controller.frame();
      } catch (error) {
        // One misbehaving editor must not stop the other fields from being checked.
        console.error('SMS Compliance Checker: could not check a field', error);
      }
    }
    if (this.openCardState) this.refreshCard();
    if (renders.length > 0) {
      // For automation and benchmarks: changes once per frame in which fields were drawn.
      this.ui.host.setAttribute('data-render-seq', String(++this.renderSeq));
    }
  }

  /** Looks for fields under `roots`, timed as `sms-attach` on the performance timeline. */
  private scanPass(roots: readonly Node[]): void {
    const before = this.controllers.size;
    const startTime = performance.now();
    for (const root of roots) if (root.isConnected) this.scan(root);
    if (this.controllers.size === before) return;
    try {
      performance.mark('sms-attach-start', { startTime });
      performance.mark('sms-attach-end');
      performance.measure('sms-attach', 'sms-attach-start', 'sms-attach-end');
    } catch {
      // User Timing Level 3 (mark options) is missing in old engines; the marks are only diagnostics.
    }
  }

  /** The field on the toolbar went away (a closed compose dialog): its count must not stay there. */
  private clearToolbar(): void {
    this.toolbarWanted = null;
    if (this.toolbarTimer !== undefined) clearTimeout(this.toolbarTimer);
    this.toolbarTimer = undefined;
    if (this.shownOnToolbar === '') return;
    this.shownOnToolbar = '';
    this.options.clearToolbar?.();
  }

  fieldUsed(controller: FieldController, focused = false): void {
    // Another frame's field may have been on the toolbar meanwhile: tell it again.
    if (focused) this.shownOnToolbar = '';
    this.lastUsed = controller;
    this.options.onFieldUsed?.(controller, focused);
  }

  // ---- the card ----------------------------------------------------------------------------

  openCard(owner: FieldController, findings: Finding[] | 'all', anchor: DOMRect, focus: boolean, hover: boolean): void {
    // A hover never replaces a card the user opened on purpose.
    if (hover && this.openCardState && !this.openCardState.hover) return;
    const report = owner.currentReport();
    this.openCardState = { owner, findings, hover, anchor, basedOnText: owner.currentText() };
    this.pointerInCard = false;
    this.card.hidden = false;
    renderCard(
      this.card,
      {
        mode: findings === 'all' ? 'summary' : 'finding',
        text: owner.currentText(),
        report,
        findings: findings === 'all' ? report.findings : findings,
        ruleDoc: (ruleId) => this.ruleDoc(ruleId),
        ...(owner.failure !== null ? { unavailable: owner.failure } : {}),
      },
      this.cardActions() as NonNullable<ReturnType<PageChecker['cardActions']>>,
    );
    positionCard(this.card, anchor);
    if (focus) {
      const first = this.card.querySelector<HTMLElement>('button.fix, button.fix-all:not(:disabled)');
      (first ?? this.card).focus();
    }
  }

  /** After a re-lint, keep an open card in step with the text (or close it when its findings are gone). */
  private refreshCard(): void {
    const state = this.openCardState;
    if (!state) return;
    const { owner } = state;
    if (owner.isDestroyed) {
      this.closeCard(false);
      return;
    }
    if (owner.currentText() === state.basedOnText) return;
    const hadFocus = this.card.contains(this.ui.root.activeElement);
    if (state.findings === 'all') {
      this.openCard(owner, 'all', state.anchor, hadFocus, state.hover);
      return;
    }
    // Follow the same findings in the new text; close if they are fixed.
    const current = owner
      .currentReport()
      .findings.filter((finding) =>
        (state.findings as Finding[]).some(
          (old) => old.ruleId === finding.ruleId && old.messageId === finding.messageId,
        ),
      );
    if (current.length === 0) this.closeCard(false);
    else this.openCard(owner, current, state.anchor, hadFocus, state.hover);
  }

  private cardActions() {
    const state = this.openCardState;
    if (!state) return null;
    const { owner } = state;
    return {
      applyFix: (fix: Parameters<FieldController['applyFixes']>[0][number]) => {
        const basedOn = state.basedOnText;
        this.closeCard(false);
        owner.applyFixes([fix], basedOn).catch(reportFixError);
      },
      fixAll: () => {
        this.closeCard(false);
        owner.fixAllSafe().catch(reportFixError);
      },
      close: (returnFocus: boolean) => this.closeCard(returnFocus),
      pointerInside: (inside: boolean) => {
        this.pointerInCard = inside;
        if (inside) this.cancelHoverClose();
        else if (this.openCardState?.hover) this.hoverEnded(owner);
      },
    };
  }

  closeCard(returnFocus: boolean): void {
    const state = this.openCardState;
    this.cancelHoverClose();
    this.openCardState = null;
    this.card.hidden = true;
    this.card.replaceChildren();
    if (returnFocus && state && !state.owner.isDestroyed) state.owner.restoreFocus();
  }

  closeCardFor(controller: FieldController): void {
    if (this.openCardState?.owner === controller) this.closeCard(false);
  }

  hoverEnded(controller: FieldController): void {
    const state = this.openCardState;
    if (!state?.hover || state.owner !== controller || this.hoverCloseTimer !== undefined) return;
    this.hoverCloseTimer = setTimeout(() => {
      this.hoverCloseTimer = undefined;
      if (this.openCardState?.hover && !this.pointerInCard) this.closeCard(false);
    }, HOVER_CLOSE_DELAY_MS);
  }

  private cancelHoverClose(): void {
    if (this.hoverCloseTimer !== undefined) clearTimeout(this.hoverCloseTimer);
    this.hoverCloseTimer = undefined;
  }

  private onPointerDown(event: PointerEvent): void {
    // Only the user's own pointer closes the card; the page's script cannot dismiss it.
    if (!event.isTrusted || !this.openCardState) return;
    // Our root is closed, so from the document a press anywhere in our UI (the card, a badge) comes
    // from the host: it never closes the card (a badge's click opens its own card anyway).
    if (event.composedPath().includes(this.ui.host)) return;
    this.closeCard(false);
  }

  // ---- lifecycle ---------------------------------------------------------------------------

  /**
   * The extension was reloaded, updated or removed under the page: every field shows "unavailable"
   * and takes its underlines down (the card closes), instead of showing findings nothing updates.
   */
  extensionGone(reason: string): void {
    this.closeCard(false);
    for (const controller of this.controllers.values()) controller.extensionGone(reason);
  }

  /** Re-lints every field (settings changed). */
  relintAll(): void {
    this.generation++;
    for (const controller of this.controllers.values()) controller.markDirty();
  }

  destroy(): void {
    this.closeCard(false);
    for (const controller of [...this.controllers.values()]) this.detach(controller);
    this.abort.abort();
    unmountShadowHost(this.doc);
  }
}
