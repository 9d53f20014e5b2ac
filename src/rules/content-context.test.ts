import { describe, expect, it } from 'vitest';
import { contentContextOf } from './content-context';
import { parseMessage } from './message';
import { compilePhrases } from './phrases';
import { withDefaults } from './settings';

const settings = withDefaults({ firmDomains: ['hartwelldiaz.com'] });

/** The standing of the first occurrence of `phrase` in `text`. */
function standing(text: string, phrase: string, options?: { ignoreScamVocabulary?: boolean }) {
  const message = parseMessage(text);
  const [match] = compilePhrases([{ phrase, meta: phrase }]).match(text, message.words);
  if (!match) throw new Error(`"${phrase}" not in "${text}"`);
  return contentContextOf(message, settings).standingOf(match, options);
}

function cue(text: string) {
  return contentContextOf(parseMessage(text), settings).offerCue;
}

describe('content context: legal standing', () => {
  it.each([
    ['The debt relief agency disclosure is attached.', 'debt relief', 'legal-phrase'],
    ['Please call to claim your settlement check.', 'call to claim', 'sentence'],
    ['Your bankruptcy discharge was granted. Debt relief is now in effect.', 'debt relief', 'message'],
    ['Debt relief is available for everyone.', 'debt relief', 'none'],
    // A case word inside the match does not excuse it.
    ['Claim your prize now.', 'claim your prize', 'none'],
    // "U.S." and "Dr." do not end the sentence.
    ['Dr. Lee told the U.S. court the casino paid.', 'casino', 'sentence'],
    // "claim" before an amount or after "2" (texting's "to") is the verb; after a determiner, the noun.
    ['You won a prize, claim 500 dollars now.', 'won a prize', 'none'],
    ['You won a prize, 2 claim call us.', 'won a prize', 'none'],
    ['You won a prize and your claim 4471 is open.', 'won a prize', 'sentence'],
    // "claim is" is the noun: an imperative "claim" is never followed by "is".
    ['Debt relief may apply now that the claim is settled.', 'debt relief', 'sentence'],
    // "Visa" before a card is the brand; alone it is an immigration matter.
    ['You won a $500 Visa gift card.', 'won a', 'none'],
    ['You won the appeal on your visa.', 'won the appeal', 'sentence'],
    // A possessive case word names the same party: "the court's order", "the judge's ruling".
    ["The court's order lets you call the bank about the prize.", 'prize', 'sentence'],
    ["The judge's ruling is in. The prize money is yours.", 'prize money', 'message'],
    // A betting account's records and an insurer's preauthorization are legal phrases; an adjuster
    // is case vocabulary, one that impostors borrow too.
    ['Add her poker account balance to the inventory.', 'poker', 'legal-phrase'],
    ['The carrier must preauthorize it. The pharmacy has the tramadol.', 'tramadol', 'message'],
    ['Your adjuster asked about the casino trip.', 'casino', 'sentence'],
    // A semicolon ends the clause case words reach: across it they stand in the message, which
    // quiets a topic word, goods and a pitch with nothing pitched, but not a pitch beside a call to
    // act ("Get out of debt fast; your bankruptcy case review is free. Call today") nor a scam's
    // urgency ("Act now; your case is approved"). A colon or a dash joins a clause to its heading.
    ['We will go over the casino trip; the hearing is Friday.', 'casino', 'message'],
    ['Get out of debt fast; your bankruptcy case review is free.', 'get out of debt', 'message'],
    ['Hablaremos del casino; la audiencia es el viernes.', 'casino', 'message'],
    // The Spanish counterparts of the defense, the jury, an appeal.
    ['El casino le regaló giros gratis; eso sirve para su defensa.', 'casino', 'message'],
    ['El jurado oyó lo del casino.', 'casino', 'sentence'],
    ['Your discharge order was entered: debt relief is now in effect.', 'debt relief', 'sentence'],
    ['Your discharge order was entered - debt relief is now in effect.', 'debt relief', 'sentence'],
  ])('%j: %s is %s', (text, phrase, expected) => {
    expect(standing(text, phrase)).toBe(expected);
  });

  it('can ignore the case words that scams use too', () => {
    const text = 'Your card was locked after suspicious charges.';
    expect(standing(text, 'card was locked')).toBe('sentence');
    expect(standing(text, 'card was locked', { ignoreScamVocabulary: true })).toBe('none');
    const denuncia = 'Hay una denuncia y su cuenta está bloqueada.';
    expect(standing(denuncia, 'cuenta está bloqueada')).toBe('sentence');
    expect(standing(denuncia, 'cuenta está bloqueada', { ignoreScamVocabulary: true })).toBe('none');
    const adjuster = 'Your adjuster says the account is locked.';
    expect(standing(adjuster, 'account is locked')).toBe('sentence');
    expect(standing(adjuster, 'account is locked', { ignoreScamVocabulary: true })).toBe('none');
  });
});

