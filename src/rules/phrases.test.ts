import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORBIDDEN_PHRASES } from './data/forbidden-phrases';
import { LEGAL_CONTEXT_PHRASES } from './data/legal-context';
import { PHISHING_PHRASES } from './data/phishing-phrases';
import { lazyBuildSteps } from './lazy';
import { parseMessage } from './message';
import {
  allowedTermSpans,
  compileLiteralPhrases,
  compilePhrases,
  lazyPhraseList,
  normalizeWord,
  overlapsAny,
  PATTERN_CHARACTERS_PER_WARM_UP_STEP,
  type PhraseEntry,
  PhraseMatcher,
  sliceEnds,
  wordViewOf,
} from './phrases';

function find(patterns: string[], text: string): { text: string; start: number; end: number; phrase: string }[] {
  const matcher = compilePhrases(patterns.map((phrase) => ({ phrase, meta: phrase })));
  const message = parseMessage(text);
  return matcher.match(text, message.words).map((match) => ({
    text: text.slice(match.start, match.end),
    start: match.start,
    end: match.end,
    phrase: match.phrase,
  }));
}

describe('compilePhrases / match', () => {
  it('finds a phrase case-insensitively with offsets from the first word to the last', () => {
    expect(find(['payday loan'], 'Get a PAYDAY Loan today')).toEqual([
      { text: 'PAYDAY Loan', start: 6, end: 17, phrase: 'payday loan' },
    ]);
  });

  it('matches whole words only', () => {
    expect(find(['loan'], 'The loaner car and a reloan')).toEqual([]);
  });

  it('supports a trailing * for prefix match', () => {
    expect(find(['payday loan*'], 'payday loans, payday loaned, payday lo').map((match) => match.text)).toEqual([
      'payday loans',
      'payday loaned',
    ]);
  });

  it('indexes patterns that start with a prefix', () => {
    const patterns = ['crypto*', 'cryptic clue', 'cry* wolf'];
    expect(find(patterns, 'Cryptocurrency, a cryptic clue, crying wolf').map((match) => match.text)).toEqual([
      'Cryptocurrency',
      'cryptic clue',
      'crying wolf',
    ]);
  });

  it('supports alternatives and optional words', () => {
    const patterns = ['pay by|via zelle|venmo', 'send a? wire'];
    expect(find(patterns, 'Pay via Venmo or send wire or send a wire').map((match) => match.text)).toEqual([
      'Pay via Venmo',
      'send wire',
      'send a wire',
    ]);
  });

  it('matches # against words that start with a digit', () => {
    expect(find(['won a # prize'], 'You won a £1000 prize, not a big prize').map((match) => match.text)).toEqual([
      'won a £1000 prize',
    ]);
  });

  it.each([
    // [patterns, text, the matched texts]
    [['free spin'], 'Get 50 free spins, one free spin, free spinning', ['free spins', 'free spin']],
    [['party'], 'Third parties and a party’s rights', ['parties', 'party’s']],
    [['you|u have won'], 'Us have won nothing', []],
    [
      ['earn # a week'],
      'Earn $5,000 a week. Earn 5,000 dollars a week. Earn $5k a week. Earn 4.15 a week.',
      ['Earn $5,000 a week', 'Earn 5,000 dollars a week', 'Earn $5k a week', 'Earn 4.15 a week'],
    ],
    [['earn # a week'], 'Earn $5, 000 a week', []],
    // A currency code before the figure, as "$" is.
    [['pay # now', '# due'], 'Pay USD 3.49 now. USD 12 due. USD due.', ['Pay USD 3.49 now', 'USD 12 due', '12 due']],
    [
      ['send ~2 fee|fees via zelle'],
      'Send the filing fee via Zelle. Send fee via Zelle. Send the court filing fee via Zelle',
      ['Send the filing fee via Zelle', 'Send fee via Zelle'],
    ],
    [['send ~2 fee'], 'Send it. The fee is due', []],
    [
      ['pre-approved'],
      'You are pre-approved, preapproved and pre approved',
      ['pre-approved', 'preapproved', 'pre approved'],
    ],
    [['cash-app|venmo'], 'Pay by cashapp, cash-app or cash app', ['cashapp', 'cash-app', 'cash app']],
    [
      ['you are|have ~2 pre-approved|prequalified'],
      'You have been pre approved. You are prequalified',
      ['You have been pre approved', 'You are prequalified'],
    ],
    // Verbs with +: regular forms, consonant doubling, e-dropping, -ies, and the irregular past.
    [
      ['earn+|make+ money'],
      'earns money, earned money, earning money, making money, made money, makes money, maked money',
      ['earns money', 'earned money', 'earning money', 'making money', 'made money', 'makes money'],
    ],
    [['win+ cash'], 'winning cash, won cash, wins cash, winned cash', ['winning cash', 'won cash', 'wins cash']],
    [
      ['qualify+ for'],
      'qualifies for, qualified for, qualifying for',
      ['qualifies for', 'qualified for', 'qualifying for'],
    ],
    [['win cash'], 'winning cash or won cash', []],
    [['make! money'], 'make money, makes money', ['make money']],
    [['auto-renew+'], 'auto renews, auto-renewed, autorenewing', ['auto renews', 'auto-renewed', 'autorenewing']],
    // Contractions: with and without the apostrophe, spelled out, and back.
    [
      ["don't tell"],
      "Don't tell, dont tell, do not tell, don’t tell",
      ["Don't tell", 'dont tell', 'do not tell', 'don’t tell'],
    ],
    [['you have won'], "You've won, youve won, you have won", ["You've won", 'youve won', 'you have won']],
    [
      ['if you did not|never'],
      "if you didn't, if you didnt, if you did not",
      ["if you didn't", 'if you didnt', 'if you did not'],
    ],
    [["we're hiring"], 'we are hiring, were hiring', ['we are hiring']],
    [["firm's"], 'the firm is open', []],
    // Words in a row typed as one hyphenated word, and hyphens between the words.
    [['work from home'], 'Work-from-home jobs and work from home', ['Work-from-home', 'work from home']],
    [['same|next day delivery'], 'same-day delivery, next day delivery', ['same-day delivery', 'next day delivery']],
    // Spelled-out amounts: with a scale or a currency, not "one" alone.
    [
      ['earn # a week'],
      'Earn five hundred a week. Earn fifty dollars a week. Earn two thousand dollars a week. Earn one a week.',
      ['Earn five hundred a week', 'Earn fifty dollars a week', 'Earn two thousand dollars a week'],
    ],
    [['# prize'], 'a thousand dollars prize, one prize', ['thousand dollars prize']],
    // Texting shorthand for the small words: u, ur, r, 2, 4, txt, msg, pls.
    [['you have won'], 'u have won', ['u have won']],
    [['selected to receive'], 'selected 2 receive', ['selected 2 receive']],
    [['check your account'], 'check ur account', ['check ur account']],
    [['your account'], 'you account', []],
  ])('slack of real writing: %j in %j', (patterns, text, expected) => {
    expect(find(patterns, text).map((match) => match.text)).toEqual(expected);
  });

  it('refuses a gap at either end or longer than four words', () => {
    expect(() => compilePhrases([{ phrase: '~2 fee', meta: 1 }])).toThrow(/between words/);
    expect(() => compilePhrases([{ phrase: 'fee ~1', meta: 1 }])).toThrow(/between words/);
    expect(() => compilePhrases([{ phrase: 'send ~5 fee', meta: 1 }])).toThrow(/at most 4/);
  });

  it('does not join words across sentence breaks, commas, colons or line breaks', () => {
    const patterns = ['cash prize'];
    expect(find(patterns, 'cash. Prize')).toEqual([]);
    expect(find(patterns, 'cash, prize')).toEqual([]);
    expect(find(patterns, 'cash: prize')).toEqual([]);
    expect(find(patterns, 'cash\nprize')).toEqual([]);
    expect(find(patterns, 'cash - "prize"').map((match) => match.text)).toEqual(['cash - "prize']);
  });

  it.each([
    // A comma after an opening interjection is a habit of writing, not a clause break.
    ['Sorry, wrong number.', 'Sorry, wrong number'],
    ['Ok. Oops,  wrong number', 'Oops,  wrong number'],
    ['Hi, Mom, it is me', 'Hi, Mom'],
  ])('joins an opener and its comma: %s', (text, shown) => {
    const found = find(['sorry|oops wrong number', 'hi mom'], text);
    const start = text.indexOf(shown);
    expect(found.map(({ start, end }) => ({ start, end }))).toEqual([{ start, end: start + shown.length }]);
  });

  it.each([
    // Not mid-sentence, not across two commas or another mark.
    'I am sorry, wrong number',
    'Sorry,, wrong number',
    'Sorry: wrong number',
    'Hi; mom',
  ])('keeps the break: %s', (text) => {
    expect(find(['sorry wrong number', 'hi mom'], text)).toEqual([]);
  });

  it('does not match inside links or e-mail addresses (they are not words)', () => {
    expect(find(['payday loan'], 'See https://payday.loan.example.com/payday-loan')).toEqual([]);
  });

  it('treats curly and straight apostrophes alike', () => {
    expect(find(["you've won"], 'You’ve won').map((match) => match.text)).toEqual(['You’ve won']);
  });

  it('returns overlapping matches ordered by start, longest first', () => {
    expect(
      find(['debt', 'debt relief', 'debt relief program'], 'our debt relief program').map((m) => m.phrase),
    ).toEqual(['debt relief program', 'debt relief', 'debt']);
  });

  it('reports a span once when an optional word expands to the same words', () => {
    expect(find(['free entry? entry?'], 'free entry')).toHaveLength(2);
  });

  it('rejects patterns that are not words or have too short a prefix', () => {
    expect(() => compilePhrases([{ phrase: 'T&C apply', meta: 1 }])).toThrow(/not one word/);
    expect(() => compilePhrases([{ phrase: 'lo* rate', meta: 1 }])).toThrow(/at least 3/);
  });

  it('carries metadata through', () => {
    const matcher = compilePhrases([{ phrase: 'casino bonus', meta: { category: 'gambling' } }]);
    const message = parseMessage('Casino bonus!');
    expect(matcher.match(message.text, message.words)[0]?.meta).toEqual({ category: 'gambling' });
  });

  // A pattern is tried only where each of its later words may stand in the message: these are the
  // ways a later word can be there in another shape than the pattern's.
  it.each([
    ['a plural', 'send ~2 fee', 'send the fees', 'send the fees'],
    ['a possessive', 'claim ~2 prize', "claim the prize's", "claim the prize's"],
    ['texting shorthand', 'claim ~2 you', 'claim it u', 'claim it u'],
    ['a prefix', 'claim ~2 winning*', 'claim the winnings', 'claim the winnings'],
    ['a verb form', 'we ~1 win+', 'we just won', 'we just won'],
    ['a hyphenated word', 'work from home', 'work-from-home jobs', 'work-from-home'],
    ['a part of a hyphenated word', 'earn ~1 from home', 'earn money from-home', 'earn money from-home'],
    ['a contraction', 'claim ~1 you have won', "claim it you've won", "claim it you've won"],
    ['a contraction without its apostrophe', 'do not ~1 tell', 'dont ever tell', 'dont ever tell'],
    ['an open form', 'your ~1 pre-approved', 'your loan pre approved', 'your loan pre approved'],
    ['a closed form', 'your ~1 pre-approved', 'your loan preapproved', 'your loan preapproved'],
  ])('finds a phrase whose later word comes as %s', (_, pattern, text, expected) => {
    expect(find([pattern], text).map((match) => match.text)).toEqual([expected]);
  });

  it('does not try a phrase whose later word the message lacks, wherever its first word stands', () => {
    const matcher = compilePhrases([
      { phrase: 'send ~3 gift card', meta: 1 },
      { phrase: 'send ~3 wire', meta: 2 },
    ]);
    const text = 'send the wire. send a card. send a gift';
    const message = parseMessage(text);
    expect(matcher.match(text, message.words).map((match) => match.meta)).toEqual([2]);
  });

  it('matches every phrase in 100,000 characters of text', () => {
    const matcher = compilePhrases(
      Array.from({ length: 500 }, (_, index) => ({ phrase: `word${index} follow* here|there`, meta: index })),
    );
    const text = 'word1 following there and word2 follows here. '.repeat(2200);
    const message = parseMessage(text);
    const matches = matcher.match(text, message.words);
    expect(matches).toHaveLength(4400);
  });
});

