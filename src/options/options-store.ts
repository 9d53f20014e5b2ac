/**
 * The options page's state: a draft of every field as typed, per-field errors and warnings,
 * and the actions (save, import, export, reset, check terms page, grant site access). Everything
 * outside comes through an OptionsClient, so the page renders and is tested with a mock.
 */

import type { SeveritySetting } from '../rules';
import { createStore, type Store } from '../shared/observable';
import type { ImportResult, LoadedSettings, SaveResult } from '../shared/settings';
import {
  checkField,
  defaultSettings,
  type ExtensionSettings,
  isListKey,
  isSettingKey,
  SETTING_KEYS,
  SETTINGS,
  type SettingKey,
  type SettingsProblem,
  type SettingValue,
  settingSpec,
  splitList,
  VERSION_KEY,
  validateSettings,
} from '../shared/settings-schema';
import {
  countEntries,
  entryNouns,
  formatKilobytes,
  itemBytes,
  SYNC_BUDGET_BYTES,
  SYNC_QUOTA_BYTES,
  type SyncUsage,
  settingCost,
} from '../shared/sync-layout';
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

/** What a list takes of browser sync storage, shown beside it, with a warning or error before it is full. */
export interface FieldUsage {
  entries: number;
  bytes: number;
  /** "5,000 words · 58 KB of browser sync storage (61 KB of 100 KB used by all settings)." */
  text: string;
  /** Over the limit: the save will keep this list as it was. */
  error?: string;
  warning?: string;
}

/** Above this share of the budget, the lists that grew say so. */
const USAGE_WARNING_SHARE = 0.9;

export interface OptionsState {
  loading: boolean;
  saved: ExtensionSettings;
  locked: SettingKey[];
  /** Values of enterprise policy that were refused, and why: not used, and said at the top of the page. */
  policyProblems: SettingsProblem[];
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
  /** Space used by each list as drafted. */
  usage: Partial<Record<SettingKey, FieldUsage>>;
  /** What storage.sync held at the last load (null when it could not be read). */
  storedUsage: SyncUsage | null;
  /** Why the stored settings could not be read (or only in part): shown at the top of the page. */
  readError: string | null;
  /** The import wrote the other fields: `importProblems` lists the ones it left as they were. */
  importPartial: boolean;
}

function draftValueOf(value: SettingValue): DraftValue {
  if (Array.isArray(value)) return value.join('\n');
  if (typeof value === 'number') return String(value);
  return typeof value === 'object' ? { ...value } : value;
}

export function toDraft(settings: ExtensionSettings): Draft {
  const draft: Partial<Draft> = {};
  for (const key of SETTING_KEYS) draft[key] = draftValueOf(settings[key]);
  // Every key was set just above.
  return draft as Draft;
}

/**
 * The draft value parsed into the setting's JSON type (lists split on lines, commas and
 * semicolons); text that is no whole number stays text, for the field check to refuse.
 */
export function fromDraft(key: SettingKey, value: DraftValue): unknown {
  const spec = settingSpec(key);
  switch (spec.kind) {
    case 'list':
      return splitList(String(value));
    case 'boolean':
      return value === true;
    case 'rule-severity':
      return typeof value === 'object' ? { ...value } : {};
    case 'integer': {
      const text = String(value).trim();
      return /^\d{1,9}$/.test(text) ? Number(text) : text;
    }
    default:
      return String(value).trim();
  }
}

/** The draft's values, each in its setting's JSON type where it parses. */
function draftValues(draft: Draft): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) values[key] = fromDraft(key, draft[key]);
  return values;
}

/** The draft as settings; a field whose text does not parse (a number field holding "abc") keeps its default. */
function draftSettings(draft: Draft): ExtensionSettings {
  return validateSettings(draftValues(draft), { checks: 'types' }).settings;
}

/** "the firm dictionary" for status messages. */
function fieldNoun(key: string): string {
  return isSettingKey(key) ? SETTINGS[key].noun : key;
}

function joinNouns(nouns: string[]): string {
  if (nouns.length <= 1) return nouns[0] ?? '';
  return `${nouns.slice(0, -1).join(', ')} and ${nouns.at(-1)}`;
}

