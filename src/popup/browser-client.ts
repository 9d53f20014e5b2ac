/** The PopupClient over the real extension APIs. */
import { browser } from '../shared/browser';
import type { TabInfo } from '../shared/field-protocol';
import { backgroundClient, fieldClient } from '../shared/messaging';
import { loadSettings, loadUserState, onSettingsChanged, originPattern, setSiteEnabled } from '../shared/settings';
import type { PopupClient } from './popup-store';

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
    async setSiteEnabled(origin, enabled) {
      if (enabled) {
        // First call in the click's task: the browser only shows the prompt during a user gesture.
        const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
        if (!granted) return false;
      }
      await setSiteEnabled(origin, enabled);
      try {
        await backgroundClient.send('background/syncSiteScripts');
      } catch {
        // The service worker also resyncs on storage changes; nothing the user can do here.
      }
      return true;
    },
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
