import twilioSmartEncodingModule from 'sms-segments-calculator/dist/libs/SmartEncodingMap';
import { gsmSeptets } from '../encoding';
import { lazy } from '../lazy';

/*
 * Replacements that turn a character outside GSM-7 into GSM-7 text meaning the same thing.
 *
 * Sources: the base table is Twilio's own `SmartEncodingMap` from npm `sms-segments-calculator`
 * (TwilioDevEd/message-segment-calculator, MIT), imported as is: it is the table Twilio's Smart
 * Encoding follows (curly quotes, dashes, ellipsis, fullwidth forms, zero-width characters).
 * Our supplement below is our own, from the Unicode character names; it only adds invisible
 * characters the base table misses and makes spacing replacements tidy (the base table turns a
 * no-break space or an en/em space into two spaces and a tab into seven).
 */

const SUPPLEMENT: Readonly<Record<string, string>> = {
  '\t': ' ',
  '\u00a0': ' ', // no-break space
  '\u00ad': '', // soft hyphen (invisible)
  '\u2000': ' ',
  '\u2001': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2004': ' ',
  '\u2005': ' ',
  '\u2006': ' ',
  '\u2007': ' ',
  '\u2008': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u200d': '', // zero-width joiner
  '\u200e': '', // left-to-right mark
  '\u200f': '', // right-to-left mark
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u202f': ' ', // narrow no-break space
  '\u2032': "'", // prime, typed for feet or minutes
  '\u2033': '"', // double prime
  '\u2212': '-', // minus sign
  '\ufe0e': '', // variation selectors left over after an emoji was deleted
  '\ufe0f': '',
};

// CommonJS with `__esModule`: bundlers hand over the map itself, Node's ESM loader the exports object.
const imported: unknown = twilioSmartEncodingModule;
const unwrapped = (imported as { default?: unknown }).default;
const TWILIO_SMART_ENCODING = (typeof unwrapped === 'object' && unwrapped !== null ? unwrapped : imported) as Record<
  string,
  string
>;

function isGsmText(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (gsmSeptets(text.charCodeAt(index)) === 0) return false;
  return true;
}

/** Keyed by UTF-16 code unit (every key is a single BMP character); built on first use. */
const replacements = lazy((): ReadonlyMap<number, string> => {
  const map = new Map<number, string>();
  for (const table of [TWILIO_SMART_ENCODING, SUPPLEMENT]) {
    for (const [char, replacement] of Object.entries(table)) {
      // Only entries that really help: a non-GSM character replaced by GSM-7 text.
      if (char.length !== 1 || gsmSeptets(char.charCodeAt(0)) > 0 || !isGsmText(replacement)) continue;
      map.set(char.charCodeAt(0), replacement);
    }
  }
  return map;
});

/** The GSM-7 replacement for a character outside GSM-7 (possibly empty), or undefined when there is none. */
export function smartEncodingReplacement(charCode: number): string | undefined {
  return replacements().get(charCode);
}
