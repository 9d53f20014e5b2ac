/**
 * The checker on one document (each frame runs its own): keeps one FieldController per message
 * field and puts together the page's parts, each with one job: field discovery
 * (checker/field-discovery.ts), one animation frame for all drawing (checker/frame-scheduler.ts),
 * the single card (checker/page-card.ts) and the toolbar button's throttle
 * (checker/toolbar-throttle.ts).
 */
import type { Finding, FirmSettings, Report } from '../rules';
import type {
  FrameCardAction,
  FrameCardClaimArgs,
  FrameHop,
  HostFrameCardArgs,
  MoveFrameCardArgs,
} from '../shared/frame-card-protocol';
import type { RuleDoc } from '../shared/lint-protocol';
import { createAdapter } from './adapters';
import { FieldDiscovery } from './checker/field-discovery';
import { FrameScheduler } from './checker/frame-scheduler';
import { type ClaimFrameCard, HostedFrameCard, type SendFrameCardAction } from './checker/hosted-frame-card';
import { type CardElsewhere, PageCard } from './checker/page-card';
import { ToolbarThrottle } from './checker/toolbar-throttle';
import { FieldController, type PageServices } from './controller';
import type { LintAnswer } from './lint-client';
import { keepHostAttached, mountShadowHost, type ShadowHost, unmountShadowHost } from './shadow-host';
import { colorSchemeBehind } from './ui/color-scheme';

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
  /** "Turn off this check" in the card: the rule off for this user (settings change, every field re-checked). */
  turnOffRule?(ruleId: string): void;
  /** False when the organization set the checks' severities by policy. */
  canTurnOffRules?(): boolean;
  /** In a frame: an ancestor's checker, which shows this frame's card when it does not fit here. */
  cardElsewhere?: CardElsewhere;
  /** Sends what the user did in a frame's card shown here back to that frame. */
  sendFrameCardAction?: SendFrameCardAction;
  /** Says this document could show the card of a frame below it (frame-card-protocol.ts). */
  claimFrameCard?: ClaimFrameCard;
}

export class PageChecker implements PageServices {
  private readonly abort = new AbortController();
  private readonly ui: ShadowHost;
  private readonly controllers = new Map<HTMLElement, FieldController>();
  private readonly firstMessageFlags = new WeakMap<HTMLElement, boolean>();
  private readonly frames: FrameScheduler<FieldController>;
  private readonly discovery: FieldDiscovery<FieldController>;
  private readonly card: PageCard<FieldController>;
  /** The cards of fields in smaller frames below this document, shown here. */
  private readonly frameCards: HostedFrameCard | null = null;
  private readonly toolbar: ToolbarThrottle<FieldController>;
  /** Bumped when the settings change (relintAll). */
  private generation = 0;
  private renderSeq = 0;
  /** Whether the document's selection changes are followed (followSelection). */
  private followingSelection = false;
  lastUsed: FieldController | null = null;

  constructor(
    private readonly doc: Document,
    private readonly options: PageOptions,
  ) {
    this.ui = mountShadowHost(doc);
    const { signal } = this.abort;
    const view = doc.defaultView ?? window;
    keepHostAttached(doc, signal, () => this.scheduleAll());
    const { turnOffRule, canTurnOffRules } = options;
    this.card = new PageCard(
      this.ui,
      (ruleId) => this.ruleDoc(ruleId),
      signal,
      turnOffRule ? { turnOff: turnOffRule, canTurnOff: () => canTurnOffRules?.() ?? true } : undefined,
      view.top !== view ? options.cardElsewhere : undefined,
    );
    if (options.sendFrameCardAction) {
      this.frameCards = new HostedFrameCard(
        this.ui,
        this.card,
        options.sendFrameCardAction,
        signal,
        (frame) => this.followColorScheme(frame.parentElement),
        options.claimFrameCard,
      );
    }
    this.toolbar = new ToolbarThrottle(
      (findings, verdict) => this.options.showOnToolbar?.(findings, verdict),
      () => this.options.clearToolbar?.(),
    );
    this.frames = new FrameScheduler<FieldController>(
      (callback) => view.requestAnimationFrame(callback),
      {
        before: () => this.discovery.runPending(),
        after: (drawn) => {
          if (this.card.isOpen) this.card.refresh();
          // Test build only (the shipped bundle drops it): a counter of the frames in which fields
          // were drawn, inside the closed root, so e2e specs without the UI instrument can wait for a
          // frame through DevTools (e2e/security.spec.ts).
          if (import.meta.env?.MODE === 'test' && drawn > 0) {
            this.ui.layer.setAttribute('data-render-seq', String(++this.renderSeq));
          }
        },
      },
      signal,
    );
    this.discovery = new FieldDiscovery<FieldController>(
      doc,
      {
        ownHost: this.ui.host,
        attachedTo: (element) => this.controllers.get(element),
        attachedFields: () => this.controllers.values(),
        attachedCount: () => this.controllers.size,
        attach: (element) => this.attach(element),
        detach: (controller) => this.detach(controller),
        requestFrame: () => this.frames.request(),
        layoutMayHaveShifted: () => this.frames.add(this.controllers.values()),
        // The user is about to type: have the in-page linter loaded and the background awake
        // (Chrome stops an idle service worker) before the first keystroke needs them.
        fieldFocused: () => this.options.linter.warm?.(),
        attachedOnFocus: (controller) => controller.markDirty(),
      },
      signal,
    );
    // The first pass runs now rather than in a frame: the page is loaded when this script starts.
    this.discovery.start();
    // Anything that scrolls (capture sees every element's scroll) or resizes moves the underlines.
    view.addEventListener('scroll', () => this.scheduleAll(), { signal, capture: true, passive: true });
    view.addEventListener('resize', () => this.scheduleAll(), { signal, passive: true });
    this.followColorScheme(doc.body);
    view
      .matchMedia?.('(prefers-color-scheme: dark)')
      .addEventListener('change', () => this.followColorScheme(this.lastUsed?.element.parentElement ?? doc.body), {
        signal,
      });
  }

