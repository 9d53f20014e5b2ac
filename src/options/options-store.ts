/**
 * The options page's state: a draft of every field as typed, per-field errors and warnings,
 * and the actions (save, import, export, reset, check terms page, grant site access). Everything
 * outside comes through an OptionsClient, so the page renders and is tested with a mock.
 */

import { createStore, type Store } from '../popup/observable';
import type { SeveritySetting } from '../rules';
import type { ImportResult, LoadedSettings, SaveResult } from '../shared/settings';
import {
  checkField,
  defaultSettings,
  type ExtensionSettings,
  isListKey,
  SETTING_KEYS,
  type SettingKey,
  type SettingsProblem,
  splitList,
} from '../shared/settings-schema';
import type { TermsPageCheck } from './terms-check';

export interface OptionsClient {
  load(): Promise<LoadedSettings>;
  save(patch: Partial<ExtensionSettings>): Promise<SaveResult>;
  importFile(text: string): Promise<ImportResult>;
  reset(): Promise<void>;
  /** Offers the settings as a file download. */
  download(fileName: string, text: string): void;
  subscribe(onChange: (loaded: LoadedSettings) => void): () => void;
  /** Must run straight from the click: asks for the URL's origin permission, then fetches it. */
  checkTermsPage(url: string): Promise<TermsPageCheck>;
  /** The patterns among `patterns` the extension may not yet run on. */
  missingSiteAccess(patterns: string[]): Promise<string[]>;
  /** Must run straight from the click (permission prompt). */
  requestSiteAccess(patterns: string[]): Promise<boolean>;
  confirm(question: string): boolean;
  exportText(settings: ExtensionSettings): string;
}

/** A field's value as the form holds it: text for strings and lists (one item per line). */
export type DraftValue = string | boolean | Record<string, SeveritySetting>;
export type Draft = Record<SettingKey, DraftValue>;

export interface OptionsState {
  loading: boolean;
  saved: ExtensionSettings;
  locked: SettingKey[];
  draft: Draft;
  /** Keys edited since the last save or load; live updates from other pages leave them alone. */
  dirty: SettingKey[];
  errors: Partial<Record<string, string>>;
  warnings: Partial<Record<string, string>>;
  /** Outcome of the last save/import/reset, announced in a live region. */
  status: { kind: 'success' | 'error' | 'info'; text: string } | null;
  importProblems: SettingsProblem[];
  termsCheck: { running: boolean; result: TermsPageCheck | null };
  missingAccess: string[];
  busy: boolean;
}

export function toDraft(settings: ExtensionSettings): Draft {
  const draft = {} as Record<SettingKey, DraftValue>;
  for (const key of SETTING_KEYS) {
    const value = settings[key];
    draft[key] = Array.isArray(value) ? value.join('\n') : typeof value === 'object' ? { ...value } : value;
  }
  return draft;
}

/** The draft value parsed into the settings type (lists split on lines, commas and semicolons). */
export function fromDraft(key: SettingKey, value: DraftValue): ExtensionSettings[SettingKey] {
  if (isListKey(key)) return splitList(String(value));
  if (key === 'smartEncoding') return value === true;
  if (key === 'ruleSeverity') return { ...(value as Record<string, SeveritySetting>) };
  return String(value).trim();
}

function draftSettings(draft: Draft): ExtensionSettings {
  const settings = defaultSettings() as unknown as Record<string, unknown>;
  for (const key of SETTING_KEYS) settings[key] = fromDraft(key, draft[key]);
  return settings as unknown as ExtensionSettings;
}

export interface OptionsController {
  store: Store<OptionsState>;
  load(): Promise<void>;
  edit(key: SettingKey, value: DraftValue): void;
  setRuleSeverity(ruleId: string, severity: SeveritySetting | 'default'): void;
  save(): Promise<void>;
  importFile(text: string): Promise<void>;
  exportFile(): void;
  reset(): Promise<void>;
  checkTermsPage(): Promise<void>;
  grantSiteAccess(): Promise<void>;
  dispose(): void;
}

