import { findMisspellings } from '../spelling/find';
import type { Rule } from '../types';

/**
 * Spelling needs a dictionary the rules library never loads itself: the host passes a
 * SpellingProvider as LintContext.spellChecker (the CLI does; the extension checks spelling in its
 * background/offscreen document with checkSpelling() and merges the findings with mergeReports()).
 * Without a provider this rule reports nothing. Suggestions are computed on demand
 * (suggestSpelling), so findings carry no fixes.
 */
const rule: Rule = {
  id: 'spelling',
  meta: {
    category: 'content',
    defaultSeverity: 'warning',
    description: 'Flags misspelled words, knowing legal vocabulary, the firm’s own words, names and acronyms.',
    why: 'Carriers’ filters treat misspellings as a sign of spam or phishing, and Twilio advises checking spelling and grammar before sending.',
    messages: {
      misspelled:
        '"{word}" looks misspelled. Carriers filter texts with spelling mistakes as likely spam: correct it, or add it to the firm dictionary if it is right.',
      unknownName:
        '"{word}" is not in the dictionary. If it is a name, add it to the firm dictionary; if not, check the spelling, since carriers filter misspelled texts.',
    },
    // The findings themselves carry no fix: the host asks suggestSpelling() when it shows one.
    fixable: 'none',
    examples: {
      valid: [
        {
          text: 'Hi Maria, this is Hartwell & Diaz. Your deposition is set for 3/14 at 9am; bring the subpoena.',
          settings: { firmName: 'Hartwell & Diaz' },
        },
        {
          text: 'Ms. Okonkwo, the guardian ad litem filed her report in case 2:24-cv-01234. Questions? Email help@hartwelldiaz.com',
          settings: { firmDictionary: ['Okonkwo'] },
        },
      ],
      invalid: [
        { text: 'Hi Maria, your depositon is tomorow at 10am at our office.' },
        { text: 'Please sign the afidavit before Friday so we can file it.' },
      ],
    },
  },
  check(context) {
    const { spellChecker, spanishSpellChecker } = context;
    if (!spellChecker && !spanishSpellChecker) return;
    for (const issue of findMisspellings(context.message, context.settings, spellChecker, spanishSpellChecker)) {
      context.report({
        messageId: issue.messageId,
        data: { word: issue.word },
        start: issue.start,
        end: issue.end,
        severity: issue.severity,
        language: issue.language,
      });
    }
  },
};

export default rule;
