import {
  ACTION_HOST_WORDS,
  BRANDS,
  type Brand,
  type BrandGroup,
  HIGH_ABUSE_TLDS,
  SCAM_HOST_WORDS,
} from './data/brands';
import { parseDomain } from './domains';
import { lazy } from './lazy';
import { isSameOrSubdomain } from './links';
import type { ParsedMessage } from './message';
import { lazyPhrases } from './phrases';
import { RecentCache } from './recent-cache';
import { rememberRecent } from './text/remember-last';

// Hoisted: a regex literal inside a function is a new RegExp object each time it runs (once per
// link, number or word of a long paste).
const GOVERNMENT_HOST = /\.(?:gov|mil)$/;
const DOT_OR_HYPHEN = /[.-]/;

/*
 * Brands and agencies a message names, and links that wear a brand's name on someone else's
 * domain. The data and its sources are in data/brands.ts.
 */

const mentionMatcher = lazyPhrases(() =>
  BRANDS.flatMap((entry) => entry.mentions.map((phrase) => ({ phrase, meta: entry }))),
);

interface HostIndex {
  /** Every brand host token, to the brand. */
  byToken: Map<string, Brand>;
  /** Brand tokens and scam words: what a label made only of known parts is split into. */
  vocabulary: Set<string>;
  longestWord: number;
}

const hostIndex = lazy((): HostIndex => {
  const byToken = new Map<string, Brand>();
  for (const entry of BRANDS) for (const token of entry.hostTokens) byToken.set(token, entry);
  const vocabulary = new Set([...byToken.keys(), ...SCAM_HOST_WORDS]);
  const longestWord = Math.max(...[...vocabulary].map((word) => word.length));
  return { byToken, vocabulary, longestWord };
});

const DIGITS = /^\d+$/;

/**
 * The brand a host label wears: the label is a brand token itself, or splits entirely into brand
 * tokens, scam words and digits with at least one brand token ("uspsredelivery", "chaseverify2").
 * A label with any other part ("applebees", "discovery", "upstate") wears nothing.
 */
function brandInLabel(label: string, index: HostIndex): Brand | undefined {
  const direct = index.byToken.get(label);
  if (direct) return direct;
  if (label.length > 64) return undefined;
  // best[i]: the brand found in a split of label[0, i), null when [0, i) splits without one, undefined when it cannot split.
  const best: (Brand | null | undefined)[] = new Array(label.length + 1).fill(undefined);
  best[0] = null;
  for (let end = 1; end <= label.length; end++) {
    for (let start = Math.max(0, end - index.longestWord); start < end; start++) {
      const before = best[start];
      if (before === undefined) continue;
      const part = label.slice(start, end);
      const brand = index.byToken.get(part);
      if (brand) {
        best[end] = brand;
        break;
      }
      if (index.vocabulary.has(part) || DIGITS.test(part)) best[end] = best[end] ?? before;
    }
  }
  return best[label.length] ?? undefined;
}

function ownsHost(brand: Brand, host: string, registrable: string): boolean {
  if (brand.group === 'government' && GOVERNMENT_HOST.test(host)) return true;
  return brand.domains.some((domain) => registrable === domain || isSameOrSubdomain(host, domain));
}

/**
 * The brand whose name a host wears on a domain the brand does not own, if any:
 * usps-redelivery.info, chase-verify-secure.com, usps.com-track.top. Brand hosts themselves
 * (tools.usps.com) and hosts whose labels only contain a brand inside another word are not flagged.
 * Remembered for the hosts seen lately (rememberRecent): a long paste repeats its hosts.
 */
export const impersonatedBrand: (host: string) => Brand | undefined = rememberRecent(findImpersonatedBrand);

function findImpersonatedBrand(host: string): Brand | undefined {
  const parsed = parseDomain(host, { allowPrivateDomains: true });
  if (!parsed.domain || parsed.isIp) return undefined;
  const index = hostIndex();
  const labels = host.slice(0, host.length - (parsed.publicSuffix?.length ?? 0)).split('.');
  for (const label of labels) {
    if (label === '') continue;
    for (const part of [label.replaceAll('-', ''), ...label.split('-')]) {
      const brand = brandInLabel(part, index);
      if (brand && !ownsHost(brand, host, parsed.domain)) return brand;
    }
  }
  return undefined;
}

