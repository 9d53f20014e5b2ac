import { LinkifyIt } from 'linkify-it';
import allTlds from 'tlds' with { type: 'json' };
import { parseDomain } from './domains';
import { lazy, warmUpStep } from './lazy';
import { RecentCache } from './recent-cache';
import { isWhitespaceCode } from './text/whitespace';

// Hoisted: a regex literal inside a function is a new RegExp object each time it runs (once per
// link, number or word of a long paste).
const UP_TO_WHITESPACE = /^[^\s<>"']+/;
const TRAILING_DOT = /\.$/;
const MAILTO_PREFIX = /^mailto:/i;

/** A link found in the message, with its host broken down for the link rules. */
export interface LinkToken {
  start: number;
  end: number;
  /** The link as typed. */
  raw: string;
  /** The scheme in lower case without ':' ("https", "mailto"), or '' when typed without one. */
  scheme: string;
  /** The host in lower case as typed (may be Unicode or punycode), without credentials or port. */
  host: string;
  /** The registrable domain ("hartwelldiaz.com" for "portal.hartwelldiaz.com"), or '' for IPs and unknown suffixes. */
  domain: string;
  isIp: boolean;
  /** user:password@ or user@ before the host. */
  hasCredentials: boolean;
  /** Offsets of the host inside the message. */
  hostStart: number;
  hostEnd: number;
}

export interface EmailToken {
  start: number;
  end: number;
  raw: string;
  domain: string;
}

/**
 * One shared detector. Building linkify's patterns with the full TLD list, and compiling them
 * (which their first match does), takes tens of milliseconds: once, before any message needs it.
 */
const linkify = lazy((): LinkifyIt => {
  // urlAuth: without it linkify v6 cuts "http://user:pw@host" to "http://user" and suspicious-link misses it.
  const detector = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true, urlAuth: true });
  // The full list, or .law, .legal and .attorney links go unseen.
  detector.tlds(allTlds);
  // Schemes a message should never carry; seen so that suspicious-link can flag them.
  for (const scheme of ['file:', 'data:', 'javascript:']) detector.add(scheme, schemeValidator);
  return detector;
});

// A host that builds ahead of time (the in-page linter) compiles the detector's patterns in three
// steps rather than in one task of up to 50 ms on a browser's first page. A pattern is compiled when
// it first runs, and a match on "hello" ran the scheme search, the fuzzy-link search (31,000
// characters with the TLD list) and the e-mail host search together (8-31 ms in a busy
// Chromium). So: the scheme and fuzzy-link searches; then the e-mail host search, the e-mail name
// and the validator of links with a scheme; then matches on samples for the rest. Running a
// pattern on a sample changes nothing a match reads (each match and validator sets lastIndex
// first). (A second run of each pattern, each in a step of its own, cost nothing measurable.)
const PATTERNS_BY_STEP: readonly (readonly ((detector: LinkifyIt) => RegExp)[])[] = [
  [(detector) => detector.re.get_schema_search(), (detector) => detector.re.get_fuzzy_link_search()],
  [
    (detector) => detector.re.get_fuzzy_mail_host_search(),
    (detector) => detector.re.get_mail_name_validator(),
    (detector) => detector.re.get_http_validator(),
  ],
];
for (const patterns of PATTERNS_BY_STEP) {
  warmUpStep(() => {
    for (const patternOf of patterns) {
      const pattern = patternOf(linkify());
      pattern.lastIndex = 0;
      pattern.exec('hello a.b');
      pattern.lastIndex = 0;
    }
  });
}
warmUpStep(() => {
  for (const sample of ['hello', 'a.b', 'https://example.com a@example.com']) linkify().match(sample);
});

/** For schemes without "//": take everything up to whitespace. */
const schemeValidator = {
  validate(text: string, position: number): number {
    const tail = text.slice(position);
    const match = UP_TO_WHITESPACE.exec(tail);
    return match ? match[0].length : 0;
  },
};

