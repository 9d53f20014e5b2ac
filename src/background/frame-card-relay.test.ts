import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from '../shared/browser';
import type { FrameHop, ShowFrameCardArgs } from '../shared/frame-card-protocol';
import { CLAIM_GRACE_MS, CLAIM_WAIT_MS, type FrameSender, frameCardRelay, hostCandidates } from './frame-card-relay';

const TOKEN = 'a'.repeat(32);

const SHOW: ShowFrameCardArgs = {
  cardId: 'c1',
  locator: TOKEN,
  content: { kind: 'not-accepted', expected: 'Hi', reason: 'This editor did not accept the change.' },
  anchor: { left: 1, top: 2, width: 3, height: 4 },
  field: { left: 0, top: 0, width: 100, height: 50 },
  viewport: { width: 300, height: 150 },
  focus: true,
  ancestors: 1,
};

const hop = (left: number): FrameHop => ({
  frame: { left, top: 10, width: 300, height: 150 },
  viewport: { width: 800, height: 600 },
});

function sender(tabId: number | undefined, frameId: number | undefined): Runtime.MessageSender {
  return { ...(tabId !== undefined ? { tab: { id: tabId } as Runtime.MessageSender['tab'] } : {}), frameId };
}

function relay(showAnswer: (frameId: number) => Promise<boolean> = async () => true) {
  const send = {
    showCard: vi.fn((_tabId: number, frameId: number) => showAnswer(frameId)),
    closeCard: vi.fn(async () => undefined),
    moveCard: vi.fn(async () => undefined),
    hopMoved: vi.fn(async () => true),
    action: vi.fn(async () => undefined),
  } satisfies FrameSender;
  const handlers = frameCardRelay(send);
  const claim = (tabId: number, frameId: number, level: number, readsDown = false, token = TOKEN, moved = false) =>
    handlers['background/claimFrameCard']?.(
      { token, level, hop: hop(level * 100), readsDown, ...(moved ? { moved } : {}) },
      sender(tabId, frameId),
    );
  const show = (args: ShowFrameCardArgs, tabId: number, frameId: number) =>
    handlers['background/showFrameCard']?.(args, sender(tabId, frameId));
  return { send, handlers, claim, show };
}

/** Runs `request` with the claim wait run out (fake timers). */
async function afterClaimWait<T>(request: () => T): Promise<Awaited<T>> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const pending = Promise.resolve(request());
  await vi.advanceTimersByTimeAsync(CLAIM_WAIT_MS);
  vi.useRealTimers();
  return pending;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('hostCandidates', () => {
  const claims = (entries: [number, boolean][]) =>
    new Map(entries.map(([level, readsDown]) => [level, { readsDown }] as const));
  it.each([
    ['nothing claimed', [], []],
    ['the parent', [[1, false]], [1]],
    [
      'parent and grandparent: the grandparent first',
      [
        [1, false],
        [2, false],
      ],
      [2, 1],
    ],
    ['a grandparent over a parent without a checker: no way down', [[2, false]], []],
    ['a grandparent that reads its way down itself', [[2, true]], [2]],
    [
      'a gap at level 2: level 3 cannot compose its hops',
      [
        [1, false],
        [3, false],
      ],
      [1],
    ],
  ] as [string, [number, boolean][], number[]][])('%s', (_name, entries, expected) => {
    expect(hostCandidates(claims(entries))).toEqual(expected);
  });
});

