// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../shared/browser', () => ({ browser: {} }));

import type { Finding, Fix, Report } from '../../rules';
import type { ApplyFixesResult } from '../../shared/field-protocol';
import { mountShadowHost, type ShadowHost, unmountShadowHost } from '../shadow-host';
import { cardPlacement, positionCard } from '../ui/card';
import { type CardOwner, HOVER_CLOSE_DELAY_MS, PageCard } from './page-card';

const urgentFix: Fix = { label: 'Use sentence case', safe: true, edits: [{ start: 3, end: 9, text: 'Urgent' }] };

function finding(ruleId: string, severity: Finding['severity'], start: number, end: number, fixes: Fix[] = []) {
  return { ruleId, messageId: 'm', message: `${ruleId} message`, severity, start, end, fixes } as Finding;
}

const caps = finding('all-caps', 'warning', 3, 9, [urgentFix]);
const emoji = finding('emoji', 'error', 10, 12);
const length = finding('message-length', 'info', 0, 2);

class FakeOwner implements CardOwner {
  text = 'Hi URGENT 🎉';
  report: Report = {
    score: 60,
    verdict: 'blocked',
    findings: [length, caps, emoji],
    encoding: 'UCS-2',
    segments: 1,
    characters: 12,
  };
  failure: string | null = null;
  isDestroyed = false;
  restoreFocus = vi.fn();
  result: ApplyFixesResult = { applied: true, text: 'Hi Urgent 🎉' };
  applyFixes = vi.fn(async (_fixes: readonly Fix[], _basedOn: string) => this.result);
  fixAllSafe = vi.fn(async () => this.result);
  currentReport(): Report {
    return this.report;
  }
  currentText(): string {
    return this.text;
  }
  box = new DOMRect(10, 10, 300, 60);
  fieldBox(): DOMRect {
    return this.box;
  }
}

/** The user's own events: the card answers only trusted ones. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function click(element: Element | null): void {
  if (!element) throw new Error('nothing to click');
  element.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
}

let ui: ShadowHost;
let abort: AbortController;

function setup() {
  ui = mountShadowHost(document);
  abort = new AbortController();
  const card = new PageCard<FakeOwner>(
    ui,
    (ruleId) => ({ description: `${ruleId} rule`, why: '', category: 'formatting' }),
    abort.signal,
  );
  const owner = new FakeOwner();
  const element = () => ui.layer.querySelector<HTMLElement>('[data-sms-card]') as HTMLElement;
  return { card, owner, element };
}

/** Lets the fix's promise and what follows it run (timers are fake here). */
const flush = async () => {
  for (let turn = 0; turn < 10; turn++) await Promise.resolve();
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  abort.abort();
  unmountShadowHost(document);
  vi.useRealTimers();
});

