/**
 * An ancestor document's side of a frame's card (frame-card-protocol.ts): a field in a frame too
 * small for its card (TinyMCE's 200 px iframe, a vendor's 150 px composer) has it shown here, in
 * our closed shadow root, beside the frame element at the field's place and never over the line
 * being fixed. The top document shows it when the site is enabled there; else the largest
 * ancestor frame whose checker can (a portal frame around a vendor's composer). What the user
 * presses is sent back to the field's frame, which applies it as it would from its own card;
 * Escape and a press elsewhere close it, and the focus goes back into the frame. The card follows
 * scrolling here, in the field's frame and in the frames between.
 */
import type { Finding, Fix } from '../../rules';
import type {
  FrameCardAction,
  FrameCardClaimArgs,
  FrameHop,
  FrameRect,
  HostFrameCardArgs,
} from '../../shared/frame-card-protocol';
import type { ShadowHost } from '../shadow-host';
import {
  type CardActions,
  type CardBounds,
  focusFirstAction,
  type NotAcceptedNotice,
  positionCard,
  renderCard,
  renderNotAccepted,
} from '../ui/card';
import {
  childFrameToward,
  clipRect,
  contentBox,
  FrameLocators,
  framePath,
  linksThroughHops,
  rectInTop,
  throughFrames,
  toDomRect,
  visibleThroughFrames,
} from './frame-geometry';
import { copyText } from './page-card';

/** The document's own card (page-card.ts), whose element a frame's card borrows while shown. */
export interface CardLender {
  readonly element: HTMLDivElement;
  /**
   * Lends the element to a frame's card (closing the document's own); null takes it back, and
   * `giveBack` reopens the own card it closed (the frame's card was turned down here after all).
   */
  lend(actions: (() => CardActions | null) | null, giveBack?: boolean): void;
  /** In a frame: the part of it the user sees (null in the top document). */
  visibleArea(): CardBounds | null;
}

/** Sends what the user did to the frame whose card it is. */
export type SendFrameCardAction = (frameId: number, cardId: string, action: FrameCardAction) => void;

/** Tells the background this document could show a card whose locator came up through its iframe. */
export type ClaimFrameCard = (claim: FrameCardClaimArgs) => Promise<boolean>;

interface HostedCard {
  args: HostFrameCardArgs;
  /**
   * The frame elements from this document down to the field's frame, when it can read them all;
   * else only its own iframe on the way, and `args.hops` says the rest.
   */
  path: Element[];
  readsDown: boolean;
}

/**
 * How long the background's question about a locator waits for its post (the post leaves before
 * the question; a frame it does not come through answers "not mine" after this).
 */
const ASKED_LOCATOR_WAIT_MS = 100;

/** The last locator that came up through one of this document's iframes: its scroll is reported. */
interface Claimed {
  token: string;
  frame: Element;
  level: number;
}

export class HostedFrameCard {
  private readonly card: HTMLDivElement;
  private readonly locators: FrameLocators;
  private shown: HostedCard | null = null;
  /** Each show waits for its locator: only the newest one is put on screen. */
  private showSeq = 0;
  private repositionQueued = false;
  private claimed: Claimed | null = null;
  private hopReportQueued = false;

  constructor(
    private readonly ui: ShadowHost,
    /** The document's card element, which our own card lends (and closes first). */
    private readonly owner: CardLender,
    private readonly send: SendFrameCardAction,
    signal: AbortSignal,
    /** The card is about to show over the page around this frame element (its colours follow it). */
    private readonly showingBeside?: (frame: Element) => void,
    /** Says to the background that this document could show a card posted up through its iframe. */
    private readonly claim?: ClaimFrameCard,
  ) {
    const doc = ui.layer.ownerDocument;
    const view = doc.defaultView ?? window;
    this.card = owner.element;
    this.locators = new FrameLocators(view, signal, (token, source) => this.claimFor(token, source));
    doc.addEventListener('pointerdown', (event) => this.onPointerDown(event), { signal, capture: true });
    doc.addEventListener(
      'keydown',
      (event) => {
        if (!event.isTrusted || event.key !== 'Escape' || !this.shown) return;
        if (!event.composedPath().includes(this.ui.host)) this.dismiss(false);
      },
      { signal },
    );
    // The frame moves with the page: the card follows it (and a card shown further up hears of it).
    const follow = () => {
      this.queueReposition();
      this.queueHopReport();
    };
    view.addEventListener('scroll', follow, { signal, capture: true, passive: true });
    view.addEventListener('resize', follow, { signal, passive: true });
    signal.addEventListener('abort', () => this.hide(), { once: true });
  }

