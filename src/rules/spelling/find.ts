import { BRAND_DRUGS, DRUGS } from '../data/medical-words';
import { detectLanguage } from '../language';
import { lazySet } from '../lazy';
import { type ParsedMessage, parseMessage, type Span } from '../message';
import type { FirmSettings } from '../settings';
import { isAbbreviation, opensSentence } from '../text/sentences';
import type { SpellingProvider } from '../types';
import {
  isAddressedName,
  isBrandName,
  isCommonName,
  isKnownToAny,
  isListedName,
  namesAPlace,
  withoutAccents,
} from './names';
import { firmWords, isBuiltInAcronym, normalizeApostrophes, OUR_SPANISH_WORDS, OUR_WORDS } from './words';

export type SpellingMessageId = 'misspelled' | 'unknownName';

/** One word the dictionary does not know. */
export interface SpellingIssue {
  messageId: SpellingMessageId;
  start: number;
  end: number;
  word: string;
  /** 'info' for a capitalized word inside a sentence: most likely a name (person, court, place). */
  severity: 'warning' | 'info';
  /** The language of the word's sentence: whose dictionary judged it, and whose suggestions fit. */
  language: 'en' | 'es';
}

const MAX_WORD_LENGTH = 40;
const HAS_DIGIT = /\p{N}/u;
const HAS_LOWER = /\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;
/** An upper-case letter after the first: McKenna, DeShawn, eFiling. Such words are names or brands. */
const INNER_UPPER = /^.[\s\S]*\p{Lu}/u;
/** Characters that glue a word to a handle, path, hashtag, file name or identifier. */
const GLUE_BEFORE = new Set(['@', '#', '/', '\\', '_', '$', '=', '&']);
const GLUE_AFTER = new Set(['@', '/', '\\', '_', '=']);
const LETTER = /\p{L}/u;
/** With this many words checked and more than half unknown, the message is not in English: say nothing. */
const LANGUAGE_GUARD_MIN_WORDS = 8;
const LANGUAGE_GUARD_UNKNOWN_RATIO = 0.5;

