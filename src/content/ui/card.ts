/**
 * The card that explains a finding (or, from the badge, all of them) and offers its fixes. Built
 * with DOM calls and `textContent` only: the message text comes from the page, so nothing from it
 * is ever parsed as HTML.
 */
import type { Finding, Fix, Report } from '../../rules';
import type { RuleDoc } from '../../shared/lint-protocol';
import { groupBySeverity, SUGGESTION_TITLE, VERDICT_LABELS } from '../../shared/report-labels';
import { isSpellingFinding, spellingActions } from './spelling-card';
import { onTrusted } from './trusted';

export interface CardActions {
  applyFix(fix: Fix): void;
  fixAll(): void;
  close(returnFocus: boolean): void;
  pointerInside(inside: boolean): void;
  /** Puts text on the clipboard (the user's click); false when the browser refused. */
  copyText(text: string): Promise<boolean>;
  /** "Ignore": this finding is not shown again in this message. */
  ignore?(finding: Finding): void;
  /** "Turn off this check": the rule is off for this user (the options page turns it back on). */
  turnOffRule?(ruleId: string): void;
  /** The card's "First message to this client" switch. */
  setFirstMessage?(firstMessage: boolean): void;
}

/** A fix the editor did not take: the card says so and offers the fixed message to copy. */
export interface NotAcceptedNotice {
  /** The whole message as the fix would have left it. */
  expected: string;
  /** Why, from the field's editing path. */
  reason: string;
}

export interface CardContent {
  /** 'finding': one finding from an underline; 'summary': every finding, from the badge. */
  mode: 'finding' | 'summary';
  text: string;
  report: Report;
  findings: readonly Finding[];
  /** What the card says about a rule (sent by the background linter). */
  ruleDoc(ruleId: string): RuleDoc | undefined;
  /** Set when the background could not check the text: the card says why instead of "no issues". */
  unavailable?: string;
  /** Whether the field is checked under first-message rules (the card's switch shows it). */
  firstMessage?: boolean;
  /** False when the organization set the checks' severities by policy: no "Turn off this check". */
  canTurnOffRules?: boolean;
}

const SEVERITY_LABELS = { error: 'Error', warning: 'Warning', info: 'Note' };
/** Characters of context shown around a flagged range. */
const CONTEXT = 32;

type Child = Node | string | null | undefined | false;

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string> = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}

/** "…text before [flagged] text after…" with the flagged part in <mark>, all as text nodes. */
function excerpt(doc: Document, text: string, finding: Finding): HTMLElement {
  const from = Math.max(0, finding.start - CONTEXT);
  const to = Math.min(text.length, finding.end + CONTEXT);
  const flagged = text.slice(finding.start, finding.end);
  return element(doc, 'div', { class: 'excerpt' }, [
    (from > 0 ? '…' : '') + text.slice(from, finding.start),
    flagged.length > 200
      ? element(doc, 'mark', {}, [`${flagged.slice(0, 200)}…`])
      : element(doc, 'mark', {}, [flagged]),
    text.slice(finding.end, to) + (to < text.length ? '…' : ''),
  ]);
}

function findingItem(doc: Document, content: CardContent, finding: Finding, actions: CardActions): HTMLElement {
  const rule = content.ruleDoc(finding.ruleId);
  const fixButtons = finding.fixes.map((fix) => {
    const button = element(doc, 'button', { type: 'button', class: 'fix', 'data-safe': String(fix.safe) }, [fix.label]);
    if (!fix.safe) button.title = SUGGESTION_TITLE;
    onTrusted(button, 'click', () => actions.applyFix(fix));
    return button;
  });
  return element(doc, 'li', { class: 'finding', 'data-finding': finding.ruleId, 'data-severity': finding.severity }, [
    element(doc, 'div', {}, [
      element(doc, 'span', { class: 'severity', 'data-severity': finding.severity }, [
        SEVERITY_LABELS[finding.severity],
      ]),
      // A space, so that a screen reader and a copy read "Error Flags ...", not "ErrorFlags ...".
      ' ',
      element(doc, 'span', { class: 'rule' }, [rule?.description ?? finding.ruleId]),
    ]),
    excerpt(doc, content.text, finding),
    element(doc, 'p', { class: 'message' }, [finding.message]),
    rule?.why
      ? element(doc, 'p', { class: 'why' }, [element(doc, 'strong', {}, ['Why carriers care: ']), rule.why])
      : null,
    fixButtons.length > 0 ? element(doc, 'div', { class: 'fixes' }, fixButtons) : null,
    isSpellingFinding(finding) ? spellingActions(doc, content.text, finding, actions) : null,
    dismissActions(doc, content, finding, actions),
  ]);
}

