/**
 * Background service worker (an event page in Firefox): lints for the content scripts, answers the
 * health check, routes spelling, shows the field in use on the toolbar button and keeps the content
 * scripts registered for the enabled sites.
 */
import { browser } from '../shared/browser';
import { handleLintChannel, handleMessages } from '../shared/messaging';
import { onStorageReadStatus, relayLateManagedSettings } from '../shared/settings';
import { fieldFrames } from './field-frames';
import { serveLintPort } from './linting';
import { pageConfig } from './page-config';
import { syncSiteScripts, watchSiteScripts } from './site-scripts';
import { spellingHandlers } from './spelling';
import { type ProbeApis, probeTab, recordExtensionStart, recordStartReason } from './tab-probe';
import { toolbar } from './toolbar';

watchSiteScripts();
relayLateManagedSettings();

const probeApis: ProbeApis = {
  session: browser.storage.session,
  async executeInTab(tabId, func) {
    const api =
      (browser as unknown as { scripting?: typeof chrome.scripting }).scripting ?? globalThis.chrome?.scripting;
    if (!api) throw new Error('this browser cannot run scripts in tabs');
    const [frame] = await api.executeScript({ target: { tabId, frameIds: [0] }, func });
    return frame?.result as number | undefined;
  },
};
void recordExtensionStart(probeApis.session).catch((error: unknown) => {
  console.warn('SMS Compliance Checker: could not note when the extension started', error);
});
browser.runtime.onInstalled.addListener(({ reason }) => {
  void recordStartReason(probeApis.session, reason).catch(() => undefined);
});
handleLintChannel(serveLintPort);

const frames = fieldFrames(browser.storage.session);
const toolbarButton = toolbar(browser.action);
// A settings read that fails (pageConfig, site scripts, "Add to dictionary" read them here) shows
// on the toolbar button, until one succeeds again.
onStorageReadStatus((status) => {
  void toolbarButton.storageProblem(status.settings ?? status.userState).catch((error: unknown) => {
    console.warn('SMS Compliance Checker: could not show the storage problem on the toolbar button', error);
  });
});
browser.tabs.onRemoved.addListener((tabId) => {
  void frames.forget(tabId);
  toolbarButton.forget(tabId);
});
// A new page in the tab: what the button showed was about the old one.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void toolbarButton.clear(tabId).catch(() => undefined);
});

handleMessages<'background'>({
  'background/ping': () => ({ version: browser.runtime.getManifest().version, answeredAt: Date.now() }),
  'background/pageConfig': ({ url }) => pageConfig(url),
  'background/fieldUsed': (_args, sender) => frames.used(sender),
  'background/fieldFrame': ({ tabId }) => frames.frameOf(tabId),
  'background/showOnToolbar': (report, sender) => toolbarButton.show(sender.tab?.id, report, sender.frameId),
  'background/clearToolbar': (_args, sender) => toolbarButton.fieldGone(sender.tab?.id, sender.frameId),
  'background/syncSiteScripts': () => syncSiteScripts(),
  'background/probeTab': ({ tabId }) => probeTab(probeApis, tabId),
  ...spellingHandlers,
});
