import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from '../shared/browser';
import type { ShowFrameCardArgs } from '../shared/frame-card-protocol';
import { type FrameSender, frameCardRelay } from './frame-card-relay';

const SHOW: ShowFrameCardArgs = {
  cardId: 'c1',
  locator: 'a'.repeat(32),
  content: { kind: 'not-accepted', expected: 'Hi', reason: 'This editor did not accept the change.' },
  anchor: { left: 1, top: 2, width: 3, height: 4 },
  field: { left: 0, top: 0, width: 100, height: 50 },
  viewport: { width: 300, height: 150 },
  focus: true,
};

function sender(tabId: number | undefined, frameId: number | undefined): Runtime.MessageSender {
  return { ...(tabId !== undefined ? { tab: { id: tabId } as Runtime.MessageSender['tab'] } : {}), frameId };
}

function relay(showAnswer: Promise<boolean> = Promise.resolve(true)) {
  const send = {
    showCard: vi.fn(() => showAnswer),
    closeCard: vi.fn(async () => undefined),
    action: vi.fn(async () => undefined),
  } satisfies FrameSender;
  return { send, handlers: frameCardRelay(send) };
}

describe('frameCardRelay', () => {
  it("forwards a subframe's card to the top frame of its own tab, naming the subframe", async () => {
    const { send, handlers } = relay();
    expect(await handlers['background/showFrameCard']?.(SHOW, sender(7, 3))).toBe(true);
    expect(send.showCard).toHaveBeenCalledWith(7, { ...SHOW, frameId: 3 });
    await handlers['background/closeFrameCard']?.({ cardId: 'c1' }, sender(7, 3));
    expect(send.closeCard).toHaveBeenCalledWith(7, { cardId: 'c1', frameId: 3 });
  });

  it('answers false when the top frame has no checker (no receiver), and for a card from the top frame itself', async () => {
    const { send, handlers } = relay(Promise.reject(new Error('Receiving end does not exist')));
    expect(await handlers['background/showFrameCard']?.(SHOW, sender(7, 3))).toBe(false);
    send.showCard.mockClear();
    expect(await handlers['background/showFrameCard']?.(SHOW, sender(7, 0))).toBe(false);
    expect(await handlers['background/showFrameCard']?.(SHOW, sender(undefined, 3))).toBe(false);
    expect(send.showCard).not.toHaveBeenCalled();
  });

  it('relays what the user pressed only from the top frame, to a subframe of the same tab', async () => {
    const { send, handlers } = relay();
    const press = { frameId: 3, cardId: 'c1', action: { kind: 'fixAll' as const } };
    await handlers['background/frameCardAction']?.(press, sender(7, 0));
    expect(send.action).toHaveBeenCalledWith(7, 3, { cardId: 'c1', action: { kind: 'fixAll' } });
    send.action.mockClear();
    // From a subframe (not the one showing cards), or aimed at the top frame: dropped.
    await handlers['background/frameCardAction']?.(press, sender(7, 3));
    await handlers['background/frameCardAction']?.({ ...press, frameId: 0 }, sender(7, 0));
    await handlers['background/frameCardAction']?.(press, sender(undefined, 0));
    expect(send.action).not.toHaveBeenCalled();
  });
});
