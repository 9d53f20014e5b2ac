import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from '../shared/browser';
import type { FrameCardClaimArgs, FrameHop, ShowFrameCardArgs } from '../shared/frame-card-protocol';
import { checkerFrames } from './checker-frames';
import type { SessionArea } from './field-frames';
import {
  type CheckerFrameList,
  CLAIM_GRACE_MS,
  CLAIM_WAIT_MS,
  type FrameSender,
  frameCardRelay,
  hostCandidates,
} from './frame-card-relay';

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

function relay(
  showAnswer: (frameId: number) => Promise<boolean> = async () => true,
  checkers?: CheckerFrameList,
  askAnswer: (frameId: number, token: string) => Promise<FrameCardClaimArgs | null> = async () => null,
) {
  const send = {
    showCard: vi.fn((_tabId: number, frameId: number) => showAnswer(frameId)),
    closeCard: vi.fn(async () => undefined),
    moveCard: vi.fn(async () => undefined),
    hopMoved: vi.fn(async () => true),
    action: vi.fn(async () => undefined),
    askClaim: vi.fn((_tabId: number, frameId: number, { token }: { token: string }) => askAnswer(frameId, token)),
  } satisfies FrameSender;
  const handlers = frameCardRelay(send, Date.now, checkers);
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

function fakeSession(): SessionArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => {
      Object.assign(data, structuredClone(items));
    },
    remove: async (key) => {
      delete data[key];
    },
  };
}

/** A content script's `background/checkerFrame`. */
const running = (frames: ReturnType<typeof checkerFrames>, tabId: number, frameId: number, depth: number, on = true) =>
  frames.changed({ running: on, depth, checker: `checker-${frameId}` }, sender(tabId, frameId));

describe('checkerFrames', () => {
  it('keeps the frames whose checker runs, with their depth; forgets one that stops, and only for the document that started', async () => {
    const frames = checkerFrames(fakeSession());
    expect(await frames.of(7)).toEqual(new Map());
    await running(frames, 7, 0, 0);
    await running(frames, 7, 5, 1);
    await running(frames, 7, 6, 2);
    await running(frames, 8, 3, 1);
    expect(await frames.of(7)).toEqual(
      new Map([
        [0, 0],
        [5, 1],
        [6, 2],
      ]),
    );
    await running(frames, 7, 5, 1, false);
    expect([...((await frames.of(7)) ?? [])].map(([id]) => id)).toEqual([0, 6]);
    // A late "stopped" from the page frame 6 showed before: its new page's checker stays.
    await frames.changed({ running: true, depth: 2, checker: 'next page' }, sender(7, 6));
    await frames.changed({ running: false, depth: 2, checker: 'checker-6' }, sender(7, 6));
    expect((await frames.of(7))?.has(6)).toBe(true);
    // Gone without saying so (a message found no receiver).
    await frames.gone(7, 6);
    expect([...((await frames.of(7)) ?? [])].map(([id]) => id)).toEqual([0]);
    expect(await frames.of(8)).toEqual(new Map([[3, 1]]));
  });

  it('ignores senders without a tab or frame, and depths that cannot be (a subframe at 0, the top below another)', async () => {
    const frames = checkerFrames(fakeSession());
    await frames.changed({ running: true, depth: 1, checker: 'x' }, sender(undefined, 3));
    await frames.changed({ running: true, depth: 1, checker: 'x' }, sender(7, undefined));
    await frames.changed({ running: true, depth: 0, checker: 'x' }, sender(7, 3));
    await frames.changed({ running: true, depth: 1, checker: 'x' }, sender(7, 0));
    await frames.changed({ running: true, depth: 99, checker: 'x' }, sender(7, 3));
    await frames.changed({ running: true, depth: 1, checker: 5 as unknown as string }, sender(7, 3));
    expect(await frames.of(7)).toEqual(new Map());
  });

  it('a restarted service worker finds the list in storage.session; a closed tab is forgotten there too', async () => {
    const session = fakeSession();
    const before = checkerFrames(session);
    await running(before, 7, 5, 1);
    await running(before, 7, 6, 2);
    const after = checkerFrames(session);
    expect(await after.of(7)).toEqual(
      new Map([
        [5, 1],
        [6, 2],
      ]),
    );
    await after.forget(7);
    expect(await after.of(7)).toEqual(new Map());
    expect(session.data).toEqual({});
    expect(await checkerFrames(session).of(7)).toEqual(new Map());
  });

  it('a list it cannot trust is unknown (null): storage unreadable or holding something else', async () => {
    const session = fakeSession();
    session.data['checkerFrames:7'] = 'two frames';
    expect(await checkerFrames(session).of(7)).toBeNull();
    const broken: SessionArea = { ...fakeSession(), get: () => Promise.reject(new Error('storage is unavailable')) };
    const frames = checkerFrames(broken);
    await running(frames, 9, 5, 1);
    expect(await frames.of(9)).toBeNull();
  });
});

