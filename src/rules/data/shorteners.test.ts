import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse as parseDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { checkRule } from '../engine';
import publicUrlShortener from '../rules/public-url-shortener';
import { messagingAppOf, PUBLIC_URL_SHORTENERS, shortenerDomainOf } from './shorteners';
import { LISTED_SHORTENER_HOSTS } from './shorteners-public-list';

/** The CC BY-SA list, which the extension ships as shorteners-public-list.ts. */
const publicList = new Set(
  readFileSync(new URL('../../../test/data/shorteners.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line !== '' && !line.startsWith('#')),
);

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

describe('shortener list', () => {
  it('has at least 150 entries', () => {
    expect(PUBLIC_URL_SHORTENERS.length).toBeGreaterThanOrEqual(150);
  });

  it('has no duplicates', () => {
    const seen = new Set<string>();
    const duplicates = PUBLIC_URL_SHORTENERS.filter((domain) => seen.has(domain) || !seen.add(domain));
    expect(duplicates).toEqual([]);
  });

  it('holds lower-case, valid hostnames on real public suffixes', () => {
    const invalid = PUBLIC_URL_SHORTENERS.filter((domain) => {
      const parsed = parseDomain(domain);
      return !HOSTNAME.test(domain) || parsed.isIcann !== true || parsed.domain === null;
    });
    expect(invalid).toEqual([]);
  });

  it('never lists a subdomain of another listed entry (it would be dead weight)', () => {
    const shadowed = PUBLIC_URL_SHORTENERS.filter((domain) =>
      PUBLIC_URL_SHORTENERS.some((other) => other !== domain && domain.endsWith(`.${other}`)),
    );
    expect(shadowed).toEqual([]);
  });

  it('ships the public list exactly as test/data/shorteners.txt has it (regenerate with scripts/import-shorteners.mjs)', () => {
    expect(LISTED_SHORTENER_HOSTS).toEqual([...publicList]);
  });

  it('adds to the public list only the entries we know it lacks', () => {
    const oursOnly = PUBLIC_URL_SHORTENERS.filter((domain) => !publicList.has(domain));
    // Each of these has a public "shorten a link" page or is a platform's documented link domain.
    expect(oursOnly.sort()).toEqual(
      [
        'adf.ly',
        'app.link',
        'bit.do',
        'bitly.ws',
        'cutt.us',
        'gg.gg',
        'go2l.ink',
        'kbit.co',
        'lnk.to',
        'mailchi.mp',
        'onelink.me',
        'page.link',
        'sh.st',
        'shor.by',
        'short.cm',
        'shorte.st',
        'shrtco.de',
        'soo.gd',
        'x.co',
      ].sort(),
    );
  });

  it('brief-required services are all present', () => {
    for (const domain of [
      'bit.ly',
      'tinyurl.com',
      'goo.gl',
      'ow.ly',
      't.co',
      'is.gd',
      'cutt.ly',
      'rb.gy',
      'shorturl.at',
      'tiny.cc',
      'rebrand.ly',
      'buff.ly',
      'bl.ink',
      'short.gy',
      'tiny.one',
      's.id',
      'v.gd',
      'lnkd.in',
      'dlvr.it',
      'shorte.st',
      'adf.ly',
      't.ly',
      'qr.net',
      'x.co',
    ]) {
      expect(PUBLIC_URL_SHORTENERS, domain).toContain(domain);
    }
  });
});

describe('shortenerDomainOf', () => {
  it.each([
    ['bit.ly', 'bit.ly'],
    ['BIT.LY', 'bit.ly'],
    ['www.bit.ly', 'bit.ly'],
    ['bit.ly.', 'bit.ly'],
    ['maps.app.goo.gl', 'goo.gl'],
    ['x.co', 'x.co'],
    // Named in issue 10: shorteners seen in US scam texts.
    ...[
      'bitly.ws',
      'shrtco.de',
      'go2l.ink',
      'goolnk.com',
      'onelink.to',
      't-mo.co',
      'u1.mnge.co',
      'cutt.us',
      'ibit.ly',
      'b.link',
      'han.gl',
      'kbit.co',
      'shiny.link',
      '7.ly',
    ].map((host) => [host, host]),
  ])('%s is the shortener %s', (host, expected) => {
    expect(shortenerDomainOf(host)).toBe(expected);
  });

  it.each([
    'habit.ly', // ends in "bit.ly" as text, but is its own registrable domain
    'itsbit.ly',
    'fedex.co', // ends in "x.co" as text
    'max.co',
    'notbit.ly',
    'bit.ly.example.com', // bit.ly as a subdomain of someone else's domain
    'tinyurl.com.evil.io',
    'moj.gov.tw', // the public list names gov.tw itself, not every Taiwanese government site
    'hartwelldiaz.com',
    'uscourts.gov',
    'co',
    'ly',
    '',
  ])('%s is not a shortener', (host) => {
    expect(shortenerDomainOf(host)).toBeUndefined();
  });

  it('matches exactly the listed domains and their subdomains (property)', () => {
    const label = fc.stringMatching(/^[a-z0-9]{1,10}$/);
    const listed = fc.constantFrom(...PUBLIC_URL_SHORTENERS);
    fc.assert(
      fc.property(label, listed, (prefix, domain) => {
        expect(shortenerDomainOf(`${prefix}.${domain}`)).toBe(domain);
        expect(shortenerDomainOf(domain.toUpperCase())).toBe(domain);
        // Glued on without a dot it is another name, unless that name happens to be listed too.
        const glued = `${prefix}${domain}`;
        const expected = PUBLIC_URL_SHORTENERS.includes(glued) || publicList.has(glued) ? glued : undefined;
        expect(shortenerDomainOf(glued)).toBe(expected);
      }),
    );
  });
});

describe('shortener links in messages (edge cases)', () => {
  const flagged = (text: string): string[] =>
    checkRule(publicUrlShortener, text).map((finding) => text.slice(finding.start, finding.end));

  it.each([
    ['Sign here BIT.LY/abc', ['BIT.LY/abc']],
    ['Hi James, see bit.ly/x.', ['bit.ly/x']],
    ['Hi James, see bit.ly/x!', ['bit.ly/x']],
    ['Your form (bit.ly/abc) is due.', ['bit.ly/abc']],
    ['Your form (see https://tinyurl.com/hd-form).', ['https://tinyurl.com/hd-form']],
    ['Upload: https://bit.ly:443/x', ['https://bit.ly:443/x']],
    ['Review at www.bit.ly/review-hd', ['www.bit.ly/review-hd']],
    ['"bit.ly/quoted"', ['bit.ly/quoted']],
    ['Links: bit.ly/a, tinyurl.com/b', ['bit.ly/a', 'tinyurl.com/b']],
    // linkify keeps a comma inside a path, so two links glued by a comma are one (still flagged).
    ['Links: bit.ly/a,tinyurl.com/b', ['bit.ly/a,tinyurl.com/b']],
    ['New line:\nbit.ly/x\nthanks', ['bit.ly/x']],
    ['Our office map: habit.ly/office', []],
    ['Track at fedex.co/track', []],
    ['Law site hartwelldiaz.law/faq and hartwelldiaz.legal and hd.attorney', []],
  ])('%j flags %j', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  it('finds .law, .legal and .attorney links at all (the full TLD list is loaded)', () => {
    const text = 'See hartwelldiaz.law/faq, hartwelldiaz.legal and hartwell.attorney today';
    const links = checkRule(
      {
        ...publicUrlShortener,
        check(context) {
          for (const link of context.message.links)
            context.report({ messageId: 'shortener', start: link.start, end: link.end });
        },
      },
      text,
    ).map((finding) => text.slice(finding.start, finding.end));
    expect(links).toEqual(['hartwelldiaz.law/faq', 'hartwelldiaz.legal', 'hartwell.attorney']);
  });

  it('reports the whole link, whatever surrounds it (property)', () => {
    const before = fc.constantFrom('', 'See ', 'Pay at (', '"', 'Link:\n');
    const after = fc.constantFrom('', '.', ')', ' today', '!', ',', '?');
    const domain = fc.constantFrom(...PUBLIC_URL_SHORTENERS);
    const scheme = fc.constantFrom('', 'https://', 'http://', 'HTTPS://');
    const path = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
    const upper = fc.boolean();
    fc.assert(
      fc.property(before, scheme, domain, path, after, upper, (b, s, d, p, a, up) => {
        const link = `${s}${up ? d.toUpperCase() : d}/${p}`;
        expect(flagged(`${b}${link}${a}`)).toEqual([link]);
      }),
    );
  });
});

describe('messagingAppOf', () => {
  it.each([
    ['wa.me', 'WhatsApp'],
    ['WA.LINK', 'WhatsApp'],
    ['api.whatsapp.com', 'WhatsApp'],
    ['t.me', 'Telegram'],
    ['m.me', 'Messenger'],
  ])('%s opens %s', (host, app) => {
    expect(messagingAppOf(host)).toBe(app);
    expect(shortenerDomainOf(host) === undefined || messagingAppOf(host) !== undefined).toBe(true);
  });

  it.each(['whatsapp.com', 'team.me', 'wame.com', 'hartwelldiaz.com'])('%s is no chat link', (host) => {
    expect(messagingAppOf(host)).toBeUndefined();
  });

  it('reports a chat link as a warning, not as a shortener', () => {
    const text = 'Questions? Chat with us at wa.me/15125550147 or t.me/hdlaw';
    expect(
      checkRule(publicUrlShortener, text).map((finding) => [
        finding.messageId,
        finding.severity,
        text.slice(finding.start, finding.end),
      ]),
    ).toEqual([
      ['messagingApp', 'warning', 'wa.me/15125550147'],
      ['messagingApp', 'warning', 't.me/hdlaw'],
    ]);
  });
});
