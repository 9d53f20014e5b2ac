/**
 * What the popup needs to tell why a tab's checker does not answer: when the page was loaded,
 * compared with when this copy of the extension started (a page older than that runs the previous
 * copy's checker, or none), and whether the browser lets scripts run in it at all.
 */
import type { TabProbe } from '../shared/messages';

/** storage.session keys: cleared when the extension is updated, reloaded or the browser restarts. */
const STARTED_KEY = 'extensionStartedAt';
const REASON_KEY = 'extensionStartReason';

export interface ProbeApis {
  session: {
    get(keys: string[]): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  /** Runs `func` in the tab's top frame and resolves with its result. */
  executeInTab(tabId: number, func: () => number): Promise<number | undefined>;
}

/**
 * Remembers when this copy of the extension started: the first service-worker start after an
 * install, update, reload or browser start (storage.session is empty then), kept across the
 * worker's idle restarts.
 */
export async function recordExtensionStart(session: ProbeApis['session'], now = Date.now()): Promise<void> {
  const stored = await session.get([STARTED_KEY]);
  if (typeof stored[STARTED_KEY] !== 'number') await session.set({ [STARTED_KEY]: now });
}

/** runtime.onInstalled's reason: 'install' or 'update' (a developer's reload is an 'update' too). */
export async function recordStartReason(session: ProbeApis['session'], reason: string): Promise<void> {
  await session.set({ [REASON_KEY]: reason });
}

export async function probeTab(apis: ProbeApis, tabId: number): Promise<TabProbe> {
  const stored = await apis.session.get([STARTED_KEY, REASON_KEY]).catch(() => ({}) as Record<string, unknown>);
  const started = stored[STARTED_KEY];
  const reason = stored[REASON_KEY];
  const facts = {
    ...(typeof started === 'number' ? { extensionStartedAt: started } : {}),
    ...(typeof reason === 'string' ? { startReason: reason } : {}),
  };
  try {
    const loadedAt = await apis.executeInTab(tabId, () => performance.timeOrigin);
    return { scriptable: true, ...(typeof loadedAt === 'number' ? { loadedAt } : {}), ...facts };
  } catch (error) {
    return { scriptable: false, error: error instanceof Error ? error.message : String(error), ...facts };
  }
}
