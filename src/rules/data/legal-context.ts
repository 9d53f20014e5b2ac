import { SPANISH_MONTH_NAMES, SPANISH_WEEKDAY_NAMES } from './calendar-words-es';

/*
 * The vocabulary of a client's case, which keeps content rules from mistaking a law firm's
 * ordinary work for a forbidden offer. Twilio's forbidden categories ("Forbidden message
 * categories for SMS and MMS in the US and Canada") ban businesses and offers, not words: a firm
 * writes about a client's DUI, debts, medical bills or harassment claim every day. The phrases and
 * words below are our own curation of common US practice-area terms (criminal defense,
 * bankruptcy and consumer debt, personal injury, family, employment, probate); the "debt relief
 * agency" wording is the disclosure 11 U.S.C. § 528 requires of bankruptcy firms.
 * Pattern syntax (`*` prefix, `a|b`, `word?`, `#` number) is documented in ../phrases.ts.
 */

/**
 * Legal phrases whose span suppresses any finding it overlaps: "debt relief" inside "debt relief
 * agency", "THC vape" after "possession of THC".
 */
export const LEGAL_CONTEXT_PHRASES: readonly string[] = [
  // Criminal defense.
  'possession of a|an? cannabis|marijuana|cocaine|heroin|meth|mdma|thc|controlled|drug|drugs|paraphernalia|firearm|firearms|weapon|weapons|ammunition|ammo',
  'possession with intent',
  'cannabis|marijuana|cocaine|heroin|meth|mdma|thc|drug|drugs|firearm|firearms|gun|weapon|weapons|ammunition|ammo|gambling|escort|prostitution possession|charge|charges|case|cases|offense|offenses|conviction|convictions|arrest|arrests|trafficking|distribution|violation|violations|count|counts',
  'illegal|unlawful|illicit gun|guns|firearm|firearms|ammo|ammunition|drug|drugs|gambling sale|sales|purchase|purchases|sales|possession|operation|operations',
  'illegal|unlawful|illicit gambling|betting|casino|lottery',
  // A loan the firm calls unlawful or says was taken without consent: a consumer-lending claim
  // (state usury and payday-lending laws, the CFPB on payroll-deduction loans), not a loan offered.
  'illegal|unlawful|usurious|predatory payday|title|payroll|allotment|installment? loan|loans|lending|lender|lenders',
  'payday|title|payroll|allotment ~1 loan|loans ~4 ~4 illegal|unlawful|usurious|predatory',
  'payday|title|payroll|allotment ~1 loan|loans ~4 ~4 without|sin ~1 your|his|her|their|su? consent|authorization|permission|consentimiento|autorización|autorizacion|permiso',
  'préstamo|préstamos|prestamo|prestamos ~2 ~4 ~4 ilegal|ilegales|usurario|usurarios|abusivo|abusivos',
  'préstamo|préstamos|prestamo|prestamos ~2 ~4 ~4 sin ~1 su? consentimiento|autorización|autorizacion|permiso',
  'controlled substance|substances',
  'dui|dwi|owi|ovi',
  'driving under the influence',
  'alcohol-related|drug-related',
  'blood alcohol|blood-alcohol',
  'dram shop',
  // Licenses and permits of regulated trades, a business client's regulatory matter (state alcohol
  // beverage boards, ATF's federal firearms licenses, state gaming and cannabis control commissions):
  // "the liquor license for your restaurant was renewed". Charitable raffles and bingo need one too
  // (state charitable raffle and bingo acts): "the raffle permit for the Rotary Club is approved".
  'liquor|alcohol|beer|wine|tobacco|cigarette|vape|firearm|firearms|gun|gaming|gambling|casino|cannabis|marijuana|dispensary|raffle|bingo license|licenses|licence|licences|permit|permits|licensing',
  'federal firearms license|licenses|licensee|licensees',
  'open container',
  'hate crime|crimes',
  'hate speech',
  'race-based|racial harassment|discrimination',
  // Bankruptcy and consumer debt.
  'debt relief agency|agencies',
  'bankruptcy relief',
  'debt collector|collectors',
  'debt collection lawsuit|lawsuits|case|cases|harassment|practices|act|violation|violations',
  'fair debt collection',
  // Federal statutes whose names carry a forbidden category's words (the U.S. Code's table of popular
  // names): a law a firm cites, not an offer ("illegal under the Credit Repair Organizations Act").
  'credit repair organizations act',
  'controlled substances act',
  'unlawful internet gambling enforcement act',
  'gun control act',
  'national firearms act',
  'federal alcohol administration act',
  'prevent all cigarette trafficking act',
  'family smoking prevention and tobacco control act',
  'ryan haight online pharmacy consumer protection act',
  'meeting of creditors',
  '341 meeting',
  `payday loan|loans lawsuit|lawsuits|case|cases|claim|claims|lender|lenders|debt|debts|company|companies|collector|collectors|balance|balances`,
  'payday lender|lenders',
  `title|installment loan|loans lawsuit|lawsuits|case|cases|claim|claims|lender|lenders|debt|debts|company|companies|balance|balances`,
  'loan modification|modifications',
  'crypto|cryptocurrency|bitcoin fraud|scam|scams|exchange|wallet|wallets|account|accounts|assets|holdings',
  // What a will does with property, named as the will's ("go to Carl under the will", "left to
  // her in his will", "per the will"): an estate's distribution, whatever the property is.
  "under|per|in|by|through the|his|her|their|your|a|mom's|dad's|father's|mother's will|wills",
  'pyramid scheme lawsuit|lawsuits|case|claim|claims|victim|victims',
  // Employment cases: what the employer owes.
  'back pay|wages',
  'lost|unpaid wages',
  // Product-liability cases: herbicide, not the drug.
  'weed killer|killers|control',
  // Injury, medical and prescription records.
  // What an injury or workers' comp claim recovers: the client's own medical costs and receipts.
  'medical|pharmacy|prescription bill|record|expense|receipt|cost|charge|history|reimbursement',
  'prescribed|prescribe|prescribing',
  // The same in Spanish, as a doctor's act told (preterite, imperfect, perfect: "el tramadol que le
  // recetó el doctor", "le han prescrito"), not the adjective a rogue pharmacy's list wears
  // ("medicamentos recetados sin receta").
  'recetó|receto|recetaron|recetaba|recetaban|prescribió|prescribio|prescribieron|prescribía|prescribia',
  'ha|han|había|habia|habían|habian|haya|hayan recetado|recetada|prescrito|prescrita',
  // Other acts of a treating doctor told the same way ("the pain doctor switched you to a
  // fentanyl patch", "her surgeon put her on oxycodone"): the client's treatment, not a seller's.
  'doctor|doctors|physician|physicians|surgeon|surgeons|psychiatrist|dentist switched|put|started|changed|increased|lowered|reduced|stopped|refilled|weaned',
  // A workers' compensation or health insurer, named as the carrier, deciding on treatment (the Texas
  // Division of Workers' Compensation calls it the "insurance carrier"): "the carrier approved it".
  'carrier|carriers approved|denied|authorized|authorised|approves|denies|authorizes|covered|covers',
  // Family and probate.
  'child|spousal support',
  'alimony|maintenance payment|payments',
  'gambling addiction|debts|debt|losses|winnings|problem',
  'lottery|casino|gambling winnings',
  // A betting account's records and debts, named for a tax return or a property inventory (IRS Topic
  // 419, "Gambling income and losses": winnings and losses, Form W-2G, the win/loss statement;
  // casino markers, the credit a casino extends): "his sportsbook account balances".
  'lottery|casino|gambling|sportsbook|betting|poker|wagering account? winnings|losses|balance|balances|statement|statements|history|records|markers|marker|debts|debt',
  // The same winnings set against the losses, as a return reports them (IRS Topic 419: losses offset
  // winnings only up to the winnings, and only when itemized): "$14,900 in winnings and $16,200 in
  // losses". A prize pitch promises winnings, never the losses beside them.
  'winnings and|or #? in? losses',
  'losses and|or #? in? winnings',
  'ganancias y|o # en? pérdidas|perdidas',
  'adult guardianship',
  'adult protective services',
  // Sex-related offenses and claims.
  'sexual harassment|assault|abuse|misconduct|discrimination|battery|offense|offenses',
  'sex offender|offenders|offense|offenses|discrimination|trafficking|abuse|crimes|crime',
  'revenge porn',
  'escort service|services case|charge|charges',
  // Bankruptcy chapters, class actions, trust accounting, court-ordered payments.
  'chapter 7|11|13',
  'class action|actions',
  'trust|escrow|iolta account|accounts',
  'settlement check|checks|payment|payments|funds|agreement|offer|conference|statement',
  'housing|section|hcv voucher|vouchers',
  'section 8',
  'court|filing|docket|case|hearing fee|fees|fine|fines|date|dates',
  'draw on|against|from the|your? retainer|trust|account',
  // Identity-theft protections a consumer lawyer asks for (FTC, "Credit freezes and fraud alerts").
  'fraud|extended|active-duty alert on|in ~1 your? credit report|reports|file',
  // The same alert placed with the credit bureaus (FTC, "Credit freezes and fraud alerts": ask one
  // of Equifax, Experian or TransUnion), and the county recorders' property fraud alert programs,
  // which tell an owner when a deed or lien is recorded on the property (offered by county clerks
  // and recorders across the US under names like "Property Fraud Alert"): named services, not a
  // bank's alert about a card.
  'fraud alert|alerts ~3 credit bureau|bureaus|agency|agencies',
  'fraud alert|alerts ~3 equifax|experian|transunion',
  // The same bureau named first, as the one that acted on it ("Experian placed the fraud alert",
  // "TransUnion added an extended fraud alert to your file"); "Experian fraud alert: a charge..."
  // is a bank alert's shape and stays judged.
  'equifax|experian|transunion placed|added|put|set|extended|renewed|removed|lifted ~2 fraud alert|alerts',
  'property|deed|title|recording|recorder fraud alert|alerts|notification|notifications',
  'credit|security freeze|freezes',
  // Tax controversy: the IRS's own names for its relief and collection procedures (IRS, "Innocent
  // spouse relief", "Offer in compromise", "Payment plans, installment agreements", "Tax Court").
  'innocent|injured spouse relief|claim|request',
  'offer in compromise',
  // The same procedures as the IRS's Spanish pages name them ("Oferta de compromiso", "acuerdo de
  // pagos a plazos").
  'oferta|ofertas de|en compromiso',
  // Overtime, the case word "overtime" of a wage claim in Spanish (DOL's Spanish pages: "horas extra").
  'horas extra|extras',
  'acuerdo|acuerdos|plan|planes de pago|pagos a plazos',
  // An insurer's review of a treatment or a prescription before it pays (the Texas Division of
  // Workers' Compensation's "preauthorization", 28 TAC 134.600; health plans' "prior authorization"):
  // a claim's medical file, not an offer of drugs.
  'prior authorization|authorizations',
  'preauthorize|preauthorized|preauthorization|pre-authorize|pre-authorized|pre-authorization',
  // A verdict or award stated with its maker, and the crime victims' programs of every state (the
  // Office for Victims of Crime's "Victim compensation" and "Victim assistance"): words scams borrow
  // alone ("jury", "victims"), a matter when joined so.
  'jury|judge|court|arbitrator|arbitrators awarded|ruled|found|returned|granted',
  'victim|victims compensation|assistance|advocate|advocates|services|impact',
  'crime victim|victims',
  'installment agreement|agreements',
  'notice of deficiency',
  'tax court',
  // What the IRS calls income it taxes (IRS Publication 525, "Taxable and Nontaxable Income"): a
  // prize or a settlement described for its tax, not offered.
  'taxable|nontaxable|non-taxable income|gain|gains|event|events|distribution|distributions|portion|amount',
  // The regulators a consumer or securities-fraud case is brought to (the SEC; each state's
  // securities board, commission or division, listed by NASAA).
  'securities board|boards|commission|commissioner|division|regulator|regulators|fraud|law|laws|violation|violations',
  // How a sale of digital assets or stock is reported for tax (IRS, "Digital assets" and the
  // instructions for Form 8949 and Schedule D; Form 1099-DA and 1099-B are the brokers' reports):
  // "the crypto you sold has to be reported on Form 8949" describes a return, not an offer.
  'form|forms 8949|1099-da|1099-b|1099-k|w-2g',
  // The schedules and forms of a return that report a business's or an investment's income (IRS,
  // "Forms and instructions": Schedule C for self-employment, E for rents and royalties, SE for
  // self-employment tax, K-1 for a partner's share): "the mining income goes on Schedule C"
  // describes a return, not an offer. Not Schedule A: "schedule a call" is a verb.
  'schedule b|c|d|e|f|h|se|k-1',
  'form|forms 1040|1040-sr|1040-x|1065|1120|1120-s|1099|1099-nec|1099-misc|1099-int|1099-div|w-2|w-9|4868|8829|4562',
  'self-employment|self-employed income|tax|taxes|earnings|deduction|deductions',
  // The same information returns named by their number alone, as preparers and clients do ("the
  // 1099-MISC from the raffle", "your W-2G from the casino", "the 1099-K from the app"): only the
  // numbers with their letter suffix, which name nothing but the IRS form (IRS, "About Form
  // 1099-MISC", "About Form W-2G", "Understanding your Form 1099-K").
  '1099-misc|1099-nec|1099-int|1099-div|1099-k|1099-b|1099-da|1099-r|1099-g|1099-c|1099-s|w-2g',
  // Spanish: a class action and its settlement, as class administrators' Spanish notices name them
  // ("demanda colectiva", "acuerdo colectivo", "acción colectiva").
  'demanda|demandas|acción|accion|acuerdo|arreglo colectiva|colectivo|colectivas|colectivos',
  'cost basis',
  // Immigration procedures as USCIS names them ("Adjustment of status", the green card interview,
  // naturalization): "before your adjustment interview" is a case's step.
  'adjustment of status',
  'adjustment|naturalization|citizenship|asylum|consular interview|interviews',
  'green card interview|interviews|application|applications|renewal',
  'naturalization',
  // USCIS's forms named by number (USCIS, "All Forms": I-485 adjustment, I-130 relative petition,
  // I-765 work permit, I-131 travel, I-589 asylum, I-751 conditions, N-400 naturalization, and the
  // State Department's DS-260 visa application), and the biometrics appointment: an immigration case.
  'i-485|i-130|i-765|i-131|i-589|i-751|i-864|i-601|i-601a|i-129f|n-400|ds-260',
  'biometrics appointment|appointments',
  // Spanish "record": a criminal record had or not ("usted no tiene antecedentes", "antecedentes
  // penales"). Not "sin revisión de antecedentes", a gun or rental seller's promise.
  'antecedentes penales|criminales',
  'tiene|tenga|tener|tienen|tenía|tenia|tengo|tuvo antecedentes',
  // Spanish: an asset declared on a bankruptcy schedule or a tax return ("hay que declararlo con
  // su valor de hoy"), told with its object pronoun.
  'declararlo|declararla|declararlos|declararlas|declárelo|declarelo|declárela|declarela|declárelos|declarelos',
];

