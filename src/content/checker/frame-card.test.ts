// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../shared/browser', () => ({ browser: {} }));

import type { Finding, Fix, Report } from '../../rules';
import type { ApplyFixesResult } from '../../shared/field-protocol';
import {
  type FrameCardAction,
  type FrameCardClaimArgs,
  frameCardLocator,
  type HostFrameCardArgs,
  type ShowFrameCardArgs,
} from '../../shared/frame-card-protocol';
import { mountShadowHost, type ShadowHost, unmountShadowHost } from '../shadow-host';
import {
  childFrameToward,
  clipRect,
  framePath,
  linksThroughHops,
  rectInTop,
  throughFrames,
  visibleThroughFrames,
} from './frame-geometry';
import { HostedFrameCard } from './hosted-frame-card';
import { type CardElsewhere, type CardOwner, PageCard } from './page-card';

const urgentFix: Fix = { label: 'Use sentence case', safe: true, edits: [{ start: 3, end: 9, text: 'Urgent' }] };
const caps = {
  ruleId: 'all-caps',
  messageId: 'm',
  message: 'Capitals read as shouting.',
  severity: 'warning',
  start: 3,
  end: 9,
  fixes: [urgentFix],
} as Finding;

class FakeOwner implements CardOwner {
  text = 'Hi URGENT news';
  report: Report = { score: 80, verdict: 'review', findings: [caps], encoding: 'GSM-7', segments: 1, characters: 14 };
  failure: string | null = null;
  isDestroyed = false;
  firstMessage = false;
  restoreFocus = vi.fn();
  result: ApplyFixesResult = { applied: true, text: 'Hi Urgent news' };
  applyFixes = vi.fn(async (_fixes: readonly Fix[], _basedOn: string) => this.result);
  fixAllSafe = vi.fn(async () => this.result);
  ignore = vi.fn();
  markDirty = vi.fn();
  currentReport(): Report {
    return this.report;
  }
  currentText(): string {
    return this.text;
  }
  fieldBox(): DOMRect {
    return new DOMRect(8, 8, 300, 60);
  }
}

function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function click(element: Element | null | undefined): void {
  if (!element) throw new Error('nothing to click');
  element.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
}

const flush = async () => {
  for (let turn = 0; turn < 10; turn++) await Promise.resolve();
};

let ui: ShadowHost;
let abort: AbortController;

beforeEach(() => {
  ui = mountShadowHost(document);
  abort = new AbortController();
  // No layout here: the card says it is taller than any viewport, as in a 150 px frame.
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.hasAttribute('data-sms-card') ? 2_000 : 0;
    },
  });
});
afterEach(() => {
  abort.abort();
  unmountShadowHost(document);
  Reflect.deleteProperty(HTMLElement.prototype, 'scrollHeight');
});

function frameCard(elsewhere: CardElsewhere) {
  const card = new PageCard<FakeOwner>(
    ui,
    () => ({ description: 'Capitals', why: 'Carriers filter shouting.', category: 'formatting' }),
    abort.signal,
    { turnOff: vi.fn(), canTurnOff: () => true },
    elsewhere,
  );
  return { card, owner: new FakeOwner(), local: ui.layer.querySelector<HTMLElement>('[data-sms-card]') as HTMLElement };
}

