import type { ParsedMessage } from './message';
import { RecentCache } from './recent-cache';
import type { FirmSettings } from './settings';

// Hoisted: a regex literal inside a function is a new RegExp object each time it runs (once per
// link, number or word of a long paste).
const NANP_TEN_DIGITS = /^[2-9][0-8]\d[2-9]\d{6}$/;

/*
 * Phone numbers: normalizing what a firm types in its settings, and finding numbers in a message.
 *
 * Numbers are compared in E.164 form ("+15125550147"). US and Canadian numbers follow the North
 * American Numbering Plan: a 3-digit area code and a 3-digit exchange, each starting with 2-9, and
 * neither may be an N11 service code (211, 411, 911...); area codes with 9 in the middle are
 * reserved. International numbers must be written with "+" (or the US exit code 011) and have
 * 8 to 15 digits, E.164's maximum. A number in another country's national format (a leading trunk
 * 0) is not recognised: US firms text US numbers, and without its country code such a number
 * cannot be dialled from a US phone as written.
 */

/** Separators people type inside a phone number: space, dot, hyphens and dashes, no-break space. */
const SEPARATOR_CLASS = '[ .\\-\\u2010\\u2011\\u2012\\u2013\\u00a0]';

/** A trailing extension ("ext. 12", "x12", "#12") is not part of the number we compare. */
const EXTENSION_SUFFIX = /\s*(?:ext\.?|extension|x|#)\s*\d{1,6}$/i;
const ONLY_PHONE_CHARACTERS = /^[+\d\s().\-\u2010-\u2013\u00a0/]+$/;
const NON_DIGITS = /\D/g;

const E164_MIN_DIGITS = 8;
const E164_MAX_DIGITS = 15;

/** True for a valid 10-digit NANP number (area code + exchange + line). */
function isNanpNumber(tenDigits: string): boolean {
  if (!NANP_TEN_DIGITS.test(tenDigits)) return false;
  const areaIsServiceCode = tenDigits[1] === '1' && tenDigits[2] === '1';
  const exchangeIsServiceCode = tenDigits[4] === '1' && tenDigits[5] === '1';
  return !areaIsServiceCode && !exchangeIsServiceCode;
}

function internationalE164(digits: string): string | null {
  if (digits.startsWith('1')) return digits.length === 11 && isNanpNumber(digits.slice(1)) ? `+${digits}` : null;
  if (digits.startsWith('0') || digits.length < E164_MIN_DIGITS || digits.length > E164_MAX_DIGITS) return null;
  return `+${digits}`;
}

/**
 * The E.164 form of a phone number as a person types it ("(512) 555-0147", "512.555.0147",
 * "+1 512 555 0147", "1-512-555-0147" -> "+15125550147"; "+44 20 7946 0958" -> "+442079460958"),
 * or null when the input is not a plausible phone number. A trailing extension is ignored.
 */
export function normalizePhoneNumber(input: string): string | null {
  const trimmed = input.trim().replace(EXTENSION_SUFFIX, '');
  if (!ONLY_PHONE_CHARACTERS.test(trimmed)) return null;
  // A "+" anywhere but first is a typo, not a country code marker.
  if (trimmed.lastIndexOf('+') > 0) return null;
  const digits = trimmed.replace(NON_DIGITS, '');
  if (trimmed.startsWith('+')) return internationalE164(digits);
  if (digits.startsWith('011')) return internationalE164(digits.slice(3));
  if (digits.length === 10) return isNanpNumber(digits) ? `+1${digits}` : null;
  if (digits.length === 11 && digits.startsWith('1')) return isNanpNumber(digits.slice(1)) ? `+${digits}` : null;
  return null;
}

// Keyed on the settings array: lint() runs on every keystroke with the same settings object.
const firmNumberCache = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * The firm's numbers in E.164 form, and its 5- or 6-digit short codes as written; entries that are
 * neither are ignored.
 */
export function firmPhoneNumbersOf(settings: Pick<FirmSettings, 'firmPhoneNumbers'>): ReadonlySet<string> {
  let numbers = firmNumberCache.get(settings.firmPhoneNumbers);
  if (!numbers) {
    numbers = new Set(
      settings.firmPhoneNumbers
        .map((entry) => normalizePhoneNumber(entry) ?? (/^\s*\d{5,6}\s*$/.test(entry) ? entry.trim() : null))
        .filter((number): number is string => number !== null),
    );
    firmNumberCache.set(settings.firmPhoneNumbers, numbers);
  }
  return numbers;
}

/** Whether the message holds a phone number that is not one of the firm's: a number the sender controls. */
export function hasOutsideNumber(message: ParsedMessage, settings: Pick<FirmSettings, 'firmPhoneNumbers'>): boolean {
  const firmNumbers = firmPhoneNumbersOf(settings);
  return phoneNumbersOf(message).some((found) => !firmNumbers.has(found.e164));
}

export interface PhoneMatch {
  start: number;
  end: number;
  /** As typed in the message. */
  raw: string;
  /** E.164 form. */
  e164: string;
}

/*
 * Two shapes: a NANP number (optional country code 1, area code optionally in parentheses,
 * separators optional), or "+" with a country code and digit groups. Each group is separated by
 * one separator or a parenthesis, so the pattern cannot backtrack on itself.
 */
const PHONE_CANDIDATE = new RegExp(
  `(?:\\+?1${SEPARATOR_CLASS}?)?(?:\\(\\d{3}\\)${SEPARATOR_CLASS}?|\\d{3}${SEPARATOR_CLASS}?)\\d{3}${SEPARATOR_CLASS}?\\d{4}` +
    `|\\+[2-9]\\d*(?:${SEPARATOR_CLASS}\\(?\\d+\\)?|\\(\\d+\\))*`,
  'g',
);

const WORD_CHARACTER = /[\p{L}\p{N}_]/u;
/** Characters that make a digit run something else: money, a fraction or date, a handle, a percentage. */
const NOT_BEFORE_A_PHONE = new Set(['$', '/', '\\', '@', '+', '€', '£']);
const NOT_AFTER_A_PHONE = new Set(['%', '/', '\\']);
/** A separator that continues a longer code ("512-555-0147-22", "4.24.2025.1") when a word character follows it. */
const JOINING_PUNCTUATION = new Set(['-', '.', ':', ',', '\u2010', '\u2011', '\u2013']);

/**
 * Labels after which a phone-shaped number is an identifier, not a number to call:
 * "Case No. 512-555-0147", "claim # 5125550147", "account 5125550147".
 */
const IDENTIFIER_LABEL =
  /(?:^|[^\p{L}])(?:case|cause|docket|claim|policy|invoice|account|acct|routing|ssn|reference|ref|matter|ticket|citation|confirmation|order|tracking|receipt|file|loan|member|booking|permit|license|id)\s*(?:no\.?|num(?:ber)?\.?|#|id)?\s*[:#.]?\s*$/iu;
/**
 * The same in Spanish, where the label may say "es" before the number: "número de caso es
 * 512-555-0147", "expediente: 5125550147", "póliza núm. 5125550147". "Cuenta" only as "número de
 * cuenta", since "tenga en cuenta: 512-555-0147" is a number to call.
 */
const SPANISH_IDENTIFIER_LABEL =
  /(?:^|[^\p{L}])(?:n[úu]mero\s+de\s+(?:cuenta|caso|expediente|reclamo|reclamaci[óo]n|p[óo]liza|factura|recibo|confirmaci[óo]n|orden|rastreo|seguimiento|pr[ée]stamo|permiso|licencia|boleto|causa|miembro|reserva|referencia)|caso|expediente|reclamo|reclamaci[óo]n|p[óo]liza|factura|recibo|confirmaci[óo]n|rastreo|seguimiento|causa|referencia)\s*(?:n[úu]m\.?|no\.?|#)?\s*(?:es\s+)?[:#.]?\s*$/iu;
const LABEL_WINDOW = 40;

function isIdentifierLabelled(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - LABEL_WINDOW), start);
  return IDENTIFIER_LABEL.test(before) || SPANISH_IDENTIFIER_LABEL.test(before);
}

function isBoundaryBefore(text: string, start: number): boolean {
  const before = text.charAt(start - 1);
  if (before === '') return true;
  if (WORD_CHARACTER.test(before) || NOT_BEFORE_A_PHONE.has(before)) return false;
  return !(JOINING_PUNCTUATION.has(before) && WORD_CHARACTER.test(text.charAt(start - 2)));
}

function isBoundaryAfter(text: string, end: number): boolean {
  const after = text.charAt(end);
  if (after === '') return true;
  if (WORD_CHARACTER.test(after) || NOT_AFTER_A_PHONE.has(after)) return false;
  return !(JOINING_PUNCTUATION.has(after) && WORD_CHARACTER.test(text.charAt(end + 1)));
}

/**
 * Phone numbers in a message, in order. Dates ("3/14/2025"), times, ZIP codes, money, SSNs
 * (3-2-4 digits), card numbers (13+ digits) and labelled case or account numbers do not match.
 */
export function findPhoneNumbers(text: string): PhoneMatch[] {
  const found: PhoneMatch[] = [];
  // The last number found, as written and normalized: a text that repeats a number holds its two
  // strings once (the match's own copy dies young), and normalizes it once.
  let lastRaw = '';
  let lastE164 = '';
  PHONE_CANDIDATE.lastIndex = 0;
  for (let match = PHONE_CANDIDATE.exec(text); match; match = PHONE_CANDIDATE.exec(text)) {
    let raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    let e164: string | null = null;
    if (isBoundaryBefore(text, start) && isBoundaryAfter(text, end) && !isIdentifierLabelled(text, start)) {
      if (raw === lastRaw) {
        raw = lastRaw;
        e164 = lastE164;
      } else e164 = normalizePhoneNumber(raw);
    }
    if (e164 === null) {
      // A rejected candidate may hide a real number that starts inside it; look again one step on.
      PHONE_CANDIDATE.lastIndex = start + 1;
      continue;
    }
    lastRaw = raw;
    lastE164 = e164;
    found.push({ start, end, raw, e164 });
  }
  return found;
}

const phoneNumberCache = new RecentCache<ParsedMessage, readonly PhoneMatch[]>();

/**
 * findPhoneNumbers of the message's text, found once per lint: up to five rules' checks ask for
 * them (phone-number-not-firm, scam-shape's channel, three of phishing-language's), and a text
 * full of numbers was scanned and its numbers normalized each time.
 */
export function phoneNumbersOf(message: ParsedMessage): readonly PhoneMatch[] {
  return phoneNumberCache.getOrCompute(message, phoneNumbersOfText);
}

const phoneNumbersOfText = (message: ParsedMessage): readonly PhoneMatch[] => findPhoneNumbers(message.text);