/** "Ignore" (this message only) and "Turn off this check" (the rule, for this user). */
function dismissActions(
  doc: Document,
  content: CardContent,
  finding: Finding,
  actions: CardActions,
): HTMLElement | null {
  const buttons: HTMLElement[] = [];
  const { ignore, turnOffRule } = actions;
  if (ignore) {
    const button = element(doc, 'button', { type: 'button', class: 'dismiss', 'data-action': 'ignore' }, ['Ignore']);
    button.title = 'Hide this finding in this message';
    onTrusted(button, 'click', () => ignore(finding));
    buttons.push(button);
  }
  if (turnOffRule && content.canTurnOffRules !== false) {
    const button = element(doc, 'button', { type: 'button', class: 'dismiss', 'data-action': 'turn-off' }, [
      'Turn off this check',
    ]);
    button.title = 'Stop checking this in every message (the options page turns it back on)';
    onTrusted(button, 'click', () => turnOffRule(finding.ruleId));
    buttons.push(button);
  }
  return buttons.length > 0 ? element(doc, 'div', { class: 'dismiss-actions' }, buttons) : null;
}

/** The card's copy of the popup's "First message to this client" switch. */
function firstMessageSwitch(doc: Document, content: CardContent, actions: CardActions): HTMLElement | null {
  const { setFirstMessage } = actions;
  if (!setFirstMessage || content.firstMessage === undefined) return null;
  const input = element(doc, 'input', { type: 'checkbox', role: 'switch', class: 'first-message' });
  input.checked = content.firstMessage;
  input.setAttribute('aria-checked', String(content.firstMessage));
  onTrusted(input, 'change', () => setFirstMessage(input.checked));
  return element(
    doc,
    'label',
    {
      class: 'first-message-switch',
      title: 'A first message must name the firm, link the terms and say how to opt out',
    },
    [input, 'First message to this client'],
  );
}

/**
 * Errors first, as the popup lists them: the summary in groups under the popup's headings (Must
 * fix, Should fix, Good to know); the findings at one spot in the same order, without headings.
 */
function findingList(doc: Document, content: CardContent, actions: CardActions): HTMLElement {
  const groups = groupBySeverity(content.findings);
  if (content.mode === 'finding') {
    const ordered = groups.flatMap((group) => group.findings);
    return element(
      doc,
      'ul',
      {},
      ordered.map((finding) => findingItem(doc, content, finding, actions)),
    );
  }
  return element(
    doc,
    'div',
    { class: 'groups' },
    groups.map((group) =>
      element(doc, 'section', { class: 'group', 'data-severity': group.severity, 'aria-label': group.title }, [
        element(doc, 'h3', {}, [`${group.title} (${group.findings.length})`]),
        element(
          doc,
          'ul',
          {},
          group.findings.map((finding) => findingItem(doc, content, finding, actions)),
        ),
      ]),
    ),
  );
}

let cardCounter = 0;

/**
 * Moves the keyboard focus to the card's first action: the copy button of a notice that the editor
 * did not take a fix, else the first fix or "Fix all"; the card itself when it has none.
 */
export function focusFirstAction(card: HTMLElement): void {
  delete card.dataset.awaitingSuggestion;
  if (card.dataset.mode === 'not-accepted') {
    (card.querySelector<HTMLElement>('button.copy-fix') ?? card).focus();
    return;
  }
  // "Add to dictionary" is a choice, like "Ignore", never the default: Enter on it would teach the
  // firm dictionary a typo. While a spelling card waits for its suggestions the card itself holds
  // the focus, and the first suggestion takes it when it comes (spelling-card.ts).
  const fix = card.querySelector<HTMLElement>('button.fix:not(.add-word)');
  if (!fix && card.querySelector('[data-spelling-pending]')) {
    card.dataset.awaitingSuggestion = '';
    card.focus();
    return;
  }
  // In the summary of all findings, a fix below the card's visible part: focusing it would scroll
  // the heading and the most serious findings out of view, so the card itself takes the focus (as
  // the ARIA dialog pattern advises) and Tab goes on to the fix. A card of the findings at the
  // caret (Alt+Enter) focuses its fix wherever it is: that is what the user asked for.
  if (fix && card.dataset.mode === 'summary' && !shownWithin(card, fix)) {
    card.focus({ preventScroll: true });
    return;
  }
  (fix ?? card.querySelector<HTMLElement>('button.fix-all:not(:disabled)') ?? card).focus();
}