describe('compileLiteralPhrases and allowedTermSpans', () => {
  it('ignores pattern syntax and punctuation in free text', () => {
    const matcher = compileLiteralPhrases([{ phrase: 'Casino* (bonus)', meta: 'x' }]);
    const message = parseMessage('casino bonus and casinoville bonus');
    expect(
      matcher.match(message.text, message.words).map((match) => message.text.slice(match.start, match.end)),
    ).toEqual(['casino bonus']);
  });

  it('matches a free-text term in its plural too, as a firm means it', () => {
    const matcher = compileLiteralPhrases([{ phrase: 'casino bonus', meta: 'x' }]);
    const message = parseMessage('two casino bonuses');
    expect(matcher.match(message.text, message.words).map((match) => match.phrase)).toEqual(['casino bonus']);
  });

  it('finds a firm’s allowed terms, caching the compiled list per array', () => {
    const terms = ['Payday Lending Practice', 'CBD'];
    const message = parseMessage('Our payday lending practice group and cbd.');
    const spans = allowedTermSpans(terms, message.text, message.words);
    expect(spans.map((span) => message.text.slice(span.start, span.end))).toEqual(['payday lending practice', 'cbd']);
    expect(allowedTermSpans(terms, message.text, message.words)).toEqual(spans);
    expect(allowedTermSpans([], message.text, message.words)).toEqual([]);
  });

  it('skips terms with no words at all', () => {
    const message = parseMessage('!!! ok');
    expect(allowedTermSpans(['!!!'], message.text, message.words)).toEqual([]);
  });
});

