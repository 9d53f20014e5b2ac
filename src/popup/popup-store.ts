/**
 * The popup's state and actions, independent of Preact and of the browser: everything outside
 * comes through a PopupClient, so the popup renders and is tested with a mock.
 */
import { applyFixes, type Finding, type Fix, safeFixesOf } from '../rules';
import type { FieldState, TabInfo } from '../shared/field-protocol';
import type { MessageClient } from '../shared/messages';
import type { LoadedSettings } from '../shared/settings';
import {
  defaultSettings,
  type ExtensionSettings,
  originOf,
  type SettingKey,
  type SiteEnabledBy,
  siteEnabledBy,
  type UserState,
} from '../shared/settings-schema';
import { createStore, type Store } from './observable';

export interface PopupClient {
  /** The tab the popup acts on: `?tab=<id>` when given (tests), otherwise the active tab. */
  targetTab(): Promise<TabInfo | null>;
  /** Messages to that tab's content script (top frame). */
  content(tabId: number): MessageClient<'content'>;
  loadSettings(): Promise<LoadedSettings>;
  loadUserState(): Promise<UserState>;
  /**
   * Turns checking on or off for an origin. Must run straight from the click handler: turning on
   * asks for the origin's permission first (browsers only allow that during a user gesture).
   * Resolves false when the user declined.
   */
  setSiteEnabled(origin: string, enabled: boolean): Promise<boolean>;
  copyText(text: string): Promise<void>;
  openOptions(): void;
  /** Calls back when settings change or the content script reports a field change. */
  subscribe(onChange: () => void): () => void;
  /** Adds a word to the firm dictionary (absent: the popup offers no "Add to dictionary"). */
  addToDictionary?(word: string): Promise<{ added: boolean; reason?: string }>;
}

export interface SafeFixPreview {
  before: string;
  after: string;
  fixes: Fix[];
}

export interface PopupState {
  loading: boolean;
  tab: TabInfo | null;
  origin: string | null;
  enabledBy: SiteEnabledBy;
  settings: ExtensionSettings;
  locked: SettingKey[];
  field: FieldState | null;
  /** The content script did not answer although the site is enabled (page opened before install, or reloading). */
  contentMissing: boolean;
  preview: SafeFixPreview | null;
  busy: boolean;
  /**
   * Where the user just put the site switch, shown until a refresh after it was saved: a refresh
   * that started before the click must not flip the switch back under the user's finger.
   */
  siteSwitch: boolean | null;
  /** Last action's outcome, announced in a live region. */
  notice: string;
}

export interface PopupController {
  store: Store<PopupState>;
  refresh(): Promise<void>;
  applyFix(fix: Fix): Promise<void>;
  previewSafeFixes(): void;
  confirmPreview(): Promise<void>;
  cancelPreview(): void;
  insertTermsLink(): Promise<void>;
  copyTermsLink(): Promise<void>;
  setFirstMessage(firstMessage: boolean): Promise<void>;
  setSiteEnabled(enabled: boolean): Promise<void>;
  openOptions(): void;
  /** Adds the word a spelling finding flags to the firm dictionary; undefined when the client cannot. */
  addToDictionary?: (finding: Finding) => Promise<void>;
  dispose(): void;
}

export function initialPopupState(): PopupState {
  return {
    loading: true,
    tab: null,
    origin: null,
    enabledBy: null,
    settings: defaultSettings(),
    locked: [],
    field: null,
    contentMissing: false,
    preview: null,
    busy: false,
    siteSwitch: null,
    notice: '',
  };
}

