/*
 * Brands and agencies that scam texts impersonate, with the registrable domains each one really
 * uses. Which names are impersonated follows the FTC's consumer alerts on text scams (package
 * delivery, toll, bank fraud, tech support and subscription renewals), the FBI IC3's public service
 * announcements on toll and government-impersonation smishing, and the USPS Inspection Service's
 * smishing page. The domains are the brands' own sites (facts, as each brand publishes them).
 *
 * Two uses: phishing-language asks whether a message mentions a brand of a group (a redelivery
 * demand means something else when no carrier is named), and suspicious-link flags a link whose
 * host wears a brand's name on a domain that brand does not own (usps-redelivery.info).
 */

export type BrandGroup =
  | 'carrier'
  | 'toll'
  | 'government'
  | 'bank'
  | 'payment-app'
  | 'subscription'
  | 'retail'
  | 'telecom';

export interface Brand {
  /** As shown to the user. */
  name: string;
  group: BrandGroup;
  /** How messages name it: phrase patterns (see ../phrases.ts). */
  mentions: readonly string[];
  /** Lower-case tokens that stand for it inside a host name, hyphens removed ("ezpass" for e-zpass). */
  hostTokens: readonly string[];
  /** Registrable domains it owns; government brands also own every .gov and .mil host. */
  domains: readonly string[];
}

function brand(
  name: string,
  group: BrandGroup,
  mentions: readonly string[],
  hostTokens: readonly string[],
  domains: readonly string[],
): Brand {
  return { name, group, mentions, hostTokens, domains };
}

export const BRANDS: readonly Brand[] = [
  // Package carriers (FTC and USPIS: "package delivery" smishing).
  brand(
    'USPS',
    'carrier',
    ['usps', 'postal service', 'post office', 'us post'],
    ['usps', 'uspostal', 'uspost'],
    ['usps.com', 'usps.gov', 'uspis.gov'],
  ),
  brand('UPS', 'carrier', ['ups'], ['ups'], ['ups.com']),
  brand('FedEx', 'carrier', ['fedex', 'fed-ex'], ['fedex'], ['fedex.com']),
  brand('DHL', 'carrier', ['dhl'], ['dhl'], ['dhl.com', 'dhl.de']),
  brand('Amazon', 'retail', ['amazon', 'amzn'], ['amazon', 'amzn'], ['amazon.com', 'amzn.to', 'a.co', 'amazon.jobs']),
  // Toll agencies (FTC 2024-2025 toll alerts; FBI IC3 PSA on toll smishing).
  brand(
    'E-ZPass',
    'toll',
    ['e-zpass', 'ezpass', 'ez pass'],
    ['ezpass'],
    [
      'e-zpassny.com',
      'e-zpassiag.com',
      'ezpassnj.com',
      'ezpassmd.com',
      'ezpassva.com',
      'ezpassde.com',
      'ezpassma.com',
      'ezpassnh.com',
      'ezpassri.com',
      'ezpassmaineturnpike.com',
      'paturnpike.com',
    ],
  ),
  brand('SunPass', 'toll', ['sunpass', 'sun pass'], ['sunpass'], ['sunpass.com']),
  brand('FasTrak', 'toll', ['fastrak'], ['fastrak'], ['bayareafastrak.org', 'thetollroads.com']),
  brand('TxTag', 'toll', ['txtag'], ['txtag'], ['txtag.org']),
  brand('Peach Pass', 'toll', ['peach pass', 'peachpass'], ['peachpass'], ['peachpass.com']),
  brand('The Toll Roads', 'toll', ['toll roads', 'tollroads'], ['tollroads', 'thetollroads'], ['thetollroads.com']),
  brand('NTTA', 'toll', ['ntta'], ['ntta'], ['ntta.org']),
  brand('I-PASS', 'toll', ['i-pass', 'ipass'], ['ipass'], ['getipass.com', 'illinoistollway.com']),
  brand(
    'Toll authority',
    'toll',
    ['toll authority', 'tollway', 'turnpike', 'toll services'],
    ['tollway', 'turnpike'],
    [],
  ),
  // Government (FTC and FBI: IRS, SSA, DMV, court and jury-duty impersonation).
  brand('IRS', 'government', ['irs', 'internal revenue'], ['irs'], ['irs.gov']),
  brand(
    'Social Security',
    'government',
    ['ssa', 'social security administration'],
    ['ssa', 'socialsecurity'],
    ['ssa.gov', 'socialsecurity.gov'],
  ),
  brand('DMV', 'government', ['dmv', 'department of motor vehicles', 'motor vehicles'], ['dmv'], []),
  brand('Medicare', 'government', ['medicare'], ['medicare'], ['medicare.gov']),
  brand('USCIS', 'government', ['uscis'], ['uscis'], ['uscis.gov']),
  brand('US Treasury', 'government', ['treasury', 'department of treasury'], ['treasury'], ['treasury.gov']),
  // Banks and cards (FTC: fake fraud alerts).
  brand('Chase', 'bank', ['chase'], ['chase', 'jpmorgan'], ['chase.com', 'jpmorganchase.com', 'jpmorgan.com']),
  brand(
    'Bank of America',
    'bank',
    ['bank of america', 'bofa'],
    ['bankofamerica', 'bofa'],
    ['bankofamerica.com', 'bofa.com'],
  ),
  brand('Wells Fargo', 'bank', ['wells fargo', 'wellsfargo'], ['wellsfargo'], ['wellsfargo.com', 'wf.com']),
  brand('Citi', 'bank', ['citi', 'citibank'], ['citi', 'citibank'], ['citi.com', 'citibank.com']),
  brand('Capital One', 'bank', ['capital one', 'capitalone'], ['capitalone'], ['capitalone.com']),
  brand('U.S. Bank', 'bank', ['us bank', 'usbank'], ['usbank'], ['usbank.com']),
  brand('PNC', 'bank', ['pnc'], ['pnc'], ['pnc.com']),
  brand('TD Bank', 'bank', ['td bank'], ['tdbank'], ['td.com', 'tdbank.com']),
  brand('Truist', 'bank', ['truist'], ['truist'], ['truist.com']),
  brand('Navy Federal', 'bank', ['navy federal'], ['navyfederal'], ['navyfederal.org']),
  brand(
    'American Express',
    'bank',
    ['american express', 'amex'],
    ['amex', 'americanexpress'],
    ['americanexpress.com', 'aexp.com'],
  ),
  brand('Discover', 'bank', ['discover card'], ['discover'], ['discover.com']),
  // Payment apps (FTC: payment-app and "sent by mistake" scams).
  brand('PayPal', 'payment-app', ['paypal'], ['paypal'], ['paypal.com', 'paypal.me']),
  brand('Venmo', 'payment-app', ['venmo'], ['venmo'], ['venmo.com']),
  brand('Zelle', 'payment-app', ['zelle'], ['zelle', 'zellepay'], ['zellepay.com', 'zelle.com']),
  brand('Cash App', 'payment-app', ['cash app', 'cashapp'], ['cashapp'], ['cash.app', 'squareup.com']),
  brand('Coinbase', 'payment-app', ['coinbase'], ['coinbase'], ['coinbase.com']),
  // Subscriptions and tech support (FTC: fake renewal and refund texts).
  brand(
    'Apple',
    'subscription',
    ['apple', 'icloud', 'apple id', 'itunes'],
    ['apple', 'appleid', 'icloud', 'itunes'],
    ['apple.com', 'icloud.com'],
  ),
  brand(
    'Microsoft',
    'subscription',
    ['microsoft', 'outlook', 'office 365'],
    ['microsoft', 'msft', 'office365'],
    ['microsoft.com', 'live.com', 'outlook.com', 'office.com'],
  ),
  brand('Netflix', 'subscription', ['netflix'], ['netflix'], ['netflix.com']),
  brand('Norton', 'subscription', ['norton'], ['norton', 'nortonlifelock'], ['norton.com', 'nortonlifelock.com']),
  brand('McAfee', 'subscription', ['mcafee'], ['mcafee'], ['mcafee.com']),
  brand('Geek Squad', 'subscription', ['geek squad', 'geeksquad'], ['geeksquad'], ['geeksquad.com', 'bestbuy.com']),
  brand('Hulu', 'subscription', ['hulu'], ['hulu'], ['hulu.com']),
  brand('Spotify', 'subscription', ['spotify'], ['spotify'], ['spotify.com']),
  brand('Disney+', 'subscription', ['disney'], ['disneyplus'], ['disneyplus.com', 'disney.com']),
  brand('Walmart', 'retail', ['walmart'], ['walmart'], ['walmart.com']),
  brand('Costco', 'retail', ['costco'], ['costco'], ['costco.com']),
  // Phone carriers (FTC: fake billing and reward texts).
  brand('Verizon', 'telecom', ['verizon'], ['verizon'], ['verizon.com', 'vzw.com']),
  brand('AT&T', 'telecom', ['att'], ['att'], ['att.com']),
  brand('T-Mobile', 'telecom', ['t-mobile', 'tmobile'], ['tmobile'], ['t-mobile.com']),
  brand(
    'Xfinity',
    'telecom',
    ['xfinity', 'comcast'],
    ['xfinity', 'comcast'],
    ['xfinity.com', 'comcast.com', 'comcast.net'],
  ),
];

