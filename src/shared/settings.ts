/**
 * The one owner of the extension's settings in storage.
 *
 * Firm values live in storage.sync (one key per setting plus `settingsVersion`), the user's own
 * state in storage.local, and values an administrator pushes by enterprise policy come from
 * storage.managed (declared in public/managed_schema.json): they win over both and are reported as
 * `locked`. Every read is migrated and repaired (settings-schema.ts), so a corrupt or old stored
 * value falls back to defaults instead of breaking a page; every write is checked first and
 * refused whole when a field is invalid.
 */
import { browser } from './browser';
import {
  checkSettings,
  type ExtensionSettings,
  migrateSettings,
  SETTING_KEYS,
  SETTINGS_VERSION,
  type SettingKey,
  type SettingsProblem,
  type UserState,
  VERSION_KEY,
  validateSettings,
  validateUserState,
} from './settings-schema';

export * from './settings-schema';

export interface LoadedSettings {
  settings: ExtensionSettings;
  /** Keys set by enterprise policy: shown read-only, never written. */
  locked: SettingKey[];
}

/** The three storage areas, as far as this module uses them; tests pass fakes. */
export interface StorageArea {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface SettingsStorage {
  sync: StorageArea;
  local: StorageArea;
  /** Read-only; absent or throwing when the browser has no policy support (Firefox without policies.json). */
  managed?: Pick<StorageArea, 'get'>;
  onChanged?: {
    addListener(listener: (changes: Record<string, unknown>, areaName: string) => void): void;
    removeListener(listener: (changes: Record<string, unknown>, areaName: string) => void): void;
  };
}

const USER_STATE_KEY = 'userState';

function browserStorage(): SettingsStorage {
  return browser.storage as unknown as SettingsStorage;
}

let storageOverride: SettingsStorage | undefined;

/** For unit tests and for rendering pages outside the extension. */
export function setSettingsStorage(storage: SettingsStorage | undefined): void {
  storageOverride = storage;
  managedRead = null;
}

function storage(): SettingsStorage {
  return storageOverride ?? browserStorage();
}

/**
 * How long a read of storage.managed may take before settings go on without policy values.
 * Chromium answers it only once its policy store has started, which on a fresh Linux profile took
 * from 2.5 s to never (headless, no policy file): the checker must not wait for that.
 */
export const MANAGED_READ_TIMEOUT_MS = 1_000;

interface ManagedRead {
  values: Promise<Record<string, unknown>>;
  /** Some caller went on without this read's values: tell the listeners when they arrive. */
  late: boolean;
}

/** The read in progress: while the policy store starts, calls share it instead of piling up. */
let managedRead: ManagedRead | null = null;
const lateManagedListeners = new Set<() => void>();

/**
 * Calls back when policy values arrive after settings were loaded without them (see
 * MANAGED_READ_TIMEOUT_MS). Returns the unsubscribe.
 */
export function onLateManagedSettings(callback: () => void): () => void {
  lateManagedListeners.add(callback);
  return () => lateManagedListeners.delete(callback);
}

/** A storage.local key whose only job is to be changed when policy values arrive late. */
export const MANAGED_ARRIVED_KEY = 'managedSettingsArrivedAt';

/**
 * For the background: content scripts get their settings from it and reload them on any storage
 * change, so when policy values arrive late, a change to storage.local tells every page (and the
 * site-script registration) to ask again. Returns the unsubscribe.
 */
export function relayLateManagedSettings(): () => void {
  return onLateManagedSettings(() => {
    void storage()
      .local.set({ [MANAGED_ARRIVED_KEY]: Date.now() })
      .catch(() => undefined);
  });
}

function startManagedRead(area: Pick<StorageArea, 'get'>): ManagedRead {
  const read: ManagedRead = {
    values: area.get(null).then(
      (values) => values ?? {},
      // Chrome without a schema, or Firefox without policies.json: "Managed storage manifest not found".
      () => ({}),
    ),
    late: false,
  };
  void read.values.then((values) => {
    if (managedRead === read) managedRead = null;
    if (read.late && Object.keys(values).length > 0) for (const listener of lateManagedListeners) listener();
  });
  return read;
}

async function readManaged(area: SettingsStorage['managed']): Promise<Record<string, unknown>> {
  if (!area) return {};
  managedRead ??= startManagedRead(area);
  const read = managedRead;
  // Already waited out once and still not answered: no one else waits for it.
  if (read.late) return {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), MANAGED_READ_TIMEOUT_MS);
  });
  const values = await Promise.race([read.values, timedOut]);
  clearTimeout(timer);
  if (values !== null) return values;
  read.late = true;
  return {};
}

async function readSync(area: StorageArea): Promise<Record<string, unknown>> {
  try {
    return (await area.get(null)) ?? {};
  } catch {
    return {};
  }
}

/** Settings with policy applied. Never throws: any unreadable area counts as empty. */
export async function loadSettings(): Promise<LoadedSettings> {
  const areas = storage();
  const [stored, managedRaw] = await Promise.all([readSync(areas.sync), readManaged(areas.managed)]);
  const { settings } = validateSettings(migrateSettings(stored));
  // Only the keys the policy actually sets, and only when valid for their type.
  const managedKeys = Object.keys(managedRaw).filter((key): key is SettingKey =>
    (SETTING_KEYS as readonly string[]).includes(key),
  );
  const managed = validateSettings(managedRaw);
  const broken = new Set(managed.problems.map((problem) => problem.key.split('.')[0]));
  const locked: SettingKey[] = [];
  const writable = settings as unknown as Record<string, unknown>;
  for (const key of managedKeys) {
    if (broken.has(key) && key !== 'ruleSeverity') continue;
    writable[key] = managed.settings[key];
    locked.push(key);
  }
  return { settings, locked };
}

