/*
 * What makes wording an offer aimed at the reader rather than a mention: a call to act, a price or
 * a prize, a sign-up keyword, a link off the firm's domains. Twilio's forbidden categories and the
 * CTIA Messaging Principles ban the offers (the business), and the FTC's prize, loan and debt-relief
 * advisories describe their shape: a pitch plus something to do now. Our own curation.
 */

/** Verbs that, opening a sentence, ask the reader to act on an offer. */
export const CALL_TO_ACTION_VERBS: ReadonlySet<string> = new Set([
  'apply',
  'buy',
  'call',
  'claim',
  'click',
  'collect',
  'download',
  'enroll',
  'enter',
  'get',
  'grab',
  'join',
  'order',
  'qualify',
  'redeem',
  'register',
  'reply',
  'shop',
  'signup',
  'subscribe',
  'tap',
  'text',
  'txt',
  'visit',
  // Spanish.
  'llame',
  'responda',
  'envíe',
  'envie',
  'compre',
  'reclame',
  'visite',
  'solicite',
  'gane',
  'obtenga',
  'aproveche',
]);

/** Words a sentence may start with before its verb: "Please call", "Now get", "Hurry and claim". */
export const LEAD_IN_WORDS: ReadonlySet<string> = new Set([
  'please',
  'pls',
  'now',
  'hurry',
  'and',
  'so',
  'just',
  'simply',
]);

/** Words that announce a prize or a giveaway wherever they stand. */
export const PRIZE_WORDS: ReadonlySet<string> = new Set([
  'prize',
  'prizes',
  'winner',
  'winners',
  'jackpot',
  'sweepstakes',
  'giveaway',
  'bonus',
  'reward',
  'rewards',
]);

/** Words that press for an answer now. */
export const URGENCY_WORDS: ReadonlySet<string> = new Set([
  'hurry',
  'limited',
  'expires',
  'expiring',
  'tonight',
  'asap',
]);
