import { BRANDS } from '../data/brands';
import { lazy } from '../lazy';
import type { SpellingProvider } from '../types';
import { hasLikelyCorrection, type SuggestionSource } from './suggest';
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

/** Words that greet the person a message is for; the capitalized words right after them are that person's name. */
const GREETINGS: ReadonlySet<string> = new Set([
  'hola',
  'hi',
  'hello',
  'hey',
  'dear',
  'estimado',
  'estimada',
  'querido',
  'querida',
]);
/** "Buenos días María", "Good morning Maria": the part of the day greets only after its adjective. */
const DAY_PARTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['días', new Set(['buenos'])],
  ['dias', new Set(['buenos'])],
  ['tardes', new Set(['buenas'])],
  ['noches', new Set(['buenas'])],
  ['morning', new Set(['good'])],
  ['afternoon', new Set(['good'])],
  ['evening', new Set(['good'])],
]);
/**
 * Titles a firm puts before the name of the client it writes to ("Sr. Tejeda, ...", "Señora Funes,
 * ...", "Mrs. Okafor, ..."): with the name they open the message as a greeting does.
 */
const HONORIFICS: ReadonlySet<string> = new Set([
  'sr',
  'sra',
  'srta',
  'señor',
  'señora',
  'señorita',
  'don',
  'doña',
  'lic',
  'lcdo',
  'lcda',
  'licenciado',
  'licenciada',
  'dr',
  'dra',
  'mr',
  'mrs',
  'ms',
  'miss',
]);
/** Between a title and the name: spaces, after the title's full stop if it has one. */
const AFTER_HONORIFIC = /^\.?[ \t\u00a0]+$/;
/** A name is at most this many capitalized words: "Hola María Guadalupe Quintanilla". */
const MAX_NAME_WORDS = 4;
const SPACES = /^[ \t\u00a0]+$/;
const SPACES_OR_COMMA = /^[ \t\u00a0]*,?[ \t\u00a0]+$/;
const CAPITALIZED = /^\p{Lu}\p{Ll}/u;

function isGreetingAt(words: readonly { text: string }[], index: number): boolean {
  const lower = words[index]?.text.toLowerCase() ?? '';
  if (GREETINGS.has(lower)) return true;
  const adjectives = DAY_PARTS.get(lower);
  return adjectives?.has(words[index - 1]?.text.toLowerCase() ?? '') === true;
}

/** Nothing but the start of the text, a line break or a colon ("Hartwell & Diaz: Marisela, ...") before the name. */
const OPENS_MESSAGE = /(?:^|[\n:])[ \t\u00a0]*$/;
const COMMA_NEXT = /^[ \t\u00a0]*,/;
/**
 * After a title, a letter's colon too ("Sr. Quiroga: la demanda...", "Estimado Sr. Guamán:"). Not
 * without one: "Hartwel Diazz Law: ..." opens with the sender's name, which is spelled like any word.
 */
const COMMA_OR_COLON_NEXT = /^[ \t\u00a0]*[,:]/;
/**
 * A title and name set off by a comma before and punctuation after are the person spoken to (a
 * vocative): "A la orden, señora Gaviria.", "Thank you, Mrs. Okafor!".
 */
const COMMA_BEFORE = /,[ \t\u00a0]*$/;
const PUNCTUATION_NEXT = /^[ \t\u00a0]*[,.;:!?]/;

/**
 * True when the word is part of the name of the person the message speaks to, which no dictionary
 * can judge and which the firm took from its records:
 * - right after a greeting: "Hola Nayeli,", "Hi Okonkwo", "Buenos días, Yatziri";
 * - opening the message (or a line, or what follows "Firm:") and followed by a comma, as a firm
 *   addresses its client: "Marisela, recibimos...", "Okonkwo, your hearing moved", after a title
 *   too ("Sr. Tejeda, la mediación...", "Señora Funes, el tribunal..."). Unless, with no title, the
 *   word is one likely slip from a word a dictionary knows ("Thnaks, ...", "Holaa, ..."): a typo.
 */
