// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding, Report } from '../../rules';
import { FakeAdapter } from '../testing/fake-adapter';
import { type BadgeState, badgePosition, FieldRenderer, MAX_DRAWN_FINDINGS, NARROW_FIELD_WIDTH } from './renderer';

function finding(start: number, end: number, ruleId = 'emoji', severity: Finding['severity'] = 'error'): Finding {
  return { ruleId, messageId: 'm', message: 'msg', severity, start, end, fixes: [] } as Finding;
}

function report(findings: Finding[], verdict: Report['verdict'] = 'review'): Report {
  return { score: 80, verdict, findings, encoding: 'GSM-7', segments: 1, characters: 20 };
}

const shown: BadgeState = { visible: true, checking: false, failure: null, linter: 'page', spellingUnavailable: null };

function setup(text = 'Hi Maria URGENT now') {
  const layer = document.createElement('div');
  document.body.append(layer);
  const adapter = new FakeAdapter(text);
  const onBadgeClick = vi.fn();
  const renderer = new FieldRenderer(layer, adapter, 'field-1', onBadgeClick);
  const marks = layer.querySelector<HTMLElement>('.marks > .content') as HTMLElement;
  return { layer, adapter, renderer, marks, onBadgeClick };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('FieldRenderer badge', () => {
  it('shows count, verdict, linter and labels', () => {
    const { renderer } = setup();
    renderer.renderBadge(report([finding(9, 15)]), shown);
    const { badge } = renderer;
    expect(badge.hidden).toBe(false);
    expect(badge.textContent).toBe('1');
    expect(badge.dataset.verdict).toBe('review');
    expect(badge.dataset.findings).toBe('1');
    expect(badge.dataset.linter).toBe('page');
    expect(badge.getAttribute('aria-label')).toBe('SMS check: 1 issue, review. Show details');
    expect(badge.title).toBe('SMS check: 1 issue (review)');
  });

  it('says it is checking a long text, and when spelling is off', () => {
    const { renderer } = setup();
    renderer.renderBadgeContent(report([]), { ...shown, checking: true, spellingUnavailable: 'no dictionary' });
    expect(renderer.badge.textContent).toBe('…');
    expect(renderer.badge.hasAttribute('data-checking')).toBe(true);
    expect(renderer.badge.dataset.spelling).toBe('unavailable');
    expect(renderer.badge.title).toBe('SMS check: checking…. Spelling is not checked right now: no dictionary');
  });

  it('says when nothing checks the field any more', () => {
    const { renderer } = setup();
    renderer.renderBadgeContent(report([finding(0, 2)]), { ...shown, failure: 'Reload the page.' });
    expect(renderer.badge.textContent).toBe('!');
    expect(renderer.badge.dataset.verdict).toBe('unavailable');
    expect(renderer.badge.getAttribute('aria-label')).toBe('SMS check unavailable. Reload the page.');
  });

  it('is hidden for an empty field nobody is in, without reading layout', () => {
    const { renderer, adapter } = setup('');
    const clipRect = vi.spyOn(adapter, 'clipRect');
    expect(renderer.renderBadge(report([]), { ...shown, visible: false })).toBeNull();
    expect(renderer.badge.hidden).toBe(true);
    expect(clipRect).not.toHaveBeenCalled();
  });

  it('opens the summary on a trusted click only', () => {
    const { renderer, onBadgeClick } = setup();
    renderer.badge.click();
    expect(onBadgeClick).not.toHaveBeenCalled();
  });
});

describe('badgePosition', () => {
  it('sits inside the right edge of a wide field', () => {
    expect(badgePosition(new DOMRect(10, 10, 400, 30), 1000)).toEqual({ left: 404, top: 14, side: 'inside' });
    // A taller field: at its bottom.
    expect(badgePosition(new DOMRect(10, 10, 400, 100), 1000)).toEqual({ left: 404, top: 82, side: 'inside' });
  });

  it('moves outside a narrow one-line field, never over its text', () => {
    const narrow = new DOMRect(10, 10, NARROW_FIELD_WIDTH - 40, 30);
    const place = badgePosition(narrow, 1000);
    expect(place.side).toBe('right');
    expect(place.left).toBeGreaterThanOrEqual(narrow.right);
    // No room on the right: on the left, its right edge before the field.
    const atRightEdge = new DOMRect(800, 10, 190, 30);
    const left = badgePosition(atRightEdge, 1000);
    expect(left.side).toBe('left');
    expect(left.left).toBeLessThanOrEqual(atRightEdge.left);
    // No room on either side: inside after all.
    expect(badgePosition(new DOMRect(0, 10, 190, 30), 200).side).toBe('inside');
  });
});

describe('FieldRenderer underlines', () => {
  it('draws a box per finding rect, relative to the field, and finds them under the pointer', () => {
    const { renderer, marks } = setup();
    const urgent = finding(9, 15, 'all-caps', 'warning');
    renderer.renderUnderlines(report([finding(0, 2), urgent]), null);
    const boxes = [...marks.children] as HTMLElement[];
    expect(boxes.map((box) => [box.dataset.ruleId, box.dataset.severity])).toEqual([
      ['emoji', 'error'],
      ['all-caps', 'warning'],
    ]);
    expect((marks.parentElement as HTMLElement).style.left).toBe('10px');
    expect(boxes[1]?.style.left).toBe('72px');
    expect(renderer.drawsAnything).toBe(true);
    // The fake lays characters out 8px wide from x=10, one line at y 14..30.
    expect(renderer.findingsAt(10 + 10 * 8, 20)).toEqual([urgent]);
    expect(renderer.findingsAt(10 + 10 * 8, 60)).toEqual([]);
    expect(renderer.anchorFor([urgent]).left).toBe(10 + 9 * 8);
  });

  it('follows a scroll of the field by moving the boxes together, without writing any of them again', () => {
    const { renderer, marks, adapter } = setup();
    let scrollTop = 0;
    Object.defineProperty(adapter.element, 'scrollTop', { get: () => scrollTop });
    const rectsFor = adapter.rectsFor.bind(adapter);
    adapter.rectsFor = (start, end) =>
      rectsFor(start, end).map((rect) => new DOMRect(rect.x, rect.y - scrollTop, rect.width, rect.height));
    const urgent = finding(9, 15, 'all-caps', 'warning');
    renderer.renderUnderlines(report([finding(0, 2), urgent]), null);
    const boxes = [...marks.children];
    const observer = new MutationObserver(() => undefined);
    observer.observe(marks, { subtree: true, attributes: true, childList: true });
    scrollTop = 20;
    renderer.renderUnderlines(report([finding(0, 2), urgent]), null);
    const records = observer.takeRecords();
    expect(records.map((record) => record.target)).toEqual([marks]);
    expect([...marks.children]).toEqual(boxes);
    expect(marks.style.transform).toBe('translate(0px, -20px)');
    // Where they are on screen: the text moved up 20px.
    expect(renderer.findingsAt(10 + 10 * 8, 0)).toEqual([urgent]);
  });

  it('marks a zero-width finding on the character before it', () => {
    const { renderer, marks } = setup('abc');
    renderer.renderUnderlines(report([finding(3, 3)]), null);
    expect((marks.firstElementChild as HTMLElement).style.left).toBe('16px');
  });

  it('reads no layout when there is nothing to draw and nothing drawn', () => {
    const { renderer, adapter } = setup('');
    const clipRect = vi.spyOn(adapter, 'clipRect');
    renderer.renderUnderlines(report([]), null);
    expect(clipRect).not.toHaveBeenCalled();
  });

  it('takes the boxes down when the findings are gone or the field is off screen', () => {
    const { renderer, marks, adapter } = setup();
    renderer.renderUnderlines(report([finding(0, 2)]), null);
    expect(marks.children).toHaveLength(1);
    renderer.renderUnderlines(report([]), null);
    expect(marks.children).toHaveLength(0);
    renderer.renderUnderlines(report([finding(0, 2)]), null);
    adapter.clip = new DOMRect(10, -500, 300, 60);
    renderer.renderUnderlines(report([finding(0, 2)]), null);
    expect(marks.children).toHaveLength(0);
    expect(renderer.findingsAt(12, -480)).toEqual([]);
  });

  it(`draws at most ${MAX_DRAWN_FINDINGS} findings`, () => {
    const { renderer, marks, adapter } = setup('x'.repeat(1_000));
    // All on screen: the limit, not the window, decides.
    adapter.charWidth = 0.5;
    renderer.renderUnderlines(report(Array.from({ length: 500 }, (_, index) => finding(index, index + 1))), null);
    expect(marks.children).toHaveLength(MAX_DRAWN_FINDINGS);
  });

  it('clearUnderlines() and destroy() leave nothing behind', () => {
    const { renderer, marks, layer } = setup();
    renderer.renderUnderlines(report([finding(0, 2)]), null);
    renderer.clearUnderlines();
    expect(marks.children).toHaveLength(0);
    expect(renderer.drawsAnything).toBe(false);
    renderer.destroy();
    expect(layer.children).toHaveLength(0);
  });
});
