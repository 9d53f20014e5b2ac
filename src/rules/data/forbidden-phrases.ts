import type { ForbiddenCategory } from '../types';

/*
 * Phrases that put a text in one of the carrier-forbidden content categories.
 *
 * Categories follow Twilio's "Forbidden message categories for SMS and MMS in the US and Canada"
 * (high-risk financial services, third-party lead generation, debt collection or forgiveness, get
 * rich quick, illegal substances, prescription drugs, gambling, and S.H.A.F.T.: sex, hate, alcohol,
 * firearms, tobacco) and the CTIA Messaging Principles and Best Practices on SHAFT content. The
 * prize and sweepstakes wording reflects what SMS spam looks like in practice (as seen in the UCI
 * SMS Spam Collection, which the corpus test measures against). The phrase lists themselves are
 * our own curation, written for this project.
 *
 * Two kinds of entry:
 * - `solicitation`: offer or solicitation wording ("payday loan", "buy cannabis", "claim your
 *   prize"). A business sending it is in a forbidden category whatever its intent: an error.
 * - `trigger`: a word that filters react to out of context ("cannabis", "casino"). A law firm
 *   may well need it for a client's case, so it is only a warning, with the reason, and the rule
 *   drops it when case vocabulary stands nearby (see legal-context.ts).
 * Pattern syntax (`*` prefix, `a|b`, `word?`, `#` number) is documented in ../phrases.ts.
 *
 * The categories ban businesses and offers, not words: nothing here may match the ordinary
 * vocabulary of a client's case ("debt", "creditors", "medical bills", "DUI", "firearm charge").
 */

export type ForbiddenKind = 'solicitation' | 'trigger';

export interface ForbiddenPhrase {
  phrase: string;
  category: ForbiddenCategory;
  kind: ForbiddenKind;
  /** For triggers: why filters react to the word, in a few plain words. */
  reason?: string;
}

export interface ForbiddenCategoryInfo {
  /** The category in plain words, as it reads after "reads as". */
  label: string;
  /** Why carriers block it, one clause. */
  why: string;
  /** How to rephrase, one sentence. */
  advice: string;
}

export const FORBIDDEN_CATEGORY_INFO: Readonly<Record<ForbiddenCategory, ForbiddenCategoryInfo>> = {
  'high-risk-financial': {
    label: 'a high-risk loan or crypto offer',
    why: 'payday and short-term loans, third-party loans and cryptocurrency are a forbidden category',
    advice: "Refer to the client's own loan or case in neutral terms and don't offer credit or investments.",
  },
  'lead-generation': {
    label: 'third-party lead generation',
    why: 'buying, selling or sharing contact leads is a forbidden category',
    advice: "Text only about the client's own matter.",
  },
  'debt-collection': {
    label: 'a debt relief or collection offer',
    why: 'third-party collection, debt consolidation, reduction and credit repair are a forbidden category',
    advice:
      'Describe the client\'s case in neutral legal terms (e.g. "your Chapter 7 filing") instead of advertising relief.',
  },
  'get-rich-quick': {
    label: 'a get-rich-quick offer',
    why: 'work-from-home, easy-money and risky-investment offers are a forbidden category',
    advice: 'Remove the money-making pitch.',
  },
  'illegal-substances': {
    label: 'a cannabis or drug offer',
    why: 'cannabis, CBD and illegal drugs are a forbidden category even where state law allows them',
    advice: 'Remove the product wording; if it concerns a charge or case, say so plainly.',
  },
  'prescription-drugs': {
    label: 'a prescription drug offer',
    why: 'offers of drugs sold only on prescription are a forbidden category',
    advice: 'Remove the offer; refer to medical or pharmacy records instead if that is what you mean.',
  },
  gambling: {
    label: 'gambling or a prize draw',
    why: 'casino, betting, lottery and sweepstakes messages are a forbidden category',
    advice: 'Remove the betting or prize wording.',
  },
  sex: {
    label: 'adult content',
    why: 'sexual content is forbidden (the S in SHAFT)',
    advice: 'Remove the adult wording; for a case, use its legal name (e.g. "your harassment claim").',
  },
  hate: {
    label: 'hate speech',
    why: 'hateful content is forbidden (the H in SHAFT)',
    advice: 'Remove it; for a case, use its legal name (e.g. "the hate crime charge").',
  },
  alcohol: {
    label: 'an alcohol promotion',
    why: 'alcohol promotions are restricted (the A in SHAFT)',
    advice: 'Remove the promotion.',
  },
  firearms: {
    label: 'a firearms sale',
    why: 'firearm and ammunition promotions are restricted (the F in SHAFT)',
    advice: 'Remove the sales wording; for a case, use its legal name (e.g. "your firearm charge").',
  },
  tobacco: {
    label: 'a tobacco or vape promotion',
    why: 'tobacco and vaping promotions are restricted (the T in SHAFT)',
    advice: 'Remove the promotion.',
  },
};