describe('a card that does not fit in its frame', () => {
  it('is handed to the top document whole (findings, rule texts, what it offers) and not shown here', async () => {
    const shows: Omit<ShowFrameCardArgs, 'locator' | 'ancestors'>[] = [];
    const elsewhere = {
      show: vi.fn(async (args: Omit<ShowFrameCardArgs, 'locator' | 'ancestors'>) => {
        shows.push(args);
        return true;
      }),
      move: vi.fn(),
      close: vi.fn(),
    } satisfies CardElsewhere;
    const { card, owner, local } = frameCard(elsewhere);
    card.open(owner, [caps], new DOMRect(20, 10, 60, 18), true, false);
    await flush();
    expect(shows).toHaveLength(1);
    const [shown] = shows;
    expect(shown).toMatchObject({
      anchor: { left: 20, top: 10, width: 60, height: 18 },
      field: { left: 8, top: 8, width: 300, height: 60 },
      focus: true,
      content: {
        kind: 'findings',
        mode: 'finding',
        text: 'Hi URGENT news',
        findings: [caps],
        ruleDocs: { 'all-caps': { description: 'Capitals', why: 'Carriers filter shouting.' } },
        offers: { ignore: true, turnOffRule: true, firstMessage: true },
      },
    });
    // Nothing of it stays in this frame's root.
    expect(local.hidden).toBe(true);
    expect(local.childElementCount).toBe(0);
    expect(card.isOpen).toBe(true);

    // What is pressed there is done here, for this card only.
    const cardId = shown?.cardId as string;
    card.actFromElsewhere('another-card', { kind: 'applyFix', fix: urgentFix });
    card.actFromElsewhere(cardId, { kind: 'applyFix' } as unknown as FrameCardAction);
    expect(owner.applyFixes).not.toHaveBeenCalled();
    card.actFromElsewhere(cardId, { kind: 'applyFix', fix: urgentFix });
    expect(owner.applyFixes).toHaveBeenCalledWith([urgentFix], 'Hi URGENT news');
    // The card closed, there too.
    expect(card.isOpen).toBe(false);
    expect(elsewhere.close).toHaveBeenCalledWith(cardId);
  });

  it('Escape there closes it here and gives the focus back to the field', async () => {
    const elsewhere = {
      show: vi.fn(async (_args: Omit<ShowFrameCardArgs, 'locator' | 'ancestors'>) => true),
      move: vi.fn(),
      close: vi.fn(),
    } satisfies CardElsewhere;
    const { card, owner } = frameCard(elsewhere);
    card.open(owner, 'all', new DOMRect(20, 10, 60, 18), true, false);
    await flush();
    const cardId = elsewhere.show.mock.calls[0]?.[0]?.cardId as string;
    card.actFromElsewhere(cardId, { kind: 'close', returnFocus: true });
    expect(card.isOpen).toBe(false);
    expect(owner.restoreFocus).toHaveBeenCalled();
    // Closed there already: not told again.
    expect(elsewhere.close).not.toHaveBeenCalled();
  });

  it('a fix the editor did not take is said there too, with the fixed message', async () => {
    const elsewhere = {
      show: vi.fn(async (_args: Omit<ShowFrameCardArgs, 'locator' | 'ancestors'>) => true),
      move: vi.fn(),
      close: vi.fn(),
    } satisfies CardElsewhere;
    const { card, owner } = frameCard(elsewhere);
    owner.result = {
      applied: false,
      text: 'Hi URGENT news',
      reason: 'This editor did not accept the change.',
      notAccepted: { expected: 'Hi Urgent news', restored: true },
    };
    card.open(owner, [caps], new DOMRect(20, 10, 60, 18), false, false);
    await flush();
    const cardId = elsewhere.show.mock.calls[0]?.[0]?.cardId as string;
    card.actFromElsewhere(cardId, { kind: 'applyFix', fix: urgentFix });
    await flush();
    const notice = elsewhere.show.mock.calls.at(-1)?.[0];
    expect(notice?.content).toEqual({
      kind: 'not-accepted',
      expected: 'Hi Urgent news',
      reason: 'This editor did not accept the change.',
    });
    expect(notice?.focus).toBe(true);
  });

  it('shows here after all when the top document cannot (no checker there), and asks again only later', async () => {
    const elsewhere = {
      show: vi.fn(async (_args: Omit<ShowFrameCardArgs, 'locator' | 'ancestors'>) => false),
      move: vi.fn(),
      close: vi.fn(),
    } satisfies CardElsewhere;
    const { card, owner, local } = frameCard(elsewhere);
    card.open(owner, [caps], new DOMRect(20, 10, 60, 18), true, false);
    await flush();
    expect(local.hidden).toBe(false);
    expect(local.querySelector('li.finding')?.getAttribute('data-finding')).toBe('all-caps');
    expect(ui.root.activeElement?.classList.contains('fix')).toBe(true);
    card.close(false);
    card.open(owner, 'all', new DOMRect(20, 10, 60, 18), false, false);
    await flush();
    expect(elsewhere.show).toHaveBeenCalledTimes(1);
    expect(local.hidden).toBe(false);
  });
});

