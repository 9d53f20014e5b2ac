/**
 * The one owner of the extension's settings in storage.
 *
 * Firm values live in storage.sync (one key per setting plus `settingsVersion`; a list too large
 * for one 8 KB item is split into parts, see sync-layout.ts), the user's own state in storage.local,
 * and values an administrator pushes by enterprise policy come from storage.managed (declared in
 * public/managed_schema.json): they win over both and are reported as `locked`. Every read is
 * migrated and repaired (settings-schema.ts), so a corrupt or old stored value falls back to
 * defaults instead of breaking a page; a read that fails keeps the last settings read, logs and
 * says so (`readError`, storageReadStatus). Every write is checked first and refused whole when a
 * field is invalid; what passes is written field by field within the sync quota, so a list too
 * large for it costs only itself. Writes run one at a time, across the extension's pages and its
 * service worker (a Web Lock), so two quick "Add to dictionary" clicks both land.
 */
import type { SeveritySetting } from '../rules';
import { browser } from './browser';
import {
  checkSettings,
  type ExtensionSettings,
  isSettingKey,
  migrateSettings,
  readStoredSettings,
  SETTING_KEYS,
  SETTINGS,
  SETTINGS_VERSION,
  type SettingKey,
  type SettingsProblem,
  settingsFromValues,
  type UserState,
  VERSION_KEY,
  validateUserState,
} from './settings-schema';
import {
  baseKeyOf,
  decodeSync,
  entryNouns,
  formatKilobytes,
  peakBytes,
  planWrite,
  type RefusedField,
  SYNC_QUOTA_BYTES,
  type SyncUsage,
  syncUsage,
  type WritePlan,
} from './sync-layout';

export * from './settings-schema';
export type { SyncUsage } from './sync-layout';

export interface LoadedSettings {
  settings: ExtensionSettings;
  /** Keys set by enterprise policy: shown read-only, never written. */
  locked: SettingKey[];
  /**
   * Set when storage.sync could not be read (or a list in it only in part): `settings` are then the
   * last ones read in this browser session, or the defaults when there are none.
   */
  readError?: string;
  /** What the stored settings take of storage.sync, when it could be read. */
  usage?: SyncUsage;
  /**
   * Values of enterprise policy that were refused (a javascript: terms URL, say), with why: they
   * are not used, and the options page and the popup say so. Absent when there are none.
   */
  policyProblems?: SettingsProblem[];
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
  /** Where the last settings read are kept across service-worker restarts (absent in tests). */
  session?: StorageArea;
  /** Read-only; absent or throwing when the browser has no policy support (Firefox without policies.json). */
  managed?: Pick<StorageArea, 'get'>;
  onChanged?: {
    addListener(listener: (changes: Record<string, unknown>, areaName: string) => void): void;
    removeListener(listener: (changes: Record<string, unknown>, areaName: string) => void): void;
  };
}

const USER_STATE_KEY = 'userState';

function browserStorage(): SettingsStorage {
  return browser.storage;
}

let storageOverride: SettingsStorage | undefined;

/** For unit tests and for rendering pages outside the extension. */
export function setSettingsStorage(storage: SettingsStorage | undefined): void {
  storageOverride = storage;
  managedRead = null;
  lastGoodSync = null;
  lastGoodCached = '';
  lastGoodUserState = null;
  readStatus = { settings: null, userState: null };
}

function storage(): SettingsStorage {
  return storageOverride ?? browserStorage();
}

// ---------------------------------------------------------------------------------------------
// Writes one at a time

/** The Web Lock every context of the extension (service worker, options, popup) takes to write. */
export const SETTINGS_WRITE_LOCK = 'sms-compliance-checker.settings-write';