export function createOptionsController(client: OptionsClient): OptionsController {
  const store = createStore<OptionsState>({
    loading: true,
    saved: defaultSettings(),
    locked: [],
    draft: toDraft(defaultSettings()),
    dirty: [],
    errors: {},
    warnings: {},
    status: null,
    importProblems: [],
    termsCheck: { running: false, result: null },
    missingAccess: [],
    busy: false,
  });

  /** Errors and warnings for every field of a draft. */
  function validate(draft: Draft): Pick<OptionsState, 'errors' | 'warnings'> {
    const settings = draftSettings(draft);
    const errors: Record<string, string> = {};
    const warnings: Record<string, string> = {};
    const { locked } = store.get();
    for (const key of SETTING_KEYS) {
      // A policy value is not ours to judge or to save.
      if (locked.includes(key)) continue;
      const check = checkField(key, settings[key], settings);
      if (check.error) errors[key] = check.error;
      if (check.warning) warnings[key] = check.warning;
    }
    return { errors, warnings };
  }

  async function refreshAccess(patterns: string[]): Promise<void> {
    try {
      store.set({ missingAccess: await client.missingSiteAccess(patterns) });
    } catch {
      store.set({ missingAccess: [] });
    }
  }

  /** Takes in stored settings; keys being edited keep their draft unless policy locks them. */
  function absorb(loaded: LoadedSettings, keepDirty: boolean): void {
    const state = store.get();
    const incoming = toDraft(loaded.settings);
    const draft = { ...state.draft };
    const dirty = keepDirty ? state.dirty.filter((key) => !loaded.locked.includes(key)) : [];
    for (const key of SETTING_KEYS) if (!dirty.includes(key)) draft[key] = incoming[key];
    store.set({ loading: false, saved: loaded.settings, locked: loaded.locked, draft, dirty });
    store.set(validate(draft));
    void refreshAccess(loaded.settings.portalSites);
  }

  const unsubscribe = client.subscribe((loaded) => absorb(loaded, true));

  function edit(key: SettingKey, value: DraftValue): void {
    const state = store.get();
    if (state.locked.includes(key)) return;
    const draft = { ...state.draft, [key]: value };
    const dirty = state.dirty.includes(key) ? state.dirty : [...state.dirty, key];
    store.set({ draft, dirty, status: null, ...validate(draft) });
  }

  return {
    store,
    async load() {
      // Anything typed while the settings were loading (the policy store can be slow to answer) is kept.
      absorb(await client.load(), true);
    },
    edit,
    setRuleSeverity(ruleId, severity) {
      const current = { ...(store.get().draft.ruleSeverity as Record<string, SeveritySetting>) };
      if (severity === 'default') delete current[ruleId];
      else current[ruleId] = severity;
      edit('ruleSeverity', current);
    },
    async save() {
      const state = store.get();
      const { errors, warnings } = validate(state.draft);
      const invalid = Object.keys(errors).length;
      if (invalid > 0) {
        store.set({
          errors,
          warnings,
          status: {
            kind: 'error',
            text: `Not saved: ${invalid === 1 ? 'one field needs' : `${invalid} fields need`} attention.`,
          },
        });
        return;
      }
      const settings = draftSettings(state.draft);
      const patch: Record<string, unknown> = {};
      for (const key of SETTING_KEYS) if (!state.locked.includes(key)) patch[key] = settings[key];
      store.set({ busy: true });
      const result = await client.save(patch as Partial<ExtensionSettings>);
      if (result.problems.length > 0) {
        const serverErrors: Record<string, string> = {};
        for (const problem of result.problems) serverErrors[problem.key.split('.')[0] ?? ''] = problem.message;
        store.set({
          busy: false,
          errors: serverErrors,
          status: { kind: 'error', text: 'Not saved: fix the marked fields.' },
        });
        return;
      }
      store.set({ busy: false, dirty: [] });
      absorb(await client.load(), false);
      store.set({ status: { kind: 'success', text: 'Settings saved.' } });
    },
    async importFile(text) {
      store.set({ busy: true, importProblems: [] });
      const result = await client.importFile(text);
      if (!result.imported) {
        store.set({
          busy: false,
          importProblems: result.problems,
          status: { kind: 'error', text: 'The file was not imported; nothing changed.' },
        });
        return;
      }
      store.set({ busy: false });
      absorb(await client.load(), false);
      store.set({ status: { kind: 'success', text: 'Settings imported.' } });
    },
    exportFile() {
      client.download('sms-compliance-settings.json', client.exportText(store.get().saved));
    },
    async reset() {
      if (!client.confirm('Reset all firm settings to their defaults? This cannot be undone.')) return;
      store.set({ busy: true });
      await client.reset();
      store.set({ busy: false });
      absorb(await client.load(), false);
      store.set({ status: { kind: 'success', text: 'Settings reset to defaults.' } });
    },
    async checkTermsPage() {
      const state = store.get();
      const url = String(fromDraft('termsUrl', state.draft.termsUrl));
      if (!url || state.errors.termsUrl) {
        store.set({ status: { kind: 'error', text: 'Enter a valid https terms URL first.' } });
        return;
      }
      store.set({ termsCheck: { running: true, result: null } });
      const result = await client.checkTermsPage(url);
      store.set({ termsCheck: { running: false, result } });
    },
    async grantSiteAccess() {
      const { missingAccess, saved } = store.get();
      if (missingAccess.length === 0) return;
      const granted = await client.requestSiteAccess(missingAccess);
      await refreshAccess(saved.portalSites);
      store.set({
        status: granted
          ? { kind: 'success', text: 'Access granted to the portal sites.' }
          : { kind: 'error', text: 'Access was not granted.' },
      });
    },
    dispose: unsubscribe,
  };
}
