/**
 * The popup's state and actions, independent of Preact and of the browser: everything outside
 * comes through a PopupClient, so the popup renders and is tested with a mock.
 */
import { type Finding, type Fix, fixAllSafe, safeFixesOf, safeLinkUrl } from '../rules';
import type { FieldState, TabInfo } from '../shared/field-protocol';
import { type MessageClient, MessageError, type TabProbe } from '../shared/messages';
import { createStore, type Store } from '../shared/observable';
import type { LoadedSettings } from '../shared/settings';
import {
  defaultSettings,
  type ExtensionSettings,
  originOf,
  type SettingKey,
  type SettingsProblem,
  type SiteEnabledBy,
  siteEnabledBy,
  type UserState,
} from '../shared/settings-schema';
import { type FrameAccess, unreachableOrigins } from './frame-access';

/** How long a diagnosis of a silent tab stands before the popup probes the tab again. */
const REPROBE_MS = 5_000;
/** How long the list of a tab's frames stands before the popup looks again (frames load late). */
const FRAMES_RECHECK_MS = 3_000;

/** What the popup's site switch did. */
export interface SiteSwitchResult {
  /** Switched (false: the permission was refused, or the change could not be stored). */
  done: boolean;
  /** What went wrong, in words for the user (when not done; or done, but the page could not be set up). */
  problem?: string;
}

/** Facts the popup gathers when a tab's checker does not answer (see diagnoseContent). */
export interface ContentFacts {
  /** Whether the extension holds host permission for the tab's site. */
  hostPermission: boolean;
  probe: TabProbe;
}

/** Why the checker on an enabled site does not answer the popup, each with its own message. */
export type ContentProblem =
  /** The browser holds no permission for the site (granted once, revoked since, or never granted). */
  | { kind: 'permission-missing' }
  /** The page was opened before this copy of the extension was updated or reloaded. */
  | { kind: 'extension-updated' }
  /** The page was opened before the checker was installed (or the site switched on): a reload starts it. */
  | { kind: 'reload-needed' }
  /** The browser does not let extensions run on this page (a store page, a PDF viewer...). */
  | { kind: 'cannot-run'; detail: string }
  /** The page is newer than the extension and scriptable, yet no checker answers. */
  | { kind: 'not-started' }
  /** The checker answered with an error. */
  | { kind: 'content-error'; detail: string };

/**
 * Tells the reasons apart: the checker's own error; else the permission, whether scripts run on the
 * page, and the page's age against the extension's start (older pages need a reload).
 */
export function diagnoseContent(error: unknown, facts: ContentFacts | null): ContentProblem {
  if (error instanceof MessageError && !error.message.endsWith('no receiver answered')) {
    return { kind: 'content-error', detail: error.message.slice(error.messageType.length + 2) };
  }
  if (facts === null) return { kind: 'not-started' };
  if (!facts.hostPermission) return { kind: 'permission-missing' };
  const { probe } = facts;
  if (!probe.scriptable) return { kind: 'cannot-run', detail: probe.error ?? 'the browser refused' };
  if (
    probe.loadedAt !== undefined &&
    probe.extensionStartedAt !== undefined &&
    probe.loadedAt < probe.extensionStartedAt
  ) {
    return probe.startReason === 'update' ? { kind: 'extension-updated' } : { kind: 'reload-needed' };
  }
  return { kind: 'not-started' };
}

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
   * `done` is false when the user declined or the change could not be stored. `frameOrigins`: the
   * page's frames to enable with it, asked for in the same permission request.
   */
  setSiteEnabled(origin: string, enabled: boolean, frameOrigins?: readonly string[]): Promise<SiteSwitchResult>;
  /** The tab's frames from other origins that could hold a composer (absent: frames are not looked at). */
  frameAccess?(tab: TabInfo): Promise<FrameAccess[]>;
  /** Enables frame origins (asks for their permission first: call straight from the click handler). */
  allowFrameOrigins?(origins: readonly string[], tab: TabInfo): Promise<SiteSwitchResult>;
  /** Facts for diagnoseContent, when the tab's checker did not answer (absent: "not running yet"). */
  contentFacts?(tab: TabInfo, enabledBy: SiteEnabledBy): Promise<ContentFacts>;
  /** Why the stored sites could not be read in this popup, if they could not (settings say it in `readError`). */
  userStateError?(): string | null;
  /** Reloads the tab (after an update, or a page opened before the checker). */
  reloadTab?(tabId: number): Promise<void>;
  copyText(text: string): Promise<void>;
  openOptions(): void;
  /** Calls back when settings change or the content script reports a field change. */
  subscribe(onChange: () => void): () => void;
  /** Adds a word to the firm dictionary (absent: the popup offers no "Add to dictionary"). */
  addToDictionary?(word: string): Promise<{ added: boolean; reason?: string }>;
  /** Turns a rule off for this user (absent: the popup offers no "Turn off this check"). */
  turnOffRule?(ruleId: string): Promise<{ turnedOff: boolean; reason?: string }>;
  /**
   * Corrections for a misspelt word, best first, from the spelling host (as the card asks them);
   * absent: the popup offers none. `language`: the finding's dictionary (English when absent).
   */
  suggestSpelling?(word: string, language?: 'en' | 'es'): Promise<string[]>;
}