let writeQueue: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` after every write started before it, in this context and (through a Web Lock, where
 * the browser has them) in the extension's other pages and its service worker: a read-modify-write
 * such as "Add to dictionary" never works on a value another write is replacing.
 */
export function serializeWrites<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  const run = (): Promise<T> => (locks ? locks.request(SETTINGS_WRITE_LOCK, () => task()) : task());
  const result = writeQueue.then(run, run);
  writeQueue = result.catch(() => undefined);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Read failures: logged, the last good values kept, and told

export interface StorageReadStatus {
  /** Why storage.sync (the firm settings) could not be read, or null. */
  settings: string | null;
  /** Why storage.local (the sites the user switched on) could not be read, or null. */
  userState: string | null;
}

let readStatus: StorageReadStatus = { settings: null, userState: null };
const readStatusListeners = new Set<(status: StorageReadStatus) => void>();

function setReadStatus(part: keyof StorageReadStatus, message: string | null): void {
  if (readStatus[part] === message) return;
  readStatus = { ...readStatus, [part]: message };
  for (const listener of readStatusListeners) listener(readStatus);
}

/** Whether the last reads of this context failed (the toolbar button and the popup say so). */
export function storageReadStatus(): StorageReadStatus {
  return readStatus;
}

/** Calls back when a read starts or stops failing. Returns the unsubscribe. */
export function onStorageReadStatus(callback: (status: StorageReadStatus) => void): () => void {
  readStatusListeners.add(callback);
  return () => readStatusListeners.delete(callback);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** storage.session key of the last firm settings read, for a service worker restarted meanwhile. */
const LAST_GOOD_KEY = 'lastGoodSyncSettings';
/** The last stored firm settings read whole (parts joined), in this context. */
let lastGoodSync: Record<string, unknown> | null = null;
let lastGoodCached = '';
let lastGoodUserState: UserState | null = null;

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

interface SyncRead {
  /** The stored settings, parts joined (pre-migration), or the last good ones when the read failed. */
  values: Record<string, unknown>;
  /** The area as read; null when the read failed. */
  raw: Record<string, unknown> | null;
  readError?: string;
}

/** "the firm dictionary", "the firm name": how messages name a setting. */
export function settingLabel(key: string): string {
  return isSettingKey(key) ? SETTINGS[key].noun : key;
}

async function lastGoodFromSession(areas: SettingsStorage): Promise<Record<string, unknown> | null> {
  try {
    const cached = (await areas.session?.get(LAST_GOOD_KEY))?.[LAST_GOOD_KEY];
    return typeof cached === 'object' && cached !== null && !Array.isArray(cached)
      ? (cached as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function rememberLastGood(areas: SettingsStorage, values: Record<string, unknown>): void {
  lastGoodSync = values;
  if (!areas.session) return;
  const json = JSON.stringify(values);
  if (json === lastGoodCached) return;
  lastGoodCached = json;
  void areas.session.set({ [LAST_GOOD_KEY]: values }).catch(() => undefined);
}

/**
 * Reads storage.sync and joins chunked lists. A failed read is logged and answered with the last
 * settings read (this context's, or the service worker session's); a list whose parts do not
 * match its header (half synced from another computer) keeps its last complete value.
 */
async function readSync(areas: SettingsStorage): Promise<SyncRead> {
  let raw: Record<string, unknown>;
  try {
    raw = (await areas.sync.get(null)) ?? {};
  } catch (error) {
    console.error('SMS Compliance Checker: the firm settings could not be read from storage.sync', error);
    const values = lastGoodSync ?? (await lastGoodFromSession(areas)) ?? {};
    const kept = Object.keys(values).length > 0 ? 'the last settings read are used' : 'the defaults are used';
    const readError = `Your firm's settings could not be read (${errorText(error)}); ${kept}.`;
    setReadStatus('settings', readError);
    return { values, raw: null, readError };
  }
  const { values, incomplete } = decodeSync(raw);
  let readError: string | undefined;
  if (incomplete.length > 0) {
    const previous = lastGoodSync ?? (await lastGoodFromSession(areas)) ?? {};
    for (const key of incomplete) if (Object.hasOwn(previous, key)) values[key] = previous[key];
    const names = incomplete.map(settingLabel).join(', ');
    readError = `Part of ${names} is missing from storage (still syncing from another computer?); its last complete copy is used.`;
    console.warn(`SMS Compliance Checker: ${readError}`);
  }
  setReadStatus('settings', readError ?? null);
  rememberLastGood(areas, values);
  return { values, raw, ...(readError ? { readError } : {}) };
}

interface LoadedWithRaw extends LoadedSettings {
  raw: Record<string, unknown> | null;
}

/**
 * Settings with policy applied. Never throws: an unreadable sync area gives the last settings read
 * (with `readError`), an unreadable policy area none.
 */
export async function loadSettings(): Promise<LoadedSettings> {
  const { raw: _raw, ...loaded } = await loadWithRaw();
  return loaded;
}

