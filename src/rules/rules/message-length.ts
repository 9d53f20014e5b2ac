import { billedTextOf } from '../billing';
import { formatCount } from '../count-format';
import {
  countSegments,
  GSM7_MULTI_SEGMENT,
  graphemeContinuations,
  graphemeContinuationsOnce,
  gsmSeptets,
  RECOMMENDED_MAX_CHARACTERS,
  TWILIO_MAX_CHARACTERS,
  UCS2_MULTI_SEGMENT,
} from '../encoding';
import { filledTemplate, findPlaceholders } from '../placeholders';
import type { Rule, RuleContext } from '../types';

/*
 * One finding at most, and its range shows what to cut: over 1,600 characters (error) the part
 * Twilio would refuse, from the 1,601st character; over 320 (warning) the part beyond Twilio's
 * recommendation, from the 321st; otherwise, for a message of two or more segments (info), the
 * part that spills out of the first segment, from the first segment boundary. Characters are
 * counted as Twilio counts them (GSM-7 extension characters count 2; in UCS-2, graphemes).
 */

/** Longer than any grapheme met in practice (the longest RGI emoji is 35 code units). */
const PREFIX_MARGIN = 128;
/** Up to this length the whole text's grapheme marks, which the parse already has, are read instead of a prefix's. */
const WHOLE_TEXT_LIMIT = 20_000;

/** Offset of the first character beyond `limit` counted characters, or the text's length. */
function offsetBeyond(text: string, isGsm: boolean, limit: number, simpleGraphemes: boolean): number {
  let counted = 0;
  if (isGsm) {
    for (let index = 0; index < text.length; index++) {
      counted += gsmSeptets(text.charCodeAt(index));
      if (counted > limit) return index;
    }
    return text.length;
  }
  if (simpleGraphemes) return Math.min(limit, text.length);
  // The parse marked the whole text's graphemes already (graphemeContinuations remembers them).
  if (text.length <= WHOLE_TEXT_LIMIT) return offsetBeyondWhole(text, limit);
  // Grapheme segmentation is the costly part, so segment only a prefix long enough for ordinary
  // text (a grapheme is rarely more than two code units); fall back to the whole text otherwise.
  const prefixLength = Math.min(text.length, limit * 2 + PREFIX_MARGIN);
  const continuation = graphemeContinuationsOnce(text.slice(0, prefixLength));
  const trusted = prefixLength === text.length ? prefixLength : prefixLength - PREFIX_MARGIN;
  for (let index = 0; index < trusted; index++) {
    if (continuation[index]) continue;
    counted++;
    if (counted > limit) return index;
  }
  return prefixLength === text.length ? text.length : offsetBeyondWhole(text, limit);
}

function offsetBeyondWhole(text: string, limit: number): number {
  const continuation = graphemeContinuations(text);
  let counted = 0;
  for (let index = 0; index < text.length; index++) {
    if (continuation[index]) continue;
    counted++;
    if (counted > limit) return index;
  }
  return text.length;
}

/** Where the second segment starts, following the segmenting rules of encoding.ts. */
function firstSegmentBoundary(text: string, isGsm: boolean, simpleGraphemes: boolean): number {
  if (isGsm) return offsetBeyond(text, true, GSM7_MULTI_SEGMENT, false);
  if (simpleGraphemes) return UCS2_MULTI_SEGMENT;
  // Only the graphemes around the first cut matter; no real grapheme spans PREFIX_MARGIN code units.
  const continuation =
    text.length <= WHOLE_TEXT_LIMIT
      ? graphemeContinuations(text)
      : graphemeContinuationsOnce(text.slice(0, UCS2_MULTI_SEGMENT + PREFIX_MARGIN));
  let cut = Math.min(UCS2_MULTI_SEGMENT, text.length);
  while (cut > 0 && continuation[cut]) cut--;
  if (cut === 0) {
    cut = UCS2_MULTI_SEGMENT;
    while (cut < text.length && continuation[cut]) cut++;
  }
  return cut;
}

/**
 * A template's merge fields are filled before sending, with values of unknown length: counted at
 * the firm's estimate each (placeholderLength, 12 by default), the template may need more
 * segments than its text suggests.
 */
