import { messagingAppOf, shortenerDomainOf } from '../data/shorteners';
import { firmDomainsOf, isWebLink } from '../firm-hosts';
import type { LinkToken } from '../links';
import type { Rule } from '../types';

/*
 * No fix is offered, on purpose. The only real fix is the full link the short one hides, on the
 * firm's domain, which we cannot know; deleting the link would silently drop what the message is
 * for (the payment page, the document, the booking). The message says what to do instead, naming
 * the firm's domains when they are configured.
 */
const rule: Rule = {
  id: 'public-url-shortener',
  meta: {
    category: 'links',
    defaultSeverity: 'error',
    description:
      'Flags links on shared public URL shorteners such as bit.ly or TinyURL, and chat links into messaging apps (wa.me, t.me).',
    why: 'Carriers filter texts with shared public shorteners because spammers hide phishing links behind them; Twilio tells senders to use full links on their own domain.',
    messages: {
      shortener:
        "{domain} is a public link shortener, and carriers block texts that use one because spammers do too. Replace it with the full link on your firm's own website.",
      shortenerFirmDomain:
        "{domain} is a public link shortener, and carriers block texts that use one because spammers do too. Replace it with the full link on your firm's domain ({firmDomains}).",
      messagingApp:
        "This link opens a {app} chat, the way scam texts move people off the phone's messages; carriers and clients distrust it. Ask the client to reply to this number or call the firm instead.",
    },
    fixable: 'none',
    examples: {
      valid: [
        { text: 'Hi Maria, pay your retainer at https://pay.hartwelldiaz.com/inv/2231. Reply STOP to opt out.' },
        { text: 'Hartwell & Diaz: our new office map is at habit.ly/office' },
        { text: 'Hartwell & Diaz: the Taiwan registry is at https://www.gov.tw/en' },
      ],
      invalid: [
        { text: 'Hi Maria, pay your retainer here: bit.ly/3xHd8Qa' },
        {
          text: 'Hartwell & Diaz: please book your consult at https://tinyurl.com/hd-consult',
          settings: { firmDomains: ['hartwelldiaz.com'] },
        },
        { text: 'Hartwell & Diaz: questions? Message us at https://wa.me/15125550147' },
      ],
    },
  },
  check(context) {
    const { message, settings } = context;
    const { links } = message;
    // The data of the last shortener finding, reused while its domain repeats: a long paste of one
    // short link made an object and a joined list of the firm's domains per link.
    let shortenerData: Record<string, string> | undefined;
    // Indexed: unoptimized (once per lint), for...of made an iterator result per link.
    for (let index = 0; index < links.length; index++) {
      const link = links[index] as LinkToken;
      if (!isWebLink(link)) continue;
      const app = messagingAppOf(link.host);
      if (app !== undefined) {
        context.report({
          messageId: 'messagingApp',
          data: { app },
          start: link.start,
          end: link.end,
          severity: 'warning',
        });
        continue;
      }
      const shortener = shortenerDomainOf(link.host);
      if (shortener === undefined) continue;
      const firmDomains = firmDomainsOf(settings);
      if (shortenerData?.domain !== shortener) {
        shortenerData = { domain: shortener, firmDomains: firmDomains.join(', ') };
      }
      context.report({
        messageId: firmDomains.length > 0 ? 'shortenerFirmDomain' : 'shortener',
        data: shortenerData,
        start: link.start,
        end: link.end,
      });
    }
  },
};

export default rule;