const SCHEME_PREFIX = /^([a-z][a-z0-9+.-]*):(\/\/)?/i;

export function describeLink(raw: string, start: number): LinkToken {
  const schemeMatch = SCHEME_PREFIX.exec(raw);
  const scheme = schemeMatch?.[1] ? schemeMatch[1].toLowerCase() : '';
  let authorityStart = schemeMatch ? schemeMatch[0].length : raw.startsWith('//') ? 2 : 0;
  // Schemes such as mailto: or tel: have no authority; their "host" is whatever follows.
  let authorityEnd = authorityStart;
  while (authorityEnd < raw.length && !'/?#'.includes(raw.charAt(authorityEnd))) authorityEnd++;
  const authority = raw.slice(authorityStart, authorityEnd);
  const at = authority.lastIndexOf('@');
  const hasCredentials = at >= 0 && scheme !== 'mailto';
  if (at >= 0) authorityStart += at + 1;
  let hostEnd = authorityEnd;
  const hostAndPort = raw.slice(authorityStart, authorityEnd);
  if (hostAndPort.startsWith('[')) {
    const close = hostAndPort.indexOf(']');
    if (close > 0) hostEnd = authorityStart + close + 1;
  } else {
    const colon = hostAndPort.indexOf(':');
    if (colon >= 0) hostEnd = authorityStart + colon;
  }
  const host = raw.slice(authorityStart, hostEnd).toLowerCase().replace(TRAILING_DOT, '');
  const parsed = parseDomain(host.startsWith('[') ? host.slice(1, -1) : host, { allowPrivateDomains: false });
  return {
    start,
    end: start + raw.length,
    raw,
    scheme,
    host,
    domain: parsed.isIp ? '' : (parsed.domain ?? ''),
    isIp: parsed.isIp === true,
    hasCredentials,
    hostStart: start + authorityStart,
    hostEnd: start + hostEnd,
  };
}

/** Schemes linkify finds without "//" (the rest of the hint is checked by hand, below). */
const SCHEME_HINT = /(?:mailto|javascript|data|file|ftp):/iu;
/** A letter, digit or mark: what may stand on either side of a host's dot ("e\u0301.com" too). */
const ALPHANUMERIC = /^[\p{L}\p{N}\p{M}]$/u;

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/** True when the code point ending at `end` (exclusive) is a letter, digit or mark. */
function alphanumericBefore(text: string, end: number): boolean {
  const code = text.charCodeAt(end - 1);
  if (code < 0x80) return isAsciiAlphanumeric(code);
  const pair = code >= 0xdc00 && code <= 0xdfff && end >= 2 ? text.codePointAt(end - 2) : undefined;
  const point = pair !== undefined && pair > 0xffff ? String.fromCodePoint(pair) : text.charAt(end - 1);
  return ALPHANUMERIC.test(point);
}

/** True when the code point starting at `start` is a letter, digit or mark. */
function alphanumericAt(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  if (code < 0x80) return isAsciiAlphanumeric(code);
  return ALPHANUMERIC.test(String.fromCodePoint(text.codePointAt(start) ?? code));
}

/**
 * What every link or address linkify can find must contain: a dot between letters or digits,
 * "//", "@", or a scheme. Checked with indexOf and a look at each dot's neighbours rather than
 * one regex: the regex (/[\p{L}\p{N}]\.[\p{L}\p{N}]|\/\/|@|(?:mailto|...):/iu) tried four
 * alternatives at every offset, and non-gsm-character asks this for a window around each of its
 * findings. Never false where that regex is true (marks count as letters here, as U+0345 did there).
 */
export function mayHoldLink(text: string): boolean {
  if (text.includes('//') || text.includes('@')) return true;
  if (text.includes(':') && SCHEME_HINT.test(text)) return true;
  for (let dot = text.indexOf('.', 1); dot !== -1 && dot + 1 < text.length; dot = text.indexOf('.', dot + 1)) {
    if (alphanumericBefore(text, dot) && alphanumericAt(text, dot + 1)) return true;
  }
  return false;
}

