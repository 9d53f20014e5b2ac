import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from './engine';
import { changeBetween, createIncrementalLinter, reparseMessage } from './incremental';
import { parseMessage } from './message';
import type { FirmSettings } from './settings';

/*
 * The incremental linter must answer exactly as lint() does: its parse spliced from the last one
 * must equal a fresh parse, and its reports a fresh lint's, over random texts and random edits
 * (typing sessions of several edits in a row, as a field sends them).
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 3_000);
// Time limits, not speed limits: `npm run fuzz`'s 200,000 sessions take minutes on a loaded machine.
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? undefined : 20_261_208;

/** Pieces the parser and the rules look at: words, numbers, links, addresses, emoji, marks, spaces. */
const PIECES = [
  'Hi',
  'Maria',
  'this is Hartwell & Diaz',
  'your hearing moved to 3/14 at 9am',
  'URGENT',
  'FREE cash',
  'claim your prize now',
  'debt relief',
  'the the',
  'an apple',
  'Reply STOP to opt out',
  'Call',
  '$5,000',
  '4.15',
  '1.2.3',
  "don't",
  'well-known',
  '512-555-0147',
  '(555) 201-4433',
  'SSN 123-45-6789',
  'https://portal.hartwelldiaz.com/upload',
  'http://hartwelldiaz.com/p',
  'bit.ly/x',
  'www.example.law',
  'wa.me/1555',
  'a@example.com',
  'Qualify here:cash4study.com/',
  '👍https://bit.ly/abc',
  '🎉',
  '👍🏽',
  '🇺🇸',
  '1️⃣',
  '❤️',
  '😀',
  '©',
  'é',
  'ñ',
  '¿',
  '€',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '"',
  '’',
  '“',
  '.',
  '..',
  '!',
  '!!',
  '?',
  ',',
  ';',
  ':',
  '-',
  '—',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\u2028',
  '\u3000',
  '\u202f',
  '\u180e',
  '\u200d',
  '\n',
  '\n\n',
  ' ',
  ' ',
  ' ',
  '  ',
  '\t',
  '\ud83d',
  '\ude00',
];

/** Merge fields (a text with one is parsed whole) appear now and then. */
const RARE_PIECES = ['{{client.first_name}}', '[Client Name]', '<<case>>', '%NAME%'];

const piece = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.constantFrom(...RARE_PIECES) },
);
const text = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));

/** One edit: replace [at, at + deleted) (clamped to the text) with an inserted string. */
interface Edit {
  at: number;
  deleted: number;
  inserted: string;
}

const edit = fc.record({
  at: fc.nat(),
  deleted: fc.oneof(fc.constant(0), fc.constant(1), fc.constant(2), fc.nat(40)),
  inserted: fc.oneof(
    fc.constant(''),
    piece,
    fc.array(piece, { maxLength: 4 }).map((pieces) => pieces.join('')),
    fc.string({ maxLength: 3 }),
  ),
});

function applyEdit(original: string, { at, deleted, inserted }: Edit): string {
  const start = original.length === 0 ? 0 : at % (original.length + 1);
  return original.slice(0, start) + inserted + original.slice(Math.min(original.length, start + deleted));
}

const FIRMS: readonly Partial<FirmSettings>[] = [
  {},
  { firmName: 'Hartwell & Diaz', firmDomains: ['hartwelldiaz.com'], termsUrl: 'https://hartwelldiaz.com/sms-terms' },
];

describe('reparseMessage', () => {
  it(`equals a fresh parse after any edit (${RUNS * 4} runs)`, () => {
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 4 }), (original, edits) => {
        let message = parseMessage(original);
        let current = original;
        for (const change of edits) {
          current = applyEdit(current, change);
          message = reparseMessage(message, current);
          expect(message).toEqual(parseMessage(current));
        }
      }),
      SEED === undefined ? { numRuns: RUNS * 4 } : { numRuns: RUNS * 4, seed: SEED },
    );
  }, 900_000);
});

