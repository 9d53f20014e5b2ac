/**
 * The typed protocol of messages.ts over the real extension APIs. Pages and scripts import
 * `backgroundClient`, `tabClient` and `handleMessages` from here and never call
 * `runtime.sendMessage` themselves.
 */
import { browser, type Runtime } from './browser';
import { createMessageClient, dispatch, type MessageClient, type MessageHandlers, type Receiver } from './messages';

/** Sends messages to the background service worker. */
export const backgroundClient: MessageClient<'background'> = createMessageClient<'background'>((request) =>
  browser.runtime.sendMessage(request),
);

/** Sends messages to the content script of one tab (top frame only, so exactly one answers). */
export function tabClient(tabId: number): MessageClient<'content'> {
  return createMessageClient<'content'>((request) => browser.tabs.sendMessage(tabId, request, { frameId: 0 }));
}

/**
 * Registers this context's handlers. Only messages this receiver handles get an answer; the
 * listener returns undefined for the rest so that other listeners can respond. Returns a function
 * that removes the listener.
 */
export function handleMessages<R extends Receiver>(handlers: MessageHandlers<R, Runtime.MessageSender>): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => dispatch(handlers, message, sender);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
