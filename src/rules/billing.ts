import { smartEncodingReplacement } from './data/smart-encoding';
import { analyzeEncoding, type EncodingInfo } from './encoding';
import type { ParsedMessage } from './message';
import { RecentCache } from './recent-cache';
import type { FirmSettings } from './settings';

/*
 * What the carrier bills. With smart encoding on, Twilio replaces curly quotes, dashes, NBSP,
 * zero-width characters and the like with GSM-7 equivalents before sending, so the message is
 * billed (and segmented) as the converted text. The report's encoding and segment count, and the
 * length rule, state that billed text; the original is what the user sees and edits.
 */

export interface BilledText {
  /** The text as sent: converted when smart encoding is on and something converts, else the original. */
  readonly text: string;
  readonly encoding: EncodingInfo;
  /** The original offset of an offset in the billed text (end offsets map to the end of their character). */
  toOriginal(offset: number): number;
}

const identity = (offset: number) => offset;
const billedCache = new RecentCache<ParsedMessage, BilledText>();

function convert(message: ParsedMessage): BilledText {
  const { text, encoding } = message;
  const parts: string[] = [];
  // billedStarts[i] = offset in the billed text where original code unit i's output begins.
  const billedStarts = new Int32Array(text.length + 1);
  let cursor = 0;
  let billedLength = 0;
  let changed = false;
  for (const offset of encoding.nonGsmOffsets) {
    const replacement = smartEncodingReplacement(text.charCodeAt(offset));
    if (replacement === undefined) continue;
    for (let index = cursor; index < offset; index++) billedStarts[index] = billedLength + (index - cursor);
    parts.push(text.slice(cursor, offset));
    billedLength += offset - cursor;
    billedStarts[offset] = billedLength;
    parts.push(replacement);
    billedLength += replacement.length;
    cursor = offset + 1;
    changed = true;
  }
  if (!changed) return { text, encoding, toOriginal: identity };
  for (let index = cursor; index <= text.length; index++) billedStarts[index] = billedLength + (index - cursor);
  parts.push(text.slice(cursor));
  const billed = parts.join('');
  return {
    text: billed,
    encoding: analyzeEncoding(billed),
    toOriginal(offset: number): number {
      // The last original code unit whose output starts at or before `offset`.
      let low = 0;
      let high = text.length;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((billedStarts[middle] as number) <= offset) low = middle;
        else high = middle - 1;
      }
      return low;
    },
  };
}

/** The text the carrier bills for this message under the firm's settings. */
export function billedTextOf(message: ParsedMessage, settings: Pick<FirmSettings, 'smartEncoding'>): BilledText {
  if (!settings.smartEncoding || message.encoding.nonGsmOffsets.length === 0) {
    return { text: message.text, encoding: message.encoding, toOriginal: identity };
  }
  let billed = billedCache.get(message);
  if (!billed) {
    billed = convert(message);
    billedCache.set(message, billed);
  }
  return billed;
}

/**
 * `text` with Twilio's smart-encoding replacements applied (curly quotes, dashes, NBSP...):
 * what a fix inserts on the firm's behalf ("O’Brien Law: ") must not bring back a character that
 * the non-GSM rule would fix on the next pass.
 */
export function smartEncodedText(text: string): string {
  let result = '';
  let cursor = 0;
  for (let index = 0; index < text.length; index++) {
    const replacement = smartEncodingReplacement(text.charCodeAt(index));
    if (replacement === undefined) continue;
    result += text.slice(cursor, index) + replacement;
    cursor = index + 1;
  }
  return cursor === 0 ? text : result + text.slice(cursor);
}
