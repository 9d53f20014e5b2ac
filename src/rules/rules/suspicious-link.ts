import { disguisedDomainOf, impersonatedBrand, isScamShapedHost } from '../brands';
import { parseDomain } from '../domains';
import { isTrustedHost, isWebLink, removeLinkFix } from '../firm-hosts';
import { hostOf, type LinkToken } from '../links';
import type { ParsedMessage } from '../message';
import { isAbusedTldInScamText, offBrandLinkBrand } from '../scam-shape';
import type { FirmSettings } from '../settings';
import { editDistanceWithin } from '../text/edit-distance';
import type { Rule, Severity } from '../types';

/** One of the firm's registrable domains, split the way look-alikes are compared. */
interface FirmDomainShape {
  domain: string;
  /** "hartwelldiaz" for hartwelldiaz.com. */
  label: string;
  suffix: string;
  skeleton: string;
  /** Skeleton of the whole domain, to spot it inside someone else's subdomain. */
  domainSkeleton: string;
}

/*
 * Look-alike detection works on a "skeleton": the label with the characters people confuse on a
 * phone screen folded together (1/l/i, 0/o, 5/s, rn/m, vv/w) and hyphens dropped. Two labels with
 * the same skeleton, or skeletons a small edit apart, read as the same name at a glance.
 */
const MULTI_CHARACTER_CONFUSABLES = /rn|vv/g;
const MULTI_CHARACTER_REPLACEMENT: Readonly<Record<string, string>> = { rn: 'm', vv: 'w' };
const SINGLE_CHARACTER_CONFUSABLES = /[1il|05-]/g;
const SINGLE_CHARACTER_REPLACEMENT: Readonly<Record<string, string>> = {
  '1': 'l',
  i: 'l',
  l: 'l',
  '|': 'l',
  '0': 'o',
  '5': 's',
  '-': '',
};

export function skeletonOf(label: string): string {
  return label
    .toLowerCase()
    .replace(MULTI_CHARACTER_CONFUSABLES, (pair) => MULTI_CHARACTER_REPLACEMENT[pair] ?? pair)
    .replace(SINGLE_CHARACTER_CONFUSABLES, (character) => SINGLE_CHARACTER_REPLACEMENT[character] ?? character);
}

/** Labels this short are common words and initials: comparing them would flag unrelated sites. */
const MIN_LABEL_FOR_FUZZY_MATCH = 6;

/** Edits allowed between skeletons: one for a medium name, two for a long one. */
function allowedEdits(length: number): number {
  if (length >= 12) return 2;
  if (length >= MIN_LABEL_FOR_FUZZY_MATCH) return 1;
  return 0;
}

const firmShapeCache = new WeakMap<readonly string[], readonly FirmDomainShape[]>();

function firmShapesOf(settings: FirmSettings): readonly FirmDomainShape[] {
  let shapes = firmShapeCache.get(settings.firmDomains);
  if (!shapes) {
    const found: FirmDomainShape[] = [];
    for (const entry of settings.firmDomains) {
      const parsed = parseDomain(hostOf(entry).replace(/^\*\./, ''), { allowPrivateDomains: true });
      if (!parsed.domain || !parsed.domainWithoutSuffix || !parsed.publicSuffix) continue;
      if (found.some((shape) => shape.domain === parsed.domain)) continue;
      found.push({
        domain: parsed.domain,
        label: parsed.domainWithoutSuffix,
        suffix: parsed.publicSuffix,
        skeleton: skeletonOf(parsed.domainWithoutSuffix),
        domainSkeleton: skeletonOf(parsed.domain),
      });
    }
    shapes = found;
    firmShapeCache.set(settings.firmDomains, shapes);
  }
  return shapes;
}

// Verdicts per firm-domain list and host: the same links come back on every keystroke.
const verdictCache = new WeakMap<readonly FirmDomainShape[], Map<string, string | undefined>>();
const MAX_CACHED_VERDICTS = 512;

/** The firm domain that `host` imitates, if any. `host` is known not to be the firm's own. */
export function imitatedFirmDomain(host: string, settings: FirmSettings): string | undefined {
  const firmShapes = firmShapesOf(settings);
  if (firmShapes.length === 0) return undefined;
  let verdicts = verdictCache.get(firmShapes);
  if (!verdicts) {
    verdicts = new Map();
    verdictCache.set(firmShapes, verdicts);
  }
  if (verdicts.has(host)) return verdicts.get(host);
  const verdict = compareWithFirmDomains(host, firmShapes);
  if (verdicts.size >= MAX_CACHED_VERDICTS) verdicts.clear();
  verdicts.set(host, verdict);
  return verdict;
}

