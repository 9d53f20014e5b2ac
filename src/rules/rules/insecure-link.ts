import type { Rule } from '../types';

const HTTP_SCHEME_LENGTH = 'http'.length;

const rule: Rule = {
  id: 'insecure-link',
  meta: {
    category: 'links',
    defaultSeverity: 'warning',
    description: 'Flags links that start with http:// instead of https://.',
    why: 'An unencrypted http:// link looks careless or risky to carrier filters and to clients; phones warn about it too.',
    messages: {
      insecure:
        'This link starts with http://, which is not encrypted, and filters and phones treat such links as riskier. Use https:// instead.',
    },
    fixable: 'safe',
    examples: {
      valid: [
        { text: 'Hi Maria, your signed retainer is at https://portal.hartwelldiaz.com/docs. Reply STOP to opt out.' },
        { text: 'Hartwell & Diaz: upload your pay stubs at portal.hartwelldiaz.com/upload' },
      ],
      invalid: [
        {
          text: 'Hi Maria, your signed retainer is at http://portal.hartwelldiaz.com/docs',
          output: 'Hi Maria, your signed retainer is at https://portal.hartwelldiaz.com/docs',
        },
        {
          text: 'Court info: HTTP://www.uscourts.gov/forms then call us.',
          output: 'Court info: https://www.uscourts.gov/forms then call us.',
        },
      ],
    },
  },
  check(context) {
    for (const link of context.message.links) {
      if (link.scheme !== 'http') continue;
      context.report({
        messageId: 'insecure',
        start: link.start,
        end: link.end,
        fixes: [
          {
            label: 'Use https://',
            // Only the scheme changes, so the rest of the link stays exactly as typed.
            edits: [{ start: link.start, end: link.start + HTTP_SCHEME_LENGTH, text: 'https' }],
            safe: true,
          },
        ],
      });
    }
  },
};

export default rule;
