/**
 * Helpers for the settings, popup and options specs: reaching the extension's storage through
 * the service worker, and opening the popup for a given tab (headless Chromium has no toolbar).
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';

export async function setSyncSettings(worker: Worker, values: Record<string, unknown>): Promise<void> {
  await worker.evaluate((items) => chrome.storage.sync.set({ settingsVersion: 1, ...items }), values);
}

export async function readSyncSettings(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() => chrome.storage.sync.get(null));
}

/** The id of the tab showing `page`, asked from an extension page (only those see tab ids). */
export async function tabIdOf(context: BrowserContext, extensionId: string, page: Page): Promise<number> {
  const helper = await context.newPage();
  try {
    await helper.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=-1`);
    const url = page.url();
    const id = await helper.evaluate(async (wanted) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((tab) => tab.url === wanted)?.id;
    }, url);
    if (id === undefined) throw new Error(`No tab shows ${url}`);
    return id;
  } finally {
    await helper.close();
  }
}

/** Opens the popup in its own page, acting on the tab that shows `target`. */
export async function openPopupFor(context: BrowserContext, extensionId: string, target: Page): Promise<Page> {
  const tabId = await tabIdOf(context, extensionId, target);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 700 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
  return popup;
}

/**
 * The firm settings as the extension reads them back from storage.sync: a list too large for one
 * storage item is stored as a header `{ count, chunks: [hash, ...], join? }` under its own key and
 * its parts under `<key>#0`, `<key>#1`, ... (each its entries joined by `join`, or an array; see
 * src/shared/sync-layout.ts); this joins them again.
 */
export async function readStoredSettings(worker: Worker): Promise<Record<string, unknown>> {
  const raw = await readSyncSettings(worker);
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.includes('#')) continue;
    const header = value as { chunks?: unknown; join?: string } | null;
    if (header && typeof header === 'object' && Array.isArray(header.chunks)) {
      settings[key] = header.chunks.flatMap((_hash, index) => {
        const part = raw[`${key}#${index}`];
        return header.join === undefined ? (part as unknown[]) : (part as string).split(header.join);
      });
    } else {
      settings[key] = value;
    }
  }
  return settings;
}