/**
 * Asks the top to show a card for `locator` and lets the wait for the locator's post run out;
 * resolves to whether it was shown.
 */
async function showAfterLocatorWait(
  hosted: HostedFrameCard,
  cardId: string,
  locator: string,
  frameId: number,
): Promise<boolean> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const shown = hosted.show({
    cardId,
    locator,
    frameId,
    content: { kind: 'not-accepted', expected: 'x', reason: 'y' },
    anchor: { left: 0, top: 0, width: 1, height: 1 },
    field: { left: 0, top: 0, width: 1, height: 1 },
    viewport: { width: 100, height: 100 },
    focus: false,
    ancestors: 1,
    hops: [],
  });
  vi.advanceTimersByTime(1_000);
  vi.useRealTimers();
  return shown;
}

describe('the top document showing a frame’s card', () => {
  /** The frame's PageCard and the top's HostedFrameCard wired to each other as the background does. */
  function bothSides() {
    const iframe = document.createElement('iframe');
    // happy-dom loads no frame: the frame's window is a stand-in, known to the element.
    const frameWindow = { name: 'composer frame' } as unknown as Window;
    Object.defineProperty(iframe, 'contentWindow', { value: frameWindow });
    iframe.setAttribute('srcdoc', '');
    iframe.getBoundingClientRect = () => new DOMRect(0, 0, 600, 200);
    document.body.append(iframe);
    const sent: { frameId: number; cardId: string; action: FrameCardAction }[] = [];
    let frameSide: PageCard<FakeOwner> | null = null;
    const topSide = new PageCard<FakeOwner>(ui, () => undefined, abort.signal);
    const hosted = new HostedFrameCard(
      ui,
      topSide,
      (frameId, cardId, action) => {
        sent.push({ frameId, cardId, action });
        frameSide?.actFromElsewhere(cardId, action);
      },
      abort.signal,
    );
    const elsewhere: CardElsewhere = {
      show: (args) => {
        const locator = 'b'.repeat(32);
        // As window.top.postMessage(...) from the frame arrives: a trusted event from its window.
        window.dispatchEvent(
          trusted(new MessageEvent('message', { data: frameCardLocator(locator), source: frameWindow })),
        );
        return hosted.show({ ...args, locator, frameId: 4, ancestors: 1, hops: [] } satisfies HostFrameCardArgs);
      },
      move: (cardId, geometry) => hosted.move(4, cardId, geometry),
      close: (cardId) => hosted.closeFor(4, cardId),
    };
    frameSide = new PageCard<FakeOwner>(
      ui,
      () => ({ description: 'Capitals', why: '', category: 'formatting' }),
      abort.signal,
      undefined,
      elsewhere,
    );
    const element = topSide.element;
    return { frameSide, topSide, hosted, sent, element, owner: new FakeOwner(), iframe };
  }

  it('a frame’s card that cannot show here (its words out of sight) leaves the top’s own card open as it was', async () => {
    const { frameSide, topSide, hosted, element, owner, iframe } = bothSides();
    const topOwner = new FakeOwner();
    topOwner.text = 'Top URGENT note';
    const openTopCard = () => topSide.open(topOwner, [caps], new DOMRect(20, 300, 60, 18), false, false);
    // In sight, the frame's card shows here, one card at a time: the top's own card closes, and
    // stays closed when the frame's card closes.
    openTopCard();
    frameSide.open(owner, [caps], new DOMRect(20, 10, 60, 18), false, false);
    await flush();
    expect(hosted.isOpen).toBe(true);
    expect(topSide.isOpen).toBe(false);
    frameSide.close(false);
    expect(hosted.isOpen).toBe(false);
    expect(topSide.isOpen).toBe(false);
    expect(element.hidden).toBe(true);
    // The frame scrolled out of sight here: its card is turned down (the frame shows its own), and
    // the top's own card is back as it was.
    openTopCard();
    const ownCard = element.textContent;
    expect(topSide.isOpen).toBe(true);
    iframe.getBoundingClientRect = () => new DOMRect(0, -2_000, 600, 200);
    frameSide.open(owner, [caps], new DOMRect(20, 10, 60, 18), false, false);
    await flush();
    expect(hosted.isOpen).toBe(false);
    expect(frameSide.isOpen).toBe(true);
    expect(topSide.isOpen).toBe(true);
    expect(element.hidden).toBe(false);
    expect(element.textContent).toBe(ownCard);
  });

  it('renders it in its own card element, and its buttons are done by the frame', async () => {
    const { frameSide, hosted, sent, element, owner } = bothSides();
    frameSide.open(owner, [caps], new DOMRect(20, 10, 60, 18), true, false);
    await flush();
    expect(hosted.isOpen).toBe(true);
    expect(element.hidden).toBe(false);
    expect(element.querySelector('li.finding .message')?.textContent).toBe('Capitals read as shouting.');
    // The user's click on the fix: the frame applies it.
    click(element.querySelector('button.fix'));
    expect(sent).toEqual([{ frameId: 4, cardId: expect.any(String), action: { kind: 'applyFix', fix: urgentFix } }]);
    expect(owner.applyFixes).toHaveBeenCalledWith([urgentFix], 'Hi URGENT news');
    expect(element.hidden).toBe(true);
    expect(element.childElementCount).toBe(0);
  });

  it('a script-made click does nothing; Escape closes it and tells the frame to give the focus back', async () => {
    const { frameSide, hosted, sent, element, owner } = bothSides();
    frameSide.open(owner, 'all', new DOMRect(20, 10, 60, 18), true, false);
    await flush();
    (element.querySelector('button.fix-all') as HTMLButtonElement).click();
    expect(sent).toEqual([]);
    element.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(hosted.isOpen).toBe(false);
    expect(sent.map(({ action }) => action)).toEqual([{ kind: 'close', returnFocus: true }]);
    expect(owner.restoreFocus).toHaveBeenCalled();
    expect(frameSide.isOpen).toBe(false);
  });

  it('closes when the frame closes its card, and when the frame cannot be found it says so', async () => {
    const { frameSide, hosted, owner } = bothSides();
    frameSide.open(owner, 'all', new DOMRect(20, 10, 60, 18), false, false);
    await flush();
    expect(hosted.isOpen).toBe(true);
    frameSide.close(false);
    expect(hosted.isOpen).toBe(false);

    expect(await showAfterLocatorWait(hosted, 'c9', 'c'.repeat(32), 5)).toBe(false);
    expect(hosted.isOpen).toBe(false);
  });

  it('a made-up message event naming the frame does not count (only the browser’s own posts)', async () => {
    const { hosted, iframe } = bothSides();
    const locator = 'd'.repeat(32);
    window.dispatchEvent(
      new MessageEvent('message', { data: frameCardLocator(locator), source: iframe.contentWindow as Window }),
    );
    expect(await showAfterLocatorWait(hosted, 'c1', locator, 4)).toBe(false);
  });
});