/**
 * A relative's belongings or affairs, named as the reader's or a party's ("your father's gun
 * collection", "her late husband's debts"): how an estate or family matter is described. Only the
 * possessive ("is your husband home?" names no matter), and only where nothing is pitched: "cigars
 * for your father's birthday, call now" is a sale (see forbidden-content.ts).
 */
export const RELATIVES_POSSESSIONS: readonly string[] = [
  "your|his|her|their late? father's|mother's|parent's|husband's|wife's|spouse's|son's|daughter's|brother's|sister's|grandfather's|grandmother's|uncle's|aunt's|child's|children's",
  // Spanish names the owner after "de" ("la colección de rifles de su padre", "las deudas de su
  // difunto esposo").
  'de su|tu difunto|difunta|fallecido|fallecida? padre|madre|papá|mamá|esposo|esposa|marido|hermano|hermana|abuelo|abuela|hijo|hija|tío|tía',
];

/**
 * Case vocabulary: when one of these words stands within a few words of a trigger, in the same
 * sentence, the trigger is about a matter, not an offer ("your marijuana possession charge",
 * "the hearing on the casino dispute"). Plurals are listed where they keep the legal sense
 * ("motions", "hearings"), not where they leave it ("tickets" to a show).
 */
export const CASE_CONTEXT_WORDS: readonly string[] = [
  'abogada',
  'abogado',
  'accident',
  'accidente',
  'accused',
  // The insurer's and the agency's people who handle a claim (workers' compensation, benefits).
  'adjuster',
  'adjusters',
  'acquittal',
  'acquitted',
  'acreedor',
  'acreedores',
  'acusacion',
  'acusación',
  'addiction',
  'albacea',
  'allegation',
  'allegations',
  'alleged',
  'appeal',
  'appeals',
  'arbitraje',
  'arbitration',
  'arbitrator',
  'arraignment',
  'arrest',
  'arrested',
  'arresto',
  'asilo',
  'asylum',
  'attorney',
  'audiencia',
  'audit',
  'bail',
  'bancarrota',
  'bankruptcy',
  'beneficiary',
  'cargo',
  'cargos',
  'case',
  'cases',
  'caseworker',
  'caseworkers',
  'caso',
  'chapter',
  'charge',
  'charged',
  'charges',
  'cita',
  'citation',
  'citatorio',
  'clause',
  'clauses',
  'claim',
  'claims',
  'complaint',
  'complaints',
  'convicted',
  'conviction',
  'convictions',
  'corte',
  'counsel',
  'court',
  'creditor',
  'creditors',
  'crime',
  'criminal',
  'custodia',
  'custody',
  'damages',
  'debtor',
  'defendant',
  'defense',
  'delito',
  'demand',
  'demanda',
  'deportacion',
  'deportación',
  'deportation',
  'deposition',
  'depositions',
  'desalojo',
  'deudor',
  'discharge',
  'discharged',
  'discovery',
  'dismissal',
  'dismissed',
  'dispute',
  'divorce',
  'divorcio',
  'docket',
  'dui',
  'dwi',
  'eeoc',
  // Spanish "garnishment" and "levy" (a court's embargo of wages or an account), and the
  // bankruptcy trustee: the words a Spanish-speaking client's frozen account comes with.
  'embargo',
  'embargos',
  'employer',
  'estate',
  // Probate's own words (the Uniform Probate Code's and the Texas Estates Code's terms: letters
  // testamentary, the executor or administrator of a will, the decedent, heirs at law, intestacy,
  // a codicil): an estate matter, whatever the estate holds.
  'testamentary',
  'executor',
  'executors',
  'executrix',
  'decedent',
  'decedents',
  'intestate',
  'intestacy',
  'codicil',
  'heirship',
  'probated',
  // The restrictive covenants of an employment contract (the FTC's Non-Compete Clause Rule; state
  // statutes such as Tex. Bus. & Com. Code § 15.50): an employee's matter, whatever the employer sells.
  'non-compete',
  'noncompete',
  'non-competes',
  'noncompetes',
  'non-solicitation',
  'nonsolicitation',
  'non-solicit',
  'non-disclosure',
  'nondisclosure',
  'severance',
  'eviction',
  'evidence',
  'expungement',
  'felony',
  'fianza',
  'fideicomisaria',
  'fideicomisario',
  'fiscal',
  'footage',
  'foreclosure',
  'fraud',
  'garnishment',
  'guardianship',
  'hearing',
  'hearings',
  'herencia',
  'immigration',
  'indemnizacion',
  'indemnización',
  'indicted',
  'indictment',
  'inheritance',
  'injured',
  'injury',
  'insurance',
  'insurer',
  'investigation',
  'judge',
  'judges',
  'judgment',
  'judgments',
  'juez',
  'jueza',
  'juicio',
  'juror',
  'jurors',
  'jury',
  'lab',
  'landlord',
  'lawsuit',
  'lawsuits',
  'lawyer',
  // A lease and its parties and terms: landlord-tenant and commercial real-estate work.
  'lease',
  'leases',
  'lender',
  'lesiones',
  // A bank levy is how a judgment creditor or the IRS takes money from an account (IRS, "Levy").
  'levied',
  'levy',
  'liability',
  'lien',
  'litigation',
  'manutencion',
  'manutención',
  'mediation',
  'mediator',
  'misdemeanor',
  'motion',
  'motions',
  'negligence',
  'offence',
  'offense',
  'overtime',
  'owi',
  'parole',
  'petition',
  'petitions',
  'plaintiff',
  'plea',
  'police',
  'possession',
  'probate',
  'probation',
  'prosecution',
  'prosecutor',
  'quiebra',
  'record',
  'records',
  'report',
  'scam',
  'seized',
  'seizure',
  'sentence',
  'sentencia',
  'sentencing',
  'settlement',
  // "The statute of limitations runs on June 1": the deadline to file a claim.
  'statute',
  'subpoena',
  'subpoenas',
  'sucesion',
  'sucesión',
  'sue',
  'sued',
  'suing',
  'suit',
  'surveillance',
  'testamento',
  'testified',
  'testify',
  'testimony',
  'ticket',
  'treatment',
  // The treatment an injury or workers' compensation claim pays for ("the carrier approved your
  // physical therapy"), named like "treatment".
  'therapy',
  // The same for an operation ("the prescriptions you filled after the surgery"); Spanish too.
  'surgery',
  'surgeries',
  'cirugía',
  'cirugia',
  'trial',
  'trials',
  'tribunal',
  'tenancy',
  'tenant',
  'tenants',
  'trustee',
  'uscis',
  'verdict',
  'verdicts',
  'victim',
  'violation',
  'visa',
  'wages',
  'warrant',
  'witness',
  'witnesses',
  // Spanish counterparts of the words above (a fall on someone's premises, the injured party, the
  // parties, a claim, witnesses, an adjuster, a tenant, the prosecutor, a conviction, probation, a
  // motion, mediation, a lender), as the Texas and California courts' Spanish self-help pages write them.
  'prestamista',
  'prestamistas',
  'casero',
  'casera',
  'arrendadora',
  'estafa',
  'estafas',
  'fraude',
  'caída',
  'caida',
  'caídas',
  'resbalón',
  'resbalon',
  'lesionado',
  'lesionada',
  'demandante',
  'demandado',
  'demandada',
  'reclamo',
  'reclamación',
  'reclamacion',
  'testigo',
  'testigos',
  // A complaint filed with an agency or a court ("presentaremos una queja ante la FTC").
  'queja',
  'quejas',
  'ajustador',
  'ajustadora',
  'inquilino',
  'inquilina',
  'arrendador',
  'fiscalía',
  'fiscalia',
  'condena',
  'probatoria',
  'moción',
  'mocion',
  'mediación',
  'mediacion',
  // The rest of the English list's Spanish counterparts, as the same courts' pages write them: the
  // defense, the accused, the court and the jury, an appeal, a verdict, a report to the police.
  'defensa',
  'acusado',
  'acusada',
  'juzgado',
  'jurado',
  'apelación',
  'apelacion',
  'veredicto',
  'denuncia',
];

