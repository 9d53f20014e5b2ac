/**
 * The keyboard commands (manifest `commands`, shown and rebindable at chrome://extensions/shortcuts
 * and in Firefox's add-on shortcuts): open the card of the field in use, apply all safe fixes in
 * it, and switch checking on the current site on or off. Pressing one grants the extension the
 * tab (activeTab), as a click on the toolbar button does.
 */
import type { ApplyFixesResult } from '../shared/field-protocol';
import type { SiteEnabledBy } from '../shared/settings-schema';

export const COMMANDS = ['open-card', 'fix-all', 'toggle-site'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface CommandTab {
  id?: number;
  url?: string;
}

/** What a command did, for the tests (and the console when nothing could be done). */
export type CommandOutcome =
  | 'card-opened'
  | 'fixed'
  | 'nothing-to-fix'
  | 'no-field'
  | 'site-on'
  | 'site-off'
  | 'site-set-by-firm'
  | 'popup-opened'
  | 'not-a-web-page'
  | 'unknown-command';

export interface CommandApis {
  /** The active tab of the last focused window, when the browser did not pass one. */
  activeTab(): Promise<CommandTab | undefined>;
  openCard(tabId: number): Promise<boolean>;
  fixAll(tabId: number): Promise<ApplyFixesResult | null>;
  siteEnabledBy(url: string): Promise<SiteEnabledBy>;
  hasAccess(origin: string): Promise<boolean>;
  /** Asks for access to the site (the command is a user gesture); false when refused or not allowed. */
  requestAccess(origin: string): Promise<boolean>;
  setSiteEnabled(origin: string, enabled: boolean): Promise<void>;
  /** Registers the site scripts again and starts the checker in open tabs of enabled sites. */
  syncSiteScripts(): Promise<void>;
  /** Opens the toolbar popup, where the user can switch the site on and grant access. */
  openPopup(): Promise<void>;
}

export function isCommand(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

function webOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

export async function runCommand(
  command: string,
  passedTab: CommandTab | undefined,
  apis: CommandApis,
): Promise<CommandOutcome> {
  if (!isCommand(command)) return 'unknown-command';
  const tab = passedTab?.id === undefined ? await apis.activeTab() : passedTab;
  if (tab?.id === undefined) return 'not-a-web-page';
  switch (command) {
    case 'open-card':
      return (await apis.openCard(tab.id).catch(() => false)) ? 'card-opened' : 'no-field';
    case 'fix-all': {
      const result = await apis.fixAll(tab.id).catch(() => null);
      if (result === null) return 'no-field';
      return result.applied ? 'fixed' : 'nothing-to-fix';
    }
    case 'toggle-site': {
      const origin = webOrigin(tab.url);
      if (!origin) return 'not-a-web-page';
      const enabledBy = await apis.siteEnabledBy(tab.url ?? '');
      // The firm's portal sites and the demo portal are not the user's to switch off.
      if (enabledBy === 'portalSites' || enabledBy === 'demo') return 'site-set-by-firm';
      if (enabledBy === 'user') {
        await apis.setSiteEnabled(origin, false);
        await apis.syncSiteScripts();
        return 'site-off';
      }
      const allowed = (await apis.hasAccess(origin)) || (await apis.requestAccess(origin).catch(() => false));
      if (!allowed) {
        await apis.openPopup();
        return 'popup-opened';
      }
      await apis.setSiteEnabled(origin, true);
      await apis.syncSiteScripts();
      return 'site-on';
    }
  }
}
