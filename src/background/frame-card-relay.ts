/**
 * Relays the card of a field in a small frame between that frame's content script and the top
 * frame's (src/shared/frame-card-protocol.ts): the frame asks the top to show its card, the top
 * sends back what the user did. Only the frames of the sender's own tab are reached; a card comes
 * from a frame other than the top, and actions only from the top frame, which shows the cards.
 */
import type { Runtime } from '../shared/browser';
import type { MessageHandlers } from '../shared/messages';

/** Sends one typed message to one frame of a tab (browser.tabs.sendMessage through the content client). */
export interface FrameSender {
  showCard(tabId: number, args: Parameters<NonNullable<ContentHandlers['content/showFrameCard']>>[0]): Promise<boolean>;
  closeCard(tabId: number, args: Parameters<NonNullable<ContentHandlers['content/closeFrameCard']>>[0]): Promise<void>;
  action(
    tabId: number,
    frameId: number,
    args: Parameters<NonNullable<ContentHandlers['content/frameCardAction']>>[0],
  ): Promise<void>;
}

type ContentHandlers = MessageHandlers<'content'>;

/** A frame other than the top one, in a tab: where a card may come from. */
function subframeOf(sender: Runtime.MessageSender): { tabId: number; frameId: number } | null {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || tabId < 0 || frameId === undefined || frameId <= 0) return null;
  return { tabId, frameId };
}

export function frameCardRelay(
  send: FrameSender,
): Pick<
  MessageHandlers<'background', Runtime.MessageSender>,
  'background/showFrameCard' | 'background/closeFrameCard' | 'background/frameCardAction'
> {
  return {
    'background/showFrameCard': async (args, sender) => {
      const from = subframeOf(sender);
      if (from === null) return false;
      // No checker in the top frame (the site is not enabled there): the frame shows its own card.
      return (await send.showCard(from.tabId, { ...args, frameId: from.frameId }).catch(() => false)) === true;
    },
    'background/closeFrameCard': async ({ cardId }, sender) => {
      const from = subframeOf(sender);
      if (from === null) return undefined;
      await send.closeCard(from.tabId, { cardId, frameId: from.frameId }).catch(() => undefined);
      return undefined;
    },
    'background/frameCardAction': async ({ frameId, cardId, action }, sender) => {
      const tabId = sender.tab?.id;
      // Only the top frame shows frames' cards, so only it reports what was pressed in one.
      if (tabId === undefined || tabId < 0 || sender.frameId !== 0) return undefined;
      if (!Number.isInteger(frameId) || frameId <= 0) return undefined;
      await send.action(tabId, frameId, { cardId, action }).catch(() => undefined);
      return undefined;
    },
  };
}