async function loadWithRaw(): Promise<LoadedWithRaw> {
  const areas = storage();
  const [read, managedRaw] = await Promise.all([readSync(areas), readManaged(areas.managed)]);
  const stored = readStoredSettings(migrateSettings(read.values));
  // Policy values go through the same checks as a save (an unsafe link or a list entry the options
  // page would refuse is reported, not used); only the keys the policy sets, and only when valid.
  const managed = checkSettings(managedRaw);
  const broken = new Set(managed.problems.map((problem) => problem.key.split('.')[0]));
  const locked = SETTING_KEYS.filter(
    (key) => Object.hasOwn(managedRaw, key) && (!broken.has(key) || key === 'ruleSeverity'),
  );
  const values: Partial<Record<SettingKey, ExtensionSettings[SettingKey]>> = { ...stored.settings };
  for (const key of locked) values[key] = managed.settings[key];
  const settings = settingsFromValues(values);
  return {
    settings,
    locked,
    raw: read.raw,
    ...(managed.problems.length > 0 ? { policyProblems: managed.problems } : {}),
    ...(read.readError ? { readError: read.readError } : {}),
    ...(read.raw ? { usage: syncUsage(read.raw) } : {}),
  };
}

export interface SaveResult {
  /**
   * Fields not written, with why. After an invalid field nothing is written (`saved` is empty);
   * after a storage refusal (a list too large for the space left, a failing write) only the fields
   * named here are left as they were and every other field of the save is in `saved`.
   */
  problems: SettingsProblem[];
  warnings: SettingsProblem[];
  /** The values written (normalized: domains lower case, phone numbers E.164, ...). */
  saved: Partial<ExtensionSettings>;
  /** The fields among `problems` refused for lack of room in sync storage. */
  full?: string[];
}

/** What a setting refused for lack of space is told. */
function refusalMessage(refused: RefusedField, value: unknown): string {
  if (refused.reason === 'entry-too-long') {
    const entry = refused.entry ?? '';
    return `Not saved: "${entry.slice(0, 40)}${entry.length > 40 ? '…' : ''}" is too long to store.`;
  }
  const free = Math.max(0, refused.freeBytes);
  const space = `it needs ${formatKilobytes(refused.needBytes)} and browser sync storage has ${formatKilobytes(free)} free for it (${formatKilobytes(SYNC_QUOTA_BYTES)} for all settings)`;
  if (!Array.isArray(value) || value.length === 0) return `Not saved: ${space}.`;
  const perEntry = refused.needBytes / value.length;
  const remove = Math.min(value.length, Math.ceil((refused.needBytes - free) / perEntry));
  const [, many] = entryNouns(refused.key);
  return `Not saved: ${space}. Remove about ${remove.toLocaleString('en-US')} ${many}.`;
}

interface WriteOutcome {
  written: string[];
  problems: SettingsProblem[];
  /** Refused for lack of room. */
  full: string[];
}

/**
 * Writes the plan: in one call when it can (one change event, one write operation of the sync
 * quota), else each field in a call of its own, so a refused write costs only its field. The parts
 * a list no longer uses are removed afterwards (before, when they would push the area over its
 * total meanwhile); until then they are never read, as no header names them.
 */
async function writePlanned(area: StorageArea, raw: Record<string, unknown>, plan: WritePlan): Promise<WriteOutcome> {
  const written: string[] = [];
  const problems: SettingsProblem[] = [];
  if (plan.fields.length === 0) return { written, problems, full: [] };
  const stale = plan.fields.flatMap((field) => field.stale);
  let staleRemoved = false;
  if (stale.length > 0 && peakBytes(raw, plan) > SYNC_QUOTA_BYTES) {
    try {
      await area.remove(stale);
      staleRemoved = true;
    } catch (error) {
      console.warn('SMS Compliance Checker: could not remove unused parts of a stored list', error);
    }
  }
  const all: Record<string, unknown> = { [VERSION_KEY]: SETTINGS_VERSION };
  for (const field of plan.fields) Object.assign(all, field.items);
  try {
    await area.set(all);
    for (const field of plan.fields) written.push(field.key);
  } catch (error) {
    console.error('SMS Compliance Checker: saving the settings failed; saving them one by one', error);
    for (const field of plan.fields) {
      try {
        await area.set({ ...field.items, [VERSION_KEY]: SETTINGS_VERSION });
        written.push(field.key);
      } catch (fieldError) {
        console.error(`SMS Compliance Checker: saving ${field.key} failed`, fieldError);
        problems.push({ key: field.key, message: `Not saved: browser storage refused it (${errorText(fieldError)}).` });
      }
    }
  }
  const unused = staleRemoved ? [] : plan.fields.filter((field) => written.includes(field.key)).flatMap((f) => f.stale);
  if (unused.length > 0) {
    try {
      await area.remove(unused);
    } catch (error) {
      console.warn('SMS Compliance Checker: could not remove unused parts of a stored list', error);
    }
  }
  return { written, problems, full: [] };
}

