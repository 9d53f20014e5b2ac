/*
 * Marketing wording. A law firm registers its texting with carriers (A2P 10DLC) for a use case such
 * as account notifications or customer care; carriers filter messages whose content does not match
 * the registered use case, and marketing texts need the client's prior express written consent
 * (TCPA). Sources: CTIA, "Messaging Principles and Best Practices" (consent and use-case
 * consistency); Twilio, "A2P 10DLC campaign use cases" (marketing is its own campaign type) and
 * "How do I prevent my messages from being filtered". The phrases are our own curation of ordinary
 * retail marketing wording; none comes from a message corpus.
 * Pattern syntax (`*` prefix, `a|b`, `word?`, `#` number, `~2` gap, plurals) is in ../phrases.ts.
 */
export const PROMOTIONAL_PHRASES: readonly string[] = [
  '# off',
  'percent off',
  'save up to #',
  'buy one get one',
  'bogo',
  'special|exclusive|limited-time|introductory|holiday|seasonal ~1 offer|deal|promotion|promo|discount|sale',
  'limited-time',
  'while supplies|stocks last',
  'promo|coupon|discount code',
  'free ~1 gift|trial|sample|ringtone|download|shipping|delivery|upgrade|ticket|minute|text|phone|camera|membership|month|week|voucher',
  'half-price',
  'order|shop|buy|subscribe|book ~1 now|today',
  'ringtone|wallpaper|polyphonic',
  'mobile content',
  "don't|do not miss out",
  'flash sale',
  'sale ends',
  'new arrivals',
  'we buy houses|homes',
  'cash offer ~3 home|house|property',
  'per minute|min|msg|message|text|call',
  'cost|costs # ~2 per',
];
