import { brandGroupsMentioned } from './brands';
import { contentContextOf } from './content-context';
import { DEMAND_VERBS, INSTITUTION_WORDS, LURE_WORDS } from './data/scam-shape';
import { isTrustedHost, isWebLink } from './firm-hosts';
import type { ParsedMessage, Span } from './message';
import { findPhoneNumbers, normalizePhoneNumber } from './phone';
import { wordViewOf } from './phrases';
import type { FirmSettings } from './settings';
import { sentenceIndexOfWords } from './text/sentences';

const LURES: ReadonlySet<string> = new Set(LURE_WORDS);
const DEMANDS: ReadonlySet<string> = new Set(DEMAND_VERBS);
const INSTITUTIONS: ReadonlySet<string> = new Set(INSTITUTION_WORDS);
const GOVERNMENT_HOST = /\.(?:gov|mil)$/;
const REPLY_KEYWORD = /\b(?:reply|text|txt|respond)\s+["']?(?:y|yes|1|2|ok|claim|confirm|now)\b/i;
const LEAD_INS: ReadonlySet<string> = new Set(['please', 'pls', 'kindly', 'now', 'immediately', 'simply', 'just']);

/** Numbers in the message that are not the firm's: a number to call the sender controls. */
function hasOutsideNumber(text: string, settings: FirmSettings): boolean {
  const firm = new Set(settings.firmPhoneNumbers.map((entry) => normalizePhoneNumber(entry)).filter((entry) => entry));
  return findPhoneNumbers(text).some((found) => !firm.has(found.e164));
}

/**
 * The lure word of a message shaped like a scam text, if it is one: a lure (threat or reward), a
 * demand to act (a sentence opening with a demand verb, or "to" + one), and a channel the sender
 * controls (a link off the firm's, approved and government hosts, an outside number, a reply
 * keyword), in the name of an institution (a named brand or agency, or words like "bank",
 * "support team") or through an untrusted link. A message about the client's case (case words in
 * the lure's sentence) is not one.
 */
export function scamShapeLure(message: ParsedMessage, settings: FirmSettings): Span | undefined {
  const { text, words } = message;
  if (words.length < 4) return undefined;
  const { normalized } = wordViewOf(text, words);
  const sentenceOf = sentenceIndexOfWords(text, words);

  let lure = -1;
  let demand = false;
  let institution = false;
  for (let index = 0; index < normalized.length; index++) {
    const word = normalized[index] as string;
    if (lure < 0 && LURES.has(word)) lure = index;
    if (INSTITUTIONS.has(word)) institution = true;
    if (!demand && DEMANDS.has(word)) {
      let start = index - 1;
      while (start >= 0 && sentenceOf[start] === sentenceOf[index] && LEAD_INS.has(normalized[start] as string))
        start--;
      const opensSentence = start < 0 || sentenceOf[start] !== sentenceOf[index];
      if (opensSentence || normalized[index - 1] === 'to') demand = true;
    }
  }
  if (lure < 0 || !demand) return undefined;

  const untrustedLink = message.links.some(
    (link) => isWebLink(link) && !isTrustedHost(link.host, settings) && !GOVERNMENT_HOST.test(link.host),
  );
  const channel = untrustedLink || REPLY_KEYWORD.test(text) || hasOutsideNumber(text, settings);
  if (!channel) return undefined;
  if (!untrustedLink && !institution && brandGroupsMentioned(message).size === 0) return undefined;

  const lureWord = words[lure] as Span;
  const standing = contentContextOf(message, settings).standingOf(
    { start: lureWord.start, end: lureWord.end, firstWord: lure, lastWord: lure },
    { ignoreScamVocabulary: true },
  );
  if (standing === 'legal-phrase' || standing === 'sentence') return undefined;
  return lureWord;
}
