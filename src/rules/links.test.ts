import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lazyBuildSteps } from './lazy';
import {
  findLinks,
  findLinksWholeText,
  isGovernmentHost,
  mayHoldLink,
  overlapsLinkOrEmailOf,
  overlapTest,
} from './links';
import { parseMessage } from './message';

describe('findLinks', () => {
  const samples = [
    'See https://portal.hartwelldiaz.com/upload?case=12#docs today.',
    'Short: bit.ly/abc, tinyurl.com/x1 and (hartwelldiaz.law/terms).',
    'Mail jane.doe@hartwelldiaz.com or mailto:help@firm.com now',
    'Odd ones: ftp://files.example.com/a file:///etc/passwd javascript:alert(1) http://user:pw@10.0.0.1/x',
    'IP 192.168.1.20/login and [::1] and xn--hartwlldiaz-9db.com and hartwéll.com',
    'Dates 3.14 p.m. no links... ok?',
    '"www.example.org", <https://example.net/a>',
  ];

  it.each(samples)('finds the same links token by token as over the whole text: %s', (text) => {
    expect(findLinks(text)).toEqual(findLinksWholeText(text));
  });

  it.each([
    ['Qualify here:1200cash4study.com/', ['1200cash4study.com/']],
    ['👍https://bit.ly/abc', ['https://bit.ly/abc']],
    ['\u200bbit.ly/x', ['bit.ly/x']],
    ['Note:bit.ly/x and 🎉www.firm.law🎉', ['bit.ly/x', 'www.firm.law']],
    ['https://hartwelldiaz.com/a:b', ['https://hartwelldiaz.com/a:b']],
    ['Email mailto:help@firm.com', ['mailto:help@firm.com']],
    ['Wait….bit.ly/x', ['bit.ly/x']],
  ])('sees the link glued to %j', (text, expected) => {
    expect(findLinks(text).links.map((link) => link.raw)).toEqual(expected);
  });

  it.each([
    ['Sleep well.you need it', []],
    ['Tell her.my phone died', []],
    ['Wife.how is the baby', []],
    ['I will meet that person.Meet me at 5', []],
    ['Our place.No rush', []],
    ['The case is done.Thank you', []],
    // Hosts as people type them: lower case, all in capitals, a common domain in Title case.
    ['Visit hartwelldiaz.law today', ['hartwelldiaz.law']],
    ['Go to HARTWELLDIAZ.COM now', ['HARTWELLDIAZ.COM']],
    ['Order at Amazon.Com', ['Amazon.Com']],
    ['Open notion.so and t.me/firm and bit.do/x', ['notion.so', 't.me/firm', 'bit.do/x']],
    ['Pay at claim.now/pay or https://well.you', ['claim.now/pay', 'https://well.you']],
    ['Pay at tolls-due.win', ['tolls-due.win']],
  ])(
    'reads a bare word.word with a sentence word or a capital after the dot as a missing space: %j',
    (text, expected) => {
      expect(findLinks(text).links.map((link) => link.raw)).toEqual(expected);
      expect(findLinksWholeText(text).links.map((link) => link.raw)).toEqual(expected);
    },
  );

  it('agrees with the whole-text search on random messages', () => {
    const piece = fc.constantFrom(
      ' ',
      '\n',
      'see ',
      'bit.ly/x',
      'https://a.com/p?q=1',
      'www.firm.law',
      'jane@firm.com',
      '(',
      ')',
      // A dot glued before a host is dropped by the token-wise search (a host never starts with one).
      '. ',
      ',',
      'ftp://h.org',
      '10.0.0.1',
      'é',
      'word',
      '//',
      '@',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(findLinks(text)).toEqual(findLinksWholeText(text));
      }),
      { numRuns: 500 },
    );
  });

  it('places a link it has seen before (a keystroke elsewhere in the message) at its new offset', () => {
    const link = 'https://portal.hartwelldiaz.com/docs/4471';
    const first = findLinks(`See ${link} today.`);
    const again = findLinks(`Please see ${link} and a@example.com today.`);
    expect(again).toEqual(findLinksWholeText(`Please see ${link} and a@example.com today.`));
    expect(again.links[0]?.start).toBe(11);
    expect(again.links[0]?.hostStart).toBe(19);
    // Each message gets its own tokens: changing one leaves the other message's as it was.
    expect(again.links[0]).not.toBe(first.links[0]);
    expect(first.links[0]?.start).toBe(4);
  });
});