  get isOpen(): boolean {
    return this.shown !== null;
  }

  /**
   * Shows (or updates) a frame's card; false when the frame cannot be found in this document, or,
   * in a frame, when the card would not fit here whole either (a frame further down shows it).
   */
  async show(args: HostFrameCardArgs): Promise<boolean> {
    const seq = ++this.showSeq;
    const current = this.shown;
    const doc = this.ui.layer.ownerDocument;
    const view = doc.defaultView ?? window;
    let found: Pick<HostedCard, 'path' | 'readsDown'> | null =
      current && current.args.frameId === args.frameId && current.path.every((frame) => frame.isConnected)
        ? current
        : null;
    const source = await this.locators.sourceOf(args.locator, found ? 0 : 1_000);
    if (source !== null) {
      const path = framePath(doc, source);
      const child = path ? null : childFrameToward(view, source);
      found = path ? { path, readsDown: true } : child ? { path: [child.frame], readsDown: false } : null;
    }
    if (seq !== this.showSeq) return false;
    if (found === null || found.path.length === 0) return false;
    const hadFocus = this.card.contains(this.ui.root.activeElement);
    const onSwitch = this.ui.root.activeElement?.classList.contains('first-message') ?? false;
    const replaced = this.shown;
    this.shown = { args, path: found.path, readsDown: found.readsDown };
    this.showingBeside?.(found.path[0] as Element);
    if (!replaced) this.owner.lend(() => this.actions());
    this.render(args);
    const placed = this.position(!replaced);
    if (placed === 'gone') {
      // Its words are out of sight here: the frame shows its own card.
      if (!replaced) this.hide(true);
      return false;
    }
    if (placed === 'squeezed' && view.top !== view && !replaced) {
      // Squeezed here too: a frame further down shows it (or the field's frame its own).
      this.hide(true);
      return false;
    }
    // Another frame's card gives way: that frame hears its card closed.
    if (replaced && replaced.args.cardId !== args.cardId) {
      this.send(replaced.args.frameId, replaced.args.cardId, { kind: 'close', returnFocus: false });
    }
    if (args.focus || (hadFocus && !onSwitch)) {
      focusFirstAction(this.card);
    } else if (onSwitch) {
      this.card.querySelector<HTMLElement>('input.first-message')?.focus();
    }
    return true;
  }

  /** The words explained moved in the field's frame (it or its field scrolled). */
  move(frameId: number, cardId: string, geometry: Pick<HostFrameCardArgs, 'anchor' | 'field' | 'viewport'>): void {
    const shown = this.shown;
    if (!shown || shown.args.frameId !== frameId || shown.args.cardId !== cardId) return;
    const { anchor, field, viewport } = geometry;
    shown.args = { ...shown.args, anchor, field, viewport };
    this.queueReposition();
  }

  /** A frame between here and the field's frame scrolled: its hop is `hop` now. False when no such card shows. */
  hopMoved(frameId: number, cardId: string, level: number, hop: FrameHop): boolean {
    const shown = this.shown;
    if (!shown || shown.args.frameId !== frameId || shown.args.cardId !== cardId) return false;
    if (!shown.readsDown && level >= 1 && level <= shown.args.hops.length) {
      const hops = [...shown.args.hops];
      hops[level - 1] = hop;
      shown.args = { ...shown.args, hops };
      this.queueReposition();
    }
    return true;
  }

  /** The frame closed its card (fixed, closed there, its findings gone). */
  closeFor(frameId: number, cardId: string): void {
    const shown = this.shown;
    if (shown && shown.args.frameId === frameId && shown.args.cardId === cardId) this.hide();
  }

  /**
   * Closes the frame's card here (Escape, a press elsewhere, our own card opening) and tells the
   * frame, which gives the focus back to its field when `returnFocus`.
   */
  dismiss(returnFocus: boolean): void {
    const shown = this.shown;
    if (!shown) return;
    this.hide();
    if (returnFocus) {
      // Into the frame first: the field's own focus() then lands in a focused document.
      const frame = shown.path[0] as HTMLElement | undefined;
      frame?.focus({ preventScroll: true });
    }
    this.send(shown.args.frameId, shown.args.cardId, { kind: 'close', returnFocus });
  }

