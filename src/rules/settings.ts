import type { SeveritySetting } from './types';

/*
 * THE SETTINGS TABLE: every setting of the checker, once. The types below (FirmSettings, the
 * extension's ExtensionSettings), the defaults, the one validator (settings-validation.ts), the
 * options page's fields, the enterprise-policy schema (public/managed_schema.json) and the
 * settings table of docs/admin.md are all derived from it (`npm run gen:settings` writes the two
 * files; a unit test fails when they differ from what this table gives).
 *
 * Adding a setting is one entry here (and, when the rules read it, the rule that does).
 */

/** 'firm': the rules read it (the CLI's --config takes it too); 'extension': only the extension uses it. */
export type SettingScope = 'firm' | 'extension';

/**
 * What the options page, the import and the CLI check beyond the JSON type (settings-validation.ts
 * `checkField`), each normalizing what it accepts.
 */
export type FieldCheckSpec =
  /** Trimmed, at most `maxLength` characters; `what` names it in the message. */
  | { readonly kind: 'name'; readonly what: string; readonly maxLength: number }
  /** A safe https address (rules/link-safety.ts); `onFirmDomain`: warn when it is off the firm domains. */
  | { readonly kind: 'https-url'; readonly page: string; readonly onFirmDomain: boolean }
  /** Host names, stored lower case, without repeats. */
  | { readonly kind: 'host-list' }
  /** Phone numbers in any notation, stored in E.164. */
  | { readonly kind: 'phone-list' }
  /** Sites as match patterns ("portal.example.com" -> "https://portal.example.com/*"). */
  | { readonly kind: 'site-patterns' }
  /** Words or phrases of at most 100 characters; `oneWord`: no spaces inside. `entry` names one in messages. */
  | { readonly kind: 'word-list'; readonly entry: string; readonly oneWord: boolean }
  /** Empty, or one merge field as templates write it ({{firm.terms_url}}, %TERMS%...). */
  | { readonly kind: 'merge-field' };

interface SettingBase {
  readonly scope: SettingScope;
  /** The options page's label and the policy schema's title. */
  readonly label: string;
  /** The line under the field in the options page. */
  readonly help: string;
  /** What the setting means: docs/admin.md's "Meaning" and the policy schema's description (`code` in backticks). */
  readonly meaning: string;
  /** docs/admin.md's "Checked when saved" ('' when only the type is). */
  readonly checkedWhenSaved: string;
  /** How status messages name it: "the firm name". */
  readonly noun: string;
  /** Where the options page shows it; absent for ruleSeverity, which has a table of its own. */
  readonly form?: { readonly group: string; readonly placeholder?: string };
  readonly check?: FieldCheckSpec;
}

export interface StringSettingSpec extends SettingBase {
  readonly kind: 'string';
  readonly default: string;
}

export interface ListSettingSpec extends SettingBase {
  readonly kind: 'list';
  /** A list's default is always empty. */
  readonly default: readonly [];
  /** "1 word", "5,000 words": how the options page counts its entries. */
  readonly entries: readonly [one: string, many: string];
}

export interface BooleanSettingSpec extends SettingBase {
  readonly kind: 'boolean';
  readonly default: boolean;
}

export interface ChoiceSettingSpec extends SettingBase {
  readonly kind: 'choice';
  /** The values and how the options page's select reads each. */
  readonly choices: readonly (readonly [value: string, text: string])[];
  readonly default: string;
}

