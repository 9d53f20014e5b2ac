import type { SeveritySetting } from './types';

/**
 * The firm's settings as the rules see them. The extension stores a superset of this (see
 * src/shared/settings.ts); the CLI reads it from a JSON file. Every field has a default so that
 * lint() works before an admin has configured anything.
 */
export interface FirmSettings {
  /** The name clients know the firm by, e.g. "Hartwell & Diaz". */
  firmName: string;
  /** Other names that identify the sender, e.g. "Hartwell Diaz LLP", "HD Law". */
  firmNameAliases: string[];
  /** Domains the firm controls; links on them (and their subdomains) are trusted. */
  firmDomains: string[];
  /** Third-party domains the firm accepts in messages, e.g. a court's e-filing site. */
  approvedDomains: string[];
  /** The public page where clients opt in to texts; must be linked in a first message. */
  termsUrl: string;
  /** The firm's own numbers, in any common notation. */
  firmPhoneNumbers: string[];
  /** Words and phrases the firm uses legitimately that content rules must not flag. */
  allowedTerms: string[];
  /** Extra acronyms that are not shouting (added to the built-in legal list). */
  acronyms: string[];
  /** The firm's own words the spelling rule must accept (client and court names, local terms); "Add to dictionary" appends here. */
  firmDictionary: string[];
  /** Per-rule severity override; 'off' disables a rule. */
  ruleSeverity: Record<string, SeveritySetting>;
  /** The firm's messaging service converts curly quotes, dashes and the like itself. */
  smartEncoding: boolean;
  /** The language of the firm's messages: detected per message ('auto'), or always English or Spanish. */
  language: 'auto' | 'en' | 'es';
  /** Characters a merge field ({{client.first_name}}) is counted as when estimating a template's length. */
  placeholderLength: number;
  /** A merge field that stands for the terms link in templates, e.g. "{{firm.terms_url}}". */
  termsPlaceholder: string;
}

export const DEFAULT_FIRM_SETTINGS: Readonly<FirmSettings> = Object.freeze({
  firmName: '',
  firmNameAliases: [],
  firmDomains: [],
  approvedDomains: [],
  termsUrl: '',
  firmPhoneNumbers: [],
  allowedTerms: [],
  acronyms: [],
  firmDictionary: [],
  ruleSeverity: {},
  smartEncoding: false,
  language: 'auto',
  placeholderLength: 12,
  termsPlaceholder: '',
});

/** Fills the missing fields of a partial settings object with defaults (no validation). */
export function withDefaults(partial: Partial<FirmSettings> = {}): FirmSettings {
  return {
    ...DEFAULT_FIRM_SETTINGS,
    ...partial,
    firmNameAliases: partial.firmNameAliases ?? [],
    firmDomains: partial.firmDomains ?? [],
    approvedDomains: partial.approvedDomains ?? [],
    firmPhoneNumbers: partial.firmPhoneNumbers ?? [],
    allowedTerms: partial.allowedTerms ?? [],
    acronyms: partial.acronyms ?? [],
    firmDictionary: partial.firmDictionary ?? [],
    ruleSeverity: partial.ruleSeverity ?? {},
  };
}