/**
 * Case words that scam texts use as well ("suspicious charges", "fraud department", "police
 * report"): they do not excuse phishing wording, which is judged more strictly than offers.
 */
export const CASE_WORDS_SCAMS_USE: readonly string[] = [
  // Spanish: "cargo" is a criminal charge and a card charge alike; scams name fraud too, and an
  // impostor's "denuncia en su contra" as the English one's warrant.
  'cargo',
  'denuncia',
  'cargos',
  'fraude',
  'estafa',
  'estafas',
  // Insurance and benefits impostors name them too ("your adjuster needs your bank details").
  'adjuster',
  'adjusters',
  'caseworker',
  'caseworkers',
  'charge',
  'charges',
  'claim',
  'claims',
  'court',
  'fraud',
  'insurance',
  'investigation',
  'jury',
  'police',
  'report',
  'scam',
  'settlement',
  'victim',
  'warrant',
];

/**
 * "claim" is case vocabulary as a noun ("your harassment claim") but prize-scam wording as a verb
 * ("claim your prize", "to claim call", "2 claim", "claim 500"): it counts only when none of these
 * words comes next, "to" (or its texting form "2") does not come before, and a number comes next
 * only after a determiner (CLAIM_AS_NOUN_BEFORE_WORDS: "your claim 4471").
 */