function possessiveStem(word: string): string | undefined {
  if (word.length > 3 && /'s$/i.test(word)) return word.slice(0, -2);
  if (word.length > 2 && word.endsWith("'")) return word.slice(0, -1);
  return undefined;
}

const NON_PREFIX = 'non';
const NON_PREFIX_MIN_BASE = 5;
const RE_PREFIX = 're';
const RE_PREFIX_MIN_BASE = 6;
const DOUBLED_L = /^(\p{L}{3,}[aeiou])ll(ed|ing)$/u;

function isKnownWord(word: string, firm: ReadonlySet<string>, checker: SpellingProvider, depth = 0): boolean {
  const lower = word.toLowerCase();
  if (firm.has(lower) || OUR_WORDS.has(lower) || isBuiltInAcronym(lower)) return true;
  if (checker.isCorrect(word)) return true;
  const stem = possessiveStem(word);
  if (stem !== undefined && isKnownWord(stem, firm, checker, depth + 1)) return true;
  // "nonresponse", "nonrenewal": English writes "non-" closed up to the word it negates (Merriam-
  // Webster lists such words under the prefix, not each one), which the dictionary lists only some
  // of. A long base, so a slip such as "nonsence" is not read as one.
  if (
    depth === 0 &&
    lower.startsWith(NON_PREFIX) &&
    lower.length - NON_PREFIX.length >= NON_PREFIX_MIN_BASE &&
    checker.isCorrect(lower.slice(NON_PREFIX.length))
  )
    return true;
  // "re-" the same way ("reinspection", "reupload"), with a longer base: "re" + a short word is more
  // often a slip ("remeber") than a word.
  if (
    depth === 0 &&
    lower.startsWith(RE_PREFIX) &&
    lower.length - RE_PREFIX.length >= RE_PREFIX_MIN_BASE &&
    checker.isCorrect(lower.slice(RE_PREFIX.length))
  )
    return true;
  // The doubled "l" of a verb's past and participle ("cancelled", "travelled", "labelled") is the
  // spelling outside the US and common within it (Merriam-Webster lists both); the dictionary has
  // the single "l" ("canceled").
  const doubledL = DOUBLED_L.exec(lower);
  if (depth === 0 && doubledL !== null && checker.isCorrect(`${doubledL[1]}l${doubledL[2]}`)) return true;
  if (depth === 0 && word.includes('-')) {
    // follow-up, e-filing, pre-trial, court-appointed: known when every part is.
    return word.split('-').every((part) => part === '' || isKnownWord(part, firm, checker, depth + 1));
  }
  return false;
}

/**
 * Spanish writes object pronouns onto imperatives, infinitives and gerunds ("súbalas", "mándenos",
 * "dígaselo", "firmarla", "diciéndole"), and the dictionary lists only some of these forms. A word is
 * such a form when one or two pronouns end it and what stands before them is a known verb form:
 * with the written accent the pronouns brought ("Súba" -> "suba"), or an infinitive ("firmar").
 * Without that accent ("Subalas") it stays a misspelling, which it is.
 */
const PRONOUNS = ['me', 'te', 'se', 'nos', 'os', 'lo', 'la', 'los', 'las', 'le', 'les'] as const;
const ACUTE = /[áéíóú]/i;
const ACUTE_TO_PLAIN: Readonly<Record<string, string>> = {
  á: 'a',
  é: 'e',
  í: 'i',
  ó: 'o',
  ú: 'u',
  Á: 'A',
  É: 'E',
  Í: 'I',
  Ó: 'O',
  Ú: 'U',
};
const MIN_VERB_LENGTH = 2;

function isVerbBeforePronouns(stem: string, checker: SpellingProvider): boolean {
  if (stem.length < MIN_VERB_LENGTH) return false;
  // The voseo imperative drops its accent before a pronoun ("avisame", "decile", "mandalos": avisá,
  // decí, mandá + pronoun): the stem and an "r" make the infinitive.
  if (!ACUTE.test(stem)) return checker.isCorrect(stem) && /r$/i.test(stem) ? true : isVoseoStem(stem, checker);
  return checker.isCorrect(stem.replace(/[áéíóúÁÉÍÓÚ]/g, (vowel) => ACUTE_TO_PLAIN[vowel] ?? vowel));
}

function isSpanishVerbWithPronouns(word: string, checker: SpellingProvider): boolean {
  const lower = word.toLowerCase();
  // Every way of reading one or two pronouns off the end: "confírmenos" is "confírme" + "nos", not "confír" + "me" + "nos".
  for (const last of PRONOUNS) {
    if (!lower.endsWith(last)) continue;
    const withOne = word.slice(0, word.length - last.length);
    if (isVerbBeforePronouns(withOne, checker)) return true;
    for (const first of PRONOUNS) {
      if (
        withOne.toLowerCase().endsWith(first) &&
        isVerbBeforePronouns(withOne.slice(0, withOne.length - first.length), checker)
      )
        return true;
    }
  }
  return false;
}

/** A voseo imperative's stem before a pronoun ("avisa" of "avisame"): with an "r", a known infinitive. */
function isVoseoStem(stem: string, checker: SpellingProvider): boolean {
  return /[aei]$/i.test(stem) && stem.length > MIN_VERB_LENGTH && checker.isCorrect(`${stem}r`);
}

/**
 * The voseo of Argentina, Uruguay, Paraguay and Central America (RAE and ASALE, Nueva gramática
 * §4.7, and the DPD's "voseo"): the present indicative for "vos" is the infinitive's stem with a
 * stressed ending ("hablás", "podés", "vivís") and the imperative the infinitive without its "r"
 * ("hablá", "traé", "viví"). Dictionaries of peninsular Spanish lack these forms; a word is one when
 * the infinitive it comes from is known. The voseo subjunctive ("pongás"), which the RAE calls
 * unsettled, is left out: its stem is no infinitive's, so a stray accent ("lunés") would pass.
 */
const VOSEO_PRESENT = /^(\p{L}+)([áéí])s$/u;
const VOSEO_IMPERATIVE = /^(\p{L}+)([áéí])$/u;
const VOSEO_INFINITIVE_ENDING: Readonly<Record<string, string>> = { á: 'ar', é: 'er', í: 'ir' };
const MIN_VOSEO_STEM = 2;

function isVoseoForm(word: string, checker: SpellingProvider): boolean {
  const lower = word.toLowerCase();
  const found = VOSEO_PRESENT.exec(lower) ?? VOSEO_IMPERATIVE.exec(lower);
  if (found === null) return false;
  const stem = found[1] as string;
  const ending = VOSEO_INFINITIVE_ENDING[found[2] as string];
  // An accent in the stem too ("lléve") is no voseo form: the stress falls on the ending.
  if (ending === undefined || stem.length < MIN_VOSEO_STEM || ACUTE.test(stem)) return false;
  return checker.isCorrect(`${stem}${ending}`);
}

/**
 * Learned words built from Greek roots, which Spanish and English share with their own endings
 * (RAE, DLE: "-logía", "-lógico", "-grafía", "-gráfico"; "toxicología" and "toxicology"). The
 * Spanish dictionary lists the common ones ("biológico") but not every science's ("toxicológico",
 * "hematológica", "cardiológicos"); such a word is known when a word of its English family is, with the
 * spellings that differ between the two (Spanish "f" for "ph", "i" for "y": "fisiológico",
 * "physiological").
 */
// Each Spanish ending of a root's family, and the English endings of the same family.
const LEARNED_FAMILIES: readonly [spanish: RegExp, english: readonly string[]][] = [
  [/(?:ológic[oa]s?|ológicamente|ologías?|ólog[oa]s?)$/u, ['ological', 'ology', 'ologist']],
  [/(?:ográfic[oa]s?|ografías?)$/u, ['ographic', 'ography']],
];
const MIN_LEARNED_ROOT = 3;
const PLAIN_LATIN = /^[a-z]+$/;

function isLearnedCognate(word: string, english: SpellingProvider | undefined): boolean {
  if (english === undefined) return false;
  const lower = word.toLowerCase();
  for (const [ending, englishEndings] of LEARNED_FAMILIES) {
    const found = ending.exec(lower);
    if (found === null) continue;
    const root = lower.slice(0, found.index);
    if (root.length < MIN_LEARNED_ROOT || !PLAIN_LATIN.test(root)) return false;
    const roots = new Set([root, root.replaceAll('f', 'ph')]);
    for (const base of [...roots]) {
      for (let at = base.indexOf('i'); at !== -1; at = base.indexOf('i', at + 1))
        roots.add(`${base.slice(0, at)}y${base.slice(at + 1)}`);
    }
    // Any word of the family will do: the English dictionary may list "cardiology" but not
    // "cardiological", and the Spanish adjective is as regular as the English one.
    return [...roots].some((candidate) => englishEndings.some((tail) => english.isCorrect(`${candidate}${tail}`)));
  }
  return false;
}

/**
 * The absolute superlative (RAE and ASALE, Nueva gramática §13.2, "-ísimo"): any gradable adjective
 * takes it ("clarísimas", "facilísimo", "carísima", "amabilísimo"), and the dictionary lists only
 * some. A word is one when its adjective is known: the stem with "-o", "-a" or "-e", or alone with
 * the accent it loses ("fácil" of "facilísimo"), undoing the spelling the ending brings ("riquísimo"
 * of "rico", "larguísimo" of "largo", "felicísimo" of "feliz", "amabilísimo" of "amable").
 */
const SUPERLATIVE = /^(\p{L}{3,}?)ísim[oa]s?$/u;
const ACCENTED: Readonly<Record<string, string>> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' };

function isAbsoluteSuperlative(word: string, checker: SpellingProvider): boolean {
  const stem = SUPERLATIVE.exec(word.toLowerCase())?.[1];
  if (stem === undefined) return false;
  const stems = new Set([stem]);
  if (stem.endsWith('qu')) stems.add(`${stem.slice(0, -2)}c`);
  if (stem.endsWith('gu')) stems.add(`${stem.slice(0, -1)}`);
  if (stem.endsWith('c')) stems.add(`${stem.slice(0, -1)}z`);
  if (stem.endsWith('bil')) stems.add(`${stem.slice(0, -3)}bl`);
  const candidates: string[] = [];
  for (const base of stems) {
    candidates.push(`${base}o`, `${base}a`, `${base}e`, base);
    // "fácil", "útil", "común": a stem ending in a consonant loses its adjective's written accent.
    for (let at = 0; at < base.length; at++) {
      const accented = ACCENTED[base[at] as string];
      if (accented !== undefined) candidates.push(`${base.slice(0, at)}${accented}${base.slice(at + 1)}`);
    }
  }
  return candidates.some((candidate) => checker.isCorrect(candidate));
}

/**
 * Drug names in Spanish are the international nonproprietary names (INN) with their Spanish
 * endings: the WHO publishes each INN in English, French and Spanish, and the Spanish one ends in
 * "-ona" for "-one", "-ina" for "-ine" or "-in", "-eno" for "-en", "-ilo" for "-yl", "-ato" for
 * "-ate", "-ida" for "-ide", with "f" for "ph", "i" for "y" and "t" for "th" ("hidromorfona",
 * "hydromorphone"; "gabapentina", "gabapentin"; "fentanilo", "fentanyl"; "metadona", "methadone").
 * A long word with such an ending is one when the English dictionary knows its English form.
 */
const INN_ENDINGS: readonly [spanish: string, english: readonly string[]][] = [
  ['ona', ['one']],
  ['ina', ['ine', 'in']],
  ['eno', ['en']],
  ['ilo', ['yl']],
  ['ato', ['ate']],
  ['ida', ['ide']],
];
const MIN_INN_LENGTH = 8;

function isDrugNameCognate(word: string, english: SpellingProvider | undefined): boolean {
  if (english === undefined || word.length < MIN_INN_LENGTH) return false;
  const lower = withoutAccents(word.toLowerCase());
  if (!PLAIN_LATIN.test(lower)) return false;
  for (const [ending, englishEndings] of INN_ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const root = lower.slice(0, -ending.length);
    const roots = new Set([root, root.replaceAll('f', 'ph')]);
    for (const base of [...roots]) {
      for (let at = base.indexOf('t'); at !== -1; at = base.indexOf('t', at + 1))
        roots.add(`${base.slice(0, at)}th${base.slice(at + 1)}`);
    }
    for (const base of [...roots]) {
      for (let at = base.indexOf('i'); at !== -1; at = base.indexOf('i', at + 1))
        roots.add(`${base.slice(0, at)}y${base.slice(at + 1)}`);
    }
    return [...roots].some((candidate) => englishEndings.some((tail) => english.isCorrect(`${candidate}${tail}`)));
  }
  return false;
}

/**
 * The feminine of a noun of trade or office that the dictionary lists only in the masculine (RAE
 * and ASALE, Nueva gramática §2.5, "moción de género", and the DPD's "género²": "-ero" makes
 * "-era", "-or" makes "-ora"): "mesera" for "mesero", "plomera" for "plomero", "inspectora" for
 * "inspector". Only those two endings, and a base of five letters or more, so a slip that merely
 * ends in "a" is not read as one.
 */
const FEMININE_OF_AGENT: readonly [feminine: RegExp, masculine: string][] = [
  [/era$/u, 'ero'],
  [/eras$/u, 'eros'],
  [/ora$/u, 'or'],
  [/oras$/u, 'ores'],
];
const MIN_AGENT_LENGTH = 6;

function isFeminineOfAgent(word: string, checker: SpellingProvider): boolean {
  const lower = word.toLowerCase();
  if (lower.length < MIN_AGENT_LENGTH) return false;
  for (const [feminine, masculine] of FEMININE_OF_AGENT) {
    const found = feminine.exec(lower);
    if (found !== null) return checker.isCorrect(`${lower.slice(0, found.index)}${masculine}`);
  }
  return false;
}

/**
 * A generic drug name as Spanish writes it ("metilfenidato", "sertralina", "ciprofloxacino"): the
 * English name of our drug list (data/medical-words.ts) respelled by Spanish's regular rules for
 * learned words (RAE and ASALE, Ortografía 2010: "ph" and "th" are written "f" and "t", "y" between
 * consonants "i", a double consonant single) with the Spanish ending ("-ate" makes "-ato", "-ine"
 * "-ina", "-in" "-ina" or "-ino"). Both are reduced to one key: the word without its final vowel.
 */
function drugKey(word: string, english: boolean): string {
  const respelled = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/y/g, 'i')
    // Spanish writes a learned word's "z" before "e" or "i" as "c" (RAE and ASALE, Ortografía 2010:
    // "benzodiacepina", "cetirizina" keeps its "z" before "i" only where usage fixed it): both
    // spellings make one key.
    .replace(/z(?=[ei])/g, 'c');
  // Only the English name's double consonants are made single: a Spanish word written with one
  // ("sertralinna") is a slip.
  return (english ? respelled.replace(/([b-df-hj-np-tv-z])\1/g, '$1') : respelled).replace(/[aeo]s?$/u, '');
}
const MIN_DRUG_KEY_LENGTH = 7;
const SPANISH_DRUG_KEYS: ReadonlySet<string> = lazySet(() =>
  DRUGS.filter((drug) => !drug.includes(' ')).map((drug) => drugKey(drug, true)),
);

