/**
 * The card that explains a finding (or, from the badge, all of them) and offers its fixes. Built
 * with DOM calls and `textContent` only: the message text comes from the page, so nothing from it
 * is ever parsed as HTML.
 */
import type { Finding, Fix, Report } from '../../rules';
import type { RuleDoc } from '../../shared/lint-protocol';
import { isSpellingFinding, spellingActions } from './spelling-card';
import { onTrusted } from './trusted';

export interface CardActions {
  applyFix(fix: Fix): void;
  fixAll(): void;
  close(returnFocus: boolean): void;
  pointerInside(inside: boolean): void;
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
}

const VERDICT_LABELS = { ready: 'Ready to send', review: 'Review before sending', blocked: 'Likely to be blocked' };
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
    if (!fix.safe) button.title = 'Suggestion: check the result before sending';
    onTrusted(button, 'click', () => actions.applyFix(fix));
    return button;
  });
  return element(doc, 'li', { class: 'finding', 'data-finding': finding.ruleId, 'data-severity': finding.severity }, [
    element(doc, 'div', {}, [
      element(doc, 'span', { class: 'severity', 'data-severity': finding.severity }, [
        SEVERITY_LABELS[finding.severity],
      ]),
      element(doc, 'span', { class: 'rule' }, [rule?.description ?? finding.ruleId]),
    ]),
    excerpt(doc, content.text, finding),
    element(doc, 'p', { class: 'message' }, [finding.message]),
    rule?.why
      ? element(doc, 'p', { class: 'why' }, [element(doc, 'strong', {}, ['Why carriers care: ']), rule.why])
      : null,
    fixButtons.length > 0 ? element(doc, 'div', { class: 'fixes' }, fixButtons) : null,
    isSpellingFinding(finding) ? spellingActions(doc, content.text, finding, actions) : null,
  ]);
}

let cardCounter = 0;

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
      ? element(
          doc,
          'ul',
          {},
          content.findings.map((finding) => findingItem(doc, content, finding, actions)),
        )
      : element(doc, 'p', { class: 'empty' }, ['No issues found.']),
    element(doc, 'div', { class: 'footer' }, [fixAll]),
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

/** Places the card below (or above, when there is no room) the anchor rect, inside the viewport. */
export function positionCard(card: HTMLElement, anchor: DOMRect): void {
  const view = card.ownerDocument.defaultView;
  const viewportWidth = view?.innerWidth ?? 1024;
  const viewportHeight = view?.innerHeight ?? 768;
  const width = Math.min(360, viewportWidth - 16);
  const height = card.offsetHeight || 200;
  const left = Math.min(Math.max(8, anchor.left), viewportWidth - width - 8);
  const below = anchor.bottom + 6;
  const top = below + height <= viewportHeight - 8 ? below : Math.max(8, anchor.top - height - 6);
  card.style.left = `${left}px`;
  card.style.top = `${top}px`;
}