/** Whether `element` lies in the part of the scrolled `card` shown now, above its sticky footer. */
function shownWithin(card: HTMLElement, element: HTMLElement): boolean {
  const footer = Number.parseFloat(getComputedStyle(card).scrollPaddingBottom) || 0;
  const cardBox = card.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  return box.top >= cardBox.top && box.bottom <= cardBox.top + card.clientHeight - footer;
}

/** Fills `card` with the notice that the editor did not take a fix, the fixed message and a copy button. */
export function renderNotAccepted(card: HTMLElement, notice: NotAcceptedNotice, actions: CardActions): void {
  const doc = card.ownerDocument;
  const headingId = `sms-card-heading-${++cardCounter}`;
  const close = element(doc, 'button', { type: 'button', class: 'close', 'aria-label': 'Close' }, ['×']);
  onTrusted(close, 'click', () => actions.close(true));
  const fixed = element(doc, 'textarea', {
    class: 'fixed-text',
    readonly: '',
    rows: '3',
    'aria-label': 'The fixed message',
  });
  fixed.value = notice.expected;
  const status = element(doc, 'p', { class: 'copy-status', role: 'status' });
  const copy = element(doc, 'button', { type: 'button', class: 'fix copy-fix' }, ['Copy the fix']);
  onTrusted(copy, 'click', () => {
    fixed.select();
    actions.copyText(notice.expected).then(
      (copied) => {
        status.textContent = copied
          ? 'Copied. Select the message in the editor and paste.'
          : 'Could not copy: the fixed message is selected above, copy it with Ctrl+C.';
      },
      () => {
        status.textContent = 'Could not copy: the fixed message is selected above, copy it with Ctrl+C.';
      },
    );
  });
  card.replaceChildren(
    element(doc, 'h2', { id: headingId }, ['This editor did not accept the change: copy the fix']),
    close,
    element(doc, 'p', { class: 'message' }, [notice.reason]),
    fixed,
    element(doc, 'div', { class: 'fixes' }, [copy]),
    status,
  );
  card.setAttribute('aria-labelledby', headingId);
  card.dataset.mode = 'not-accepted';
}

/** Fills `card` (the dialog element) with the content. */
export function renderCard(card: HTMLElement, content: CardContent, actions: CardActions): void {
  const doc = card.ownerDocument;
  const headingId = `sms-card-heading-${++cardCounter}`;
  const { report } = content;
  const count = report.findings.length;
  const heading =
    content.mode === 'summary'
      ? `${VERDICT_LABELS[report.verdict]}: ${count} ${count === 1 ? 'issue' : 'issues'}`
      : VERDICT_LABELS[report.verdict];
  const close = element(doc, 'button', { type: 'button', class: 'close', 'aria-label': 'Close' }, ['×']);
  onTrusted(close, 'click', () => actions.close(true));
  if (content.unavailable !== undefined) {
    card.replaceChildren(
      element(doc, 'h2', { id: headingId }, ['SMS check unavailable']),
      close,
      element(doc, 'p', { class: 'message' }, [content.unavailable]),
    );
    card.setAttribute('aria-labelledby', headingId);
    card.dataset.mode = 'unavailable';
    return;
  }
  const hasSafeFix = report.findings.some((finding) => finding.fixes.some((fix) => fix.safe));
  const fixAll = element(doc, 'button', { type: 'button', class: 'fix-all' }, ['Fix all safe issues']);
  if (!hasSafeFix) fixAll.disabled = true;
  onTrusted(fixAll, 'click', () => actions.fixAll());
  const summary = `${report.characters} characters · ${report.segments} ${report.segments === 1 ? 'segment' : 'segments'} · ${report.encoding} · score ${report.score}`;
  card.replaceChildren(
    element(doc, 'h2', { id: headingId }, [heading]),
    close,
    element(doc, 'p', { class: 'summary' }, [summary]),
    content.findings.length > 0
      ? findingList(doc, content, actions)
      : element(doc, 'p', { class: 'empty' }, ['No issues found.']),
    element(doc, 'div', { class: 'footer' }, [firstMessageSwitch(doc, content, actions), fixAll]),
  );
  card.setAttribute('aria-labelledby', headingId);
  card.dataset.mode = content.mode;
}