/**
 * Words scam hosts put around a brand's name ("chase-verify-secure", "uspsredelivery"). A host
 * label made of a brand token and only these words (and digits) wears the brand.
 */
export const SCAM_HOST_WORDS: readonly string[] = [
  'account',
  'accounts',
  'alert',
  'alerts',
  'app',
  'auth',
  'bank',
  'banking',
  'bill',
  'billing',
  'care',
  'card',
  'cards',
  'center',
  'centre',
  'check',
  'claim',
  'claims',
  'confirm',
  'customer',
  'delivery',
  'deliver',
  'desk',
  'dispute',
  'due',
  'ebill',
  'fee',
  'fees',
  'fine',
  'fines',
  'fraud',
  'gift',
  'gov',
  'help',
  'helpdesk',
  'id',
  'info',
  'invoice',
  'live',
  'login',
  'logon',
  'member',
  'mobile',
  'my',
  'notice',
  'now',
  'official',
  'online',
  'package',
  'parcel',
  'pay',
  'payment',
  'payments',
  'portal',
  'post',
  'protect',
  'recovery',
  'redelivery',
  'refund',
  'refunds',
  'renew',
  'renewal',
  'reset',
  'restore',
  'reward',
  'rewards',
  'secure',
  'security',
  'service',
  'services',
  'ship',
  'shipping',
  'signin',
  'site',
  'status',
  'support',
  'team',
  'the',
  'toll',
  'tolls',
  'track',
  'tracking',
  'unlock',
  'update',
  'us',
  'usa',
  'verify',
  'verification',
  'web',
  'www',
];
