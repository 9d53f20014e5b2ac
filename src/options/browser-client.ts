/** The OptionsClient over the real extension APIs. */
import { browser } from '../shared/browser';
import { backgroundClient } from '../shared/messaging';
import {
  exportSettings,
  importSettings,
  loadSettings,
  onSettingsChanged,
  resetSettings,
  saveSettings,
} from '../shared/settings';
import type { OptionsClient } from './options-store';
import { checkTermsPage } from './terms-check';

async function resyncSiteScripts(): Promise<void> {
  try {
    const { injectionFailures } = await backgroundClient.send('background/syncSiteScripts');
    for (const failure of injectionFailures) {
      console.warn(`SMS Compliance Checker: the checker could not start in ${failure.url ?? 'a tab'}`, failure.error);
    }
  } catch (error) {
    // The service worker also resyncs on storage changes (and logs what fails there).
    console.warn('SMS Compliance Checker: could not update the site scripts now', error);
  }
}

export function createBrowserOptionsClient(): OptionsClient {
  return {
    load: loadSettings,
    async save(patch) {
      const result = await saveSettings(patch);
      if (result.problems.length === 0 && 'portalSites' in patch) await resyncSiteScripts();
      return result;
    },
    importFile: importSettings,
    reset: resetSettings,
    exportText: exportSettings,
    download(fileName, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    subscribe: onSettingsChanged,
    async checkTermsPage(url) {
      const origin = new URL(url).origin;
      let granted = false;
      try {
        // First thing in the click's task: the prompt needs the user gesture.
        granted = await browser.permissions.request({ origins: [`${origin}/*`] });
      } catch (error) {
        return { reachable: false, error: `Could not ask for access: ${String(error)}`, findings: [] };
      }
      if (!granted) {
        return {
          reachable: false,
          error: `Access to ${origin} was not granted, so the page was not loaded.`,
          findings: [],
        };
      }
      return checkTermsPage(url);
    },
    async missingSiteAccess(patterns) {
      const missing: string[] = [];
      for (const pattern of patterns) {
        if (!(await browser.permissions.contains({ origins: [pattern] }))) missing.push(pattern);
      }
      return missing;
    },
    async requestSiteAccess(patterns) {
      const granted = await browser.permissions.request({ origins: patterns });
      if (granted) await resyncSiteScripts();
      return granted;
    },
    confirm: (question) => window.confirm(question),
  };
}
