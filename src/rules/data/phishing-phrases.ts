/*
 * Wording that makes a text read like phishing: account alerts and requests to verify an
 * identity, false urgency, and requests to pay through channels that cannot be reversed.
 *
 * Sources the lists follow: Twilio's "How do I prevent my messages from being filtered" and its
 * forbidden-use guidance (phishing and fraud are prohibited content), the CTIA Messaging Principles
 * and Best Practices (deceptive or fraudulent content), the FTC consumer alerts on text-message
 * scams ("How to Recognize and Report Spam Text Messages": account problems, requests to confirm
 * personal details, gift-card, wire and payment-app requests) and the FBI IC3 warnings on
 * real-estate wire fraud (changed wiring instructions). The phrase lists are our own curation.
 * Pattern syntax (`*` prefix, `a|b`, `word?`, `#` number) is documented in ../phrases.ts.
 *
 * Phrases are deliberately specific: a firm legitimately asks a client to "verify the dates in the
 * attached settlement", reports "the wire transfer from the title company", or marks a text
 * "Urgent: court date moved". Only the scam shapes are listed.
 */

export type PhishingKind = 'account' | 'urgency' | 'payment';

export interface PhishingPhrase {
  phrase: string;
  kind: PhishingKind;
  /** Replacement text for the unsafe suggestion, when a drop-in rewording exists. */
  replacement?: string;
}

/** What the payment suggestion puts in place of a risky payment instruction. */
export const SECURE_PAYMENT_WORDING = 'pay through our secure client portal';

function account(...phrases: string[]): PhishingPhrase[] {
  return phrases.map((phrase) => ({ phrase, kind: 'account' }));
}

function urgency(...phrases: string[]): PhishingPhrase[] {
  return phrases.map((phrase) => ({ phrase, kind: 'urgency' }));
}

function payment(replacement: string | undefined, ...phrases: string[]): PhishingPhrase[] {
  return phrases.map((phrase) =>
    replacement ? { phrase, kind: 'payment', replacement } : { phrase, kind: 'payment' },
  );
}

const LOCKED =
  'suspended|locked|disabled|closed|compromised|restricted|frozen|deactivated|blocked|limited|flagged|terminated|hacked';

/** Payment apps and instruments, each a run of pattern words (alternatives are per word). */
const PAYMENT_CHANNELS = [
  'zelle|venmo|cashapp|bitcoin|btc|crypto|cryptocurrency|giftcard|giftcards',
  'cash app',
  'gift card|cards',
];

function withChannels(before: string): string[] {
  return PAYMENT_CHANNELS.map((channel) => `${before} ${channel}`);
}

export const PHISHING_PHRASES: readonly PhishingPhrase[] = [
  // Account alerts and identity checks.
  ...account(
    `your account|card|password|access has|have been ${LOCKED}`,
    'your account|card|password|access has|have been put? on hold',
    `your account|card|access is|was|will be? ${LOCKED}`,
    'verify your identity|account|login|password|bank|card|ssn|social',
    'confirm your identity|account|login|password|bank|card|ssn|social',
    'confirm|verify|update your bank|card|banking|payment|billing details|info|information',
    'update your billing|payment',
    'update your account details|info|information',
    'unusual|suspicious|unauthorized activity',
    'unusual|suspicious|unauthorized sign-in|login|logins|log-in|charge|charges|transaction|transactions',
    'click here to verify|confirm|unlock|restore|login|log|update|secure|reactivate|claim',
    'click the link to verify|confirm|unlock|restore|reactivate',
    'log|login in? to verify|confirm|unlock|restore',
    're-activate|reactivate|restore|unlock your account',
    'security alert',
    'important customer service announcement',
  ),
  // False urgency.
  ...urgency(
    'act now',
    'act immediately',
    'act fast',
    'final notice',
    'final warning',
    'last warning',
    'immediate|urgent action required|needed',
    'action required immediately',
    'respond|reply immediately or',
    // Hours, not days: statutes give days ("within 30 days or owe double damages").
    'within # hours|hrs|minutes|mins or',
    'or your account will',
    'failure to verify',
    'expires in # hours|hrs|minutes|mins',
    'urgent message waiting',
    'an urgent message for you',
    'requires your urgent|immediate attention',
    'valid # hrs|hours only',
  ),
  // Irreversible payment channels.
  ...payment(
    SECURE_PAYMENT_WORDING,
    ...withChannels('pay|paying|payment with|by|via|through|using|on|in a?'),
    ...withChannels(
      'send|sending the|your? payment|money|funds|retainer|deposit|fee|fees|balance with|by|via|through|using|on|in a?',
    ),
  ),
  // Wires are how closings are paid, so there is no drop-in rewording: instructions belong in the
  // portal or a call to a verified number, and a text asking for a wire is the classic fraud.
  ...payment(
    undefined,
    'pay|paying by|via|with wire',
    'pay|paying by|via|with a wire transfer',
    'send|sending a wire|wire transfer',
    'wire|wiring the|your funds|money|payment|balance|retainer|deposit|fee|fees|amount',
    'wire|wiring us|me',
    'zelle|venmo|cashapp it|me|us',
    'zelle|venmo|cashapp the money|payment|funds',
    'buy|purchase a? gift card|cards|giftcard|giftcards',
    'gift card code|codes|number|numbers',
    'itunes|apple|steam|amazon|ebay|target|walmart gift card|cards',
    'itunes|steam card|cards',
    'google play gift? card|cards',
    'new|updated|changed|revised wiring|wire instructions',
    'new|updated|changed bank account|details',
    'bitcoin|crypto|btc atm',
  ),
];
