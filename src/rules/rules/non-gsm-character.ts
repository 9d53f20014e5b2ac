import { billedTextOf } from '../billing';
import { smartEncodingReplacement } from '../data/smart-encoding';
import { countSegments, GSM7_SINGLE_SEGMENT, GsmSegmentPacker, gsmSeptets } from '../encoding';
import { detectLanguage } from '../language';
import { findLinks } from '../links';
import type { ParsedMessage } from '../message';
import { rememberLast, rememberRecent } from '../text/remember-last';
import type { Fix, Rule, RuleContext, TextEdit } from '../types';

// Hoisted: a regex literal inside a function is a new RegExp object each time it runs (once per
// link, number or word of a long paste).
const DOTS_ONLY = /^\.+$/;
const WHITESPACE = /\s/;

/*
 * Characters outside GSM-7 outside emoji (the emoji rule reports those). Adjacent characters of the
 * same kind (all replaceable, or all without a replacement) form one finding, so a Chinese sentence
 * or a pasted "’’" is one finding, not one per character. The cost in the message compares the text
 * as it is with the text once every such character is replaced or removed; it is computed once per
 * lint. With the firm's Smart Encoding on, the messaging service replaces the characters of its
 * table itself, so those findings drop to info; characters it cannot replace still cost.
 */

/** What a character is called in a message, for the common ones; invisible ones have no glyph to show. */
const CHARACTER_NAMES = new Map<number, { name: string; invisible?: boolean }>([
  [0x2018, { name: 'curly quote' }],
  [0x2019, { name: 'curly apostrophe' }],
  [0x201c, { name: 'curly quote' }],
  [0x201d, { name: 'curly quote' }],
  [0x2013, { name: 'en dash' }],
  [0x2014, { name: 'em dash' }],
  [0x2026, { name: 'ellipsis character' }],
  [0x2022, { name: 'bullet' }],
  [0x2011, { name: 'non-breaking hyphen' }],
  [0x2212, { name: 'minus sign' }],
  [0x00a0, { name: 'no-break space', invisible: true }],
  [0x202f, { name: 'narrow no-break space', invisible: true }],
  [0x0009, { name: 'tab', invisible: true }],
  [0x200b, { name: 'zero-width space', invisible: true }],
  [0x200c, { name: 'zero-width non-joiner', invisible: true }],
  [0x200d, { name: 'zero-width joiner', invisible: true }],
  [0x2060, { name: 'word joiner', invisible: true }],
  [0xfeff, { name: 'zero-width no-break space', invisible: true }],
  [0x00ad, { name: 'soft hyphen', invisible: true }],
  [0xfe0f, { name: 'emoji variation selector', invisible: true }],
]);

const COMBINING_MARKS = /\p{M}+/gu;

/**
 * The runs of a lint, as start and end pairs in one typed array: a long paste of curly quotes has
 * hundreds of thousands of runs, and an object per run lived through the rule beside its finding
 * (the collector copied both). A run's replacement is worked out again from its text when needed.
 */
interface Runs {
  /** start, end, start, end, ...: UTF-16 offsets, end-exclusive. */
  bounds: Int32Array;
  count: number;
}

function describeRun(chars: string): string {
  const first = CHARACTER_NAMES.get(chars.charCodeAt(0));
  const sameCharacter = first !== undefined && chars === chars.charAt(0).repeat(chars.length);
  if (first && sameCharacter) {
    const plural = chars.length > 1 ? 's' : '';
    if (first.invisible)
      return chars.length > 1 ? `${chars.length} invisible ${first.name}s` : `An invisible ${first.name}`;
    return `The ${first.name}${plural} ${chars}`;
  }
  return `"${chars}"`;
}

function showReplacement(replacement: string): string {
  if (replacement === ' ') return 'a plain space';
  return replacement.includes('"') ? `'${replacement}'` : `"${replacement}"`;
}

function fixLabel(replacement: string): string {
  if (replacement === '') return 'Delete the invisible character';
  if (replacement === ' ') return 'Use a plain space';
  return `Replace with ${replacement}`;
}

// A long paste repeats the same characters: their description, label and replacement text are
// made once per distinct run lately, not once per finding (see rememberRecent).
const describedRun = rememberRecent(describeRun);
const shownReplacement = rememberRecent(showReplacement);
const labelOf = rememberRecent(fixLabel);

function segmentsText(segments: number): string {
  return `${segments} segment${segments === 1 ? '' : 's'}`;
}

/** "2 segments instead of 1", or what UCS-2 costs when the segment count does not change yet. */
function describeCost(current: number, withoutThem: number): string {
  if (current > withoutThem) return `${segmentsText(current)} instead of ${withoutThem}`;
  return `still ${segmentsText(current)}, but each now holds 70 characters instead of 160`;
}

