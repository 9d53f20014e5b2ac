/*
 * Brands and agencies that scam texts impersonate, with the registrable domains each one really
 * uses. Which names are impersonated follows the FTC's consumer alerts on text scams (package
 * delivery, toll, bank fraud, tech support and subscription renewals), the FBI IC3's public service
 * announcements on toll and government-impersonation smishing, and the USPS Inspection Service's
 * smishing page, and the most-impersonated brands of the public phishing reports (Check Point's and
 * APWG's quarterly brand reports). The domains are the brands' own sites (facts, as each brand
 * publishes them). Brand names that are also ordinary words ("target", "delta", "united",
 * "booking") are left out of host matching: a host token equal to them says nothing.
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
  | 'crypto'
  | 'subscription'
  | 'social'
  | 'retail'
  | 'gaming'
  | 'travel'
  | 'utility'
  | 'telecom'
  | 'charity'
  | 'listing'
  | 'pharmacy';

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
  // More state toll programs named in toll smishing (FBI IC3 PSA and state toll agencies' warnings).
  brand('NC Quick Pass', 'toll', ['nc quick pass', 'ncquickpass'], ['ncquickpass'], ['ncquickpass.com']),
  brand('Good To Go', 'toll', ['good to go pass', 'goodtogo'], ['mygoodtogo'], ['mygoodtogo.com']),
  brand('PikePass', 'toll', ['pikepass', 'pike pass'], ['pikepass'], ['pikepass.com']),
  brand('K-TAG', 'toll', ['k-tag', 'ktag'], ['ktag'], ['ksturnpike.com']),
  brand('EZ TAG', 'toll', ['ez tag', 'eztag'], ['eztag'], ['hctra.org']),
  brand('E-PASS', 'toll', ['e-pass', 'epass'], ['epass'], ['cfxway.com']),
  brand('RiverLink', 'toll', ['riverlink'], ['riverlink'], ['riverlink.com']),
  brand('GeauxPass', 'toll', ['geauxpass'], ['geauxpass'], ['geauxpass.com']),
  brand(
    'Toll authority',
    'toll',
    ['toll authority', 'tollway', 'turnpike', 'toll services'],
    ['tollway', 'turnpike'],
    [],
  ),
  // Government (FTC and FBI: IRS, SSA, DMV, court and jury-duty impersonation).
  brand('IRS', 'government', ['irs', 'internal revenue', 'servicio de impuestos internos'], ['irs'], ['irs.gov']),
  brand(
    'Social Security',
    'government',
    // Its Spanish names (SSA's Spanish pages; "Seguro Social" alone is the number's name too).
    ['ssa', 'social security administration', 'administración del seguro social', 'oficina del seguro social'],
    ['ssa', 'socialsecurity'],
    ['ssa.gov', 'socialsecurity.gov'],
  ),
  // Each state names its motor-vehicle agency its own way (a BMV in Ohio and Indiana, an MVD in
  // Arizona and New Mexico, an RMV in Massachusetts), and the FTC's fake DMV-text alerts name them
  // all. Not "MVA": an injury firm's "motor vehicle accident".
  brand(
    'DMV',
    'government',
    [
      'dmv',
      'department of motor vehicles',
      'motor vehicles',
      'bmv',
      'bureau of motor vehicles',
      'mvd',
      'motor vehicle division',
      'rmv',
      'registry of motor vehicles',
    ],
    ['dmv', 'bmv', 'mvd', 'rmv'],
    [],
  ),
  brand('Medicare', 'government', ['medicare'], ['medicare'], ['medicare.gov']),
  brand('USCIS', 'government', ['uscis'], ['uscis'], ['uscis.gov']),
  // Housing vouchers and waitlists (HUD's and the FTC's warnings on Section 8 waitlist scams:
  // signing up is free and never done through a paid site).
  brand('HUD', 'government', ['hud', 'housing and urban development'], ['hud'], ['hud.gov']),
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
  // Drugmakers and pharmacy chains whose names rogue online pharmacies wear (FDA, "BeSafeRx" and its
  // warnings on websites selling counterfeit semaglutide and tirzepatide under the makers' names;
  // NABP's rogue-pharmacy reports): the makers of the most-spammed drugs (Viagra, Cialis, Ozempic,
  // Mounjaro) with their drugs' own sites, and the largest US pharmacy chains.
  brand('Pfizer', 'pharmacy', ['pfizer'], ['pfizer'], ['pfizer.com', 'pfizerforall.com', 'viagra.com']),
  brand(
    'Novo Nordisk',
    'pharmacy',
    ['novo nordisk'],
    ['novonordisk', 'ozempic', 'wegovy'],
    ['novonordisk.com', 'novonordisk-us.com', 'novocare.com', 'ozempic.com', 'wegovy.com'],
  ),
  brand(
    'Eli Lilly',
    'pharmacy',
    ['eli lilly'],
    ['elililly', 'mounjaro', 'zepbound', 'lillydirect'],
    ['lilly.com', 'lillydirect.com', 'mounjaro.com', 'zepbound.com', 'cialis.com'],
  ),
  // cvs.co is CVS's own short-link domain.
  brand('CVS', 'pharmacy', ['cvs'], ['cvs', 'cvspharmacy'], ['cvs.com', 'cvshealth.com', 'caremark.com', 'cvs.co']),
  brand('Walgreens', 'pharmacy', ['walgreens'], ['walgreens'], ['walgreens.com', 'walgreensbootsalliance.com']),
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
  // Social, mail and document services (Check Point and APWG brand phishing reports).
  brand('LinkedIn', 'social', ['linkedin'], ['linkedin'], ['linkedin.com', 'lnkd.in']),
  brand(
    'Facebook',
    'social',
    ['facebook', 'meta'],
    ['facebook', 'fb'],
    ['facebook.com', 'fb.com', 'meta.com', 'fb.me'],
  ),
  brand('Instagram', 'social', ['instagram'], ['instagram', 'insta'], ['instagram.com']),
  brand('WhatsApp', 'social', ['whatsapp'], ['whatsapp'], ['whatsapp.com', 'wa.me']),
  brand('Google', 'social', ['google', 'gmail'], ['google', 'gmail'], ['google.com', 'gmail.com', 'goo.gl', 'g.co']),
  brand('Yahoo', 'social', ['yahoo'], ['yahoo'], ['yahoo.com']),
  brand('DocuSign', 'social', ['docusign'], ['docusign'], ['docusign.com', 'docusign.net']),
  brand('Dropbox', 'social', ['dropbox'], ['dropbox'], ['dropbox.com']),
  brand('Adobe', 'subscription', ['adobe'], ['adobe'], ['adobe.com']),
  brand('Zoom', 'social', ['zoom'], ['zoomus'], ['zoom.us', 'zoom.com']),
  brand('YouTube', 'subscription', ['youtube'], ['youtube'], ['youtube.com', 'youtu.be']),
  // Retail and delivery platforms (FTC: fake order and delivery texts).
  brand('eBay', 'retail', ['ebay'], ['ebay'], ['ebay.com']),
  brand('Best Buy', 'retail', ['best buy', 'bestbuy'], ['bestbuy'], ['bestbuy.com']),
  brand('Home Depot', 'retail', ['home depot'], ['homedepot'], ['homedepot.com']),
  brand("Lowe's", 'retail', ["lowe's"], ['lowes'], ['lowes.com']),
  brand('Temu', 'retail', ['temu'], ['temu'], ['temu.com']),
  brand('Shein', 'retail', ['shein'], ['shein'], ['shein.com']),
  brand('Etsy', 'retail', ['etsy'], ['etsy'], ['etsy.com']),
  brand('Uber', 'travel', ['uber'], ['uber'], ['uber.com']),
  brand('Lyft', 'travel', ['lyft'], ['lyft'], ['lyft.com']),
  brand('DoorDash', 'retail', ['doordash'], ['doordash'], ['doordash.com']),
  brand('Instacart', 'retail', ['instacart'], ['instacart'], ['instacart.com']),
  brand('Airbnb', 'travel', ['airbnb'], ['airbnb'], ['airbnb.com']),
  brand('Expedia', 'travel', ['expedia'], ['expedia'], ['expedia.com']),
  // Rental listing sites whose names fake listings and deposit pages borrow (FTC, "Rental listing
  // scams": listings copied from real sites, deposits asked for off them).
  brand('Zillow', 'listing', ['zillow'], ['zillow'], ['zillow.com']),
  brand('Craigslist', 'listing', ['craigslist'], ['craigslist'], ['craigslist.org']),
  brand('OnTrac', 'carrier', ['ontrac'], ['ontrac'], ['ontrac.com']),
  brand('Canada Post', 'carrier', ['canada post'], ['canadapost'], ['canadapost.ca', 'canadapost-postescanada.ca']),
  // Crypto exchanges and wallets (FTC: crypto investment and "account frozen" scams).
  brand('Binance', 'crypto', ['binance'], ['binance'], ['binance.com', 'binance.us']),
  brand('Kraken', 'crypto', ['kraken'], ['kraken'], ['kraken.com']),
  brand('MetaMask', 'crypto', ['metamask'], ['metamask'], ['metamask.io']),
  brand('Trust Wallet', 'crypto', ['trust wallet', 'trustwallet'], ['trustwallet'], ['trustwallet.com']),
  brand('Robinhood', 'crypto', ['robinhood'], ['robinhood'], ['robinhood.com']),
  brand('Blockchain.com', 'crypto', ['blockchain'], ['blockchain'], ['blockchain.com']),
  // Sportsbooks and games (scam "bonus bet" and gift-card texts).
  brand('DraftKings', 'gaming', ['draftkings'], ['draftkings'], ['draftkings.com']),
  brand('FanDuel', 'gaming', ['fanduel'], ['fanduel'], ['fanduel.com']),
  brand('BetMGM', 'gaming', ['betmgm'], ['betmgm'], ['betmgm.com']),
  brand('Caesars', 'gaming', ['caesars'], ['caesars'], ['caesars.com']),
  brand('Steam', 'gaming', ['steam'], ['steampowered', 'steamcommunity'], ['steampowered.com', 'steamcommunity.com']),
  brand('Roblox', 'gaming', ['roblox'], ['roblox'], ['roblox.com']),
  brand('Xbox', 'gaming', ['xbox'], ['xbox'], ['xbox.com']),
  brand('PlayStation', 'gaming', ['playstation'], ['playstation'], ['playstation.com']),
  // More banks, cards, lenders and money transfer (FTC: fake fraud alerts; CFPB).
  brand('Fifth Third', 'bank', ['fifth third'], ['fifththird'], ['53.com']),
  brand('KeyBank', 'bank', ['keybank'], ['keybank'], ['key.com']),
  brand('Huntington', 'bank', ['huntington bank'], ['huntington'], ['huntington.com']),
  brand('Citizens Bank', 'bank', ['citizens bank'], ['citizensbank'], ['citizensbank.com']),
  brand('SoFi', 'bank', ['sofi'], ['sofi'], ['sofi.com']),
  brand('Chime', 'bank', ['chime'], ['chime'], ['chime.com']),
  brand('Synchrony', 'bank', ['synchrony'], ['synchrony'], ['synchrony.com', 'mysynchrony.com']),
  brand('Schwab', 'bank', ['schwab'], ['schwab'], ['schwab.com']),
  brand('Fidelity', 'bank', ['fidelity'], ['fidelity'], ['fidelity.com']),
  brand('Vanguard', 'bank', ['vanguard'], ['vanguard'], ['vanguard.com']),
  brand('USAA', 'bank', ['usaa'], ['usaa'], ['usaa.com']),
  brand('HSBC', 'bank', ['hsbc'], ['hsbc'], ['hsbc.com']),
  brand('Barclays', 'bank', ['barclays'], ['barclays'], ['barclays.com', 'barclaycardus.com']),
  brand('Credit Karma', 'bank', ['credit karma'], ['creditkarma'], ['creditkarma.com']),
  brand('Experian', 'bank', ['experian'], ['experian'], ['experian.com']),
  brand('Equifax', 'bank', ['equifax'], ['equifax'], ['equifax.com']),
  brand('TransUnion', 'bank', ['transunion'], ['transunion'], ['transunion.com']),
  brand('Western Union', 'payment-app', ['western union'], ['westernunion'], ['westernunion.com']),
  brand('MoneyGram', 'payment-app', ['moneygram'], ['moneygram'], ['moneygram.com']),
  brand('Square', 'payment-app', ['square cash'], ['squareup'], ['squareup.com']),
  // The person-to-person apps of Spanish-speaking clients' home banks (Puerto Rico's ATH Móvil,
  // Colombia's Nequi and Daviplata, Peru's Yape, Mercado Pago across Latin America): the same "sent by
  // mistake, send it back" scam (FTC, "Le enviaron dinero por error en una app de pagos").
  brand('ATH Móvil', 'payment-app', ['ath móvil', 'ath movil'], ['athmovil'], ['athmovil.com']),
  brand('Nequi', 'payment-app', ['nequi'], ['nequi'], ['nequi.com.co']),
  brand('Daviplata', 'payment-app', ['daviplata'], ['daviplata'], ['daviplata.com']),
  brand('Yape', 'payment-app', ['yape'], ['yape'], ['yape.com.pe']),
  brand('Mercado Pago', 'payment-app', ['mercado pago'], ['mercadopago'], ['mercadopago.com']),
  // The banks of Spanish-speaking clients whose names fake fraud alerts wear (FTC, "Alertas de fraude
  // falsas"; Mexico's CONDUSEF smishing warnings name the same banks). "Santander" is also a place,
  // but not a host token a site would carry without meaning the bank. Banco Popular's host token is
  // the full name: "popular" alone is an ordinary word.
  brand(
    'BBVA',
    'bank',
    ['bbva', 'bancomer'],
    ['bbva', 'bancomer'],
    ['bbva.com', 'bbva.mx', 'bbva.es', 'bbvanet.com.mx'],
  ),
  brand('Santander', 'bank', ['santander'], ['santander'], ['santander.com', 'santander.com.mx', 'santanderbank.com']),
  brand('Banamex', 'bank', ['banamex', 'citibanamex'], ['banamex', 'citibanamex'], ['banamex.com', 'citibanamex.com']),
  brand('Banorte', 'bank', ['banorte'], ['banorte'], ['banorte.com']),
  brand('Banco Popular', 'bank', ['banco popular'], ['bancopopular'], ['popular.com', 'bancopopular.com']),
  // More government (FTC and FBI impersonation alerts; Department of Education on student-aid scams).
  brand('FTC', 'government', ['ftc', 'federal trade commission'], ['ftc'], ['ftc.gov']),
  brand('FBI', 'government', ['fbi'], ['fbi'], ['fbi.gov']),
  brand('FEMA', 'government', ['fema'], ['fema'], ['fema.gov']),
  brand(
    'Federal Student Aid',
    'government',
    ['student aid', 'fafsa', 'department of education'],
    ['studentaid', 'fafsa'],
    ['studentaid.gov', 'ed.gov'],
  ),
  brand('Medicaid', 'government', ['medicaid'], ['medicaid'], ['medicaid.gov']),
  // "gov" as a word of a host off .gov ("flhsmv.gov-renewal.com", "irs-gov.com"): only US
  // government bodies can register .gov names (CISA's .gov registry rules), so a host that wears the
  // word elsewhere imitates one. GovDelivery is the service agencies send their notices through.
  brand('a .gov site', 'government', [], ['gov'], ['govdelivery.com']),
  // Utilities (FTC: utility shut-off scams).
  brand('PG&E', 'utility', ['pge'], ['pge', 'pgande'], ['pge.com']),
  brand('Con Edison', 'utility', ['con edison', 'coned'], ['coned', 'conedison'], ['coned.com']),
  brand('Duke Energy', 'utility', ['duke energy'], ['dukeenergy'], ['duke-energy.com']),
  brand('ComEd', 'utility', ['comed'], ['comed'], ['comed.com']),
  brand('Xcel Energy', 'utility', ['xcel'], ['xcel', 'xcelenergy'], ['xcelenergy.com']),
  brand('FPL', 'utility', ['fpl', 'florida power'], ['fpl'], ['fpl.com']),
  // The largest US water utility, a member of Utilities United Against Scams, whose alerts cover
  // water bills as well as power.
  brand('American Water', 'utility', ['american water'], ['amwater', 'americanwater'], ['amwater.com']),
  // The largest gas-only utility in the US, serving Texas and seven other states, whose customer
  // pages warn of impostors demanding payment to stop a shut-off.
  brand('Atmos Energy', 'utility', ['atmos energy'], ['atmos', 'atmosenergy'], ['atmosenergy.com']),
  // Charities named in disaster-relief scams (FTC, "Donating after a disaster"; FBI IC3 on
  // disaster fraud: fake sites of well-known charities).
  brand('American Red Cross', 'charity', ['red cross'], ['redcross'], ['redcross.org']),
  // The same in Spanish ("Cruz Roja", "Cruz Roja Americana": redcross.org/cruz-roja), with the
  // Spanish Red Cross and the international bodies, whose sites are real.
  brand(
    'Cruz Roja',
    'charity',
    ['cruz roja'],
    ['cruzroja', 'cruzrojaamericana'],
    ['redcross.org', 'cruzroja.es', 'icrc.org', 'ifrc.org'],
  ),
  brand(
    'The Salvation Army',
    'charity',
    ['salvation army'],
    ['salvationarmy'],
    ['salvationarmy.org', 'salvationarmyusa.org'],
  ),
  brand('UNICEF', 'charity', ['unicef'], ['unicef'], ['unicef.org', 'unicefusa.org']),
  brand('St. Jude', 'charity', ['st jude', 'saint jude'], ['stjude'], ['stjude.org']),
  brand(
    'Electric company',
    'utility',
    ['electric company', 'power company', 'utility company', 'energy company'],
    [],
    [],
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
  'airdrop',
  'bonus',
  'careers',
  'hr',
  'jobs',
  'wallet',
  'prize',
  'giveaway',
  'payout',
  'recover',
  'reactivate',
  'assist',
  'connect',
  'sync',
  'event',
  // Spanish, the same words as Spanish scam hosts write them ("correos-entrega-pago", "premio-ya").
  'cuenta',
  'alerta',
  'aviso',
  'banco',
  'pago',
  'pagos',
  'paquete',
  'entrega',
  'entregas',
  'envio',
  'envios',
  'multa',
  'multas',
  'seguridad',
  'soporte',
  'ayuda',
  'servicio',
  'cliente',
  'clientes',
  'rastreo',
  'oficial',
  'tarjeta',
  'mi',
  'ya',
];

/** Scam-host words that ask for an action: one of them, with another scam word, makes a host scam-shaped. */
export const ACTION_HOST_WORDS: readonly string[] = [
  'airdrop',
  'bonus',
  'claim',
  'confirm',
  'giveaway',
  'login',
  'logon',
  'payout',
  'prize',
  'reactivate',
  'recover',
  'recovery',
  'redelivery',
  'refund',
  'refunds',
  'restore',
  'reward',
  'rewards',
  'signin',
  'toll',
  'tolls',
  'unlock',
  'verify',
  'verification',
  // Spanish.
  'peaje',
  'peajes',
  'reclamar',
  'reclame',
  'cobrar',
  'cobre',
  'verificar',
  'verifique',
  'confirmar',
  'confirme',
  'desbloquear',
  'reembolso',
  'premio',
  'premios',
  'bono',
  'regalo',
];

/**
 * Top-level domains that lead the public abuse rankings (Spamhaus's "most abused TLDs", Interisle's
 * Phishing Landscape reports): cheap or free to register, so scam hosts cluster on them.
 */
export const HIGH_ABUSE_TLDS: readonly string[] = [
  'top',
  'xyz',
  'shop',
  'click',
  'online',
  'site',
  'live',
  'icu',
  'buzz',
  'cfd',
  'sbs',
  'bond',
  'lol',
  'vip',
  'cyou',
  'rest',
  'monster',
  'quest',
  'support',
  'life',
  'tk',
  'ml',
  'ga',
  'cf',
  'gq',
  'work',
  'win',
  'loan',
  'men',
  'date',
  'bid',
  'info',
  'cc',
  'pw',
  'fun',
  'store',
  'asia',
  'today',
  'center',
  'help',
  'services',
];
