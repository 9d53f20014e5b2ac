/*
 * Pathological texts for the rules library: long runs of each character class the rules look at,
 * and mixes of the things that interact (links, numbers, emoji, quotes, brackets). Used by
 * `npm run bench -- --adversarial` (timings at 40,000 and 400,000 characters) and by a unit test
 * that checks, without timing, that lint() never throws on them and returns sane output.
 */

export interface AdversarialPattern {
  /** A short stable name, for tables and test titles. */
  name: string;
  /** The text: exactly `length` UTF-16 code units, never ending in half a surrogate pair (unless the unit is one). */
  make(length: number): string;
}

/** `unit` repeated to `length` code units; a cut through a surrogate pair is padded with a space instead. */
export function repeatTo(unit: string, length: number): string {
  if (unit.length === 0) throw new Error('empty unit');
  let text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const last = text.charCodeAt(text.length - 1);
  const unitIsLoneSurrogate = /^[\ud800-\udfff]$/.test(unit);
  if (!unitIsLoneSurrogate && last >= 0xd800 && last <= 0xdbff) text = `${text.slice(0, -1)} `;
  return text;
}

function run(name: string, unit: string): AdversarialPattern {
  return { name, make: (length) => repeatTo(unit, length) };
}

/** A run of `unit` with no separator at all, then the same with a space after each unit. */
function runs(name: string, unit: string): AdversarialPattern[] {
  return [run(name, unit), run(`${name} + space`, `${unit} `)];
}

/** One occurrence of `needle` in a long run of `filler`: scans that restart at each filler character show up here. */
function needleAtEnd(name: string, filler: string, needle: string): AdversarialPattern {
  return {
    name,
    make: (length) => repeatTo(filler, length - needle.length) + needle,
  };
}

/** The things whose mixes the rules disagree about, glued and spaced. */
const MIX_PARTS: Record<string, string> = {
  link: 'a.co',
  number: '512-555-0147',
  emoji: '😀',
  quote: '“',
  bracket: '(',
};

function mixes(): AdversarialPattern[] {
  const names = Object.keys(MIX_PARTS);
  const patterns: AdversarialPattern[] = [];
  // Every subset of two or more parts: 26 mixes, each glued together and separated by a space.
  for (let mask = 0; mask < 1 << names.length; mask++) {
    const chosen = names.filter((_, index) => mask & (1 << index));
    if (chosen.length < 2) continue;
    const parts = chosen.map((name) => MIX_PARTS[name] as string);
    patterns.push(run(`mix ${chosen.join('+')}`, parts.join('')));
    patterns.push(run(`mix ${chosen.join('+')} spaced`, `${parts.join(' ')} `));
  }
  return patterns;
}

