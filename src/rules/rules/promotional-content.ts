import { PROMOTIONAL_PHRASES } from '../data/promotional-phrases';
import { keywordSignUpsOf } from '../keyword-sign-up';
import { overlapsLinkOrEmailOf } from '../links';
import { allowedTermSpans, lazyPhrases, overlapsAny } from '../phrases';
import type { Fix, Rule } from '../types';

const promotionalMatcher = lazyPhrases(() => PROMOTIONAL_PHRASES.map((phrase) => ({ phrase, meta: phrase })));

/**
 * "$1.99/min", "99 cents per minute", "$1.50/msg": a call or a message priced one by one, the mark
 * of premium-rate services: pay-per-call lines (FTC, 16 CFR 308 "Pay-Per-Call Rule") and premium
 * text subscriptions billed to the phone (FTC and FCC on mobile cramming). A price needs its
 * currency: a dollar sign before it or a cent unit after it (US prices: these are US carriers).
 * Spanish writes the same price "$1.99 por minuto", "50 centavos por mensaje".
 */
const PRICE_PER_CALL_OR_MESSAGE =
  /(?:\$\s?\d+(?:\.\d{1,2})?|\b\d+(?:\.\d{1,2})?\s?(?:¢|cents?|centavos?))\s?(?:\/|per\s|a\s|por\s)\s?(?:min(?:ute)?|msg|message|text|txt|sms|minutos?|mensajes?)s?\b/gi;

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
    description:
      'Flags marketing wording (discounts, free gifts, "order now", keyword sign-ups, per-minute or per-message prices) in client texts.',
    why: "Carriers filter texts whose content does not match the use the firm registered (case and account notifications), and marketing texts need the client's written consent; promotions belong in a campaign registered for marketing.",
    messages: {
      promotion:
        '"{phrase}" is marketing wording, and carriers filter marketing sent on a number registered for client notifications. Leave it out, or send promotions only from a marketing campaign to clients who agreed to them.',
      premiumRate:
        '"{phrase}" prices each minute or message, the mark of the premium-rate lines and text subscriptions carriers filter. A call or text to the firm costs the client nothing extra; leave the price out.',
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
    // A price per minute or message is the more telling finding where a phrase ("per msg") overlaps it.
    const prices: { start: number; end: number }[] = [];
    PRICE_PER_CALL_OR_MESSAGE.lastIndex = 0;
    for (let found = PRICE_PER_CALL_OR_MESSAGE.exec(text); found; found = PRICE_PER_CALL_OR_MESSAGE.exec(text)) {
      const start = found.index;
      const end = start + found[0].length;
      if (overlapsAny(allowedSpans, start, end)) continue;
      prices.push({ start, end });
      context.report({
        messageId: 'premiumRate',
        data: { phrase: found[0] },
        start,
        end,
        fixes: [deletionFix(text, start, end, found[0])],
      });
    }
    let lastEnd = -1;
    let nextPrice = 0;
    for (const match of promotionalMatcher().match(text, words)) {
      if (match.start < lastEnd || overlapsAny(allowedSpans, match.start, match.end)) continue;
      // Matches come in order of start, so one pointer walks the prices once.
      while (nextPrice < prices.length && (prices[nextPrice] as { end: number }).end <= match.start) nextPrice++;
      if (nextPrice < prices.length && (prices[nextPrice] as { start: number }).start < match.end) continue;
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
    const inLink = overlapsLinkOrEmailOf(message);
    for (const signUp of keywordSignUpsOf(message)) {
      if (inLink(signUp.start, signUp.end)) continue;
      context.report({
        messageId: 'keywordSignUp',
        data: { phrase: text.slice(signUp.start, signUp.end) },
        start: signUp.start,
        end: signUp.end,
      });
    }
  },
};

export default rule;