function reportTemplateGrowth(context: RuleContext): void {
  const { message, settings } = context;
  const { placeholders } = message;
  if (placeholders.length === 0) return;
  const billed = billedTextOf(message, settings);
  const filled = countSegments(filledTemplate(billed.text, findPlaceholders(billed.text), settings.placeholderLength));
  if (filled.segments <= billed.encoding.segments) return;
  const first = placeholders[0] as { start: number };
  context.report({
    messageId: 'templateGrows',
    data: {
      fields: placeholders.length,
      length: settings.placeholderLength,
      segments: billed.encoding.segments,
      filled: filled.segments,
    },
    start: first.start,
    end: message.text.length,
    severity: 'warning',
  });
}

const rule: Rule = {
  id: 'message-length',
  meta: {
    category: 'encoding',
    defaultSeverity: 'info',
    description: 'Reports the segment count of long texts: over 320 characters is a warning, over 1,600 an error.',
    why: 'Each segment is billed as its own text, and Twilio recommends 320 characters or fewer for deliverability; it refuses anything over 1,600.',
    messages: {
      templateGrows:
        "With its {fields} merge field(s) filled in (about {length} characters each), this template needs {filled} segments instead of {segments}, each billed as a text. Shorten the fixed wording, or set the firm's merge-field estimate if yours are shorter.",
      multiSegment:
        '{characters} characters in {encoding}: {segments} segments, each billed as a separate text. Twilio recommends 320 characters or fewer; shorten it if one segment would do.',
      overRecommended:
        '{characters} characters in {encoding}: {segments} segments. Twilio recommends 320 characters or fewer, as long texts are filtered more often. Shorten it or put the details in the portal.',
      overMaximum:
        '{characters} characters: Twilio refuses texts over 1,600 characters, so this one will not be sent. Cut it to 320 characters or fewer.',
    },
    fixable: 'none',
    examples: {
      valid: [
        { text: 'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9am. Reply STOP to opt out.' },
        { text: 'Hartwell & Diaz: your documents are ready at portal.hartwelldiaz.com/docs' },
      ],
      invalid: [
        {
          text: 'Hi Maria, this is Hartwell & Diaz. Your hearing moved to Thursday 3/14 at 9am in Courtroom 4B. Please arrive by 8:30 with your ID and the documents we sent. Reply STOP to opt out.',
        },
        {
          text: `Hi Maria, this is Hartwell & Diaz. ${'Please bring your lease, pay stubs and ID to the hearing. '.repeat(6)}`,
        },
      ],
    },
  },
  check(context) {
    reportTemplateGrowth(context);
    // A boundary inside a merge field underlines from the field's start: half a "{{event.date}}" means nothing.
    const outsidePlaceholders = (offset: number): number =>
      context.message.placeholders.find((field) => field.start < offset && offset < field.end)?.start ?? offset;
    // Smart encoding converts the text before it is sent: count what is billed.
    const billed = billedTextOf(context.message, context.settings);
    const { text, encoding } = billed;
    const end = context.message.text.length;
    if (encoding.segments <= 1) return;
    const isGsm = encoding.encoding === 'GSM-7';
    // In UCS-2, Twilio counts graphemes; when there are as many as code units (no emoji, no
    // combining accents), offsets follow from counts without segmenting the text again.
    const simpleGraphemes = !isGsm && encoding.characters === text.length;
    const data = {
      characters: formatCount(encoding.characters),
      encoding: encoding.encoding,
      segments: encoding.segments,
    };
    if (encoding.characters > TWILIO_MAX_CHARACTERS) {
      const start = outsidePlaceholders(
        billed.toOriginal(offsetBeyond(text, isGsm, TWILIO_MAX_CHARACTERS, simpleGraphemes)),
      );
      context.report({ messageId: 'overMaximum', data, start, end, severity: 'error' });
    } else if (encoding.characters > RECOMMENDED_MAX_CHARACTERS) {
      const start = outsidePlaceholders(
        billed.toOriginal(offsetBeyond(text, isGsm, RECOMMENDED_MAX_CHARACTERS, simpleGraphemes)),
      );
      context.report({ messageId: 'overRecommended', data, start, end, severity: 'warning' });
    } else {
      context.report({
        messageId: 'multiSegment',
        data,
        start: outsidePlaceholders(billed.toOriginal(firstSegmentBoundary(text, isGsm, simpleGraphemes))),
        end,
      });
    }
  },
};

export default rule;