/** mayHoldLink(text.slice(start, end)), without making the slice for the tokens that cannot. */
function mayHoldLinkIn(text: string, start: number, end: number): boolean {
  let colon = false;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x40) return true;
    if (code === 0x2f) {
      if (at + 1 < end && text.charCodeAt(at + 1) === 0x2f) return true;
    } else if (code === 0x3a) {
      colon = true;
    } else if (code === 0x2e && at > start && at + 1 < end) {
      if (alphanumericBefore(text, at) && alphanumericAt(text, at + 1)) return true;
    }
  }
  return colon && SCHEME_HINT.test(text.slice(start, end));
}

/** What linkify finds in `text`, with offsets within it. */
function collectMatches(text: string): { links: LinkToken[]; emails: EmailToken[] } {
  const links: LinkToken[] = [];
  const emails: EmailToken[] = [];
  for (const match of linkify().match(text) ?? []) {
    const start = match.index;
    const isEmail = match.schema === 'mailto:' || (match.schema === '' && match.url.startsWith('mailto:'));
    if (isEmail && !MAILTO_PREFIX.test(match.raw)) {
      const at = match.raw.lastIndexOf('@');
      const parsed = parseDomain(match.raw.slice(at + 1).toLowerCase());
      emails.push({ start, end: match.lastIndex, raw: match.raw, domain: parsed.domain ?? '' });
      continue;
    }
    if (match.schema === '' && readsAsMissingSpace(match.raw)) continue;
    links.push(describeLink(match.raw, start));
  }
  return { links, emails };
}

