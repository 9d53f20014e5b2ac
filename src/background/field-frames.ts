/**
 * Which frame of each tab holds the field used last, so the popup talks to an iframe's content
 * script when the user types in a framed composer. Kept in storage.session: it survives the
 * service worker's idle stops and is gone with the browser session; nothing of the text is kept.
 */
import type { Runtime } from '../shared/browser';

const KEY_PREFIX = 'fieldFrame:';

/** The part of storage.session this module uses; tests pass a fake. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export function fieldFrames(session: SessionArea) {
  return {
    async used(sender: Runtime.MessageSender): Promise<undefined> {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) return undefined;
      await session.set({ [`${KEY_PREFIX}${tabId}`]: sender.frameId ?? 0 });
      return undefined;
    },
    async frameOf(tabId: number): Promise<number> {
      const key = `${KEY_PREFIX}${tabId}`;
      const stored = (await session.get(key))[key];
      return typeof stored === 'number' && Number.isInteger(stored) && stored >= 0 ? stored : 0;
    },
    forget(tabId: number): Promise<void> {
      return session.remove(`${KEY_PREFIX}${tabId}`);
    },
  };
}