/**
 * countSegments(gsmVersion(text, offsets)).segments, worked out from the text without making the
 * GSM version (on a long paste of curly quotes, an array of a slot or two per quote and a copy of
 * the text). That version is GSM-7 unless a replacement is not: then it is made and counted.
 */
function segmentsOfGsmVersion(text: string, offsets: readonly number[]): number {
  const septets = forEachGsmVersionCost(text, offsets, undefined);
  if (septets < 0) return countSegments(gsmVersion(text, offsets)).segments;
  if (septets <= GSM7_SINGLE_SEGMENT) return 1;
  const packer = new GsmSegmentPacker();
  forEachGsmVersionCost(text, offsets, packer);
  return packer.segments;
}

/**
 * The septets of gsmVersion(text, offsets), or -1 when a replacement is not GSM-7; with `packer`,
 * also packs them into segments.
 */
function forEachGsmVersionCost(text: string, offsets: readonly number[], packer: GsmSegmentPacker | undefined): number {
  let septets = 0;
  let nextOffset = 0;
  for (let index = 0; index < text.length; index++) {
    let cost: number;
    if (nextOffset < offsets.length && offsets[nextOffset] === index) {
      nextOffset++;
      const replacement = smartEncodingReplacement(text.charCodeAt(index));
      if (replacement === undefined) continue;
      for (let inner = 0; inner < replacement.length; inner++) {
        cost = gsmSeptets(replacement.charCodeAt(inner));
        if (cost === 0) return -1;
        septets += cost;
        packer?.add(cost);
      }
      continue;
    }
    // Not listed: a GSM-7 character (the offsets are every other one).
    cost = gsmSeptets(text.charCodeAt(index));
    septets += cost;
    packer?.add(cost);
  }
  return septets;
}

/** The text with every non-GSM code unit replaced (when it has a replacement) or dropped. */
function gsmVersion(text: string, offsets: readonly number[]): string {
  // Sized up front (at most a slice and a replacement per offset, and the tail); join() reads an
  // empty slot as "". Indexed, with no empty slices between neighbours: a long run of curly quotes
  // made two parts and an iterator result per quote, in an array grown by push.
  const parts: string[] = new Array(offsets.length * 2 + 1);
  let count = 0;
  let cursor = 0;
  for (let index = 0; index < offsets.length; index++) {
    const offset = offsets[index] as number;
    if (offset > cursor) parts[count++] = text.slice(cursor, offset);
    const replacement = smartEncodingReplacement(text.charCodeAt(offset));
    if (replacement !== undefined) parts[count++] = replacement;
    cursor = offset + 1;
  }
  parts[count] = text.slice(cursor);
  return parts.join('');
}

/**
 * An ellipsis becomes "...", so full stops around it would make a run of four or more that the
 * repeated-punctuation rule then trims: take them into this edit, so one pass gives the final text.
 */
function ellipsisAware(text: string, start: number, end: number, replacement: string): TextEdit {
  if (replacement === '' || !DOTS_ONLY.test(replacement)) return { start, end, text: replacement };
  let from = start;
  let to = end;
  while (from > 0 && text.charAt(from - 1) === '.') from--;
  while (to < text.length && text.charAt(to) === '.') to++;
  return from === start && to === end ? { start, end, text: replacement } : { start: from, end: to, text: '...' };
}

/** Letters with an accent or tilde that Spanish spells with (the ones GSM-7 lacks among them). */
const ACCENTED_LETTERS = /^[áéíóúüñÁÉÍÓÚÜÑ]+$/;

/** A replacement that begins or ends with something a host or link may hold. */
const HOST_LIKE_EDGE = /^[\p{L}\p{N}.-]|[\p{L}\p{N}.-]$/u;

/** How far around an edit to look for a link it would create or change. */
const LINK_WINDOW = 64;

/**
 * A replacement must not make a link out of the text beside it: deleting the zero-width joiner in
 * "ü\u200dsite.com" or turning the dash of "apple–site.com" into "-" would make another link
 * ("üsite.com", "apple-site.com"). When the edited stretch would join a link, the replacement
 * keeps a space on the side where the text touches.
 */
