import type { ForbiddenCategory } from '../types';

/*
 * Phrases that put a text in one of the carrier-forbidden content categories.
 *
 * Categories follow Twilio's "Forbidden message categories for SMS and MMS in the US and Canada"
 * (high-risk financial services, third-party lead generation, debt collection or forgiveness, get
 * rich quick, illegal substances, prescription drugs, gambling, and S.H.A.F.T.: sex, hate, alcohol,
 * firearms, tobacco) and the CTIA Messaging Principles and Best Practices on SHAFT content; the
 * offer shapes follow the public consumer advisories named in SOURCES (FTC, CFPB, FCC). Every
 * entry names its category and its source. The phrase lists are our own curation, written for
 * this project; none is taken from a message corpus (the corpora only measure them).
 *
 * Three kinds of entry:
 * - `offer`: wording that is an offer by itself ("no credit check", "buy cannabis", "free
 *   spins"). A business sending it is in a forbidden category whatever its intent: an error
 *   unless a legal phrase covers it ("payday loan lawsuit").
 * - `pitch`: wording that is an offer only when the message pitches something to the reader
 *   ("debt relief", "you have won", "claim your prize"): a law firm writes "debt relief is now in
 *   effect" after a discharge. An error only with an offer cue (a call to act, a price or prize,
 *   a sign-up keyword, a link off the firm's domains) and no case vocabulary; a warning with
 *   neither; nothing when the case vocabulary is in its sentence (see ../content-context.ts).
 * - `trigger`: a word that filters react to out of context ("cannabis", "casino"). A law firm
 *   may well need it for a client's case, so it is only a warning, with the reason, and the rule
 *   drops it when case vocabulary stands in its sentence.
 * - `product`: the goods a forbidden business sells, named as its trade names them (drug slang,
 *   gun makers and models, betting games). Nothing by itself, since a case names the same goods;
 *   put on sale (sale wording anywhere in the message or a price in its sentence: see
 *   saleCueFor in ../content-context.ts) with no case vocabulary anywhere in the message, an
 *   error. Adult products (`gate: 'age'`) also need an announced age gate and an offer cue.
 * Pattern syntax (`*` prefix, `a|b`, `word?`, `#` number, `~2` gap, plurals) is in ../phrases.ts.
 *
 * The categories ban businesses and offers, not words: nothing here may match the ordinary
 * vocabulary of a client's case ("debt", "creditors", "medical bills", "DUI", "firearm charge").
 */

export type ForbiddenKind = 'offer' | 'pitch' | 'trigger' | 'product';

export interface ForbiddenPhrase {
  phrase: string;
  category: ForbiddenCategory;
  kind: ForbiddenKind;
  /** The public source the entry follows (a key of SOURCES). */
  source: SourceKey;
  /** For triggers and pitches: why filters react to the wording, in a few plain words. */
  reason?: string;
  /** For products: a further condition of the sale ('age': an age gate announced, for adult content). */
  gate?: 'age';
  /**
   * The match must open its sentence (after a period, a colon, an opening ¡ or ¿, or the message's
   * start): for Spanish verbs whose imperative is also the third person ("Gana $3,000 a la
   * semana" pitches; "usted gana $3,000 a la semana" states a client's pay).
   */
  opensSentence?: true;
}

/** The public sources the entries follow. Facts only: every phrase is our own wording. */
export const SOURCES = {
  twilio: 'Twilio, "Forbidden message categories for SMS and MMS in the US and Canada"',
  ctia: 'CTIA, "Messaging Principles and Best Practices" (2023), SHAFT and disallowed content',
  ftcPrize: 'FTC consumer advice, "Prize scams" and "Fake prize, sweepstakes, and lottery scams"',
  ftcDebtRelief: 'FTC consumer advice, "How to get out of debt" / debt relief and credit repair scams',
  ftcTaxRelief: 'FTC consumer advice, "Tax relief companies" (promises to settle tax debt for less)',
  ftcLoans: 'FTC and CFPB consumer advice on payday, advance-fee and guaranteed-approval loan offers',
  ftcCrypto: 'FTC consumer advice, "What to know about cryptocurrency and scams"',
  ftcMoney: 'FTC consumer advice, "Job scams" and "Business opportunity scams" (work-from-home, easy money)',
  ftcSpanish: 'FTC consumer advice in Spanish (consumidor.ftc.gov): préstamos, deudas, premios, trabajo desde casa',
  fdaRx: 'FDA, "BeSafeRx": online pharmacies that sell prescription drugs without a prescription',
  dea: 'DEA, "Slang Terms and Code Words: A Reference for Law Enforcement Personnel" (2018) and "Drugs of Abuse" (2020)',
  atf: 'ATF: licensed (FFL) transfers and NICS background checks, the 2022 frame-or-receiver rule ("ghost guns"), open letters on solvent trap kits and machinegun conversion devices',
} as const;
export type SourceKey = keyof typeof SOURCES;

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

/**
 * What a lawful gun sale goes through, named as skipped: a licensed dealer's (FFL) transfer runs a
 * NICS background check and keeps the papers, and many states ask a permit (ATF: licensed transfers
 * and background checks). Beside guns the sender sells ("we sell rifles without a permit",
 * "vendemos pistolas sin papeles"), the sale is the black market's, whatever case words follow.
 */
export const SKIPPED_GUN_CHECKS: readonly string[] = [
  'without|no|zero ~1 background|bg check|checks',
  'without|no|zero ~1 permit|permits|license|licence|paperwork|papers|registration|serial|serials|ffl|id|4473',
  'no questions asked',
  'sin|ni ~1 revisión|revision|verificación|verificacion ~1 de antecedentes',
  'sin|ni antecedentes|permiso|permisos|licencia|papeles|registro|factura|identificación|identificacion|matrícula|matricula',
];

/**
 * The lawful channel a sale goes through, in the sentence of a skipped check: the check the text says
 * is not needed is then the reader's own ("vendemos las pistolas por medio de un armero con licencia,
 * sin permiso adicional de usted"), since the licensed dealer runs the sale's (ATF).
 */
export const LAWFUL_GUN_CHANNELS: readonly string[] = [
  'licensed|authorized|ffl ~1 dealer|dealers|gunsmith|gun store|shop',
  'armero|armería|armeria|tienda ~1 con? licencia|autorizado|autorizada',
];

function entries(
  category: ForbiddenCategory,
  kind: ForbiddenKind,
  source: SourceKey,
  reason: string | undefined,
  phrases: readonly string[],
): ForbiddenPhrase[] {
  return phrases.map((phrase) =>
    reason === undefined ? { phrase, category, kind, source } : { phrase, category, kind, source, reason },
  );
}

/** Offer wording: an error by itself. */
function offers(category: ForbiddenCategory, source: SourceKey, ...phrases: string[]): ForbiddenPhrase[] {
  return entries(category, 'offer', source, undefined, phrases);
}

/** Wording that is an offer only when the message pitches something to the reader. */
function pitches(
  category: ForbiddenCategory,
  source: SourceKey,
  reason: string,
  ...phrases: string[]
): ForbiddenPhrase[] {
  return entries(category, 'pitch', source, reason, phrases);
}

/** Goods of a forbidden trade: an error only when put on sale with no case in sight. */
function products(category: ForbiddenCategory, source: SourceKey, ...phrases: string[]): ForbiddenPhrase[] {
  return entries(category, 'product', source, undefined, phrases);
}

/** Words filters react to: a warning at most. */
function triggers(
  category: ForbiddenCategory,
  source: SourceKey,
  reason: string,
  ...phrases: string[]
): ForbiddenPhrase[] {
  return entries(category, 'trigger', source, reason, phrases);
}

const LOAN = 'loan';
/** Who a payroll loan is sold to ("for county workers", "para maestros", "para jubilados del IMSS"). */
const LOAN_BUYERS =
  'workers|employees|teachers|nurses|military|soldiers|servicemembers|veterans|retirees|seniors|maestros|maestras|trabajadores|empleados|jubilados|pensionados|burócratas|burocratas|militares|enfermeras|docentes';
// USDC and Tether are the stablecoins the FTC's and FBI IC3's crypto alerts name beside USDT.
const CRYPTO = 'crypto|cryptocurrency|bitcoin|ethereum|btc|eth|usdt|usdc|tether|altcoin|memecoin';
// THCA and THC-P: hemp-derived THC sold as "hemp flower" under the 2018 Farm Bill's loophole (FDA,
// "Delta-8 THC" and hemp-derived cannabinoid warnings); Twilio's category covers it as cannabis.
const CANNABIS =
  'cannabis|marijuana|weed|cbd|thc|thca|thcp|thc-a|thc-p|edible|pre-roll|preroll|gummy|gummies|delta-8|delta-9|delta-10|kush|shroom';
// Brand names, and the generic names of the controlled sedatives and stimulants rogue pharmacies
// sell under either (FDA BeSafeRx; DEA's warnings on counterfeit pills bought online).
const RX_DRUGS =
  'viagra|cialis|levitra|xanax|oxycodone|oxycontin|adderall|vicodin|percocet|tramadol|valium|ozempic|wegovy|mounjaro|semaglutide|tirzepatide|phentermine|hydrocodone|ambien|klonopin|alprazolam|zolpidem|clonazepam|diazepam|lorazepam|modafinil|armodafinil|provigil|carisoprodol';
const PERIOD = 'day|week|month|hour|hr|wk|mo|daily|weekly|monthly';
/**
 * Offers of earnings, addressed to the reader ("earn", "make"): as written, since "she makes $5,000
 * a month" and "you earned $4,000 a month" describe a party's income (see EARNING).
 */
const EARN = 'earn!|make!';
/**
 * The same in the progressive and third person ("making money from home", "she makes $5,000 a
 * month"): also how a firm describes a party's income, so a pitch, not an offer by itself.
 */
const EARNING = 'earning|making|earns|makes';

