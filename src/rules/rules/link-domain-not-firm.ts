import { messagingAppOf, shortenerDomainOf } from '../data/shorteners';
import { firmDomainsOf, isTrustedHost, isWebLink, removeLinkFix } from '../firm-hosts';
import { isGovernmentHost } from '../links';
import type { Fix, Rule } from '../types';

/**
 * Country-code top-level domains that are also short English or Spanish words ("in", "us", "at",
 * "de", "es"). A bare "lease.in" followed by more words is most likely "lease. In" with the space
 * left out, though a phone still shows it as a link: besides removing it, the finding then offers
 * to put the space back. (Some such words never make a link at all: links.ts, SENTENCE_WORD_TLDS.)
 */
const WORD_TLDS = new Set([
  'in',
  'us',
  'me',
  'at',
  'to',
  'so',
  'do',
  'go',
  'am',
  'as',
  'by',
  'la',
  'es',
  'se',
  'de',
  'su',
]);

/**
 * "Add a space after the period", for a bare "word.word" link (no scheme, "www." or path) whose
 * second word is one of WORD_TLDS and that the sentence goes on after. The next sentence gets its
 * capital. Not safe: a firm may mean a site at such a host.
 */
function missingSpaceFix(text: string, link: { start: number; end: number; raw: string; scheme: string }): Fix | null {
  if (link.scheme !== '') return null;
  const match = /^(\p{L}{2,})\.(\p{Ll}{2})$/u.exec(link.raw);
  if (match === null || !WORD_TLDS.has(match[2] as string)) return null;
  if (!/^\s+\p{L}/u.test(text.slice(link.end, link.end + 3))) return null;
  const nextWord = link.start + (match[1] as string).length + 1;
  return {
    label: 'Add a space after the period',
    edits: [{ start: nextWord, end: nextWord + 1, text: ` ${text.charAt(nextWord).toUpperCase()}` }],
    safe: false,
  };
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
      governmentDomain:
        "This link goes to {domain}, a US government site: only government bodies can register .gov and .mil names, so it is no phishing sign. Carriers still trust links on the sender's own domain most; add {domain} to the approved domains if you link to it often.",
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
      if (shortenerDomainOf(link.host) !== undefined || messagingAppOf(link.host) !== undefined) continue;
      if (isTrustedHost(link.host, settings)) continue;
      if (firmDomains.length === 0) {
        // Without firm domains every link would be flagged: ask once for the setting instead.
        context.report({ messageId: 'noFirmDomains', start: link.start, end: link.end, severity: 'info' });
        return;
      }
      if (isGovernmentHost(link.host)) {
        context.report({
          messageId: 'governmentDomain',
          data: { domain: link.domain },
          start: link.start,
          end: link.end,
          severity: 'info',
        });
        continue;
      }
      context.report({
        messageId: 'notFirmDomain',
        data: { domain: link.domain, firmDomains: firmDomains.join(', ') },
        start: link.start,
        end: link.end,
        fixes: [missingSpaceFix(message.text, link), removeLinkFix(message.text, link)].filter(
          (fix): fix is Fix => fix !== null,
        ),
      });
    }
  },
};

export default rule;