function isSpanishDrugName(word: string): boolean {
  const key = drugKey(word, false);
  return key.length >= MIN_DRUG_KEY_LENGTH && SPANISH_DRUG_KEYS.has(key);
}

/**
 * Loanwords Spanish writes with "k" or with "qu"/"c" alike (RAE and ASALE, Ortografía 2010, the
 * letter k: "kiosco"/"quiosco", "kimono"/"quimono", "bikini"/"biquini", "kermés"/"quermés",
 * "kurdo"/"curdo"), where the dictionary has one spelling: the "k" form is known when the "qu"/"c"
 * one is. Six letters at least, so texting's "k" for "que" ("kiero", "aki") is not read as one.
 */
const MIN_K_VARIANT_LENGTH = 6;

function isKSpellingVariant(word: string, checker: SpellingProvider): boolean {
  const lower = word.toLowerCase();
  if (lower.length < MIN_K_VARIANT_LENGTH || !lower.includes('k')) return false;
  const respelled = lower.replace(/k(?=[eiéí])/g, 'qu').replace(/k/g, 'c');
  return respelled !== lower && checker.isCorrect(respelled);
}

/**
 * Prefixes Spanish writes joined to the word they qualify (RAE and ASALE, Ortografía 2010: "el
 * prefijo se escribe unido a la base": "videollamada", "ciberacoso", "reprogramar",
 * "precalificación"), with the shortest base each may take. Short prefixes need a long base, so a
 * slip such as "reseta" (re + "seta") is not read as a compound.
 */
