import { lazy } from '../lazy';
import { isSameOrSubdomain } from '../links';
import { MESSAGING_APP_HOSTS } from './messaging-apps';
import { LISTED_SHORTENER_HOSTS } from './shorteners-public-list';

/*
 * Public URL-shortener domains: our own curation, written for this project.
 *
 * Why the list exists: Twilio's "How do I prevent my messages from being filtered" tells senders
 * not to use shared public URL shorteners (it names bit.ly and TinyURL), and the carriers' A2P
 * filtering treats a shared shortening domain as a spam signal because anyone, spammers included,
 * can mint links on it. A firm should send full links on its own domain instead.
 *
 * What qualifies: a domain whose main job is redirecting short codes to other sites, run either
 * as a public service anyone can sign up for, or by a platform for its own content (the platform
 * documents the domain in its help pages). Each group below names where its entries come from. We
 * list the registrable domain; subdomains match too (maps.app.goo.gl is goo.gl), plain substrings
 * never do (habit.ly is not bit.ly).
 *
 * The CC BY-SA list in test/data/shorteners.txt is NOT a source of this file: it is shipped as its
 * own data file (shorteners-public-list.ts, exact hosts, under its licence) and also serves the
 * tests as an independent check of this curation.
 */

/** Shared general-purpose shorteners and the default domains of link-branding services (their own sites). */
const GENERAL_PURPOSE = [
  // Bitly: bit.ly and its legacy j.mp, per Bitly's help center.
  'bit.ly',
  'bitly.com',
  'bitly.is',
  'j.mp',
  // TinyURL and the alternate domains its site offers.
  'tinyurl.com',
  'tinyurl.mobi',
  'tiny.one',
  'rotf.lol',
  // Google's retired public shortener (existing links still redirect).
  'goo.gl',
  // Rebrandly's default domains (rb.gy is its free shortener).
  'rebrand.ly',
  'rb.gy',
  // Short.io's shared default domain; BL.INK's own domain.
  'short.gy',
  'bl.ink',
  // Other widely used free shorteners, each with a public "shorten a link" page.
  'tiny.cc',
  'is.gd',
  'v.gd',
  'da.gd',
  'cutt.ly',
  'shorturl.at',
  'shorturl.com',
  'shorturl.asia',
  'shorturl.gg',
  't.ly',
  's.id',
  'x.co',
  't2m.io',
  'tny.im',
  'u.to',
  'u.nu',
  'x.gd',
  '0.gp',
  '2.gp',
  '4.gp',
  'urlr.me',
  'ulvis.net',
  'kutt.it',
  'zpr.io',
  'urlzs.com',
  'surl.li',
  'to.ly',
  'xrl.us',
  'xurl.es',
  'alturl.com',
  'budurl.com',
  'hyperurl.co',
  'ln.run',
  'shorl.com',
  'vurl.com',
  '2.ly',
  '3.ly',
  '2u.pw',
  'ity.im',
  'bom.so',
  'dub.sh',
  'url.ie',
  'bit.do',
  'gg.gg',
  'soo.gd',
  // More free shorteners with public "shorten a link" pages, seen in US scam texts.
  'bitly.ws',
  'shrtco.de',
  'go2l.ink',
  'cutt.us',
  'kbit.co',
  'shor.by',
  'reurl.cc',
  'pse.is',
  'lihi.cc',
  'short.cm',
  'cli.re',
] as const;

/** Shorteners that platforms run for their own links, as each platform's help pages describe them. */
const PLATFORM_OWNED = [
  't.co', // X (Twitter) wraps every link in t.co
  'lnkd.in', // LinkedIn
  'fb.me', // Meta
  'instagr.am',
  'youtu.be',
  'redd.it',
  'pin.it', // Pinterest
  'tmblr.co', // Tumblr
  'flic.kr', // Flickr
  'wp.me', // WordPress.com
  'spoti.fi',
  'spotify.link',
  'apple.co',
  'amzn.to',
  'a.co', // Amazon
  'aka.ms', // Microsoft
  '1drv.ms', // OneDrive
  'msft.it',
  'binged.it',
  'g.co', // Google
  'goo.gle',
  'forms.gle', // Google Forms
  'g.page', // Google Business Profile
  'db.tt', // Dropbox
  'ebay.to',
  'etsy.me',
  'meetu.ps', // Meetup
  'yhoo.it',
  'aol.it',
  'adobe.ly',
  'intel.ly',
  'sforce.co', // Salesforce
  'git.io', // GitHub (retired, links still redirect)
  'w.wiki', // Wikimedia
] as const;

