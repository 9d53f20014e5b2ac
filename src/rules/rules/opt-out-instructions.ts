import {
  HELP_KEYWORDS,
  INSTRUCTION_VERBS,
  NON_STANDARD_REPLIES,
  OPT_OUT_KEYWORDS,
  OPT_OUT_PURPOSES,
  SPANISH_HELP_KEYWORDS,
  SPANISH_OPT_OUT_KEYWORDS,
} from '../data/opt-out-keywords';
import { detectLanguage } from '../language';
import type { ParsedMessage, Span } from '../message';
import { wordViewOf } from '../phrases';
import { appendSentenceFix, isBlank, lastSentenceRange } from '../required-text';
import type { Fix, ReportDescriptor, Rule } from '../types';

// Hoisted: a regex literal inside a function is a new RegExp object each time it runs (once per
// link, number or word of a long paste).
const DIGITS_AND_HYPHENS = /^\d[\d-]*$/;
const COMMA_OR_SLASH_GAP = /^\s*[,/]\s*$/;
const ONE_OR_TWO_DIGITS = /^\d{1,2}$/;
const ONE_LETTER = /^\p{L}$/u;
const SPACES_AND_COMMAS = /^[\s,]*$/;

export const STANDARD_OPT_OUT = 'Reply STOP to opt out';
/** The same in Spanish, with the keyword carriers honour everywhere. */
export const STANDARD_OPT_OUT_ES = 'Responda STOP para cancelar';

/** Verbs after which even a lower-case keyword reads as an instruction: "reply stop", "text end to...". */
const STRONG_VERBS: ReadonlySet<string> = new Set(['reply', 'text', 'txt', 'respond']);
/** Keywords that are not everyday words, so "reply unsubscribe" needs no "to ..." after it. */
const UNAMBIGUOUS_KEYWORDS: ReadonlySet<string> = new Set(['stop', 'unsubscribe', 'stopall', 'optout']);
/** Words a bad instruction's reply can never be: "text us to stop by" is not an opt-out. */
const NOT_A_REPLY: ReadonlySet<string> = new Set(['us', 'me', 'him', 'her', 'them', 'it', 'back']);
/** Words after "stop (receiving)" that belong to the purpose: "to stop receiving these texts", "to stop these reminders". */
const RECEIVING_OBJECTS: ReadonlySet<string> = new Set([
  'these',
  'our',
  'texts',
  'text',
  'messages',
  'msgs',
  'sms',
  'alerts',
  'reminders',
  'notifications',
  'updates',
]);
const FILLER_WORDS: ReadonlySet<string> = new Set(['just', 'simply', 'please']);
const MAX_NON_STANDARD_REPLY_LENGTH = 12;

/** Words that can start an instruction: a verb ("Reply ..."), a leading keyword ("STOP to ..."), "to" ("To opt out, ..."). */
const WORD_ROLES: ReadonlyMap<string, 'verb' | 'keyword' | 'to'> = new Map([
  ...[...OPT_OUT_KEYWORDS].map((keyword) => [keyword, 'keyword'] as const),
  ...[...SPANISH_OPT_OUT_KEYWORDS].map((keyword) => [keyword, 'keyword'] as const),
  ...[...INSTRUCTION_VERBS].map((verb) => [verb, 'verb'] as const),
  ['to', 'to'] as const,
  // Spanish "para" ("Responda STOP para cancelar") plays the part of "to"; PARA the keyword is
  // recognised only after a verb ("Responda PARA").
  ['para', 'to'] as const,
  // "Con STOP se da de baja", "with STOP you leave the list": the keyword given in capitals after a
  // preposition is the reply to send; only that reading counts (see PREPOSITIONS below).
  ['con', 'verb'] as const,
  ['with', 'verb'] as const,
]);

/** Words in the verb role that only introduce a keyword in capitals: "con STOP", never "con 2". */
const PREPOSITIONS: ReadonlySet<string> = new Set(['con', 'with']);

interface WordsAndView {
  words: readonly Span[];
  normalized: readonly string[];
  joined: Uint8Array;
}