/** Creates the (hidden) dialog element with its keyboard and pointer wiring. */
export function createCardElement(layer: HTMLElement, actions: () => CardActions | null): HTMLDivElement {
  const doc = layer.ownerDocument;
  const card = element(doc, 'div', {
    class: 'card',
    role: 'dialog',
    'aria-modal': 'false',
    'data-sms-card': '',
    tabindex: '-1',
  });
  card.hidden = true;
  onTrusted(card, 'keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      actions()?.close(true);
    }
  });
  onTrusted(card, 'pointerenter', () => actions()?.pointerInside(true));
  onTrusted(card, 'pointerleave', () => actions()?.pointerInside(false));
  layer.append(card);
  return card;
}

const CARD_WIDTH = 360;
const MARGIN = 8;
const GAP = 6;
/** Below this height above or below the line, a card there would show too little: beside it is tried. */
const MIN_USEFUL_HEIGHT = 120;
/** Below this width beside the field, a card there would be unreadable. */
const MIN_USEFUL_WIDTH = 200;
/** A card this tall reads comfortably (a longer one scrolls): a frame that gives it this much may show a smaller frame's card. */
const ROOMY_HEIGHT = 280;
/** Below this height the card is drawn compact (ui/styles.ts), its footer always whole. */
const COMPACT_BELOW_HEIGHT = 160;
/** Below this width a card is squeezed: a frame that narrow has it shown by the top document. */
const MIN_COMFORTABLE_WIDTH = 300;

export interface CardPlacement {
  left: number;
  top: number;
  width: number;
  /** The card scrolls inside this height (its footer stays in view). */
  maxHeight: number;
  side: 'below' | 'above' | 'right' | 'left';
}

