/**
 * Types of the spelling messages (declared in messages.ts's ProtocolMap). The content script asks
 * the background; the background answers from the spelling host: an offscreen document running a
 * worker in Chrome, the background page itself in Firefox (which has no offscreen documents).
 */
import type { Finding, FirmSettings } from '../rules';

/** The settings that change what spelling flags; sent with each request so the host keeps no settings. */
export type SpellingSettings = Pick<
  FirmSettings,
  'firmName' | 'firmNameAliases' | 'firmDictionary' | 'allowedTerms' | 'acronyms' | 'ruleSeverity' | 'language'
>;

export interface CheckSpellingArgs {
  text: string;
  settings: Partial<SpellingSettings>;
}

/** What the card and the popup wait for a word's suggestions at most (the host caps it too). */
export const SUGGEST_TIME_LIMIT_MS = 150;

export interface SuggestSpellingArgs {
  word: string;
  /** Stop looking after about this long (the host caps it). */
  timeLimitMs?: number;
  /** The dictionary to suggest from: the finding's language (Finding.language); English when absent. */
  language?: 'en' | 'es';
}

export interface AddToDictionaryArgs {
  word: string;
}

export interface AddToDictionaryResult {
  added: boolean;
  /** Why not, in words for the user (the firm dictionary is set by the organization, ...). */
  reason?: string;
}

export type SpellingFindings = Finding[];

/** Only the keys spelling reads, so a request stays small and the host sees nothing else. */
export function spellingSettingsOf(settings: Partial<FirmSettings>): Partial<SpellingSettings> {
  const picked: Partial<SpellingSettings> = {};
  if (settings.firmName !== undefined) picked.firmName = settings.firmName;
  if (settings.firmNameAliases !== undefined) picked.firmNameAliases = settings.firmNameAliases;
  if (settings.firmDictionary !== undefined) picked.firmDictionary = settings.firmDictionary;
  if (settings.allowedTerms !== undefined) picked.allowedTerms = settings.allowedTerms;
  if (settings.acronyms !== undefined) picked.acronyms = settings.acronyms;
  // A firm that pins the language pins which dictionary spells its messages.
  if (settings.language !== undefined) picked.language = settings.language;
  const spelling = settings.ruleSeverity?.spelling;
  if (spelling !== undefined) picked.ruleSeverity = { spelling };
  return picked;
}