const SPANISH_PREFIXES: readonly { prefix: string; minBase: number }[] = [
  // "expareja", "exjefe", "exesposo".
  { prefix: 'ex', minBase: 4 },
  { prefix: 'video', minBase: 4 },
  { prefix: 'ciber', minBase: 4 },
  { prefix: 'tele', minBase: 5 },
  { prefix: 'auto', minBase: 5 },
  { prefix: 'anti', minBase: 5 },
  { prefix: 'contra', minBase: 5 },
  { prefix: 'pre', minBase: 6 },
  { prefix: 're', minBase: 6 },
];

function isSpanishPrefixed(word: string, checker: SpellingProvider): boolean {
  const lower = word.toLowerCase();
  for (const { prefix, minBase } of SPANISH_PREFIXES) {
    if (!lower.startsWith(prefix)) continue;
    const base = lower.slice(prefix.length);
    if (base.length >= minBase && checker.isCorrect(base)) return true;
  }
  return false;
}

/**
 * US Spanish mixes in English words ("compre un money order", "su voucher de la Sección 8", "el
 * link"): code-switching is how Spanish speakers in the US write, so a lower-case word of a
 * Spanish sentence that the English dictionary knows is an English word, not a Spanish misspelling.
 * Four letters at least: short Spanish slips are often English words ("boy" for "voy").
 */