export interface SaveResult {
  /** Non-empty means nothing was written. */
  problems: SettingsProblem[];
  warnings: SettingsProblem[];
  /** The values written (normalized: domains lower case, phone numbers E.164, ...). */
  saved: Partial<ExtensionSettings>;
}

/**
 * Writes the given settings to storage.sync after checking them all; nothing is written when any
 * field is invalid. Keys locked by policy are refused with a problem, never written.
 */
export async function saveSettings(patch: Partial<ExtensionSettings>): Promise<SaveResult> {
  const { locked, settings: current } = await loadSettings();
  const problems: SettingsProblem[] = [];
  const unlocked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if ((locked as string[]).includes(key)) {
      problems.push({ key, message: 'Set by your organization; it cannot be changed here.' });
    } else {
      unlocked[key] = value;
    }
  }
  // Check with the current values around the patch, so the terms URL sees the firm domains.
  const context = { ...current, ...unlocked };
  const checked = checkSettings(context, { reportUnknownKeys: true });
  const relevant = (problem: SettingsProblem) => Object.hasOwn(unlocked, problem.key.split('.')[0] ?? '');
  // One push each: push(...list) passes every element as an argument, and an import can hold any number of keys.
  for (const problem of checked.problems) if (relevant(problem)) problems.push(problem);
  const warnings = checked.warnings.filter(relevant);
  if (problems.length > 0) return { problems, warnings, saved: {} };
  const saved: Record<string, unknown> = {};
  for (const key of Object.keys(unlocked)) saved[key] = checked.settings[key as SettingKey];
  await storage().sync.set({ ...saved, [VERSION_KEY]: SETTINGS_VERSION });
  return { problems: [], warnings, saved: saved as Partial<ExtensionSettings> };
}

/** Removes every firm setting from storage.sync (policy values stay: they are not ours to remove). */
export async function resetSettings(): Promise<void> {
  await storage().sync.remove([...SETTING_KEYS, VERSION_KEY, 'settings']);
}

/** The settings file an admin downloads: every current value, with the format version. */
export function exportSettings(settings: ExtensionSettings): string {
  return `${JSON.stringify({ [VERSION_KEY]: SETTINGS_VERSION, ...settings }, null, 2)}\n`;
}

export interface ImportResult {
  problems: SettingsProblem[];
  warnings: SettingsProblem[];
  imported: boolean;
}

/**
 * Replaces the firm settings with a file's content (keys the file leaves out take their
 * defaults). A file with any problem changes nothing and lists them all. Locked keys are skipped.
 */
export async function importSettings(fileText: string): Promise<ImportResult> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fileText);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { problems: [{ key: '', message: `The file is not valid JSON: ${detail}` }], warnings: [], imported: false };
  }
  if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
    const version = (parsed as Record<string, unknown>)[VERSION_KEY];
    if (typeof version === 'number' && version > SETTINGS_VERSION) {
      return {
        problems: [
          { key: VERSION_KEY, message: `The file was written by a newer version (${version}); update first.` },
        ],
        warnings: [],
        imported: false,
      };
    }
    parsed = migrateSettings(parsed as Record<string, unknown>);
  }
  const checked = checkSettings(parsed, { reportUnknownKeys: true });
  if (checked.problems.length > 0) return { problems: checked.problems, warnings: checked.warnings, imported: false };
  const { locked } = await loadSettings();
  const values: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) if (!locked.includes(key)) values[key] = checked.settings[key];
  await storage().sync.set({ ...values, [VERSION_KEY]: SETTINGS_VERSION });
  return { problems: [], warnings: checked.warnings, imported: true };
}

/**
 * Calls back with freshly loaded settings whenever sync, managed or local storage changes (local:
 * user state, so a page showing "enabled on this site" updates too). Returns the unsubscribe.
 */
export function onSettingsChanged(callback: (loaded: LoadedSettings) => void): () => void {
  const events = storage().onChanged;
  if (!events) return () => {};
  const listener = (_changes: Record<string, unknown>, areaName: string) => {
    if (areaName === 'sync' || areaName === 'managed' || areaName === 'local') {
      void loadSettings().then(callback);
    }
  };
  events.addListener(listener);
  const stopLate = onLateManagedSettings(() => void loadSettings().then(callback));
  return () => {
    events.removeListener(listener);
    stopLate();
  };
}

export async function loadUserState(): Promise<UserState> {
  try {
    const stored = await storage().local.get(USER_STATE_KEY);
    return validateUserState(stored[USER_STATE_KEY]);
  } catch {
    return validateUserState(undefined);
  }
}

/** Turns the checker on or off for one origin (from the popup's "Check messages on this site"). */
export async function setSiteEnabled(origin: string, enabled: boolean): Promise<void> {
  const state = await loadUserState();
  const others = state.enabledSites.filter((site) => site !== origin);
  const enabledSites = enabled ? [...others, origin] : others;
  await storage().local.set({ [USER_STATE_KEY]: validateUserState({ enabledSites }) });
}
