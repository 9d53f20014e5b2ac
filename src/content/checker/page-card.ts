/**
 * The one card of a document: opened on a finding (click, hover, Alt+Enter) or on every finding (the
 * badge), kept in step with the text while it is open, closed by Escape, a press outside our UI or
 * when its findings are fixed. Its buttons apply fixes through the field that opened it.
 *
 * In a frame too small for it (the card would not show whole), the card is shown by an ancestor
 * document's content script beside the frame (`CardElsewhere`, hosted-frame-card.ts); this class
 * still decides what it shows, does what is pressed in it and says where its words move when the
 * frame scrolls. Without a checker with room above, it shows here, as it fits: never over the
 * line, its body scrolling and "Fix all" in view (ui/card.ts).
 */
import type { Finding, Fix, Report } from '../../rules';
import type { ApplyFixesResult } from '../../shared/field-protocol';
import {
  type FrameCardAction,
  type FrameCardContent,
  isFrameCardAction,
  randomToken,
  type ShowFrameCardArgs,
} from '../../shared/frame-card-protocol';
import type { RuleDoc } from '../../shared/lint-protocol';
import type { ShadowHost } from '../shadow-host';
import {
  type CardActions,
  type CardBounds,
  type CardContent,
  createCardElement,
  focusFirstAction,
  type NotAcceptedNotice,
  positionCard,
  renderCard,
  renderNotAccepted,
  trackVisibleArea,
} from '../ui/card';

export const HOVER_CLOSE_DELAY_MS = 400;
/** After no frame around could show a card, this frame shows its own for a while. */
const ELSEWHERE_RETRY_MS = 10_000;

/** An ancestor document's content script, which can show this frame's card beside the frame. */
export interface CardElsewhere {
  /** Shows or updates the card there; false when it cannot (no checker there, frame not found). */
  show(args: Omit<ShowFrameCardArgs, 'locator' | 'ancestors'>): Promise<boolean>;
  /** The words it explains moved here (this frame or its field scrolled). */
  move(cardId: string, geometry: Pick<ShowFrameCardArgs, 'anchor' | 'field' | 'viewport'>): void;
  close(cardId: string): void;
}

/** What the card needs from the field that opened it. */
export interface CardOwner {
  currentReport(): Report;
  /** The text the report was made on: fixes are based on it. */
  currentText(): string;
  readonly failure: string | null;
  readonly isDestroyed: boolean;
  /** The field's box in the viewport (the card goes beside it when there is no room above or below). */
  fieldBox(): DOMRect;
  /** Where the words of `findings` (or the badge, for 'all') are now; null when not known. */
  anchorFor?(findings: readonly Finding[] | 'all'): DOMRect | null;
  restoreFocus(): void;
  applyFixes(fixes: readonly Fix[], basedOnText: string): Promise<ApplyFixesResult>;
  fixAllSafe(): Promise<ApplyFixesResult>;
  /** "Ignore": the finding is not shown again in this message. */
  ignore?(finding: Finding, basedOnText: string): void;
  /** Checked under first-message rules; the card's switch sets it (and the field is checked again). */
  firstMessage?: boolean;
  markDirty?(): void;
}

/** What the card's "Turn off this check" needs from the page: the rule off for this user. */
export interface RuleSwitch {
  turnOff(ruleId: string): void;
  /** False when the organization set the checks' severities by policy. */
  canTurnOff(): boolean;
}

interface OpenCard<Owner> {
  owner: Owner;
  findings: Finding[] | 'all';
  hover: boolean;
  anchor: DOMRect;
  basedOnText: string;
  /** The report shown: a new one for the same text (ignored findings, first-message switch) is shown too. */
  report?: Report;
  /** Set while the card says a fix was not taken: it stays as it is until the user closes it. */
  notice?: NotAcceptedNotice;
}

function reportFixError(error: unknown): void {
  console.error('SMS Compliance Checker: could not apply a fix', error);
}

