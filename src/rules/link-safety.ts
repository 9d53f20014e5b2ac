/**
 * The one check of the links a firm configures (`termsUrl`, `privacyUrl`) before any of them is
 * shown as a link or put into a client's message. Those values come from the options page, an
 * imported file, storage.sync, enterprise policy (storage.managed) and the CLI's --config; only the
 * options page used to check them, so a `javascript:` or `data:` URL pushed by policy reached the
 * popup's link and "Fix all" (docs/security.md). Every path now goes through this module:
 *
 * - the options page and imports: `checkField` in shared/settings-schema.ts (errors block saving);
 * - every read of stored and policy settings: `validateSettings` there (a refused value is not used,
 *   and a refused policy value is reported so the options page and popup can say so);
 * - the CLI's --config: `checkField` too (exit 2 before anything is checked or fixed);
 * - the terms-link rule: no fix with a refused URL (rules/terms-link.ts);
 * - the popup's terms link and "Insert terms link" (popup-store.ts, Popup.tsx);
 * - the content script's fix path: a fix that would add a script or local link is refused
 *   (`addsUnsafeLink` in link-schemes.ts, content/controller.ts).
 *
 * Pure (no DOM, no browser API), like the rest of the rules library.
 */
import { shortenerDomainOf } from './data/shorteners';
import { hostIsWithin } from './links';

// Hoisted: a regex literal inside a function is a new RegExp object each time it runs (once per
// link, number or word of a long paste).
const TRAILING_DOT = /\.$/;
const NOT_HOST_CHARACTER = /[^a-z0-9.-]/;
const DIGITS_ONLY = /^\d+$/;

/** What this module reads of a parsed URL. */
interface ParsedUrl {
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
}

/**
 * The WHATWG URL parser, a global of every runtime the rules run in (browsers, workers, Node); the
 * rules' own tsconfig has no DOM types, hence the cast.
 */
const UrlParser = (globalThis as unknown as { URL: new (input: string) => ParsedUrl }).URL;

/** A value checked for a settings field: normalized, with what blocks it (`error`) or is worth a note (`warning`). */
export interface LinkCheck {
  value: string;
  error?: string;
  warning?: string;
}

export interface LinkCheckOptions {
  /** The firm's domains, for the warning when the link is elsewhere. */
  firmDomains: readonly string[];
  /** Warn when the URL is not on a firm domain (the terms link should be the firm's own page). */
  wantFirmDomain: boolean;
  /** What the link is, in messages: "terms page", "privacy page". */
  label: string;
}

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** "HTTPS://Www.Firm.com/about" -> "www.firm.com"; undefined when it is not a host name. */
export function normalizeHostname(input: string): string | undefined {
  let text = input.trim().toLowerCase();
  if (text === '') return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    try {
      text = new UrlParser(text).hostname;
    } catch {
      return undefined;
    }
  }
  text = text.replace(TRAILING_DOT, '');
  if (NOT_HOST_CHARACTER.test(text)) {
    // Unicode names: let the URL parser turn them into punycode, and refuse anything else.
    try {
      const host = new UrlParser(`http://${text}/`).hostname;
      if (host.includes(':') || NOT_HOST_CHARACTER.test(host)) return undefined;
      text = host;
    } catch {
      return undefined;
    }
  }
  const labels = text.split('.');
  if (labels.length < 2 || text.length > 253) return undefined;
  if (!labels.every((label) => HOST_LABEL.test(label))) return undefined;
  // An all-digit last label is an IP address, not a domain a firm can own.
  if (DIGITS_ONLY.test(labels[labels.length - 1] ?? '')) return undefined;
  return text;
}

/**
 * A link the firm configures: an https:// address on a public domain name, without a user name or
 * password, not on a public link shortener. Anything else (javascript:, data:, file:, plain http:,
 * an IP address or localhost, a typo) is an `error`. '' (not set) is fine.
 */
export function checkLinkUrl(value: string, options: LinkCheckOptions): LinkCheck {
  const text = value.trim();
  if (text === '') return { value: '' };
  let url: ParsedUrl;
  try {
    url = new UrlParser(text);
  } catch {
    return { value: text, error: `Enter the full address of the ${options.label}, starting with https://.` };
  }
  if (url.protocol !== 'https:') {
    // Only plain http is a web page carriers distrust; "javascript:" or "data:" is no web page at all
    // (and is not echoed: the reason reaches the in-page card through the terms-link rule).
    const why = url.protocol === 'http:' ? 'carriers distrust plain http links' : 'this address is not a web page';
    return { value: text, error: `The ${options.label} must start with https:// (${why}).` };
  }
  if (!normalizeHostname(url.hostname)) {
    return { value: text, error: `"${url.hostname}" is not a public domain name.` };
  }
  if (url.username || url.password) {
    return { value: text, error: `The ${options.label} must not contain a user name or password.` };
  }
  const shortener = shortenerDomainOf(url.hostname);
  if (shortener) {
    return {
      value: text,
      error: `${shortener} is a public link shortener, which carriers filter. Use the full address on your firm's domain.`,
    };
  }
  if (options.wantFirmDomain) {
    const domains = options.firmDomains.map((domain) => normalizeHostname(domain)).filter((d) => d !== undefined);
    const onFirmDomain = domains.some((domain) => hostIsWithin(url.hostname, domain));
    if (domains.length === 0) {
      return { value: url.href, warning: 'Add your firm domains below so this link can be checked against them.' };
    }
    if (!onFirmDomain) {
      return {
        value: url.href,
        warning: `${url.hostname} is not one of your firm domains; carriers trust links on the sender's own domain.`,
      };
    }
  }
  return { value: url.href };
}

/** Why `value` may not be used as a link (the error of checkLinkUrl), or undefined when it may (or is empty). */
export function linkUrlProblem(value: string, label: string): string | undefined {
  return checkLinkUrl(value, { firmDomains: [], wantFirmDomain: false, label }).error;
}

/** `value` trimmed when it is a link that may be shown and inserted; undefined when it is empty or refused. */
export function safeLinkUrl(value: string, label = 'link'): string | undefined {
  const text = value.trim();
  if (text === '' || linkUrlProblem(text, label) !== undefined) return undefined;
  return text;
}

// The fix-path check has no dependencies, so the content script can import it without the link
// detector and the shortener list (link-schemes.ts).
export { addsUnsafeLink } from './link-schemes';
