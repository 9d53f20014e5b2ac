/**
 * A field's findings on screen: the badge (count, verdict, labels), the underline boxes in our
 * overlay and, for rich editors, CSS Custom Highlight ranges. It keeps the boxes it drew so a
 * pointer position can be turned back into findings. Every write happens only where a value
 * changed, and the field's box is read once per frame.
 */
import type { Finding, Report } from '../../rules';
import type { FieldAdapter } from '../adapters/types';
import { insideWindow } from '../adapters/visible-text';
import type { LinterPlace } from '../lint-client';
import { FieldHighlights, highlightsSupported } from '../ui/highlights';
import { drawMarks, type MarkBox, setAttributeIfChanged, setStyleIfChanged, setTextIfChanged } from '../ui/marks';
import { onTrusted } from '../ui/trusted';

/** Above this many findings on screen, the rest are not drawn (the badge still counts them all). */
export const MAX_DRAWN_FINDINGS = 400;
/** The badge's box (styles.ts). */
export const BADGE_SIZE = 22;
const BADGE_INSET = 6;
/** A field lower than this is one line: the badge is centred on it vertically. */
const SINGLE_LINE_HEIGHT = 48;
/**
 * A one-line field narrower than this has no room for the badge beside its text: the badge sits
 * just outside the field's right edge (or left of it when the window ends there).
 */
export const NARROW_FIELD_WIDTH = 240;

interface HitBox {
  rect: DOMRect;
  finding: Finding;
}

/** What the badge says besides the report. */
export interface BadgeState {
  /** Shown at all: the field has the focus or holds text. */
  visible: boolean;
  /** A long text waits for its answer: the badge says it is checking. */
  checking: boolean;
  /** Why nothing checks this field any more, or null. */
  failure: string | null;
  linter: LinterPlace | null;
  /** Why spelling is not checked right now, or null. */
  spellingUnavailable: string | null;
}

/** Where the badge sits for a field box; `left` is its right edge unless `side` is 'right'. */
export interface BadgePlace {
  left: number;
  top: number;
  /** 'inside': inside the field's right edge; 'right' / 'left': just outside the field. */
  side: 'inside' | 'right' | 'left';
}

/**
 * Where the badge goes for a field box: inside the right edge, centred on a one-line field or at
 * the bottom of a taller one; outside the box (right, else left) when a one-line field is too
 * narrow to spare the room, so it never covers the field's text.
 */
export function badgePosition(clip: DOMRect, viewportWidth: number): BadgePlace {
  const singleLine = clip.height < SINGLE_LINE_HEIGHT;
  const top = Math.round(
    singleLine ? clip.top + (clip.height - BADGE_SIZE) / 2 : clip.bottom - BADGE_SIZE - BADGE_INSET,
  );
  if (singleLine && clip.width < NARROW_FIELD_WIDTH) {
    // The badge is wider than BADGE_SIZE with two digits: keep room for three.
    const room = BADGE_INSET + BADGE_SIZE * 2;
    if (clip.right + room <= viewportWidth) return { left: Math.round(clip.right + BADGE_INSET), top, side: 'right' };
    if (clip.left - room >= 0) return { left: Math.round(clip.left - BADGE_INSET), top, side: 'left' };
  }
  return { left: Math.round(clip.right - BADGE_INSET), top, side: 'inside' };
}

/**
 * A length rounded to the browser's layout unit (1/64 px): a box's place computed through the
 * scroll offset then comes out the same after a scroll, not a hair off, and needs no write.
 */
function inLayoutUnits(value: number): number {
  return Math.round(value * 64) / 64;
}

export class FieldRenderer {
  readonly badge: HTMLButtonElement;
  /** Clips the underlines to the field's box. */
  private readonly marks: HTMLDivElement;
  /**
   * Holds the underline boxes at their places in the field's content, moved by the field's scroll:
   * a scroll (the field scrolling a line as the text grows) moves this one element, not every box.
   */
  private readonly content: HTMLDivElement;
  private readonly highlights: FieldHighlights | null;
  private hitBoxes: HitBox[] = [];
  /** Whether this field currently has ranges in the shared Custom Highlights. */
  private highlighted = false;