describe('frame geometry', () => {
  it("finds the frame element of a window, in a web component's open shadow root too", () => {
    const composer = document.createElement('div');
    const shadow = composer.attachShadow({ mode: 'open' });
    const frame = document.createElement('iframe');
    const frameWindow = { name: 'vendor composer' } as unknown as Window;
    Object.defineProperty(frame, 'contentWindow', { value: frameWindow });
    frame.setAttribute('srcdoc', '');
    shadow.append(frame);
    document.body.append(composer);
    expect(framePath(document, frameWindow)).toEqual([frame]);
    expect(framePath(document, { name: 'elsewhere' } as unknown as Window)).toBeNull();
    composer.remove();
  });

  it('a rectangle of a frame scaled to half its viewport lands inside its content box, scaled', () => {
    const frame = document.createElement('iframe');
    frame.getBoundingClientRect = () => new DOMRect(100, 200, 400, 150);
    const inTop = rectInTop([frame], { left: 20, top: 10, width: 60, height: 18 }, 800);
    expect(inTop).toEqual({ left: 110, top: 205, width: 30, height: 9 });
  });

  it('through a frame inside a frame: each frame adds its offset (and its scale)', () => {
    const outer = document.createElement('iframe');
    outer.getBoundingClientRect = () => new DOMRect(50, 100, 600, 400);
    // The outer frame's document is 600 px wide, drawn at that size.
    Object.defineProperty(outer, 'contentWindow', { value: { innerWidth: 600 } });
    const inner = document.createElement('iframe');
    inner.getBoundingClientRect = () => new DOMRect(10, 20, 300, 150);
    const inTop = rectInTop([outer, inner], { left: 5, top: 6, width: 40, height: 12 }, 300);
    expect(inTop).toEqual({ left: 65, top: 126, width: 40, height: 12 });
  });

  it('clips a field to the part of the frame shown', () => {
    expect(
      clipRect({ left: 0, top: 50, width: 500, height: 300 }, { left: 10, top: 20, width: 200, height: 100 }),
    ).toEqual({ left: 10, top: 50, width: 200, height: 70 });
  });
});