function keptApartFromLinks(message: ParsedMessage, edit: TextEdit): TextEdit {
  // Only a deletion, or a replacement that can stand in a host name ("-", letters) or a dot run,
  // can join text to a link: a curly quote's plain quote cannot (and checking every one of a
  // long pasted run would cost a link search each).
  if (edit.text !== '' && !HOST_LIKE_EDGE.test(edit.text)) return edit;
  const { text } = message;
  const before = text.charAt(edit.start - 1);
  const after = text.charAt(edit.end);
  if (before === '' || after === '' || WHITESPACE.test(before) || WHITESPACE.test(after)) return edit;
  const from = Math.max(0, edit.start - LINK_WINDOW);
  const to = Math.min(text.length, edit.end + LINK_WINDOW);
  const edited = text.slice(from, edit.start) + edit.text + text.slice(edit.end, to);
  const at = edit.start - from;
  const touched = findLinks(edited).links.some((link) => link.start < at + edit.text.length + 1 && at - 1 < link.end);
  if (!touched) return edit;
  return { ...edit, text: edit.text === '' ? ' ' : ` ${edit.text} ` };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function findRuns(context: RuleContext): Runs {
  const { text, emoji, encoding } = context.message;
  const offsets = encoding.nonGsmOffsets;
  // At most a run per offset.
  const bounds = new Int32Array(offsets.length * 2);
  let count = 0;
  // Whether the last run's characters have a replacement (all of a run's have one, or none has).
  let lastReplaceable = false;
  let emojiIndex = 0;
  // Indexed: unoptimized, for...of made an iterator result per offset.
  for (let index = 0; index < offsets.length; index++) {
    const offset = offsets[index] as number;
    while (emojiIndex < emoji.length && (emoji.ends[emojiIndex] as number) <= offset) emojiIndex++;
    if (emojiIndex < emoji.length && (emoji.starts[emojiIndex] as number) <= offset) {
      // The offsets after it up to the emoji's end are inside it too: passed over without reading
      // the emoji again (a run of emoji has several offsets each).
      const end = emoji.ends[emojiIndex] as number;
      while (index + 1 < offsets.length && (offsets[index + 1] as number) < end) index++;
      continue;
    }
    const code = text.charCodeAt(offset);
    const replaceable = smartEncodingReplacement(code) !== undefined;
    const continues =
      count > 0 && bounds[count * 2 - 1] === offset && (isLowSurrogate(code) || lastReplaceable === replaceable);
    if (continues) {
      bounds[count * 2 - 1] = offset + 1;
    } else {
      bounds[count * 2] = offset;
      bounds[count * 2 + 1] = offset + 1;
      count++;
      lastReplaceable = replaceable;
    }
  }
  return { bounds, count };
}

/**
 * The replacement of the run text[start, end), or undefined when its characters have none: a run
 * starts with a character that has one exactly when all of them do (a low surrogate aside).
 */
function runReplacement(text: string, start: number, end: number): string | undefined {
  const first = smartEncodingReplacement(text.charCodeAt(start));
  if (first === undefined || end - start === 1) return first;
  // Sized up front; join() reads a slot left empty (a low surrogate's) as "". Joined once: appended
  // one by one, a run of 400,000 no-break spaces made a string per space.
  const parts: string[] = new Array(end - start);
  for (let offset = start; offset < end; offset++) {
    const replacement = smartEncodingReplacement(text.charCodeAt(offset));
    if (replacement !== undefined) parts[offset - start] = replacement;
  }
  return parts.join('');
}

function isGsmText(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (gsmSeptets(text.charCodeAt(index)) === 0) return false;
  return true;
}

/**
 * A suggestion for letters GSM-7 lacks that have a plain form: accents ("í" -> "i") and styled
 * letters ("𝐁𝐎𝐋𝐃" -> "BOLD"). A name may need its accent, so it is never safe.
 */
function plainLetterSuggestion(chars: string, start: number, end: number): Fix[] {
  const plain = chars.normalize('NFKD').replace(COMBINING_MARKS, '');
  if (plain === chars || !isGsmText(plain)) return [];
  const label = plain === '' ? 'Remove the accent mark' : `Replace ${chars} with ${plain}`;
  return [{ label, edits: [{ start, end, text: plain }], safe: false }];
}

/**
 * A letter typed as base + combining accent ("e" + U+0301, common in text pasted from PDFs or
 * macOS) whose composed form is in GSM-7 ("é"): composing it changes nothing the reader sees.
 */
function composedForm(text: string, start: number, end: number): string | undefined {
  if (start === 0) return undefined;
  const composed = text.slice(start - 1, end).normalize('NFC');
  return composed.length < end - start + 1 && isGsmText(composed) ? composed : undefined;
}

const rule: Rule = {
  id: 'non-gsm-character',
  meta: {
    category: 'encoding',
    defaultSeverity: 'warning',
    description:
      'Flags characters outside the basic SMS alphabet (GSM-7), such as curly quotes, dashes and accented letters.',
    why: 'One character outside GSM-7 sends the whole text as UCS-2: 70 characters per segment instead of 160, so it costs more, splits sooner, and some phones and gateways garble it.',
    messages: {
      replaceable:
        '{chars} is outside the basic SMS alphabet, so the whole text goes out as UCS-2: {cost}. Replace it with {replacement}.',
      invisible:
        '{chars} is outside the basic SMS alphabet, so the whole text goes out as UCS-2: {cost}. Delete it; nobody will see the difference.',
      noReplacement:
        '{chars} is outside the basic SMS alphabet, so the whole text goes out as UCS-2: {cost}. Use plain letters if you can.',
      smartEncoded:
        "{chars} is outside the basic SMS alphabet; your messaging service's Smart Encoding sends it as {replacement}. Replace it yourself to see exactly what the client gets.",
    },
    fixable: 'safe',
    examples: {
      valid: [
        { text: "Hi Maria, it's Hartwell & Diaz. Your hearing moved to 3/14 - see you at 9am. Reply STOP to opt out." },
        { text: 'Hola José, su cita es el martes. Responda STOP para cancelar.' },
      ],
      invalid: [
        {
          text: 'Hi Maria, it’s Hartwell & Diaz. Your hearing moved to 3/14 — see you at 9am.',
          output: "Hi Maria, it's Hartwell & Diaz. Your hearing moved to 3/14 - see you at 9am.",
        },
        { text: 'Hi María, your consultation is confirmed for Tuesday at 2pm.' },
      ],
    },
  },
  check(context) {
    const { message, settings } = context;
    if (message.encoding.nonGsmOffsets.length === 0) return;
    const runs = findRuns(context);
    if (runs.count === 0) return;
    const { text, encoding } = message;
    // Computed once per lint, and only the ones a finding needs.
    let withoutAny: number | undefined;
    const segmentsWithoutAny = (): number => {
      withoutAny ??= segmentsOfGsmVersion(text, encoding.nonGsmOffsets);
      return withoutAny;
    };
    const segmentsAfterSmartEncoding = (): number => billedTextOf(message, settings).encoding.segments;
    let spanish: boolean | undefined;
    const inSpanish = (): boolean => {
      spanish ??= detectLanguage(text, message.words, settings.language).language === 'es';
      return spanish;
    };

    // The cost is the same for every finding of this lint: worded once per distinct count.
    const costOf = rememberLast((current: number) => describeCost(current, segmentsWithoutAny()));
    // The message data of the last replaceable character, reused while its three values repeat:
    // a long paste of one character made an object per finding.
    let lastData: { chars: string; cost: string; replacement: string } | undefined;
    const replaceableData = (chars: string, cost: string, replacement: string): Record<string, string> => {
      if (lastData?.chars !== chars || lastData.cost !== cost || lastData.replacement !== replacement) {
        lastData = { chars, cost, replacement };
      }
      return lastData;
    };
    const { bounds } = runs;
    for (let index = 0; index < runs.count; index++) {
      const start = bounds[index * 2] as number;
      const end = bounds[index * 2 + 1] as number;
      const chars = describedRun(text.slice(start, end));
      const replacement = runReplacement(text, start, end);
      const composed = replacement === undefined ? composedForm(text, start, end) : undefined;
      if (composed !== undefined) {
        context.report({
          messageId: 'replaceable',
          data: {
            chars: `The separately typed accent in "${composed}"`,
            cost: costOf(encoding.segments),
            replacement: `the single letter ${composed}`,
          },
          start,
          end,
          fixes: [
            { label: `Combine into ${composed}`, edits: [{ start: start - 1, end, text: composed }], safe: true },
          ],
        });
        continue;
      }
      if (replacement === undefined) {
        const current = settings.smartEncoding ? segmentsAfterSmartEncoding() : encoding.segments;
        // Spanish needs its accents: the cost is stated (info), and dropping them is not offered,
        // since it would misspell the message.
        const spanishLetters = inSpanish() && ACCENTED_LETTERS.test(text.slice(start, end));
        context.report({
          messageId: 'noReplacement',
          data: { chars, cost: costOf(current) },
          start,
          end,
          ...(spanishLetters ? { severity: 'info' as const } : {}),
          fixes: spanishLetters ? [] : plainLetterSuggestion(text.slice(start, end), start, end),
        });
        continue;
      }
      const edit = keptApartFromLinks(message, ellipsisAware(text, start, end, replacement));
      const fixes: Fix[] = [{ label: labelOf(replacement), edits: [edit], safe: true }];
      if (settings.smartEncoding) {
        context.report({
          messageId: 'smartEncoded',
          data: { chars, replacement: replacement === '' ? 'nothing' : shownReplacement(replacement) },
          start,
          end,
          severity: 'info',
          fixes,
        });
        continue;
      }
      context.report({
        messageId: replacement === '' ? 'invisible' : 'replaceable',
        data: replaceableData(chars, costOf(encoding.segments), shownReplacement(replacement)),
        start,
        end,
        fixes,
      });
    }
  },
};

export default rule;
