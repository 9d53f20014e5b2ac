import { ACRONYMS, AMBIGUOUS_ACRONYMS, CAPITALIZED_WORDS, SMS_KEYWORDS } from '../data/acronyms';
import type { Span } from '../message';
import { isTextingShorthand } from '../phrases';
import type { FirmSettings } from '../settings';
import { opensSentence } from '../text/sentences';
import type { Rule, RuleContext, SpellingProvider, TextEdit } from '../types';

// Hoisted: a regex literal inside a function is a new RegExp object each time it runs (once per
// link, number or word of a long paste).
const ENDS_WITH_DIGIT = /\d$/;
const I_CONTRACTION = /^I['’]/u;

/*
 * Shouting is a word of 3+ letters, letters only (with inner apostrophes and hyphens), with no
 * lower-case letter, that is not an acronym, an SMS keyword (STOP, HELP...) or a word of the
 * firm's name. Shouting words close together (nothing but upper-case words, digits and
 * punctuation between them, within one sentence) form one finding, so "FINAL NOTICE" is one
 * finding and its fix rewrites "NOTICE" and any short word between them. When no word of the
 * message has a lower-case letter and two or more words shout, the whole message is one finding.
 * The fix is sentence case: a capital at the start of a sentence, lower case elsewhere; acronyms,
 * keywords, "I", days and months keep their capitals, and the firm's name its own spelling.
 */

type WordKind = 'lower' | 'neutral' | 'short' | 'exception' | 'shout';

/**
 * Each word's kind as a number in a byte array: an array of strings, one slot per word, was a
 * large object on a long text (memory taken fresh from the system once per lint).
 */
const LOWER = 0;
const SHOUT = 1;
const EXCEPTION = 2;
const OTHER = 3;

/** Compared, not looked up: a lookup by the kind's string was a slow keyed load per word. */
function codeOf(kind: WordKind): number {
  return kind === 'lower' ? LOWER : kind === 'shout' ? SHOUT : kind === 'exception' ? EXCEPTION : OTHER;
}

const LOWER_CASE = /\p{Ll}/u;
const UPPER_CASE = /\p{Lu}/u;
const LETTERS_ONLY = /^[\p{L}\p{M}'’-]+$/u;
const NOT_LETTERS = /[^\p{L}]/gu;
const POSSESSIVE = /['’]S$/u;
/**
 * A Latin word of capitals with no vowel (Y counted as one: "WHY", "TRY") cannot be read aloud as
 * a word, so it is an initialism spelled out letter by letter ("PSLF", "CFPB", "DHSMV"), whether or
 * not ACRONYMS lists it: shouting is words in capitals. Texting shorthand ("TXT", "PLS") is a word
 * with its vowels left out, so it still shouts. Other scripts have other vowels; their words are
 * judged by the lists alone.
 */
const UNPRONOUNCEABLE_LATIN = /^[B-DF-HJ-NP-TV-XZ'’-]+$/;
const FIRM_NAME_WORDS = /[\p{L}\p{N}]+/gu;
const MIN_SHOUT_LETTERS = 3;
const KEYWORD_LEAD_INS = new Set([
  'REPLY',
  'TEXT',
  'SEND',
  'TYPE',
  'SAY',
  'RESPONDA',
  'RESPONDE',
  'CONTESTE',
  'ENVÍE',
  'ENVIE',
  'MANDE',
  'ESCRIBA',
]);
const KEYWORD_FOLLOWERS = new Set(['TO', 'FOR', 'PARA']);

interface Exceptions {
  extraAcronyms: ReadonlySet<string>;
  /** Whether a loaded dictionary (English or Spanish) knows the word: undefined when none is loaded. */
  isDictionaryWord: ((lower: string) => boolean) | undefined;
  /** Upper-case word of the firm's name -> the firm's own spelling. */
  firmWords: ReadonlyMap<string, string>;
  /** Whether the Spanish dictionary knows the word: undefined when it is not loaded. */
  isSpanishWord: ((lower: string) => boolean) | undefined;
}

function buildExceptions(
  settings: FirmSettings,
  dictionaries: readonly SpellingProvider[],
  spanish: SpellingProvider | undefined,
): Exceptions {
  const extraAcronyms = new Set(settings.acronyms.map((acronym) => acronym.trim().toUpperCase()));
  const firmWords = new Map<string, string>();
  for (const name of [settings.firmName, ...settings.firmNameAliases]) {
    for (const [word] of name.matchAll(FIRM_NAME_WORDS)) firmWords.set(word.toUpperCase(), word);
  }
  const isDictionaryWord =
    dictionaries.length === 0
      ? undefined
      : (lower: string) =>
          dictionaries.some((dictionary) => dictionary.isCorrect(lower) || dictionary.isCorrect(titleCase(lower)));
  const isSpanishWord =
    spanish === undefined
      ? undefined
      : (lower: string) => spanish.isCorrect(lower) || spanish.isCorrect(titleCase(lower));
  return { extraAcronyms, firmWords, isDictionaryWord, isSpanishWord };
}

function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isAcronymLike(upper: string, exceptions: Exceptions): boolean {
  const base = upper.replace(POSSESSIVE, '');
  if (ACRONYMS.has(base) || SMS_KEYWORDS.has(base) || exceptions.extraAcronyms.has(base)) return true;
  if (exceptions.firmWords.has(base)) return true;
  if (UNPRONOUNCEABLE_LATIN.test(base) && !isTextingShorthand(base.toLowerCase())) return true;
  if (!base.includes('-')) return false;
  // "DUI-DWI", "IRS-CI": every part an acronym (or too short to shout).
  return base.split('-').every((part) => part.length < MIN_SHOUT_LETTERS || isAcronymLike(part, exceptions));
}

/**
 * The most letters an initialism read as a word usually has ("TDAH", "NAFTA", "OSHA", "IAH"): longer
 * runs of capitals are words or names, which the lists judge.
 */
const MAX_INITIALISM_LETTERS = 5;
const ONLY_LATIN_CAPITALS = /^[A-ZÁÉÍÓÚÑÜ]+$/;

/**
 * A short word in capitals that no loaded dictionary knows, in English or Spanish, and that is no
 * texting shorthand, right after an article or a possessive written in lower case ("para el TDAH",
 * Spanish for ADHD; "the USDA inspector", "su RFC"): an initialism named as the thing it stands
 * for, not a word shouted. Shouting is words ("NOT", "TODAY", "URGENTE"), which a dictionary knows;
 * an initialism is not one, whether or not ACRONYMS lists it. The article keeps out the texting
 * spam's runs of capitals ("send SAE to POBOX"), and without a dictionary only the lists judge.
 */
const INITIALISM_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'your',
  'his',
  'her',
  'their',
  'our',
  'el',
  'la',
  'los',
  'las',
  'del',
  'al',
  'un',
  'una',
  'su',
  'sus',
  'tu',
  'tus',
  'nuestro',
  'nuestra',
]);

function isUnknownShortWord(base: string, exceptions: Exceptions): boolean {
  if (exceptions.isDictionaryWord === undefined) return false;
  if (base.length > MAX_INITIALISM_LETTERS || !ONLY_LATIN_CAPITALS.test(base)) return false;
  const lower = base.toLowerCase();
  return !isTextingShorthand(lower) && !exceptions.isDictionaryWord(lower);
}

/** Word `index` is an initialism after a lower-case article or possessive (see INITIALISM_DETERMINERS). */
function isNamedInitialism(words: readonly Span[], index: number, exceptions: Exceptions): boolean {
  const before = words[index - 1]?.text;
  // "The USDA" opens a sentence; "THE USDA" is a run of capitals.
  if (before === undefined || !LOWER_CASE.test(before) || !INITIALISM_DETERMINERS.has(before.toLowerCase()))
    return false;
  return isUnknownShortWord((words[index] as Span).text, exceptions);
}

/**
 * Word `index` is an office or program of the agency named right before it ("SSA OIG", "HUD OIG",
 * "IRS CI", "la SRE DGP"): an initialism no loaded dictionary knows after a listed acronym, a space
 * between, the way agencies name their components. A word shouted after an acronym ("IRS URGENT",
 * "IRS FINAL NOTICE") is a dictionary word, and stays shouting.
 */
function isAgencyComponent(text: string, words: readonly Span[], index: number, exceptions: Exceptions): boolean {
  const before = words[index - 1];
  const word = words[index] as Span;
  if (before === undefined || text.slice(before.end, word.start) !== ' ') return false;
  const agency = before.text.replace(POSSESSIVE, '');
  if (!ACRONYMS.has(agency) || AMBIGUOUS_ACRONYMS.has(agency)) return false;
  return isUnknownShortWord(word.text, exceptions);
}

/**
 * Spanish nouns of a thing a case names by its maker's or program's name, written after the noun
 * as Spanish does ("el brazalete SCRAM", "el aparato BI", "la aplicación ZOOM", "el formulario
 * DS"): a court-ordered monitor, a device, an app or program, a form.
 */
const SPANISH_THING_NOUNS: ReadonlySet<string> = new Set([
  'aparato',
  'aparatos',
  'brazalete',
  'brazaletes',
  'pulsera',
  'tobillera',
  'monitor',
  'dispositivo',
  'programa',
  'sistema',
  'aplicación',
  'aplicacion',
  'plataforma',
  'formulario',
]);

/**
 * Word `index`, a short word in capitals, names the thing the lower-case Spanish noun before it
 * names ("el brazalete SCRAM"): no word of Spanish, whatever English makes of it ("scram"). A
 * Spanish word shouted after a noun ("la aplicación GRATIS", "un formulario NUEVO") stays shouting.
 */
function isSpanishThingName(text: string, words: readonly Span[], index: number, exceptions: Exceptions): boolean {
  const before = words[index - 1];
  const word = words[index] as Span;
  if (exceptions.isSpanishWord === undefined || before === undefined || !LOWER_CASE.test(before.text)) return false;
  if (!SPANISH_THING_NOUNS.has(before.text.toLowerCase()) || text.slice(before.end, word.start) !== ' ') return false;
  if (word.text.length > MAX_INITIALISM_LETTERS || !ONLY_LATIN_CAPITALS.test(word.text)) return false;
  const lower = word.text.toLowerCase();
  return !isTextingShorthand(lower) && !exceptions.isSpanishWord(lower);
}

function classify(word: string, exceptions: () => Exceptions): WordKind {
  // Fast path for the common case: a lower-case letter among the first two characters.
  if (isAsciiLower(word.charCodeAt(0)) || isAsciiLower(word.charCodeAt(1))) return 'lower';
  if (LOWER_CASE.test(word)) return 'lower';
  if (!UPPER_CASE.test(word) || !LETTERS_ONLY.test(word)) return 'neutral';
  if (word.replace(NOT_LETTERS, '').length < MIN_SHOUT_LETTERS) return 'short';
  return isAcronymLike(word, exceptions()) ? 'exception' : 'shout';
}

function titleCase(lower: string): string {
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Whether an acronym-like word keeps its capitals when the phrase around it is rewritten. */
function keepsCapitals(words: readonly Span[], index: number, exceptions: Exceptions): boolean {
  const word = words[index];
  if (!word) return false;
  const upper = word.text.replace(POSSESSIVE, '');
  const previous = words[index - 1]?.text.toUpperCase() ?? '';
  const next = words[index + 1]?.text.toUpperCase() ?? '';
  if (exceptions.extraAcronyms.has(upper)) return true;
  if (SMS_KEYWORDS.has(upper)) return KEYWORD_LEAD_INS.has(previous) || KEYWORD_FOLLOWERS.has(next);
  if (AMBIGUOUS_ACRONYMS.has(upper)) {
    if (upper === 'AM' || upper === 'PM') return ENDS_WITH_DIGIT.test(previous);
    if (upper === 'US') return previous === 'THE';
    return false;
  }
  return isAcronymLike(upper, exceptions) && !exceptions.firmWords.has(upper);
}

/** The sentence-case spelling of an upper-case word, or undefined when it stays as it is. */
function sentenceCase(text: string, words: readonly Span[], index: number, exceptions: Exceptions): string | undefined {
  const word = words[index];
  if (!word || !LETTERS_ONLY.test(word.text) || LOWER_CASE.test(word.text)) return undefined;
  const upper = word.text;
  const firmSpelling = exceptions.firmWords.get(upper);
  if (firmSpelling !== undefined) return firmSpelling === upper ? undefined : firmSpelling;
  if (keepsCapitals(words, index, exceptions)) return undefined;
  const lower = upper.toLowerCase();
  if (upper === 'I' || I_CONTRACTION.test(upper)) return titleCase(lower);
  const rewritten = CAPITALIZED_WORDS.has(upper) || opensSentence(text, words, index) ? titleCase(lower) : lower;
  return rewritten === upper ? undefined : rewritten;
}

function rewriteEdits(
  text: string,
  words: readonly Span[],
  first: number,
  last: number,
  exceptions: Exceptions,
): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let index = first; index <= last; index++) {
    const word = words[index];
    const rewritten = sentenceCase(text, words, index, exceptions);
    if (word && rewritten !== undefined) edits.push({ start: word.start, end: word.end, text: rewritten });
  }
  return edits;
}

/**
 * A firm's own reply keyword ("reply BILL if you want it by text", "Text DOCS to get the list"):
 * one upper-case word right after a lead-in written in lower case, with only a space between and
 * no shouting word after it. Keywords are written in capitals so the client types them exactly;
 * "REPLY NOW" (the lead-in shouts too) and "reply NOW FOR DETAILS" (a shouting run) stay shouting.
 */
function isReplyKeyword(text: string, words: readonly Span[], kinds: Uint8Array, index: number): boolean {
  const leadIn = words[index - 1];
  const word = words[index];
  if (!leadIn || !word || kinds[index - 1] !== LOWER) return false;
  if (!KEYWORD_LEAD_INS.has(leadIn.text.toUpperCase())) return false;
  if (text.slice(leadIn.end, word.start) !== ' ') return false;
  return kinds[index + 1] !== SHOUT;
}

const MAX_QUOTED_LENGTH = 40;

/**
 * Negations a firm stresses in an instruction ("do NOT drive", "no firme NADA", "NEVER send cash"):
 * one such word in capitals between words in lower case is emphasis on the instruction, the way a
 * careful letter underlines it, not a text in capitals. Still a note (capitals weigh in filters).
 */
const STRESSED_NEGATIONS: ReadonlySet<string> = new Set(['NOT', 'NEVER', 'NUNCA', 'NADA', 'JAMÁS', 'JAMAS']);

function isStressedNegation(words: readonly Span[], kinds: Uint8Array, first: number, last: number): boolean {
  if (first !== last || !STRESSED_NEGATIONS.has((words[first] as Span).text)) return false;
  return kinds[first - 1] === LOWER && kinds[first + 1] === LOWER;
}

function reportRun(
  context: RuleContext,
  first: number,
  last: number,
  wholeMessage: boolean,
  exceptions: Exceptions,
  stressed = false,
) {
  const { text, words } = context.message;
  const start = words[first]?.start ?? 0;
  const end = words[last]?.end ?? 0;
  const quoted = text.slice(start, end);
  const edits = rewriteEdits(text, words, first, last, exceptions);
  context.report({
    messageId: wholeMessage ? 'allCapsMessage' : stressed ? 'stressedNegation' : 'allCaps',
    data: { words: quoted.length > MAX_QUOTED_LENGTH ? `${quoted.slice(0, MAX_QUOTED_LENGTH - 3)}...` : quoted },
    start,
    end,
    ...(stressed ? { severity: 'info' as const } : {}),
    fixes: edits.length > 0 ? [{ label: 'Use sentence case', edits, safe: true }] : [],
  });
}

const rule: Rule = {
  id: 'all-caps',
  meta: {
    category: 'formatting',
    defaultSeverity: 'warning',
    description:
      'Flags words written in capitals for emphasis (acronyms, STOP/HELP keywords and the firm name are fine).',
    why: 'Twilio lists needless capitalization among the content that gets texts filtered; capitals read as shouting and as marketing.',
    messages: {
      allCaps:
        '"{words}" is in capitals, which reads as shouting and is a spam signal carriers filter on. Use normal sentence case.',
      replyKeyword: '"{words}" reads as a reply keyword: clients type it as written, so it may stay in capitals.',
      stressedNegation:
        '"{words}" stresses one word of an instruction, which reads clearly; capitals still weigh a little in spam filters, so consider lower case or rewording (e.g. "do not drive at all").',
      allCapsMessage:
        'The whole message is in capitals, which reads as shouting and is a spam signal carriers filter on. Use normal sentence case.',
    },
    fixable: 'safe',
    examples: {
      valid: [
        { text: 'Hi Maria, this is Hartwell & Diaz. Your DUI hearing is at 9am EST. Reply STOP to opt out.' },
        { text: 'HD Law: your EEOC charge and FMLA forms are ready as a PDF.', settings: { firmName: 'HD Law' } },
      ],
      invalid: [
        { text: 'URGENT: your hearing is tomorrow.', output: 'Urgent: your hearing is tomorrow.' },
        {
          text: 'Hi Maria, please call TODAY about your IRS letter.',
          output: 'Hi Maria, please call today about your IRS letter.',
        },
      ],
    },
  },
  check(context) {
    const { words, text } = context.message;
    if (words.length === 0) return;
    let cachedExceptions: Exceptions | undefined;
    const exceptions = (): Exceptions => {
      cachedExceptions ??= buildExceptions(
        context.settings,
        [context.spellChecker, context.spanishSpellChecker].filter((provider) => provider !== undefined),
        context.spanishSpellChecker,
      );
      return cachedExceptions;
    };

    const kinds = new Uint8Array(words.length);
    let anyLower = false;
    // Indexed, not for...of: unoptimized (it runs once per lint), for...of made an iterator result per word.
    for (let index = 0; index < words.length; index++) {
      const word = (words[index] as Span).text;
      let kind = classify(word, exceptions);
      if (
        kind === 'shout' &&
        (isNamedInitialism(words, index, exceptions()) ||
          isSpanishThingName(text, words, index, exceptions()) ||
          isAgencyComponent(text, words, index, exceptions()))
      )
        kind = 'exception';
      kinds[index] = codeOf(kind);
      if (kind === 'lower') anyLower = true;
    }
    let shouting = 0;
    for (let index = 0; index < kinds.length; index++) {
      if (kinds[index] !== SHOUT) continue;
      const word = words[index];
      if (word && isReplyKeyword(text, words, kinds, index)) {
        // Not shouting, so no warning; still weighed in the score as capitals are (see score.ts).
        kinds[index] = EXCEPTION;
        context.report({
          messageId: 'replyKeyword',
          data: { words: word.text },
          start: word.start,
          end: word.end,
          severity: 'info',
        });
      } else shouting++;
    }
    if (shouting === 0) return;

    if (!anyLower && shouting >= 2) {
      let first = 0;
      while (first < words.length && !UPPER_CASE.test(words[first]?.text ?? '')) first++;
      let last = words.length - 1;
      while (last > first && !UPPER_CASE.test(words[last]?.text ?? '')) last--;
      reportRun(context, first, last, true, exceptions());
      return;
    }

    let runFirst = -1;
    let runLast = -1;
    const flush = () => {
      if (runFirst >= 0)
        reportRun(context, runFirst, runLast, false, exceptions(), isStressedNegation(words, kinds, runFirst, runLast));
      runFirst = -1;
      runLast = -1;
    };
    for (let index = 0; index < words.length; index++) {
      const kind = kinds[index];
      const word = words[index];
      if (!word) continue;
      if (runFirst >= 0) {
        // Checking each gap once keeps this linear: a break anywhere since the run's last word was seen already.
        const previous = words[index - 1];
        const broken = kind === LOWER || (previous !== undefined && opensSentence(text, words, index));
        if (broken) flush();
      }
      if (kind === SHOUT) {
        if (runFirst < 0) runFirst = index;
        runLast = index;
      }
    }
    flush();
  },
};

export default rule;