export interface IntegerSettingSpec extends SettingBase {
  readonly kind: 'integer';
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

export interface RuleSeveritySettingSpec extends SettingBase {
  readonly kind: 'rule-severity';
  readonly default: Readonly<Record<string, never>>;
}

export type SettingSpec =
  | StringSettingSpec
  | ListSettingSpec
  | BooleanSettingSpec
  | ChoiceSettingSpec
  | IntegerSettingSpec
  | RuleSeveritySettingSpec;

export const SETTINGS = {
  firmName: {
    kind: 'string',
    scope: 'firm',
    default: '',
    label: 'Firm name',
    help: 'The name clients know you by.',
    meaning: 'The name clients know the firm by, e.g. `Hartwell & Diaz`. First messages must contain it.',
    checkedWhenSaved: 'at most 100 characters',
    noun: 'the firm name',
    form: { group: 'Your firm', placeholder: 'Hartwell & Diaz' },
    check: { kind: 'name', what: 'firm name', maxLength: 100 },
  },
  firmNameAliases: {
    kind: 'list',
    scope: 'firm',
    default: [],
    entries: ['name', 'names'],
    label: 'Other names of the firm',
    help: 'One per line. Any of these identifies the sender.',
    meaning: 'Other names that identify the sender (`Hartwell Diaz LLP`, `HD Law`).',
    checkedWhenSaved: '',
    noun: 'the other names of the firm',
    form: { group: 'Your firm', placeholder: 'Hartwell Diaz LLP' },
    check: { kind: 'word-list', entry: 'firm names', oneWord: false },
  },
  termsUrl: {
    kind: 'string',
    scope: 'firm',
    default: '',
    label: 'Messaging terms URL',
    help: 'Your public page on text messages and consent; linked in every first message. https, on a firm domain.',
    meaning: "The public page on the firm's texting terms and consent, linked in every first message.",
    checkedWhenSaved: '`https://`, a real host, not a link shortener; a warning if not on a firm domain',
    noun: 'the terms URL',
    form: { group: 'Links', placeholder: 'https://hartwelldiaz.com/text-terms' },
    check: { kind: 'https-url', page: 'terms page', onFirmDomain: true },
  },
  privacyUrl: {
    kind: 'string',
    scope: 'extension',
    default: '',
    label: 'Privacy policy URL',
    help: 'Your public privacy policy (https).',
    meaning: "The firm's public privacy policy.",
    checkedWhenSaved: '`https://`, not a link shortener',
    noun: 'the privacy policy URL',
    form: { group: 'Links', placeholder: 'https://hartwelldiaz.com/privacy' },
    check: { kind: 'https-url', page: 'privacy page', onFirmDomain: false },
  },
  firmDomains: {
    kind: 'list',
    scope: 'firm',
    default: [],
    entries: ['domain', 'domains'],
    label: 'Firm domains',
    help: 'One per line. Links on these domains and their subdomains are trusted.',
    meaning: 'Domains the firm controls. Links on them and their subdomains are trusted.',
    checkedWhenSaved: 'host names; stored lower case',
    noun: 'the firm domains',
    form: { group: 'Domains and numbers', placeholder: 'hartwelldiaz.com' },
    check: { kind: 'host-list' },
  },
  approvedDomains: {
    kind: 'list',
    scope: 'firm',
    default: [],
    entries: ['domain', 'domains'],
    label: 'Approved third-party domains',
    help: "One per line. Other sites you link to on purpose, such as a court's e-filing site.",
    meaning: "Other domains the firm links to on purpose, e.g. a court's e-filing site.",
    checkedWhenSaved: 'host names',
    noun: 'the approved domains',
    form: { group: 'Domains and numbers', placeholder: 'efile.courts.ca.gov' },
    check: { kind: 'host-list' },
  },
  firmPhoneNumbers: {
    kind: 'list',
    scope: 'firm',
    default: [],
    entries: ['number', 'numbers'],
    label: 'Firm phone numbers',
    help: 'One per line, any notation; stored as +1 format.',
    meaning: "The firm's own numbers, any notation.",
    checkedWhenSaved: 'stored in E.164 (`+14155550134`)',
    noun: 'the firm phone numbers',
    form: { group: 'Domains and numbers', placeholder: '(415) 555-0134' },
    check: { kind: 'phone-list' },
  },
  portalSites: {
    kind: 'list',
    scope: 'extension',
    default: [],
    entries: ['site', 'sites'],
    label: 'Portal sites',
    help: 'One per line: an address or a match pattern, e.g. https://portal.hartwelldiaz.com or https://*.clio.com/*.',
    meaning:
      'Where the checker runs: addresses (`https://portal.hartwelldiaz.com`) or match patterns (`https://*.clio.com/*`).',
    checkedWhenSaved: 'valid match patterns; `<all_urls>` is refused',
    noun: 'the portal sites',
    form: { group: 'Where the checker runs', placeholder: 'https://portal.hartwelldiaz.com' },
    check: { kind: 'site-patterns' },
  },
  allowedTerms: {
    kind: 'list',
    scope: 'firm',
    default: [],
    entries: ['term', 'terms'],
    label: 'Allowed terms',
    help: 'One per line. Words and phrases your practice uses legitimately that content rules must not flag.',
    meaning: 'Words and phrases the practice uses legitimately that content rules must not flag (`medical bills`).',
    checkedWhenSaved: '',
    noun: 'the allowed terms',
    form: { group: 'Words', placeholder: 'medical bills' },
    check: { kind: 'word-list', entry: 'allowed terms', oneWord: false },
  },
  acronyms: {
    kind: 'list',
    scope: 'firm',
    default: [],
    entries: ['acronym', 'acronyms'],
    label: 'Acronyms',
    help: 'One per line. Capitalized words that are not shouting (added to the built-in legal list).',
    meaning: 'Capitalized words that are not shouting, added to the built-in legal list (`QDRO`).',
    checkedWhenSaved: 'one word each',
    noun: 'the acronyms',
    form: { group: 'Words', placeholder: 'QDRO' },
    check: { kind: 'word-list', entry: 'acronym', oneWord: true },
  },
  firmDictionary: {
    kind: 'list',
    scope: 'firm',
    default: [],
    entries: ['word', 'words'],
    label: 'Firm dictionary',
    help: 'One word per line: names and places spelled your way.',
    meaning:
      'Names and places spelled the firm\'s way, which the spelling check accepts ("Add to dictionary" adds here).',
    checkedWhenSaved: 'one word each',
    noun: 'the firm dictionary',
    form: { group: 'Words', placeholder: 'Hartwell' },
    check: { kind: 'word-list', entry: 'word', oneWord: true },
  },
  smartEncoding: {
    kind: 'boolean',
    scope: 'firm',
    default: false,
    label: 'Smart encoding is on in our messaging service',
    help: 'Twilio can replace curly quotes, dashes and similar characters itself; then they are not flagged.',
    meaning:
      "The firm's Twilio messaging service has Smart Encoding on, so curly quotes and dashes are converted and not flagged.",
    checkedWhenSaved: '',
    noun: 'the smart encoding setting',
    form: { group: 'Encoding' },
  },
  language: {
    kind: 'choice',
    scope: 'firm',
    default: 'auto',
    choices: [
      ['auto', 'Detect per message'],
      ['en', 'English'],
      ['es', 'Spanish'],
    ],
    label: 'Language of your messages',
    help: 'English or Spanish is detected per message (and per sentence); choose one if all your messages are in it.',
    meaning:
      'The language of the firm\'s messages: `"auto"` (English or Spanish, detected per message and sentence), `"en"` or `"es"`.',
    checkedWhenSaved: 'one of the three',
    noun: 'the message language',
    form: { group: 'Language' },
  },
  placeholderLength: {
    kind: 'integer',
    scope: 'firm',
    default: 12,
    min: 1,
    max: 200,
    label: 'Merge field length',
    help: "Characters a merge field such as {{client.first_name}} is counted as when estimating a template's length.",
    meaning:
      'Characters a merge field (`{{client.first_name}}`) is counted as when estimating how many segments a template needs once filled in.',
    checkedWhenSaved: 'a whole number from 1 to 200',
    noun: 'the merge field length',
    form: { group: 'Templates', placeholder: '12' },
  },
  termsPlaceholder: {
    kind: 'string',
    scope: 'firm',
    default: '',
    label: 'Terms link merge field',
    help: 'The merge field your templates use for the terms link; a first-message template containing it has its terms link.',
    meaning:
      'The merge field that stands for the terms link in templates (`{{firm.terms_url}}`): a first message containing it needs no other terms link.',
    checkedWhenSaved:
      // biome-ignore lint/suspicious/noTemplateCurlyInString: ${...} is a merge-field syntax named here, not a JS template.
      'empty, or one merge field (`{{...}}`, `{...}`, `[...]`, `%...%`, `<<...>>`, `${...}`, `*|...|*`, `{!...}`)',
    noun: 'the terms link merge field',
    form: { group: 'Templates', placeholder: '{{firm.terms_url}}' },
    check: { kind: 'merge-field' },
  },
  ruleSeverity: {
    kind: 'rule-severity',
    scope: 'firm',
    default: {},
    label: 'Rule severity overrides',
    help: 'How seriously each check counts.',
    meaning:
      'Per-rule severity, keyed by rule id: `"error"`, `"warning"`, `"info"` or `"off"`. Rule ids are listed in the options page\'s rule table.',
    checkedWhenSaved: 'known rule ids only',
    noun: 'the rule severities',
  },
} as const satisfies Record<string, SettingSpec>;

type Table = typeof SETTINGS;

/** The value type a table entry stands for. */
type ValueOf<Spec> = Spec extends { readonly kind: 'list' }
  ? string[]
  : Spec extends { readonly kind: 'boolean' }
    ? boolean
    : Spec extends { readonly kind: 'integer' }
      ? number
      : Spec extends { readonly kind: 'rule-severity' }
        ? Record<string, SeveritySetting>
        : Spec extends { readonly kind: 'choice'; readonly choices: readonly (readonly [infer Value, string])[] }
          ? Value
          : string;

export type SettingKey = keyof Table;
export type FirmSettingKey = { [K in SettingKey]: Table[K]['scope'] extends 'firm' ? K : never }[SettingKey];

/** Every setting the extension stores (firm settings plus the extension's own), as the table types them. */
export type ExtensionSettings = { -readonly [K in SettingKey]: ValueOf<Table[K]> };

/**
 * The firm's settings as the rules see them (the CLI reads them from its --config file; the
 * extension passes its firm-scope settings). Every field has a default so that lint() works
 * before an admin has configured anything.
 */
export type FirmSettings = Pick<ExtensionSettings, FirmSettingKey>;

/** The JSON values a setting can hold. */
export type SettingValue = ExtensionSettings[SettingKey];

/** Every setting key, in the table's order (the options page's order). */
export const SETTING_KEYS: readonly SettingKey[] = Object.keys(SETTINGS).filter(isSettingKey);

export const FIRM_SETTING_KEYS: readonly FirmSettingKey[] = SETTING_KEYS.filter(isFirmSettingKey);

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTINGS, key);
}