describe('PageCard', () => {
  it('the summary lists errors first, under the popup headings, with the popup verdict', () => {
    const { card, owner, element } = setup();
    card.open(owner, 'all', new DOMRect(10, 10, 100, 20), false, false);
    const shown = element();
    expect(shown.hidden).toBe(false);
    expect(shown.querySelector('h2')?.textContent).toBe('Likely to be filtered: 3 issues');
    expect([...shown.querySelectorAll('.group h3')].map((heading) => heading.textContent)).toEqual([
      'Must fix (1)',
      'Should fix (1)',
      'Good to know (1)',
    ]);
    expect([...shown.querySelectorAll('li.finding')].map((item) => item.getAttribute('data-finding'))).toEqual([
      'emoji',
      'all-caps',
      'message-length',
    ]);
  });

  it('the card of findings at one spot lists errors first too', () => {
    const { card, owner, element } = setup();
    card.open(owner, [caps, emoji], new DOMRect(10, 10, 100, 20), false, false);
    expect([...element().querySelectorAll('li.finding')].map((item) => item.getAttribute('data-finding'))).toEqual([
      'emoji',
      'all-caps',
    ]);
  });

  it('sits above the underlines and badges added after it', () => {
    const { card, owner, element } = setup();
    ui.layer.append(Object.assign(document.createElement('div'), { className: 'marks' }));
    card.open(owner, 'all', new DOMRect(10, 10, 100, 20), false, false);
    // The stylesheet gives the card its own layer above its siblings.
    const style = ui.root.querySelector('style')?.textContent ?? '';
    expect(style).toMatch(/\.card \{[^}]*z-index: 1;/);
    expect(element().className).toBe('card');
  });

  it('applies a fix through its field and closes', async () => {
    const { card, owner, element } = setup();
    card.open(owner, [caps], new DOMRect(10, 10, 100, 20), false, false);
    click(element().querySelector('button.fix'));
    expect(owner.applyFixes).toHaveBeenCalledWith([urgentFix], 'Hi URGENT 🎉');
    expect(card.isOpen).toBe(false);
    await flush();
    expect(card.isOpen).toBe(false);
  });

  it('says so when the editor did not take the fix, and offers the fixed message to copy', async () => {
    const { card, owner, element } = setup();
    owner.result = {
      applied: false,
      text: 'Hi URGENT 🎉',
      reason: 'This editor did not accept the change.',
      notAccepted: { expected: 'Hi Urgent 🎉', restored: true },
    };
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    card.open(owner, [caps], new DOMRect(10, 10, 100, 20), false, false);
    click(element().querySelector('button.fix'));
    await flush();
    const shown = element();
    expect(card.isOpen).toBe(true);
    expect(shown.dataset.mode).toBe('not-accepted');
    expect(shown.querySelector('h2')?.textContent).toBe('This editor did not accept the change: copy the fix');
    expect(shown.querySelector<HTMLTextAreaElement>('textarea.fixed-text')?.value).toBe('Hi Urgent 🎉');
    // A re-lint of the unchanged text does not take the notice away.
    card.refresh();
    expect(element().dataset.mode).toBe('not-accepted');
    click(shown.querySelector('button.copy-fix'));
    await flush();
    expect(writeText).toHaveBeenCalledWith('Hi Urgent 🎉');
    expect(shown.querySelector('.copy-status')?.textContent).toMatch(/^Copied/);
  });

  it('"Fix all" goes through the field, and a refusal is reported the same way', async () => {
    const { card, owner, element } = setup();
    owner.result = { applied: false, text: owner.text, reason: 'No.', notAccepted: { expected: 'x', restored: true } };
    card.open(owner, 'all', new DOMRect(10, 10, 100, 20), false, false);
    click(element().querySelector('button.fix-all'));
    expect(owner.fixAllSafe).toHaveBeenCalledOnce();
    await flush();
    expect(element().dataset.mode).toBe('not-accepted');
  });

  it('follows its findings in new text and closes when they are fixed', () => {
    const { card, owner, element } = setup();
    card.open(owner, [caps], new DOMRect(10, 10, 100, 20), false, false);
    owner.text = 'Hi URGENT now 🎉';
    card.refresh();
    expect(card.isOpen).toBe(true);
    expect(element().querySelectorAll('li.finding')).toHaveLength(1);
    owner.text = 'Hi Urgent now 🎉';
    owner.report = { ...owner.report, findings: [emoji] };
    card.refresh();
    expect(card.isOpen).toBe(false);
  });

  it('a hover card closes after the pointer leaves, and never replaces a card opened on purpose', () => {
    const { card, owner } = setup();
    card.open(owner, [caps], new DOMRect(10, 10, 100, 20), false, true);
    card.hoverEnded(owner);
    vi.advanceTimersByTime(HOVER_CLOSE_DELAY_MS);
    expect(card.isOpen).toBe(false);
    card.open(owner, [caps], new DOMRect(10, 10, 100, 20), false, false);
    card.open(owner, [emoji], new DOMRect(10, 10, 100, 20), false, true);
    expect(card.owner).toBe(owner);
    card.hoverEnded(owner);
    vi.advanceTimersByTime(HOVER_CLOSE_DELAY_MS);
    expect(card.isOpen).toBe(true);
  });

  it('Escape in the page and a press outside close it; the close button returns the focus', () => {
    const { card, owner, element } = setup();
    card.open(owner, 'all', new DOMRect(10, 10, 100, 20), false, false);
    document.body.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(card.isOpen).toBe(false);
    card.open(owner, 'all', new DOMRect(10, 10, 100, 20), false, false);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(card.isOpen).toBe(true);
    document.body.dispatchEvent(trusted(new PointerEvent('pointerdown', { bubbles: true })));
    expect(card.isOpen).toBe(false);
    card.open(owner, 'all', new DOMRect(10, 10, 100, 20), false, false);
    click(element().querySelector('button.close'));
    expect(owner.restoreFocus).toHaveBeenCalledOnce();
  });
});