describe('frame geometry through hops (frames of other origins between)', () => {
  // The field's frame: 480 x 150, drawn at (20, 90) in the portal's 900 x 640 viewport; the portal
  // frame drawn at (16, 60) in the top's viewport (1280 x 720).
  const fieldViewport = { width: 480, height: 150 };
  const portalHop = { frame: { left: 20, top: 90, width: 480, height: 150 }, viewport: { width: 900, height: 640 } };
  const portalInTop = { left: 16, top: 60, width: 900, height: 640 };

  it('composes the offsets of each hop, innermost first', () => {
    const links = linksThroughHops(fieldViewport, [portalHop], portalInTop);
    expect(links).toEqual([
      { box: portalHop.frame, inner: fieldViewport },
      { box: portalInTop, inner: portalHop.viewport },
    ]);
    expect(throughFrames({ left: 10, top: 40, width: 60, height: 20 }, links)).toEqual({
      left: 46,
      top: 190,
      width: 60,
      height: 20,
    });
  });

  it('a frame drawn at half its viewport width scales what is inside it', () => {
    const links = linksThroughHops({ width: 800, height: 300 }, [], { left: 100, top: 50, width: 400, height: 150 });
    expect(throughFrames({ left: 200, top: 100, width: 80, height: 20 }, links)).toEqual({
      left: 200,
      top: 100,
      width: 40,
      height: 10,
    });
  });

  it('the visible part: clipped by each frame and each viewport on the way up', () => {
    // The portal scrolled its composer half out of its top edge.
    const scrolled = { ...portalHop, frame: { ...portalHop.frame, top: -75 } };
    const links = linksThroughHops(fieldViewport, [scrolled], portalInTop);
    expect(visibleThroughFrames(links, { width: 1280, height: 720 })).toEqual({
      left: 36,
      top: 60,
      width: 480,
      height: 75,
    });
    // The top's window is narrower than the portal frame: cut at its right edge.
    expect(visibleThroughFrames(links, { width: 300, height: 720 })).toEqual({
      left: 36,
      top: 60,
      width: 264,
      height: 75,
    });
    expect(visibleThroughFrames([], { width: 300, height: 200 })).toEqual({ left: 0, top: 0, width: 300, height: 200 });
  });

  it('finds its own iframe on the way to a window several frames down, of any origin, by parent links', () => {
    const iframe = document.createElement('iframe');
    const portalWindow = { parent: window } as unknown as Window;
    Object.defineProperty(iframe, 'contentWindow', { value: portalWindow });
    iframe.setAttribute('srcdoc', '');
    document.body.append(iframe);
    const composerWindow = { parent: portalWindow } as unknown as Window;
    expect(childFrameToward(window, composerWindow)).toEqual({ frame: iframe, level: 2 });
    expect(childFrameToward(window, portalWindow)).toEqual({ frame: iframe, level: 1 });
    // Another tab's window, or a window whose chain ends elsewhere: not ours.
    const elsewhere = { parent: null } as unknown as Window;
    Object.defineProperty(elsewhere, 'parent', { get: () => elsewhere });
    expect(childFrameToward(window, elsewhere)).toBeNull();
    const throwing = {} as Window;
    Object.defineProperty(throwing, 'parent', {
      get: () => {
        throw new Error('blocked');
      },
    });
    expect(childFrameToward(window, throwing)).toBeNull();
    iframe.remove();
  });
});

