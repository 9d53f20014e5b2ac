/**
 * Background service worker (an event page in Firefox): answers the health check and keeps the
 * content scripts registered for the sites the checker is enabled on.
 */
import { browser } from '../shared/browser';
import { handleMessages } from '../shared/messaging';
import { syncSiteScripts, watchSiteScripts } from './site-scripts';
import { spellingHandlers } from './spelling';

watchSiteScripts();

handleMessages<'background'>({
  'background/ping': () => ({ version: browser.runtime.getManifest().version, answeredAt: Date.now() }),
  'background/syncSiteScripts': async () => {
    await syncSiteScripts();
    return undefined;
  },
  ...spellingHandlers,
});
