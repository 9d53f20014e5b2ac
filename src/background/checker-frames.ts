/**
 * Which frames of each tab run our checker, and how deep each is: the frames that could show the
 * card of a field in a smaller frame below them (frame-card-relay.ts). With it the relay settles
 * as soon as each of them has answered, rather than waiting for ancestors that may not exist (a
 * top page where the site is not enabled). Content scripts say when their checker starts and
 * stops (the site switched off, the page hidden or left); a frame whose content script is gone
 * without saying so is dropped when a message to it finds no receiver; a closed tab is forgotten.
 * Kept in memory and in storage.session, which outlives the service worker's idle stops (not the
 * browser session); it holds frame ids and depths, nothing of any page.
 */
import type { Runtime } from '../shared/browser';
import type { CheckerFrameArgs } from '../shared/frame-card-protocol';
import type { SessionArea } from './field-frames';

const KEY_PREFIX = 'checkerFrames:';
/** More checker frames than this in one tab: the tab is not tracked (the relay waits as before). */
const MAX_FRAMES_PER_TAB = 64;
const MAX_DEPTH = 16;

interface CheckerFrame {
  depth: number;
  checker: string;
}

interface TabFrames {
  frames: Map<number, CheckerFrame>;
  /** False when the list may miss frames (storage unreadable, too many frames): nothing is settled on it. */
  complete: boolean;
}

/** The checker frames of a tab, frame id -> depth; null when not known for sure. */
export type KnownCheckerFrames = ReadonlyMap<number, number> | null;

const keyOf = (tabId: number) => `${KEY_PREFIX}${tabId}`;

function parse(stored: unknown): TabFrames {
  const frames = new Map<number, CheckerFrame>();
  if (stored === undefined) return { frames, complete: true };
  if (typeof stored !== 'object' || stored === null) return { frames, complete: false };
  for (const [id, value] of Object.entries(stored)) {
    const frameId = Number(id);
    const entry = value as Partial<CheckerFrame> | null;
    if (!Number.isInteger(frameId) || frameId < 0 || typeof entry !== 'object' || entry === null) {
      return { frames: new Map(), complete: false };
    }
    if (!Number.isInteger(entry.depth) || typeof entry.checker !== 'string')
      return { frames: new Map(), complete: false };
    frames.set(frameId, { depth: entry.depth as number, checker: entry.checker });
  }
  return { frames, complete: frames.size <= MAX_FRAMES_PER_TAB };
}

export function checkerFrames(session: SessionArea) {
  /** Each tab's frames, read from storage.session once per service worker life. */
  const tabs = new Map<number, Promise<TabFrames>>();

  const load = (tabId: number): Promise<TabFrames> => {
    let loaded = tabs.get(tabId);
    if (loaded === undefined) {
      const key = keyOf(tabId);
      loaded = session.get(key).then(
        (items) => parse(items[key]),
        () => ({ frames: new Map(), complete: false }),
      );
      tabs.set(tabId, loaded);
    }
    return loaded;
  };

  const save = async (tabId: number, tab: TabFrames): Promise<void> => {
    const key = keyOf(tabId);
    try {
      if (tab.frames.size === 0) await session.remove(key);
      else await session.set({ [key]: Object.fromEntries(tab.frames) });
    } catch {
      // Kept in memory only: a restarted service worker falls back to waiting for this tab.
      tab.complete = false;
    }
  };

  return {
    /** `background/checkerFrame`: the sender's checker started or stopped. */
    async changed({ running, depth, checker }: CheckerFrameArgs, sender: Runtime.MessageSender): Promise<undefined> {
      const tabId = sender.tab?.id;
      const frameId = sender.frameId;
      if (tabId === undefined || tabId < 0 || frameId === undefined || frameId < 0) return undefined;
      if (typeof checker !== 'string' || !Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) return undefined;
      // The top frame has nothing above it, whatever it says.
      if ((frameId === 0) !== (depth === 0)) return undefined;
      const tab = await load(tabId);
      if (running === true) {
        tab.frames.set(frameId, { depth, checker });
        if (tab.frames.size > MAX_FRAMES_PER_TAB) tab.complete = false;
      } else if (tab.frames.get(frameId)?.checker === checker) {
        // Only the document that said it started: a frame's next page may have started since.
        tab.frames.delete(frameId);
      } else {
        return undefined;
      }
      await save(tabId, tab);
      return undefined;
    },

    /** The tab's checker frames (id -> depth), or null when the list may miss some. */
    async of(tabId: number): Promise<KnownCheckerFrames> {
      const tab = await load(tabId);
      if (!tab.complete) return null;
      return new Map([...tab.frames].map(([frameId, { depth }]) => [frameId, depth]));
    },

    /** A message to the frame found no receiver: its checker is gone. */
    async gone(tabId: number, frameId: number): Promise<void> {
      const tab = await load(tabId);
      if (tab.frames.delete(frameId)) await save(tabId, tab);
    },

    /** The tab closed. */
    async forget(tabId: number): Promise<void> {
      tabs.delete(tabId);
      await session.remove(keyOf(tabId)).catch(() => undefined);
    },
  };
}

export type CheckerFrames = ReturnType<typeof checkerFrames>;