const ACTION_WORDS: ReadonlySet<string> = new Set(ACTION_HOST_WORDS);
const SCAM_WORDS: ReadonlySet<string> = new Set([...SCAM_HOST_WORDS, ...ACTION_HOST_WORDS]);
const ABUSED_TLDS: ReadonlySet<string> = new Set(HIGH_ABUSE_TLDS);

/**
 * True when a host is built the way scam hosts are, with no brand needed: its hyphen-separated
 * words ask for an action ("claim", "verify", "refund", "toll") and either another scam word joins
 * it ("parcel-redelivery-fee.com", "bonus-claim-now.net") or the host sits on a top-level domain
 * that leads the abuse rankings ("verify-account.top"). Single-word hosts never match. Remembered
 * for the hosts seen lately, as impersonatedBrand is.
 */
export const isScamShapedHost: (host: string) => boolean = rememberRecent(hostIsScamShaped);

function hostIsScamShaped(host: string): boolean {
  const parsed = parseDomain(host, { allowPrivateDomains: true });
  if (!parsed.domain || parsed.isIp || !parsed.publicSuffix) return false;
  const words = host
    .slice(0, host.length - parsed.publicSuffix.length - 1)
    .split(DOT_OR_HYPHEN)
    .filter((word) => word !== '' && word !== 'www');
  if (words.length < 2) return false;
  const actions = words.filter((word) => ACTION_WORDS.has(word)).length;
  if (actions === 0) return false;
  const scamWords = words.filter((word) => SCAM_WORDS.has(word)).length;
  const tld = parsed.publicSuffix.slice(parsed.publicSuffix.lastIndexOf('.') + 1);
  return scamWords >= 2 || ABUSED_TLDS.has(tld);
}

/** The generic endings a disguised host shows before its real domain. */
const SHOWN_ENDINGS: ReadonlySet<string> = new Set(['com', 'net', 'org', 'gov', 'edu']);
const SHOWN_ENDING_PREFIX = /^(?:com|net|org|gov|edu)-/;

/**
 * The registrable domain of a host that shows a domain ending in its middle, so that it reads as
 * another site at a glance: apartments.com-pagos.net (the real domain is com-pagos.net),
 * rentals.com.listing-help.net. The FBI IC3's warning on spoofed domains (2020: endings swapped
 * or added to imitate real sites) and the FTC's phishing advice (check where a link really goes)
 * describe the trick; it needs no brand list, since any name can stand before the ending. A site's
 * own subdomains never end in "com", and registrable names that open with "com-" are rare enough
 * to be spent this way only behind a subdomain.
 */
export function disguisedDomainOf(host: string): string | undefined {
  const parsed = parseDomain(host, { allowPrivateDomains: true });
  if (!parsed.domain || parsed.isIp || !parsed.subdomain || !parsed.domainWithoutSuffix) return undefined;
  const labels = parsed.subdomain.split('.');
  const last = labels[labels.length - 1] as string;
  if (SHOWN_ENDINGS.has(last.toLowerCase()) && labels.length > 1) return parsed.domain;
  if (
    labels.some((label) => label !== '' && label.toLowerCase() !== 'www') &&
    SHOWN_ENDING_PREFIX.test(parsed.domainWithoutSuffix.toLowerCase())
  )
    return parsed.domain;
  return undefined;
}

const mentionCache = new RecentCache<ParsedMessage, ReadonlySet<BrandGroup>>();

/** The brand groups a message names, in its words or in its links' hosts. */
export function brandGroupsMentioned(message: ParsedMessage): ReadonlySet<BrandGroup> {
  const cached = mentionCache.get(message);
  if (cached) return cached;
  const groups = new Set<BrandGroup>();
  for (const match of mentionMatcher().match(message.text, message.words)) groups.add(match.meta.group);
  const index = hostIndex();
  for (const link of message.links) {
    for (const label of link.host.split('.')) {
      for (const part of [label.replaceAll('-', ''), ...label.split('-')]) {
        const brand = brandInLabel(part, index);
        if (brand) groups.add(brand.group);
      }
    }
  }
  mentionCache.set(message, groups);
  return groups;
}