/** Social-media, e-mail-marketing and app-link tools that shorten every link they post (their docs). */
const MARKETING_TOOLS = [
  'ow.ly', // Hootsuite
  'ht.ly', // Hootsuite
  'buff.ly', // Buffer
  'dlvr.it',
  'trib.al', // Echobox
  'ift.tt', // IFTTT
  'hubs.ly', // HubSpot
  'hubs.li',
  'hubs.la',
  'spr.ly', // Sprinklr
  'snip.ly',
  'smarturl.it',
  'found.ee',
  'eepurl.com', // Mailchimp
  'mailchi.mp', // Mailchimp
  'conta.cc', // Constant Contact
  'ff.im', // FriendFeed
  'tl.gd', // TwitLonger
  'prn.to', // PR Newswire
  'lnk.to', // Linkfire
  'app.link', // Branch (shared subdomains per customer)
  'page.link', // Firebase Dynamic Links (shared subdomains per app)
  'onelink.me', // AppsFlyer OneLink
] as const;

/** News publishers' branded shorteners, seen when a firm forwards an article. */
const PUBLISHERS = [
  'nyti.ms',
  'wapo.st',
  'cnn.it',
  'bbc.in',
  'reut.rs',
  'ti.me',
  'bloom.bg',
  'econ.st',
  'usat.ly',
  'abcn.ws',
  'nbcnews.to',
  'cbsn.ws',
  'fxn.ws',
  'nyp.st',
  'politi.co',
  'lat.ms',
  'nydn.us',
  'n.pr',
  'wrd.cm',
  'engt.co',
  'tcrn.ch',
  'tnw.to',
  'bzfd.it',
  'nyer.cm',
  'gizmo.do',
  'ab.co',
  'dailym.ai',
  'ind.pn',
  'aje.io',
] as const;

/** QR-code generators, whose codes resolve through a shared short domain. */
const QR_CODE_SERVICES = ['qr.net', 'qrco.de', 'qr.ae', 'qrs.ly'] as const;

/** Ad-supported ("monetized") shorteners: the ones carriers' spam filters see most. */
const AD_SUPPORTED = [
  'adf.ly',
  'j.gs', // adf.ly alternate
  'q.gs', // adf.ly alternate
  'shorte.st',
  'sh.st', // shorte.st links
  'ouo.io',
  'ouo.press',
  'bc.vc',
  'adfoc.us',
  'exe.io',
] as const;

/** Regional public shorteners clients may receive links from. */
const REGIONAL = [
  't.cn', // Sina Weibo
  'url.cn', // Tencent
  'clck.ru', // Yandex
  'vk.cc', // VK
  'rlu.ru',
  'goo.su',
  'me2.kr',
  'cort.as',
  'acortar.link',
  'migre.me',
  'n9.cl',
  'urlz.fr',
  'lstu.fr',
  'tiny.pl',
  '1url.cz',
  'tinyurl.hu',
] as const;

/** Every listed shortener domain, lower case, registrable domains (or a platform's dedicated host). */
export const PUBLIC_URL_SHORTENERS: readonly string[] = [
  ...GENERAL_PURPOSE,
  ...PLATFORM_OWNED,
  ...MARKETING_TOOLS,
  ...PUBLISHERS,
  ...QR_CODE_SERVICES,
  ...AD_SUPPORTED,
  ...REGIONAL,
];

const SHORTENER_SET: ReadonlySet<string> = new Set(PUBLIC_URL_SHORTENERS);
const listedHosts = lazy((): ReadonlySet<string> => new Set(LISTED_SHORTENER_HOSTS));

/**
 * The shortener that `host` is: a curated domain it is or is a subdomain of (walking the host's
 * label suffixes, so "habit.ly" never matches "bit.ly"), or a host of the public list exactly.
 */
export function shortenerDomainOf(host: string): string | undefined {
  const bare = host.toLowerCase().replace(/\.$/, '');
  let candidate = bare;
  while (candidate.includes('.')) {
    if (SHORTENER_SET.has(candidate)) return candidate;
    candidate = candidate.slice(candidate.indexOf('.') + 1);
  }
  return listedHosts().has(bare) ? bare : undefined;
}

/** The messaging app whose chat link `host` is (wa.me, t.me...), if any. */
export function messagingAppOf(host: string): string | undefined {
  const bare = host.toLowerCase().replace(/\.$/, '');
  return MESSAGING_APP_HOSTS.find((entry) => isSameOrSubdomain(bare, entry.host))?.app;
}
