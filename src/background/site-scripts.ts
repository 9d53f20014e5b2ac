/// <reference types="@crxjs/vite-plugin/client" />
/**
 * Keeps the dynamically registered content scripts in step with the sites the checker is enabled
 * on: the firm's `portalSites` plus the origins the user enabled from the popup, limited to the
 * origins we hold host permission for (Chrome refuses, and would not inject, the others). In the
 * test build the demo portal on localhost has static manifest entries and is left out here.
 */
import checkerScript from '../content/checker.iife.ts?script';
import pageHookScript from '../content/page-hook.iife.ts?script';
import { browser, scriptingApi } from '../shared/browser';
import type { InjectionFailure, SiteScriptSyncResult } from '../shared/messages';
import { enabledPatterns, loadSettings, loadUserState } from '../shared/settings';

export const SITE_SCRIPT_ID = 'sms-check-sites';
export const SITE_HOOK_SCRIPT_ID = 'sms-check-sites-hook';

/**
 * Patterns not already covered by the static localhost entries of the test build's manifest
 * (manifest.test.json). The shipped build has none, so a firm's portal on localhost is registered.
 */
function dynamicPatterns(patterns: readonly string[]): string[] {
  if (import.meta.env?.MODE !== 'test') return [...patterns];
  return patterns.filter((pattern) => !/^http:\/\/localhost(?::\d+)?\//.test(pattern));
}

async function permitted(patterns: readonly string[]): Promise<string[]> {
  const allowed: string[] = [];
  for (const pattern of patterns) {
    try {
      if (await browser.permissions.contains({ origins: [pattern] })) allowed.push(pattern);
    } catch {
      // An invalid pattern (hand-edited policy) is skipped, not fatal.
    }
  }
  return allowed;
}

let syncing: Promise<SiteScriptSyncResult> = Promise.resolve({ injectionFailures: [] });

/**
 * Re-registers the site scripts; calls are serialized so overlapping syncs never race. Resolves
 * with the open tabs the checker could not start in (logged too); rejects when registering failed.
 */
export function syncSiteScripts(): Promise<SiteScriptSyncResult> {
  syncing = syncing.then(doSync, doSync);
  return syncing;
}

async function doSync(): Promise<SiteScriptSyncResult> {
  const injectionFailures: InjectionFailure[] = [];
  const api = scriptingApi();
  if (!api?.registerContentScripts) return { injectionFailures };
  const [{ settings }, user] = await Promise.all([loadSettings(), loadUserState()]);
  const matches = await permitted(dynamicPatterns(enabledPatterns(settings, user)));
  const existing = await api.getRegisteredContentScripts({ ids: [SITE_SCRIPT_ID, SITE_HOOK_SCRIPT_ID] });
  const before = new Set(existing.find((script) => script.id === SITE_SCRIPT_ID)?.matches ?? []);
  if (existing.length > 0) await api.unregisterContentScripts({ ids: existing.map((script) => script.id) });
  if (matches.length === 0) return { injectionFailures };
  await api.registerContentScripts([
    {
      id: SITE_HOOK_SCRIPT_ID,
      js: [pageHookScript],
      matches,
      allFrames: true,
      matchOriginAsFallback: true,
      runAt: 'document_start',
      world: 'MAIN',
      persistAcrossSessions: true,
    },
    {
      id: SITE_SCRIPT_ID,
      js: [checkerScript],
      matches,
      allFrames: true,
      matchOriginAsFallback: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
  // Tabs already open on a newly enabled site get the checker now, without a reload.
  const added = matches.filter((pattern) => !before.has(pattern));
  if (added.length > 0) {
    const tabs = await browser.tabs.query({ url: added });
    await Promise.all(
      tabs.map(async (tab) => {
        if (tab.id === undefined) return;
        try {
          await injectIntoTab(tab.id);
        } catch (error) {
          // The page keeps running without the checker until it is reloaded: the popup says so.
          const message = error instanceof Error ? error.message : String(error);
          console.warn(`SMS Compliance Checker: could not start the checker in tab ${tab.id} (${tab.url})`, error);
          injectionFailures.push({ tabId: tab.id, ...(tab.url ? { url: tab.url } : {}), error: message });
        }
      }),
    );
  }
  return { injectionFailures };
}

/** Injects the checker into a tab right away (after the user enabled its site from the popup). */
export async function injectIntoTab(tabId: number): Promise<void> {
  const api = scriptingApi();
  if (!api) return;
  await api.executeScript({ target: { tabId, allFrames: true }, files: [pageHookScript], world: 'MAIN' });
  await api.executeScript({ target: { tabId, allFrames: true }, files: [checkerScript] });
}

/** Wires the triggers: install/startup, settings or user-state changes, permission grants. */
export function watchSiteScripts(): void {
  const resync = (): void => {
    void syncSiteScripts().catch((error: unknown) => console.warn('SMS checker: site script sync failed', error));
  };
  browser.runtime.onInstalled.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'sync' || area === 'managed' || area === 'local') resync();
  });
}