describe('content context: a message asked many times', () => {
  // Past its first few questions a context answers from an index of the case words and legal
  // phrases instead of scanning them: each answer must be the one a fresh context scans for.
  it('answers every span as a fresh context does, however many were asked before', () => {
    const text =
      'Your claim is set for hearing. Claim your prize now! The debt relief agency disclosure is attached. ' +
      'Your account is locked; the court charges a fee. Call 1-888-555-0199. Your adjuster says hi, ' +
      'the possession of marijuana charge moved. Free cash for the jury. Reply YES.';
    const shared = contentContextOf(parseMessage(text), settings);
    const { words } = parseMessage(text);
    let asked = 0;
    for (let firstWord = 0; firstWord < words.length; firstWord++) {
      for (const length of [0, 2, 5]) {
        const lastWord = Math.min(words.length - 1, firstWord + length);
        const match = {
          start: (words[firstWord] as { start: number }).start,
          end: (words[lastWord] as { end: number }).end,
          firstWord,
          lastWord,
        };
        for (const ignoreScamVocabulary of [false, true]) {
          const fresh = contentContextOf(parseMessage(text), settings).standingOf(match, { ignoreScamVocabulary });
          expect(shared.standingOf(match, { ignoreScamVocabulary })).toBe(fresh);
          asked++;
        }
      }
    }
    expect(asked).toBeGreaterThan(100);
  });
});

describe('content context: case named anywhere', () => {
  it.each([
    ["The bank wants an appointment after the court's order.", true],
    ['Your hearing moved to Friday.', true],
    ['The debt relief agency disclosure is attached.', true],
    ['Please call the adjuster, Mr. Ruiz, at 512-555-0140.', true],
    ['Call 1-888-555-0199 now for details.', false],
  ])('%j: %s', (text, expected) => {
    expect(contentContextOf(parseMessage(text), settings).namesACase).toBe(expected);
  });
});

describe('content context: offer cues', () => {
  it.each([
    ['Call now to get it.', 'call-to-action'],
    ['Please reply YES to join.', 'call-to-action'],
    ['It costs $25 a month.', 'money'],
    ['Pague $2,100 hoy.', 'money'],
    ['We will pay $900 for it.', 'money'],
    // A sum already paid or lost is a case's fact, not a price or a promise.
    ['We list the $2,100 you paid to the company.', undefined],
    ['Incluimos los $2,100 que pagó a la compañía.', undefined],
    ['Pagó $900 a la compañía en marzo.', undefined],
    ['She lost $4,000 to the scheme.', undefined],
    ['Los $4,000 que perdió en la estafa.', undefined],
    ['A prize is waiting.', 'prize'],
    ['Details at https://deals.example.com', 'link'],
    ['Offer expires tonight.', 'urgency'],
    ['Your portal is at https://portal.hartwelldiaz.com', undefined],
    ['Forms are at https://www.uscourts.gov/forms', undefined],
    ['Your hearing is on Monday.', undefined],
  ])('%j has the cue %s', (text, expected) => {
    expect(cue(text)).toBe(expected);
  });

  it('finds cues outside a span only', () => {
    const text = 'Prize inside.';
    expect(contentContextOf(parseMessage(text), settings).offerCueOutside(0, 5)).toBeUndefined();
  });
});