  constructor(
    layer: HTMLElement,
    private readonly adapter: FieldAdapter,
    fieldId: string,
    onBadgeClick: () => void,
  ) {
    const doc = layer.ownerDocument;
    this.badge = doc.createElement('button');
    this.badge.type = 'button';
    this.badge.className = 'badge';
    this.badge.setAttribute('data-sms-badge', '');
    this.badge.hidden = true;
    onTrusted(this.badge, 'click', onBadgeClick);
    this.marks = doc.createElement('div');
    this.marks.className = 'marks';
    this.marks.dataset.paint = adapter.paintMode;
    this.marks.dataset.field = fieldId;
    this.content = doc.createElement('div');
    this.content.className = 'content';
    this.marks.append(this.content);
    layer.append(this.marks, this.badge);
    const view = adapter.element.ownerDocument.defaultView;
    this.highlights =
      adapter.paintMode === 'highlight' && view && highlightsSupported(view)
        ? new FieldHighlights(adapter.element)
        : null;
    if (adapter.paintMode === 'highlight' && this.highlights === null) this.marks.dataset.paint = 'overlay';
  }

  /** Whether any underline (box or highlight range) of this field is on screen. */
  get drawsAnything(): boolean {
    return this.hitBoxes.length > 0 || this.content.firstChild !== null;
  }

  /**
   * Draws the badge; returns the field's box when it had to read it. The box is read before the
   * badge is written (or given, read by the caller before its own writes): reading it after a
   * write made the browser recalculate styles and lay the page out in the middle of the frame,
   * and again at the frame's end.
   */
  renderBadge(report: Report, state: BadgeState, fieldBox?: DOMRect): DOMRect | null {
    const clip = state.visible ? (fieldBox ?? this.adapter.clipRect()) : null;
    if (!this.renderBadgeContent(report, state) || clip === null) return null;
    const view = this.adapter.element.ownerDocument.defaultView;
    const { left, top, side } = badgePosition(clip, view?.innerWidth ?? Number.POSITIVE_INFINITY);
    // Its width need not be measured after its text changed: the stylesheet places it by the edge
    // that faces the field.
    setStyleIfChanged(this.badge, 'left', `${left}px`);
    setStyleIfChanged(this.badge, 'top', `${top}px`);
    setAttributeIfChanged(this.badge, 'data-side', side);
    return clip;
  }

  /** The badge's count, verdict and labels, without reading layout. False when it is hidden. */
  renderBadgeContent(report: Report, state: BadgeState): boolean {
    if (!state.visible) {
      if (!this.badge.hidden) this.badge.hidden = true;
      return false;
    }
    // Each write only where the value changed: the badge is drawn when the answer lands and again
    // in the frame, and an unchanged write would still cost the frame a style pass.
    const badge = this.badge;
    badge.hidden = false;
    if (state.failure !== null) {
      setAttributeIfChanged(badge, 'data-verdict', 'unavailable');
      setAttributeIfChanged(badge, 'data-findings', '');
      badge.removeAttribute('data-linter');
      badge.removeAttribute('data-checking');
      setTextIfChanged(badge, '!');
      setAttributeIfChanged(badge, 'aria-label', `SMS check unavailable. ${state.failure}`);
      setAttributeIfChanged(badge, 'title', state.failure);
      return true;
    }
    const count = report.findings.length;
    const { checking } = state;
    setAttributeIfChanged(badge, 'data-verdict', report.verdict);
    setAttributeIfChanged(badge, 'data-findings', String(count));
    if (state.linter !== null) setAttributeIfChanged(badge, 'data-linter', state.linter);
    badge.toggleAttribute('data-checking', checking);
    setTextIfChanged(badge, checking ? '…' : String(count));
    const issues = `${count} ${count === 1 ? 'issue' : 'issues'}`;
    setAttributeIfChanged(
      badge,
      'aria-label',
      checking ? 'SMS check: checking this long message…' : `SMS check: ${issues}, ${report.verdict}. Show details`,
    );
    let title = checking ? 'SMS check: checking…' : `SMS check: ${issues} (${report.verdict})`;
    if (state.spellingUnavailable !== null) {
      setAttributeIfChanged(badge, 'data-spelling', 'unavailable');
      title += `. Spelling is not checked right now: ${state.spellingUnavailable}`;
    } else {
      badge.removeAttribute('data-spelling');
    }
    setAttributeIfChanged(badge, 'title', title);
    return true;
  }