function solicitations(category: ForbiddenCategory, ...phrases: string[]): ForbiddenPhrase[] {
  return phrases.map((phrase) => ({ phrase, category, kind: 'solicitation' }));
}

function triggers(category: ForbiddenCategory, reason: string, ...phrases: string[]): ForbiddenPhrase[] {
  return phrases.map((phrase) => ({ phrase, category, kind: 'trigger', reason }));
}

const LOAN = 'loan|loans';

export const FORBIDDEN_PHRASES: readonly ForbiddenPhrase[] = [
  // High-risk financial services.
  ...solicitations(
    'high-risk-financial',
    `payday ${LOAN}|advance|advances`,
    'get|need cash fast|quick|today|now',
    'fast|quick|instant|easy cash',
    `cash ${LOAN}`,
    `${LOAN} for any purpose`,
    `get|apply for a ${LOAN} today|now|fast|instantly`,
    `${LOAN} offer|offers`,
    `low|no interest ${LOAN}`,
    `guaranteed ${LOAN}`,
    `same day ${LOAN}`,
    `same-day ${LOAN}`,
    'no credit check|checks',
    'bad credit ok|okay|welcome|accepted',
    'guaranteed approval',
    'instant approval',
    "you're|you've|youve pre-approved|preapproved",
    'you are pre-approved|preapproved',
    'you have been pre-approved|preapproved',
    'borrow up to',
    'buy|trade crypto|cryptocurrency|bitcoin|ethereum',
    'invest in crypto|cryptocurrency|bitcoin|ethereum',
    'crypto|cryptocurrency|bitcoin investment|investments|trading|giveaway|opportunity',
    'lower your mortgage rate',
    'refinance now|today',
  ),
  ...triggers(
    'high-risk-financial',
    'payday and third-party loans are a forbidden category',
    'payday',
    `title ${LOAN}`,
    `installment ${LOAN}`,
    `lawsuit ${LOAN}|funding`,
    'pre-settlement funding|loan|loans',
  ),
  ...triggers(
    'high-risk-financial',
    'cryptocurrency is a forbidden category',
    'crypto',
    'cryptocurrency|cryptocurrencies',
    'bitcoin|bitcoins',
    'ethereum',
    'dogecoin',
    'nft|nfts',
  ),

  // Third-party lead generation.
  ...solicitations(
    'lead-generation',
    'we buy|sell leads',
    'buy|sell|selling|buying leads',
    'exclusive|fresh|qualified|aged leads',
    'leads for sale',
    'pay per lead',
    'mass tort|injury|legal|case leads',
    'lead list|lists',
  ),
  ...triggers('lead-generation', 'lead generation is a forbidden category', 'lead generation', 'lead-generation'),

  // Debt collection, consolidation, reduction, credit repair.
  ...solicitations(
    'debt-collection',
    'debt relief',
    'debt relief program|programs|plan|plans',
    'consolidate your debt|debts|bills|credit|loans',
    'debt consolidation|reduction',
    'debt settlement program|programs|company|offer',
    'credit repair',
    'fix|repair|boost|raise your credit|score',
    'erase|eliminate|reduce|slash your debt|debts',
    'wipe out your debt|debts',
    'become debt free',
    'become debt-free',
    'debt forgiveness program|programs',
    'loan forgiveness program|programs',
    'settle your debt|debts for less',
    'pay less than you owe',
    'remove negative items',
  ),
  ...triggers(
    'debt-collection',
    'third-party debt collection is a forbidden category',
    'attempt to collect a debt',
    'debt collection',
  ),

  // Get rich quick.
  ...solicitations(
    'get-rich-quick',
    'work from home and earn|make',
    'earn # a|per day|week|month|hour',
    'earn up to #',
    'make money fast|online|from home|quickly',
    'make # a|per day|week|month',
    'easy|fast|quick money',
    'double|triple your money|investment',
    'guaranteed return|returns|profit|profits|income',
    'risk-free investment|investments',
    'risk free investment|investments',
    'passive income',
    'financial freedom',
    'be your own boss',
    'get rich',
    'get-rich-quick',
    'investment opportunity',
    'ground floor opportunity',
    'join my|our team and earn',
    'cash-in now',
    'maximize ur|your cash-in',
  ),
  ...triggers(
    'get-rich-quick',
    'work-from-home and scheme wording is a forbidden category',
    'work from home',
    'pyramid scheme',
    'mlm',
    'forex',
  ),

  // Illegal substances (cannabis and CBD included, whatever state law says).
  ...solicitations(
    'illegal-substances',
    'buy|order cannabis|marijuana|weed|cbd|thc|edibles|shrooms',
    'cannabis|marijuana|weed|cbd|thc delivery',
    'cbd|thc oil|oils for? sale',
    'cbd|thc gummies|products|vape|vapes|pens',
    'dispensary deal|deals|special|specials|sale',
    'magic mushrooms',
    'delta-8 gummies|thc|vape|vapes|products',
  ),
  ...triggers(
    'illegal-substances',
    'cannabis and CBD are a forbidden category even where legal',
    'cannabis',
    'marijuana',
    'cbd',
    'thc',
    'dispensary|dispensaries',
    'edibles',
    'delta-8',
    'kratom',
  ),
  ...triggers(
    'illegal-substances',
    'illegal drugs are a forbidden category',
    'cocaine',
    'heroin',
    'mdma',
    'psilocybin',
    'meth',
  ),

  // Prescription drugs.
  ...solicitations(
    'prescription-drugs',
    'order|buy|cheap|generic|discount viagra|cialis|xanax|oxycodone|oxycontin|adderall|vicodin|percocet|tramadol|valium|ozempic|semaglutide|phentermine',
    'no prescription needed|required|necessary',
    'without a? prescription',
    'online pharmacy',
    'cheap|discount meds|pills',
    'pills online',
  ),
  ...triggers(
    'prescription-drugs',
    'prescription drug offers are a forbidden category',
    'viagra',
    'cialis',
    'xanax',
    'oxycodone|oxycontin',
    'adderall',
    'vicodin',
    'percocet',
    'tramadol',
    'valium',
    'ozempic',
    'semaglutide',
    'phentermine',
  ),

  // Gambling, including sweepstakes and prize draws.
  ...solicitations(
    'gambling',
    'place your|a|ur bet|bets',
    'bet now',
    'casino bonus|bonuses',
    'free spins',
    'free bet|bets',
    'deposit bonus',
    'play slots',
    // Prize and sweepstakes wording.
    'you|u have|ve won a|an|the #',
    "you've|youve won a|an|the #",
    'you|u have|ve won a|an guaranteed',
    "you've|youve won a|an guaranteed",
    'won a|an|the guaranteed',
    'you|u are|r a winner',
    "you're|ur|youre a winner",
    'claim your|ur|yr prize|reward|award|cash|holiday|bonus',
    'to claim call',
    '2 claim call|is|ur|yr|your',
    'call to claim',
    'call 2 claim',
    'cash prize|prizes',
    'bonus prize',
    'prize draw|draws',
    'prize|gift|cash|award guaranteed',
    'you|u have|ve won #',
    'number|mobile has|have won',
    'chance|chances to|2 win a|an? #',
    'chance|chances to|2 win cash|free',
    'win|won # cash|prize|prizes|pounds|worth',
    'claim ur|your|yr #',
    '# reward',
    'enter the|our draw|competition|sweepstakes',
    'weekly|wkly quiz',
    'voucher holder|holders',
    'guaranteed prize|award|cash',
    '# prize',
    'free entry',
    'weekly|wkly draw|comp|competition',
    'selected to a? receive|win',
    'you are|r awarded a|an|with|either',
    'ur|u awarded a|an|with|either',
    'await collection',
    'unredeemed|un-redeemed bonus|points',
    'prize code|codes',
    'claim code|codes',
  ),
  ...triggers(
    'gambling',
    'gambling is a forbidden category',
    'casino|casinos',
    'online casino|casinos',
    'sports betting',
    'sportsbook',
    'jackpot|jackpots',
    'sweepstakes',
    'betting',
    'slot machine|machines',
    'roulette',
    'blackjack',
  ),
  ...triggers('gambling', 'prize announcements read as sweepstakes spam', 'winner', 'prize', 'you have won'),

  // Sex.
  ...solicitations(
    'sex',
    'hot|local singles',
    'xxx pics|pictures|photos|videos|video|movies|chat|content',
    'sexy|nude|naked|hot pic|pics|pictures|photos|chat|girls|videos|celeb|babes',
    'explicit sex',
    'fancy a shag',
    'hot|gay|live sex|gay chat',
    'live fantasies',
    'sexual need|needs',
    'i love sex',
    'see me naked',
    'horny',
    'sex|adult chat',
    'phone sex',
    'get laid',
    'hook up tonight',
    'hookup tonight',
    'meet singles',
    'dating service',
    'escort service|services',
    'live girls',
    'cam girls',
    'hardcore porn|pics|photos|videos|services|content|chat',
  ),
  // "xxx" alone is not a trigger: it signs off personal texts as kisses and stands in for
  // redacted digits ("account ending XXX"); only its adult-content collocations are listed.
  ...triggers('sex', 'adult content is a forbidden category', 'escort|escorts', 'porn|porno|pornography', 'onlyfans'),

  // Hate.
  ...solicitations('hate', 'white power', 'sieg heil', 'heil hitler'),
  ...triggers(
    'hate',
    'hate content is a forbidden category',
    'race war',
    'ethnic cleansing',
    'neo-nazi|neo-nazis',
    'kkk',
  ),

  // Alcohol.
  ...solicitations(
    'alcohol',
    'happy hour special|specials|deal|deals|prices',
    'drink|drinks special|specials|deal|deals',
    'bottomless mimosa|mimosas|drinks',
    'half price|half-price|cheap drinks',
    'free drink|drinks|shots',
    'beer|wine|liquor|booze special|specials|sale|deals',
    'wine club',
  ),
  ...triggers('alcohol', 'alcohol promotions are restricted', 'happy hour', 'open bar', 'liquor', 'booze'),

  // Firearms.
  ...solicitations(
    'firearms',
    'buy|cheap guns|gun|firearms|firearm|ammo|ammunition',
    'buy a gun|firearm|rifle|pistol|handgun',
    'guns|firearms|ammo|ammunition for sale',
    'gun|guns|ammo|ammunition|firearm|firearms sale|deals|deal',
    'ghost gun|guns',
  ),
  ...triggers('firearms', 'firearm promotions are restricted', 'ammo', 'ar-15|ar-15s'),

  // Tobacco and vaping.
  ...solicitations(
    'tobacco',
    'cheap|discount|buy cigarettes|cigars|vapes|vape',
    'cigarette|cigarettes|cigar|cigars|vape|vapes|e-cig|e-cigs|e-liquid|juul deals|deal|sale|specials',
    'cigarettes|cigars|vapes|e-cigs for sale',
    'disposable vape|vapes',
    'juul pods',
    'nicotine pouches',
  ),
  ...triggers(
    'tobacco',
    'tobacco and vaping promotions are restricted',
    'vape|vapes|vaping',
    'vape shop|shops',
    'e-cig|e-cigs',
    'juul',
    'hookah',
  ),
];