function isUpperCase(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Words between a verb and its keyword: "reply with STOP", "responda con STOP". */
const BEFORE_REPLY: ReadonlySet<string> = new Set(['with', 'con']);

/**
 * The keyword named as a word before it: "text the word STOP", "reply with the keyword STOP",
 * "envíe la palabra STOP", "responda con la palabra clave STOP". The article, then the noun.
 */
const KEYWORD_ARTICLES: ReadonlySet<string> = new Set(['the', 'la']);
const KEYWORD_NOUNS: ReadonlySet<string> = new Set(['word', 'keyword', 'palabra']);

/**
 * Index of the word after `index`, when joined to it; with `skipWith`, past "with"/"con" and a
 * naming of the keyword ("the word", "la palabra clave") to the keyword itself.
 */
function nextJoined(view: WordsAndView, index: number, skipWith = false): number {
  if (!view.joined[index]) return -1;
  let next = index + 1;
  if (!skipWith) return next;
  const { normalized, joined } = view;
  if (BEFORE_REPLY.has(normalized[next] ?? '') && joined[next]) next++;
  if (KEYWORD_ARTICLES.has(normalized[next] ?? '') && joined[next] && KEYWORD_NOUNS.has(normalized[next + 1] ?? '')) {
    next += 1;
    if (!joined[next]) return -1;
    next += 1;
    if (normalized[next - 1] === 'palabra' && normalized[next] === 'clave' && joined[next]) next++;
  }
  return next;
}

/**
 * End index (last word) of an opt-out purpose starting at `index` ("opt out", "unsubscribe",
 * "be removed", "stop receiving these texts"), or -1. The whole purpose is what a suggestion
 * replaces, so "text 2 to stop these reminders" becomes "Reply STOP to opt out", not
 * "Reply STOP to opt out these reminders".
 */
function purposeEnd(view: WordsAndView, index: number): number {
  const word = view.normalized[index];
  if (word === undefined) return -1;
  const next = view.joined[index] ? view.normalized[index + 1] : undefined;
  if (word === 'opt' && next === 'out') return index + 1;
  if (word === 'be' && (next === 'removed' || next === 'unsubscribed')) return index + 1;
  // Spanish: "darse de baja", "dejar de recibir (mensajes)", "no recibir (más mensajes)".
  const third = view.joined[index + 1] ? view.normalized[index + 2] : undefined;
  if (word === 'darse' && next === 'de' && third === 'baja') return index + 2;
  if (word === 'dejar' && next === 'de' && isReceive(third)) return index + 2;
  if (word === 'no' && isReceive(next)) return index + 1;
  if (!OPT_OUT_PURPOSES.has(word)) return -1;
  if (word === 'stop') {
    let last = next === 'receiving' || next === 'getting' ? index + 1 : index;
    for (let extra = 0; extra < 2; extra++) {
      if (!view.joined[last] || !RECEIVING_OBJECTS.has(view.normalized[last + 1] ?? '')) break;
      last++;
    }
    return last;
  }
  return index;
}

/**
 * Spanish "recibir", alone or with the object pronoun written onto it as Spanish does with an
 * infinitive ("dejar de recibirlos", "no recibirlas más"): the texts named by the pronoun.
 */
const RECEIVE = /^recibir(?:los|las|lo|la|les|le)?$/;
function isReceive(word: string | undefined): boolean {
  return word !== undefined && RECEIVE.test(word);
}

/** Verbs whose subject, a keyword in capitals, ends the texts: "STOP cancels all texts", "STOP cancela los mensajes". */
const ENDING_VERBS: ReadonlySet<string> = new Set([
  'cancels',
  'ends',
  'stops',
  'halts',
  'unsubscribes',
  'cancela',
  'detiene',
  'termina',
  'suspende',
  'anula',
]);

/**
 * The keyword at `index` as the subject of a verb that ends the texts ("STOP cancels all texts",
 * "STOP ends these alerts", "STOP cancela los mensajes"): the instruction put as what the reply
 * does, which tells the client the keyword as plainly as "STOP to opt out".
 */
function endsTheTexts(view: WordsAndView, index: number): boolean {
  if (!view.joined[index]) return false;
  return ENDING_VERBS.has(view.normalized[index + 1] ?? '');
}

/** "to <purpose>" (or "para <purpose>") starting at `index`: the purpose's last word, or -1. */
function toPurposeEnd(view: WordsAndView, index: number): number {
  if (WORD_ROLES.get(view.normalized[index] ?? '') !== 'to' || !view.joined[index]) return -1;
  return purposeEnd(view, index + 1);
}

/**
 * Verbs of an opt-out by phone call ("To stop these texts call 1-800-555-0100"): carriers expect a
 * keyword reply, and a call stops nothing on the messaging platform.
 */
const CALL_VERBS: ReadonlySet<string> = new Set(['call', 'ring', 'phone', 'dial']);
/** One-word purposes that can only mean the texts: "to cancel, call us" may mean an appointment. */
const MESSAGE_PURPOSES: ReadonlySet<string> = new Set(['unsubscribe', 'unsub', 'optout', 'opt-out', 'unenroll']);
/** Words between the call verb and its number: "call us on", "call us at". */
const BEFORE_NUMBER: ReadonlySet<string> = new Set(['us', 'on', 'at']);

/** The last word of the phone number a call verb at `index` is joined to ("call us at 800 555 0100"), or -1. */
function calledNumberEnd(view: WordsAndView, index: number): number {
  let next = nextJoined(view, index);
  for (let skipped = 0; skipped < 2 && BEFORE_NUMBER.has(view.normalized[next] ?? ''); skipped++)
    next = nextJoined(view, next);
  let last = -1;
  let digits = 0;
  while (next >= 0 && DIGITS_AND_HYPHENS.test(view.normalized[next] ?? '')) {
    digits += (view.normalized[next] as string).replaceAll('-', '').length;
    last = next;
    next = nextJoined(view, next);
  }
  return digits >= 5 ? last : -1;
}

/** Words that offer a second keyword: "Responda ALTO o STOP", "reply END or STOP". */
const KEYWORD_ALTERNATIVES: ReadonlySet<string> = new Set(['or', 'o', 'u']);

/**
 * Indices of the capitalised keywords offered as alternatives after the reply at `index`:
 * "ALTO o STOP", "ALTO, BAJA o STOP", "ALTO/STOP". A client may send any of them, so a standard
 * keyword anywhere in the list makes the instruction one carriers honour.
 */
function alternativeKeywords(view: WordsAndView, text: string, index: number): number[] {
  const found: number[] = [];
  let current = index;
  while (found.length < 4) {
    const currentWord = view.words[current] as Span;
    let next = current + 1;
    const nextWord = view.words[next];
    if (nextWord === undefined) break;
    const gap = text.slice(currentWord.end, nextWord.start);
    if (view.joined[current] && KEYWORD_ALTERNATIVES.has(view.normalized[next] ?? '')) {
      if (!view.joined[next]) break;
      next++;
    } else if (!COMMA_OR_SLASH_GAP.test(gap)) {
      break;
    }
    const candidate = view.words[next];
    const normalized = view.normalized[next] ?? '';
    if (candidate === undefined || !isUpperCase(candidate.text)) break;
    if (!OPT_OUT_KEYWORDS.has(normalized) && !SPANISH_OPT_OUT_KEYWORDS.has(normalized)) break;
    found.push(next);
    current = next;
  }
  return found;
}

const SENTENCE_END = /[.!?;:\n\r]/;

/**
 * Words that join the opt-out reply to the help reply: "or" and "and" alike ("Reply HELP for help
 * and STOP if you no longer want texts", "Responda AYUDA si tiene preguntas y STOP si ...").
 */
const HELP_THEN_OPT_OUT_CONJUNCTIONS: ReadonlySet<string> = new Set([...KEYWORD_ALTERNATIVES, 'and', 'y', 'e']);

/** How far after a help keyword its alternative may stand: "Escriba AYUDA si necesita asistencia o STOP". */
const SECOND_REPLY_REACH = 8;

/**
 * The keyword offered after a help keyword as the other reply to the same verb, each with its own
 * purpose: "Reply HELP for help or STOP if you no longer want these texts", "Escriba AYUDA si
 * necesita asistencia o STOP si ya no desea recibirlos". The verb governs both, whatever wording
 * says what each does. Its index, or -1.
 */
function secondReplyAfterHelp(view: WordsAndView, text: string, helpIndex: number): number {
  for (let index = helpIndex + 1; index <= helpIndex + SECOND_REPLY_REACH; index++) {
    if (sentenceEndAfter(text, view, index - 1)) return -1;
    if (!HELP_THEN_OPT_OUT_CONJUNCTIONS.has(view.normalized[index] ?? '')) continue;
    const candidate = view.words[index + 1];
    const word = view.normalized[index + 1] ?? '';
    if (candidate === undefined || sentenceEndAfter(text, view, index)) return -1;
    // "AYUDA para ayuda o información o STOP": a lower-case word after "o" belongs to the purpose.
    if (!isUpperCase(candidate.text)) continue;
    return OPT_OUT_KEYWORDS.has(word) || SPANISH_OPT_OUT_KEYWORDS.has(word) ? index + 1 : -1;
  }
  return -1;
}

/** True when a sentence ends between the word at `index` and the next one. */
function sentenceEndAfter(text: string, view: WordsAndView, index: number): boolean {
  const word = view.words[index] as Span;
  const next = view.words[index + 1];
  return next === undefined || SENTENCE_END.test(text.slice(word.end, next.start));
}

function isNonStandardReply(word: Span, normalized: string): boolean {
  if (OPT_OUT_KEYWORDS.has(normalized) || NOT_A_REPLY.has(normalized)) return false;
  if (ONE_OR_TWO_DIGITS.test(normalized) || ONE_LETTER.test(normalized)) return true;
  if (NON_STANDARD_REPLIES.has(normalized)) return true;
  return isUpperCase(word.text) && word.text.length <= MAX_NON_STANDARD_REPLY_LENGTH;
}

interface StandardWording {
  keyword: Span;
  lowerCase: boolean;
}

interface NonStandardWording {
  start: number;
  end: number;
}

interface OptOutScan {
  standard: StandardWording[];
  nonStandard: NonStandardWording[];
  /** Spanish keywords in capitals (ALTO, PARA, CANCELAR, BAJA): honoured only where set up. */
  spanish: Span[];
}

function scan(message: ParsedMessage): OptOutScan {
  const { words } = message;
  const { normalized, joined } = wordViewOf(message.text, words);
  const view: WordsAndView = { words, normalized, joined };
  const standard: StandardWording[] = [];
  const nonStandard: NonStandardWording[] = [];
  const spanish: Span[] = [];
  let coveredUntil = -1;
  // The last keyword a verb already took ("Responda ALTO para cancelar"), so the leading-keyword
  // reading does not count it twice.
  let repliedUntil = -1;
  for (let index = 0; index < words.length; index++) {
    const word = normalized[index] as string;
    // One Map lookup per word: most words start nothing this rule looks for.
    const role = WORD_ROLES.get(word);
    if (role === undefined) continue;
    const original = words[index] as Span;
    if (role === 'verb') {
      const replyIndex = nextJoined(view, index, true);
      const reply = words[replyIndex];
      const replyWord = normalized[replyIndex];
      if (reply === undefined || replyWord === undefined) continue;
      if (PREPOSITIONS.has(word)) {
        if (index > repliedUntil && OPT_OUT_KEYWORDS.has(replyWord) && isUpperCase(reply.text)) {
          standard.push({ keyword: reply, lowerCase: false });
          repliedUntil = replyIndex;
        }
        continue;
      }
      if (SPANISH_OPT_OUT_KEYWORDS.has(replyWord) && isUpperCase(reply.text)) {
        const alternatives = alternativeKeywords(view, message.text, replyIndex);
        const standardAlternatives = alternatives.filter((alternative) =>
          OPT_OUT_KEYWORDS.has(normalized[alternative] ?? ''),
        );
        for (const alternative of standardAlternatives)
          standard.push({ keyword: words[alternative] as Span, lowerCase: false });
        // "ALTO o BAJA" is one instruction: one finding whose fix leaves one STOP, not "STOP o STOP".
        repliedUntil = alternatives.at(-1) ?? replyIndex;
        const lastAlternative = words[repliedUntil] as Span;
        if (standardAlternatives.length === 0)
          spanish.push({
            ...reply,
            end: lastAlternative.end,
            text: message.text.slice(reply.start, lastAlternative.end),
          });
        continue;
      }
      if (OPT_OUT_KEYWORDS.has(replyWord)) {
        const upper = isUpperCase(reply.text);
        const followedByTo = joined[replyIndex] && normalized[replyIndex + 1] === 'to';
        const readsAsKeyword =
          upper ||
          (STRONG_VERBS.has(word) && (UNAMBIGUOUS_KEYWORDS.has(replyWord) || followedByTo || !joined[replyIndex]));
        if (readsAsKeyword) {
          standard.push({ keyword: reply, lowerCase: !upper });
          repliedUntil = replyIndex;
        }
        continue;
      }
      if (HELP_KEYWORDS.has(replyWord) || SPANISH_HELP_KEYWORDS.has(replyWord)) {
        const second = isUpperCase(reply.text) ? secondReplyAfterHelp(view, message.text, replyIndex) : -1;
        if (second >= 0) {
          const keyword = words[second] as Span;
          if (OPT_OUT_KEYWORDS.has(normalized[second] ?? '')) standard.push({ keyword, lowerCase: false });
          else spanish.push(keyword);
          repliedUntil = second;
          continue;
        }
      }
      // The purpose belongs to the reply only within its sentence: "Para ayuda responda AYUDA. Para
      // darse de baja responda STOP." offers HELP, then STOP; AYUDA is no opt-out reply.
      if (
        index > coveredUntil &&
        isNonStandardReply(reply, replyWord) &&
        !sentenceEndAfter(message.text, view, replyIndex)
      ) {
        const last = toPurposeEnd(view, replyIndex + 1);
        if (last >= 0) {
          nonStandard.push({ start: original.start, end: (words[last] as Span).end });
          coveredUntil = last;
        }
      }
      continue;
    }
    // "STOP to opt out", "HELP for help, STOP to cancel": the keyword leads, visibly in capitals.
    if (
      role === 'keyword' &&
      index > repliedUntil &&
      isUpperCase(original.text) &&
      (toPurposeEnd(view, index + 1) >= 0 || endsTheTexts(view, index))
    ) {
      if (SPANISH_OPT_OUT_KEYWORDS.has(word)) spanish.push(original);
      else standard.push({ keyword: original, lowerCase: false });
      continue;
    }
    // "To unsubscribe text X", "To opt out, reply NO".
    if (role === 'to' && index > coveredUntil) {
      const last = purposeEnd(view, index + 1);
      if (last < 0) continue;
      let verbIndex = last + 1;
      const gap = message.text.slice((words[last] as Span).end, words[verbIndex]?.start ?? (words[last] as Span).end);
      if (!SPACES_AND_COMMAS.test(gap)) continue;
      if (FILLER_WORDS.has(normalized[verbIndex] ?? '') && joined[verbIndex]) verbIndex++;
      // "opt out", "be removed", "stop receiving texts" or a one-word purpose about the texts.
      const aboutTexts = last > index + 1 || MESSAGE_PURPOSES.has(normalized[last] ?? '');
      const callEnd = aboutTexts && CALL_VERBS.has(normalized[verbIndex] ?? '') ? calledNumberEnd(view, verbIndex) : -1;
      if (callEnd >= 0) {
        nonStandard.push({ start: original.start, end: (words[callEnd] as Span).end });
        coveredUntil = callEnd;
        continue;
      }
      if (!INSTRUCTION_VERBS.has(normalized[verbIndex] ?? '')) continue;
      const replyIndex = nextJoined(view, verbIndex, true);
      const reply = words[replyIndex];
      if (reply === undefined || !isNonStandardReply(reply, normalized[replyIndex] as string)) continue;
      nonStandard.push({ start: original.start, end: reply.end });
      coveredUntil = replyIndex;
    }
  }
  return { standard, nonStandard, spanish };
}

/** "Reply STOP to opt out" (or its Spanish), lower-cased when it replaces words mid-sentence. */
function replacementFor(text: string, start: number, wording: string): string {
  const first = text.charAt(start);
  return first === first.toLowerCase() ? `${wording.charAt(0).toLowerCase()}${wording.slice(1)}` : wording;
}

function missingFinding(message: ParsedMessage, wording: string, spanish: boolean): ReportDescriptor | null {
  const { text } = message;
  const range = lastSentenceRange(text, message.words);
  if (range === null) return null;
  const fix: Fix = appendSentenceFix(text, `${wording}.`, `Add "${wording}."`);
  return { messageId: spanish ? 'missingEs' : 'missing', start: range.start, end: range.end, fixes: [fix] };
}

/** True when the message carries opt-out wording with a standard keyword (any case). */
export function hasStandardOptOut(message: ParsedMessage): boolean {
  return scan(message).standard.length > 0;
}

const rule: Rule = {
  id: 'opt-out-instructions',
  meta: {
    category: 'compliance',
    defaultSeverity: 'error',
    description:
      'Requires "Reply STOP to opt out" wording in a first message, and flags opt-out instructions without a standard keyword.',
    why: 'Carriers require every campaign to tell recipients how to opt out with a keyword the network honours (STOP, UNSUBSCRIBE, END, QUIT, CANCEL...); texts without it, or with made-up replies like "text 2", get filtered.',
    messages: {
      missing:
        'This first message has no opt-out wording, and carriers filter first messages that do not say how to stop them. Add "Reply STOP to opt out."',
      nonStandard:
        'This opt-out instruction does not use a standard keyword, so carriers treat it as non-compliant and the reply may not opt the client out. Use "Reply STOP to opt out" instead.',
      lowerCaseKeyword:
        'Write the opt-out keyword in capitals ({keyword}) so clients and carrier reviewers see it at a glance.',
      missingEs:
        'Este primer mensaje no dice cómo dejar de recibir mensajes, y los operadores filtran los primeros mensajes sin esa instrucción. Agregue "Responda STOP para cancelar." (This first message has no opt-out wording.)',
      nonStandardEs:
        'Esta instrucción no usa una palabra clave estándar, así que los operadores la consideran no conforme. Use "Responda STOP para cancelar". (This opt-out instruction has no standard keyword.)',
      spanishKeyword:
        '"{keyword}" opts a client out only if the firm\'s messaging service was set up for it; carriers honour STOP everywhere. Use STOP ("Responda STOP para cancelar").',
    },
    fixable: 'safe',
    examples: {
      valid: [
        {
          text: 'Hartwell & Diaz: Hi Maria, your case portal is ready at https://hartwelldiaz.com/portal. Reply STOP to opt out.',
          firstMessage: true,
        },
        { text: 'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9am.' },
        {
          text: 'Hartwell & Diaz: your documents are ready. Msg&data rates may apply. Reply HELP for help, STOP to cancel.',
        },
      ],
      invalid: [
        {
          text: 'Hartwell & Diaz: Hi Maria, your case portal is ready.',
          firstMessage: true,
          output: 'Hartwell & Diaz: Hi Maria, your case portal is ready. Reply STOP to opt out.',
        },
        { text: 'Hartwell & Diaz: your hearing moved to 3/14. Text 2 to stop these reminders.' },
        {
          text: 'Hartwell & Diaz: your hearing moved to 3/14. reply stop to opt out.',
          output: 'Hartwell & Diaz: your hearing moved to 3/14. reply STOP to opt out.',
        },
      ],
    },
  },
  check(context) {
    const { message, settings } = context;
    if (isBlank(message.text)) return;
    const { standard, nonStandard, spanish } = scan(message);
    const inSpanish = detectLanguage(message.text, message.words, settings.language).language === 'es';
    const wording = inSpanish ? STANDARD_OPT_OUT_ES : STANDARD_OPT_OUT;
    const noStandardWordingInFirstMessage = context.firstMessage && standard.length === 0;
    const findings: ReportDescriptor[] = [];
    for (const found of nonStandard) {
      findings.push({
        messageId: inSpanish ? 'nonStandardEs' : 'nonStandard',
        start: found.start,
        end: found.end,
        // With no standard wording beside it, a first message has no valid opt-out at all.
        severity: noStandardWordingInFirstMessage && spanish.length === 0 ? 'error' : 'warning',
        fixes: [
          {
            label: `Replace with "${wording}"`,
            edits: [{ start: found.start, end: found.end, text: replacementFor(message.text, found.start, wording) }],
            safe: false,
          },
        ],
      });
    }
    // ALTO, PARA, CANCELAR, BAJA are opt-out words, but only STOP works everywhere: a warning with
    // the keyword swapped, when no standard wording stands beside it.
    if (standard.length === 0) {
      for (const keyword of spanish) {
        findings.push({
          messageId: 'spanishKeyword',
          data: { keyword: keyword.text },
          start: keyword.start,
          end: keyword.end,
          severity: 'warning',
          fixes: [
            {
              label: `Write STOP instead of ${keyword.text}`,
              edits: [{ start: keyword.start, end: keyword.end, text: 'STOP' }],
              safe: true,
            },
          ],
        });
      }
    }
    for (const found of standard) {
      if (!found.lowerCase) continue;
      const upper = found.keyword.text.toUpperCase();
      findings.push({
        messageId: 'lowerCaseKeyword',
        data: { keyword: upper },
        start: found.keyword.start,
        end: found.keyword.end,
        severity: 'info',
        fixes: [
          {
            label: `Write ${upper}`,
            edits: [{ start: found.keyword.start, end: found.keyword.end, text: upper }],
            safe: true,
          },
        ],
      });
    }
    // A non-standard instruction's finding already says what to write; appending STOP wording
    // as well would leave the client two contradictory instructions.
    if (noStandardWordingInFirstMessage && nonStandard.length === 0 && spanish.length === 0) {
      const missing = missingFinding(message, wording, inSpanish);
      if (missing) findings.push(missing);
    }
    findings.sort((a, b) => a.start - b.start);
    for (const finding of findings) context.report(finding);
  },
};

export default rule;