/** Plans and writes `values` (checked and normalized), keeping every field that fits. */
async function storeFields(raw: Record<string, unknown>, values: Record<string, unknown>): Promise<WriteOutcome> {
  const plan = planWrite(raw, values);
  const outcome = await writePlanned(storage().sync, raw, plan);
  for (const refused of plan.refused) {
    outcome.problems.push({ key: refused.key, message: refusalMessage(refused, values[refused.key]) });
    if (refused.reason === 'quota') outcome.full.push(refused.key);
  }
  return outcome;
}

function unreadableProblems(keys: readonly string[], readError: string | undefined): SettingsProblem[] {
  const why = readError ?? 'the stored settings could not be read';
  return keys.map((key) => ({ key, message: `Not saved: ${why.replace(/\.$/, '')}. Try again in a moment.` }));
}

/**
 * Writes the given settings to storage.sync after checking them all; nothing is written when any
 * field is invalid. Keys locked by policy are refused with a problem, never written. A field the
 * sync quota has no room for (or whose write fails) is refused on its own: the others are saved.
 */
export function saveSettings(patch: Partial<ExtensionSettings>): Promise<SaveResult> {
  return serializeWrites(() => saveUnlocked(patch));
}

async function saveUnlocked(patch: Partial<ExtensionSettings>): Promise<SaveResult> {
  const { locked, settings: current, raw, readError } = await loadWithRaw();
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
  // Without the area as it is, neither the quota nor the parts to replace are known: nothing is written.
  if (raw === null) return { problems: unreadableProblems(Object.keys(unlocked), readError), warnings, saved: {} };
  const values: Record<string, unknown> = {};
  for (const key of Object.keys(unlocked)) values[key] = checked.settings[key as SettingKey];
  const outcome = await storeFields(raw, values);
  const saved: Record<string, unknown> = {};
  for (const key of outcome.written) saved[key] = values[key];
  return {
    problems: outcome.problems,
    warnings,
    saved: saved as Partial<ExtensionSettings>,
    ...(outcome.full.length > 0 ? { full: outcome.full } : {}),
  };
}

/** Removes every firm setting from storage.sync (policy values stay: they are not ours to remove). */
export function resetSettings(): Promise<void> {
  return serializeWrites(async () => {
    const area = storage().sync;
    const keys = new Set<string>([...SETTING_KEYS, VERSION_KEY, 'settings']);
    try {
      // The parts of chunked lists too, and any a failed write left behind.
      for (const key of Object.keys((await area.get(null)) ?? {})) {
        if ((SETTING_KEYS as readonly string[]).includes(baseKeyOf(key))) keys.add(key);
      }
    } catch (error) {
      console.error('SMS Compliance Checker: could not list the stored settings; removing the known keys', error);
    }
    await area.remove([...keys]);
  });
}

export type AppendOutcome =
  | { outcome: 'added' | 'present' }
  | { outcome: 'locked' }
  /** `full`: no room left in sync storage for the list. */
  | { outcome: 'refused'; reason: string; full: boolean };

/**
 * Adds one entry to a stored list as one write among the others (see serializeWrites), reading the
 * list afresh first: of two quick "Add to dictionary" clicks, the second sees the first's word.
 * 'added' only when the entry is in what was written.
 */
export function appendToList(
  key: 'firmDictionary' | 'allowedTerms' | 'acronyms',
  entry: string,
): Promise<AppendOutcome> {
  return serializeWrites(async (): Promise<AppendOutcome> => {
    const { settings, locked, raw, readError } = await loadWithRaw();
    if (locked.includes(key)) return { outcome: 'locked' };
    if (raw === null) {
      return { outcome: 'refused', reason: unreadableProblems([key], readError)[0]?.message ?? '', full: false };
    }
    const lower = entry.toLowerCase();
    if (settings[key].some((existing) => existing.toLowerCase() === lower)) return { outcome: 'present' };
    const result = await saveUnlocked({ [key]: [...settings[key], entry] });
    const stored = result.saved[key];
    if (result.problems.length > 0 || !stored?.includes(entry)) {
      const reason = result.problems.map((problem) => problem.message).join(' ') || 'It was not stored.';
      return { outcome: 'refused', reason, full: result.full?.includes(key) ?? false };
    }
    return { outcome: 'added' };
  });
}