export const CLAIM_AS_VERB_NEXT_WORDS: readonly string[] = [
  'a',
  'an',
  'call',
  'code',
  'free',
  'it',
  'now',
  'prize',
  'the',
  'this',
  'today',
  'your',
  'yours',
];

/**
 * "visa" is case vocabulary for an immigration matter ("your visa interview") but a card brand
 * before these words ("a $500 Visa gift card", the prize scams' favourite): then it is no case word.
 */
export const VISA_AS_CARD_NEXT_WORDS: readonly string[] = [
  'card',
  'cards',
  'gift',
  'debit',
  'prepaid',
  'credit',
  'reward',
];

/**
 * "arbitraje" is arbitration, a case word, but the crypto trade's arbitrage before these words
 * ("arbitraje P2P en Binance", "arbitraje de USDT"; the CFTC and FTC warn of arbitrage programs that
 * promise a daily return): then it is no case word. Not "arbitraje de Binance": an arbitration with
 * the exchange.
 */
export const ARBITRAJE_AS_TRADE_NEXT_WORDS: readonly string[] = [
  'p2p',
  'cripto',
  'crypto',
  'usdt',
  'usdc',
  'bitcoin',
  'btc',
  'criptomonedas',
  'triangular',
];

/**
 * The words that keep "arbitraje" the trade after "de": "arbitraje de USDT" is sold, but "su
 * arbitraje de cripto con Coinbase" may be an arbitration about crypto, a case.
 */