export const ADVERSARIAL_PATTERNS: readonly AdversarialPattern[] = [
  // Letters, words, capitals.
  ...runs('letter a', 'a'),
  ...runs('word', 'abc'),
  ...runs('capitals', 'URGENT'),
  run('mixed-case word', 'aBcDeF '),
  run('repeated word', 'the '),
  run('a before vowel', 'a apple '),
  run('lower-case sentences', 'hi. '),
  run('apostrophe word', "don't "),
  run('hyphen chain', 'a-'),
  // Digits and whitespace.
  ...runs('digit', '1'),
  run('digit hyphen', '1-'),
  run('digit dot', '1.'),
  run('digit slash', '1/'),
  run('money', '$1,512.55 '),
  run('spaces', ' '),
  run('newlines', '\n'),
  run('CR LF', '\r\n'),
  run('tabs', '\t'),
  run('no-break spaces', '\u00a0'),
  // Punctuation the rules care about.
  ...runs('!', '!'),
  run('!! + space', '!! '),
  ...runs('?', '?'),
  run('!?', '!?'),
  ...runs('.', '.'),
  run('dot space', '. '),
  ...runs(',', ','),
  run('space comma', ' ,'),
  run(';', ';'),
  run(':', ':'),
  run('-', '-'),
  run('_', '_'),
  run('=', '='),
  run('*', '*'),
  run('#', '#'),
  ...runs('$', '$'),
  run('~', '~'),
  run('/', '/'),
  run('\\', '\\'),
  run('@', '@'),
  run('&', '&'),
  run('%', '%'),
  run('+', '+'),
  run('|', '|'),
  run('^', '^'),
  run('ellipsis', '…'),
  run('em dash', '—'),
  run('straight double quote', '"'),
  run('straight single quote', "'"),
  // Curly quotes.
  ...runs('curly double quote', '“'),
  run('curly quote pair', '“”'),
  ...runs('curly apostrophe', '’'),
  run('quoted word', '“a” '),
  // Brackets.
  ...runs('(', '('),
  run(')', ')'),
  run('()', '()'),
  run('[', '['),
  run('{', '{'),
  run('nested brackets', '(['),
  run('bracketed word', '(a) '),
  // Emoji.
  ...runs('emoji', '😀'),
  run('emoji + skin tone', '👍🏽'),
  run('lone skin tone', '🏽'),
  ...runs('ZWJ family', '👨‍👩‍👧‍👦'),
  run('lone ZWJ', '\u200d'),
  run('ZWJ between letters', 'a\u200d'),
  ...runs('flag', '🇺🇸'),
  run('regional indicator', '🇺'),
  run('keycap', '1️⃣'),
  run('VS16 heart', '❤️'),
  run('text-presentation symbols', '©™'),
  // Scripts and marks.
  ...runs('CJK', '中文'),
  run('hangul', '한국어 '),
  run('thai', 'ภาษาไทย'),
  run('devanagari', 'हिन्दी'),
  run('combining acute', 'e\u0301'),
  run('lone combining marks', '\u0301'),
  run('zalgo', `a${'\u0301\u0302\u0303\u0304'.repeat(8)}`),
  ...runs('arabic', 'مرحبا'),
  run('hebrew', 'שלום '),
  run('RTL override', '\u202eabc'),
  run('lone high surrogate', '\ud83d'),
  run('lone low surrogate', '\ude00'),
  // Links and addresses.
  ...runs('link', 'a.co'),
  run('link + !!', 'a.co !! '),
  run('https link', 'https://a.co '),
  run('link with path', 'https://hartwelldiaz.com/c/4471 '),
  run('shortener', 'bit.ly/x '),
  run('insecure link', 'http://x.io '),
  run('dotted labels', 'a.'),
  run('dotted label run', 'a.b'),
  run('scheme only', 'https://'),
  run('javascript scheme', 'javascript:'),
  run('punycode host', 'xn--80ak6aa92e.com '),
  run('IP address', '1.2.3.4 '),
  run('credentials link', 'http://u:p@x.co '),
  needleAtEnd('long path then space', '/', ' a.co'),
  run('link in brackets', '(a.co) '),
  run('link then punctuation', 'a.co!?'),
  ...runs('email', 'x@y.co'),
  run('at signs between words', 'a@'),
  run('mailto', 'mailto:a@b.co '),
  // Phone, SSN and card shapes, and the labels the rules look for.
  ...runs('phone', '(512) 555-0147'),
  run('phone hyphens', '512-555-0147 '),
  run('phone bare', '5125550147 '),
  run('plus digit', '+2'),
  run('plus digit space', '+2 '),
  run('national format', '0844 861 85 85 '),
  run('short code instruction', 'text STOP to 47474 '),
  run('link + short code sign-up', 'a.co text JOIN to 12345 '),
  run('email + short code sign-up', 'x@y.co text WIN to 55555 '),
  ...runs('SSN', '123-45-6789'),
  run('SSN with spaces', '123 45 6789 '),
  run('card', '4111 1111 1111 1111 '),
  run('card glued', '4111111111111111'),
  run('digit space', '4 '),
  run('digit groups', '1-2-'),
  run('ssn label', 'ssn '),
  run('password label', 'password '),
  run('account label', 'account number '),
  run('case label', 'Case No. 512-555-0147 '),
  run('STOP wording', 'reply to opt '),
  run('Reply STOP', 'Reply STOP to opt out. '),
  // A one-time code and its relay in every sentence, and in one endless sentence (phishing-language
  // pairs them per sentence).
  run('code relays', 'I sent a 6-digit code to your phone, text it back to me. '),
  run('code relays, one sentence', 'a code to your phone, text it back to me, '),
  // Each payment, card detail or store deposit asks about its own sentence's other words.
  run('payments to an account, one sentence', 'send $50 to account 4471 2290, '),
  run('card digits and zip, one sentence', 'text me the last 4 of your card and billing zip, '),
  run('store deposits, one sentence', 'deposite $50 en OXXO y mande foto del ticket, '),
  run('guns without a permit, one sentence', 'we sell rifles for $300 without a permit, '),
  run('loans called illegal, one sentence', 'payday loans up to $500 are illegal, '),
  // Goods of forbidden trades put on sale (forbidden-content's products): each asks for a price
  // near it and a sale cue, once per message.
  run('goods on sale', 'Glock $30, weed in stock, '),
  run('goods on sale, one per sentence', 'your Glock for $5. Private show 18+ text me. '),
  // Everything the rules disagree about, mixed.
  ...mixes(),
];
