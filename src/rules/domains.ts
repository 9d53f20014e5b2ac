import { lazy } from './lazy';
import { loadTldts } from './tldts-loader.cjs';

type Tldts = ReturnType<typeof loadTldts>;

/** tldts, loaded on first use (or in the in-page linter's warm-up, in a step of its own). */
const tldts = lazy(loadTldts);

/** tldts's parse(): the registrable domain, public suffix and subdomain of a host. */
export function parseDomain(host: string, options?: Parameters<Tldts['parse']>[1]): ReturnType<Tldts['parse']> {
  return tldts().parse(host, options);
}