  /** Removes this field's overlay marks, hit boxes and highlight ranges. */
  clearUnderlines(): void {
    if (this.content.firstChild !== null) this.content.replaceChildren();
    this.hitBoxes = [];
    this.highlights?.clear();
    this.highlighted = false;
  }

  renderUnderlines(report: Report, measuredClip: DOMRect | null): void {
    // Nothing to draw and nothing drawn (an empty field): no layout reads at all, which keeps
    // attaching to a page of many empty fields cheap.
    if (report.findings.length === 0 && !this.drawsAnything) {
      if (this.highlighted) this.highlights?.clear();
      this.highlighted = false;
      return;
    }
    const adapter = this.adapter;
    const clip = measuredClip ?? adapter.clipRect();
    const view = adapter.element.ownerDocument.defaultView;
    const onScreen =
      view !== null && clip.bottom > 0 && clip.right > 0 && clip.top < view.innerHeight && clip.left < view.innerWidth;
    if (!onScreen || report.findings.length === 0) {
      this.content.replaceChildren();
      this.hitBoxes = [];
      this.highlights?.set(this.highlightRanges(report.findings.slice(0, MAX_DRAWN_FINDINGS)));
      this.highlighted = this.highlights !== null;
      return;
    }
    adapter.prepareLayout?.();
    const visible = adapter.visibleTextRange();
    const shown = report.findings
      .filter((finding) => finding.end >= visible.start && finding.start <= visible.end)
      .slice(0, MAX_DRAWN_FINDINGS);
    setStyleIfChanged(this.marks, 'left', `${clip.left}px`);
    setStyleIfChanged(this.marks, 'top', `${clip.top}px`);
    setStyleIfChanged(this.marks, 'width', `${clip.width}px`);
    setStyleIfChanged(this.marks, 'height', `${clip.height}px`);
    // Boxes at their places in the content, the content moved back by the scroll: the same place
    // on screen, but a box keeps its values (and is not written again) when only the scroll moved.
    const scrollLeft = adapter.element.scrollLeft;
    const scrollTop = adapter.element.scrollTop;
    const transform = scrollLeft === 0 && scrollTop === 0 ? '' : `translate(${-scrollLeft}px, ${-scrollTop}px)`;
    if (this.content.style.transform !== transform) this.content.style.transform = transform;
    const boxes: HitBox[] = [];
    const drawn: MarkBox[] = [];
    const seen = insideWindow(clip, view);
    for (const finding of shown) {
      // A zero-width finding (a missing word at the end) is marked on the character before it.
      const start = finding.end > finding.start ? finding.start : Math.max(0, finding.start - 1);
      const end = Math.max(finding.end, start + 1);
      for (const rect of adapter.rectsFor(start, end)) {
        if (rect.bottom < seen.top || rect.top > seen.bottom || rect.right < seen.left || rect.left > seen.right)
          continue;
        boxes.push({ rect, finding });
        drawn.push({
          left: inLayoutUnits(rect.left - clip.left + scrollLeft),
          top: inLayoutUnits(rect.top - clip.top + scrollTop),
          width: Math.max(rect.width, 4),
          height: rect.height,
          ruleId: finding.ruleId,
          severity: finding.severity,
        });
      }
    }
    drawMarks(this.content, drawn);
    this.hitBoxes = boxes;
    if (this.highlights) {
      // Only what is on screen: a huge text would otherwise map thousands of ranges per frame.
      this.highlights.set(this.highlightRanges(shown));
      this.highlighted = true;
    }
  }

  private highlightRanges(findings: readonly Finding[]) {
    return findings.flatMap((finding) => {
      const range = this.adapter.domRange(finding.start, finding.end);
      return range ? [{ severity: finding.severity, range }] : [];
    });
  }

  /** The findings whose underline is under the point (a little slack below the line). */
  findingsAt(x: number, y: number): Finding[] {
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

  /** The box of the first of these findings on screen (the card opens by it), else the field's. */
  anchorFor(findings: readonly Finding[]): DOMRect {
    const box = this.hitBoxes.find((candidate) => findings.includes(candidate.finding));
    return box?.rect ?? this.adapter.clipRect();
  }

  badgeRect(): DOMRect {
    return this.badge.getBoundingClientRect();
  }

  destroy(): void {
    this.highlights?.clear();
    this.badge.remove();
    this.marks.remove();
  }
}