describe("frameCardRelay with the tab's checker frames known", () => {
  /** The relay over a registry holding `frames` ([frameId, depth]) of tab 7. */
  async function known(
    frames: [number, number][],
    askAnswer?: (frameId: number, token: string) => Promise<FrameCardClaimArgs | null>,
    session = fakeSession(),
  ) {
    const registry = checkerFrames(session);
    for (const [frameId, depth] of frames) await running(registry, 7, frameId, depth);
    const gone = vi.spyOn(registry, 'gone');
    return { ...relay(async () => true, registry, askAnswer), registry, gone };
  }

  /** Starts `request` under fake timers: whether it settled after `ms`, and its answer. */
  async function settledWithin<T>(
    ms: number,
    request: () => T,
  ): Promise<{ settled: boolean; answer: Promise<Awaited<T>> }> {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let settled = false;
    const answer = Promise.resolve(request()).finally(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(ms);
    const result = settled;
    await vi.advanceTimersByTimeAsync(CLAIM_WAIT_MS);
    vi.useRealTimers();
    return { settled: result, answer };
  }

  const claimOf = (level: number, token = TOKEN): FrameCardClaimArgs => ({
    token,
    level,
    hop: hop(level * 100),
    readsDown: false,
  });

  it('no other checker frame in the tab: the field frame shows its own card at once, nobody asked', async () => {
    const { show, send } = await known([[5, 2]]);
    const { settled, answer } = await settledWithin(0, () => show({ ...SHOW, ancestors: 2 }, 7, 5));
    expect(settled).toBe(true);
    expect(await answer).toBeNull();
    expect(send.askClaim).not.toHaveBeenCalled();
  });

  it('top not enabled, the portal frame claimed: its card shows there at once; frames as deep as the field are not asked', async () => {
    // The portal (frame 2, depth 1) around the composer (5, depth 2); a sibling composer (6, depth 2).
    const { show, claim, send } = await known([
      [2, 1],
      [5, 2],
      [6, 2],
    ]);
    await claim(7, 2, 1);
    const { settled, answer } = await settledWithin(0, () => show({ ...SHOW, ancestors: 2 }, 7, 5));
    expect(settled).toBe(true);
    expect(await answer).toBe(2);
    expect(send.showCard).toHaveBeenCalledWith(7, 2, { ...SHOW, ancestors: 2, frameId: 5, hops: [] });
    expect(send.askClaim).not.toHaveBeenCalled();
  });

  it('a checker frame not heard from is asked: "not mine" settles at once, a claim makes it the host', async () => {
    // Frame 3 is a sibling of the portal (depth 1 too): the locator never reaches it.
    const notMine = await known(
      [
        [2, 1],
        [3, 1],
        [5, 2],
      ],
      async (frameId) => (frameId === 2 ? claimOf(1) : null),
    );
    const first = await settledWithin(0, () => notMine.show({ ...SHOW, ancestors: 2 }, 7, 5));
    expect(first.settled).toBe(true);
    expect(await first.answer).toBe(2);
    expect(notMine.send.askClaim.mock.calls.map(([tabId, frameId]) => [tabId, frameId]).sort()).toEqual([
      [7, 2],
      [7, 3],
    ]);
    // An answer about another token, or malformed, is no claim.
    const wrong = await known(
      [
        [2, 1],
        [5, 2],
      ],
      async () => ({ ...claimOf(1, 'b'.repeat(32)) }),
    );
    expect(await afterClaimWait(() => wrong.show({ ...SHOW, ancestors: 2 }, 7, 5))).toBeNull();
    const malformed = await known(
      [
        [2, 1],
        [5, 2],
      ],
      async () => ({ ...claimOf(1), hop: { frame: null } as unknown as FrameHop }),
    );
    expect(await afterClaimWait(() => malformed.show({ ...SHOW, ancestors: 2 }, 7, 5))).toBeNull();
  });

  it('the top frame claims as well: the whole chain settles it; the top shows the card through the portal’s hop', async () => {
    const { show, claim, send } = await known([
      [0, 0],
      [2, 1],
      [5, 2],
    ]);
    await claim(7, 2, 1);
    await claim(7, 0, 2);
    expect(await show({ ...SHOW, ancestors: 2 }, 7, 5)).toBe(0);
    expect(send.showCard).toHaveBeenCalledWith(7, 0, { ...SHOW, ancestors: 2, frameId: 5, hops: [hop(100)] });
    expect(send.askClaim).not.toHaveBeenCalled();
  });

  it('a checker frame that never answers: the request waits for it up to the claim wait, then goes on', async () => {
    const { show, claim } = await known(
      [
        [0, 0],
        [2, 1],
        [5, 2],
      ],
      (frameId) => (frameId === 0 ? new Promise(() => undefined) : Promise.resolve(null)),
    );
    await claim(7, 2, 1);
    const { settled, answer } = await settledWithin(CLAIM_WAIT_MS - 1, () => show({ ...SHOW, ancestors: 2 }, 7, 5));
    expect(settled).toBe(false);
    expect(await answer).toBe(2);
  });

  it('a checker frame that is gone (no receiver) counts as answered and leaves the list', async () => {
    const { show, registry, gone } = await known(
      [
        [2, 1],
        [5, 2],
      ],
      () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    );
    const { settled, answer } = await settledWithin(0, () => show({ ...SHOW, ancestors: 2 }, 7, 5));
    expect(settled).toBe(true);
    expect(await answer).toBeNull();
    expect(gone).toHaveBeenCalledWith(7, 2);
    expect([...((await registry.of(7)) ?? [])].map(([id]) => id)).toEqual([5]);
  });

  it('after a service worker restart the list comes from storage.session: still at once', async () => {
    const session = fakeSession();
    await known([[2, 1]], undefined, session);
    await running(checkerFrames(session), 7, 5, 2);
    const restarted = relay(async () => true, checkerFrames(session));
    await restarted.claim(7, 2, 1);
    const { settled, answer } = await settledWithin(0, () => restarted.show({ ...SHOW, ancestors: 2 }, 7, 5));
    expect(settled).toBe(true);
    expect(await answer).toBe(2);
  });

  it('a field frame missing from the list (not told yet): the list is not trusted, the request waits as before', async () => {
    const { show, claim, send } = await known([[2, 1]]);
    await claim(7, 2, 1);
    const { settled, answer } = await settledWithin(CLAIM_WAIT_MS - 1, () => show({ ...SHOW, ancestors: 2 }, 7, 5));
    expect(settled).toBe(false);
    expect(await answer).toBe(2);
    expect(send.askClaim).not.toHaveBeenCalled();
  });
});