/** Top-level domains a firm's client would type as a bare host in capitals ("HARTWELLDIAZ.COM", "Amazon.Com"). */
const COMMON_TLDS = new Set(['com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'us']);

/**
 * Top-level domains that are English pronouns, auxiliaries and adverbs ("my", "you", "is",
 * "now"): after a word with no scheme, "www." or path ("sleep well.you need it", "her.my"), they
 * are the next sentence's first word with its space left out, never a site a text would send.
 * Top-level domains that are ordinary words in link services' hosts (t.me, notion.so, bit.do, go.to)
 * are not here.
 */
const SENTENCE_WORD_TLDS = new Set(['my', 'you', 'it', 'is', 'be', 'no', 'now', 'how', 'here']);
const WORD = /^\p{L}{2,}$/u;

/**
 * True when a link linkify found without a scheme ("well.you", "place.No") reads as two words
 * with the space after a full stop left out: a bare host of one word and a top-level domain that
 * is a word of a sentence, or that starts a new one with a capital ("person.Meet", "Quiz.Win";
 * hosts are typed in lower case or all in capitals).
 */
function readsAsMissingSpace(raw: string): boolean {
  const dot = raw.indexOf('.');
  if (dot < 0 || raw.indexOf('.', dot + 1) >= 0) return false;
  const name = raw.slice(0, dot);
  const tld = raw.slice(dot + 1);
  if (!WORD.test(name) || !WORD.test(tld)) return false;
  const tldLower = tld.toLowerCase();
  if (tld === tldLower || tld === tld.toUpperCase()) {
    return SENTENCE_WORD_TLDS.has(tldLower) && name !== name.toUpperCase();
  }
  const capitalized = tld.charAt(0) + tldLower.slice(1) === tld;
  return capitalized && name !== name.toUpperCase() && !COMMON_TLDS.has(tldLower);
}

/**
 * Finds links and e-mail addresses. linkify-it scans the whole text with several large regexes;
 * since a link never spans whitespace, handing it only the tokens that could hold one finds the
 * same links at a fraction of the cost (this runs on every keystroke).
 */
export function findLinks(text: string): { links: LinkToken[]; emails: EmailToken[] } {
  const links: LinkToken[] = [];
  const emails: EmailToken[] = [];
  for (let start = 0, end = 0; start < text.length; start = end) {
    while (start < text.length && isWhitespaceCode(text.charCodeAt(start))) start++;
    end = start;
    while (end < text.length && !isWhitespaceCode(text.charCodeAt(end))) end++;
    if (end === start || !mayHoldLinkIn(text, start, end)) continue;
    forEachLinkPiece(text.slice(start, end), start, (piece, offset) => {
      if (!mayHoldLink(piece)) return;
      const found = linksOfPiece(piece);
      for (const link of found.links) {
        links.push({
          ...link,
          start: link.start + offset,
          end: link.end + offset,
          hostStart: link.hostStart + offset,
          hostEnd: link.hostEnd + offset,
        });
      }
      for (const email of found.emails) emails.push({ ...email, start: email.start + offset, end: email.end + offset });
    });
  }
  return { links, emails };
}

/** The links and e-mail addresses of one piece of a token, with offsets within the piece. */
interface PieceLinks {
  readonly links: readonly LinkToken[];
  readonly emails: readonly EmailToken[];
}

/**
 * What linkify found in each piece seen lately. A keystroke changes one token of the message and
 * the links elsewhere in it come back unchanged, while each linkify call on a link costs more than
 * scanning the whole message for candidates: the same piece is looked up, not matched again.
 */
const pieceCache = new Map<string, PieceLinks>();
const PIECE_CACHE_LIMIT = 2_000;
/** Longer pieces (a pasted run without spaces, not a link someone typed) are matched, not kept. */
const CACHED_PIECE_MAX_LENGTH = 2_048;

function linksOfPiece(piece: string): PieceLinks {
  const cached = pieceCache.get(piece);
  if (cached) return cached;
  const found = collectMatches(piece);
  if (piece.length > CACHED_PIECE_MAX_LENGTH) return found;
  if (pieceCache.size >= PIECE_CACHE_LIMIT) pieceCache.clear();
  pieceCache.set(piece, found);
  return found;
}

/**
 * Invisible format characters, emoji, non-ASCII symbols and punctuation ("€", "—", "’") and
 * decorative runs ("**", "__") and characters no URL holds unescaped (^ ` { } | \\) glued to a link
 * are not part of it ("👍https://bit.ly/x", a
 * zero-width space before "bit.ly/x", "hartwe11diaz.com__"), and neither is a word glued on with a
 * colon ("Qualify here:cash4study.com/"): linkify would see no link, or a host holding the glue.
 */
const GLUE =
  /(?:[0-9#*]\u{FE0F}?\u{20E3}|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Cf}|\u{FE0F}|\u{20E3}|(?![\0-\x7f])[\p{S}\p{P}]|[*~=_<>#]{2,}|[\\^`{}|])+/gu;
/** Schemes written with a colon and no "//": the colon belongs to the link. */
const COLON_SCHEMES = /^(?:mailto|javascript|data|file|ftp|tel|sms|https?)$/i;

function forEachLinkPiece(token: string, offset: number, visit: (piece: string, offset: number) => void): void {
  GLUE.lastIndex = 0;
  let glue = GLUE.exec(token);
  // Most tokens have no glue: the token is the one piece, with no list of pieces made for it.
  if (glue === null) {
    visitPiece(token, offset, visit);
    return;
  }
  // All the pieces first, then the visits: a visit may search a piece again, which resets GLUE.
  let cursor = 0;
  const pieces: [string, number][] = [];
  for (; glue; glue = GLUE.exec(token)) {
    if (glue.index > cursor) pieces.push([token.slice(cursor, glue.index), offset + cursor]);
    cursor = glue.index + glue[0].length;
  }
  if (cursor < token.length) pieces.push([token.slice(cursor), offset + cursor]);
  for (const [raw, rawAt] of pieces) visitPiece(raw, rawAt, visit);
}

function visitPiece(raw: string, rawAt: number, visit: (piece: string, offset: number) => void): void {
  // A host never starts with a dot: "….bit.ly" is "bit.ly" after the glue.
  let dots = 0;
  while (raw.charCodeAt(dots) === 0x2e) dots++;
  const piece = dots === 0 ? raw : raw.slice(dots);
  const at = rawAt + dots;
  const colon = piece.indexOf(':');
  const glued = colon >= 0 && piece.charAt(colon + 1) !== '/' && !COLON_SCHEMES.test(piece.slice(0, colon));
  if (!glued || colon + 1 >= piece.length) visit(piece, at);
  else {
    if (colon > 0) visit(piece.slice(0, colon), at);
    forEachLinkPiece(piece.slice(colon + 1), at + colon + 1, visit);
  }
}

/**
 * The same search over the whole text at once: the reference the token-wise search is tested
 * against, on text without glue (emoji, invisible characters, "word:" prefixes) where they agree.
 */
export function findLinksWholeText(text: string): { links: LinkToken[]; emails: EmailToken[] } {
  return collectMatches(text);
}

interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * "Does [start, end) overlap one of these spans?" in O(log n) per question: the spans sorted by
 * start, with the largest end seen so far. Rules that ask it once per candidate (a run of marks,
 * a number) would otherwise cost candidates x links.
 */
export function overlapTest(spans: readonly Range[]): (start: number, end: number) => boolean {
  if (spans.length === 0) return () => false;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((span) => span.start);
  const maxEnds: number[] = [];
  let maxEnd = Number.NEGATIVE_INFINITY;
  for (const span of sorted) {
    maxEnd = Math.max(maxEnd, span.end);
    maxEnds.push(maxEnd);
  }
  return (start, end) => {
    // The spans starting before `end`: sorted[0 .. low - 1]; one of them overlaps iff the largest end passes `start`.
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((starts[middle] as number) < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (maxEnds[low - 1] as number) > start;
  };
}

const linkOverlapCache = new RecentCache<object, (start: number, end: number) => boolean>();

/**
 * True when [start, end) overlaps a link or an e-mail address of the message, in O(log n): built once
 * per parsed message (pass the message itself) and cached with it. A template's merge fields count too: like
 * links, they are opaque to the punctuation and spacing checks.
 */
export function overlapsLinkOrEmailOf(message: {
  readonly links: readonly Range[];
  readonly emails: readonly Range[];
  readonly placeholders?: readonly Range[];
}): (start: number, end: number) => boolean {
  let test = linkOverlapCache.get(message);
  if (!test) {
    test = overlapTest([...message.links, ...message.emails, ...(message.placeholders ?? [])]);
    linkOverlapCache.set(message, test);
  }
  return test;
}

/** The bare host of a host or URL as an admin may type it ("https://www.Firm.com/" -> "www.firm.com"). */
export function hostOf(hostOrUrl: string): string {
  const trimmed = hostOrUrl.trim().toLowerCase();
  return describeLink(trimmed.includes('://') ? trimmed : `//${trimmed}`, 0).host;
}

/**
 * True when `host` is `bareDomain` itself or one of its subdomains, label-wise ("habit.ly" is not
 * within "bit.ly"). Both in lower case, already bare: for each link against each entry on every
 * keystroke, where hostIsWithin's parsing of the entry would cost too much.
 */
/**
 * Whether a host is under .gov or .mil, which only US government bodies can register: a link there
 * is a court's or an agency's, never a scammer's own site.
 */
export function isGovernmentHost(host: string): boolean {
  return GOVERNMENT_HOST.test(host);
}

const GOVERNMENT_HOST = /\.(?:gov|mil)\.?$/i;

export function isSameOrSubdomain(host: string, bareDomain: string): boolean {
  return host === bareDomain || (host.endsWith(bareDomain) && host.charAt(host.length - bareDomain.length - 1) === '.');
}

/** True when `host` is `domain` (as an admin may type it: a URL, "*.example.com") or one of its subdomains. */
export function hostIsWithin(host: string, domain: string): boolean {
  const bareDomain = hostOf(domain).replace(/^\*\./, '');
  if (!bareDomain) return false;
  return isSameOrSubdomain(host, bareDomain);
}