describe('frameCardRelay', () => {
  it("shows a subframe's card in the top frame that claimed it, naming the subframe; closes it there", async () => {
    const { send, handlers, claim, show } = relay();
    expect(await claim(7, 0, 1)).toBe(true);
    expect(await show(SHOW, 7, 3)).toBe(0);
    expect(send.showCard).toHaveBeenCalledWith(7, 0, { ...SHOW, frameId: 3, hops: [] });
    await handlers['background/closeFrameCard']?.({ cardId: 'c1', hostFrameId: 0 }, sender(7, 3));
    expect(send.closeCard).toHaveBeenCalledWith(7, 0, { cardId: 'c1', frameId: 3 });
  });

  it('a claim that comes after the request still counts (the request waits for it)', async () => {
    const { send, claim, show } = relay();
    const shown = show(SHOW, 7, 3);
    await claim(7, 0, 1);
    expect(await shown).toBe(0);
    expect(send.showCard).toHaveBeenCalledTimes(1);
  });

  it('top not enabled: the middle frame that claimed shows it, after the wait; the next card waits for it only', async () => {
    const { send, claim, show } = relay();
    await claim(7, 2, 1);
    const args = { ...SHOW, ancestors: 2 };
    expect(await afterClaimWait(() => show(args, 7, 5))).toBe(2);
    expect(send.showCard).toHaveBeenCalledWith(7, 2, { ...args, frameId: 5, hops: [] });
    // The next card of that frame: its host level is known, a short wait (in case the top's
    // checker started since).
    const next = 'b'.repeat(32);
    await claim(7, 2, 1, false, next);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const quick = show({ ...args, cardId: 'c2', locator: next }, 7, 5);
    await vi.advanceTimersByTimeAsync(CLAIM_GRACE_MS);
    vi.useRealTimers();
    expect(await quick).toBe(2);
    // The top's checker started: its claim within that moment makes it the host.
    const later = 'f'.repeat(32);
    await claim(7, 2, 1, false, later);
    const upgraded = show({ ...args, cardId: 'c3', locator: later }, 7, 5);
    await claim(7, 0, 2, false, later);
    expect(await upgraded).toBe(0);
  });

  it('through a cross-origin middle frame: the top gets the middle frame’s hop; one that reads down needs none', async () => {
    const { send, claim, show } = relay();
    await claim(7, 2, 1);
    await claim(7, 0, 2);
    expect(await show({ ...SHOW, ancestors: 2 }, 7, 5)).toBe(0);
    expect(send.showCard).toHaveBeenCalledWith(7, 0, { ...SHOW, ancestors: 2, frameId: 5, hops: [hop(100)] });

    const same = 'c'.repeat(32);
    await claim(7, 0, 2, true, same);
    expect(await afterClaimWait(() => show({ ...SHOW, cardId: 'c3', locator: same, ancestors: 2 }, 7, 5))).toBe(0);
    expect(send.showCard).toHaveBeenLastCalledWith(7, 0, expect.objectContaining({ cardId: 'c3', hops: [] }));
  });

  it('a host that has no room either gives way to the next one down; none at all answers null', async () => {
    const { send, claim, show } = relay(async (frameId) => frameId !== 0);
    await claim(7, 2, 1);
    await claim(7, 0, 2);
    expect(await show({ ...SHOW, ancestors: 2 }, 7, 5)).toBe(2);
    expect(send.showCard.mock.calls.map(([, frameId]) => frameId)).toEqual([0, 2]);

    const lonely = relay();
    expect(await afterClaimWait(() => lonely.show({ ...SHOW, locator: 'd'.repeat(32) }, 7, 3))).toBeNull();
    expect(lonely.send.showCard).not.toHaveBeenCalled();
  });

  it('a host whose content script went away (no receiver) is skipped', async () => {
    const { claim, show } = relay(() => Promise.reject(new Error('Receiving end does not exist')));
    await claim(7, 0, 1);
    expect(await show(SHOW, 7, 3)).toBeNull();
  });

  it('ignores cards from the top frame or no tab, claims from another tab, and malformed claims', async () => {
    const { send, handlers, claim, show } = relay();
    expect(await show(SHOW, 7, 0)).toBeNull();
    expect(await handlers['background/showFrameCard']?.(SHOW, sender(undefined, 3))).toBeNull();
    expect(await claim(8, 0, 1)).toBe(true);
    expect(await claim(7, 1, 1, false, 'not a token')).toBe(false);
    expect(await claim(7, 1, 0)).toBe(false);
    expect(await claim(7, 1, 99)).toBe(false);
    expect(
      await handlers['background/claimFrameCard']?.(
        { token: TOKEN, level: 1, hop: { frame: null } as unknown as FrameHop, readsDown: false },
        sender(7, 0),
      ),
    ).toBe(false);
    // Tab 8's claim does not make tab 7's frame a host.
    expect(await afterClaimWait(() => show(SHOW, 7, 3))).toBeNull();
    expect(send.showCard).not.toHaveBeenCalled();
  });

  it('a frame between host and field that scrolls moves the card at the host; above the host, it is told to stop', async () => {
    const { send, claim, show } = relay();
    await claim(7, 2, 1);
    await claim(7, 0, 2);
    await show({ ...SHOW, ancestors: 2 }, 7, 5);
    expect(await claim(7, 2, 1, false, TOKEN, true)).toBe(true);
    expect(send.hopMoved).toHaveBeenCalledWith(7, 0, { frameId: 5, cardId: 'c1', level: 1, hop: hop(100) });
    expect(await claim(7, 0, 2, false, TOKEN, true)).toBe(false);
    expect(await claim(7, 2, 1, false, 'e'.repeat(32), true)).toBe(false);
    // Once the host says the card is gone, the frame is told to stop.
    send.hopMoved.mockResolvedValueOnce(false);
    expect(await claim(7, 2, 1, false, TOKEN, true)).toBe(false);
    expect(await claim(7, 2, 1, false, TOKEN, true)).toBe(false);
  });

  it("relays the field frame's moves to its host, never to itself", async () => {
    const { send, handlers } = relay();
    const geometry = { anchor: SHOW.anchor, field: SHOW.field, viewport: SHOW.viewport };
    await handlers['background/moveFrameCard']?.({ cardId: 'c1', hostFrameId: 2, ...geometry }, sender(7, 5));
    expect(send.moveCard).toHaveBeenCalledWith(7, 2, { cardId: 'c1', frameId: 5, ...geometry });
    send.moveCard.mockClear();
    await handlers['background/moveFrameCard']?.({ cardId: 'c1', hostFrameId: 5, ...geometry }, sender(7, 5));
    await handlers['background/moveFrameCard']?.({ cardId: 'c1', hostFrameId: 2, ...geometry }, sender(7, 0));
    expect(send.moveCard).not.toHaveBeenCalled();
  });

  it('relays what the user pressed from the host to the subframe it names, in the same tab', async () => {
    const { send, handlers } = relay();
    const press = { frameId: 3, cardId: 'c1', action: { kind: 'fixAll' as const } };
    await handlers['background/frameCardAction']?.(press, sender(7, 0));
    await handlers['background/frameCardAction']?.(press, sender(7, 2));
    expect(send.action.mock.calls).toEqual([
      [7, 3, { cardId: 'c1', action: { kind: 'fixAll' } }],
      [7, 3, { cardId: 'c1', action: { kind: 'fixAll' } }],
    ]);
    send.action.mockClear();
    // To itself, to the top frame (cards come from subframes), or from no tab: dropped.
    await handlers['background/frameCardAction']?.(press, sender(7, 3));
    await handlers['background/frameCardAction']?.({ ...press, frameId: 0 }, sender(7, 2));
    await handlers['background/frameCardAction']?.(press, sender(undefined, 0));
    expect(send.action).not.toHaveBeenCalled();
  });
});