export function createPopupController(client: PopupClient): PopupController {
  const store = createStore(initialPopupState());

  async function readField(tab: TabInfo): Promise<{ field: FieldState | null; contentMissing: boolean }> {
    try {
      return { field: await client.content(tab.id).send('content/getFieldState'), contentMissing: false };
    } catch {
      return { field: null, contentMissing: true };
    }
  }

  async function refresh(): Promise<void> {
    const [tab, loaded, user] = await Promise.all([client.targetTab(), client.loadSettings(), client.loadUserState()]);
    const origin = tab ? (originOf(tab.url) ?? null) : null;
    const enabledBy = tab && origin ? siteEnabledBy(tab.url, loaded.settings, user) : null;
    const { field, contentMissing } = tab && enabledBy ? await readField(tab) : { field: null, contentMissing: false };
    store.set((state) => ({
      loading: false,
      tab,
      origin,
      enabledBy,
      settings: loaded.settings,
      locked: loaded.locked,
      field,
      contentMissing,
      // A preview computed on other text is stale.
      preview: state.preview && field && state.preview.before === field.text ? state.preview : null,
    }));
  }

  async function withField(action: (tab: TabInfo, field: FieldState) => Promise<string>): Promise<void> {
    const { tab, field, busy } = store.get();
    if (!tab || !field || busy) return;
    store.set({ busy: true, notice: '' });
    let notice: string;
    try {
      notice = await action(tab, field);
    } catch (error) {
      notice = `That did not work: ${error instanceof Error ? error.message : String(error)}`;
    }
    store.set({ busy: false, notice });
    await refresh();
  }

  async function sendFixes(fixes: Fix[], successNotice: string): Promise<void> {
    await withField(async (tab, field) => {
      const result = await client
        .content(tab.id)
        .send('content/applyFixes', { fieldId: field.fieldId, fixes, basedOnText: field.text });
      if (!result.applied) return `Not applied: ${result.reason ?? 'the message changed meanwhile'}. Try again.`;
      return successNotice;
    });
  }

  const unsubscribe = client.subscribe(() => {
    void refresh();
  });

  return {
    store,
    refresh,
    applyFix: (fix) => sendFixes([fix], `Applied: ${fix.label}.`),
    previewSafeFixes() {
      const { field } = store.get();
      if (!field) return;
      const fixes = safeFixesOf(field.report.findings);
      if (fixes.length === 0) return;
      store.set({ preview: { before: field.text, after: applyFixes(field.text, fixes), fixes }, notice: '' });
    },
    async confirmPreview() {
      const { preview } = store.get();
      if (!preview) return;
      store.set({ preview: null });
      await sendFixes(
        preview.fixes,
        `Applied ${preview.fixes.length} safe ${preview.fixes.length === 1 ? 'fix' : 'fixes'}.`,
      );
    },
    cancelPreview: () => store.set({ preview: null }),
    insertTermsLink: () =>
      withField(async (tab, field) => {
        const url = store.get().settings.termsUrl;
        if (!url) return 'Set the terms link in the options first.';
        const before = field.text;
        const needsSpace = before.length > 0 && !/\s$/.test(before);
        const result = await client.content(tab.id).send('content/insertText', {
          fieldId: field.fieldId,
          text: `${needsSpace ? ' ' : ''}${url}`,
          position: 'end',
        });
        return result.applied ? 'Terms link inserted.' : 'Could not insert the link into this field.';
      }),
    async copyTermsLink() {
      const url = store.get().settings.termsUrl;
      if (!url) return;
      try {
        await client.copyText(url);
        store.set({ notice: 'Terms link copied.' });
      } catch {
        store.set({ notice: 'Could not copy; select the link and copy it by hand.' });
      }
    },
    setFirstMessage(firstMessage) {
      const { field } = store.get();
      // Show the switch's new position at once; the re-checked report follows.
      if (field) store.set({ field: { ...field, firstMessage } });
      return withField(async (tab, field) => {
        await client.content(tab.id).send('content/setFirstMessage', { fieldId: field.fieldId, firstMessage });
        return firstMessage ? 'Checking as a first message.' : 'Checking as a follow-up message.';
      });
    },
    async setSiteEnabled(enabled) {
      const { origin } = store.get();
      if (!origin) return;
      store.set({ siteSwitch: enabled });
      // No await before this call: the permission prompt needs the click's user gesture.
      const done = await client.setSiteEnabled(origin, enabled);
      store.set({
        ...(done ? {} : { siteSwitch: null }),
        notice: done
          ? enabled
            ? `Checking messages on ${origin}.`
            : `No longer checking ${origin}.`
          : 'Permission was not granted; the site stays off.',
      });
      try {
        await refresh();
      } finally {
        store.set({ siteSwitch: null });
      }
    },
    openOptions: () => client.openOptions(),
    addToDictionary: client.addToDictionary
      ? (finding) =>
          withField(async (_tab, field) => {
            const word = field.text.slice(finding.start, finding.end);
            const result = await client.addToDictionary?.(word);
            if (!result?.added) return `Not added: ${result?.reason ?? 'the dictionary could not be changed'}.`;
            return `Added "${word}" to the firm dictionary.`;
          })
      : undefined,
    dispose: unsubscribe,
  };
}