const MIN_CODE_SWITCH_LENGTH = 4;

/**
 * The Spanish plural of an English loanword that ends in -n, -l, -r, -d, -z or -j takes "-es", as a
 * Spanish word does (RAE and ASALE, Ortografía 2010, plurals of loanwords: "bitcoines", "escáneres",
 * "másteres"): the stem is the English word.
 */
const SPANISH_PLURAL_OF_LOANWORD = /^(\p{L}+[nlrdzj])es$/u;

function isEnglishInSpanish(word: string, english: SpellingProvider | undefined): boolean {
  if (english === undefined || word.length < MIN_CODE_SWITCH_LENGTH || STARTS_UPPER.test(word)) return false;
  if (english.isCorrect(word)) return true;
  const stem = SPANISH_PLURAL_OF_LOANWORD.exec(word)?.[1];
  return stem !== undefined && stem.length >= MIN_CODE_SWITCH_LENGTH && english.isCorrect(stem);
}

/**
 * A product or program name written as words run together, each opening with a capital
 * ("SmartLINK", "MyCase", "PayPal", "FileTime"), named as the app, program or portal it is ("the
 * SmartLINK app", "la aplicación SmartLINK", "the MyCase portal"): the way brands and apps are
 * named, not a misspelling, when every part is a word some dictionary knows. Without such a noun
 * a run-together word is as likely a missing space or a spam sender's tag ("FreeMsg"), and a
 * surname such as "McKenna" has a part no dictionary knows: both stay names to confirm.
 */