  /** The card, badges and underlines take the colours of what is behind the field (ui/color-scheme.ts). */
  private followColorScheme(behind: Element | null | undefined): void {
    const scheme = colorSchemeBehind(behind ?? this.doc.body);
    if (this.ui.layer.dataset.scheme !== scheme) this.ui.layer.dataset.scheme = scheme;
  }

  get layer(): HTMLElement {
    return this.ui.layer;
  }

  lintSettings(): Partial<FirmSettings> {
    return this.options.lintSettings();
  }

  showOnToolbar(controller: FieldController, findings: number, verdict: Report['verdict']): void {
    this.toolbar.show(controller, findings, verdict);
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

  private attach(element: HTMLElement): FieldController | undefined {
    const adapter = createAdapter(element, { measureLayer: this.ui.measureLayer });
    if (!adapter) return undefined;
    if (!adapter.keepsOwnSelection) this.followSelection();
    const controller = new FieldController(adapter, this, this.firstMessageFlags.get(element) ?? false);
    this.controllers.set(element, controller);
    // Focused before the checker started (a quick click, autofocus): no focus event will say so.
    if (controller.hasFocus) this.options.linter.warm?.();
    return controller;
  }

  /**
   * From the first field that loses its selection with the focus (a contenteditable editor) on,
   * its selection is remembered as it changes. A textarea or input keeps its own, read when needed:
   * a listener here cost each keystroke in one a task of our script (the event comes after the
   * keystroke's frame, before the next key).
   */
  private followSelection(): void {
    if (this.followingSelection) return;
    this.followingSelection = true;
    this.doc.addEventListener('selectionchange', () => this.activeController()?.rememberSelection(), {
      signal: this.abort.signal,
    });
  }

  private detach(controller: FieldController): void {
    this.firstMessageFlags.set(controller.element, controller.firstMessage);
    this.controllers.delete(controller.element);
    this.frames.forget(controller);
    if (this.lastUsed === controller) this.lastUsed = null;
    this.toolbar.forget(controller);
    controller.destroy();
  }

  schedule(controller: FieldController): void {
    this.frames.schedule(controller);
  }

  private scheduleAll(): void {
    this.frames.add(this.controllers.values());
    if (this.card.isOpen || this.frames.hasPending) this.frames.request();
  }

  fieldUsed(controller: FieldController, focused = false): void {
    // Another frame's field may have been on the toolbar meanwhile: tell it again.
    if (focused) {
      this.toolbar.focusChanged();
      this.followColorScheme(controller.element.parentElement);
    }
    this.lastUsed = controller;
    this.options.onFieldUsed?.(controller, focused);
  }

  openCard(owner: FieldController, findings: Finding[] | 'all', anchor: DOMRect, focus: boolean, hover: boolean): void {
    // A page may have switched its own theme since: read it again before the card shows.
    this.followColorScheme(owner.element.parentElement);
    // One card at a time: a frame's card shown here gives way, though not to a hover.
    if (this.frameCards?.isOpen) {
      if (hover) return;
      this.frameCards.dismiss(false);
    }
    this.card.open(owner, findings, anchor, focus, hover);
  }

  /** A frame's card, shown beside its frame; false when it cannot be. */
  showFrameCard(args: HostFrameCardArgs): Promise<boolean> {
    return this.frameCards?.show(args) ?? Promise.resolve(false);
  }

  /** The background asks whether a card's locator came up through one of this document's frames. */
  answerFrameCardClaim(token: string): Promise<FrameCardClaimArgs | null> {
    return this.frameCards?.answerClaim(token) ?? Promise.resolve(null);
  }

  /** The words a frame's card shown here explains moved in that frame. */
  moveFrameCard(frameId: number, args: Omit<MoveFrameCardArgs, 'hostFrameId'>): void {
    this.frameCards?.move(frameId, args.cardId, args);
  }

  /** A frame between here and a frame whose card is shown here scrolled. */
  frameCardHopMoved(frameId: number, cardId: string, level: number, hop: FrameHop): boolean {
    return this.frameCards?.hopMoved(frameId, cardId, level, hop) ?? false;
  }

  closeFrameCard(frameId: number, cardId: string): void {
    this.frameCards?.closeFor(frameId, cardId);
  }

  /** What the user did in this frame's card as the top document shows it. */
  frameCardAction(cardId: string, action: FrameCardAction): void {
    this.card.actFromElsewhere(cardId, action);
  }

  closeCard(returnFocus: boolean): void {
    this.card.close(returnFocus);
  }

  closeCardFor(controller: FieldController): void {
    this.card.closeFor(controller);
  }

  hoverEnded(controller: FieldController): void {
    this.card.hoverEnded(controller);
  }

  /**
   * The extension was reloaded, updated or removed under the page: every field shows "unavailable"
   * and takes its underlines down (the card closes), instead of showing findings nothing updates.
   */
  extensionGone(reason: string): void {
    this.card.close(false);
    for (const controller of this.controllers.values()) controller.extensionGone(reason);
  }

  /** Re-lints every field (settings changed). */
  relintAll(): void {
    this.generation++;
    for (const controller of this.controllers.values()) controller.markDirty();
  }

  destroy(): void {
    this.card.close(false);
    for (const controller of [...this.controllers.values()]) this.detach(controller);
    this.abort.abort();
    unmountShadowHost(this.doc);
  }
}
