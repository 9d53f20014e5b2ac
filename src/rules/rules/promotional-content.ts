import { HELP_KEYWORDS, OPT_OUT_KEYWORDS } from '../data/opt-out-keywords';
import { PROMOTIONAL_PHRASES } from '../data/promotional-phrases';
import { overlapsLinkOrEmailOf } from '../links';
import { allowedTermSpans, lazyPhrases, overlapsAny } from '../phrases';
import type { Fix, Rule } from '../types';

const promotionalMatcher = lazyPhrases(() => PROMOTIONAL_PHRASES.map((phrase) => ({ phrase, meta: phrase })));

/** "Text WIN to 87121", "reply YES to 83600": a keyword sign-up, as marketing campaigns run them. */
const KEYWORD_TO_SHORT_CODE = /\b(?:text|txt|send|reply)\s+["']?([A-Za-z0-9]{2,15})["']?\s+to\s+(\d{4,6})\b/gi;

function deletionFix(text: string, start: number, end: number, shown: string): Fix {
  let from = start;
  let to = end;
  if (text[to] === ' ' && (from === 0 || text[from - 1] === ' ')) to++;
  else if (text[from - 1] === ' ') from--;
  return { label: `Delete "${shown}"`, edits: [{ start: from, end: to, text: '' }], safe: false };
}

const rule: Rule = {
  id: 'promotional-content',
  meta: {
    category: 'content',
    defaultSeverity: 'warning',
    description: 'Flags marketing wording (discounts, free gifts, "order now", keyword sign-ups) in client texts.',
    why: "Carriers filter texts whose content does not match the use the firm registered (case and account notifications), and marketing texts need the client's written consent; promotions belong in a campaign registered for marketing.",
    messages: {
      promotion:
        '"{phrase}" is marketing wording, and carriers filter marketing sent on a number registered for client notifications. Leave it out, or send promotions only from a marketing campaign to clients who agreed to them.',
      keywordSignUp:
        '"{phrase}" asks the client to text a keyword to a short code, the way marketing campaigns sign people up, which carriers filter on a notification number. Ask the client to reply to this number or use the portal.',
    },
    fixable: 'suggestion',
    examples: {
      valid: [
        { text: 'Hartwell & Diaz: your consultation is Tuesday at 2pm. Reply STOP to opt out.' },
        { text: 'Hartwell & Diaz: text STOP to 55123 to stop these reminders.' },
      ],
      invalid: [
        { text: 'Hartwell & Diaz: 20% off estate planning this month! Use promo code WILL20.' },
        { text: 'Text JOIN to 55123 for weekly legal tips.' },
      ],
    },
  },
  check(context) {
    const { message, settings } = context;
    const { text, words } = message;
    const allowedSpans = allowedTermSpans(settings.allowedTerms, text, words);
    let lastEnd = -1;
    for (const match of promotionalMatcher().match(text, words)) {
      if (match.start < lastEnd || overlapsAny(allowedSpans, match.start, match.end)) continue;
      lastEnd = match.end;
      const shown = text.slice(match.start, match.end);
      context.report({
        messageId: 'promotion',
        data: { phrase: shown },
        start: match.start,
        end: match.end,
        fixes: [deletionFix(text, match.start, match.end, shown)],
      });
    }
    // O(log n) per match: message.overlapsLinkOrEmail scans every link, quadratic on long texts of links and sign-ups.
    const inLink = overlapsLinkOrEmailOf(message);
    KEYWORD_TO_SHORT_CODE.lastIndex = 0;
    for (let found = KEYWORD_TO_SHORT_CODE.exec(text); found; found = KEYWORD_TO_SHORT_CODE.exec(text)) {
      const keyword = (found[1] ?? '').toLowerCase();
      if (OPT_OUT_KEYWORDS.has(keyword) || HELP_KEYWORDS.has(keyword)) continue;
      if (inLink(found.index, found.index + found[0].length)) continue;
      context.report({
        messageId: 'keywordSignUp',
        data: { phrase: found[0] },
        start: found.index,
        end: found.index + found[0].length,
      });
    }
  },
};

export default rule;