export function isAddressedName(
  text: string,
  words: readonly { text: string; start: number; end: number }[],
  index: number,
  dictionaries: readonly SuggestionSource[],
): boolean {
  let first = index;
  let titled = false;
  for (let previous = index - 1; previous >= 0 && index - previous <= MAX_NAME_WORDS; previous--) {
    const before = words[previous];
    const after = words[previous + 1];
    if (before === undefined || after === undefined) return false;
    const gap = text.slice(before.end, after.start);
    if (isGreetingAt(words, previous)) return SPACES_OR_COMMA.test(gap);
    if (HONORIFICS.has(before.text.toLowerCase()) && AFTER_HONORIFIC.test(gap)) {
      first = previous;
      titled = true;
      break;
    }
    if (!CAPITALIZED.test(before.text) || !SPACES.test(gap)) break;
    first = previous;
  }
  let last = index;
  while (last + 1 < words.length && last - first + 1 < MAX_NAME_WORDS) {
    const next = words[last + 1];
    const current = words[last];
    if (next === undefined || current === undefined) break;
    if (!CAPITALIZED.test(next.text) || !SPACES.test(text.slice(current.end, next.start))) break;
    last++;
  }
  const start = words[first]?.start ?? 0;
  const end = words[last]?.end ?? text.length;
  if (titled && COMMA_BEFORE.test(text.slice(0, start)) && PUNCTUATION_NEXT.test(text.slice(end))) return true;
  // A greeting before the title: "Estimado Sr. Guamán:", "Dear Mrs. Okafor,", "Hola, Sra. Huamán."
  if (titled && first > 0 && isGreetingAt(words, first - 1)) {
    const greeting = words[first - 1];
    if (greeting !== undefined && SPACES_OR_COMMA.test(text.slice(greeting.end, start))) return true;
  }
  if (!OPENS_MESSAGE.test(text.slice(0, start)) || !(titled ? COMMA_OR_COLON_NEXT : COMMA_NEXT).test(text.slice(end)))
    return false;
  // After a title the word is a name whatever words it is close to ("Sr. Tejeda" is no "tejedor" slip).
  if (titled) return true;
  const word = words[index]?.text ?? '';
  return !dictionaries.some((dictionary) => hasLikelyCorrection(dictionary, word));
}

/**
 * Nouns of a place that Spanish and English name with "de" / "of" and the place's name: "la oficina
 * de Pflugerville", "el condado de Hidalgo", "la corte de Brownsville", "the City of Round Rock". A
 * capitalized word right after them is that place's name, which no dictionary can judge.
 */
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'oficina',
  'oficinas',
  'sucursal',
  'corte',
  'cortes',
  'tribunal',
  'juzgado',
  'condado',
  'ciudad',
  'pueblo',
  'municipio',
  'estado',
  'consulado',
  'cárcel',
  'carcel',
  // The facilities and districts a case sends a client to, named by their town the same way ("el
  // centro de Pflugerville", USCIS's Application Support Centers; "la clínica de Pharr", "el
  // hospital de Weslaco"; a Guatemalan "departamento de Huehuetenango", a Mexican "colonia"), and
  // the English districts and parishes named with "of" ("the Parish of Orleans", "the Port of
  // Laredo").
  'centro',
  'centros',
  'clínica',
  'clinica',
  'hospital',
  'escuela',
  'estación',
  'estacion',
  'aeropuerto',
  'puerto',
  'distrito',
  'región',
  'region',
  'provincia',
  'departamento',
  'barrio',
  'colonia',
  'parroquia',
  'office',
  'offices',
  'city',
  'town',
  'county',
  'village',
  'state',
  'district',
  'parish',
  'port',
  'borough',
  'township',
]);
const PLACE_OF = new Set(['de', 'del', 'of']);
const SPACES_ONLY = /^[ \t\u00a0]+$/;

/** True when the word names the place a place noun and "de"/"of" stand before ("la oficina de Pflugerville"). */
export function namesAPlace(
  text: string,
  words: readonly { text: string; start: number; end: number }[],
  index: number,
): boolean {
  const of = words[index - 1];
  const noun = words[index - 2];
  const word = words[index];
  if (of === undefined || noun === undefined || word === undefined) return false;
  return (
    PLACE_OF.has(of.text.toLowerCase()) &&
    PLACE_NOUNS.has(noun.text.toLowerCase()) &&
    SPACES_ONLY.test(text.slice(noun.end, of.start)) &&
    SPACES_ONLY.test(text.slice(of.end, word.start))
  );
}
