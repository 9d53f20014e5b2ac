/** The PopupClient over the real extension APIs. */
import { browser } from '../shared/browser';
import type { TabInfo } from '../shared/field-protocol';
import { backgroundClient, fieldClient } from '../shared/messaging';
import {
  loadSettings,
  loadUserState,
  onSettingsChanged,
  originOf,
  originPattern,
  setSiteEnabled,
  storageReadStatus,
} from '../shared/settings';
import type { PopupClient, SiteSwitchResult } from './popup-store';

/** How often the open popup re-reads the field, so typing on the page shows up here. */
const FIELD_POLL_MS = 800;

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
    async setSiteEnabled(origin, enabled): Promise<SiteSwitchResult> {
      if (enabled) {
        // First call in the click's task: the browser only shows the prompt during a user gesture.
        const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
        if (!granted) return { done: false };
      }
      try {
        await setSiteEnabled(origin, enabled);
      } catch (error) {
        return { done: false, problem: `Not changed: ${error instanceof Error ? error.message : String(error)}` };
      }
      if (!enabled) {
        void backgroundClient.send('background/syncSiteScripts').catch((error: unknown) => {
          console.warn('SMS Compliance Checker: could not update the site scripts (the worker retries)', error);
        });
        return { done: true };
      }
      try {
        const { injectionFailures } = await backgroundClient.send('background/syncSiteScripts');
        const here = injectionFailures.find((failure) => failure.url && originOf(failure.url) === origin);
        if (here) {
          return { done: true, problem: `The checker could not start on this page (${here.error}): reload the page.` };
        }
      } catch (error) {
        console.warn('SMS Compliance Checker: could not set up the checker for the site', error);
        return {
          done: true,
          problem: `The checker could not be set up yet (${error instanceof Error ? error.message : String(error)}): reload the page.`,
        };
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
