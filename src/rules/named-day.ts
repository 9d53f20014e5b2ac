import { MONTH_WORDS, WEEKDAY_WORDS } from './data/legal-context';
import type { ParsedMessage } from './message';
import { wordViewOf } from './phrases';
import { sentenceIndexOfWords } from './text/sentences';

/*
 * Whether a sentence names when something happens: a weekday, a month beside a day's number, a
 * numeric date or a clock time. A warning that names it ("Final notice of your hearing on May 3",
 * "Urgent: the court moved your jury selection to tomorrow at 8:30 a.m.") is a firm's reminder of
 * a legal event, where a scam's urgency names none or hides it behind its link.
 */

const MONTHS: ReadonlySet<string> = new Set(MONTH_WORDS);
const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_WORDS);
/** "5/3", "05/03/2026", "2026-05-03": a date written in numbers (the words split at its slashes). */
const NUMERIC_DATE = /\b(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{4}-\d{2}-\d{2})\b/;
/** "8:30", "8:30 a.m.", "9am", "2 PM": a time of day (a bare number is not one). */
const CLOCK_TIME = /\b(?:(?:[01]?\d|2[0-3]):[0-5]\d|(?:1[0-2]|0?[1-9])\s?[ap]\.?m\b\.?)/i;
/** "3", "3rd", "21st": a day of the month beside a month's name. */
const DAY_NUMBER = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;

/** True when the sentence of word `at` names a day or a time of day (see above). */
export function namesADay(message: ParsedMessage, at: number): boolean {
  const { normalized } = wordViewOf(message.text, message.words);
  const sentenceOf = sentenceIndexOfWords(message.text, message.words);
  const sentence = sentenceOf[at];
  let first = at;
  while (first > 0 && sentenceOf[first - 1] === sentence) first--;
  let last = at;
  while (last + 1 < normalized.length && sentenceOf[last + 1] === sentence) last++;
  const inSentence = (index: number): string | undefined =>
    index >= first && index <= last ? normalized[index] : undefined;
  for (let index = first; index <= last; index++) {
    const word = normalized[index] as string;
    if (WEEKDAYS.has(word)) return true;
    if (!MONTHS.has(word)) continue;
    const next = inSentence(index + 1);
    const before = inSentence(index - 1);
    // "3 de mayo": the day before "de".
    const day = before === 'de' ? inSentence(index - 2) : before;
    if ((next !== undefined && DAY_NUMBER.test(next)) || (day !== undefined && DAY_NUMBER.test(day))) return true;
  }
  const span = message.text.slice(
    (message.words[first] as { start: number }).start,
    (message.words[last] as { end: number }).end,
  );
  return NUMERIC_DATE.test(span) || CLOCK_TIME.test(span);
}
