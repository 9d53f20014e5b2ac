/**
 * Content script entry (isolated world, every frame of an enabled site). It double-checks that the
 * site is enabled, then runs a PageChecker on this document and answers the popup's messages.
 * Settings changes re-lint every field; switching the site off removes everything.
 */
import type { FirmSettings } from '../rules/settings';
import { browser } from '../shared/browser';
import type { FieldState } from '../shared/field-protocol';
import { handleMessages } from '../shared/messaging';
import {
  defaultSettings,
  type ExtensionSettings,
  loadSettings,
  loadUserState,
  onSettingsChanged,
  siteIsEnabled,
  type UserState,
} from '../shared/settings';
import type { FieldController } from './controller';
import { PageChecker } from './page';

const LOADED = Symbol.for('sms-compliance-checker.content');
// For the benchmark: when the bundle (its modules' top-level code included) has been evaluated.
performance.mark('sms-content-script-evaluated');

/** The URL the site switch is decided on; about:blank/srcdoc frames take their creator's origin. */
function pageUrl(): string {
  if (location.protocol === 'http:' || location.protocol === 'https:') return location.href;
  return `${self.origin}/`;
}

function toFirmSettings(settings: ExtensionSettings): Partial<FirmSettings> {
  // firmDictionary stays: spelling (checked in the background) accepts the firm's own words.
  const { privacyUrl: _privacy, portalSites: _sites, ...firm } = settings;
  return firm;
}

async function start(): Promise<void> {
  let settings: ExtensionSettings = defaultSettings();
  // Computed once per settings change, not per keystroke: the rules cache what they derive from it.
  let firmSettings: Partial<FirmSettings> = toFirmSettings(settings);
  let userState: UserState = { enabledSites: [] };
  let checker: PageChecker | null = null;
  const enabled = (): boolean => siteIsEnabled(pageUrl(), settings, userState);

  const apply = (): void => {
    if (enabled() && checker === null) {
      checker = new PageChecker(document, {
        lintSettings: () => firmSettings,
        siteEnabled: enabled,
      });
    } else if (!enabled() && checker !== null) {
      checker.destroy();
      checker = null;
    } else {
      checker?.relintAll();
    }
  };

  const field = (fieldId: string): FieldController => {
    const found = checker?.fieldById(fieldId);
    if (!found) throw new Error('That message field is no longer on the page.');
    return found;
  };

  handleMessages<'content'>({
    'content/getStatus': () => ({ url: location.href, topFrame: window.top === window }),
    'content/getFieldState': (): FieldState | null => checker?.currentField()?.state() ?? null,
    'content/applyFixes': ({ fieldId, fixes, basedOnText }) => field(fieldId).applyFixes(fixes, basedOnText),
    'content/insertText': ({ fieldId, text, position }) => field(fieldId).insertText(text, position),
    'content/setFirstMessage': ({ fieldId, firstMessage }) => {
      const controller = field(fieldId);
      controller.firstMessage = firstMessage;
      controller.markDirty();
      return controller.state();
    },
  });

  try {
    const [loaded, user] = await Promise.all([loadSettings(), loadUserState()]);
    settings = loaded.settings;
    firmSettings = toFirmSettings(settings);
    userState = user;
  } catch {
    // Storage unavailable (extension reloaded under the page): defaults still check the demo portal.
  }
  apply();
  onSettingsChanged(async (loaded) => {
    settings = loaded.settings;
    firmSettings = toFirmSettings(settings);
    userState = await loadUserState().catch(() => userState);
    apply();
  });
}

// The popup injects this script when the user enables a site, and a static or registered copy may
// already run in the frame: one instance per frame.
const scope = globalThis as typeof globalThis & { [LOADED]?: boolean };
if (!scope[LOADED] && browser.runtime?.id) {
  scope[LOADED] = true;
  void start();
}