const PRODUCT_NOUNS: ReadonlySet<string> = new Set([
  'app',
  'apps',
  'application',
  'program',
  'portal',
  'platform',
  'software',
  'system',
  'device',
  'website',
  'site',
  'aplicación',
  'aplicacion',
  'programa',
  'plataforma',
  'sistema',
  'dispositivo',
  'sitio',
]);
const STARTS_UPPER_WORD = /^\p{Lu}/u;

/**
 * The nouns of PRODUCT_NOUNS and the kinds of thing a case names by a maker's or an agency's name:
 * a court-ordered monitor or test ("el aparato Soberlink", "the SCRAM bracelet"), a form, an
 * agency. A capitalized word right beside one ("la aplicación Talkspace", "the Soberlink device")
 * is that thing's name, which no dictionary lists.
 */
const NAMED_THING_NOUNS: ReadonlySet<string> = new Set([
  ...PRODUCT_NOUNS,
  'aparato',
  'aparatos',
  'monitor',
  'monitors',
  'monitores',
  'bracelet',
  'pulsera',
  'brazalete',
  'tobillera',
  'form',
  'formulario',
  'agency',
  'agencia',
]);

function namesAThing(text: string, words: readonly Span[], index: number): boolean {
  const word = words[index] as Span;
  const before = words[index - 1];
  const after = words[index + 1];
  return (
    (before !== undefined &&
      NAMED_THING_NOUNS.has(before.text.toLowerCase()) &&
      ONLY_SPACES.test(text.slice(before.end, word.start))) ||
    (after !== undefined &&
      NAMED_THING_NOUNS.has(after.text.toLowerCase()) &&
      ONLY_SPACES.test(text.slice(word.end, after.start)))
  );
}

function namesAProduct(words: readonly Span[], index: number): boolean {
  const word = (words[index] as Span).text;
  if (!STARTS_UPPER_WORD.test(word) || !INNER_UPPER.test(word)) return false;
  const before = words[index - 1]?.text.toLowerCase();
  const after = words[index + 1]?.text.toLowerCase();
  return (before !== undefined && PRODUCT_NOUNS.has(before)) || (after !== undefined && PRODUCT_NOUNS.has(after));
}

const CAMEL_PARTS = /\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})/gu;
const MIN_CAMEL_PART = 2;

function isCompoundOfKnownWords(word: string, dictionaries: readonly SpellingProvider[]): boolean {
  const parts = word.match(CAMEL_PARTS);
  if (parts === null || parts.length < 2 || parts.join('') !== word) return false;
  return parts.every(
    (part) =>
      part.length >= MIN_CAMEL_PART &&
      dictionaries.some((dictionary) => dictionary.isCorrect(part) || dictionary.isCorrect(part.toLowerCase())),
  );
}

const ONLY_SPACES = /^[ \t\u00a0]+$/;

/**
 * Street suffixes, whole and abbreviated as USPS Publication 28 (appendix C1) lists the common
 * ones: a capitalized word right before one names a street ("Burnet Rd", "Lamar Blvd"), which no
 * dictionary can judge.
 */
const STREET_SUFFIXES: ReadonlySet<string> = new Set([
  'rd',
  'road',
  'st',
  'street',
  'ave',
  'av',
  'avenue',
  'blvd',
  'boulevard',
  'dr',
  'drive',
  'ln',
  'lane',
  'hwy',
  'highway',
  'pkwy',
  'parkway',
  'ct',
  'court',
  'pl',
  'cir',
  'trl',
  'trail',
  'fwy',
  'expy',
]);

/**
 * Spanish names the kind of street first ("la calle Rundberg", "avenida Lamar", "Avda. Central"):
 * a capitalized word right after one of these names the street, as one before a suffix does.
 */