/**
 * Computes what each field costs in storage.sync, memoized per field on the value's JSON: typing in
 * one list re-measures only that list (a 5,000-word dictionary takes a few milliseconds).
 */
function createUsageMeter() {
  const memo = new Map<string, { json: string; cost: { bytes: number; items: number } }>();
  return (key: SettingKey, value: unknown): number => {
    const json = JSON.stringify(value);
    const known = memo.get(key);
    if (known?.json === json) return known.cost.bytes;
    let cost: { bytes: number; items: number };
    try {
      cost = settingCost(key, value);
    } catch {
      // An entry too long for one storage item: the save says so; count it as what it is.
      cost = { bytes: itemBytes(key, value), items: 1 };
    }
    memo.set(key, { json, cost });
    return cost.bytes;
  };
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
    policyProblems: [],
    draft: toDraft(defaultSettings()),
    dirty: [],
    errors: {},
    warnings: {},
    status: null,
    importProblems: [],
    termsCheck: { running: false, result: null },
    missingAccess: [],
    busy: false,
    usage: {},
    storedUsage: null,
    readError: null,
    importPartial: false,
  });
  const measure = createUsageMeter();

  /**
   * What the draft would take of storage.sync, list by list and in all (locked keys and anything
   * else stored count at their stored size), with an error on the lists that grew when it would not
   * fit, and a warning when it nearly does not.
   */
  function measureUsage(settings: ExtensionSettings): Partial<Record<SettingKey, FieldUsage>> {
    const { locked, storedUsage, saved } = store.get();
    const stored = storedUsage?.bytesByKey ?? {};
    let total = 0;
    const bytes: Partial<Record<SettingKey, number>> = {};
    for (const [key, size] of Object.entries(stored)) {
      if (!(SETTING_KEYS as readonly string[]).includes(key) || locked.includes(key as SettingKey)) total += size;
    }
    if (stored[VERSION_KEY] === undefined) total += itemBytes(VERSION_KEY, 1);
    for (const key of SETTING_KEYS) {
      if (locked.includes(key)) continue;
      const size = measure(key, settings[key]);
      bytes[key] = size;
      total += size;
    }
    const lists = SETTING_KEYS.filter((key) => isListKey(key) && !locked.includes(key));
    const grew = lists.filter((key) => (bytes[key] ?? 0) > measure(key, saved[key]));
    const over = total > SYNC_BUDGET_BYTES;
    const near = total > SYNC_BUDGET_BYTES * USAGE_WARNING_SHARE;
    // Over the limit with no list grown (a policy or stored value took the room): the largest is named.
    const blamed =
      over && grew.length === 0 ? [...lists].sort((a, b) => (bytes[b] ?? 0) - (bytes[a] ?? 0)).slice(0, 1) : grew;
    const allUse = `${formatKilobytes(total)} of ${formatKilobytes(SYNC_QUOTA_BYTES)} used by all settings`;
    const usage: Partial<Record<SettingKey, FieldUsage>> = {};
    for (const key of lists) {
      const entries = (settings[key] as string[]).length;
      const size = bytes[key] ?? 0;
      if (entries === 0) continue;
      const field: FieldUsage = {
        entries,
        bytes: size,
        text: `${countEntries(key, entries)} · ${formatKilobytes(size)} of browser sync storage (${allUse}).`,
      };
      if (over && blamed.includes(key)) {
        const [, many] = entryNouns(key);
        const remove = Math.min(entries, Math.ceil((total - SYNC_BUDGET_BYTES) / (size / entries)));
        field.error = `Too large for browser sync storage, which holds ${formatKilobytes(SYNC_QUOTA_BYTES)} of settings in all: remove about ${remove.toLocaleString('en-US')} ${many}. Saving keeps this list as it was and saves the other fields.`;
      } else if (near && grew.includes(key)) {
        field.warning = `Browser sync storage is ${Math.round((total / SYNC_QUOTA_BYTES) * 100)}% full.`;
      }
      usage[key] = field;
    }
    return usage;
  }

  /** Errors and warnings for every field of a draft. */
  function validate(draft: Draft): Pick<OptionsState, 'errors' | 'warnings' | 'usage'> {
    const values = draftValues(draft);
    const settings = validateSettings(values, { checks: 'types' }).settings;
    const errors: Record<string, string> = {};
    const warnings: Record<string, string> = {};
    const { locked } = store.get();
    for (const key of SETTING_KEYS) {
      // A policy value is not ours to judge or to save.
      if (locked.includes(key)) continue;
      const check = checkField(key, values[key], settings);
      if (check.error) errors[key] = check.error;
      if (check.warning) warnings[key] = check.warning;
    }
    return { errors, warnings, usage: measureUsage(settings) };
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
    store.set({
      loading: false,
      saved: loaded.settings,
      locked: loaded.locked,
      policyProblems: loaded.policyProblems ?? [],
      draft,
      dirty,
      storedUsage: loaded.usage ?? null,
      readError: loaded.readError ?? null,
    });
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
      // Only what was edited: a field left alone is not rewritten (a list another page or "Add to
      // dictionary" changed meanwhile keeps that change).
      const patch: Record<string, unknown> = {};
      for (const key of state.dirty) if (!state.locked.includes(key)) patch[key] = settings[key];
      store.set({ busy: true });
      let result: SaveResult;
      try {
        result = await client.save(patch as Partial<ExtensionSettings>);
      } catch (error) {
        // Nothing is lost: the draft stays as typed.
        store.set({
          busy: false,
          status: { kind: 'error', text: `Not saved: ${error instanceof Error ? error.message : String(error)}` },
        });
        return;
      }
      if (result.problems.length > 0) {
        const serverErrors: Record<string, string> = {};
        for (const problem of result.problems) serverErrors[problem.key.split('.')[0] ?? ''] = problem.message;
        const failed = Object.keys(serverErrors).filter((key): key is SettingKey =>
          state.dirty.includes(key as SettingKey),
        );
        if (Object.keys(result.saved).length === 0) {
          const messages = new Set(result.problems.map((problem) => problem.message));
          const [only] = messages;
          store.set({
            busy: false,
            errors: { ...store.get().errors, ...serverErrors },
            status: {
              kind: 'error',
              text: messages.size === 1 && only?.startsWith('Not saved:') ? only : 'Not saved: fix the marked fields.',
            },
          });
          return;
        }
        // Saved in part: the refused fields keep their draft (and stay unsaved), the others are stored.
        store.set({ busy: false, dirty: failed });
        absorb(await client.load(), true);
        const nouns = failed.map(fieldNoun);
        store.set({
          errors: { ...store.get().errors, ...serverErrors },
          status: {
            kind: 'error',
            text: `Saved, except: ${joinNouns(nouns)} ${nouns.length === 1 ? 'was' : 'were'} not saved (see the message beside ${nouns.length === 1 ? 'it' : 'them'}).`,
          },
        });
        return;
      }
      store.set({ busy: false, dirty: [] });
      absorb(await client.load(), false);
      store.set({ status: { kind: 'success', text: 'Settings saved.' } });
    },
    async importFile(text) {
      store.set({ busy: true, importProblems: [], importPartial: false });
      let result: ImportResult;
      try {
        result = await client.importFile(text);
      } catch (error) {
        result = {
          problems: [{ key: '', message: error instanceof Error ? error.message : String(error) }],
          warnings: [],
          imported: false,
        };
      }
      if (!result.imported) {
        store.set({
          busy: false,
          importProblems: result.problems.length > 0 ? result.problems : (result.notImported ?? []),
          status: { kind: 'error', text: 'The file was not imported; nothing changed.' },
        });
        return;
      }
      store.set({ busy: false });
      absorb(await client.load(), false);
      const notImported = result.notImported ?? [];
      if (notImported.length > 0) {
        const nouns = notImported.map((problem) => fieldNoun(problem.key));
        store.set({
          importProblems: notImported,
          importPartial: true,
          status: { kind: 'error', text: `Settings imported, except ${joinNouns(nouns)} (kept as they were).` },
        });
        return;
      }
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
      const url = draftSettings(state.draft).termsUrl;
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
