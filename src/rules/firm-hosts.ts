import { parseDomain } from './domains';
import { hostOf, isGovernmentHost, isSameOrSubdomain, type LinkToken } from './links';
import type { FirmSettings } from './settings';
import type { Fix } from './types';

/*
 * Which hosts belong to the firm or are approved by it, normalized once per settings array. Every
 * link rule and the content context ask the same questions, so the answers live here.
 */

/** A web link off the firm's, approved and government sites: the channel a scam steers the reader to. */
export function isOutsideLink(link: LinkToken, settings: FirmSettings): boolean {
  return isWebLink(link) && !isTrustedHost(link.host, settings) && !isGovernmentHost(link.host);
}

/** Whether any of a message's links is an outside one (isOutsideLink). */
export function hasOutsideLink(links: readonly LinkToken[], settings: FirmSettings): boolean {
  return links.some((link) => isOutsideLink(link, settings));
}

/** Schemes a client's phone opens in a browser; other schemes are suspicious-link's business. */
const WEB_SCHEMES: ReadonlySet<string> = new Set(['', 'http', 'https']);

export function isWebLink(link: LinkToken): boolean {
  return WEB_SCHEMES.has(link.scheme);
}

/**
 * The firm's domains as registrable domains. A firm owns the whole registrable domain, so a
 * configured "portal.hartwelldiaz.com" trusts www.hartwelldiaz.com too. Private suffixes count
 * (allowPrivateDomains), so "hartwelldiaz.github.io" trusts that site, not all of github.io.
 */
function firmRegistrableDomain(entry: string): string {
  const host = hostOf(entry).replace(/^\*\./, '');
  return parseDomain(host, { allowPrivateDomains: true }).domain ?? host;
}

// Keyed on the settings arrays: lint() runs on every keystroke with the same settings object.
const firmDomainCache = new WeakMap<readonly string[], readonly string[]>();

/** The firm's registrable domains, normalized once per settings array. */
export function firmDomainsOf(settings: FirmSettings): readonly string[] {
  let domains = firmDomainCache.get(settings.firmDomains);
  if (!domains) {
    domains = [...new Set(settings.firmDomains.map(firmRegistrableDomain).filter((domain) => domain !== ''))];
    firmDomainCache.set(settings.firmDomains, domains);
  }
  return domains;
}

const approvedHostCache = new WeakMap<readonly string[], readonly string[]>();

/** Approved entries as bare hosts ("https://efile.txcourts.gov/" -> "efile.txcourts.gov"), normalized once. */
function approvedHostsOf(settings: FirmSettings): readonly string[] {
  let hosts = approvedHostCache.get(settings.approvedDomains);
  if (!hosts) {
    hosts = settings.approvedDomains.map((entry) => hostOf(entry).replace(/^\*\./, '')).filter((host) => host !== '');
    approvedHostCache.set(settings.approvedDomains, hosts);
  }
  return hosts;
}

/**
 * True when `host` is one of `domains` or a subdomain of one. A loop rather than some() with an
 * arrow: the arrow, made per call, was an allocation per link for every rule that asks.
 */
function isUnderAny(host: string, domains: readonly string[]): boolean {
  for (let index = 0; index < domains.length; index++) {
    if (isSameOrSubdomain(host, domains[index] as string)) return true;
  }
  return false;
}

function isFirmHost(host: string, settings: FirmSettings): boolean {
  return isUnderAny(host, firmDomainsOf(settings));
}

/** Firm hosts, plus approved third-party hosts (exact host or its subdomains: "efile.txcourts.gov" trusts only that site). */
export function isTrustedHost(host: string, settings: FirmSettings): boolean {
  return isFirmHost(host, settings) || isUnderAny(host, approvedHostsOf(settings));
}

/**
 * A suggestion that deletes the link and one space beside it, so "Pay at X today" reads
 * "Pay at today" rather than keeping a double space. Never safe: the sentence may still need words.
 */
export function removeLinkFix(text: string, link: { start: number; end: number }): Fix {
  let { start, end } = link;
  if (text.charAt(start - 1) === ' ') start--;
  else if (text.charAt(end) === ' ') end++;
  return { label: 'Remove this link', edits: [{ start, end, text: '' }], safe: false };
}