/** The suggestions for one misspelt word: still coming, the host's answer, or none (the host failed). */
export type SpellingSuggestions = 'loading' | 'failed' | readonly string[];

/** The key of a word's suggestions: the same word in another dictionary gets other suggestions. */
export function spellingSuggestionKey(word: string, language: 'en' | 'es' | undefined): string {
  return `${language ?? 'en'}:${word}`;
}

/** A spelling finding as the content script sends it: its fixes are fetched when shown. */
export function awaitsSuggestions(finding: Finding): boolean {
  return finding.ruleId === 'spelling' && finding.fixes.length === 0;
}

export interface SafeFixPreview {
  before: string;
  after: string;
  fixes: Fix[];
  /** How many safe fixes of the report this applies (the popup's count). */
  count: number;
}

export interface PopupState {
  loading: boolean;
  tab: TabInfo | null;
  origin: string | null;
  enabledBy: SiteEnabledBy;
  settings: ExtensionSettings;
  locked: SettingKey[];
  /** Values of enterprise policy that were refused, and why (shown as a notice; not used). */
  policyProblems: SettingsProblem[];
  field: FieldState | null;
  /** Why the content script did not answer although the site is enabled; null when it answered. */
  contentProblem: ContentProblem | null;
  /** Why the stored settings or sites could not be read (the last ones read are in use), or null. */
  storageError: string | null;
  preview: SafeFixPreview | null;
  busy: boolean;
  /**
   * Where the user just put the site switch, shown until a refresh after it was saved: a refresh
   * that started before the click must not flip the switch back under the user's finger.
   */
  siteSwitch: boolean | null;
  /** Last action's outcome, announced in a live region. */
  notice: string;
  /** The tab's frames from other origins that could hold a composer, and whether the checker reaches them. */
  frames: FrameAccess[];
  /** The last fix the editor did not take: the fixed message to copy, until the field's text changes. */
  notAccepted: NotAcceptedFix | null;
  /** Suggestions for the spelling findings shown, by spellingSuggestionKey; kept while the popup is open. */
  spellingSuggestions: Readonly<Record<string, SpellingSuggestions>>;
}

/** A fix the page's editor did not take (it kept or put back its own text). */
export interface NotAcceptedFix {
  /** The whole message as the fix would have left it (the popup offers it to copy). */
  expected: string;
  /** Why, from the field's editing path. */
  reason: string;
  /** The field's text afterwards: the offer stands while the field still holds it. */
  fieldText: string;
  /** Whether the field holds the text from before the fix again. */
  restored: boolean;
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
  /** Copies the fixed message of a fix the editor did not take. */
  copyNotAcceptedFix(): Promise<void>;
  setFirstMessage(firstMessage: boolean): Promise<void>;
  setSiteEnabled(enabled: boolean): Promise<void>;
  /** Grants and enables the frames the checker cannot reach yet; undefined when the client cannot. */
  allowFrames?: () => Promise<void>;
  openOptions(): void;
  /** Adds the word a spelling finding flags to the firm dictionary; undefined when the client cannot. */
  addToDictionary?: (finding: Finding) => Promise<void>;
  /** "Ignore": the finding is not shown again in this message. */
  ignoreFinding(finding: Finding): Promise<void>;
  /** "Turn off this check" for this user; undefined when the client cannot. */
  turnOffRule?: (ruleId: string) => Promise<void>;
  /** Reloads the tab; undefined when the client cannot. */
  reloadTab?: () => Promise<void>;
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
    policyProblems: [],
    field: null,
    contentProblem: null,
    storageError: null,
    preview: null,
    busy: false,
    siteSwitch: null,
    notice: '',
    frames: [],
    notAccepted: null,
    spellingSuggestions: {},
  };
}