/** The part of the viewport the card may use: all of it, or the part of a frame the user can see. */
export interface CardBounds {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where the card goes for the line it explains (`anchor`) in a viewport of the given size (or the
 * part of it the user can see, `visible`): below the line, else above it, where it fits whole;
 * else on the side (below, above, right or left of the line) with the most room, shrunk to that
 * room. It never covers the line, however small the frame (a 200 px editor iframe): it scrolls
 * instead.
 */
export function cardPlacement(
  anchor: DOMRect,
  viewport: { width: number; height: number },
  naturalHeight: number,
  field: DOMRect = anchor,
  visible?: CardBounds,
): CardPlacement {
  const bounds = {
    left: Math.max(0, visible?.left ?? 0) + MARGIN,
    top: Math.max(0, visible?.top ?? 0) + MARGIN,
    right: Math.min(viewport.width, visible?.right ?? viewport.width) - MARGIN,
    bottom: Math.min(viewport.height, visible?.bottom ?? viewport.height) - MARGIN,
  };
  const width = Math.max(0, Math.min(CARD_WIDTH, bounds.right - bounds.left));
  const left = Math.max(bounds.left, Math.min(anchor.left, bounds.right - width));
  const below = bounds.bottom - (anchor.bottom + GAP);
  const above = anchor.top - GAP - bounds.top;
  if (naturalHeight <= below) return { left, top: anchor.bottom + GAP, width, maxHeight: below, side: 'below' };
  if (naturalHeight <= above) {
    return { left, top: anchor.top - GAP - naturalHeight, width, maxHeight: above, side: 'above' };
  }
  const fullHeight = bounds.bottom - bounds.top;
  // Beside the field, not just the flagged words: the card then covers no part of their line.
  const rightEdge = Math.max(anchor.right, field.right) + GAP;
  const leftEdge = Math.min(anchor.left, field.left) - GAP;
  const right = Math.min(CARD_WIDTH, bounds.right - rightEdge);
  const leftRoom = Math.min(CARD_WIDTH, leftEdge - bounds.left);
  const candidates: (CardPlacement & { area: number; useful: boolean })[] = [
    {
      left,
      top: anchor.bottom + GAP,
      width,
      maxHeight: below,
      side: 'below',
      area: width * below,
      useful: below >= MIN_USEFUL_HEIGHT,
    },
    {
      left,
      top: bounds.top,
      width,
      maxHeight: above,
      side: 'above',
      area: width * above,
      useful: above >= MIN_USEFUL_HEIGHT,
    },
    {
      left: rightEdge,
      top: bounds.top,
      width: right,
      maxHeight: fullHeight,
      side: 'right',
      area: right * fullHeight,
      useful: right >= MIN_USEFUL_WIDTH,
    },
    {
      left: Math.max(bounds.left, leftEdge - leftRoom),
      top: bounds.top,
      width: leftRoom,
      maxHeight: fullHeight,
      side: 'left',
      area: leftRoom * fullHeight,
      useful: leftRoom >= MIN_USEFUL_WIDTH,
    },
  ];
  const pool = candidates.some((candidate) => candidate.useful)
    ? candidates.filter((candidate) => candidate.useful)
    : candidates;
  let best = pool[0] as (typeof candidates)[number];
  for (const candidate of pool) if (candidate.area > best.area) best = candidate;
  const { area: _area, useful: _useful, ...placement } = best;
  return { ...placement, width: Math.max(0, placement.width), maxHeight: Math.max(0, placement.maxHeight) };
}

/**
 * Places the card by the anchor rect (the words it explains) inside the viewport (or the part of
 * a frame the user can see, `visible`), never over their line; beside the field's box (`field`)
 * when neither above nor below has room. `fitsWhole` is false when the card had to be squeezed
 * (it scrolls, or is narrower than is comfortable): a frame then has an ancestor show it. `roomy`:
 * whole, or scrolling in a comfortable height (where an ancestor frame may show a frame's card).
 */
export function positionCard(
  card: HTMLElement,
  anchor: DOMRect,
  field?: DOMRect,
  visible?: CardBounds | null,
): { placement: CardPlacement; fitsWhole: boolean; roomy: boolean } {
  const view = card.ownerDocument.defaultView;
  const viewport = { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
  // The height the card wants, measured without the limit an earlier placement set.
  card.style.maxHeight = '';
  card.style.width = '';
  delete card.dataset.compact;
  const naturalHeight = card.offsetHeight || 200;
  // All of it, past the stylesheet's cap too (the card scrolls beyond that).
  const wholeHeight = card.scrollHeight + (card.offsetHeight - card.clientHeight);
  const placement = cardPlacement(anchor, viewport, naturalHeight, field, visible ?? undefined);
  card.style.left = `${Math.round(placement.left)}px`;
  card.style.top = `${Math.round(placement.top)}px`;
  card.style.width = `${Math.round(placement.width)}px`;
  card.style.maxHeight = `${Math.floor(placement.maxHeight)}px`;
  card.dataset.side = placement.side;
  // Little room beside the line (a 150 px frame with nothing above to show the card): tighter
  // padding, so that "Fix all" stays whole in view while the findings scroll above it.
  if (placement.maxHeight < COMPACT_BELOW_HEIGHT) card.dataset.compact = '';
  const wideEnough = placement.width >= Math.min(CARD_WIDTH, MIN_COMFORTABLE_WIDTH);
  return {
    placement,
    fitsWhole: wholeHeight <= placement.maxHeight && wideEnough,
    roomy: wideEnough && placement.maxHeight >= Math.min(wholeHeight, ROOMY_HEIGHT),
  };
}

/**
 * The part of a frame's viewport the user can see (a frame scrolled half out of the page shows
 * only part of itself), kept up to date by an IntersectionObserver on an invisible box the size of
 * the frame's viewport in our layer: the observer's implicit root is the top-level viewport, even
 * across origins. Null in the top document, or until the first report.
 */
export function trackVisibleArea(layer: HTMLElement, signal: AbortSignal): () => CardBounds | null {
  const doc = layer.ownerDocument;
  const view = doc.defaultView;
  if (view === null || view.top === view || typeof view.IntersectionObserver !== 'function') return () => null;
  const probe = doc.createElement('div');
  probe.className = 'viewport-probe';
  probe.setAttribute('aria-hidden', 'true');
  layer.append(probe);
  let visible: CardBounds | null = null;
  const observer = new view.IntersectionObserver(
    (entries) => {
      const entry = entries[entries.length - 1];
      if (entry === undefined) return;
      const { left, top, right, bottom } = entry.intersectionRect;
      visible = entry.isIntersecting ? { left, top, right, bottom } : null;
    },
    { threshold: Array.from({ length: 21 }, (_, index) => index / 20) },
  );
  observer.observe(probe);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      probe.remove();
    },
    { once: true },
  );
  return () => visible;
}