describe('overlapTest', () => {
  it('answers as a scan of every span would, for any spans and range', () => {
    const span = fc
      .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 8 }))
      .map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), span, (spans, range) => {
        const naive = spans.some((item) => item.start < range.end && range.start < item.end);
        expect(overlapTest(spans)(range.start, range.end)).toBe(naive);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the parsed message on links and e-mail addresses', () => {
    const message = parseMessage('See a.co/x, mail jo@firm.com or https://b.org/p?q=1 now!!');
    const inLink = overlapsLinkOrEmailOf(message);
    for (let start = 0; start <= message.text.length; start++) {
      for (let end = start; end <= Math.min(message.text.length, start + 4); end++) {
        const scanned = [...message.links, ...message.emails].some((link) => link.start < end && start < link.end);
        expect(inLink(start, end), `${start}-${end}`).toBe(scanned);
      }
    }
    expect(overlapsLinkOrEmailOf(message)).toBe(inLink);
  });
});

describe('mayHoldLink', () => {
  // The one-regex hint it replaces: it must never say no where that said yes.
  const OLD_HINT = /[\p{L}\p{N}]\.[\p{L}\p{N}]|\/\/|@|(?:mailto|javascript|data|file|ftp):/iu;

  it('says yes wherever the old regex did, on random text', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      '7',
      '.',
      '..',
      ' ',
      '/',
      '//',
      '@',
      ':',
      'mailto:',
      'JavaScript:',
      'data',
      'ftp',
      'é',
      'e\u0301',
      '\u0345',
      '𝐁',
      '😀',
      '中',
      '“',
      '(',
      '-',
      '\ud835',
      '\udc01',
      'Ⅻ',
      'K',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        if (OLD_HINT.test(text)) expect(mayHoldLink(text), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('looks at the characters around each dot', () => {
    expect(mayHoldLink('hartwelldiaz.com')).toBe(true);
    expect(mayHoldLink('𝐁.𝐁')).toBe(true);
    expect(mayHoldLink('e\u0301.com')).toBe(true);
    expect(mayHoldLink('x@y')).toBe(true);
    expect(mayHoldLink('MAILTO:x')).toBe(true);
    for (const text of ['tomorrow.', '...', '.com', 'a. b', '“.”', 'wait…', '3:30', '']) {
      expect(mayHoldLink(text), text).toBe(false);
    }
  });
});

describe('isGovernmentHost', () => {
  it.each([
    ['uscis.gov', true],
    ['efile.txcourts.gov', true],
    ['courts.ca.gov', true],
    ['www.army.mil', true],
    ['USCIS.GOV', true],
    ['irs.gov.', true],
    ['uscis.gov.case-help.com', false],
    ['gov.tw', false],
    ['my-gov-refund.com', false],
  ])('%s: %s', (host, expected) => {
    expect(isGovernmentHost(host)).toBe(expected);
  });
});

describe('the link detector in warm-up steps', () => {
  it('runs its patterns one per step, each step harmless to run again, and finds what it found before', () => {
    const texts = [
      'See https://bit.ly/x or www.example.law, write to a@example.com.',
      'Pay at http://user:pw@pay.example.co.uk:8080/x?y=1 now!!',
      'hello a.b javascript:alert(1) mailto:x@y.org court.ca.gov',
      '👍https://bit.ly/abc and пример.рф',
    ];
    const before = texts.map((text) => findLinksWholeText(text));
    const piecesBefore = texts.map((text) => findLinks(text));
    const steps = lazyBuildSteps();
    for (const [index, text] of texts.entries()) {
      for (const step of steps) {
        step();
        expect(findLinksWholeText(text)).toEqual(before[index]);
      }
    }
    for (const step of steps) step();
    expect(texts.map((text) => findLinks(text))).toEqual(piecesBefore);
  });
});