export function createPopupController(client: PopupClient): PopupController {
  const store = createStore(initialPopupState());

  /** The last problem found: the periodic refresh (every 800 ms) probes the tab again only now and then. */
  let lastProblem: { tabId: number; problem: ContentProblem; at: number } | null = null;

  async function readField(
    tab: TabInfo,
    enabledBy: SiteEnabledBy,
  ): Promise<{ field: FieldState | null; contentProblem: ContentProblem | null }> {
    try {
      const field = await client.content(tab.id).send('content/getFieldState');
      lastProblem = null;
      return { field, contentProblem: null };
    } catch (error) {
      if (
        lastProblem?.tabId === tab.id &&
        !(error instanceof MessageError) &&
        Date.now() - lastProblem.at < REPROBE_MS
      ) {
        return { field: null, contentProblem: lastProblem.problem };
      }
      let facts: ContentFacts | null = null;
      try {
        facts = (await client.contentFacts?.(tab, enabledBy)) ?? null;
      } catch {
        // Nothing more to tell: "not running yet".
      }
      const problem = diagnoseContent(error, facts);
      lastProblem = { tabId: tab.id, problem, at: Date.now() };
      return { field: null, contentProblem: problem };
    }
  }

  let framesSeen: { tabId: number; url: string; at: number; frames: FrameAccess[] } | null = null;

  /** The tab's frames, looked at again every few seconds (the refresh runs every 800 ms). */
  async function readFrames(tab: TabInfo): Promise<FrameAccess[]> {
    if (!client.frameAccess) return [];
    if (framesSeen?.tabId === tab.id && framesSeen.url === tab.url && Date.now() - framesSeen.at < FRAMES_RECHECK_MS) {
      return framesSeen.frames;
    }
    let frames: FrameAccess[] = [];
    try {
      frames = await client.frameAccess(tab);
    } catch {
      // A page the extension may not script: no frames to tell about.
    }
    framesSeen = { tabId: tab.id, url: tab.url, at: Date.now(), frames };
    return frames;
  }

  /** Asks the spelling host once per word for the spelling findings of `field` (as the card does when it shows one). */
  function requestSpellingSuggestions(field: FieldState | null): void {
    if (!field || !client.suggestSpelling) return;
    for (const finding of field.report.findings) {
      if (!awaitsSuggestions(finding)) continue;
      const word = field.text.slice(finding.start, finding.end);
      const key = spellingSuggestionKey(word, finding.language);
      if (store.get().spellingSuggestions[key] !== undefined) continue;
      const settle = (answer: SpellingSuggestions) =>
        store.set((state) => ({ spellingSuggestions: { ...state.spellingSuggestions, [key]: answer } }));
      settle('loading');
      // A host that fails (or throws at once) leaves the finding its "Add to dictionary", nothing broken.
      Promise.resolve()
        .then(() => client.suggestSpelling?.(word, finding.language) ?? [])
        .then(settle, () => settle('failed'));
    }
  }

  async function refresh(): Promise<void> {
    const [tab, loaded, user] = await Promise.all([client.targetTab(), client.loadSettings(), client.loadUserState()]);
    const origin = tab ? (originOf(tab.url) ?? null) : null;
    const enabledBy = tab && origin ? siteEnabledBy(tab.url, loaded.settings, user) : null;
    const { field, contentProblem } =
      tab && enabledBy ? await readField(tab, enabledBy) : { field: null, contentProblem: null };
    const storageError = loaded.readError ?? client.userStateError?.() ?? null;
    const frames = tab && origin ? await readFrames(tab) : [];
    store.set((state) => ({
      frames,
      loading: false,
      tab,
      origin,
      enabledBy,
      settings: loaded.settings,
      locked: loaded.locked,
      policyProblems: loaded.policyProblems ?? [],
      field,
      contentProblem,
      storageError,
      // A preview computed on other text is stale.
      preview: state.preview && field && state.preview.before === field.text ? state.preview : null,
      // Once the user pasted the fix (or typed), the offer to copy it has done its job.
      notAccepted: state.notAccepted && field && field.text === state.notAccepted.fieldText ? state.notAccepted : null,
    }));
    requestSpellingSuggestions(field);
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
    store.set({ notAccepted: null });
    await withField(async (tab, field) => {
      const result = await client
        .content(tab.id)
        .send('content/applyFixes', { fieldId: field.fieldId, fixes, basedOnText: field.text });
      // The editor kept (or put back) its own text, whether or not anything changed meanwhile: the
      // fixed message is offered to copy.
      if (result.notAccepted) {
        const reason = result.reason ?? 'The editor kept its own text.';
        const { expected, restored } = result.notAccepted;
        store.set({ notAccepted: { expected, reason, fieldText: result.text, restored } });
        return 'This editor did not accept the change: copy the fix and paste it.';
      }
      if (!result.applied) {
        // The reason is a sentence of its own: no second full stop after it.
        const reason = (result.reason ?? 'the message changed meanwhile').replace(/[.\s]+$/, '');
        return `Not applied: ${reason}. Try again.`;
      }
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
      // To the fixed point (a fix can leave or expose another), as the card and the CLI do; sent
      // as one fix of edits on the field's text, counted as the safe fixes the user was offered.
      const all = fixAllSafe(field.text, store.get().settings, { firstMessage: field.firstMessage });
      const combined: Fix = { label: 'Fix all safe issues', safe: true, edits: all.edits };
      store.set({
        preview: { before: field.text, after: all.text, fixes: [combined], count: fixes.length },
        notice: '',
      });
    },
    async confirmPreview() {
      const { preview } = store.get();
      if (!preview) return;
      store.set({ preview: null });
      await sendFixes(preview.fixes, `Applied ${preview.count} safe ${preview.count === 1 ? 'fix' : 'fixes'}.`);
    },
    cancelPreview: () => store.set({ preview: null }),
    insertTermsLink: () =>
      withField(async (tab, field) => {
        // Settings are checked when read; this is the last look before the link enters a message.
        const url = safeLinkUrl(store.get().settings.termsUrl, 'terms page');
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
      const url = safeLinkUrl(store.get().settings.termsUrl, 'terms page');
      if (!url) return;
      try {
        await client.copyText(url);
        store.set({ notice: 'Terms link copied.' });
      } catch {
        store.set({ notice: 'Could not copy; select the link and copy it by hand.' });
      }
    },
    async copyNotAcceptedFix() {
      const { notAccepted } = store.get();
      if (!notAccepted) return;
      try {
        await client.copyText(notAccepted.expected);
        store.set({ notice: 'Fixed message copied. Select the message in the editor and paste.' });
      } catch {
        store.set({ notice: 'Could not copy: select the fixed message above and copy it with Ctrl+C.' });
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
      let result: SiteSwitchResult;
      try {
        const frameOrigins = enabled ? unreachableOrigins(store.get().frames) : [];
        result = await (frameOrigins.length > 0
          ? client.setSiteEnabled(origin, enabled, frameOrigins)
          : client.setSiteEnabled(origin, enabled));
      } catch (error) {
        result = {
          done: false,
          problem: `That did not work: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
      const { done, problem } = result;
      const doneNotice = enabled ? `Checking messages on ${origin}.` : `No longer checking ${origin}.`;
      store.set({
        ...(done ? {} : { siteSwitch: null }),
        notice: done
          ? `${doneNotice}${problem ? ` ${problem}` : ''}`
          : (problem ??
            (enabled ? 'Permission was not granted; the site stays off.' : 'The site could not be switched off.')),
      });
      try {
        await refresh();
      } finally {
        store.set({ siteSwitch: null });
      }
    },
    allowFrames: client.allowFrameOrigins
      ? async () => {
          const { tab, frames } = store.get();
          const origins = unreachableOrigins(frames);
          if (!tab || origins.length === 0) return;
          // No await before this call: the permission prompt needs the click's user gesture.
          let result: SiteSwitchResult;
          try {
            result = (await client.allowFrameOrigins?.(origins, tab)) ?? { done: false };
          } catch (error) {
            result = {
              done: false,
              problem: `That did not work: ${error instanceof Error ? error.message : String(error)}`,
            };
          }
          framesSeen = null;
          store.set({
            notice: result.done
              ? `Checking messages in the frame${origins.length > 1 ? 's' : ''} from ${origins.join(', ')} too.${result.problem ? ` ${result.problem}` : ''}`
              : (result.problem ?? 'Permission was not granted; the frame is not checked.'),
          });
          await refresh();
        }
      : undefined,
    openOptions: () => client.openOptions(),
    ignoreFinding: (finding) =>
      withField(async (tab, field) => {
        const { ruleId, messageId, start, end } = finding;
        await client.content(tab.id).send('content/ignoreFinding', {
          fieldId: field.fieldId,
          finding: { ruleId, messageId, start, end },
          basedOnText: field.text,
        });
        return 'Ignored in this message.';
      }),
    turnOffRule: client.turnOffRule
      ? (ruleId) =>
          withField(async () => {
            const result = await client.turnOffRule?.(ruleId);
            if (!result?.turnedOff) return `Not turned off: ${result?.reason ?? 'the settings could not be changed'}`;
            return `Check turned off: ${ruleId}. Turn it back on in the options.`;
          })
      : undefined,
    addToDictionary: client.addToDictionary
      ? (finding) =>
          withField(async (_tab, field) => {
            const word = field.text.slice(finding.start, finding.end);
            const result = await client.addToDictionary?.(word);
            if (!result?.added) return `Not added: ${result?.reason ?? 'the dictionary could not be changed'}.`;
            return `Added "${word}" to the firm dictionary.`;
          })
      : undefined,
    reloadTab: client.reloadTab
      ? async () => {
          const { tab } = store.get();
          if (!tab) return;
          lastProblem = null;
          try {
            await client.reloadTab?.(tab.id);
            store.set({ notice: 'Reloading the page…' });
          } catch (error) {
            store.set({
              notice: `Could not reload the page: ${error instanceof Error ? error.message : String(error)}`,
            });
          }
        }
      : undefined,
    dispose: unsubscribe,
  };
}
