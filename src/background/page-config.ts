/**
 * Answers a content script's `background/pageConfig`: the settings are read and validated here,
 * with the rules library, so the content script carries neither.
 */
import { IN_PAGE_LINTER_PARTS } from 'virtual:in-page-linter-parts';
import type { PageConfig } from '../shared/field-protocol';
import { firmSettingsOf, loadSettings, loadUserState, siteIsEnabled } from '../shared/settings';

export async function pageConfig(url: string): Promise<PageConfig> {
  const [{ settings, locked }, userState] = await Promise.all([loadSettings(), loadUserState()]);
  return {
    ruleSeverityLocked: locked.includes('ruleSeverity'),
    enabled: siteIsEnabled(url, settings, userState),
    // Every firm-scope setting of the table (the extension-scope ones, such as portalSites, are not the rules').
    firmSettings: firmSettingsOf(settings),
    inPageLinterParts: IN_PAGE_LINTER_PARTS,
  };
}
