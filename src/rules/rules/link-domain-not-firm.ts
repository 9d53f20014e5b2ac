import { parse as parseDomain } from 'tldts';
import { shortenerDomainOf } from '../data/shorteners';
import { hostOf, type LinkToken } from '../links';
import type { FirmSettings } from '../settings';
import type { Fix, Rule } from '../types';

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
 * hostIsWithin's label-wise test on entries already normalized: hostIsWithin itself re-parses the
 * entry on every call, too slow for every link times every entry on each keystroke.
 */
function isSameOrSubdomain(host: string, bareDomain: string): boolean {
  return host === bareDomain || (host.endsWith(bareDomain) && host.charAt(host.length - bareDomain.length - 1) === '.');
}

export function isFirmHost(host: string, settings: FirmSettings): boolean {
  return firmDomainsOf(settings).some((domain) => isSameOrSubdomain(host, domain));
}

/** Firm hosts, plus approved third-party hosts (exact host or its subdomains: "efile.txcourts.gov" trusts only that site). */
export function isTrustedHost(host: string, settings: FirmSettings): boolean {
  return isFirmHost(host, settings) || approvedHostsOf(settings).some((entry) => isSameOrSubdomain(host, entry));
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

/*
 * Only a suggestion is offered ("Remove this link"): the real fix is a link on the firm's own
 * domain, which only the firm knows. Links this rule skips: shorteners (public-url-shortener),
 * IP addresses and non-web schemes (suspicious-link), e-mail links. A look-alike of the firm's
 * domain is reported here and, as an error, by suspicious-link: it truly is not the firm's.
 */
const rule: Rule = {
  id: 'link-domain-not-firm',
  meta: {
    category: 'links',
    defaultSeverity: 'warning',
    description: "Flags links to domains that are not the firm's own or on its approved list.",
    why: 'Carriers expect links in business texts to point at a domain the sender controls; links to other sites look like phishing or lead generation.',
    messages: {
      notFirmDomain:
        "This link goes to {domain}, which is not your firm's domain, and carriers trust links on the sender's own domain. Link to a page on {firmDomains} instead, or add {domain} to the approved domains if you trust it.",
      noFirmDomains:
        "Your firm's domains are not set, so links cannot be checked, and carriers expect links on a domain the firm controls. Fill in the firm domains setting (for example yourfirm.com).",
    },
    fixable: 'suggestion',
    examples: {
      valid: [
        {
          text: 'Hi Maria, your documents are ready at https://portal.hartwelldiaz.com/docs',
          settings: { firmDomains: ['hartwelldiaz.com'] },
        },
        {
          text: 'Hartwell & Diaz: file your response at https://efile.txcourts.gov before Friday.',
          settings: { firmDomains: ['hartwelldiaz.com'], approvedDomains: ['efile.txcourts.gov'] },
        },
      ],
      invalid: [
        {
          text: 'Hi Maria, sign the retainer at https://sign.docuthing.com/r/8812 today.',
          settings: { firmDomains: ['hartwelldiaz.com'] },
        },
        { text: 'Hartwell & Diaz: your portal is at https://portal.hartwelldiaz.com' },
      ],
    },
  },
  check(context) {
    const { message, settings } = context;
    if (message.links.length === 0) return;
    const firmDomains = firmDomainsOf(settings);
    for (const link of message.links) {
      if (!isWebLink(link) || link.isIp || link.domain === '') continue;
      if (shortenerDomainOf(link.host) !== undefined) continue;
      if (isTrustedHost(link.host, settings)) continue;
      if (firmDomains.length === 0) {
        // Without firm domains every link would be flagged: ask once for the setting instead.
        context.report({ messageId: 'noFirmDomains', start: link.start, end: link.end, severity: 'info' });
        return;
      }
      context.report({
        messageId: 'notFirmDomain',
        data: { domain: link.domain, firmDomains: firmDomains.join(', ') },
        start: link.start,
        end: link.end,
        fixes: [removeLinkFix(message.text, link)],
      });
    }
  },
};

export default rule;
