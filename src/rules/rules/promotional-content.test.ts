import { runRuleTests } from '../testing/rule-tester';
import rule from './promotional-content';

function at(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in "${text}"`);
  return { start, end: start + phrase.length };
}

function promotion(text: string, ...phrases: string[]) {
  return {
    text,
    findings: phrases.map((phrase) => ({ messageId: 'promotion', ...at(text, phrase), severity: 'warning' as const })),
  };
}

runRuleTests(rule, {
  valid: [
    'Hartwell & Diaz: your deposition is Monday at 10am. Reply STOP to opt out.',
    'Please call our office to reschedule your consultation.',
    // Opt-out and help keywords to a short code are compliance wording, not a sign-up.
    'Text STOP to 55123 to opt out, HELP to 55123 for help.',
    'The hearing takes 30 min; the filing fee is $50 per motion.',
    'Your settlement check is ready; we mailed it today.',
    { text: 'Ask about our free consultation for new matters.', settings: { allowedTerms: ['free consultation'] } },
    // Prices of a case are not prices of a call: a fee per motion, a payment per month, a rate per hour.
    'Your payment plan is $300 a month; our rate is $250 per hour.',
    'Send the signed forms to 78701 by Friday.',
    'Please send it to 55123 when you can.',
  ],
  invalid: [
    promotion('Hartwell & Diaz: 20% off wills this month!', '20% off'),
    promotion('Limited-time offer: order now and get a free gift.', 'Limited-time offer', 'order now', 'free gift'),
    {
      ...promotion('Use promo code WILL20 at checkout.', 'promo code'),
      suggestionOutputs: ['Use WILL20 at checkout.'],
    },
    promotion('New ringtones every week, just 99 cents per download.', 'ringtones'),
    {
      text: 'Text JOIN to 55123 for weekly legal tips.',
      findings: [
        { messageId: 'keywordSignUp', ...at('Text JOIN to 55123 for weekly legal tips.', 'Text JOIN to 55123') },
      ],
    },
    {
      text: 'Talk to a live psychic, just $1.99/min. Texts are 99 cents per msg.',
      findings: [
        {
          messageId: 'premiumRate',
          ...at('Talk to a live psychic, just $1.99/min. Texts are 99 cents per msg.', '$1.99/min'),
        },
        {
          messageId: 'premiumRate',
          ...at('Talk to a live psychic, just $1.99/min. Texts are 99 cents per msg.', '99 cents per msg'),
        },
      ],
    },
    {
      text: 'Txt the word WIN to 40404 or reply GO NOW to 55123.',
      findings: [
        {
          messageId: 'keywordSignUp',
          ...at('Txt the word WIN to 40404 or reply GO NOW to 55123.', 'Txt the word WIN to 40404'),
        },
        {
          messageId: 'keywordSignUp',
          ...at('Txt the word WIN to 40404 or reply GO NOW to 55123.', 'reply GO NOW to 55123'),
        },
      ],
    },
  ],
});
