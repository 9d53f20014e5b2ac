import { ACRONYMS } from '../data/acronyms';
import { EVERYDAY_WORDS } from '../data/everyday-words';
import { SPANISH_EVERYDAY_WORDS } from '../data/everyday-words-es';
import { GIVEN_NAMES } from '../data/given-names';
import { LEGAL_TERMS } from '../data/legal-words';
import { SPANISH_LEGAL_TERMS } from '../data/legal-words-es';
import { MEDICAL_WORDS } from '../data/medical-words';
import { SURNAMES } from '../data/surnames';
import { lazySet } from '../lazy';
import { RecentCache } from '../recent-cache';
import type { FirmSettings } from '../settings';

// The word sets are built on first use (lazySet): folding thousands of words when the module loads
// held up the in-page linter's start.

/** Each term lower case, whole and split into its words ("voir dire" gives "voir dire", "voir", "dire"). */
function wordsOfTerms(terms: readonly string[]): string[] {
  return terms.flatMap((term) => {
    const lower = term.toLowerCase();
    return [lower, ...lower.split(/[\s-]+/).filter((part) => part !== '')];
  });
}

/**
 * Our English vocabulary beyond the dictionary, lower case, single words: legal terms
 * (data/legal-words.ts), drug names and medical terms (data/medical-words.ts) and everyday words a
 * general dictionary lacks (data/everyday-words.ts).
 */
export const OUR_WORDS: ReadonlySet<string> = lazySet(() =>
  wordsOfTerms([...LEGAL_TERMS, ...MEDICAL_WORDS, ...EVERYDAY_WORDS]),
);

/** Common given names and surnames, lower case, with and without accents (see data/given-names.ts, data/surnames.ts). */
export const GIVEN_NAME_WORDS: ReadonlySet<string> = lazySet(() =>
  [...GIVEN_NAMES, ...SURNAMES].flatMap((name) => [
    name.toLowerCase(),
    name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''),
  ]),
);

/**
 * Our Spanish vocabulary beyond the dictionary, lower case, single words (with and without
 * accents): legal terms (data/legal-words-es.ts) and everyday US words (data/everyday-words-es.ts).
 */
export const OUR_SPANISH_WORDS: ReadonlySet<string> = lazySet(() =>
  [...SPANISH_LEGAL_TERMS, ...SPANISH_EVERYDAY_WORDS]
    .flatMap((term) => term.toLowerCase().split(/\s+/))
    .flatMap((word) => [word, word.normalize('NFD').replace(/\p{M}/gu, '')]),
);

const BUILT_IN_ACRONYMS: ReadonlySet<string> = lazySet(() => [...ACRONYMS].map((acronym) => acronym.toLowerCase()));

const WORD_SPLIT = /[^\p{L}\p{N}'’]+/u;

/** Normalizes a word for dictionary look-ups: typographic apostrophes become ASCII ones. */
export function normalizeApostrophes(word: string): string {
  return word.includes('’') ? word.replaceAll('’', "'") : word;
}

function addWordsOf(target: Set<string>, phrase: string): void {
  const lower = normalizeApostrophes(phrase.toLowerCase().trim());
  if (lower === '') return;
  target.add(lower);
  for (const part of lower.split(WORD_SPLIT)) if (part !== '') target.add(part);
}

const firmWordCache = new RecentCache<FirmSettings, ReadonlySet<string>>();

/**
 * Words this firm's messages may use whatever the dictionary says, lower case: the firm's name and
 * aliases, its firm dictionary, its allowed terms and acronyms, and the built-in acronym list.
 * Cached per settings object, so a host that keeps one settings object pays once.
 */
export function firmWords(settings: FirmSettings): ReadonlySet<string> {
  const cached = firmWordCache.get(settings);
  if (cached) return cached;
  const words = new Set<string>();
  for (const phrase of [
    settings.firmName,
    ...settings.firmNameAliases,
    ...(settings.firmDictionary ?? []),
    ...settings.allowedTerms,
    ...settings.acronyms,
  ]) {
    addWordsOf(words, phrase);
  }
  firmWordCache.set(settings, words);
  return words;
}

export function isBuiltInAcronym(lowerWord: string): boolean {
  return BUILT_IN_ACRONYMS.has(lowerWord);
}