  /** `turnedDown`: the card was never shown here; the document's own card, if it closed for it, comes back. */
  private hide(turnedDown = false): void {
    this.showSeq++;
    if (!this.shown) return;
    this.shown = null;
    this.card.hidden = true;
    this.card.replaceChildren();
    this.owner.lend(null, turnedDown);
  }

  private render(args: HostFrameCardArgs): void {
    this.card.hidden = false;
    const actions = this.actions() as CardActions;
    const { content } = args;
    if (content.kind === 'not-accepted') {
      const notice: NotAcceptedNotice = { expected: content.expected, reason: content.reason };
      renderNotAccepted(this.card, notice, actions);
      return;
    }
    renderCard(
      this.card,
      {
        mode: content.mode,
        text: content.text,
        report: content.report,
        findings: content.findings,
        ruleDoc: (ruleId) => (Object.hasOwn(content.ruleDocs, ruleId) ? content.ruleDocs[ruleId] : undefined),
        ...(content.unavailable !== undefined ? { unavailable: content.unavailable } : {}),
        ...(content.firstMessage !== undefined ? { firstMessage: content.firstMessage } : {}),
        ...(content.canTurnOffRules !== undefined ? { canTurnOffRules: content.canTurnOffRules } : {}),
      },
      actions,
    );
  }