export type RuleSeverityOutcome = { outcome: 'saved' } | { outcome: 'locked' } | { outcome: 'refused'; reason: string };

/**
 * Sets one rule's severity as one write among the others, reading the current severities afresh
 * inside it: two quick "Turn off this check" clicks on different rules both stay off.
 */
export function setRuleSeverity(ruleId: string, severity: SeveritySetting): Promise<RuleSeverityOutcome> {
  return serializeWrites(async (): Promise<RuleSeverityOutcome> => {
    const { settings, locked } = await loadWithRaw();
    if (locked.includes('ruleSeverity')) return { outcome: 'locked' };
    const result = await saveUnlocked({ ruleSeverity: { ...settings.ruleSeverity, [ruleId]: severity } });
    if (result.problems.length > 0) {
      return { outcome: 'refused', reason: result.problems.map((problem) => problem.message).join(' ') };
    }
    return { outcome: 'saved' };
  });
}

/** The settings file an admin downloads: every current value, with the format version. */
export function exportSettings(settings: ExtensionSettings): string {
  return `${JSON.stringify({ [VERSION_KEY]: SETTINGS_VERSION, ...settings }, null, 2)}\n`;
}

export interface ImportResult {
  problems: SettingsProblem[];
  warnings: SettingsProblem[];
  /** Whether anything was written. */
  imported: boolean;
  /** Fields of a valid file left as they were: no room in sync storage, or a failed write. */
  notImported?: SettingsProblem[];
}

/**
 * Replaces the firm settings with a file's content (keys the file leaves out take their
 * defaults). A file with any problem changes nothing and lists them all. Locked keys are skipped.
 * A field sync storage has no room for is left as it was, and named; the others are imported.
 */
export function importSettings(fileText: string): Promise<ImportResult> {
  return serializeWrites(() => importUnlocked(fileText));
}

async function importUnlocked(fileText: string): Promise<ImportResult> {
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
  const { locked, raw, readError } = await loadWithRaw();
  const values: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) if (!locked.includes(key)) values[key] = checked.settings[key];
  if (raw === null) {
    return { problems: unreadableProblems([''], readError), warnings: checked.warnings, imported: false };
  }
  const outcome = await storeFields(raw, values);
  return {
    problems: [],
    warnings: checked.warnings,
    imported: outcome.written.length > 0,
    ...(outcome.problems.length > 0 ? { notImported: outcome.problems } : {}),
  };
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

async function readUserState(): Promise<{ state: UserState; error?: string }> {
  try {
    const stored = await storage().local.get(USER_STATE_KEY);
    const state = validateUserState(stored[USER_STATE_KEY]);
    lastGoodUserState = state;
    setReadStatus('userState', null);
    return { state };
  } catch (error) {
    console.error('SMS Compliance Checker: the sites switched on could not be read from storage.local', error);
    const kept = lastGoodUserState ? 'the last list read is used' : 'no site is switched on meanwhile';
    const message = `The sites you switched on could not be read (${errorText(error)}); ${kept}.`;
    setReadStatus('userState', message);
    return { state: lastGoodUserState ?? validateUserState(undefined), error: message };
  }
}

/**
 * The user's own state. Never throws: a failed read is logged, told through storageReadStatus, and
 * answered with the last state read in this context (none switched on when there is none).
 */
export async function loadUserState(): Promise<UserState> {
  return (await readUserState()).state;
}

/**
 * Turns the checker on or off for one origin (from the popup's "Check messages on this site").
 * Throws, changing nothing, when the stored sites cannot be read: writing a list built on a failed
 * read would switch every other site off.
 */
export function setSiteEnabled(origin: string, enabled: boolean): Promise<void> {
  return serializeWrites(async () => {
    const { state, error } = await readUserState();
    if (error) throw new Error(error);
    const others = state.enabledSites.filter((site) => site !== origin);
    const enabledSites = enabled ? [...others, origin] : others;
    await storage().local.set({ [USER_STATE_KEY]: validateUserState({ enabledSites }) });
  });
}