const STREET_PREFIXES_ES: ReadonlySet<string> = new Set([
  'calle',
  'avenida',
  'avda',
  'av',
  'bulevar',
  'camino',
  'carretera',
  'calzada',
  'paseo',
]);
const AFTER_STREET_PREFIX = /^\.?[ \t\u00a0]+$/;

function namesAStreet(text: string, words: readonly Span[], index: number): boolean {
  const word = words[index] as Span;
  const next = words[index + 1];
  if (
    next !== undefined &&
    STARTS_UPPER.test(next.text) &&
    STREET_SUFFIXES.has(next.text.toLowerCase()) &&
    ONLY_SPACES.test(text.slice(word.end, next.start))
  )
    return true;
  const before = words[index - 1];
  return (
    before !== undefined &&
    STREET_PREFIXES_ES.has(before.text.toLowerCase()) &&
    AFTER_STREET_PREFIX.test(text.slice(before.end, word.start))
  );
}
const STARTS_UPPER_THEN_LOWER = /^\p{Lu}\p{Ll}/u;

/**
 * True when a capitalized neighbour stands right beside the word, with only spaces between: a run
 * of capitalized words ("Hartwell Diaz Law", "Maria Okonkwo") is a name, even at a sentence start.
 */
function inCapitalizedRun(text: string, words: readonly Span[], index: number): boolean {
  const word = words[index] as Span;
  const before = words[index - 1];
  const after = words[index + 1];
  const joinedBefore =
    before !== undefined &&
    STARTS_UPPER_THEN_LOWER.test(before.text) &&
    ONLY_SPACES.test(text.slice(before.end, word.start));
  const joinedAfter =
    after !== undefined &&
    STARTS_UPPER_THEN_LOWER.test(after.text) &&
    ONLY_SPACES.test(text.slice(word.end, after.start));
  return joinedBefore || joinedAfter;
}

/** For each word, whether it stands in a Spanish sentence; undefined when none does. */
function spanishWordMask(text: string, words: readonly Span[], settings: FirmSettings): Uint8Array | undefined {
  const report = detectLanguage(text, words, settings.language);
  if (!report.sentences.some((sentence) => sentence.language === 'es')) return undefined;
  const mask = new Uint8Array(words.length);
  for (const sentence of report.sentences) {
    if (sentence.language === 'es') mask.fill(1, sentence.firstWord, sentence.lastWord + 1);
  }
  return mask;
}

function isGlued(text: string, word: Span): boolean {
  const before = text[word.start - 1];
  const after = text[word.end];
  if (before !== undefined && GLUE_BEFORE.has(before)) return true;
  if (after !== undefined && GLUE_AFTER.has(after)) return true;
  // file.pdf, node.js, hd.law without a scheme that linkify let through.
  if (before === '.' && LETTER.test(text[word.start - 2] ?? '')) return true;
  if (after === '.' && LETTER.test(text[word.end + 1] ?? '') && HAS_LOWER.test(text[word.end + 1] ?? '')) return true;
  return false;
}

/** Brand-name drugs, lower case (see BRAND_DRUGS): known when written capitalized. */
const BRAND_DRUG_WORDS: ReadonlySet<string> = lazySet(() => BRAND_DRUGS.map((drug) => drug.toLowerCase()));

/**
 * A surname beside a name we know, in one run of capitalized words ("Rigoberto Mondragón
 * Elizondo", "el detective Betancourt Ocampo"): Hispanic names carry two surnames (and English
 * ones a middle name), and an unknown part
 * right beside a listed given name or surname is the same person's name (beside a listed brand, its
 * product line: "Verizon Fios"). A capitalized word that
 * opens a sentence is left to the other checks: a slip there ("Recivimos Maria...") is no name. A
 * hyphenated surname with an unknown half ("Abernathy-Quist") is still one to check.
 */
function besideKnownName(
  text: string,
  words: readonly Span[],
  index: number,
  dictionaries: readonly SpellingProvider[],
): boolean {
  const word = words[index] as Span;
  const known = (part: string) => isCommonName(part) || isListedName(part, dictionaries);
  if (opensSentence(text, words, index)) return false;
  for (const neighbour of [index - 1, index + 1]) {
    const other = words[neighbour];
    if (other === undefined || !STARTS_UPPER_THEN_LOWER.test(other.text)) continue;
    const gap = neighbour < index ? text.slice(other.end, word.start) : text.slice(word.end, other.start);
    if (ONLY_SPACES.test(gap) && known(other.text)) return true;
  }
  return false;
}