function compareWithFirmDomains(host: string, firmShapes: readonly FirmDomainShape[]): string | undefined {
  const parsed = parseDomain(host, { allowPrivateDomains: true });
  const label = parsed.domainWithoutSuffix;
  if (!label) return undefined;
  const skeleton = skeletonOf(label);
  const subdomainSkeleton = parsed.subdomain ? skeletonOf(parsed.subdomain) : '';
  for (const firm of firmShapes) {
    if (skeleton === firm.skeleton) {
      // Same name after folding confusables: a swapped character, or the same name on another TLD.
      if (label !== firm.label || firm.label.length >= MIN_LABEL_FOR_FUZZY_MATCH) return firm.domain;
      continue;
    }
    // The firm's whole domain worn as a subdomain: hartwelldiaz.com.evil.io. (Only the label, as in
    // hartwelldiaz.mycase.com, is how practice-management vendors name a firm's portal: not flagged.)
    if (subdomainSkeleton.includes(firm.domainSkeleton)) return firm.domain;
    if (firm.skeleton.length < MIN_LABEL_FOR_FUZZY_MATCH) continue;
    // The firm's name inside another registrable domain: hartwelldiaz-secure.com, myhartwelldiaz.net.
    if (skeleton.includes(firm.skeleton)) return firm.domain;
    if (editDistanceWithin(skeleton, firm.skeleton, allowedEdits(firm.skeleton.length))) return firm.domain;
  }
  return undefined;
}

const PUNYCODE_LABEL = /(?:^|\.)xn--/;
const NON_ASCII = /[^\x20-\x7e]/;