describe('cardPlacement', () => {
  it('in a frame partly scrolled out of the page, stays in the part the user sees', () => {
    // A 400 px frame whose top 150 px are above the page's viewport: the line at 200 is visible.
    const visible = { left: 0, top: 150, right: 600, bottom: 400 };
    const line = new DOMRect(10, 200, 100, 18);
    const place = cardPlacement(line, { width: 600, height: 400 }, 300, new DOMRect(0, 0, 600, 400), visible);
    expect(place.top).toBeGreaterThanOrEqual(150);
    expect(place.top + place.maxHeight).toBeLessThanOrEqual(400);
    expect(place.top >= line.bottom || place.top + place.maxHeight <= line.top).toBe(true);
    // A card that fits above the line in the frame would open out of sight there: it goes below.
    const frame = new DOMRect(0, 0, 600, 400);
    expect(cardPlacement(line, { width: 600, height: 400 }, 180, frame).side).toBe('above');
    const seen = cardPlacement(line, { width: 600, height: 400 }, 180, frame, visible);
    expect(seen.side).toBe('below');
    expect(seen.top).toBeGreaterThanOrEqual(150);
  });

  const line = new DOMRect(20, 100, 80, 18);

  it('opens below the line when it fits, else above', () => {
    expect(cardPlacement(line, { width: 1000, height: 800 }, 300)).toMatchObject({ side: 'below', top: 124 });
    const low = new DOMRect(20, 600, 80, 18);
    expect(cardPlacement(low, { width: 1000, height: 800 }, 300)).toMatchObject({ side: 'above', top: 294 });
  });

  it('in a frame too small for it, takes the side with the most room, shrunk, never over the line', () => {
    // A 200 px editor iframe the editor fills, the line near its top.
    const small = { width: 600, height: 200 };
    const editor = new DOMRect(0, 0, 600, 200);
    const placement = cardPlacement(new DOMRect(10, 30, 200, 18), small, 400, editor);
    expect(placement.side).toBe('below');
    expect(placement.top).toBeGreaterThanOrEqual(48);
    expect(placement.top + placement.maxHeight).toBeLessThanOrEqual(200);
    // A line in the middle of a short, wide frame with a narrow field: beside the field, full height.
    const field = new DOMRect(10, 60, 200, 40);
    const beside = cardPlacement(new DOMRect(10, 70, 100, 18), { width: 700, height: 160 }, 400, field);
    expect(beside.side).toBe('right');
    expect(beside.left).toBeGreaterThanOrEqual(field.right);
    // Wherever it goes, it covers no part of the line (the field's width at the words' height).
    const cases: [DOMRect, { width: number; height: number }, DOMRect][] = [
      [new DOMRect(10, 30, 200, 18), small, editor],
      [new DOMRect(10, 70, 100, 18), { width: 700, height: 160 }, field],
      [new DOMRect(0, 60, 150, 18), { width: 150, height: 150 }, new DOMRect(0, 0, 150, 150)],
      [new DOMRect(300, 90, 60, 18), { width: 800, height: 200 }, new DOMRect(0, 80, 800, 40)],
    ];
    for (const [anchor, viewport, box] of cases) {
      const place = cardPlacement(anchor, viewport, 400, box);
      const overlapsVertically = place.top < anchor.bottom && place.top + place.maxHeight > anchor.top;
      const overlapsHorizontally = place.left < box.right && place.left + place.width > box.left;
      expect(overlapsVertically && overlapsHorizontally).toBe(false);
    }
  });
});

describe('positionCard', () => {
  it('with little room beside the line it goes compact ("Fix all" stays whole) and is not roomy; with room, neither', () => {
    const card = document.createElement('div');
    document.body.append(card);
    // Its findings need 600 px.
    Object.defineProperty(card, 'scrollHeight', { value: 600 });
    const words = new DOMRect(20, 60, 80, 18);
    const field = new DOMRect(0, 0, 600, 140);
    // A 150 px frame seen whole: 58 px below the line, 46 above, none beside the full-width field.
    const tight = positionCard(card, words, field, { left: 0, top: 0, right: 600, bottom: 150 });
    expect(tight.placement.side).toBe('below');
    expect(tight.placement.maxHeight).toBe(58);
    expect(card.dataset.compact).toBe('');
    expect(tight).toMatchObject({ fitsWhole: false, roomy: false });
    // A whole window: below the line, whole.
    const roomy = positionCard(card, words, field);
    expect(card.dataset.compact).toBeUndefined();
    expect(roomy).toMatchObject({ fitsWhole: true, roomy: true });
    card.remove();
  });
});
