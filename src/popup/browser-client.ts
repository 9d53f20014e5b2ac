/// <reference types="@crxjs/vite-plugin/client" />
/** The PopupClient over the real extension APIs. */
import checkerScript from '../content/checker.iife.ts?script';
import pageHookScript from '../content/page-hook.iife.ts?script';
import { browser, scriptingApi } from '../shared/browser';
import type { TabInfo } from '../shared/field-protocol';
import { backgroundClient, fieldClient } from '../shared/messaging';
import {
  loadSettings,
  loadUserState,
  onSettingsChanged,
  originOf,
  originPattern,
  setSiteEnabled,
  siteEnabledBy,
  storageReadStatus,
} from '../shared/settings';
import { SUGGEST_TIME_LIMIT_MS } from '../shared/spelling-protocol';
import { composerFrameOrigins, type FrameAccess, MAX_FRAME_ORIGINS, validFrameOrigins } from './frame-access';
import type { PopupClient, SiteSwitchResult } from './popup-store';

/** How often the open popup re-reads the field, so typing on the page shows up here. */
const FIELD_POLL_MS = 800;

/** Syncs the registered site scripts and says when the checker could not start on a page of `origins`. */
async function syncFor(origins: readonly string[]): Promise<string | undefined> {
  try {
    const { injectionFailures } = await backgroundClient.send('background/syncSiteScripts');
    const here = injectionFailures.find((failure) => failure.url && origins.includes(originOf(failure.url) ?? ''));
    if (here) return `The checker could not start on this page (${here.error}): reload the page.`;
  } catch (error) {
    console.warn('SMS Compliance Checker: could not set up the checker for the site', error);
    return `The checker could not be set up yet (${error instanceof Error ? error.message : String(error)}): reload the page.`;
  }
  return undefined;
}

function notChanged(error: unknown): SiteSwitchResult {
  return { done: false, problem: `Not changed: ${error instanceof Error ? error.message : String(error)}` };
}

/**
 * Asks for the origins' permission and turns checking on for each; the result to return when the
 * user declined or the change could not be stored, else null. Must be the first call in the click's
 * task: the browser only shows the prompt during a user gesture.
 */
async function grantAndEnable(origins: readonly string[]): Promise<SiteSwitchResult | null> {
  const granted = await browser.permissions.request({ origins: origins.map(originPattern) });
  if (!granted) return { done: false };
  try {
    for (const origin of origins) await setSiteEnabled(origin, true);
  } catch (error) {
    return notChanged(error);
  }
  return null;
}

function tabInfo(tab: { id?: number; url?: string } | undefined): TabInfo | null {
  return tab?.id !== undefined && tab.url ? { id: tab.id, url: tab.url } : null;
}

export function createBrowserPopupClient(location: Location = window.location): PopupClient {
  // ?tab=<id>: the e2e tests open the popup as a page, where "the active tab" would be the popup itself.
  const requestedTab = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
  return {
    async targetTab() {
      if (Number.isInteger(requestedTab)) {
        try {
          return tabInfo(await browser.tabs.get(requestedTab));
        } catch {
          return null;
        }
      }
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      return tabInfo(tab);
    },
    content: (tabId) => fieldClient(tabId),
    loadSettings,
    loadUserState,
    async setSiteEnabled(origin, enabled, frameOrigins = []): Promise<SiteSwitchResult> {
      if (enabled) {
        // The composer's frames are asked for in the same prompt, which lists them.
        const refused = await grantAndEnable([origin, ...frameOrigins]);
        if (refused) return refused;
        const problem = await syncFor([origin]);
        return problem ? { done: true, problem } : { done: true };
      }
      try {
        await setSiteEnabled(origin, false);
      } catch (error) {
        return notChanged(error);
      }
      void backgroundClient.send('background/syncSiteScripts').catch((error: unknown) => {
        console.warn('SMS Compliance Checker: could not update the site scripts (the worker retries)', error);
      });
      return { done: true };
    },
    async frameAccess(tab): Promise<FrameAccess[]> {
      const api = scriptingApi();
      if (!api) return [];
      const [injection] = await api.executeScript({
        target: { tabId: tab.id, frameIds: [0] },
        func: composerFrameOrigins,
        args: [MAX_FRAME_ORIGINS],
      });
      const origins = validFrameOrigins(injection?.result);
      if (origins.length === 0) return [];
      const [{ settings }, user] = await Promise.all([loadSettings(), loadUserState()]);
      return Promise.all(
        origins.map(async (origin) => {
          const enabledBy = siteEnabledBy(`${origin}/`, settings, user);
          const permitted =
            enabledBy === 'demo' || (await browser.permissions.contains({ origins: [originPattern(origin)] }));
          return { origin, reachable: enabledBy !== null && permitted };
        }),
      );
    },
    async allowFrameOrigins(origins, tab): Promise<SiteSwitchResult> {
      const refused = await grantAndEnable(origins);
      if (refused) return refused;
      const problem = await syncFor(origins);
      if (problem) return { done: true, problem };
      // The sync starts the checker in tabs whose own address is on a newly enabled site; this
      // tab's is not: start it in the frames now (the scripts skip the frames they already run in).
      const api = scriptingApi();
      try {
        await api?.executeScript({
          target: { tabId: tab.id, allFrames: true },
          files: [pageHookScript],
          world: 'MAIN',
        });
        await api?.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [checkerScript] });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { done: true, problem: `The checker could not start in the frame (${message}): reload the page.` };
      }
      return { done: true };
    },
    async contentFacts(tab, enabledBy) {
      const origin = originOf(tab.url);
      // The demo portal's scripts come with the manifest, whatever the host permissions.
      const hostPermission =
        enabledBy === 'demo' || origin === undefined
          ? true
          : await browser.permissions.contains({ origins: [originPattern(origin)] });
      const probe = hostPermission
        ? await backgroundClient.send('background/probeTab', { tabId: tab.id })
        : { scriptable: false };
      return { hostPermission, probe };
    },
    userStateError: () => storageReadStatus().userState,
    reloadTab: (tabId) => browser.tabs.reload(tabId),
    copyText: (text) => navigator.clipboard.writeText(text),
    addToDictionary: (word) => backgroundClient.send('background/addToDictionary', { word }),
    turnOffRule: (ruleId) => backgroundClient.send('background/turnOffRule', { ruleId }),
    suggestSpelling: (word, language) =>
      backgroundClient.send('background/suggestSpelling', {
        word,
        timeLimitMs: SUGGEST_TIME_LIMIT_MS,
        ...(language ? { language } : {}),
      }),
    openOptions: () => {
      void browser.runtime.openOptionsPage();
    },
    subscribe(onChange) {
      const stopSettings = onSettingsChanged(() => onChange());
      const timer = window.setInterval(onChange, FIELD_POLL_MS);
      return () => {
        stopSettings();
        window.clearInterval(timer);
      };
    },
  };
}