/**
 * Copies text for the user (a click in the card): the Clipboard API where the page allows it, else
 * the browser's copy command on the selection (the card selects the fixed message first).
 */
export async function copyText(doc: Document, text: string): Promise<boolean> {
  try {
    await doc.defaultView?.navigator.clipboard.writeText(text);
    return true;
  } catch {
    try {
      return doc.execCommand('copy');
    } catch {
      return false;
    }
  }
}

export class PageCard<Owner extends CardOwner> {
  private readonly card: HTMLDivElement;
  private state: OpenCard<Owner> | null = null;
  private pointerInCard = false;
  private hoverCloseTimer: ReturnType<typeof setTimeout> | undefined;
  /** In a frame: the part of it the user sees, where a card must fit (ours, or a frame's shown here). */
  readonly visibleArea: () => CardBounds | null;
  /** Set while a frame's card is shown in this element (the top document's hosted-frame-card.ts). */
  private guest: (() => CardActions | null) | null = null;
  /** The card that closed when a frame's card borrowed the element: back if that one is turned down. */
  private lentOver: OpenCard<Owner> | null = null;
  /** Set while the top document shows this card. */
  private hostedElsewhere: { cardId: string } | null = null;
  private elsewhereSeq = 0;
  private elsewhereRefusedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly ui: ShadowHost,
    private readonly ruleDoc: (ruleId: string) => RuleDoc | undefined,
    signal: AbortSignal,
    private readonly rules?: RuleSwitch,
    private readonly elsewhere?: CardElsewhere,
  ) {
    this.card = createCardElement(ui.layer, () => (this.guest ? this.guest() : this.actions()));
    this.visibleArea = trackVisibleArea(ui.layer, signal);
    const doc = ui.layer.ownerDocument;
    doc.addEventListener('pointerdown', (event) => this.onPointerDown(event), { signal, capture: true });
    doc.addEventListener(
      'keydown',
      (event) => {
        // Our root is closed: seen from the document, a key pressed in the card comes from the host.
        if (!event.isTrusted || event.key !== 'Escape' || !this.state) return;
        if (!event.composedPath().includes(this.ui.host)) this.close(false);
      },
      { signal },
    );
  }

  get isOpen(): boolean {
    return this.state !== null;
  }

  /** The card element: one per document, lent to a frame's card shown here. */
  get element(): HTMLDivElement {
    return this.card;
  }

  /**
   * Lends the element to a frame's card (its keys and pointer go to `actions`); null takes it back,
   * and `giveBack` reopens the card it closed, as it was (that frame's card did not show here).
   */
  lend(actions: (() => CardActions | null) | null, giveBack = false): void {
    if (actions) {
      this.lentOver = this.state;
      this.close(false);
      this.guest = actions;
      return;
    }
    const closed = this.lentOver;
    this.lentOver = null;
    this.guest = null;
    // A hover card is not brought back: the pointer has left it.
    if (!giveBack || closed === null || closed.hover || closed.owner.isDestroyed || this.state !== null) return;
    if (closed.notice) this.showNotice(closed.owner, closed.anchor, closed.notice, false);
    else this.open(closed.owner, closed.findings, closed.anchor, false, false);
  }

  /** The field whose card is open, or null. */
  get owner(): Owner | null {
    return this.state?.owner ?? null;
  }

  open(owner: Owner, findings: Finding[] | 'all', anchor: DOMRect, focus: boolean, hover: boolean): void {
    // A hover never replaces a card the user opened on purpose.
    if (hover && this.state && !this.state.hover) return;
    const report = owner.currentReport();
    this.state = { owner, findings, hover, anchor, basedOnText: owner.currentText(), report };
    this.pointerInCard = false;
    this.card.hidden = false;
    const content: CardContent = {
      mode: findings === 'all' ? 'summary' : 'finding',
      text: owner.currentText(),
      report,
      findings: findings === 'all' ? report.findings : findings,
      ruleDoc: this.ruleDoc,
      ...(owner.failure !== null ? { unavailable: owner.failure } : {}),
      ...(owner.firstMessage !== undefined ? { firstMessage: owner.firstMessage } : {}),
      canTurnOffRules: this.rules?.canTurnOff() ?? false,
    };
    renderCard(this.card, content, this.actions() as CardActions);
    const field = owner.fieldBox();
    const { fitsWhole } = positionCard(this.card, anchor, field, this.visibleArea());
    if (!fitsWhole && this.canShowElsewhere()) {
      const { ruleDoc: _ruleDoc, ...shownContent } = content;
      const elsewhereContent: FrameCardContent = {
        kind: 'findings',
        ...shownContent,
        ruleDocs: this.ruleDocsOf(content.findings),
        offers: {
          ignore: owner.ignore !== undefined,
          turnOffRule: this.rules !== undefined,
          firstMessage: owner.firstMessage !== undefined,
        },
      };
      const shown = this.state;
      this.showElsewhere(elsewhereContent, anchor, field, focus, () => {
        // Shown here after all, as it fits.
        if (this.state === shown) this.open(owner, findings, anchor, focus, hover);
      });
      return;
    }
    this.leaveElsewhere();
    if (focus) focusFirstAction(this.card);
  }

  /** Whether the top document may be asked to show the card (it could not, a moment ago). */
  private canShowElsewhere(): boolean {
    return this.elsewhere !== undefined && Date.now() - this.elsewhereRefusedAt > ELSEWHERE_RETRY_MS;
  }

  private ruleDocsOf(findings: readonly Finding[]): Record<string, RuleDoc> {
    const docs: Record<string, RuleDoc> = {};
    for (const { ruleId } of findings) {
      const doc = this.ruleDoc(ruleId);
      if (doc) docs[ruleId] = doc;
    }
    return docs;
  }

  /**
   * Hands the card (rendered here to be measured, then emptied) to the top document; if that
   * cannot show it, `showHere` renders it here after all.
   */
  private showElsewhere(
    content: FrameCardContent,
    anchor: DOMRect,
    field: DOMRect,
    focus: boolean,
    showHere: () => void,
  ): void {
    const elsewhere = this.elsewhere as CardElsewhere;
    this.card.hidden = true;
    this.card.replaceChildren();
    this.hostedElsewhere ??= { cardId: randomToken() };
    const { cardId } = this.hostedElsewhere;
    const seq = ++this.elsewhereSeq;
    const view = this.ui.layer.ownerDocument.defaultView;
    const rect = ({ left, top, width, height }: DOMRect) => ({ left, top, width, height });
    elsewhere
      .show({
        cardId,
        content,
        anchor: rect(anchor),
        field: rect(field),
        viewport: { width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 },
        focus,
      })
      .catch(() => false)
      .then((shown) => {
        if (shown || seq !== this.elsewhereSeq || this.hostedElsewhere?.cardId !== cardId) return;
        this.elsewhereRefusedAt = Date.now();
        this.hostedElsewhere = null;
        showHere();
      });
  }

  /** The card shows here again (it fits now, or it closed): the top document's copy goes. */
  private leaveElsewhere(): void {
    const hosted = this.hostedElsewhere;
    if (!hosted) return;
    this.hostedElsewhere = null;
    this.elsewhereSeq++;
    this.elsewhere?.close(hosted.cardId);
  }

  /** What the user did in this card as the top document shows it: done as if pressed here. */
  actFromElsewhere(cardId: string, action: FrameCardAction): void {
    if (this.hostedElsewhere?.cardId !== cardId || !isFrameCardAction(action)) return;
    const actions = this.actions();
    if (!actions) return;
    switch (action.kind) {
      case 'applyFix':
        actions.applyFix(action.fix);
        return;
      case 'fixAll':
        actions.fixAll();
        return;
      case 'close':
        // Closed there already.
        this.hostedElsewhere = null;
        this.close(action.returnFocus);
        return;
      case 'ignore':
        actions.ignore?.(action.finding);
        return;
      case 'turnOffRule':
        actions.turnOffRule?.(action.ruleId);
        return;
      case 'setFirstMessage':
        actions.setFirstMessage?.(action.firstMessage);
        return;
      case 'pointerInside':
        actions.pointerInside(action.inside);
        return;
    }
  }

  /** After a re-lint, keep an open card in step with the text (or close it when its findings are gone). */
  refresh(): void {
    const state = this.state;
    if (!state) return;
    const { owner } = state;
    if (owner.isDestroyed) {
      this.close(false);
      return;
    }
    if (state.notice !== undefined) return;
    const sameText = owner.currentText() === state.basedOnText;
    if (sameText && owner.currentReport() === state.report) {
      this.follow(state);
      return;
    }
    const hadFocus = this.card.contains(this.ui.root.activeElement);
    const onSwitch = this.ui.root.activeElement?.classList.contains('first-message') ?? false;
    if (state.findings === 'all') {
      this.open(owner, 'all', state.anchor, hadFocus, state.hover);
      // The user just flipped the first-message switch: keep the focus on it.
      if (onSwitch) this.card.querySelector<HTMLElement>('input.first-message')?.focus();
      return;
    }
    // Follow the same findings in the new text; close if they are fixed.
    const followed = state.findings;
    const current = owner
      .currentReport()
      .findings.filter((finding) =>
        followed.some((old) => old.ruleId === finding.ruleId && old.messageId === finding.messageId),
      );
    if (current.length === 0) this.close(false);
    else this.open(owner, current, state.anchor, hadFocus, state.hover);
  }

  /**
   * The frame or the field scrolled under an open card: in a frame, the card moves with its words
   * (here, or where an ancestor shows it), and closes once they scroll out of sight rather than
   * point at something else. (The top document's own card stays where it opened.)
   */
  private follow(state: OpenCard<Owner>): void {
    const view = this.ui.layer.ownerDocument.defaultView;
    if (view === null || (view.top === view && !this.hostedElsewhere)) return;
    const anchor = state.owner.anchorFor?.(state.findings) ?? null;
    if (anchor === null) return;
    const was = state.anchor;
    if (Math.abs(anchor.left - was.left) < 0.5 && Math.abs(anchor.top - was.top) < 0.5) return;
    state.anchor = anchor;
    const field = state.owner.fieldBox();
    const meets = (a: DOMRect, b: { left: number; top: number; right: number; bottom: number }) =>
      a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom;
    const seen = meets(anchor, { left: 0, top: 0, right: view.innerWidth, bottom: view.innerHeight });
    // A finding's words must still be in the part of the field shown (a field scrolls inside too).
    const inField = state.findings === 'all' || (field.width > 0 && meets(anchor, field));
    if (!seen || !inField) {
      this.close(false);
      return;
    }
    const hosted = this.hostedElsewhere;
    if (hosted) {
      const rect = ({ left, top, width, height }: DOMRect) => ({ left, top, width, height });
      this.elsewhere?.move(hosted.cardId, {
        anchor: rect(anchor),
        field: rect(field),
        viewport: { width: view.innerWidth, height: view.innerHeight },
      });
    } else {
      positionCard(this.card, anchor, field, this.visibleArea());
    }
  }

  private actions(): CardActions | null {
    const state = this.state;
    if (!state) return null;
    const { owner } = state;
    return {
      applyFix: (fix: Fix) => {
        const { basedOnText, anchor } = state;
        this.close(false);
        owner.applyFixes([fix], basedOnText).then((result) => this.afterFix(owner, anchor, result), reportFixError);
      },
      fixAll: () => {
        const { anchor } = state;
        this.close(false);
        owner.fixAllSafe().then((result) => this.afterFix(owner, anchor, result), reportFixError);
      },
      copyText: (text: string) => copyText(this.ui.layer.ownerDocument, text),
      ...(owner.ignore
        ? {
            ignore: (finding: Finding) => {
              owner.ignore?.(finding, state.basedOnText);
              // The summary shows what is left; a finding's own card has nothing left to say.
              if (state.findings === 'all') this.open(owner, 'all', state.anchor, true, false);
              else this.close(true);
            },
          }
        : {}),
      ...(this.rules
        ? {
            turnOffRule: (ruleId: string) => {
              this.rules?.turnOff(ruleId);
              this.close(true);
            },
          }
        : {}),
      ...(owner.firstMessage !== undefined
        ? {
            setFirstMessage: (firstMessage: boolean) => {
              owner.firstMessage = firstMessage;
              owner.markDirty?.();
            },
          }
        : {}),
      close: (returnFocus: boolean) => this.close(returnFocus),
      pointerInside: (inside: boolean) => {
        this.pointerInCard = inside;
        if (inside) this.cancelHoverClose();
        else if (this.state?.hover) this.hoverEnded(owner);
      },
    };
  }

  /** A fix the editor did not take is not silent: the card opens again and says so. */
  private afterFix(owner: Owner, anchor: DOMRect, result: ApplyFixesResult): void {
    if (result.notAccepted === undefined || owner.isDestroyed) return;
    const notice: NotAcceptedNotice = {
      expected: result.notAccepted.expected,
      reason: result.reason ?? 'The editor kept its own text.',
    };
    this.showNotice(owner, anchor, notice, true);
  }

  /** The card saying a fix was not taken, its copy button focused when `focus`. */
  private showNotice(owner: Owner, anchor: DOMRect, notice: NotAcceptedNotice, focus: boolean): void {
    this.state = { owner, findings: 'all', hover: false, anchor, basedOnText: owner.currentText(), notice };
    this.pointerInCard = false;
    this.card.hidden = false;
    renderNotAccepted(this.card, notice, this.actions() as CardActions);
    const field = owner.fieldBox();
    const { fitsWhole } = positionCard(this.card, anchor, field, this.visibleArea());
    if (!fitsWhole && this.canShowElsewhere()) {
      const shown = this.state;
      this.showElsewhere({ kind: 'not-accepted', ...notice }, anchor, field, focus, () => {
        if (this.state === shown) this.showNotice(owner, anchor, notice, focus);
      });
      return;
    }
    this.leaveElsewhere();
    if (focus) this.card.querySelector<HTMLElement>('button.copy-fix')?.focus();
  }

  close(returnFocus: boolean): void {
    const state = this.state;
    // The element shows a frame's card: not ours to close.
    if (state === null && this.guest !== null) return;
    this.cancelHoverClose();
    this.state = null;
    this.leaveElsewhere();
    this.card.hidden = true;
    this.card.replaceChildren();
    if (returnFocus && state && !state.owner.isDestroyed) state.owner.restoreFocus();
  }

  closeFor(owner: Owner): void {
    if (this.state?.owner === owner) this.close(false);
  }

  hoverEnded(owner: Owner): void {
    const state = this.state;
    if (!state?.hover || state.owner !== owner || this.hoverCloseTimer !== undefined) return;
    this.hoverCloseTimer = setTimeout(() => {
      this.hoverCloseTimer = undefined;
      if (this.state?.hover && !this.pointerInCard) this.close(false);
    }, HOVER_CLOSE_DELAY_MS);
  }

  private cancelHoverClose(): void {
    if (this.hoverCloseTimer !== undefined) clearTimeout(this.hoverCloseTimer);
    this.hoverCloseTimer = undefined;
  }

  private onPointerDown(event: PointerEvent): void {
    // Only the user's own pointer closes the card; the page's script cannot dismiss it.
    if (!event.isTrusted || !this.state) return;
    // Our root is closed, so from the document a press anywhere in our UI (the card, a badge) comes
    // from the host: it never closes the card (a badge's click opens its own card anyway).
    if (event.composedPath().includes(this.ui.host)) return;
    this.close(false);
  }
}
