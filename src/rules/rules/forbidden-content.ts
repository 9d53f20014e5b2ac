import { FORBIDDEN_CATEGORY_INFO, FORBIDDEN_PHRASES, type ForbiddenPhrase } from '../data/forbidden-phrases';
import {
  CASE_CONTEXT_WINDOW,
  CASE_CONTEXT_WORDS,
  CLAIM_AS_VERB_NEXT_WORDS,
  LEGAL_CONTEXT_PHRASES,
} from '../data/legal-context';
import type { Span } from '../message';
import { allowedTermSpans, lazyPhrases, overlapsAny, type PhraseMatch, wordViewOf } from '../phrases';
import type { Fix, Rule } from '../types';

const forbiddenMatcher = lazyPhrases(() => FORBIDDEN_PHRASES.map((entry) => ({ phrase: entry.phrase, meta: entry })));
const legalContextMatcher = lazyPhrases(() => LEGAL_CONTEXT_PHRASES.map((phrase) => ({ phrase, meta: phrase })));
const CASE_WORDS = new Set(CASE_CONTEXT_WORDS);
const CLAIM_VERB_NEXT = new Set(CLAIM_AS_VERB_NEXT_WORDS);

type ForbiddenMatch = PhraseMatch<ForbiddenPhrase>;

function isSentenceBreak(code: number): boolean {
  // . ! ? ; and line breaks
  return code === 46 || code === 33 || code === 63 || code === 59 || code === 10 || code === 13;
}

function sentenceBreakBetween(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (isSentenceBreak(text.charCodeAt(index))) return true;
  return false;
}

function isCaseWord(normalized: readonly string[], index: number): boolean {
  const word = normalized[index] as string;
  if (!CASE_WORDS.has(word)) return false;
  if (word !== 'claim') return true;
  const next = normalized[index + 1];
  const previous = normalized[index - 1];
  return !(next !== undefined && CLAIM_VERB_NEXT.has(next)) && previous !== 'to' && previous !== '2';
}

/** True when case vocabulary stands within the window around the match, in the same sentence. */
function hasCaseContext(text: string, words: readonly Span[], normalized: readonly string[], match: ForbiddenMatch) {
  for (let index = match.firstWord - 1; index >= Math.max(0, match.firstWord - CASE_CONTEXT_WINDOW); index--) {
    if (sentenceBreakBetween(text, (words[index] as Span).end, (words[index + 1] as Span).start)) break;
    if (isCaseWord(normalized, index)) return true;
  }
  const last = Math.min(words.length - 1, match.lastWord + CASE_CONTEXT_WINDOW);
  for (let index = match.lastWord + 1; index <= last; index++) {
    if (sentenceBreakBetween(text, (words[index - 1] as Span).end, (words[index] as Span).start)) break;
    if (isCaseWord(normalized, index)) return true;
  }
  return false;
}

/** Deletes the phrase and one neighbouring space, so the sentence needs rewording but no cleanup. */
function deletionFix(text: string, start: number, end: number, shown: string): Fix {
  let from = start;
  let to = end;
  if (text[to] === ' ' && (from === 0 || text[from - 1] === ' ')) to++;
  else if (text[from - 1] === ' ') from--;
  return {
    label: `Delete "${shown}" (then reword the sentence)`,
    edits: [{ start: from, end: to, text: '' }],
    safe: false,
  };
}

/** Solicitations before triggers, then longer before shorter, then earlier. */
function priority(a: ForbiddenMatch, b: ForbiddenMatch): number {
  const kindOrder = (match: ForbiddenMatch) => (match.meta.kind === 'solicitation' ? 0 : 1);
  return kindOrder(a) - kindOrder(b) || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

const rule: Rule = {
  id: 'forbidden-content',
  meta: {
    category: 'content',
    defaultSeverity: 'error',
    description: 'Flags offers in carrier-forbidden categories (loans, debt relief, cannabis, gambling, SHAFT...).',
    why: 'US carriers block whole categories of business by content (high-risk loans, lead generation, debt relief, get-rich-quick, cannabis, prescription drugs, gambling, sex, hate, alcohol, firearms, tobacco), whatever the sender. Offer wording is filtered; the ordinary vocabulary of a client case is not.',
    messages: {
      solicitation: '"{phrase}" reads as {label}: carriers block it because {why}. {advice}',
      trigger:
        '"{phrase}" can get the text filtered ({reason}). If it concerns the client\'s case, say so nearby (e.g. "your ... charge") or add it to the firm\'s allowed terms; otherwise leave it out.',
    },
    fixable: 'suggestion',
    examples: {
      valid: [
        {
          text: 'Hi Maria, this is Hartwell & Diaz. Your 341 meeting of creditors is 3/14 at 9am. Bring your medical bills. Reply STOP to opt out.',
        },
        { text: 'Hartwell & Diaz: the hearing on your possession of marijuana charge moved to Friday at 10am.' },
        { text: 'Hartwell & Diaz: please sign the retainer for your sexual harassment claim in the portal.' },
      ],
      invalid: [
        { text: 'Need a payday loan? No credit check, guaranteed approval! Reply YES.' },
        { text: 'Congrats! You have won a $1000 cash prize. Call to claim.' },
        { text: 'Ask about our CBD oil sale this weekend.' },
      ],
    },
  },
  check(context) {
    const { message, settings } = context;
    const { text, words } = message;
    const found = forbiddenMatcher().match(text, words);
    if (found.length === 0) return;

    const legalSpans = legalContextMatcher().match(text, words);
    const allowedSpans = allowedTermSpans(settings.allowedTerms, text, words);
    const { normalized } = wordViewOf(text, words);

    const kept = found.filter((match) => {
      if (overlapsAny(allowedSpans, match.start, match.end)) return false;
      if (overlapsAny(legalSpans, match.start, match.end)) return false;
      // Nearby case vocabulary excuses a bare word, never offer wording.
      return match.meta.kind === 'solicitation' || !hasCaseContext(text, words, normalized, match);
    });

    const chosen: ForbiddenMatch[] = [];
    for (const match of kept.sort(priority)) {
      if (!overlapsAny(chosen, match.start, match.end)) chosen.push(match);
    }
    chosen.sort((a, b) => a.start - b.start);

    for (const match of chosen) {
      const shown = text.slice(match.start, match.end);
      const info = FORBIDDEN_CATEGORY_INFO[match.meta.category];
      const fixes = [deletionFix(text, match.start, match.end, shown)];
      if (match.meta.kind === 'solicitation') {
        context.report({
          messageId: 'solicitation',
          data: { phrase: shown, label: info.label, why: info.why, advice: info.advice },
          start: match.start,
          end: match.end,
          severity: 'error',
          category: match.meta.category,
          fixes,
        });
      } else {
        context.report({
          messageId: 'trigger',
          data: { phrase: shown, reason: match.meta.reason ?? info.why },
          start: match.start,
          end: match.end,
          severity: 'warning',
          category: match.meta.category,
          fixes,
        });
      }
    }
  },
};

export default rule;