describe('an ancestor showing the card of a frame further down, through a frame of another origin', () => {
  const portalHop = { frame: { left: 20, top: 90, width: 480, height: 150 }, viewport: { width: 900, height: 640 } };

  function portalAround() {
    const iframe = document.createElement('iframe');
    const portalWindow = { parent: window } as unknown as Window;
    Object.defineProperty(iframe, 'contentWindow', { value: portalWindow });
    iframe.setAttribute('srcdoc', '');
    iframe.getBoundingClientRect = () => new DOMRect(16, 60, 900, 640);
    document.body.append(iframe);
    const composerWindow = { parent: portalWindow } as unknown as Window;
    const claims: FrameCardClaimArgs[] = [];
    const sent: FrameCardAction[] = [];
    const topSide = new PageCard<FakeOwner>(ui, () => undefined, abort.signal);
    const hosted = new HostedFrameCard(
      ui,
      topSide,
      (_frameId, _cardId, action) => sent.push(action),
      abort.signal,
      undefined,
      async (claim) => {
        claims.push(claim);
        return true;
      },
    );
    return { iframe, composerWindow, claims, sent, hosted, element: topSide.element };
  }

  it('claims a locator posted from below its iframe, with its hop, and shows the card at the field’s place', async () => {
    const { composerWindow, claims, hosted, element, iframe, sent } = portalAround();
    const locator = 'e'.repeat(32);
    window.dispatchEvent(
      trusted(new MessageEvent('message', { data: frameCardLocator(locator), source: composerWindow })),
    );
    expect(claims).toEqual([
      {
        token: locator,
        level: 2,
        hop: {
          frame: { left: 16, top: 60, width: 900, height: 640 },
          viewport: { width: innerWidth, height: innerHeight },
        },
        readsDown: false,
      },
    ]);
    const shown = await hosted.show({
      cardId: 'c1',
      locator,
      frameId: 9,
      content: { kind: 'not-accepted', expected: 'Hi Urgent', reason: 'The editor kept its own text.' },
      anchor: { left: 10, top: 40, width: 60, height: 20 },
      field: { left: 8, top: 8, width: 464, height: 134 },
      viewport: { width: 480, height: 150 },
      focus: false,
      ancestors: 2,
      hops: [portalHop],
    });
    expect(shown).toBe(true);
    // The words at (16 + 20 + 10, 60 + 90 + 40): the card right below their line.
    expect(element.hidden).toBe(false);
    expect(element.style.left).toBe('46px');
    expect(element.style.top).toBe(`${60 + 90 + 40 + 20 + 6}px`);

    // The field's frame scrolled 20 px: the card follows.
    hosted.move(9, 'c1', {
      anchor: { left: 10, top: 20, width: 60, height: 20 },
      field: { left: 8, top: -12, width: 464, height: 134 },
      viewport: { width: 480, height: 150 },
    });
    await vi.waitFor(() => expect(element.style.top).toBe(`${60 + 90 + 20 + 20 + 6}px`));
    // The portal (between) scrolled its composer up 40 px.
    expect(hosted.hopMoved(9, 'c1', 1, { ...portalHop, frame: { ...portalHop.frame, top: 50 } })).toBe(true);
    await vi.waitFor(() => expect(element.style.top).toBe(`${60 + 50 + 20 + 20 + 6}px`));
    // Another card's moves are not this one's.
    expect(hosted.hopMoved(9, 'other', 1, portalHop)).toBe(false);
    hosted.move(3, 'c1', { anchor: portalHop.frame, field: portalHop.frame, viewport: portalHop.viewport });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(element.style.top).toBe(`${60 + 50 + 20 + 20 + 6}px`);
    // This page scrolled the portal frame out of sight: the card closes rather than point at nothing.
    iframe.getBoundingClientRect = () => new DOMRect(16, -2_000, 900, 640);
    window.dispatchEvent(new Event('scroll'));
    await vi.waitFor(() => expect(hosted.isOpen).toBe(false));
    expect(element.hidden).toBe(true);
    expect(sent).toEqual([{ kind: 'close', returnFocus: false }]);
    iframe.remove();
  });

  it('asked by the background: its claim for a locator that came through, one still on its way, and "not mine" for one that never comes', async () => {
    const { composerWindow, claims, hosted, iframe } = portalAround();
    // The window has a frame (happy-dom does not count it).
    Object.defineProperty(window, 'length', { configurable: true, value: 1 });
    const came = 'a'.repeat(32);
    window.dispatchEvent(
      trusted(new MessageEvent('message', { data: frameCardLocator(came), source: composerWindow })),
    );
    expect(await hosted.answerClaim(came)).toEqual(claims[0]);
    // Asked before the post arrived: the answer waits for it.
    const late = 'b'.repeat(32);
    const answer = hosted.answerClaim(late);
    window.dispatchEvent(
      trusted(new MessageEvent('message', { data: frameCardLocator(late), source: composerWindow })),
    );
    expect(await answer).toEqual(expect.objectContaining({ token: late, level: 2, readsDown: false }));
    // Never posted through this document (a sibling frame's): not mine, after a short wait.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const never = hosted.answerClaim('c'.repeat(32));
    await vi.advanceTimersByTimeAsync(150);
    vi.useRealTimers();
    expect(await never).toBeNull();
    // A document without frames cannot be above the field: not mine, at once.
    Object.defineProperty(window, 'length', { configurable: true, value: 0 });
    expect(await hosted.answerClaim(came)).toBeNull();
    Reflect.deleteProperty(window, 'length');
    iframe.remove();
  });

  it('a window that is not below it claims nothing', () => {
    const { claims, iframe } = portalAround();
    const stranger = {} as Window;
    Object.defineProperty(stranger, 'parent', { get: () => stranger });
    window.dispatchEvent(
      trusted(new MessageEvent('message', { data: frameCardLocator('f'.repeat(32)), source: stranger })),
    );
    expect(claims).toEqual([]);
    iframe.remove();
  });
});