/** "TXU Energy: ...", "Ring Protect: ...": the name a text opens with, before its first colon. */
const OPENING_NAME = /^\s*([\p{L}\p{N}&'’. -]{2,40}?):\s/u;
const MIN_NAME_LABEL = 3;
const NOT_LABEL_CHARACTERS = /[^\p{L}\p{N}]/gu;

/**
 * A host whose subdomain spells the name the text opens with ("TXU Energy: ... at
 * txuenergy.cortes-aviso.com", "Ring Protect: ... ring.protect-billing.top") while the site is
 * another, hyphen-built one: the sender puts the company's name where a phone shows it first. A
 * company's own subdomains sit on its own domain; a firm's name is judged by the look-alike check.
 */
function senderOnOtherDomain(host: string, message: ParsedMessage, settings: FirmSettings): string | undefined {
  const opening = OPENING_NAME.exec(message.text)?.[1];
  if (opening === undefined) return undefined;
  const firmNames = [settings.firmName, ...settings.firmNameAliases].map((name) =>
    name.toLowerCase().replace(NOT_LABEL_CHARACTERS, ''),
  );
  const compact = opening.toLowerCase().replace(NOT_LABEL_CHARACTERS, '');
  if (compact.length < MIN_NAME_LABEL || firmNames.includes(compact)) return undefined;
  const firstWord = opening.trim().split(/\s+/, 1)[0]?.toLowerCase().replace(NOT_LABEL_CHARACTERS, '') ?? '';
  const parsed = parseDomain(host, { allowPrivateDomains: true });
  if (!parsed.domain || parsed.isIp || !parsed.publicSuffix) return undefined;
  const registrableLabel = parsed.domain.slice(0, parsed.domain.length - parsed.publicSuffix.length - 1);
  if (!registrableLabel.includes('-') || registrableLabel.replaceAll('-', '').includes(compact)) return undefined;
  const subdomain = host.slice(0, host.length - parsed.domain.length - 1);
  if (subdomain === '') return undefined;
  const spellsName = (flat: string): boolean =>
    flat === compact || (firstWord.length >= MIN_NAME_LABEL + 1 && flat === firstWord);
  for (const label of subdomain.split('.')) {
    if (spellsName(label.replaceAll('-', ''))) return opening.trim();
    // The name with a word hyphened on ("dollar-store-rewards", "acme-pages"): the FTC's and the
    // FBI IC3's smishing alerts show the company's name followed by a lure word in the subdomain. Only
    // whole hyphen-parts, so a label that merely starts with the name's letters does not count.
    const parts = label.split('-');
    for (let end = 1; end < parts.length; end++) {
      if (spellsName(parts.slice(0, end).join(''))) return opening.trim();
    }
  }
  return undefined;
}

type Problem = { messageId: string; data?: Record<string, string>; severity?: Severity };

/** The most telling problem with a link, or undefined. One finding per link keeps the card readable. */
function problemOf(link: LinkToken, settings: FirmSettings, message: ParsedMessage): Problem | undefined {
  if (!isWebLink(link) && link.scheme !== 'mailto') return { messageId: 'nonWebScheme', data: { scheme: link.scheme } };
  if (link.scheme === 'mailto') return undefined;
  if (link.hasCredentials) return { messageId: 'credentials' };
  // The firm's own and approved hosts are trusted whatever they look like (an IDN firm domain, say).
  if (isTrustedHost(link.host, settings)) return undefined;
  if (link.isIp) return { messageId: 'ipAddress' };
  if (PUNYCODE_LABEL.test(link.host)) return { messageId: 'punycode', data: { host: link.host } };
  if (NON_ASCII.test(link.host)) return { messageId: 'nonAsciiHost', data: { host: link.host } };
  const imitated = imitatedFirmDomain(link.host, settings);
  if (imitated !== undefined) return { messageId: 'lookAlike', data: { host: link.host, firmDomain: imitated } };
  const brand = impersonatedBrand(link.host);
  if (brand !== undefined) return { messageId: 'brandImpersonation', data: { host: link.host, brand: brand.name } };
  const disguised = disguisedDomainOf(link.host);
  if (disguised !== undefined) return { messageId: 'disguisedDomain', data: { host: link.host, domain: disguised } };
  if (isScamShapedHost(link.host)) return { messageId: 'scamShapedHost', data: { host: link.host } };
  const sender = senderOnOtherDomain(link.host, message, settings);
  if (sender !== undefined) return { messageId: 'senderOnOtherDomain', data: { host: link.host, name: sender } };
  const named = offBrandLinkBrand(message, settings, link.host);
  if (named !== undefined)
    return { messageId: 'offBrandLink', data: { host: link.host, brand: named.name }, severity: 'warning' };
  if (isAbusedTldInScamText(message, settings, link.host))
    return { messageId: 'abusedTld', data: { host: link.host }, severity: 'warning' };
  return undefined;
}

const rule: Rule = {
  id: 'suspicious-link',
  meta: {
    category: 'links',
    defaultSeverity: 'error',
    description:
      'Flags links that look like phishing: IP addresses, disguised or look-alike domains, brand names on domains the brand does not own, passwords in links, and non-web schemes.',
    why: 'Carrier filters block texts whose links hide where they go; the same tricks are what phishing texts use to imitate a law firm.',
    messages: {
      nonWebScheme:
        'This {scheme}: link does not open a web page on a phone and is a known phishing trick, so carriers block it. Remove it and link to a page on your website.',
      credentials:
        'This link has a user name or password before the site name, a trick phishing links use to disguise where they go, so carriers block it. Remove it and send a plain link.',
      ipAddress:
        "This link uses a bare IP address instead of a domain name, which carriers treat as a phishing sign. Link to your firm's domain instead.",
      punycode:
        'The site name {host} is encoded (xn--), which often hides letters that imitate a real domain, so carriers flag it. Use a plain link on your own domain.',
      nonAsciiHost:
        'The site name {host} contains accented or non-Latin letters that can imitate a real domain, so carriers flag it. Use a plain link on your own domain.',
      brandImpersonation:
        '{host} carries the name {brand} but is not on a domain {brand} uses; scam texts imitate brands and agencies this way, and carriers block them. Link to a page on your own domain instead.',
      scamShapedHost:
        '{host} is built the way scam sites are named (words like "claim", "verify", "refund" or "toll" strung together, or on a top-level domain spammers favour), and carriers block such links. Link to a page on your own domain instead.',
      disguisedDomain:
        '{host} shows a domain ending in the middle of its name, so it reads as another site at a glance, but it is on {domain}; phishing links are disguised this way, and carriers block them. Link to a page on your own domain instead.',
      offBrandLink:
        "{host} is not a site of {brand}, which this text names while asking the reader to act; scam texts name a brand and link elsewhere, and carriers block them. Link to the brand's own site or your own domain.",
      abusedTld:
        '{host} is on a top-level domain that leads the abuse rankings, in a text with the lure and the demand of a scam; carriers block such links. Link to a page on your own domain instead.',
      senderOnOtherDomain:
        "{host} starts with the name this text opens with ({name}), but the site is another domain: scam texts put a company's name where a phone shows it first, and carriers block them. Link to the company's own site or your own domain.",
      lookAlike:
        "{host} looks like your firm's domain {firmDomain} but is not it; look-alike domains are how phishing texts imitate firms, and carriers block them. Use a link on {firmDomain}, or add this domain to your firm domains if it is yours.",
    },
    fixable: 'suggestion',
    examples: {
      valid: [
        {
          text: 'Hi Maria, your documents are at https://portal.hartwelldiaz.com/docs',
          settings: { firmDomains: ['hartwelldiaz.com'] },
        },
        { text: 'Hartwell & Diaz: the court forms are at https://www.uscourts.gov/forms' },
      ],
      invalid: [
        {
          text: 'Hartwell & Diaz: verify your account at https://hartwe11diaz.com/login',
          settings: { firmDomains: ['hartwelldiaz.com'] },
        },
        { text: 'Your case file: http://192.168.4.20/case/5521' },
        { text: 'USPS: your package could not be delivered. Update your address at usps-redelivery.info' },
      ],
    },
  },
  check(context) {
    const { message, settings } = context;
    for (const link of message.links) {
      const problem = problemOf(link, settings, message);
      if (!problem) continue;
      context.report({
        messageId: problem.messageId,
        ...(problem.data ? { data: problem.data } : {}),
        ...(problem.severity ? { severity: problem.severity } : {}),
        start: link.start,
        end: link.end,
        fixes: [removeLinkFix(message.text, link)],
      });
    }
  },
};

export default rule;