describe('helpers', () => {
  it('normalizeWord lower-cases and straightens apostrophes', () => {
    expect(normalizeWord('You’VE')).toBe("you've");
  });

  it('wordViewOf is computed once per message', () => {
    const message = parseMessage('One two. Three');
    const view = wordViewOf(message.text, message.words);
    expect(view.normalized).toEqual(['one', 'two', 'three']);
    expect([...view.joined]).toEqual([1, 0, 0]);
    expect(wordViewOf(message.text, message.words)).toBe(view);
  });

  it('overlapsAny uses end-exclusive ranges', () => {
    expect(overlapsAny([{ start: 0, end: 5 }], 5, 8)).toBe(false);
    expect(overlapsAny([{ start: 0, end: 5 }], 4, 8)).toBe(true);
  });
});

describe('compiling a list in slices', () => {
  const lists = [
    FORBIDDEN_PHRASES.map((entry) => ({ phrase: entry.phrase, meta: entry.phrase })),
    PHISHING_PHRASES.map((entry) => ({ phrase: entry.phrase, meta: entry.phrase })),
  ];
  const patternWords = lists
    .flat()
    .flatMap((entry) => entry.phrase.split(/\s+/))
    .flatMap((token) => token.split('|'))
    .map((word) => word.replace(/[?*+!]$/, ''))
    .filter((word) => word !== '' && !word.startsWith('~'));
  const word = fc.oneof(
    fc.constantFrom(...patternWords, '#'),
    fc.constantFrom('5,000', 'u', 'ur', "you've", 'dont', 'work-from-home', 'pre approved', 'the', 'Hartwell'),
  );
  const text = fc
    .array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', ', ', '. ', '\n', ' - ')), { maxLength: 40 })
    .map((parts) => parts.map(([token, separator]) => (token === '#' ? '250' : token) + separator).join(''));

  it('cuts a list into slices of about the given characters of patterns, the last at its end', () => {
    const entries = ['aaaa', 'bb', 'cc', 'dddd', 'e'].map((phrase) => ({ phrase, meta: phrase }));
    expect(sliceEnds(entries, 6)).toEqual([2, 4, 5]);
    expect(sliceEnds(entries, 100)).toEqual([5]);
    expect(sliceEnds([], 100)).toEqual([0]);
    for (const list of lists) {
      const ends = sliceEnds(list, PATTERN_CHARACTERS_PER_WARM_UP_STEP);
      expect(ends.length).toBeGreaterThan(3);
      expect(ends.at(-1)).toBe(list.length);
      let start = 0;
      for (const end of ends) {
        const characters = list.slice(start, end).reduce((sum, entry) => sum + entry.phrase.length, 0);
        expect(characters).toBeLessThan(PATTERN_CHARACTERS_PER_WARM_UP_STEP * 1.2);
        start = end;
      }
    }
  });

  it('answers as the list compiled in one go, whatever the slices (property)', () => {
    const slicedMatchers = lists.map((list) => {
      const matcher = new PhraseMatcher<string>();
      let start = 0;
      for (const end of sliceEnds(list, 1_000)) {
        matcher.add(list.slice(start, end));
        start = end;
      }
      return matcher;
    });
    const wholeMatchers = lists.map((list) => compilePhrases(list));
    fc.assert(
      fc.property(text, (message) => {
        const { words } = parseMessage(message);
        for (const [index, whole] of wholeMatchers.entries()) {
          expect(slicedMatchers[index]?.match(message, words)).toEqual(whole.match(message, words));
          expect(slicedMatchers[index]?.size).toBe(whole.size);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('lists a warm-up step per slice but the last, which the value itself compiles', () => {
    const entries: PhraseEntry<string>[] = Array.from({ length: 30 }, (_, index) => ({
      phrase: `word${index} ${'x'.repeat(PATTERN_CHARACTERS_PER_WARM_UP_STEP / 10)}`,
      meta: String(index),
    }));
    const before = lazyBuildSteps().length;
    const matcher = lazyPhraseList(entries);
    const steps = lazyBuildSteps().slice(before);
    expect(steps).toHaveLength(sliceEnds(entries, PATTERN_CHARACTERS_PER_WARM_UP_STEP).length);
    for (const step of steps.slice(0, -1)) step();
    const whole = compilePhrases(entries);
    const message = parseMessage(`word3 ${'x'.repeat(400)} and word29 ${'x'.repeat(400)}`);
    expect(matcher().match(message.text, message.words)).toEqual(whole.match(message.text, message.words));
    expect(matcher().size).toBe(whole.size);
    // A step run again after the value is whole changes nothing.
    for (const step of steps) step();
    expect(matcher().size).toBe(whole.size);
  });

  it('cuts a short list into smaller slices when asked (the first list the warm-up compiles)', () => {
    const entries = LEGAL_CONTEXT_PHRASES.map((phrase) => ({ phrase, meta: phrase }));
    const before = lazyBuildSteps().length;
    const matcher = lazyPhraseList(entries, 1_000);
    const steps = lazyBuildSteps().slice(before);
    expect(steps.length).toBe(sliceEnds(entries, 1_000).length);
    expect(steps.length).toBeGreaterThan(1);
    for (const step of steps.slice(0, -1)) step();
    const message = parseMessage('Your debt relief agency filed the motion to dismiss; the court set a hearing.');
    expect(matcher().match(message.text, message.words)).toEqual(
      compilePhrases(entries).match(message.text, message.words),
    );
  });

  it('is whole on its first use, before any step', () => {
    const entries = lists[1] ?? [];
    const matcher = lazyPhraseList(entries);
    const message = parseMessage('Your account has been suspended. Verify your identity now');
    expect(matcher().match(message.text, message.words)).toEqual(
      compilePhrases(entries).match(message.text, message.words),
    );
  });
});
