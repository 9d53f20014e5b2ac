import { BRANDS } from '../data/brands';
import { lazy } from '../lazy';
import type { SpellingProvider } from '../types';
import { GIVEN_NAME_WORDS } from './words';

/*
 * Names belong to no language. The spelling rule asks these before reporting a capitalized word,
 * whatever the language of its sentence: a surname the English dictionary lists ("Gutierrez") is
 * as much a name in a Spanish sentence, and Spanish writes many names with accents that an English
 * list leaves out.
 */

export function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** A common given name or surname (data/given-names.ts, data/surnames.ts), with or without its accents. */
export function isCommonName(word: string): boolean {
  const lower = word.toLowerCase();
  return GIVEN_NAME_WORDS.has(lower) || GIVEN_NAME_WORDS.has(withoutAccents(lower));
}

/**
 * True when a dictionary lists the word only capitalized: a person, place or brand. Each dictionary
 * at hand is asked (the Spanish one lists few surnames, the English one many: "Gutierrez",
 * "O'Brien", "Oaxaca"), and accents do not matter ("Gutiérrez", "Ramírez" are written both ways).
 */
export function isListedName(word: string, dictionaries: readonly SpellingProvider[]): boolean {
  const plain = withoutAccents(word);
  for (const form of plain === word ? [word] : [word, plain]) {
    for (const dictionary of dictionaries) {
      if (dictionary.isCorrect(form) && !dictionary.isCorrect(form.toLowerCase())) return true;
    }
  }
  return false;
}

/**
 * True when some dictionary at hand knows the word in any case, accents or not. Asked of a
 * capitalized word inside a sentence: an English word there in a Spanish sentence, or a Spanish
 * one in an English sentence, is a name or a term ("la oficina de Riverside"), not a misspelling.
 */
export function isKnownToAny(word: string, dictionaries: readonly SpellingProvider[]): boolean {
  const plain = withoutAccents(word);
  return dictionaries.some((dictionary) => dictionary.isCorrect(word) || dictionary.isCorrect(plain));
}

/** The one-word names of the brands and agencies in data/brands.ts (WhatsApp, Zelle, DocuSign, Gmail), lower case. */
const brandWords = lazy(
  (): ReadonlySet<string> =>
    new Set(
      BRANDS.flatMap((brand) => [brand.name, ...brand.mentions])
        .filter((name) => /^[\p{L}\p{N}'’&.-]+$/u.test(name))
        .map((name) => name.toLowerCase()),
    ),
);

/** A brand's or agency's name, in any case: a name, not a misspelling ("Escríbanos por WhatsApp"). */
export function isBrandName(word: string): boolean {
  return brandWords().has(word.toLowerCase());
}
