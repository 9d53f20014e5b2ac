/// <reference types="@crxjs/vite-plugin/client" />
/**
 * Answers a content script's `background/pageConfig`: the settings are read and validated here,
 * with the rules library, so the content script carries neither.
 */
import inPageLinterScript from '../content/in-page-linter.iife.ts?script';
import type { FirmSettings } from '../rules';
import type { PageConfig } from '../shared/field-protocol';
import { type ExtensionSettings, loadSettings, loadUserState, siteIsEnabled } from '../shared/settings';

/** The rules' settings: the extension-only keys are not theirs (firmDictionary stays, for spelling). */
export function toFirmSettings(settings: ExtensionSettings): Partial<FirmSettings> {
  const { privacyUrl: _privacy, portalSites: _sites, ...firm } = settings;
  return firm;
}

export async function pageConfig(url: string): Promise<PageConfig> {
  const [{ settings }, userState] = await Promise.all([loadSettings(), loadUserState()]);
  return {
    enabled: siteIsEnabled(url, settings, userState),
    firmSettings: toFirmSettings(settings),
    inPageLinterPath: inPageLinterScript,
  };
}