describe('reparseMessage reuse', () => {
  it('parses again only the stretch an edit touched: tokens before it are the same objects', () => {
    const text = 'Hi Maria, see https://bit.ly/x today 🎉 and call us. Reply STOP to opt out.';
    const before = parseMessage(text);
    const after = reparseMessage(before, text.replace('today', 'tomorrow'));
    expect(after.words[0]).toBe(before.words[0]);
    expect(after.links[0]).toBe(before.links[0]);
    // After the edit: equal, moved by the three characters typed, not the same objects.
    const stop = after.words.find((word) => word.text === 'STOP');
    expect(stop?.start).toBe((before.words.find((word) => word.text === 'STOP')?.start ?? 0) + 3);
    expect(after.emoji.starts[0]).toBe((before.emoji.starts[0] ?? 0) + 3);
  });

  it('parses a text with a merge field whole', () => {
    const text = 'Hi [Client Name], your hearing moved.';
    const before = parseMessage(text);
    const after = reparseMessage(before, `${text} Thanks`);
    expect(after.words[0]).not.toBe(before.words[0]);
    expect(after).toEqual(parseMessage(`${text} Thanks`));
  });
});

describe('createIncrementalLinter', () => {
  it(`answers as lint() does over a typing session (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        text,
        fc.array(edit, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...FIRMS),
        fc.boolean(),
        (original, edits, settings, firstMessage) => {
          const linter = createIncrementalLinter();
          let current = original;
          expect(linter.lint(current, settings, { firstMessage })).toEqual(lint(current, settings, { firstMessage }));
          for (const change of edits) {
            current = applyEdit(current, change);
            expect(linter.lint(current, settings, { firstMessage })).toEqual(lint(current, settings, { firstMessage }));
          }
        },
      ),
      SEED === undefined ? { numRuns: RUNS } : { numRuns: RUNS, seed: SEED },
    );
  }, 900_000);

  const BASE =
    'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9am. Upload documents at ' +
    'https://portal.hartwelldiaz.com/upload or write to a@example.com. Call us at (555) 201-4433. Reply STOP to opt out.';
  const PASTE = 'Please bring your pay stubs and the lease to the office 😀 before Friday. '.repeat(70).slice(0, 5_000);

  it.each([
    ['an emoji typed at the end', `${BASE}😀`],
    ['a sentence boundary typed (full stop and space)', BASE.replace('Diaz. Your', 'Diaz. . Your')],
    ['two sentences merged (their full stop deleted)', BASE.replace('Diaz. Your', 'Diaz Your')],
    ['a space typed inside a link', BASE.replace('hartwelldiaz.com/upload', 'hartwelldiaz. com/upload')],
    ['a link glued to the word before it', BASE.replace('at https://', 'athttps://')],
    ['a word typed into an e-mail address', BASE.replace('a@example', 'a@my example')],
    ['everything deleted', ''],
    ['a 5,000-character paste in the middle', BASE.replace('Call us', `${PASTE} Call us`)],
    ['an emoji split (its low surrogate deleted)', `${BASE}😀`.slice(0, -1)],
    ['a surrogate pair completed', `${BASE}\ud83d`],
    ['a merge field typed', BASE.replace('Maria', '{{client.first_name}}')],
    ['a line break typed between two words', BASE.replace('Your hearing', 'Your\nhearing')],
  ])('%s', (_name, edited) => {
    const settings = FIRMS[1] as Partial<FirmSettings>;
    for (const start of [BASE, `${BASE}\ud83d`, '']) {
      const linter = createIncrementalLinter();
      linter.lint(start, settings);
      expect(linter.lint(edited, settings)).toEqual(lint(edited, settings));
      // And back: the edit undone.
      expect(linter.lint(start, settings)).toEqual(lint(start, settings));
    }
  });

  it('follows a change of settings and of the first-message flag', () => {
    const linter = createIncrementalLinter();
    linter.lint(BASE, {});
    const firm = FIRMS[1] as Partial<FirmSettings>;
    expect(linter.lint(`${BASE} `, firm)).toEqual(lint(`${BASE} `, firm));
    expect(linter.lint(`${BASE} `, firm, { firstMessage: true })).toEqual(
      lint(`${BASE} `, firm, { firstMessage: true }),
    );
  });
});

describe('changeBetween', () => {
  it.each([
    ['abc', 'abc', { start: 3, previousEnd: 3, nextEnd: 3 }],
    ['abc', 'abXc', { start: 2, previousEnd: 2, nextEnd: 3 }],
    ['abc', 'ac', { start: 1, previousEnd: 2, nextEnd: 1 }],
    ['aaa', 'aaaa', { start: 3, previousEnd: 3, nextEnd: 4 }],
    ['abc', '', { start: 0, previousEnd: 3, nextEnd: 0 }],
    ['', 'xyz', { start: 0, previousEnd: 0, nextEnd: 3 }],
    ['ab😀', 'ab😁', { start: 3, previousEnd: 4, nextEnd: 4 }],
  ])('%j -> %j', (previous, next, expected) => {
    expect(changeBetween(previous, next)).toEqual(expected);
  });
});
