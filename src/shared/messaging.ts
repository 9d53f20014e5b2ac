/**
 * The typed protocol of messages.ts over the real extension APIs. Pages and scripts import
 * `backgroundClient`, `fieldClient` and `handleMessages` from here and never call
 * `runtime.sendMessage` themselves.
 */
import { browser, type Runtime } from './browser';
import { type ConnectLint, isLintReply, LINT_PORT_NAME } from './lint-protocol';
import { createMessageClient, dispatch, type MessageClient, type MessageHandlers, type Receiver } from './messages';

/** Sends messages to the background service worker. */
export const backgroundClient: MessageClient<'background'> = createMessageClient<'background'>((request) =>
  browser.runtime.sendMessage(request),
);

/**
 * Sends messages to the content script of the tab's frame whose field was used last (an iframe's
 * composer; the background keeps track), or to the top frame when that frame has gone. The
 * background, which cannot message itself, passes its own look-up as `frameOf`.
 */
export function fieldClient(
  tabId: number,
  frameOf: (tabId: number) => Promise<number> = (id) => backgroundClient.send('background/fieldFrame', { tabId: id }),
): MessageClient<'content'> {
  return createMessageClient<'content'>(async (request) => {
    const frameId = await frameOf(tabId).catch(() => 0);
    try {
      return await browser.tabs.sendMessage(tabId, request, { frameId });
    } catch (error) {
      if (frameId === 0) throw error;
      return browser.tabs.sendMessage(tabId, request, { frameId: 0 });
    }
  });
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

/**
 * Opens the lint channel to the background. Throws when the extension is gone from under the page
 * (reloaded or updated); `onClose` runs when the background drops the port (a stopped service
 * worker), after which the caller connects again.
 */
export const connectLintChannel: ConnectLint = (onReply, onClose) => {
  const port = browser.runtime.connect({ name: LINT_PORT_NAME });
  port.onMessage.addListener((message: unknown) => {
    if (isLintReply(message)) onReply(message);
  });
  port.onDisconnect.addListener(() => onClose());
  return {
    post: (request) => port.postMessage(request),
    close: () => port.disconnect(),
  };
};

/** Background side: calls `serve` with each content script's lint port. */
export function handleLintChannel(serve: (port: Runtime.Port) => void): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === LINT_PORT_NAME) serve(port);
  });
}
