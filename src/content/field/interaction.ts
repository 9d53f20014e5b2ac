/**
 * What the user does to one field that concerns us: focus and blur, the pointer over an underline
 * (hover opens the card after a pause, a click at once), and the keys that open the card
 * (Alt+Enter on a flagged word, Alt+Shift+S anywhere). Only trusted events count: the page's
 * script may fire these on its own field, and only the user's keys and pointer open our card.
 */
import type { Finding, Report } from '../../rules';
import type { TextSelection } from '../adapters/types';
import { onTrusted } from '../ui/trusted';

export const HOVER_DELAY_MS = 300;

/** What the interaction handler needs from its field. */
export interface InteractionHost {
  readonly element: HTMLElement;
  focused(): void;
  blurred(): void;
  /** Remembers the user's selection in the field (kept when the field loses focus). */
  rememberSelection(): void;
  /** The user's selection now, or null when it is not in the field. */
  readSelection(): TextSelection | null;
  selectionSeen(selection: TextSelection): void;
  currentReport(): Report;
  findingsAt(x: number, y: number): Finding[];
  anchorFor(findings: readonly Finding[]): DOMRect;
  /** The box of the finding's first character run (for a card opened from the keyboard). */
  caretAnchor(finding: Finding): DOMRect;
  openCard(findings: Finding[], anchor: DOMRect, focus: boolean, hover: boolean): void;
  openSummary(focus: boolean): void;
  hoverEnded(): void;
  isDestroyed(): boolean;
}

/** Alt+Enter: the card of the finding at the caret. */
function isFindingKey(event: KeyboardEvent): boolean {
  return event.altKey && !event.ctrlKey && !event.metaKey && event.key === 'Enter';
}

/** Alt+Shift+S: the card of the finding at the caret, or the summary. */
function isSummaryKey(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyS';
}

export class FieldInteraction {
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: InteractionHost,
    signal: AbortSignal,
  ) {
    const { element } = host;
    const options = { signal };
    element.addEventListener('focus', () => host.focused(), options);
    element.addEventListener('blur', () => host.blurred(), options);
    // Capture on the field's window: our key handler runs before the editor's own handlers on the
    // field (TinyMCE's Enter handling), so a key we take never reaches them.
    // Keys without Alt (typing) return at the first test, so the keystroke path stays as cheap.
    const keyTarget: EventTarget = element.ownerDocument.defaultView ?? element;
    keyTarget.addEventListener(
      'keydown',
      (event) => {
        if (!(event as KeyboardEvent).altKey || !event.isTrusted) return;
        if (event.composedPath().includes(element)) this.onKeyDown(event as KeyboardEvent);
      },
      { signal, capture: true },
    );
    element.addEventListener('keyup', () => host.rememberSelection(), options);
    element.addEventListener('mouseup', () => host.rememberSelection(), options);
    onTrusted(element, 'click', (event) => this.onPointer(event, 'click'), options);
    onTrusted(element, 'pointermove', (event) => this.onPointer(event, 'move'), { signal, passive: true });
    element.addEventListener('pointerleave', () => this.cancelHover(), options);
    signal.addEventListener('abort', () => this.cancelHover(), { once: true });
  }

  private onPointer(event: PointerEvent | MouseEvent, kind: 'click' | 'move'): void {
    const host = this.host;
    if (kind === 'click') host.rememberSelection();
    const findings = host.findingsAt(event.clientX, event.clientY);
    if (kind === 'click') {
      this.cancelHover();
      if (findings.length > 0) host.openCard(findings, host.anchorFor(findings), false, false);
      return;
    }
    if (findings.length === 0) {
      this.cancelHover();
      host.hoverEnded();
      return;
    }
    if (this.hoverTimer !== undefined) return;
    this.hoverTimer = setTimeout(() => {
      this.hoverTimer = undefined;
      if (!host.isDestroyed()) host.openCard(findings, host.anchorFor(findings), false, true);
    }, HOVER_DELAY_MS);
  }

  cancelHover(): void {
    if (this.hoverTimer !== undefined) clearTimeout(this.hoverTimer);
    this.hoverTimer = undefined;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const findingKey = isFindingKey(event);
    if (!findingKey && !isSummaryKey(event)) return;
    const host = this.host;
    // Alt+Enter is ours in a checked field: it never reaches the editor, which could take it for
    // Enter and split the line (TinyMCE does), whether or not a finding is at the caret.
    event.preventDefault();
    event.stopImmediatePropagation();
    const report = host.currentReport();
    const selection = host.readSelection();
    if (selection !== null) host.selectionSeen(selection);
    const caret = selection?.end ?? -1;
    const atCaret = report.findings.filter((finding) => finding.start <= caret && caret <= finding.end);
    if (findingKey && atCaret.length === 0) return;
    const first = atCaret[0];
    if (first !== undefined) host.openCard(atCaret, host.caretAnchor(first), true, false);
    else host.openSummary(true);
  }
}