describe('a card shown elsewhere follows its words when the frame scrolls', () => {
  it('tells the host where the words are now, and closes there once they leave the field', async () => {
    const elsewhere = {
      show: vi.fn(async (_args: Omit<ShowFrameCardArgs, 'locator' | 'ancestors'>) => true),
      move: vi.fn(),
      close: vi.fn(),
    } satisfies CardElsewhere;
    const { card, owner } = frameCard(elsewhere);
    let words = new DOMRect(20, 10, 60, 18);
    const anchorFor = vi.fn(() => words);
    Object.assign(owner, { anchorFor });
    card.open(owner, [caps], words, false, false);
    await flush();
    const cardId = elsewhere.show.mock.calls[0]?.[0]?.cardId as string;
    // Nothing moved: nothing said.
    card.refresh();
    expect(elsewhere.move).not.toHaveBeenCalled();
    words = new DOMRect(20, 30, 60, 18);
    card.refresh();
    expect(elsewhere.move).toHaveBeenCalledWith(cardId, {
      anchor: { left: 20, top: 30, width: 60, height: 18 },
      field: { left: 8, top: 8, width: 300, height: 60 },
      viewport: { width: innerWidth, height: innerHeight },
    });
    // Scrolled out of the field's box (it is 8..68 high here).
    words = new DOMRect(20, 80, 60, 18);
    card.refresh();
    expect(card.isOpen).toBe(false);
    expect(elsewhere.close).toHaveBeenCalledWith(cardId);
  });
});