export const ARBITRAJE_DE_TRADE_NEXT_WORDS: readonly string[] = ['p2p', 'usdt', 'usdc'];

/**
 * "fiscal" is the prosecutor in Spanish, a case word, but the tax adjective after these nouns ("sin
 * timbre fiscal", the tax stamp untaxed cigarettes lack; "año fiscal", "domicilio fiscal"): then it
 * is no case word.
 */
export const FISCAL_AS_ADJECTIVE_BEFORE_WORDS: readonly string[] = [
  'timbre',
  'timbres',
  'sello',
  'sellos',
  'marbete',
  'marbetes',
  'estampilla',
  'estampillas',
  'año',
  'ejercicio',
  'domicilio',
  'régimen',
  'regimen',
  'comprobante',
  'comprobantes',
];

/** Words before "claim" that make it a reply keyword ("Reply CLAIM to receive your prize"), never a case noun. */
export const CLAIM_AS_KEYWORD_BEFORE_WORDS: readonly string[] = ['reply', 'text', 'txt', 'send', 'respond'];

/** Words before "claim" that make it a noun even when a number follows ("your claim 4471 was approved"). */
export const CLAIM_AS_NOUN_BEFORE_WORDS: readonly string[] = [
  'a',
  'an',
  'the',
  'this',
  'that',
  'your',
  'my',
  'our',
  'his',
  'her',
  'their',
  'insurance',
  'injury',
];

/*
 * Words that name a day: a warning that names the day ("Final notice of your hearing on May 3",
 * "the statute of limitations runs on June 1") is a firm's reminder of a legal deadline, where a
 * scam's urgency names none or hides it behind its link. English and Spanish, with the usual
 * abbreviations; a month counts beside a day's number, numeric dates are matched apart (see
 * phishing-language).
 */
export const MONTH_WORDS: readonly string[] = [
  'january',
  'jan',
  'february',
  'feb',
  'march',
  'mar',
  'april',
  'apr',
  'may',
  'june',
  'jun',
  'july',
  'jul',
  'august',
  'aug',
  'september',
  'sept',
  'sep',
  'october',
  'oct',
  'november',
  'nov',
  'december',
  'dec',
  ...SPANISH_MONTH_NAMES,
];

export const WEEKDAY_WORDS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  ...SPANISH_WEEKDAY_NAMES,
];
