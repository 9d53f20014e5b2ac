import { overlapsLinkOrEmailOf } from './links';
import type { ParsedMessage } from './message';
import { RecentCache } from './recent-cache';

// Hoisted: a regex literal inside a function is a new RegExp object each time it runs (once per
// link, number or word of a long paste).
const DIGIT = /\d/;
const NINE_DIGITS = /^\d{9}$/;
const LEADING_QUOTES = /^["'“‘]+/;

/*
 * Finds Social Security numbers, card numbers, bank account and routing numbers, passwords and
 * PINs. Each kind has its own validity check so that case numbers, dates, phone numbers and
 * invoice totals are not flagged:
 * - SSN: 3-2-4 digits with one consistent separator, or 9 bare digits right after an "SSN" /
 *   "social security" label; area 000, 666 and 900-999, group 00 and serial 0000 are never issued
 *   (SSA, "Social Security Number Randomization").
 * - Card: 13-19 digits, optionally grouped with single spaces or hyphens, starting with an issuer
 *   prefix (Visa 4, Mastercard 51-55 / 2221-2720, Amex / Diners / JCB 3x, Discover / UnionPay 6x)
 *   and passing the Luhn check (ISO/IEC 7812).
 * - Bank account: 6-17 digits right after "account number", "acct #" and the like.
 * - Routing: a US routing number is always 9 digits with the ABA checksum (weights 3, 7, 1), so
 *   a labelled number of another length, or failing the checksum, is not reported as one.
 * - Password / PIN: the value after "password", "passcode", "PIN"; a PIN or passcode is 4-8
 *   digits, a password must look like one (a digit, a symbol or inner capitals), so "your password
 *   expires Friday" is fine.
 * - A-number (USCIS Alien Registration Number): "A" and 8 or 9 digits, grouped or not, right after an
 *   "A-number" / "A#" / "alien (registration) number" label or the Spanish "número A" / "número de
 *   (registro de) extranjero". Unlabelled, the shape is too close to case and file numbers.
 * Spanish labels are read the same way: "número de seguro social" (NSS), "número de cuenta (bancaria)",
 * "número de ruta", "contraseña", "clave de acceso", "NIP" (Mexico's word for a PIN); "es" is "is".
 * Spanish names what a secret opens after the label ("su contraseña del portal es ...", "su NIP para
 * el buzón es ..."): up to five words after "de"/"del"/"para" may stand between label and "es"/":".
 */

export type SensitiveKind = 'ssn' | 'alienNumber' | 'cardNumber' | 'bankAccount' | 'routingNumber' | 'password' | 'pin';

export interface SensitiveSpan {
  kind: SensitiveKind;
  start: number;
  end: number;
}

const SSN_SEPARATED = /(\d{3})([- ])(\d{2})\2(\d{4})/g;
// Labels never repeat whitespace runs around optional parts, so a long run of spaces cannot backtrack quadratically.
const SSN_LABELLED =
  /(?:ssn|ss#|nss|social\s+security|(?:n[úu]mero\s+(?:del?\s+)?)?seguro\s+social)\s*(?:(?:number|num|no\.?|#)\s*)?(?:(?:is|es|:|#|=|-)\s*)?(\d{9})(?!\d)/giu;
// Only runs long enough to hold a card: matching every short run (dates, times) costs more than the rest of the rule.
const DIGIT_RUN = /\d(?:[ -]?\d){12,}/g;
const ACCOUNT_LABELLED =
  /(?:(?:account|acct\.?|a\/c)\s*(?:number|num\.?|no\.?|#|:)|n[úu]mero\s+de\s+cuenta(?:\s+bancaria)?|cuenta\s+(?:bancaria\s+)?(?:#|n[úu]m\.|no\.))\s*(?:(?:is|es|:|#|=|-)\s*)?(\d{6,17})(?!\d)/giu;
const ROUTING_LABELLED =
  /(?:routing|n[úu]mero\s+de\s+(?:ruta|enrutamiento))\s*(?:(?:number|num\.?|no\.?|#)\s*)?(?:(?:is|es|:|#|=|-)\s*)?(\d{6,17})(?!\d)/giu;
const SECRET_LABELLED =
  /(password|passwd|pwd|passcode|pass\s+code|pin(?:\s+(?:number|code))?|contrase[ñn]a|clave\s+de\s+acceso|nip)(?![\p{L}\p{N}])(?:\s+(?:del?|para)(?:\s+\p{L}+){1,5}?(?=\s*(?::|es\s)))?\s*(?:(?:is|es|:|=|-)\s*)?(\S+)/giu;

const ALIEN_NUMBER_LABELLED =
  /(?:a-?number|a#|alien\s+(?:registration\s+)?(?:number|no\.?|#)|n[úu]mero\s+(?:a|de\s+(?:registro\s+de\s+)?extranjero)(?![\p{L}\p{N}]))\s*(?:(?:is|es|:|#|=|-)\s*)?(a?[- ]?(?:\d{3}[- ]?\d{3}[- ]?\d{3}|\d{2}[- ]?\d{3}[- ]?\d{3}))(?![\p{N}-])/giu;

const WORD_CHARACTER = /[\p{L}\p{N}_]/u;
const PIN_VALUE = /^\d{4,8}$/;
const QUOTES_AROUND = /^["'“‘]+|["'”’]+$/g;
const TRAILING_PUNCTUATION = /[.,;:!?)"'”’]+$/;
const PASSWORD_SHAPE = /\d|[^\p{L}\p{N}]|\p{Ll}\p{Lu}/u;
const MIN_PASSWORD_LENGTH = 4;
const MAX_PASSWORD_LENGTH = 64;
const VISIBLE_DIGITS = 4;

function startsAWord(text: string, index: number): boolean {
  return !WORD_CHARACTER.test(text.charAt(index - 1));
}

/** Not glued to a longer code: "12-123-45-6789", "123-45-6789-1", "x123-45-6789". */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  if (WORD_CHARACTER.test(before) || WORD_CHARACTER.test(after)) return false;
  if ((before === '-' || before === '.' || before === '/') && DIGIT.test(text.charAt(start - 2))) return false;
  return !((after === '-' || after === '/') && DIGIT.test(text.charAt(end + 1)));
}

function isValidSsn(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && !area.startsWith('9') && group !== '00' && serial !== '0000';
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index--) {
    let digit = digits.charCodeAt(index) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

export function passesAbaChecksum(nineDigits: string): boolean {
  if (!NINE_DIGITS.test(nineDigits)) return false;
  const weights = [3, 7, 1];
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += (nineDigits.charCodeAt(index) - 48) * (weights[index % 3] as number);
  return sum % 10 === 0;
}

function hasCardIssuerPrefix(digits: string): boolean {
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  switch (digits.charAt(0)) {
    case '4':
      return true;
    case '5':
      return two >= 51 && two <= 55;
    case '2':
      return four >= 2221 && four <= 2720;
    case '3':
      return two !== 31 && two !== 32 && two !== 33;
    case '6':
      return four === 6011 || two === 62 || two === 65 || (two === 64 && four >= 6440);
    default:
      return false;
  }
}

const MIN_CARD_DIGITS = 13;
const MAX_CARD_DIGITS = 19;
const MIN_CARD_GROUP_DIGITS = 3;

/**
 * Card numbers inside a run of digits groups. A run can join a card to a neighbouring number
 * ("call 512 555 0147 4111 1111 1111 1111"), so each window of consecutive groups holding 13-19
 * digits is tried; windows are bounded by 19 digits, so this stays linear. The groups are found
 * as the windows reach them: a list of them all was an object per group and a large array on a
 * long run ("123 45 6789 123 45 6789 ...").
 */
function findCardsInRun(run: string, runStart: number, found: SensitiveSpan[]): void {
  // Each group is the text between two separators (one space or hyphen each), empty ones included.
  let first = 0;
  while (first <= run.length) {
    let digits = '';
    let matchedEnd = -1;
    for (let groupStart = first; ; ) {
      const groupEnd = groupEndAt(run, groupStart);
      // Cards are printed in groups of 4 (Amex 4-6-5); "4 4 4 ..." or "1-2-1-2" is not one.
      if (groupEnd - groupStart < MIN_CARD_GROUP_DIGITS) break;
      digits += run.slice(groupStart, groupEnd);
      if (digits.length > MAX_CARD_DIGITS) break;
      if (digits.length >= MIN_CARD_DIGITS && hasCardIssuerPrefix(digits) && passesLuhn(digits)) matchedEnd = groupEnd;
      if (groupEnd === run.length) break;
      groupStart = groupEnd + 1;
    }
    if (matchedEnd < 0) {
      first = groupEndAt(run, first) + 1;
      continue;
    }
    found.push({ kind: 'cardNumber', start: runStart + first, end: runStart + matchedEnd });
    first = matchedEnd + 1;
  }
}

/** Where the group of a digit run that starts at `start` ends: at the next space or hyphen, or the run's end. */
function groupEndAt(run: string, start: number): number {
  let end = start;
  while (end < run.length) {
    const code = run.charCodeAt(end);
    if (code === 0x20 || code === 0x2d) break;
    end++;
  }
  return end;
}

function collect(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) visit(match);
}

/** The value captured last in a labelled match: its offsets in the text. */
function capturedTail(match: RegExpExecArray, value: string): { start: number; end: number } {
  const end = match.index + match[0].length;
  return { start: end - value.length, end };
}

function findLabelled(text: string, found: SensitiveSpan[]): void {
  collect(ACCOUNT_LABELLED, text, (match) => {
    const value = match[1] as string;
    if (!startsAWord(text, match.index)) return;
    found.push({ kind: 'bankAccount', ...capturedTail(match, value) });
  });
  collect(ROUTING_LABELLED, text, (match) => {
    const value = match[1] as string;
    if (!startsAWord(text, match.index) || !passesAbaChecksum(value)) return;
    found.push({ kind: 'routingNumber', ...capturedTail(match, value) });
  });
  collect(ALIEN_NUMBER_LABELLED, text, (match) => {
    if (!startsAWord(text, match.index)) return;
    found.push({ kind: 'alienNumber', ...capturedTail(match, match[1] as string) });
  });
  collect(SSN_LABELLED, text, (match) => {
    const value = match[1] as string;
    if (!startsAWord(text, match.index)) return;
    if (!isValidSsn(value.slice(0, 3), value.slice(3, 5), value.slice(5))) return;
    found.push({ kind: 'ssn', ...capturedTail(match, value) });
  });
}

function findSecrets(text: string, found: SensitiveSpan[]): void {
  collect(SECRET_LABELLED, text, (match) => {
    if (!startsAWord(text, match.index)) return;
    const label = (match[1] as string).toLowerCase();
    const token = match[2] as string;
    const tokenStart = match.index + match[0].length - token.length;
    const unquotedStart = token.length - token.replace(LEADING_QUOTES, '').length;
    const value = token.replace(QUOTES_AROUND, '').replace(TRAILING_PUNCTUATION, '');
    if (value === '' || value.startsWith('(')) return;
    const start = tokenStart + unquotedStart;
    const end = start + value.length;
    const isPassword = label.startsWith('passw') || label.startsWith('contrase') || label === 'pwd';
    if (PIN_VALUE.test(value) && !isPassword) {
      found.push({ kind: 'pin', start, end });
      return;
    }
    // A PIN is digits; "PIN is your birth year" gives no value.
    if (label.startsWith('pin') || label === 'nip') return;
    if (value.length < MIN_PASSWORD_LENGTH || value.length > MAX_PASSWORD_LENGTH || !PASSWORD_SHAPE.test(value)) return;
    found.push({ kind: 'password', start, end });
  });
}

const PRIORITY: Record<SensitiveKind, number> = {
  bankAccount: 0,
  routingNumber: 0,
  ssn: 1,
  alienNumber: 1,
  cardNumber: 2,
  pin: 3,
  password: 3,
};

const cache = new RecentCache<ParsedMessage, readonly SensitiveSpan[]>();

/**
 * Every sensitive value in a message, in text order, without overlaps (a labelled account
 * number wins over the card number it may also look like). Cached per parsed message: sensitive-data
 * reports them and phone-number-not-firm skips the numbers inside them.
 */
export function findSensitiveData(message: ParsedMessage): readonly SensitiveSpan[] {
  const cached = cache.get(message);
  if (cached) return cached;
  const { text } = message;
  const candidates: SensitiveSpan[] = [];
  findLabelled(text, candidates);
  collect(SSN_SEPARATED, text, (match) => {
    const start = match.index;
    const end = start + match[0].length;
    if (!standsAlone(text, start, end)) {
      SSN_SEPARATED.lastIndex = start + 1;
      return;
    }
    if (isValidSsn(match[1] as string, match[3] as string, match[4] as string))
      candidates.push({ kind: 'ssn', start, end });
  });
  collect(DIGIT_RUN, text, (match) => {
    if (!standsAlone(text, match.index, match.index + match[0].length)) return;
    findCardsInRun(match[0], match.index, candidates);
  });
  findSecrets(text, candidates);
  candidates.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start);
  const inLink = overlapsLinkOrEmailOf(message);
  // Every candidate is short (at most a 64-character password), so marking what is kept offset by
  // offset keeps the overlap test linear in the text.
  const taken = new Uint8Array(text.length);
  const kept: SensitiveSpan[] = [];
  for (const candidate of candidates) {
    if (inLink(candidate.start, candidate.end)) continue;
    if (taken.subarray(candidate.start, candidate.end).includes(1)) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  kept.sort((a, b) => a.start - b.start);
  cache.set(message, kept);
  return kept;
}

/** Masks every digit but the last four, keeping separators: "123-45-6789" -> "***-**-6789". */
export function maskDigits(value: string): string {
  let digitsSeen = 0;
  let totalDigits = 0;
  for (const character of value) if (character >= '0' && character <= '9') totalDigits++;
  let masked = '';
  for (const character of value) {
    if (character >= '0' && character <= '9') {
      digitsSeen++;
      masked += digitsSeen > totalDigits - VISIBLE_DIGITS ? character : '*';
    } else masked += character;
  }
  return masked;
}
