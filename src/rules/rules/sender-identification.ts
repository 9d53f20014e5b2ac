import { smartEncodedText } from '../billing';
import { compileNames, mentionsFirm } from '../firm-name';
import { firstTokenRange, visibleStart } from '../required-text';
import type { Rule, Severity } from '../types';

export { firmNameTokens } from '../firm-name';

/**
 * A message that opens with a separator (", how's the move?", "- your hearing moved", the separator followed by a space) was cut from a
 * longer one; the name's own colon takes the separator's place, or the fix would read "Firm: , how's".
 */
const LEADING_SEPARATOR = /^[,;:.\-\u2013\u2014]+[ \t]+/;

function afterLeadingSeparator(text: string, start: number): number {
  const separator = LEADING_SEPARATOR.exec(text.slice(start, start + 16));
  // An ellipsis opens a message on purpose ("...and the judge agreed"): it stays.
  if (separator === null || separator[0].startsWith('..')) return start;
  return start + separator[0].length;
}

/*
 * A missing name is underlined on the message's first token, where the fix writes it (see
 * required-text.ts). First messages must identify the sender (error); later messages should
 * (info), since a client may not have saved the number.
 */
const rule: Rule = {
  id: 'sender-identification',
  meta: {
    category: 'compliance',
    defaultSeverity: 'error',
    description: "Requires the firm's name (or an alias) in a message; an error in first messages, a hint in others.",
    why: 'Carriers require business texts to identify the sender, and texts from an unnamed sender are filtered as spam or phishing more often.',
    messages: {
      missing:
        'This message does not name your firm, and carriers filter texts that do not say who sent them. Start it with "{firmName}: ".',
      noFirmName:
        "Your firm's name is not set, so this message cannot be checked, and carriers require texts to identify the sender. Set the firm name in the options.",
    },
    fixable: 'safe',
    examples: {
      valid: [
        {
          text: 'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9am.',
          settings: { firmName: 'Hartwell & Diaz, LLP' },
          firstMessage: true,
        },
        {
          text: 'HD Law: your signed retainer is in the portal.',
          settings: { firmName: 'Hartwell & Diaz', firmNameAliases: ['HD Law'] },
        },
      ],
      invalid: [
        {
          text: 'Hi Maria, your case portal is ready.',
          settings: { firmName: 'Hartwell & Diaz' },
          firstMessage: true,
          output: 'Hartwell & Diaz: Hi Maria, your case portal is ready.',
        },
        { text: 'Hi Maria, your case portal is ready.', firstMessage: true },
      ],
    },
  },
  check(context) {
    const { message, settings } = context;
    const range = firstTokenRange(message.text);
    if (range === null) return;
    const severity: Severity = context.firstMessage ? 'error' : 'info';
    const names = compileNames(settings);
    if (names.byFirstToken.size === 0) {
      context.report({ messageId: 'noFirmName', start: range.start, end: range.end, severity });
      return;
    }
    if (mentionsFirm(message.text, message.words, names.byFirstToken)) return;
    const insertAt = visibleStart(message.text);
    const replaceUntil = afterLeadingSeparator(message.text, insertAt);
    const prefix = `${smartEncodedText(names.displayName)}: `;
    context.report({
      messageId: 'missing',
      data: { firmName: names.displayName },
      start: range.start,
      end: range.end,
      severity,
      fixes: [
        {
          label: `Start with "${prefix}"`,
          edits: [{ start: insertAt, end: replaceUntil, text: prefix }],
          safe: true,
        },
      ],
    });
  },
};

export default rule;
