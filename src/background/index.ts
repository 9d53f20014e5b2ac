/**
 * Background service worker (an event page in Firefox): lints for the content scripts, answers the
 * health check, routes spelling, shows the field in use on the toolbar button and keeps the content
 * scripts registered for the enabled sites.
 */
import { browser, scriptingApi } from '../shared/browser';
import { createMessageClient } from '../shared/messages';
import { fieldClient, handleLintChannel, handleMessages } from '../shared/messaging';
import {
  loadSettings,
  loadUserState,
  onStorageReadStatus,
  originPattern,
  relayLateManagedSettings,
  setSiteEnabled,
  siteEnabledBy,
} from '../shared/settings';
import { checkerFrames } from './checker-frames';
import { type CommandApis, type CommandTab, runCommand } from './commands';
import { fieldFrames } from './field-frames';
import { frameCardRelay } from './frame-card-relay';
import { serveLintPort } from './linting';
import { pageConfig } from './page-config';
import { turnOffRule } from './rule-switch';
import { syncSiteScripts, watchSiteScripts } from './site-scripts';
import { spellingHandlers } from './spelling';
import { type ProbeApis, probeTab, recordExtensionStart, recordStartReason } from './tab-probe';
import { toolbar } from './toolbar';

watchSiteScripts();
relayLateManagedSettings();

const probeApis: ProbeApis = {
  session: browser.storage.session,
  async executeInTab(tabId, func) {
    const api = scriptingApi();
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
/** The frames of each tab that run a checker: where a small frame's card may be shown. */
const checkers = checkerFrames(browser.storage.session);
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
  void checkers.forget(tabId);
  toolbarButton.forget(tabId);
});
// A new page in the tab: what the button showed was about the old one.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void toolbarButton.clear(tabId).catch(() => undefined);
});

/** The content script of the tab's frame whose field was used last (the popup's fieldClient, from here). */
const fieldFrameClient = (tabId: number) => fieldClient(tabId, (id) => frames.frameOf(id));

const commandApis: CommandApis = {
  async activeTab() {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab;
  },
  openCard: (tabId) => fieldFrameClient(tabId).send('content/openCard'),
  fixAll: (tabId) => fieldFrameClient(tabId).send('content/fixAll'),
  async siteEnabledBy(url) {
    const [{ settings }, user] = await Promise.all([loadSettings(), loadUserState()]);
    return siteEnabledBy(url, settings, user);
  },
  hasAccess: (origin) => browser.permissions.contains({ origins: [originPattern(origin)] }),
  requestAccess: (origin) => browser.permissions.request({ origins: [originPattern(origin)] }),
  setSiteEnabled,
  async syncSiteScripts() {
    await syncSiteScripts();
  },
  async openPopup() {
    await (browser.action as unknown as { openPopup?: () => Promise<void> }).openPopup?.();
  },
};
const onCommand = (command: string, tab?: CommandTab) => runCommand(command, tab, commandApis);
browser.commands?.onCommand.addListener((command, tab) => {
  void onCommand(command, tab).catch((error: unknown) => {
    console.warn(`SMS Compliance Checker: the ${command} shortcut failed`, error);
  });
});
// The e2e tests run a command as the browser would (a test cannot press a global shortcut).
if (import.meta.env?.MODE === 'test') {
  (globalThis as typeof globalThis & { smsCheckRunCommand?: typeof onCommand }).smsCheckRunCommand = onCommand;
}

/** The content script of one frame of a tab. */
const frameClient = (tabId: number, frameId: number) =>
  createMessageClient<'content'>((request) => browser.tabs.sendMessage(tabId, request, { frameId }));
const frameCards = frameCardRelay(
  {
    showCard: (tabId, frameId, args) => frameClient(tabId, frameId).send('content/showFrameCard', args),
    closeCard: (tabId, frameId, args) => frameClient(tabId, frameId).send('content/closeFrameCard', args),
    moveCard: (tabId, frameId, args) => frameClient(tabId, frameId).send('content/moveFrameCard', args),
    hopMoved: (tabId, frameId, args) => frameClient(tabId, frameId).send('content/frameCardHop', args),
    action: (tabId, frameId, args) => frameClient(tabId, frameId).send('content/frameCardAction', args),
    askClaim: (tabId, frameId, args) => frameClient(tabId, frameId).send('content/claimFrameCard', args),
  },
  Date.now,
  checkers,
);

handleMessages<'background'>({
  'background/ping': () => ({ version: browser.runtime.getManifest().version, answeredAt: Date.now() }),
  'background/pageConfig': ({ url }) => pageConfig(url),
  'background/fieldUsed': (_args, sender) => frames.used(sender),
  'background/fieldFrame': ({ tabId }) => frames.frameOf(tabId),
  'background/showOnToolbar': (report, sender) => toolbarButton.show(sender.tab?.id, report, sender.frameId),
  'background/clearToolbar': (_args, sender) => toolbarButton.fieldGone(sender.tab?.id, sender.frameId),
  'background/syncSiteScripts': () => syncSiteScripts(),
  'background/probeTab': ({ tabId }) => probeTab(probeApis, tabId),
  'background/turnOffRule': ({ ruleId }) => turnOffRule(ruleId),
  'background/checkerFrame': (args, sender) => checkers.changed(args, sender),
  ...frameCards,
  ...spellingHandlers,
});