export function isFirmSettingKey(key: string): key is FirmSettingKey {
  return isSettingKey(key) && SETTINGS[key].scope === 'firm';
}

/** The table entry of `key`, typed as the union the validator and the generators switch on. */
export function settingSpec(key: SettingKey): SettingSpec {
  return SETTINGS[key];
}

/** Whether the setting holds a list (typed one item per line in the options page). */
export function isListKey(key: string): boolean {
  return isSettingKey(key) && SETTINGS[key].kind === 'list';
}

/** A fresh copy of the default: lists and objects are never shared between settings objects. */
function defaultValue(spec: SettingSpec): SettingValue {
  switch (spec.kind) {
    case 'list':
      return [];
    case 'rule-severity':
      return {};
    default:
      return spec.default;
  }
}

/**
 * Turns values keyed by setting into the settings type, keys missing taking their default. Each
 * value must have its table entry's kind, as the validator's parsers and the defaults give it:
 * this is the one place a loop over the table meets the per-key types, which TypeScript cannot
 * follow through a loop.
 */
export function settingsFromValues(values: Readonly<Partial<Record<SettingKey, SettingValue>>>): ExtensionSettings {
  const complete: Partial<Record<SettingKey, SettingValue>> = {};
  for (const key of SETTING_KEYS) complete[key] = values[key] ?? defaultValue(SETTINGS[key]);
  return complete as ExtensionSettings;
}

/** Every setting at its default (fresh lists and objects each call). */
export function defaultSettings(): ExtensionSettings {
  return settingsFromValues({});
}

/** The settings of `keys` only. */
function pickSettings<Key extends SettingKey>(
  settings: ExtensionSettings,
  keys: readonly Key[],
): Pick<ExtensionSettings, Key> {
  const picked: Partial<Pick<ExtensionSettings, Key>> = {};
  for (const key of keys) picked[key] = settings[key];
  // Every key of `keys` was set just above.
  return picked as Pick<ExtensionSettings, Key>;
}

/** The rules' part of the extension's settings (the extension-scope ones, privacyUrl and portalSites, are not theirs). */
export function firmSettingsOf(settings: ExtensionSettings): FirmSettings {
  return pickSettings(settings, FIRM_SETTING_KEYS);
}

export const DEFAULT_FIRM_SETTINGS: Readonly<FirmSettings> = Object.freeze(firmSettingsOf(defaultSettings()));

/** Fills the missing fields of a partial settings object with defaults (no validation). */
export function withDefaults(partial: Partial<FirmSettings> = {}): FirmSettings {
  return firmSettingsOf(settingsFromValues(partial));
}
