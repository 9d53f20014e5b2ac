/**
 * Background service worker (an event page in Firefox): lints for the content scripts, answers the
 * health check, routes spelling, shows the field in use on the toolbar button and keeps the content
 * scripts registered for the enabled sites.
 */
import { browser } from '../shared/browser';
import { handleLintChannel, handleMessages } from '../shared/messaging';
import { relayLateManagedSettings } from '../shared/settings';
import { fieldFrames } from './field-frames';
import { serveLintPort } from './linting';
import { pageConfig } from './page-config';
import { syncSiteScripts, watchSiteScripts } from './site-scripts';
import { spellingHandlers } from './spelling';
import { toolbar } from './toolbar';

watchSiteScripts();
relayLateManagedSettings();
handleLintChannel(serveLintPort);

const frames = fieldFrames(browser.storage.session);
const toolbarButton = toolbar(browser.action);
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
  'background/syncSiteScripts': async () => {
    await syncSiteScripts();
    return undefined;
  },
  ...spellingHandlers,
});