  /**
   * Beside the frame, at the field's place: the frame's rectangles in this viewport. 'roomy' when
   * the card has room here (whole, or scrolling in a comfortable height), 'gone' when its words
   * are out of sight (the card is closed, and the frame told, unless `opening`).
   */
  private position(opening = false): 'roomy' | 'squeezed' | 'gone' {
    const shown = this.shown;
    if (!shown) return 'gone';
    const { args, path } = shown;
    const gone = (): 'gone' => {
      if (!opening) this.dismiss(false);
      return 'gone';
    };
    if (!path.every((frame) => frame.isConnected)) return gone();
    const view = this.ui.layer.ownerDocument.defaultView;
    const viewport = { left: 0, top: 0, width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
    let field: FrameRect;
    let anchor: FrameRect;
    /** The part of the field's frame the user sees, in this viewport. */
    let shownArea: FrameRect;
    if (shown.readsDown) {
      const inTop = (rect: FrameRect) => rectInTop(path, rect, args.viewport.width);
      // Only the part of the field its frame shows: beyond the frame the user sees the page.
      const innermost = path[path.length - 1] as Element;
      const parents = path.slice(0, -1);
      const innerBox = contentBox(innermost);
      const parentWidth = (parents[parents.length - 1] as HTMLIFrameElement | undefined)?.contentWindow?.innerWidth;
      const frameBox = parents.length === 0 ? innerBox : rectInTop(parents, innerBox, parentWidth ?? innerBox.width);
      shownArea = clipRect(frameBox, viewport);
      field = clipRect(inTop(args.field), shownArea);
      anchor = inTop(args.anchor);
    } else {
      // Frames of other origins between: each one's hop, then our own iframe on the way down.
      const links = linksThroughHops(args.viewport, args.hops, contentBox(path[0] as Element));
      shownArea = visibleThroughFrames(links, viewport);
      field = clipRect(throughFrames(args.field, links), shownArea);
      anchor = throughFrames(args.anchor, links);
    }
    const visible = this.owner.visibleArea();
    if (visible) {
      const { left, top, right, bottom } = visible;
      shownArea = clipRect(shownArea, { left, top, width: right - left, height: bottom - top });
    }
    // The words scrolled out of sight with their frame (this page or a frame between scrolled): a
    // card pointing at nothing, or at other words, closes; the frame hears so.
    const meets =
      anchor.left < shownArea.left + shownArea.width &&
      shownArea.left < anchor.left + Math.max(anchor.width, 1) &&
      anchor.top < shownArea.top + shownArea.height &&
      shownArea.top < anchor.top + Math.max(anchor.height, 1);
    if (!meets) return gone();
    return positionCard(this.card, toDomRect(anchor), toDomRect(field), visible).roomy ? 'roomy' : 'squeezed';
  }

  private queueReposition(): void {
    if (!this.shown || this.repositionQueued) return;
    this.repositionQueued = true;
    const view = this.ui.layer.ownerDocument.defaultView ?? window;
    view.requestAnimationFrame(() => {
      this.repositionQueued = false;
      this.position();
    });
  }

  /** A frame's locator came up through one of our iframes: we could show its card. */
  private claimFor(token: string, source: MessageEventSource): void {
    if (!this.claim) return;
    const claim = this.claimOf(token, source);
    if (claim !== null) this.claim(claim).catch(() => undefined);
  }

  /**
   * The background asks whether a locator came up through one of our iframes: our claim, or null
   * (not through ours; a document without frames says so at once).
   */
  async answerClaim(token: string): Promise<FrameCardClaimArgs | null> {
    const view = this.ui.layer.ownerDocument.defaultView ?? window;
    if (view.length === 0) return null;
    const source = await this.locators.sourceOf(token, ASKED_LOCATOR_WAIT_MS);
    return source === null ? null : this.claimOf(token, source);
  }

  private claimOf(token: string, source: MessageEventSource): FrameCardClaimArgs | null {
    const view = this.ui.layer.ownerDocument.defaultView ?? window;
    const child = childFrameToward(view, source);
    if (child === null) return null;
    this.claimed = { token, frame: child.frame, level: child.level };
    const readsDown = framePath(this.ui.layer.ownerDocument, source) !== null;
    return { token, level: child.level, hop: this.hopOf(child.frame), readsDown };
  }

  private hopOf(frame: Element): FrameHop {
    const view = this.ui.layer.ownerDocument.defaultView;
    return { frame: contentBox(frame), viewport: { width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 } };
  }

  /** This document scrolled: a card shown further up, for a frame below us, moves (once a frame). */
  private queueHopReport(): void {
    if (!this.claimed || !this.claim || this.hopReportQueued) return;
    this.hopReportQueued = true;
    const view = this.ui.layer.ownerDocument.defaultView ?? window;
    view.requestAnimationFrame(() => {
      this.hopReportQueued = false;
      const claimed = this.claimed;
      if (!claimed || !this.claim) return;
      if (!claimed.frame.isConnected) {
        this.claimed = null;
        return;
      }
      const { token, level, frame } = claimed;
      this.claim({ token, level, hop: this.hopOf(frame), readsDown: false, moved: true }).then(
        (stillShown) => {
          if (!stillShown && this.claimed === claimed) this.claimed = null;
        },
        () => undefined,
      );
    });
  }

  /** Closes the card, puts the focus into the frame and has the frame do `action`. */
  private handOver(action: FrameCardAction): void {
    const shown = this.shown;
    if (!shown) return;
    this.hide();
    (shown.path[0] as HTMLElement | undefined)?.focus({ preventScroll: true });
    this.send(shown.args.frameId, shown.args.cardId, action);
  }

  private relay(action: FrameCardAction): void {
    const shown = this.shown;
    if (shown) this.send(shown.args.frameId, shown.args.cardId, action);
  }

  private actions(): CardActions | null {
    const shown = this.shown;
    if (!shown) return null;
    const { content } = shown.args;
    const offers =
      content.kind === 'findings' ? content.offers : { ignore: false, turnOffRule: false, firstMessage: false };
    return {
      // The frame applies fixes (the editor paths live there), and says so if the editor did not
      // take one. The focus goes into the frame first, where the edit and the caret then land.
      applyFix: (fix: Fix) => this.handOver({ kind: 'applyFix', fix }),
      fixAll: () => this.handOver({ kind: 'fixAll' }),
      copyText: (text: string) => copyText(this.ui.layer.ownerDocument, text),
      ...(offers.ignore ? { ignore: (finding: Finding) => this.relay({ kind: 'ignore', finding }) } : {}),
      ...(offers.turnOffRule ? { turnOffRule: (ruleId: string) => this.relay({ kind: 'turnOffRule', ruleId }) } : {}),
      ...(offers.firstMessage
        ? { setFirstMessage: (firstMessage: boolean) => this.relay({ kind: 'setFirstMessage', firstMessage }) }
        : {}),
      close: (returnFocus: boolean) => this.dismiss(returnFocus),
      pointerInside: (inside: boolean) => this.relay({ kind: 'pointerInside', inside }),
    };
  }

  private onPointerDown(event: PointerEvent): void {
    // Only the user's own pointer closes the card, and not inside our UI (a closed root: the host).
    if (!event.isTrusted || !this.shown || event.composedPath().includes(this.ui.host)) return;
    this.dismiss(false);
  }
}