export const FORBIDDEN_PHRASES: readonly ForbiddenPhrase[] = [
  // High-risk financial services: payday, short-term and third-party loans, cryptocurrency.
  ...offers(
    'high-risk-financial',
    'ftcLoans',
    'no credit check',
    'no credit needed|required',
    'bad credit ~1 ok|okay|welcome|accepted|fine',
    'guaranteed ~1 approval|approved',
    'instant|same-day|same|fast ~1 approval',
    "you're|you've|youre|youve ~1 pre-approved|prequalified|pre-qualified|approved for ~2 loan|cash|credit",
    'you are|have ~2 pre-approved|prequalified|pre-qualified',
    'pre-approved|prequalified|pre-qualified for ~2 loan|cash|advance|credit',
    'borrow up to #',
    'borrow|borrowing ~2 # ~2 now|today|instantly|fast',
    // Title and paycheck lending (FTC and CFPB, "What to know about car title loans").
    'borrow! ~2 # ~2 with|against ~2 your? car|auto|vehicle|truck title|paycheck',
    'we approve everyone|anyone',
    'get|need ~1 cash fast|quick|today|now',
    'fast|quick|instant|easy ~1 cash',
    `cash|payday|title ${LOAN} ~2 today|now|approved|offer|available|instantly`,
    `get|apply ~3 ${LOAN} ~2 today|now|fast|instantly|online`,
    `${LOAN} ~1 for any purpose`,
    `${LOAN} ~1 approved|approval ~2 minutes|seconds|instantly`,
    // A low score or a bad history named any way ("even with low score", "despite damaged credit").
    'even with ~1 bad|poor|low|no|damaged|weak credit|score|fico|history',
    'despite ~1 bad|poor|low|no|damaged|weak credit|score|fico|history',
    `${LOAN} offer`,
    `low|no interest ${LOAN}`,
    `guaranteed ${LOAN}`,
    'lower your ~1 mortgage|interest rate ~2 today|now',
    'refinance ~1 now|today',
    'cash advance ~2 today|now|approved|instantly',
  ),
  ...pitches(
    'high-risk-financial',
    'twilio',
    'payday and third-party loans are a forbidden category',
    `payday ${LOAN}|advance`,
    `title ${LOAN}`,
    `installment ${LOAN}`,
    `lawsuit ${LOAN}|funding`,
    `emergency|instant|quick|easy|fast ${LOAN}`,
    // "You were approved for up to $1,200 in victim compensation" is a case's news.
    'approved for up to #',
    // The lender's speed promise (FTC and CFPB on payday loans); "approved in minutes" is also how
    // a firm might report a fast decision, so a pitch.
    'get|be|getting approved ~1 in|within ~1 minutes|seconds',
    // The same promise as a noun, and "no credit check" in other words (FTC, "Payday loans"; CFPB:
    // lenders that advertise no credit check). A pitch: a predatory-lending case says the same.
    'approval|approvals|decision|decisions in|within ~1 minutes|seconds',
    'without ~1 a? credit check|checks',
    'without checking|pulling|running ~1 your? credit',
    'pre-settlement funding|loan',
    // The offer addressed as the reader's already ("your pre-approved line of $15,000 is waiting";
    // FTC and CFPB on pre-approved offers); a pitch, and not "your pre-approved loan", which is a
    // home buyer's own at a closing.
    'your pre-approved|prequalified|pre-qualified line|offer|funds|funding|credit|cash',
  ),
  ...offers(
    'high-risk-financial',
    'ftcCrypto',
    // Imperatives as written: "he invests in bitcoin" describes a party (see ../phrases.ts, "make!").
    `buy!|trade!|invest! ~2 ${CRYPTO}`,
    `${CRYPTO} ~1 investment|trading|giveaway|opportunity|signal|signals|mining|airdrop`,
  ),
  ...triggers('high-risk-financial', 'twilio', 'cryptocurrency is a forbidden category', CRYPTO, 'dogecoin', 'nft'),
  ...pitches(
    'high-risk-financial',
    'ftcCrypto',
    'recovery services for lost cryptocurrency are a scam the FTC warns about',
    // Recovery scams (FTC, "Refund and recovery scams"; "What to know about cryptocurrency and
    // scams"): money back from the scam, for a fee first. A fraud case says so beside its case words.
    `recover|retrieve|reclaim ~3 ${CRYPTO}|funds|money|losses|assets ~1 lost`,
    `get back ~3 ${CRYPTO}|funds|money|losses|assets ~1 lost`,
  ),
  ...triggers(
    'high-risk-financial',
    'ftcLoans',
    'short-term and third-party loan offers are a forbidden category',
    'cash advance',
    'personal loan',
    'loan approval',
    'credit line',
    'instant funding',
  ),

  // Third-party lead generation.
  ...offers(
    'lead-generation',
    'twilio',
    'we buy|sell leads',
    'buy|sell|selling|buying ~2 leads',
    'exclusive|fresh|qualified|aged|verified ~2 leads',
    'leads for sale',
    'pay per lead|call',
    'mass tort leads',
    'injury|legal|case|insurance|mortgage|auto|solar|medicare leads',
    'lead list',
    'referral network',
    'participating law firm|firms',
    'participating attorney|attorneys|lawyer|lawyers',
    'data list|lists for sale',
  ),
  ...pitches(
    'lead-generation',
    'twilio',
    'passing people to third-party lawyers or services is lead generation, a forbidden category',
    'connect|connected|match|matched ~2 with|to ~3 attorney|lawyer|firm',
    'you or a loved one',
    'you or a relative|friend',
    'you or a family member',
    // Lead sellers pass callers to firms they "work with" (FTC, "Lead generators" and legal-help ads).
    'work with ~2 top|leading|partner|participating ~1 lawyers|attorneys',
    'work with ~2 top|leading|partner|participating ~1 law firms',
    'you may|could|might be ~1 owed|entitled ~3 compensation|money|cash|settlement|payout',
    'you may|could|might be ~1 owed|entitled ~1 to? up to #',
    // A lawyer or agent the lead seller passes the reader to, and home-seller bait (FTC, "Lead
    // generators"; "cash offer" home buyers).
    'local|partner|participating|affiliated|network attorney|attorneys|lawyer|lawyers ~2 will|can ~1 contact|call|reach',
    'get|receive|request a|your ~2 cash offer',
    'find out what your ~1 home|house|property is worth',
    // The same bait with the cash buyer as subject ("see what cash buyers will pay for your house");
    // not "we'll see what the buyers offer for your house", a sale in a divorce or an estate.
    'see|learn|discover|check what ~2 cash|investor|investors ~3 pay|offer|give for your ~1 home|house|property|land',
    'see|learn what your ~1 home|house|property is worth',
    'you may|could|might qualify ~3 benefit|benefits|allowance|grocery|compensation|rebate|payout|cash',
    'you may|could|might be eligible ~3 benefit|benefits|allowance|grocery|compensation|rebate|payout|cash',
    // The lead generator's screening questions and bait (FTC, "Lead generators" and its warnings on
    // health-plan and Medicare ads that sell callers to agents).
    'free ~1 case|claim ~1 review|evaluation|check',
    // The same offer said the other way round ("our team reviews claims for free").
    'review|reviews|reviewing|evaluate|evaluates|evaluating|check|checks ~2 case|cases|claim|claims for free',
    'find out ~3 if|whether ~2 you ~1 qualify|eligible ~3 compensation|settlement|payout|cash|money|benefits',
    'see|check ~3 if|whether ~2 you ~1 qualify|eligible ~3 compensation|settlement|payout|cash|money|benefits',
    '0|zero|no-cost ~1 premium|premiums|coverage|insurance',
    '0|zero|no-cost ~1 health plan|plans|insurance|coverage',
    // The same bait with the price after the plan ("Plans from $0/mo"), and the screening question.
    'plan|plans|coverage|insurance|premium|premiums ~3 0|zero a|per? mo|month|monthly',
    // Asked of the reader: "your ex is still looking for health insurance" describes a party.
    'you ~1 still looking for ~2 health|life|auto|car|medicare|dental ~1 insurance|coverage|plan|plans',
    'medicare ~2 giveback|give-back|grocery|flex|allowance card|benefit|benefits',
    'medicare giveback|give-back',
    'final expense ~1 insurance|coverage|plan|policy',
    'burial insurance|coverage|plan|policy',
  ),
  ...triggers('lead-generation', 'twilio', 'lead generation is a forbidden category', 'lead generation', 'lead-gen'),
  ...offers(
    'lead-generation',
    'twilio',
    // The mass-tort ad's opening question, asked of strangers: a client's firm names the client's case.
    'did|have|were|has you or a loved one ~2 develop|developed|diagnosed|exposed|suffer|suffered',
  ),
  ...pitches(
    'lead-generation',
    'twilio',
    'home-improvement lead generation is a forbidden category',
    // Solar and home-improvement lead bait (FTC, "Solar energy scams": "free solar panels", offers
    // to homeowners in your area).
    'free solar ~1 installation|panel|panels|system|systems|program',
    'homeowners in your ~1 area|zip|neighborhood|county|city|state',
    // "$0 down" panels (FTC, "Solar energy scams": no money down, slash your bill).
    'solar|panels ~3 # ~1 down',
    'solar|panels ~3 zero|no ~1 money|cost down',
    // Rebates and incentives as the solar bait (FTC, "Solar energy scams": claims of government
    // rebates and programs).
    'solar ~1 rebate|rebates|incentive|incentives|program|grant|grants',
  ),
  ...triggers(
    'lead-generation',
    'twilio',
    'passing contacts to partner companies is lead generation, a forbidden category',
    'free quote',
    'quotes from ~3 companies|insurers|lenders|agents|providers',
    'compare rates|quotes',
    'get matched',
    'our partners',
    'licensed agent',
  ),

  // Debt collection, consolidation, reduction, credit repair.
  // The services named: a pitch, not an offer by itself. A bankruptcy petition lists what the client
  // paid a debt relief company (the Statement of Financial Affairs asks for it), and a creditor's
  // debt settlement offer is a case's; offered to the reader with a call to act, they are errors.
  ...pitches(
    'debt-collection',
    'ftcDebtRelief',
    'debt relief, consolidation and credit repair offers are a forbidden category',
    'debt consolidation|reduction ~1 program|offer|plan|loan|loans|company',
    'debt relief|settlement ~1 program|plan|offer|company',
    'credit repair ~1 service|services|program|offer|company',
    'debt|loan forgiveness program',
  ),
  ...offers(
    'debt-collection',
    'ftcDebtRelief',
    // Not the past: "your plan consolidated your debts" reports a Chapter 13 plan.
    'consolidate|consolidates|consolidating your ~2 debt|bills|credit|loans',
    'fix|repair|boost|raise your ~1 credit|score',
    'erase|eliminate|slash ~1 your ~2 debt|debts',
    'one low monthly? payment',
    'wipe out your ~1 debt',
    'become|be ~1 debt-free',
    'settle your ~2 debt ~1 for less',
    // The tax relief company's promise for the tax itself (FTC, "Tax relief companies").
    'settle|resolve your ~2 taxes|tax ~1 debt? for less',
    'pay less than ~1 you owe',
    'remove negative items',
    'qualify for ~2 debt relief|forgiveness|consolidation',
  ),
  ...pitches(
    'debt-collection',
    'twilio',
    'debt relief and consolidation offers are a forbidden category',
    'debt relief',
    'debt consolidation',
    'credit repair',
    'reduce|cut|lower|consolidate ~3 debt|debts',
    // FTC, "Debt relief and credit repair scams": lower payments, negotiated balances, no more calls.
    'reduce|cut|lower|slash ~2 card|debt|debts payments|balances|bills ~2 by|in half|#',
    'negotiate ~2 balances|balance|debts|debt ~1 down',
    'tired of ~1 collection|collector|collectors|creditor|debt ~1 calls',
    'stop|stops|end|ends ~1 collection|collector|collectors|creditor|debt ~1 calls',
    'forgiveness|cancellation program ~3 ends|expires|closing',
    'drowning|buried|struggling in|with|under? debt',
    'drowning|buried|struggling in|with|under ~3 bills|debts|payments',
    'cut|reduce|lower|slash ~3 what you owe',
    'one easy|simple|single|affordable monthly? payment',
    // Credit repair's promise (FTC, "Credit repair scams"); a dispute about the report is a case.
    'erase|remove|delete|wipe ~4 from your? credit report|history|file',
    // FTC, "How to get out of debt": the ads promise it. A bankruptcy firm says it beside the chapter.
    'get out of debt',
    'less than ~1 you owe',
    // The "new program" pitch (FTC, "Debt relief and credit repair scams"; CFPB on debt settlement):
    // a government or hardship program for card debt, forgiveness of part of it, stop paying the cards.
    'new|federal|government|state ~1 program|relief ~4 debt|debts',
    'new|federal|government|state ~1 program|relief ~4 credit card|cards',
    'hardship ~1 program|relief ~3 debt|debts|balance|balances',
    // The same with the debt first ("debt forgiveness under a new federal program") and an amount
    // promised ("up to $25,000 in debt forgiveness").
    'debt|debts|loan|loans forgiveness|relief|cancellation ~4 new|federal|government|state ~1 program|programs',
    'up to # in|of ~1 debt|loan forgiveness|relief|cancellation',
    'hardship ~1 program|relief ~3 credit card|cards',
    // The reader told they qualify ("you are eligible for a hardship program"; CFPB on debt
    // settlement, FTC "Debt relief and credit repair scams").
    'eligible|qualify|qualified|approved ~3 hardship program|programs',
    'credit card ~1 relief|forgiveness',
    'eliminate|forgive|forgiven ~3 up to # ~2 of ~2 debt|debts|balance|balances',
    'pay off ~3 debt|debts|balance|balances ~3 fraction|pennies',
    'settle ~4 debt|debts|balance|balances|bills ~3 fraction|pennies',
    // The debt settler's promise (FTC, "Debt relief and credit repair scams").
    'for pennies on the dollar',
    'settle|resolve ~2 for a? fraction|pennies',
    // The promise of a payment cut to nothing, and of loans gone (FTC, "Student loan forgiveness
    // scams"); a firm explaining a Chapter 13 plan or what bankruptcy does says it beside the case.
    'cut|lower|reduce|slash your ~1 monthly? payment|payments to #',
    'bring|get|cut|lower|reduce|slash|drop your ~2 balance|balances|debt|debts to #|zero',
    // The debt named as forgiven ("to have your $18,000 in unsecured debt forgiven"); a tax or
    // bankruptcy text says so beside its case words.
    'debt|debts|balance|balances forgiven|erased|wiped|eliminated',
    // The same promised with a modal ("your loans may be forgiven!"; FTC, "Student loan forgiveness
    // scams"); the past ("were forgiven") is a case's news.
    'loan|loans|debt|debts|balance|balances may|could|can|might be forgiven|erased|wiped|eliminated|cancelled|canceled',
    // Whatever debts are named between ("wipe out medical + credit card balances"); a bankruptcy
    // text says it beside the chapter.
    'wipe|wipes|wiping out ~4 debt|debts|balance|balances|bills|loans',
    'wipe out your ~2 loan|loans',
    'erase|eliminate your ~2 loan|loans',
    'stop paying ~2 creditors|cards|banks|lenders',
    // Promises of fast or guaranteed forgiveness are the scam's mark (FTC, "Student loan forgiveness
    // scams"); a firm explaining that no such thing exists says the words too, so a pitch.
    'fast|quick|instant|immediate|guaranteed|expedited ~2 loan? ~1 forgiveness|cancellation',
    'student loan ~2 forgiveness|cancellation|relief|discharge ~3 approved|eligible|qualify|apply|pending|program',
    // "Your loans are eligible for forgiveness" (FTC, "Student loan forgiveness scams").
    'loan|loans|debt|debts ~3 eligible|qualify|qualified|approved ~2 forgiveness|cancellation|discharge',
    'loan|debt forgiveness|cancellation ~4 approved|eligible|qualify|qualified|pending|granted',
  ),
  ...pitches(
    'debt-collection',
    'ftcTaxRelief',
    'tax debt relief offers are debt relief, a forbidden category',
    'tax|irs relief|resolution|debt specialist|specialists|expert|experts|company|companies|program',
    'tax|irs debt relief',
  ),
  ...triggers(
    'debt-collection',
    'twilio',
    'third-party debt collection is a forbidden category',
    'attempt to collect a debt',
    'debt collection',
  ),

  // Get rich quick: work from home, risky investments, pyramid schemes.
  ...offers(
    'get-rich-quick',
    'ftcMoney',
    // Present forms only: "you earned $4,000 a month" is a lost-wage claim.
    'earn from|at home',
    `work from home and ${EARN}`,
    `${EARN} ~1 # ~1 a|per|every? ${PERIOD}`,
    `${EARN} ~1 up to #`,
    `${EARN} an? extra|additional ~1 # ~1 a|per|every? ${PERIOD}`,
    // FTC, "What to know about cryptocurrency and scams": promises to multiply money.
    'turn|grow # into #',
    // Money made while one sleeps (FTC, "Business opportunity scams": "earn money on autopilot").
    `pull!|rake! in # ~1 a|per|every? ${PERIOD}`,
    `${EARN} money|cash|income ~1 fast|online|quickly|easily|daily|weekly`,
    `${EARN} money|cash|income ~1 from ~1 home|phone|couch`,
    'easy|fast|quick ~1 money',
    'risk-free investment',
    'guaranteed ~3 profit|returns|income|gains',
    'double|triple your ~1 money|investment|bitcoin|crypto',
    'passive income',
    'financial freedom',
    'money machine',
    'start earning|making ~1 money|cash? today|tonight|now|immediately',
    'be your own boss',
    'get rich',
    'retire early',
    'investment opportunity',
    'ground floor opportunity',
    // Paid trading "signals" groups (FTC, "What to know about cryptocurrency and scams").
    'vip|trading|forex|crypto signal|signals',
    'gold|stock|stocks|options|futures|commodity ~1 trading? ~1 signal|signals',
    'free ~1 stock|crypto|trading|forex|options picks|tips|signals|alerts',
    'join ~2 team ~1 and earn|make',
    // Business-opportunity pitches (FTC, "Business opportunity scams" and "Money-making
    // opportunities"): thousands to be made, quitting the 9-to-5.
    `${EARN} ~1 thousands|hundreds`,
    'quit ~1 your|my ~1 9-5',
    // The recruiting pitch, as an imperative to the reader (FTC, "Business opportunity scams" and
    // MLM advice); "his own boss" describes a party.
    'be!|become! your own boss',
  ),
  ...pitches(
    'get-rich-quick',
    'ftcMoney',
    'money-making offers are a forbidden category',
    // A secret or proven system to make money. Left out: "six-figure income" and "weekly profits",
    // which firms write about a party's income and business, and which a price beside them would
    // turn into an error.
    'secret|proven|automated ~1 system|method|strategy|formula ~4 make|earn|income|profit|profits',
    // Stores sold as running themselves (the FTC's cases against "automated" e-commerce business
    // opportunities, 2023-2024: "done-for-you Amazon stores").
    'automated|done-for-you|turnkey ~2 online|ecommerce|e-commerce|amazon|shopify? store|stores|shop|shops|business|businesses',
    // Work addressed to the reader as doable from home (FTC, "Job scams"; Twilio: work from home):
    // "a part-time job you can do at home on your phone".
    'job|jobs|gig|gigs|work you can do ~2 from|at|on ~1 home|phone|anywhere',
    // Daily pay quoted as the lure (FTC, "Job scams": "a job that pays $500 a day"); wages stated
    // weekly are a wage claim's.
    // Not "fines of up to $500 a day": the pay is what is promised. Nor "daily earnings of $212",
    // which sets a workers' compensation rate.
    'pays|pay|paid|paying ~2 up to # ~1 a|per|each day',
    'daily|same-day pay|payout|payouts of? #',
    // A testimonial of money multiplied or made without work (FTC, "Business opportunity scams"
    // and "What to know about cryptocurrency and scams"); a securities or fraud case describes the
    // same, so a pitch.
    'turned|turning|grew|growing # into #',
    'income|money|cash|profit|profits|# ~3 on autopilot',
    'i made|earned|gained|profited # ~2 week|day|month|days|weeks|months',
    // The same testimonial from nothing or with the account as subject ("I went from broke to
    // $28,000 a month", "my gold futures account made 30% this month").
    'i went|got from ~2 to # ~2 week|day|month|year',
    'my ~3 account|portfolio|investment|investments|trades made|earned|gained|returned|grew # ~2 week|day|month|days|weeks|months',
    'members|students|traders|subscribers made|earned|gained|profited # ~2 week|day|month|days|weeks|months',
  ),
  ...triggers(
    'get-rich-quick',
    'ftcMoney',
    'work-from-home and scheme wording is a forbidden category',
    'work from home',
    'pyramid scheme',
    'mlm',
    'forex',
    'passive income',
    // The multi-level marketer's word for the same (FTC, "Multi-level marketing businesses and
    // pyramid schemes").
    'residual income',
    'side hustle',
    'make money',
    'extra income',
    'financial freedom',
  ),

  ...pitches(
    'get-rich-quick',
    'ftcMoney',
    'money-making offers are a forbidden category',
    `${EARNING} ~1 # ~1 a|per|every? ${PERIOD}`,
    `${EARNING} ~1 up to #`,
    `${EARNING} an? extra|additional ~1 # ~1 a|per|every? ${PERIOD}`,
    `${EARNING} money|cash|income ~1 fast|online|quickly|easily|daily|weekly`,
    `${EARNING} money|cash|income ~1 from ~1 home|phone|couch`,
  ),

  // Illegal substances (cannabis and CBD included, whatever state law says).
  ...offers(
    'illegal-substances',
    'twilio',
    `buy!|order!|shop! ~2 ${CANNABIS}`,
    `${CANNABIS} ~1 delivery|delivered|sale|deal|special|menu|drop`,
    `${CANNABIS} for sale`,
    'cbd|thc oil|product|vape|pen|cart|cartridge|gummy|gummies|tincture|flower',
    `${CANNABIS} ~3 # off`,
    'dispensary ~1 deal|special|sale|menu|discount',
    // "420" is the cannabis trade's own name for itself.
    '420 ~1 deal|special|sale|menu|delivery|drop|friendly',
  ),
  ...pitches(
    'illegal-substances',
    'twilio',
    'selling drugs by weight is a forbidden category',
    // A price per weight, the street trade's menu ("ounces from $120", "zips for $150"); a charge
    // names the weight without a price.
    'ounce|ounces|oz|zip|zips|eighth|eighths|gram|grams|qp|qps from|for #',
  ),
  ...triggers(
    'illegal-substances',
    'twilio',
    'cannabis and CBD are a forbidden category even where legal',
    'cannabis',
    'marijuana',
    'cbd',
    'thc',
    'dispensary',
    'edible',
    'delta-8',
    'kratom',
    'weed',
    'kush',
    'pre-roll',
    'magic mushroom',
  ),
  ...triggers(
    'illegal-substances',
    'twilio',
    'illegal drugs are a forbidden category',
    'cocaine',
    'heroin',
    'mdma',
    'psilocybin',
    // Street names of the same drugs: psilocybin mushrooms, counterfeit pressed pills.
    'shroom',
    'pressed pill|bar',
    'meth',
    'fentanyl',
  ),

  // Prescription drugs offered without a prescription.
  ...offers(
    'prescription-drugs',
    'fdaRx',
    `order!|buy!|cheap|generic|discount ~1 ${RX_DRUGS}`,
    `${RX_DRUGS} ~1 online|delivered|shipped`,
    `${RX_DRUGS} for sale`,
    'no prescription|rx ~1 needed|required|necessary',
    'canadian|mexican|discount pharmacy',
    'save # ~2 on ~2 meds|medication|medications|prescriptions|pills',
    'online pharmacy',
    'cheap|discount ~1 meds|pills|medication',
    'pills online',
  ),
  // "Without a prescription" is what a seller promises and also the element of the client's drug
  // charge ("the pills in your car were oxycodone without a prescription"): an offer only when the
  // message pitches something and no case is in sight.
  ...pitches(
    'prescription-drugs',
    'fdaRx',
    'prescription drugs sold without a prescription are a forbidden category',
    `${RX_DRUGS} ~1 without`,
    'without a? prescription',
    // The same with the prescription qualified ("without a new prescription", "without a doctor's
    // prescription"; FDA BeSafeRx: sellers that do not require a valid prescription).
    "without a|any ~1 new|valid|doctor's|doctor prescription|rx",
  ),
  ...triggers('prescription-drugs', 'fdaRx', 'prescription drug offers are a forbidden category', RX_DRUGS),
  ...triggers(
    'prescription-drugs',
    'fdaRx',
    'drug offers by text are a forbidden category',
    'pills',
    'pharmacy',
    'meds',
  ),

  // Gambling, including sweepstakes and prize draws.
  ...offers(
    'gambling',
    'twilio',
    'place! your|a ~1 bet',
    'bet now',
    'casino ~1 bonus',
    'free spin',
    'free bet',
    'deposit ~1 bonus|match',
    // The match promised for a deposit ("deposit $100 and we match it"; a casino's welcome offer).
    // Not "the deposit of $4,200 matched his paycheck", a finding in a case.
    "deposit ~1 # and we|we'll ~1 match|double|triple",
    'play! ~1 slots',
    'sign-up|signup|welcome bonus',
    'risk-free|free|first|bonus ~2 bet',
    "bet on ~2 tonight|tonight's|game|games|team|match",
  ),
  ...pitches(
    'gambling',
    'ftcPrize',
    'prize and sweepstakes announcements are a forbidden category and a classic scam',
    // "You have won" also matches "you've won" and "youve won" (see ../phrases.ts).
    'you have? just? won ~3 #|cash|prize|gift|reward|car|iphone|vacation|trip|sweepstakes|lottery|jackpot',
    // The draw itself won ("you won this week's spin", "u won the raffle"; FTC, "Prize scams").
    'you have? just? won ~3 spin|draw|drawing|raffle|giveaway|contest|sweepstake',
    "you're|youre ~2 winner",
    'you are ~2 winner',
    'win+|awarded ~2 #|cash|prize|gift|reward|car|iphone|ipad|camera|laptop|tv|vacation|holiday|trip|cruise|voucher',
    '# ~1 award|prize|reward|bonus|giveaway',
    'claim your ~2 prize|reward|cash|gift|bonus|winnings',
    // Not "receive your cash settlement": the other verbs only with a prize word.
    'receive|collect|redeem your ~2 prize|reward|winnings',
    'pick|choose|select|get your ~1 free gift|prize|reward',
    // The prize that costs its shipping (FTC, "Prize scams": you never pay to get a prize).
    'just|only pay # ~1 for? shipping|handling|postage',
    'selected|chosen|drawn ~2 as ~2 winner',
    'cash|grand|bonus|mystery prize',
    'unclaimed ~1 reward|prize|gift|winnings',
    '# ~2 gift card',
    'giving away ~3 #|iphone|iphones|cash|prize|gift|car|trip|tickets',
    'prize draw|drawing',
    'guaranteed ~1 prize|award|cash|winner',
    'chance to win',
    'enter ~2 sweepstakes|giveaway|drawing|draw|raffle|contest',
    'entry|entries ~3 sweepstakes|giveaway|drawing|draw|raffle|contest',
    // Any verb of choosing, and a free item as the prize ("chosen to receive a free iPhone").
    'selected|chosen|picked ~2 to receive|win ~2 #|cash|prize|gift|reward|card|free|iphone|ipad|car',
    // The winner addressed or the reader's number as the winner (FTC, "Prize scams"; "Foreign
    // lottery scams": "your mobile number won").
    'lucky winner|winners',
    'your ~2 number|email|ticket|entry has? won',
    'selected|chosen ~2 for a? free ~2 cruise|trip|vacation|gift|prize|iphone|car|reward|tickets|card',
    'winning number|ticket',
    'publishers clearing house',
    'powerball|mega millions|lottery ~3 winner|won|prize|claim',
  ),
  ...triggers(
    'gambling',
    'twilio',
    'gambling is a forbidden category',
    'casino',
    'sports betting',
    'sportsbook',
    'jackpot',
    'sweepstakes',
    'betting',
    'slot machine',
    'roulette',
    'blackjack',
    'slots',
    'poker',
    'wager',
    'parlay',
    'odds boost',
    'spins',
  ),
  ...triggers('gambling', 'ftcPrize', 'prize announcements read as sweepstakes spam', 'winner', 'prize'),

  // Sex.
  ...offers(
    'sex',
    'ctia',
    'hot|local|lonely ~1 singles',
    'lonely|horny|bored|sexy|hot ~1 women|girls|milfs|wives|housewives|singles|moms|mums|babes',
    // Not "women" or "girls": "two women's shelters near you" is a family-law referral.
    'singles|moms|milfs|babes ~1 near you|nearby',
    'xxx ~1 pic|picture|photo|video|movie|chat|content',
    'sexy|nude|naked ~1 pic|picture|photo|chat|girl|video|selfie|set|bundle|gallery|clip',
    'explicit ~1 content|photos|videos|chat',
    'live|adult|phone|sex chat',
    'see my ~1 private|spicy|hot|sexy|naughty pics|photos|videos|pictures',
    // A seller's own shows; not "the live video shows the officer".
    'cam|webcam show|shows',
    'do|doing|offer|offering|host|hosting private|live ~1 video|cam|webcam show|shows',
    'lap dance',
    'hook up ~1 tonight',
    'hookup ~1 tonight',
    'meet ~2 singles',
    'dating service',
    'escort service',
    'cam girl',
    'discreet|casual ~1 hookup|hook-up|encounter|affair|fun',
    'local women|girls|milfs|wives|housewives',
    'no strings attached',
    'hardcore ~1 porn|pic|photo|video|content',
    // CTIA's sexual content: paid private pictures.
    'private|exclusive ~1 pics|videos|content|show ~3 subscribe|unlock|tip',
    'nsfw',
  ),
  ...pitches(
    'sex',
    'ctia',
    'adult content is a forbidden category',
    // Invitations to "fun" with a stranger; people also text each other so, hence a pitch.
    'naughty|spicy|flirty|kinky ~1 chat|girls|pics|photos|videos|content',
    "i'm|im ~2 lonely|horny ~4 chat|fun|company",
    'i am ~2 lonely|horny ~4 chat|fun|company',
    'looking for ~2 fun|company ~2 discreet|nsfw',
    // The subscription pitch of paid adult pages (CTIA: sexual content), in any words.
    'see|watch me ~2 without ~1 clothes|clothing',
    'nude|naked|sexy ~1 content|album|clip',
    'subscribe ~2 my ~1 private|exclusive|secret|vip page|content|channel',
  ),
  ...triggers(
    'sex',
    'ctia',
    'adult content is a forbidden category',
    'escort',
    'porn|porno|pornography',
    'onlyfans',
    'horny',
    'nudes',
    'sexting',
    'webcam',
    'hookup',
    'adult videos',
    'adult content',
    'live cam',
  ),

  // Hate.
  ...offers('hate', 'ctia', 'white power', 'sieg heil', 'heil hitler'),
  ...triggers(
    'hate',
    'ctia',
    'hate content is a forbidden category',
    'race war',
    'ethnic cleansing',
    'neo-nazi',
    'kkk',
  ),

  // Alcohol.
  ...offers(
    'alcohol',
    'ctia',
    'happy hour ~1 special|deal|price',
    'drink ~1 special|deal',
    'bottomless ~1 mimosa|drink',
    'half-price ~1 drink|drinks',
    'cheap ~1 drink|shot',
    'free ~1 drink|beer|cocktail',
    'beer|wine|liquor|booze|tequila|vodka|whiskey ~1 special|sale|deal|delivery|delivered|club',
    'beer|wine|liquor|booze|tequila|vodka|whiskey ~4 # off',
  ),
  ...triggers(
    'alcohol',
    'ctia',
    'alcohol promotions are restricted',
    'happy hour',
    'open bar',
    'liquor',
    'booze',
    'vodka',
    'tequila',
    'whiskey',
    'cocktails',
    'brewery',
    'strip club',
  ),

  // Firearms.
  ...offers(
    'firearms',
    'ctia',
    'buy!|cheap|order! ~2 gun|firearm|ammo|ammunition|rifle|pistol|handgun|ar-15',
    'gun|firearm|ammo|ammunition|rifle|pistol|handgun ~1 sale|deal|special|discount',
    'gun|firearm|ammo|ammunition|rifle|pistol|handgun for sale',
    'ghost gun',
  ),
  ...triggers(
    'firearms',
    'ctia',
    'firearm promotions are restricted',
    'ammo',
    'ar-15',
    'handguns',
    'rifles',
    'shotguns',
    'suppressors',
    'ammunition',
  ),

  // Tobacco and vaping.
  ...offers(
    'tobacco',
    'ctia',
    'cheap|discount+|buy!|order! ~1 cigarette|cigar|vape|e-cig|e-liquid|juul|nicotine',
    'cigarette|cigar|vape|e-cig|e-liquid|juul|nicotine ~1 deal|sale|special|delivery',
    'cigarette|cigar|vape|e-cig|e-liquid|juul|nicotine for sale',
    'disposable vape',
    'juul pod',
    'nicotine pouch',
    'cheap|discount+|buy!|order! ~1 marlboro',
  ),
  ...pitches(
    'tobacco',
    'ctia',
    'tobacco promotions are restricted',
    // Untaxed cigarettes by mail (CTIA tobacco; the ATF and the PACT Act on untaxed cigarettes sold
    // remotely): "tax free" cartons. A pitch: a smuggling charge describes the same.
    'cigarette|cigarettes|carton|cartons|marlboro|smokes ~1 tax|duty free',
    'cigarette|cigarettes|carton|cartons|marlboro|smokes ~1 tax-free|duty-free',
  ),
  ...triggers(
    'tobacco',
    'ctia',
    'tobacco and vaping promotions are restricted',
    'vape|vaping',
    'vape shop',
    'e-cig',
    'juul',
    'hookah',
    // The singular takes the plural too ("cigarette cartons", "cigarettes").
    'cigarette',
    'cigar',
    'nicotine',
    'e-liquid',
  ),

  // Spanish: the same categories, from the FTC's Spanish consumer advice (consumidor.ftc.gov).
  ...offers(
    'high-risk-financial',
    'ftcSpanish',
    'préstamo|prestamo ~1 rápido|rapido|inmediato|fácil|facil',
    'sin revisión|revision de crédito|credito',
    'aprobación|aprobacion garantizada',
    'dinero rápido|rapido|fácil|facil',
  ),
  ...offers('debt-collection', 'ftcSpanish', 'elimine|reduzca|consolide|liquide ~2 sus? deuda', 'salga de sus? deudas'),
  ...pitches(
    'debt-collection',
    'ftcSpanish',
    'debt relief offers are a forbidden category',
    'alivio de deudas',
    'reparación|reparacion de crédito|credito',
  ),
  ...offers(
    'get-rich-quick',
    'ftcSpanish',
    'gane|ganar ~1 dinero ~2 desde casa',
    'gane|ganar ~2 hasta #',
    'gane|ganar # ~1 al|por día|dia|semana|mes',
    'trabaje|trabajar desde casa',
    'ingresos extra|pasivos',
  ),
  ...offers('illegal-substances', 'ftcSpanish', 'compre|comprar ~2 marihuana|cbd|thc|hierba'),
  ...triggers(
    'illegal-substances',
    'twilio',
    'cannabis and CBD are a forbidden category even where legal',
    'marihuana',
  ),
  ...offers('prescription-drugs', 'fdaRx', 'sin receta ~1 médica|medica', 'farmacia en línea|linea'),
  ...pitches(
    'gambling',
    'ftcSpanish',
    'prize announcements are a forbidden category and a classic scam',
    'ha|usted ganado ~2 #|premio|dinero|auto|carro|viaje|sorteo',
    // The same in the preterite, as the English "you won" ("usted ganó un iPhone en nuestro sorteo").
    'usted|tú ganó|ganaste ~3 #|premio|dinero|auto|carro|viaje|sorteo|rifa|iphone|celular|tarjeta|vacaciones',
    'reclame|cobre ~1 su premio',
    'giros gratis',
    'apuesta gratis',
  ),
  // More Spanish counterparts of the English entries above (FTC's Spanish alerts, consumidor.ftc.gov:
  // "Préstamos de día de pago", "Reparación de crédito", "Cómo salir de deudas", "Estafas de
  // oportunidades de negocio", "Lo que hay que saber sobre las criptomonedas y las estafas",
  // "Estafas de lotería extranjera"; Twilio's categories for lead generation and adult content).
  ...offers(
    'high-risk-financial',
    'ftcSpanish',
    // The lender's promise with the loan, as in the English entries; the loan named alone is a pitch.
    'préstamo|prestamo|préstamos|prestamos de|del ~1 día|dia de pago ~2 aprobado|aprobada|hoy|ya|inmediato|disponible',
    'préstamo|prestamo ~3 sin papeles|buró|buro|verificación|verificacion',
  ),
  ...pitches(
    'high-risk-financial',
    'ftcSpanish',
    'payday and third-party loans are a forbidden category',
    'préstamo|prestamo|préstamos|prestamos de|del ~1 día|dia de pago',
  ),
  ...offers(
    'debt-collection',
    'ftcSpanish',
    'subimos|mejoramos|aumentamos|reparamos|arreglamos ~2 su|tu ~1 puntaje|crédito|credito',
    'borramos|eliminamos|quitamos ~3 cuentas|deudas|cobranza|cobranzas|colecciones',
    'elimine|reduzca|liquide|borre ~3 # ~4 deuda|deudas|debe',
  ),
  ...pitches(
    'debt-collection',
    'ftcSpanish',
    'debt relief offers are a forbidden category',
    'perdón|perdon|condonación|condonacion de ~1 su? deuda|deudas',
    'deuda|deudas ~4 califica|califican ~2 para ~1 perdón|perdon|condonación|condonacion|alivio',
    'sin declararse? ~1 en? bancarrota|quiebra',
  ),
  ...offers(
    'get-rich-quick',
    'ftcSpanish',
    'gane|ganar|ganas|gano|ganamos # ~2 al|por|a|la ~1 día|dia|semana|mes',
    'gane|ganar|gana|ganas|genere|generar ~4 desde su|tu ~1 casa|celular|teléfono|telefono',
    'invierta|invertir|inviertes|invierte # ~3 cripto|criptomonedas|criptomoneda|bitcoin|trading',
    // "Guaranteed" or "assured" profit, singular or plural (FTC, "What to know about cryptocurrency and
    // scams": only scammers guarantee returns).
    'ganancia|rendimiento|retorno|utilidad|utilidades garantizada|garantizadas|garantizado|garantizados|asegurada|aseguradas|asegurado|asegurados',
    'duplica|duplique|duplicar|triplica|triplique|multiplica|multiplique ~2 tu|su ~1 dinero|inversión|inversion|lana',
    // Not "gana": "usted gana $120 diario" states a worker's pay in a wage claim.
    'ganamos|ganas # ~1 diario|diaria|semanal',
    'señales|senales ~2 cripto|trading|forex',
  ),
  ...pitches(
    'get-rich-quick',
    'ftcSpanish',
    'risky-investment offers are a forbidden category',
    'cero|sin riesgo|riesgos',
  ),
  ...offers(
    'gambling',
    'ftcSpanish',
    'compre|compra|comprar ~3 boleto|boletos|billete|billetes ~4 lotería|loteria|sorteo|premio',
  ),
  ...pitches(
    'gambling',
    'ftcSpanish',
    'prize and lottery announcements are a forbidden category and a classic scam',
    // The counterpart of "chance to win" and "enter the drawing".
    'participe|participa|participar|concurse|concursa ~1 por|en ~1 un|una|el|la? tarjeta|premio|sorteo|rifa|viaje',
  ),
  ...pitches(
    'lead-generation',
    'twilio',
    'passing people to third-party lawyers or agents is lead generation, a forbidden category',
    'un|una abogado|abogada|agente|asesor|asesora ~1 lo|la|le|te llamará|llamara|contactará|contactara',
    'para que un|una abogado|abogada|agente|asesor|asesora ~1 lo|la|le|te ~1 llame|contacte',
    'podría|podria|puede|pueda recibir hasta #',
    // The "$0 a month" plan of the English entries; a premium stated as an amount is a case's fact.
    'seguro|plan|planes|cobertura|prima|primas ~3 0|cero ~2 mes|mensual|mensuales',
  ),
  ...pitches(
    'high-risk-financial',
    'ftcSpanish',
    'payday and third-party loans are a forbidden category',
    // The English entries' "without checking your credit" and "approval in minutes".
    'sin revisar|checar|chequear|verificar|consultar ~1 su|tu? crédito|credito|buró|buro',
    'aprobación|aprobacion|aprobado|aprobada en|dentro ~1 de? ~1 minutos|segundos',
  ),
  ...pitches(
    'sex',
    'ctia',
    'adult content is a forbidden category',
    'chicas|solteras|solteros|mujeres ~1 cerca de ti',
    'solo|sólo para adultos',
    'contenido para adultos',
    'sin censura',
    'video|videos|foto|fotos ~1 calientes|desnuda|desnudas|desnudo|desnudos|xxx',
  ),
  // Further Spanish counterparts of the English entries, each named after it, from the FTC's Spanish
  // alerts (consumidor.ftc.gov: "Estafas de oportunidades de negocio", "Cómo salir de deudas",
  // "Reparación de crédito", "Préstamos de día de pago", "Estafas de premios y sorteos", "Lo que hay
  // que saber sobre las criptomonedas y las estafas") and FDA BeSafeRx in Spanish.
  ...offers(
    'get-rich-quick',
    'ftcSpanish',
    // "be your own boss" (usted, tú and vos alike).
    'ser|sea|sé|seas su|tu ~1 propio|propia jefe|jefa',
    // "financial freedom".
    'libertad financiera',
    'libres|libre financieramente',
    // "make money with crypto".
    'ganar|gane|gana|ganas dinero|lana ~1 con ~1 cripto|criptomonedas|bitcoin|trading|forex',
  ),
  ...pitches(
    'get-rich-quick',
    'ftcSpanish',
    'risky-investment offers are a forbidden category',
    // "I made 18% this week": a pitch, as in English (a client's pay is stated the same way).
    'gano|gané|gane # ~2 diario|diaria|semanal|mensual|día|dia|semana|mes',
  ),
  ...triggers(
    'illegal-substances',
    'twilio',
    'selling drugs is a forbidden category',
    // "magic mushroom": a topic word, which a criminal case names too.
    'hongos|hongo mágicos|magicos|mágico|magico',
  ),
  ...offers(
    'prescription-drugs',
    'fdaRx',
    // "canadian|mexican pharmacy", "no prescription needed".
    'farmacia canadiense|mexicana',
    'sin receta ~1 necesaria|requerida',
    'semaglutida|ozempic|wegovy|tirzepatida|mounjaro|viagra|cialis ~4 sin receta',
  ),
  ...pitches(
    'debt-collection',
    'ftcSpanish',
    'debt relief offers are a forbidden category',
    // "stop paying your creditors".
    'deje|deja|dejar de pagar|pagarle|pagarles ~3 acreedores|tarjetas',
    // "clean up your credit score", beside the repair verbs above (and the code-switched "credit").
    'limpia|limpiamos|limpiar|limpie ~2 su|tu ~1 crédito|credito|credit|historial|puntaje|buró|buro',
  ),
  ...pitches(
    'high-risk-financial',
    'ftcSpanish',
    'payday and third-party loans are a forbidden category',
    // "bad credit ok": credit offered whatever the reader's record.
    'aunque|incluso con? ~1 tengas|tenga|tiene|tienes? ~1 mal crédito|credito',
    // "same-day funding" and "you're pre-approved".
    'depósito|deposito|dinero|fondos el mismo día|dia',
    'crédito|credito|préstamo|prestamo|línea|linea preaprobado|preaprobada|pre-aprobado|pre-aprobada',
    // "without checking your credit" with the credit history named.
    'sin revisar|checar|chequear|verificar|consultar ~1 su|tu? historial crediticio',
    'sin revisar|checar|chequear|verificar|consultar ~1 su|tu? historial de crédito|credito',
  ),
  ...offers(
    'high-risk-financial',
    'ftcSpanish',
    // "instant approval".
    'aprobación|aprobacion|aprobado|aprobados|aprobada|aprobadas al instante',
    'aprobación|aprobacion inmediata|instantánea|instantanea',
  ),
  ...triggers(
    'high-risk-financial',
    'ftcSpanish',
    'short-term and third-party loan offers are a forbidden category',
    // "cash advance".
    'adelanto|adelantos|avance|avances de efectivo',
  ),
  ...pitches(
    'gambling',
    'ftcSpanish',
    'prize and lottery announcements are a forbidden category and a classic scam',
    // "selected|chosen|drawn as winner", "your number was drawn".
    'número|numero|boleto|billete|celular ~3 fue|entró|entro|resultó|resulto ~1 elegido|elegida|seleccionado|seleccionada|ganador|ganadora|en ~3 sorteo|lotería|loteria|rifa',
    // The reader's number as the winner, with no draw named ("su número salió ganador de una
    // camioneta"): "salir ganador" is the everyday Spanish for it, the English "your number has won".
    'su|tu ~1 número|numero|boleto|billete|celular|teléfono|telefono ~2 salió|salio|resultó|resulto|fue ganador|ganadora|premiado|premiada',
    'elegido|elegida|seleccionado|seleccionada ~1 como ~1 ganador|ganadora',
    // "just pay shipping" for the prize (you never pay to get a prize).
    'cubra|pague|paga|cubre|pagar|cubrir ~2 envío|envio ~3 impuestos|impuesto',
  ),
  ...pitches(
    'lead-generation',
    'twilio',
    'passing people to third-party lawyers or agents is lead generation, a forbidden category',
    // Compensation promised "without paying a lawyer", the lead seller's pitch to accident victims.
    'sin pagar|contratar ~1 un? abogado|abogados',
  ),
  // The eighth round of shapes, each from a public advisory and said in both languages where the
  // scam is. Multi-level marketing that pays for recruits and promises unlimited income (FTC,
  // "Multi-level marketing businesses and pyramid schemes": pay for recruiting rather than sales is
  // the pyramid's mark; "Business opportunity scams": unlimited earnings).
  ...pitches(
    'get-rich-quick',
    'ftcMoney',
    'pay for recruiting people is the mark of a pyramid scheme, a forbidden category',
    'earn|make|paid|get ~3 for|per every|each person|member|friend|recruit|referral you|who ~1 recruit|sign|invite|bring|enroll|refer',
    'unlimited ~1 income|earnings|earning|commissions|profits|profit',
  ),
  // Crypto presales sold as a sure thing (FTC, "What to know about cryptocurrency and scams": new
  // coins and tokens promised to multiply before "launch"); a securities case names them too.
  ...pitches(
    'high-risk-financial',
    'ftcCrypto',
    'crypto offers are a forbidden category',
    'presale|pre-sale ~3 token|tokens|coin|coins',
    'preventa|pre-venta ~3 token|tokens|moneda|monedas|cripto|criptomoneda',
  ),
  ...pitches(
    'get-rich-quick',
    'ftcSpanish',
    'pay for recruiting people is the mark of a pyramid scheme, a forbidden category',
    'gane|ganas|gana|ganar|cobre|cobra|cobras|reciba ~3 por cada persona|amigo|amiga|miembro|socio|socia|referido|referida|afiliado|afiliada|recluta',
    'ingresos|ganancias|comisiones ilimitados|ilimitadas',
  ),
  // Debt relief sold as a government program that halves the payment (FTC, "Debt relief and credit
  // repair scams" and its Spanish page "Alivio de deudas": no federal program settles card debt).
  ...pitches(
    'debt-collection',
    'ftcSpanish',
    'debt relief offers are a forbidden category',
    'programa|plan ~1 federal|gubernamental|estatal ~2 consolidación|consolidacion|alivio|perdón|perdon|deudas|deuda',
    'baja|bajamos|bajar|reduce|reducimos|reducir|rebaja|rebajamos ~3 mensualidad|mensualidades|pago|pagos|cuota|cuotas|deuda|deudas ~2 a|hasta la mitad',
  ),
  // Prescription drugs without a prescription or a doctor (FDA BeSafeRx and its Spanish page: a site
  // that sells without a valid prescription, or without seeing a doctor, is unsafe). "Sin receta"
  // is also the element of a client's charge, so it is a pitch, as "without a prescription" is.
  ...pitches(
    'prescription-drugs',
    'fdaRx',
    'prescription drugs sold without a prescription are a forbidden category',
    'sin receta',
    'no|without a? doctor|physician ~1 visit|consultation|consult|appointment|exam ~1 needed|required|necessary',
    // The same promise made without the doctor's name, and the prescription itself sold as the
    // service ("our doctors get you prescribed Xanax today", "get Adderall prescribed online";
    // FDA BeSafeRx and the DEA on telehealth prescribing of controlled substances).
    'no|without a|an? visit|appointment|exam|consultation|video call ~1 needed|required|necessary',
    `get|gets you? prescribed ~1 ${RX_DRUGS}`,
    `get|gets ~1 ${RX_DRUGS} prescribed`,
  ),
  // Illegal numbers games sold by chat: send your play, odds paid "70 to 1" (CTIA and Twilio:
  // gambling is a forbidden category; the FTC's Spanish "Loterías extranjeras" on playing by phone).
  ...pitches(
    'gambling',
    'twilio',
    'gambling is a forbidden category',
    'mande|manda|mandá|envíe|envie|envía|envia|enviá|haga|haz|juegue|juega ~1 su|tu ~1 jugada|jugadas|apuesta|apuestas',
    'juega|juegue|jueguen|jugá|apuesta|apueste|apuesten ~3 lotería|loteria|loto|quiniela|bolita|números|numeros|terminación',
    'pagamos|paga|pagan # a|por 1',
    'pays|pay|paying # to 1',
  ),
  // Hemp-derived THC products (THCA "flower", THC-P) named with what they are sold as; a charge
  // names them too, so a pitch, where "CBD flower" is an offer.
  ...pitches(
    'illegal-substances',
    'twilio',
    'hemp-derived THC is cannabis, a forbidden category even where legal',
    'thca|thcp|thc-a|thc-p|delta-10 flower|flowers|buds|gummies|gummy|vape|vapes|carts|cart|pre-rolls|pre-roll|edibles|edible',
  ),
  // Adult content behind an age gate and "lonely tonight" invitations (CTIA, "Messaging Principles
  // and Best Practices": sexual content needs age-gating and is not sent to strangers), and private
  // video calls sold in Spanish (the English "private video show").
  ...pitches(
    'sex',
    'ctia',
    'adult content is a forbidden category',
    // "you're" also matches "you are" (see ../phrases.ts); not "confirm", which a firm asks of a
    // client signing for themselves.
    "prove|verify you're 18|21 ~2 unlock|see|view|access|watch|open",
    "prove|verify you're over|an 18|21|adult ~2 unlock|see|view|access|watch|open",
    'lonely|horny|bored ~1 tonight',
    'videollamada|videollamadas|llamada|llamadas|show|shows|chat|chats|fotos|videos ~2 para adultos',
    // The age gate in Spanish.
    'demuestra|demuestre|verifica|verifique ~2 mayor de edad ~3 ver|desbloquear|desbloquea|desbloquee|acceder|acceda|accede',
  ),
  ...offers(
    'sex',
    'ctia',
    'hago|ofrezco|doy|vendo videollamadas|shows|videos ~1 privadas|privados|íntimas|intimas|íntimos|intimos|calientes',
  ),
  // Untaxed cigarettes at half price (CTIA tobacco; the PACT Act on untaxed cigarettes sold
  // remotely), the Spanish counterparts of the English "tax free" and "cheap cigarettes".
  ...pitches(
    'tobacco',
    'ctia',
    'tobacco promotions are restricted',
    'cigarro|cigarros|cigarrillo|cigarrillos|cartón|carton|cartones|cajetilla|cajetillas|tabaco|marlboro ~1 libre|libres|exento|exentos de impuestos',
    'cigarro|cigarros|cigarrillo|cigarrillos|cartón|carton|cartones|cajetilla|cajetillas|tabaco|marlboro sin impuestos',
  ),
  ...offers(
    'tobacco',
    'ctia',
    'cigarro|cigarros|cigarrillo|cigarrillos|cajetilla|cajetillas|vape|vapes|vapeador|vapeadores ~4 mitad de precio',
    'cigarro|cigarros|cigarrillo|cigarrillos|cajetilla|cajetillas|vape|vapes|vapeador|vapeadores ~1 baratos|baratas',
  ),
  // Final-expense insurance bait in Spanish, the counterpart of "final expense insurance" (FTC,
  // "Lead generators"; its Spanish page on ads that sell callers to insurance agents).
  ...pitches(
    'lead-generation',
    'twilio',
    'insurance lead bait is third-party lead generation, a forbidden category',
    'seguro|seguros|plan|planes|póliza|poliza|pólizas|polizas|cobertura de gastos finales|funerarios',
  ),
  // The ninth round of shapes, each from a public advisory and said in both languages where the
  // scam is. Trading and arbitrage "bots" that pay members a share a day (CFTC Customer Advisory,
  // "AI won't turn trading bots into money machines", 2024; FTC, "What to know about cryptocurrency
  // and scams"), and cloud or liquidity "mining" that pays without work (FBI IC3 PSA on liquidity
  // mining scams, 2022). A securities case names them beside its case words, so pitches.
  ...pitches(
    'high-risk-financial',
    'ftcCrypto',
    'crypto trading and mining offers are a forbidden category',
    'ai|arbitrage|trading|crypto|forex|quant ~1 bot|bots|robot|robots',
    'bot|bots|robot|robots de ~1 trading|arbitraje|inversión|inversion|cripto|criptomonedas',
    'cloud|liquidity mining',
    'mining pool|pools',
    'minería|mineria ~1 en la nube',
    'minería|mineria de liquidez',
  ),
  ...pitches(
    'get-rich-quick',
    'ftcMoney',
    'money-making offers are a forbidden category',
    // The returns a scheme says it made for its members ("the bot made members 3% a day").
    `made|earned|paid|pays|makes|earns|returned|returns ~1 members|users|investors|clients|subscribers|students|traders # ~1 a|per|every? ${PERIOD}`,
    // The Spanish testimonial with "sacar", the everyday verb for making money ("saco como $800 a la
    // semana"), as "gano" above.
    'saco|saca|sacas|saqué|saque|sacamos ~2 # ~2 diario|diaria|semanal|mensual|día|dia|semana|mes',
  ),
  // Debt forgiveness promised with a verb, and the stop-paying advice with the banks named (FTC,
  // "Alivio de deudas": no one can have your card debts forgiven for a fee; stop paying is their advice).
  ...pitches(
    'debt-collection',
    'ftcSpanish',
    'debt relief offers are a forbidden category',
    'perdonen|perdonan|perdonar|perdonamos|condonen|condonan|condonar|condonamos|borren|borrar ~3 deuda|deudas',
    'deje|deja|dejar de pagar|pagarle|pagarles ~3 banco|bancos|prestamistas',
  ),
  // Sports betting sold in Spanish, the English "free bet", "first bet" and "sportsbook" (CTIA and
  // Twilio: gambling is a forbidden category).
  ...offers(
    'gambling',
    'twilio',
    'primera apuesta',
    'te|le regalamos|damos|regalaremos|daremos ~3 # ~3 apuesta|apuestas|apostar|jugar',
    'bono|bonos ~2 de? bienvenida|depósito|deposito',
  ),
  ...triggers(
    'gambling',
    'twilio',
    'gambling is a forbidden category',
    // The odds as a bookmaker sells them (Mexico's word). Not "apuestas deportivas" itself: a
    // divorce names the spouse's sports bets on the joint account.
    'momios',
  ),
  // Solar panels offered free or at no cost in Spanish, the English "free solar panels" (FTC,
  // "Estafas de energía solar"), and insurance quotes as lead bait (FTC, "Generadores de
  // prospectos"), the English "free quote".
  ...pitches(
    'lead-generation',
    'twilio',
    'home-improvement lead generation is a forbidden category',
    'paneles|placas|sistema|sistemas|energía|energia solar|solares ~3 gratis|gratuitos|gratuitas|gratuito|gratuita|cero|programa|incentivo|incentivos|subsidio',
    'paneles|placas|sistema|sistemas|energía|energia solar|solares ~3 sin costo|cargo|enganche',
  ),
  ...triggers(
    'lead-generation',
    'twilio',
    'passing contacts to partner companies is lead generation, a forbidden category',
    'cotización|cotizacion|cotizaciones gratis|gratuita|gratuitas',
    'compare|compara|comparar tarifas|cotizaciones|seguros',
  ),
  ...pitches(
    'lead-generation',
    'twilio',
    'insurance lead bait is third-party lead generation, a forbidden category',
    'ahorre|ahorra|ahorrar hasta # ~4 seguro|seguros|póliza|poliza',
    'save up to # ~4 insurance|premium|premiums|policy',
  ),

  // The tenth round's offer shapes, each said several ways and in both languages.
  // Mass-tort lead generation: the payout promised to a group of strangers ("women diagnosed with
  // ... may qualify", "families may be owed $100K+"), a call from "a specialist" (Twilio: third-party
  // lead generation; FTC, "Lead generators" and its warnings on ads that sell callers to lawyers).
  // A firm's own client is told so beside the claim's case words, which excuse a pitch. Not "a
  // specialist will call you": a firm's intake says so too.
  ...pitches(
    'lead-generation',
    'twilio',
    'promising strangers a payout to collect their details is lead generation, a forbidden category',
    'may|could|might qualify ~3 payout|payouts|compensation|settlement|cash|money|award|awards',
    'may|could|might be ~1 owed|entitled ~3 #|payout|payouts|compensation|settlement|cash|money|award|thousands|hundreds|millions',
    'could|may|might receive|get|collect ~2 thousands|hundreds|millions',
    'podría|podria|podrían|podrian|puede|pueden|pueda|puedan recibir|cobrar|obtener ~2 miles|cientos|millones',
    // Not "pago": "podría tener derecho a un pago de horas extra" is a wage claim's news.
    'podría|podria|podrían|podrian|puede|pueden calificar ~3 compensación|compensacion|indemnización|indemnizacion|miles',
    'podría|podria|podrían|podrian|puede|pueden tener derecho ~3 compensación|compensacion|indemnización|indemnizacion|miles',
  ),
  // Insurance sold from a monthly price, the lead seller's bait for quotes (Twilio: lead generation;
  // FTC, "Lead generators"): "coverage from $29 a month". A premium stated ("the premium is $210 a
  // month") is a case's fact; "from" is the ad's.
  ...pitches(
    'lead-generation',
    'twilio',
    'insurance bait that collects contacts for agents is lead generation, a forbidden category',
    'insurance|coverage|policy|policies from # ~2 a|per ~1 month|mo',
    'insurance|coverage|policy|policies starting at # ~2 a|per ~1 month|mo',
    'seguro|seguros|cobertura|póliza|poliza|pólizas|polizas ~3 desde # ~2 al|por|a ~1 mes',
    'seguro|seguros|cobertura|póliza|poliza|pólizas|polizas ~3 desde # ~1 mensuales|mensual',
  ),
  // Credit repair's speed promise (FTC, "Credit repair scams": nobody can remove accurate negative
  // items, let alone in days). Not the items named as removed: a dispute the firm won says so.
  ...pitches(
    'debt-collection',
    'ftcDebtRelief',
    'credit repair offers are a forbidden category',
    'removed|deleted|erased|gone ~1 from|off your ~1 credit? report|reports|file|history|score in|within ~1 # ~1 days|weeks',
    // A score promised by a date ("your score to 750 in 60 days").
    'score|scores|puntaje ~1 to|a|hasta # ~2 in|within|en # ~1 days|weeks|months|días|dias|semanas|meses',
    'eliminados|eliminadas|borrados|borradas|quitados|quitadas|removidos|removidas de su|tu ~1 reporte|historial|buró|buro ~3 en # ~1 días|dias|semanas',
  ),
  // Debt settlement's instruction to stop paying the lenders and pay the settler, and the one
  // payment it promises (FTC, "Debt relief and credit repair scams" and "Alivio de deudas").
  ...pitches(
    'debt-collection',
    'ftcDebtRelief',
    'debt relief offers are a forbidden category',
    'stop paying ~2 banks|bank|lenders|lender|collectors',
    'deje|deja|dejar|dejen de pagar|pagarle|pagarles ~3 bancos|banco|prestamistas|cobradores|tarjeta',
    // With "mensual": fees paid "en una sola cuota" are a firm's.
    'una sola|única|unica cuota mensual',
    'un solo|único|unico pago mensual',
    // A debt promised to reach zero (CFPB, "What is debt settlement"; FTC: nobody can promise it).
    // Not a balance: "your balance will go to zero" is the firm's own bill.
    'debt|debts ~3 can|could|may|might|will ~3 to zero',
    'deuda|deudas ~3 puede|pueden|podría|podria|podrían|podrian quedar|quedarse|bajar en|a cero',
    'deuda|deudas ~3 quedará|quedara|quedarán|quedaran|quedaría|quedaria en cero',
    // The balance wiped by the seller (FTC, "Student loan forgiveness scams": only the Department
    // of Education forgives loans, for free).
    'wipe|erase ~1 out? the|your balance|balances|loan|loans|debt|debts',
    // Not "eliminamos su saldo": a payment to the firm does that.
    'borrar|borrarle|borramos ~1 el|su|tu saldo',
  ),
  // Get rich quick: money "while you sleep" and running businesses sold as such (FTC, "Business
  // opportunity scams"; its cases against vending machine and ATM route sellers).
  ...pitches(
    'get-rich-quick',
    'ftcMoney',
    'money-making offers are a forbidden category',
    'while|as you sleep',
    'mientras duermes|duerme|dormís',
    'mientras usted|tú|tu duerme|duermes',
    'turnkey|done-for-you ~1 location|locations|route|routes|machine|machines',
    // "No experience needed" (FTC, "Job scams": a sign of a fake job). Not pay quoted "from home":
    // a support case says what a parent earns working from home.
    'no experience ~1 needed|required|necessary',
    'sin experiencia',
    // Daily profit quoted (FTC, "Job scams": pay for rating hotels or products, paid daily).
    'ganancia|ganancias|comisión|comision|comisiones diaria|diarias|diario|diarios de? #',
    'daily profit|profits|commission|commissions of? #',
    // The recruit as the income (FTC, "Multi-level marketing businesses and pyramid schemes").
    // Not "refer" or "bring": a firm's referral thanks and a witness brought to a deposition.
    'every|each person|friend|member|recruit you ~1 recruit|invite|enroll|sign',
    'cada persona|amigo|amiga|socio|socia|referido|referida|miembro que invites|invite|invitas|metas|inscribas|inscriba|reclutes|reclute',
    // The testimonial with the time first ("este mes gané 26%", "this month I made 26%").
    'este|esta|cada ~1 mes|semana|día|dia|año|ano gané|gane|saqué|saque #',
    'this|last|each|every ~1 week|month|quarter|year i made|earned|gained|profited #',
  ),
  // "Arbitrage" funds and bots sold as sure returns (FTC, "What to know about cryptocurrency and
  // scams": promised guaranteed returns; SEC investor alerts on "arbitrage" trading programs).
  ...triggers('high-risk-financial', 'ftcCrypto', 'trading-program offers are a forbidden category', 'arbitrage'),
  // A prize drawn for the reader (FTC, "Prize scams"), a card as the prize.
  ...pitches(
    'gambling',
    'ftcPrize',
    'prize announcements are a forbidden category and a classic scam',
    'drawn|picked|selected|chosen for ~2 # ~3 card|gift|prize|reward|voucher|certificate',
    'elegido|elegida|seleccionado|seleccionada|sorteado|sorteada para ~1 una|un? tarjeta|premio|regalo|bono|vale ~2 de? #',
  ),
  // The eleventh round's offer shapes, each said several ways and in both languages.
  // A loan without the credit bureau, approved the same day (FTC, "Préstamos de día de pago" and
  // CFPB: "no credit check" lenders); a case's approval names its case words.
  ...pitches(
    'high-risk-financial',
    'ftcLoans',
    'loans promised without a credit check are a forbidden category',
    'sin buró|buro',
    'aprobado|aprobada|aprobados|aprobación|aprobacion el ~1 mismo día|dia',
    'approved|approval ~1 the same day',
  ),
  // Debt taken away by the seller (FTC, "Debt relief and credit repair scams" and "Alivio de
  // deudas": nobody can erase a debt for a fee). A bankruptcy firm says so beside its case words.
  ...pitches(
    'debt-collection',
    'ftcDebtRelief',
    'debt relief offers are a forbidden category',
    'quitamos|eliminamos|borramos|desaparecemos|cancelamos|liquidamos ~2 deuda|deudas',
    'le|te quitamos|eliminamos|borramos|desaparecemos ~2 deuda|deudas',
    'we ~1 erase|eliminate|remove|wipe|delete ~1 out? ~2 debt|debts|bills',
    'we ~1 make ~2 debt|debts|bills disappear|vanish',
  ),
  // Investments sold as a sure multiple: pre-IPO and tokenized shares (SEC investor alert on pre-IPO
  // offerings; FTC, "What to know about cryptocurrency and scams": promised big returns), a daily
  // return guaranteed, a sure profit, income that is "passive".
  ...pitches(
    'high-risk-financial',
    'ftcCrypto',
    'promised investment returns are a forbidden category',
    'pre-ipo ~1 shares|stock|stocks|allocation|allocations|tokens|equity|access|deal|deals',
    'tokenized ~1 shares|stock|stocks|equity',
    'acciones pre-ipo|tokenizadas',
    '# ~1 daily|weekly|monthly|diario|diaria|diarios|diarias|semanal|mensual ~1 garantizado|garantizada|garantizados|garantizadas|guaranteed|asegurado|asegurada',
    'guaranteed # ~1 daily|weekly|monthly',
    'guaranteed # a|per day|week|month',
    'ganancia|ganancias|rendimiento|rendimientos|retorno|utilidad ~1 segura|seguras|seguro|seguros',
  ),
  ...pitches(
    'get-rich-quick',
    'ftcMoney',
    'money-making offers are a forbidden category',
    // Income quoted as "passive" (FTC, "Business opportunity scams"; its case against sellers of
    // "done-for-you" online stores, 2024): "$1k a day passive", "$500 a week en automático".
    '# ~1 a|per day|week|month|dia|día|semana|mes passive|pasivo|pasivos',
    'done-for-you ~2 channel|channels|store|stores|shop|shops|business|businesses|website|websites|account|accounts',
    'already monetized',
    'ya monetizado|monetizada|monetizados|monetizadas',
    // Real estate sold as a course: houses "with no money" and a seminar that teaches a sum (FTC,
    // "Real estate investment seminars"; "Estafas de oportunidades de negocio").
    'buy|flip|buying|flipping houses|homes|properties ~1 with no|zero money|cash|credit',
    'compre|comprar|compra|compras casas|propiedades sin dinero|enganche|crédito|credito',
    'teach|teaches|show|shows you ~1 how? to make|earn #',
    'le|te enseña|enseñamos|enseñaremos|enseñará|enseñara a ganar #',
  ),
  // A prize announced as the reader's number drawn (FTC, "Prize scams"): "your number was drawn for
  // a truck", "su número fue sorteado". Not a name: jurors are drawn by name.
  ...pitches(
    'gambling',
    'ftcPrize',
    'prize announcements are a forbidden category and a classic scam',
    'your|ur number|entry|ticket|phone ~1 was drawn|picked for',
    'your|ur number|entry|ticket|phone ~1 has been drawn|picked for',
    'su|tu número|numero|boleto|teléfono|telefono ~1 fue sorteado|premiado|elegido|seleccionado',
    'su|tu número|numero|boleto|teléfono|telefono ~1 ha sido sorteado|premiado|elegido|seleccionado',
  ),
  // The thirteenth round's offer shapes, each said several ways and in both languages.
  // A bad record erased as a service ("borramos su historial negativo", "we wipe the bad marks"):
  // FTC, "Debt relief and credit repair scams" (nobody can remove accurate negative information).
  // Not English "remove", which a lawful dispute of an error does.
  ...pitches(
    'debt-collection',
    'ftcDebtRelief',
    'credit repair offers are a forbidden category',
    'borra|borramos|borrar|borre|borraremos|borrará|borrara|elimina|eliminamos|eliminar|elimine|eliminaremos|quita|quitamos|quitar|quite ~2 historial|reporte|reportes|marcas|cuentas negativo|negativos|negativas|malo|malos|malas',
    'erase|erases|erasing|wipe|wipes|wiping|delete|deletes|deleting ~2 negative|bad items|marks|accounts|history|entries',
  ),
  // Earnings for recruiting a number of people (FTC, "Multi-level marketing businesses and pyramid
  // schemes": pay that comes from recruiting is the mark of a pyramid).
  ...pitches(
    'get-rich-quick',
    'ftcMoney',
    'pay for recruiting people is the mark of a pyramid scheme, a forbidden category',
    'solo|sólo|solamente ~1 reclutar|reclutando|recluta|reclute|invitar|invitando|inscribir|inscribiendo a? # personas|amigos|amigas|socios|socias|miembros|más|mas',
    'just|only|simply ~2 recruit|recruiting|refer|referring # people|friends|members|others|more',
  ),
  // Sexual services under the massage's name and shows sold by video (CTIA: sexual content).
  ...pitches(
    'sex',
    'ctia',
    'adult content is a forbidden category',
    'masaje|masajes con? final feliz',
    'happy ending ~1 massage|massages',
    'massage|massages with a? happy ending',
    'private snap|cam|webcam|skype|facetime|video show|shows',
    'shows|show privados|privado por? snap|cámara|camara|webcam|videollamada',
  ),
  // A number that "came out among the winners" (FTC, "Fake prize, sweepstakes, and lottery scams"),
  // beside the English and Spanish "your number was drawn" entries above.
  ...pitches(
    'gambling',
    'ftcPrize',
    'prize announcements are a forbidden category and a classic scam',
    'su|tu número|numero|boleto|cupón|cupon|teléfono|telefono quedó|quedo|resultó|resulto ~2 ganador|ganadora|ganadores|ganadoras|premiado|premiada',
    'your|ur number|ticket|entry|phone ~1 is|was among the winners',
    'your|ur number|ticket|entry|phone ~1 is|was a winner|winning',
  ),
  // Credit for everyone and without a co-signer (FTC and CFPB: nobody can promise approval).
  ...pitches(
    'high-risk-financial',
    'ftcLoans',
    'loans with promised approval are a forbidden category',
    "we|we'll finance|approve everyone|anyone|anybody|everybody",
    'financiamos|aprobamos|prestamos a todos|cualquiera',
    'financiamos|aprobamos|prestamos a todo el mundo',
    'préstamo|préstamos|prestamo|prestamos|crédito|créditos|credito|creditos|financiamiento ~4 sin aval|fiador|codeudor',
    'loan|loans|financing|credit ~4 no cosigner|co-signer|cosigners|co-signers',
  ),
  // The twelfth round's offer shapes, each said several ways and in both languages.
  // Debts promised gone with words between ("balances under $30,000 may be erased", "sus deudas de
  // tarjeta podrían ser borradas"): FTC, "Debt relief and credit repair scams". A bankruptcy text
  // says so beside its case words.
  ...pitches(
    'debt-collection',
    'ftcDebtRelief',
    'debt relief offers are a forbidden category',
    'debt|debts|balance|balances ~3 may|could|can|might|will be forgiven|erased|wiped|eliminated',
    'deuda|deudas|saldo|saldos ~3 puede|pueden|podría|podrían|podria|podrian|será|serán|sera|seran ser? borrada|borradas|borrado|borrados|eliminada|eliminadas|eliminado|eliminados|perdonada|perdonadas|condonada|condonadas',
  ),
  // A prize for a ticket or number named with its sum ("your ticket was entered and drawn for
  // $25,000", "boleto premiado con 2 millones"): FTC, "Fake prize, sweepstakes, and lottery scams".
  ...pitches(
    'gambling',
    'ftcPrize',
    'prize announcements are a forbidden category and a classic scam',
    'your|ur ~1 number|entry|ticket|phone|coupon ~4 drawn|picked|selected for #',
    'boleto|billete|número|numero|cupón|cupon premiado|premiada|ganador|ganadora con|de #',
  ),
  // A lender's sum offered and approval promised (FTC and CFPB: nobody can guarantee a loan), in
  // Spanish as "guaranteed approval" is in English.
  ...pitches(
    'high-risk-financial',
    'ftcLoans',
    'loans with promised approval are a forbidden category',
    'le|te prestamos|prestamos|presto hasta #',
    "we|we'll lend|loan you up to #",
    'aprobación|aprobacion asegurada|segura|garantizada',
  ),
  // Debts rolled into one (Twilio's forbidden categories: debt consolidation; FTC, "Debt relief and
  // credit repair scams"), buy-now-pay-later balances among them. A Chapter 13 text says so beside
  // its case words.
  ...pitches(
    'debt-collection',
    'ftcDebtRelief',
    'debt consolidation offers are a forbidden category',
    'roll+|combine+|merge+ ~2 them|balances|debts|bills|loans|cards into one',
    'roll+|combine+|merge+ ~2 them|balances|debts|bills|loans|cards into a single',
    'juntamos|junte|combinamos|combine|unificamos|unifique|consolidamos ~3 en un solo|único|unico pago|préstamo|prestamo',
  ),
  // Companions sent to the reader's room (CTIA: sexual content).
  ...pitches(
    'sex',
    'ctia',
    'adult content is a forbidden category',
    'acompañantes|acompanantes|escorts|escort|companions ~3 tu|su|your hotel|motel|room|habitación|habitacion',
    'acompañantes|acompanantes|escorts|escort|companions ~1 a domicilio',
  ),
  // Adult companionship sold by chat (CTIA, "Messaging Principles and Best Practices": sexual content):
  // an "AI girlfriend", pictures sold as spicy.
  ...pitches(
    'sex',
    'ctia',
    'sexual content is a forbidden category',
    'ai|virtual girlfriend|girlfriends|gf',
    'novia|novias virtual|virtuales',
    'novia|novias con? ia',
    // Not "explicit" or "atrevidas": a harassment or sextortion case names the images so.
    'spicy|naughty|nsfw pics|photos|videos|nudes',
    'fotos|videos|contenido picantes|xxx',
  ),
  // The tenth round: the goods of each forbidden trade as a class, named as the trade names them,
  // which a sale (see `product` above) turns into an offer. A case names the same goods beside its
  // case words ("the search found two Glocks", "su cargo por posesión de mota"), which keeps them quiet.
  // Cannabis and street drugs by their slang (DEA, "Slang Terms and Code Words", 2018; "Drugs of
  // Abuse", 2020), English and Spanish; Twilio: cannabis and illegal drugs.
  ...products(
    'illegal-substances',
    'dea',
    CANNABIS,
    'marihuana|mota|porro|porros|gomitas|tusi',
    'bud|buds|zaza|dab|dabs|shatter|rosin|budder|carts|joints|blunts|prerolls|pre-rolls|shrooms',
    // Strain and grade names the trade sells under.
    'og|runtz|exotics|purp',
    'live resin',
    // Concentrates and cannabis "caviar" (DEA, "Slang Terms and Code Words").
    'moon|moonrock rocks',
    'moonrocks',
    'zips|eighths|qp|qps|onza|onzas',
    'magic|psilocybin|mushroom|shroom ~1 chocolate|chocolates|bar|bars|gummies|truffles|capsules|mushrooms',
    'hongos|hongo ~1 mágicos|magicos|mágico|magico',
    'lsd|acid ~1 tab|tabs|blotter',
    'lsd|dmt|molly|mdma|ecstasy|ketamine|cocaine|heroin|fentanyl|meth|xans|percs|oxys|m30|m30s',
    'cocaína|cocaina|heroína|heroina|metanfetamina|éxtasis|extasis|ketamina',
  ),
  // Prescription drugs, antibiotics included, by brand and generic name in both languages (FDA
  // BeSafeRx: online sellers of prescription drugs without a prescription; antibiotics sold so
  // are among its examples).
  ...products(
    'prescription-drugs',
    'fdaRx',
    RX_DRUGS,
    'antibiotic|antibiotics|antibiótico|antibióticos|antibiotico|antibioticos',
    'amoxicillin|amoxicilina|azithromycin|azitromicina|zithromax|ciprofloxacin|ciprofloxacino|cipro|doxycycline|doxiciclina|cephalexin|cefalexina|keflex|penicillin|penicilina|metronidazole|metronidazol|clindamycin|clindamicina|ivermectin|ivermectina',
    'sildenafil|tadalafil|finasteride|gabapentin|gabapentina|pregabalin|pregabalina|codeine|codeína|codeina|morphine|morfina|promethazine|prometazina|suboxone|buprenorphine|buprenorfina|semaglutida|tirzepatida',
    // The Spanish generic names of RX_DRUGS' opioids and stimulants, as the FDA's and DEA's Spanish
    // pages write them: goods on sale only, since a police report names them in a case too.
    'oxicodona|hidrocodona|fentermina|carisoprodol|modafinilo|armodafinilo',
  ),
  // Firearms by kind, maker and model, and the parts that make one unregistered (ATF: frames and
  // receivers, solvent trap kits and auto sears sold as parts; CTIA: the F in SHAFT), both languages.
  ...products(
    'firearms',
    'atf',
    'gun|guns|pistol|pistols|handgun|handguns|rifle|rifles|shotgun|shotguns|revolver|revolvers|ammo|ammunition|firearm|firearms',
    'glock|glocks|ruger|rugers|beretta|berettas|sauer|kimber|mossberg|taurus|kel-tec|hi-point|draco|dracos|ar-15|ar15|ar-15s|ak-47|ak47|ak-47s|polymer80|p80',
    'smith wesson',
    'solvent trap|traps',
    'auto sear|sears',
    'lower receiver|receivers',
    'suppressor|suppressors|silencer|silencers',
    'drum|extended ~1 mag|mags|magazine|magazines',
    'pistola|pistolas|escopeta|escopetas|revólver|revólveres|rifles|municiones|munición|municion|cartuchos',
    'arma|armas de fuego',
    'cuerno|cuernos de chivo',
  ),
  // Betting games by name, numbers games and cockfights included (Twilio: gambling; the federal
  // Animal Welfare Act makes betting on cockfights a crime), English and Spanish, and sports picks
  // sold by tipsters.
  ...products(
    'gambling',
    'twilio',
    // Not "bets" or "apuestas" alone: a divorce names what a spouse lost on them.
    'sabong|cockfight|cockfights|cockfighting|lotto|bolita|quiniela|quinielas|keno|parlay|parlays',
    'pick 3|4|5',
    'pelea|peleas|apuesta|apuestas|jugada|jugadas de gallos',
    'nfl|nba|mlb|nhl|ncaa|ufc|sports|football|basketball|soccer|betting ~1 picks|locks|parlays',
    'pronósticos|pronosticos|picks deportivos',
    'pronósticos|pronosticos|picks de ~1 futbol|fútbol',
  ),
  // Alcohol by kind and brand, both languages (CTIA: the A in SHAFT; delivery without an age check
  // is what state alcohol laws forbid). A DUI, an estate's wine or a license hearing names them
  // beside case words.
  ...products(
    'alcohol',
    'ctia',
    'beer|beers|wine|wines|liquor|booze|tequila|vodka|whiskey|whisky|bourbon|mezcal|champagne|hennessy|henny|patrón|patron|cerveza|cervezas|vino|vinos|licor|licores|caguama|caguamas',
  ),
  // Tobacco and nicotine by kind and brand, both languages (CTIA: the T in SHAFT; FDA, Tobacco 21
  // and its warnings on unauthorized disposable vapes).
  ...products(
    'tobacco',
    'ctia',
    'cigarette|cigarettes|cigars|cigarillos|marlboro|marlboros|newport|newports|vape|vapes|juul|pods|e-juice|e-liquid|zyn|hookah|cigarro|cigarros|cigarrillo|cigarrillos|puros|cajetilla|cajetillas|tabaco|vapeador|vapeadores',
    'elf|geek|lost ~1 bar|bars',
    'nicotine|nicotina ~1 pouch|pouches|bolsitas',
  ),
  // Adult content by what is sold (CTIA: sexual content, age-gated): a private show, a video
  // call, content, pictures. Only with an age gate announced and an offer cue (see `gate`).
  ...entries('sex', 'product', 'ctia', undefined, [
    // Not "video call" nor "videollamada": how a firm meets a client.
    'video chat|chats',
    'videochat|videochats',
    'private|live ~1 show|shows|chat|chats',
    'content|contenido|videos|fotos|photos|pics|pictures|álbum|album|pack|packs|nudes',
  ]).map((entry) => ({ ...entry, gate: 'age' as const })),
  // The thirteenth round's offer shapes. Taxes on a prize paid before it is handed over (FTC, "Fake
  // prize, sweepstakes, and lottery scams": a real prize never asks for taxes or fees up front), and a
  // loan repaid from the paycheck (CFPB on payroll-deduction and allotment loans), both languages.
  ...pitches(
    'gambling',
    'ftcPrize',
    'prize announcements are a forbidden category and a classic scam',
    'antes de ~1 la? entrega|entregarle|recibir|reclamar|cobrar ~3 cubrir|pagar|pague|cubra ~3 impuesto|impuestos',
    'pay|cover ~3 tax|taxes ~2 on|for your ~1 prize|winnings|award|jackpot',
    'pay|cover ~3 tax|taxes ~2 before ~3 deliver|release|ship|send ~2 prize|winnings|award',
  ),
  ...pitches(
    'high-risk-financial',
    'ftcLoans',
    'short-term and third-party loan offers are a forbidden category',
    // With the sum lent or the workers it is sold to: a firm names such a loan in a case, or offers
    // to recover what one took ("payroll loans taken from your paycheck are illegal; we can help"),
    // without lending anything.
    'payroll|allotment ~1 loan|loans ~4 #',
    `payroll|allotment ~1 loan|loans for ~2 ${LOAN_BUYERS}`,
    'up to ~1 # ~3 payroll|allotment ~1 loan|loans',
    'préstamo|préstamos|prestamo|prestamos|crédito|créditos|credito|creditos de|por nómina|nomina ~4 #',
    `préstamo|préstamos|prestamo|prestamos|crédito|créditos|credito|creditos de|por nómina|nomina para ~2 ${LOAN_BUYERS}`,
    'hasta ~1 # ~3 préstamo|préstamos|prestamo|prestamos|crédito|créditos|credito|creditos de|por nómina|nomina',
  ),
  // The fourteenth round's offer shapes, each said several ways and in both languages.
  // Debt settled for a fraction or halved (FTC, "Debt relief and credit repair scams" and "Tax
  // relief companies": promises to settle for pennies on the dollar), and collection calls promised
  // to end (the English "stop collection calls" above, in Spanish: "Alivio de deudas"). A
  // bankruptcy text says so beside its case words.
  ...pitches(
    'debt-collection',
    'ftcDebtRelief',
    'debt relief offers are a forbidden category',
    // The reader paying or settling, not a creditor's acceptance told ("the hospital agreed to
    // accept as little as 30 cents on the dollar").
    'pay|paying|settle|settling|resolve|repay ~3 for? as little as # ~2 on the dollar',
    'pay|paying|settle|settling|resolve|repay ~3 for? as little as # ~1 of ~2 what you owe|debt|debts|balance|balances',
    // Payments only a debt's: "he cut your support payments in half" is a family case's fact.
    'cut|reduce|lower|slash|halve your ~2 balance|balances|debt|debts ~1 in|by half',
    'cut|reduce|lower|slash|halve your monthly|debt|card|credit|loan ~1 payment|payments ~1 in|by half',
    'detenga|detener|pare|parar|frene|frenar|acabe|acabar|termine|terminar ~2 llamadas de cobranza|cobradores|acreedores',
    'se acaban|terminan|acabarán|acabaran|terminarán|terminaran|detienen|detendrán|detendran ~1 llamadas de cobranza|cobradores|acreedores',
    'no|nunca más|mas ~1 llamadas de cobranza|cobradores|acreedores',
    'adiós|adios a ~1 llamadas de cobranza|cobradores|acreedores',
    'deje|dejar|dejes de recibir ~1 llamadas de cobranza|cobradores|acreedores',
    'pague|pagar|paga|pagas|pagues|liquide|liquidar solo|sólo|solamente|apenas ~1 # ~3 deuda|deudas|debe|adeuda|saldo|saldos',
    'reduce|reducimos|rebaja|rebajamos|baja|bajamos|bajar|reducir ~2 saldo|saldos ~2 a|hasta|por la mitad',
  ),
  // Credit whatever the record or with an ID alone, paid out in minutes (FTC and CFPB on payday and
  // advance-fee loans: no credit check, no job needed, money the same hour). A predatory-lending case
  // says so beside its case words.
  ...pitches(
    'high-risk-financial',
    'ftcLoans',
    'loans promised whatever the credit record are a forbidden category',
    // "for any credit", not "the loan application asked for any credit history you have".
    'loan|loans|financing|lending ~1 for|with any|all ~1 credit score|scores|type|types|history|histories|rating|ratings',
    'any|all credit score|scores|type|types|rating|ratings ~2 welcome|accepted|approved|ok|okay',
    // "without" only on the credit itself: "we cannot submit the application without income
    // verification" is a firm's paperwork. "No" as a promise (see the sentence openers below), not
    // "the bank gave you the loan with no income verification", a lending case's fact.
    'no ~1 job|income|employment|employer verification|verifications|check|checks ~1 needed|required|necessary',
    'loan|loans|cash|money|credit|approved|approval ~2 without ~1 job|income|employment|employer verification|verifications|check|checks',
    'funds|cash|money ~2 in|within # ~1 minutes|mins|min',
    'up to # in|within # ~1 minutes|mins|min',
    // Not credit or an SSN: "thieves can get credit with just your SSN" is an identity-theft warning.
    'loan|loans|cash ~3 with just|only ~1 your|an|a? ~1 id|license|itin|passport',
    'loan|loans|cash ~4 id|license|itin|passport only|alone',
    // With the ID: "para la firma del crédito hipotecario traiga su INE y nada más" is an appointment's list.
    'préstamo|préstamos|prestamo|prestamos|crédito|créditos|credito|creditos|dinero|efectivo ~3 con su|tu|la? cédula|ine|identificación|identificacion|pasaporte|matrícula|matricula|credencial|dni|itin ~1 y? nada más|mas',
    'préstamo|préstamos|prestamo|prestamos|crédito|créditos|credito|creditos|dinero|efectivo ~3 solo|sólo|solamente|únicamente|unicamente|nomás|nomas con ~1 su|tu|la? ~1 cédula|ine|identificación|identificacion|pasaporte|matrícula|matricula|credencial|dni|itin',
    'préstamo|préstamos|prestamo|prestamos|crédito|créditos|credito|creditos|dinero|efectivo ~2 con solo|sólo|solamente|únicamente|unicamente ~1 su|tu|la? ~1 cédula|ine|identificación|identificacion|pasaporte|matrícula|matricula|credencial|dni|itin',
    'préstamo|préstamos|prestamo|prestamos|crédito|créditos|credito|creditos ~3 cualquier historial|puntaje|buró|buro|score',
    'préstamo|préstamos|prestamo|prestamos|crédito|créditos|credito|creditos sin importar ~1 tu|su|el? historial|puntaje|buró|buro|score',
    'préstamo|préstamos|prestamo|prestamos|crédito|créditos|credito|creditos no importa ~1 tu|su|el? historial|puntaje|buró|buro|score',
    'dinero|fondos|efectivo ~3 en # ~1 minutos|hora!',
    // Minutes or the hour: "recibirá hasta $2,000 en 48 horas" is a settlement's schedule.
    'hasta # en # ~1 minutos|hora!',
  ),
  // Crypto arbitrage sold as a daily share (CFTC Customer Advisory on arbitrage and trading
  // programs; FTC, "What to know about cryptocurrency and scams": a guaranteed return is a scam's).
  // A securities case names it beside its case words.
  ...pitches(
    'high-risk-financial',
    'ftcCrypto',
    'crypto arbitrage offers are a forbidden category',
    // Not "arbitraje de Binance": an arbitration with the exchange.
    // "arbitraje de cripto" may be an arbitration about crypto; "arbitraje cripto" is the trade.
    'arbitrage de? p2p|cripto|crypto|usdt|usdc|bitcoin|btc|criptomonedas',
    'arbitraje p2p|cripto|crypto|usdt|usdc|bitcoin|btc|criptomonedas',
    'arbitraje de p2p|usdt|usdc',
    'p2p|usdt|usdc|bitcoin|btc|binance arbitrage',
  ),
  // Business opportunities sold as a way out of a job with nothing of one's own, taught as a system
  // (FTC, "Business opportunity scams" and its Spanish page "Estafas de oportunidades de negocio": no
  // money, no car, no experience needed; a flip or resale plan "guaranteed"), and a recruit's bonus
  // counted in friends (FTC, "Multi-level marketing businesses and pyramid schemes").
  ...pitches(
    'get-rich-quick',
    'ftcMoney',
    'money-making offers are a forbidden category',
    // The salary only ditched: benefits "replace your paycheck" while a client recovers.
    'replace|replaced|replacing|ditch|ditched|ditching|quit your|my ~1 9-5|9-to-5',
    'ditch|ditched|ditching your|my ~1 salary|paycheck',
    'replace|replaced|replacing|ditch|ditched|ditching your|my day job',
    // Earning or starting so: "you were left with no money of your own" is a divorce's fact.
    'with zero|none of your own money|cash|capital',
    'with zero money|cash|capital of your own',
    // "No" or "little" only as a way of earning: "you were left with no money of your own" is a
    // divorce's fact.
    'start|starting|begin|launch|invest|investing|earn|earning|make|making|profit|trade|trading|how ~3 with no|little money|cash|capital of your own',
    'start|starting|begin|launch|invest|investing|earn|earning|make|making|profit|trade|trading|how ~3 with little of your own money|cash|capital',
    'without owning ~2 car|cars|vehicle|vehicles|inventory|truck|trucks',
    // Your own money: "sin arriesgar su dinero" is a contingency fee's promise.
    'sin poner|invertir|arriesgar ~1 tu|su propio dinero|capital',
    'sin tener|necesitar|comprar ~1 un|una? auto|carro|coche|camioneta|vehículo|vehiculo|inventario|local|tienda propio|propia',
    'guaranteed|proven ~1 flip|flipping|resale|reselling plan|plans|system|strategy|formula|method',
    'plan|sistema|método|metodo ~1 de? reventa ~1 garantizado|garantizada',
    'cada # ~1 personas|amigos|amigas|socios|socias|referidos|referidas|miembros que ~1 invites|invite|invitas|metas|inscribas|inscriba|reclutes|reclute|traigas|traiga',
    // Not "for 3 people you invite to the ceremony".
    'every|each # ~1 people|friends|members|recruits you ~1 recruit|invite|enroll|sign',
  ),
  ...offers(
    'get-rich-quick',
    'ftcMoney',
    // Money earned: "puede ganar tiempo sin salir de su casa", "make your payment without leaving
    // home" are a firm's online service.
    'ganar|gane|ganes|ganas|ganá|generar|genere|generá sin salir de ~1 su|tu? casa',
    'ganar|gane|ganes|ganas|ganá|generar|genere|generá ~1 dinero|ingresos|plata|lana|dólares|dolares|# ~3 sin salir de ~1 su|tu? casa',
    'earn! without leaving ~1 your|the? home|house|couch',
    'earn!|make! ~1 money|cash|income|# ~3 without leaving ~1 your|the? home|house|couch',
  ),
  ...pitches(
    'high-risk-financial',
    'ftcLoans',
    'loans promised whatever the credit record are a forbidden category',
    'no ~1 job|income|employment|employer verification|verifications|check|checks',
  ).map((entry) => ({ ...entry, opensSentence: true as const })),
  ...pitches(
    'get-rich-quick',
    'ftcSpanish',
    'money-making offers are a forbidden category',
    'gana|genera # ~2 al|por|a|la ~1 día|dia|semana|mes',
    'gana|genera sin salir de ~1 su|tu? casa',
    'gana|genera ~1 dinero|ingresos|plata|lana|dólares|dolares|# ~3 sin salir de ~1 su|tu? casa',
  ).map((entry) => ({ ...entry, opensSentence: true as const })),
  // A bookmaker's bonus on the first deposit and its imperative with the pronoun ("apuéstale a las
  // Águilas"; Twilio and CTIA: gambling is a forbidden category), and a prize handed over only once
  // its shipping is paid (FTC, "Fake prize, sweepstakes, and lottery scams": a real prize never asks
  // for a fee, "premios y sorteos" in Spanish).
  ...pitches(
    'gambling',
    'twilio',
    'gambling is a forbidden category',
    // The reader's deposit: "the casino records show a bonus on his first deposit" is a division's
    // fact, as "el bono de su primer depósito" is.
    // On the deposit: "el bono de contratación con tu primer depósito de nómina" is a wage claim's.
    'bono|bonos ~3 en|sobre|a|al tu|su? primer|primera depósito|deposito|recarga|apuesta',
    'bonus|match ~3 on|with your first deposit|bet|wager',
    'apuéstale|apuéstele|apuéstenle|apuestale|apuestele|apostale|apostále',
  ),
  ...pitches(
    'gambling',
    'ftcPrize',
    'prize announcements are a forbidden category and a classic scam',
    'entregarle|entregar|enviarle|enviar|liberar|recibir|reclamar|cobrar ~2 premio|premios|regalo ~2 deposite|deposita|depositar|pague|paga|pagar|cubra|cubre|cubrir|transfiera|transfiere ~3 envío|envio|entrega|flete|manejo|trámite|tramite|liberación|liberacion',
    // A vehicle won, shipped: "para recibir su auto del corralón pague el trámite de liberación" is
    // an impound's fee.
    'entregarle|entregar|enviarle|enviar|recibir ~2 auto|carro|moto|motoneta|camioneta ~2 deposite|deposita|depositar|pague|paga|pagar|cubra|cubre|cubrir|transfiera|transfiere ~3 envío|envio|flete',
    'deposite|deposita|pague|paga|cubra|cubre|transfiera ~3 envío|envio|flete|manejo|liberación|liberacion ~4 premio|premios|regalo',
    'receive|claim|release|ship|deliver ~2 prize|prizes|winnings|reward ~3 pay|send|deposit|wire|cover ~3 shipping|delivery|handling|release|processing',
    'pay|send|deposit|wire|cover ~3 shipping|delivery|handling|release|processing ~1 fee ~4 prize|prizes|winnings|reward',
  ),
  // Cigarettes without the tax stamp (the PACT Act and state tax stamps on every pack; the Spanish
  // "sin timbre fiscal"), beside "sin impuestos" above, and disposable vapes in Spanish, the English
  // "disposable vape" (FDA: unauthorized disposable e-cigarettes). Pitches, not offers: a smuggling
  // or sale-to-minors charge names the same ("lo acusan de vender vapes desechables").
  ...pitches(
    'tobacco',
    'ctia',
    'tobacco promotions are restricted',
    'cigarro|cigarros|cigarrillo|cigarrillos|cartón|carton|cartones|cajetilla|cajetillas|tabaco|marlboro sin timbre|timbres|estampilla|estampillas|marbete|marbetes',
    'cigarette|cigarettes|carton|cartons|smokes|marlboro ~2 without|no|unstamped ~1 tax? stamp|stamps',
    'vape|vapes|vapeador|vapeadores desechable|desechables',
  ),
  // Mass-tort and claim leads: compensation promised to strangers ("podría recibir una compensación",
  // the Spanish of "you may be entitled to compensation" above) and a lawyer's multiple ("le
  // consiguen hasta 3 veces más"; FTC, "Lead generators" and Twilio: third-party lead generation). A
  // firm's own client is told so beside the claim's case words.
  ...pitches(
    'lead-generation',
    'twilio',
    'promising strangers a payout to collect their details is lead generation, a forbidden category',
    // The conditional only: "usted puede recibir una indemnización por despido", "you may receive
    // compensation for your mileage" are a firm's plain advice.
    'podría|podria|podrían|podrian recibir|cobrar|obtener ~2 compensación|compensacion|indemnización|indemnizacion',
    'you could|might receive|get|collect ~2 compensation|payout|payouts',
    'consigue|consiguen|conseguimos|obtiene|obtienen|obtenemos|recupera|recuperan|recuperamos ~2 hasta # veces ~1 más|mas',
    'get|gets|recover|recovers|win|wins ~3 up to # times ~1 more|as',
  ),
];
