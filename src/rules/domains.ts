import { lazy } from './lazy';
import { loadTldts } from './tldts-loader.cjs';

type Tldts = ReturnType<typeof loadTldts>;
type ParseOptions = Parameters<Tldts['parse']>[1];
type ParsedDomain = ReturnType<Tldts['parse']>;

/** tldts, loaded on first use (or in the in-page linter's warm-up, in a step of its own). */
const tldts = lazy(loadTldts);

/** How many hosts each cache keeps before it starts over. */
const PARSED_CACHE_LIMIT = 256;

/**
 * Recent answers by host, one cache per setting of allowPrivateDomains (unset, true, false): the
 * rules ask about each link's host several times (link details, brand and scam-shape checks, the
 * firm's hosts), and a long paste repeats hosts, where each parse made a result object.
 */
const parsedByMode = [
  new Map<string, ParsedDomain>(),
  new Map<string, ParsedDomain>(),
  new Map<string, ParsedDomain>(),
];

function cacheFor(options: ParseOptions): Map<string, ParsedDomain> | undefined {
  if (options === undefined) return parsedByMode[0];
  const keys = Object.keys(options);
  if (keys.length !== 1 || keys[0] !== 'allowPrivateDomains') return undefined;
  return options.allowPrivateDomains === true ? parsedByMode[1] : parsedByMode[2];
}

/**
 * tldts's parse(): the registrable domain, public suffix and subdomain of a host. The answer may be
 * shared with other callers asking about the same host: read it, never change it.
 */
export function parseDomain(host: string, options?: ParseOptions): ParsedDomain {
  const cache = cacheFor(options);
  const cached = cache?.get(host);
  if (cached !== undefined) return cached;
  const parsed = tldts().parse(host, options);
  if (cache !== undefined) {
    if (cache.size >= PARSED_CACHE_LIMIT) cache.clear();
    cache.set(host, parsed);
  }
  return parsed;
}