/**
 * The words of a message that neither the dictionary, our own vocabulary (OUR_WORDS: legal,
 * medical, everyday) nor the firm's own words know. Never flagged: links and e-mail addresses
 * (not words), anything with a digit (numbers, dates, times, case numbers), all-caps words and
 * known acronyms, handles, paths and file names.
 * An unknown capitalized word inside a sentence, or in a run of capitalized words anywhere, is most
 * likely a name and is reported at info.
 */
export function findMisspellings(
  input: ParsedMessage | string,
  settings: FirmSettings,
  checker: SpellingProvider | undefined,
  spanishChecker?: SpellingProvider,
): SpellingIssue[] {
  const message = typeof input === 'string' ? parseMessage(input) : input;
  const { text, words } = message;
  // Each sentence is checked against the dictionary of its language (see language.ts), when the
  // host has loaded it; Spanish words also against our Spanish legal vocabulary.
  const inSpanish = spanishWordMask(text, words, settings);
  const firm = firmWords(settings);
  const dictionaries = [checker, spanishChecker].filter((provider) => provider !== undefined);
  const issues: SpellingIssue[] = [];
  let checked = 0;
  let unknownLower = 0;
  for (let index = 0; index < words.length; index++) {
    const span = words[index];
    if (span === undefined) continue;
    const word = normalizeApostrophes(span.text);
    const spanish = inSpanish?.[index] === 1;
    const dictionary = spanish ? spanishChecker : checker;
    if (dictionary === undefined) continue;
    if (word.length < 2 || word.length > MAX_WORD_LENGTH) continue;
    if (HAS_DIGIT.test(word) || !HAS_LOWER.test(word)) continue;
    if (isGlued(text, span)) continue;
    // A title or abbreviation with its full stop ("Hon.", "Atty.", "Ste.") is no misspelling.
    if (text.charAt(span.end) === '.' && isAbbreviation(word)) continue;
    checked++;
    if (spanish && OUR_SPANISH_WORDS.has(word.toLowerCase())) continue;
    const capitalized = STARTS_UPPER.test(word);
    if (capitalized && isCommonName(word)) continue;
    if (isKnownWord(word, firm, dictionary)) continue;
    if (
      spanish &&
      (isSpanishVerbWithPronouns(word, dictionary) ||
        isSpanishPrefixed(word, dictionary) ||
        isEnglishInSpanish(word, checker) ||
        isVoseoForm(word, dictionary) ||
        isLearnedCognate(word, checker) ||
        isAbsoluteSuperlative(word, dictionary) ||
        isDrugNameCognate(word, checker) ||
        isKSpellingVariant(word, dictionary) ||
        isFeminineOfAgent(word, dictionary) ||
        isSpanishDrugName(word))
    )
      continue;
    if (namesAProduct(words, index) && isCompoundOfKnownWords(word, dictionaries)) continue;
    if (capitalized && isListedName(word, dictionaries)) continue;
    if (capitalized && BRAND_DRUG_WORDS.has(word.toLowerCase())) continue;
    if (capitalized && isAddressedName(text, words, index, dictionaries)) continue;
    if (capitalized && besideKnownName(text, words, index, dictionaries)) continue;
    if (capitalized && namesAStreet(text, words, index)) continue;
    if (capitalized && namesAPlace(text, words, index)) continue;
    if (capitalized && namesAThing(text, words, index)) continue;
    if (isBrandName(word)) continue;
    let likelyName = INNER_UPPER.test(word);
    if (!likelyName && capitalized) {
      likelyName = !opensSentence(text, words, index) || inCapitalizedRun(text, words, index);
    }
    if (likelyName && capitalized && !INNER_UPPER.test(word) && isKnownToAny(word, dictionaries)) continue;
    if (!capitalized) unknownLower++;
    issues.push({
      messageId: likelyName ? 'unknownName' : 'misspelled',
      start: span.start,
      end: span.end,
      word: span.text,
      severity: likelyName ? 'info' : 'warning',
      language: spanish ? 'es' : 'en',
    });
  }
  if (checked >= LANGUAGE_GUARD_MIN_WORDS && unknownLower / checked > LANGUAGE_GUARD_UNKNOWN_RATIO) return [];
  return issues;
}
