import { describe, expect, it } from 'vitest';
import { checkRule } from '../engine';
import { type ExpectedFinding, runRuleTests } from '../testing/rule-tester';
import type { ForbiddenCategory, Severity } from '../types';
import rule from './forbidden-content';

/** The exact range of `phrase` in `text` (its nth occurrence), so the tables stay readable. */
function at(text: string, phrase: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let seen = 0; seen <= nth; seen++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`"${phrase}" not in "${text}"`);
  return { start, end: start + phrase.length };
}

/**
 * The one finding that starts where `phrase` does: its severity and range, and its category when
 * one is given (the round tables that name it).
 */
function expectOneFindingAt(text: string, phrase: string, severity: Severity, category?: ForbiddenCategory): void {
  const found = checkRule(rule, text).filter((finding) => finding.start === at(text, phrase).start);
  if (category === undefined) {
    expect(found.map(({ severity, start, end }) => ({ severity, start, end }))).toEqual([
      { severity, ...at(text, phrase) },
    ]);
  } else {
    expect(found.map(({ severity, start, end, category }) => ({ severity, start, end, category }))).toEqual([
      { severity, ...at(text, phrase), category },
    ]);
  }
}

function solicitation(text: string, phrase: string, category: ForbiddenCategory): ExpectedFinding {
  return { messageId: 'solicitation', ...at(text, phrase), severity: 'error', category };
}

function trigger(text: string, phrase: string, category: ForbiddenCategory): ExpectedFinding {
  return { messageId: 'trigger', ...at(text, phrase), severity: 'warning', category };
}

function invalid(
  text: string,
  ...expected: [kind: 'solicitation' | 'trigger', phrase: string, category: ForbiddenCategory][]
) {
  return {
    text,
    findings: expected.map(([kind, phrase, category]) =>
      kind === 'solicitation' ? solicitation(text, phrase, category) : trigger(text, phrase, category),
    ),
  };
}

runRuleTests(rule, {
  valid: [
    'Su caso de posesión de marihuana se desestimó en la audiencia de hoy.',
    // A firm's Spanish: payday loans in a bankruptcy, a client's income for support, a casino fall.
    'Incluimos sus préstamos de día de pago en la lista; los prestamistas ya no pueden cobrarle.',
    'Usted gana $3,000 al mes, así que la manutención sería de unos $600.',
    'Su empleador le pagaba $120 diario; ahora usted gana $900 a la semana.',
    'La prima del seguro médico de los niños es de $210 al mes; la incluimos en la manutención.',
    'Sobre su caída en el casino: pedimos los videos. El casino tiene 30 días para contestar.',
    'El administrador del acuerdo colectivo abrió el sitio. Reclame su pago antes del 30 de abril.',
    // Issue 10: ordinary law-firm messages that were blocked. Legal context decides.
    'Good news: you are awarded a $25,000 judgment in your case.',
    'Your student loans are eligible for discharge in your bankruptcy case.',
    // The jury is case vocabulary: its award is a verdict, not a prize.
    "Hartwell & Diaz: we won! The jury awarded you $250,000. Call Dr. Lee's office at 512-555-0199 to book a follow-up.",
    'Please call to claim your settlement check.',
    'Your documents await collection at our front desk.',
    'You have been selected to receive a settlement payment from the class action fund.',
    'Dear voucher holder: the court accepted your housing voucher.',
    'The weekly draw on your trust account is $500.',
    'Your bankruptcy discharge was granted. Debt relief is now in effect.',
    'We won your appeal: the court awarded you $40,000 in damages. Call us to discuss.',
    "The casino's collection agency sued you; we listed the debt in your Chapter 7.",
    // The ordinary vocabulary of a client's case never fires.
    'Hi Maria, this is Hartwell & Diaz. Please send copies of your medical bills from the accident.',
    'Hartwell & Diaz: we requested your prescription records from the pharmacy.',
    // "Without a prescription" as the fact of a drug charge, not a seller's promise.
    'The lab report says the pills found in your car were oxycodone without a prescription. We are asking for the chain of custody records.',
    // Spanish estate words are case vocabulary, as "estate" and "probate" are.
    'El patrimonio de su padre incluye 2.3 bitcoin; los valoraremos en la sucesión.',
    'Su herencia incluye una pistola; el albacea la entregará a un vendedor con licencia.',
    'Hartwell & Diaz: your DUI hearing moved to 3/14 at 9am. Reply STOP to opt out.',
    'Reminder: your 341 meeting of creditors is Tuesday at 10am. Bring your photo ID.',
    'If the debt collector calls again, do not speak with them; forward any letters to us.',
    'We filed your sexual harassment claim with the EEOC today.',
    'Good news: your firearm charge was reduced to a misdemeanor.',
    'The adult guardianship petition for your mother has been filed.',
    'Your alcohol-related offense can be expunged next year.',
    'Your possession of marijuana charge was dismissed this morning.',
    'The hearing on your marijuana case is set for May 2.',
    'Please bring a list of your debts and creditors to the bankruptcy intake.',
    'The bank approved your loan modification. Call us with questions.',
    'Your Chapter 7 discharge was entered today.',
    "The court will consider your husband's gambling addiction in the divorce.",
    'The DA filed a hate crime enhancement against the defendant.',
    'The wrongful death complaint was filed this morning.',
    // The disclosure 11 U.S.C. § 528 requires of bankruptcy firms.
    'We are a debt relief agency. We help people file for bankruptcy relief under the Bankruptcy Code.',
    'Your payday loan lawsuit against QuickCash has settled.',
    'The payday lender filed a proof of claim in your case.',
    'The police found no cocaine in the car, and the lab report agrees.',
    'List any crypto accounts on Schedule A/B before Friday.',
    'You have won the appeal! The judge ruled in your favor.',
    'Your FDCPA claim against the debt collection agency is filed.',
    // A legal phrase overlapping offer wording excuses it ("possession of THC" + "THC vape").
    'Your son was charged with possession of THC vape cartridges. We will be at the arraignment.',
    'The vape shop where you were injured has insurance.',
    'Please send the casino surveillance footage request by Monday.',
    'Your husband spends $2,000 a month on sports betting, which we will raise at mediation.',
    'Please do not apply for a loan or open new credit cards until your discharge.',
    'You have been awarded primary custody, and the jury awarded you $50,000 in damages.',
    'To claim your share of the class settlement, file the form by 6/1.',
    // "xxx" alone is a placeholder or a sign-off, never a trigger.
    'Your case number is 2024-CV-XXX; the full number is in the portal.',
    'Please bring the dram shop evidence: the bar served him 9 drinks.',
    // Past earnings are a wage claim, not an offer; the new slack must not reach them.
    'Hartwell & Diaz: you earned $4,200 a month before the injury, so the lost-wage claim is about $50,400.',
    'Hartwell & Diaz: your employer made you work from home without overtime pay; we added that to the complaint.',
    'Hartwell & Diaz: your Chapter 7 case will help you get out of debt; the discharge is expected in June.',
    // "visa" is case vocabulary unless a card follows it.
    'Hartwell & Diaz: your student visa interview is on 5/2; bring your I-20.',
    'Hartwell & Diaz: your loan modification was approved today.',
    'Hartwell & Diaz: we work with local attorneys in Dallas on out-of-county hearings.',
    'Hartwell & Diaz: you or a family member must sign the guardianship papers by Friday.',
    'Hartwell & Diaz: please bring the receipts for the weed killer you bought in 2019.',
    'Hartwell & Diaz: Chapter 13 will lower your monthly payments by about $200.',
    'Hartwell & Diaz: the bankruptcy filing will stop collection calls right away.',
    'Hartwell & Diaz: the judge approved the emergency loan from your 401(k) to pay the support arrears.',
    'Hartwell & Diaz: the credit union agreed to reduce your car payments by $120 a month.',
    'Hartwell & Diaz: you were selected for a free consultation with our tax team.',
    // A party's income described, in the present, progressive or third person.
    'Hartwell & Diaz: bring any recordings you make at home to the meeting.',
    'Hartwell & Diaz: your husband makes money online selling cars, so we will ask for his records.',
    'Hartwell & Diaz: he has been making money from home since 2022; the judge will hear about it.',
    'Hartwell & Diaz: your husband makes $5,000 a month, so child support will be about $900.',
    'Hartwell & Diaz: you were approved for up to $1,200 in victim compensation.',
    'Hartwell & Diaz: your ex says he invests in bitcoin every month; we will subpoena the exchange.',
    'Hartwell & Diaz: she plays slots every weekend, which matters for the custody evaluation.',
    'Hartwell & Diaz: the officer claims he buys guns for other people; that is the straw purchase charge.',
    // What a named party sells is a business described (a lease, a permit, a complaint), and a
    // regulated trade's license is the client's regulatory matter.
    'The lease lets the tenant sell CBD products from the unit.',
    'Hartwell & Diaz: the tenant sells beer and wine specials from the store, which the lease allows.',
    "The defendant's shop carries cheap cigarettes and vape deals, the complaint says.",
    'The lender advertised payday loans with no credit check, the complaint says.',
    // A client's own prescriptions around an operation an injury claim pays for.
    'We need the names of the pharmacies where you filled your oxycodone prescriptions after the surgery.',
    'Your student loan forgiveness under the federal PSLF program was approved in your case on Monday.',
    // A drug named in a criminal case is the case's word.
    'Police found magic mushrooms in the car; the hearing is Monday.',
    // A debt relief company the client paid, listed in a bankruptcy petition; a creditor's offer.
    'In the petition we must list the $2,100 you paid the debt relief company last year.',
    "The creditor's debt settlement offer expires Friday; call me so we can decide.",
    // The credit-check and prize pitches in a case's facts.
    'The lender gave her the loan without checking her credit, which the complaint says broke state law.',
    'El prestamista le dio el préstamo sin revisar su crédito, y eso es parte de la demanda.',
    'Usted ganó $45,000 en el juicio; el cheque llegará en 30 días.',
    "Our client's store sells firearms; the permit hearing is Monday.",
    'The liquor license for your restaurant was renewed.',
    'The gambling license of the casino was revoked.',
    "The casino's insurer denied your slip-and-fall claim.",
    // Plural case nouns are case vocabulary too.
    'Hartwell & Diaz: you have won 2 of the 3 motions.',
    // A bare count a few words after "win" is no prize amount.
    'If we win it is really no 1 side for long.',
    'Hartwell & Diaz: your Chapter 13 plan consolidated your debts into one payment to the trustee.',
    'Hartwell & Diaz: under Chapter 13 you repay through one affordable monthly payment to the trustee.',
    'Hartwell & Diaz: we filed a dispute asking Equifax to remove the paid account from your credit report.',
    'Hi Maria, you were awarded $3,000 in back pay. Please call 512-555-0123 to arrange pickup.',
    { text: 'Join us at the firm happy hour on Friday.', settings: { allowedTerms: ['Happy Hour'] } },
    { text: 'Casino bonus clawback: your hearing is set.', settings: { allowedTerms: ['casino'] } },
    {
      text: 'We now advise cannabis dispensaries on licensing.',
      settings: { allowedTerms: ['cannabis', 'dispensaries'] },
    },
    // A betting account's records and debts (IRS: gambling winnings and losses), and an insurer's
    // preauthorization of a prescription: a tax return's, an inventory's or a claim's facts.
    'Send me your betting account statements from last year so we can total the losses.',
    'Please list his poker winnings and any casino markers on the asset form.',
    'The insurer must preauthorize your oxycodone refill before the pharmacy fills it.',
    // Forgiveness that happened, and a closing's pre-approved amount beside the lender: a case's news.
    'Your student loans were forgiven under PSLF last month.',
    'The closing needs your pre-approved loan amount letter from the lender.',
    "We'll see what the buyers offer for your house before the hearing.",
    'Code fines can run up to $500 a day. Call us to talk it over.',
    // Spanish
    'Hartwell & Diaz: Su esposo trabaja desde casa y gana $5,000 al mes; lo usaremos para calcular la manutención.',
    'Hartwell & Diaz: El juez ordenó que su exesposo pague la manutención; él gana $2,000 al mes.',
    // The seventh batch's Spanish counterparts, as a firm's case facts.
    'Hartwell & Diaz: los adelantos de efectivo que sacó van en la lista de acreedores de la bancarrota.',
    'Hartwell & Diaz: usted dijo que gano $500 a la semana en la obra; eso va en el reclamo de salarios.',
    'Hartwell & Diaz: el cobrador le dijo que dejara de pagarles a sus acreedores; eso va en la demanda.',
    'Hartwell & Diaz: la policía encontró hongos mágicos en el carro; la audiencia es el lunes.',
    'Hartwell & Diaz: el anuncio prometía ser su propio jefe; es la prueba del fraude en la demanda.',
  ],
  invalid: [
    invalid(
      'Sea su propio jefe: libertad financiera en 3 meses. Escriba INFO.',
      ['solicitation', 'Sea su propio jefe', 'get-rich-quick'],
      ['solicitation', 'libertad financiera', 'get-rich-quick'],
    ),
    invalid('Efectivo hoy, aprobado al instante. Responda SI.', [
      'solicitation',
      'aprobado al instante',
      'high-risk-financial',
    ]),
    invalid('Le prestamos sin revisar su historial crediticio. Responda SI.', [
      'solicitation',
      'sin revisar su historial crediticio',
      'high-risk-financial',
    ]),
    invalid('Hongos mágicos a domicilio. Responda MENU.', ['solicitation', 'Hongos mágicos', 'illegal-substances']),
    invalid(
      'Farmacia mexicana: Ozempic sin receta, envío gratis.',
      ['solicitation', 'Farmacia mexicana', 'prescription-drugs'],
      ['solicitation', 'Ozempic sin receta', 'prescription-drugs'],
    ),
    invalid('Deje de pagar sus tarjetas y únase hoy. Llame al 555-0100.', [
      'solicitation',
      'Deje de pagar sus tarjetas',
      'debt-collection',
    ]),
    invalid(
      'Préstamos aunque tenga mal crédito, fondos el mismo día. Responda SI.',
      ['solicitation', 'aunque tenga mal crédito', 'high-risk-financial'],
      ['solicitation', 'fondos el mismo día', 'high-risk-financial'],
    ),
    invalid('Su número fue elegido en el sorteo de verano. Llame hoy para reclamar $500.', [
      'solicitation',
      'número fue elegido en el sorteo',
      'gambling',
    ]),
    invalid('Cobre hasta $30,000 sin pagar abogado. Responda SI.', [
      'solicitation',
      'sin pagar abogado',
      'lead-generation',
    ]),
    // Spanish counterparts of the English offers (FTC's Spanish alerts; Twilio's categories).
    invalid('Préstamo de día de pago aprobado: $800 hoy mismo. Responda SI.', [
      'solicitation',
      'Préstamo de día de pago aprobado',
      'high-risk-financial',
    ]),
    invalid(
      'Reparamos su crédito: borramos cuentas en cobranza en 30 días. Llame ya.',
      ['solicitation', 'Reparamos su crédito', 'debt-collection'],
      ['solicitation', 'borramos cuentas', 'debt-collection'],
    ),
    invalid('Elimine hasta el 60% de su deuda con nuestro programa.', [
      'solicitation',
      'Elimine hasta el 60% de su deuda',
      'debt-collection',
    ]),
    invalid('Gana $900 a la semana desde tu casa, sin jefe. Escribe INFO.', [
      'solicitation',
      'Gana $900 a la semana desde tu casa',
      'get-rich-quick',
    ]),
    invalid(
      'Invierte $300 en cripto y duplica tu dinero en 5 días, cero riesgo.',
      ['solicitation', 'Invierte $300 en cripto', 'get-rich-quick'],
      ['solicitation', 'duplica tu dinero', 'get-rich-quick'],
      ['solicitation', 'cero riesgo', 'get-rich-quick'],
    ),
    invalid('Compre su boleto de la lotería extranjera por $20 y gane millones.', [
      'solicitation',
      'Compre su boleto de la lotería',
      'gambling',
    ]),
    invalid(
      'Chicas solteras cerca de ti, contenido para adultos. Responde SI.',
      ['trigger', 'Chicas solteras cerca de ti', 'sex'],
      ['trigger', 'contenido para adultos', 'sex'],
    ),
    // Fourth tuning batch's shapes in new wording: a low score named any way, a pre-approved offer
    // as the reader's, tax debt settled for less, forgiveness promised with a modal, stores that run
    // themselves, work doable from the phone, daily pay, an explicit set, the house-buyer bait, solar
    // at no money down.
    invalid('Borrow now, despite weak credit. Call 800-555-0100.', [
      'solicitation',
      'despite weak credit',
      'high-risk-financial',
    ]),
    invalid('Your prequalified funding of $8,000 expires Friday, reply YES.', [
      'solicitation',
      'Your prequalified funding',
      'high-risk-financial',
    ]),
    invalid('We can resolve your tax debt for less, call today.', [
      'solicitation',
      'resolve your tax debt for less',
      'debt-collection',
    ]),
    invalid('Your debts could be erased in 90 days! Reply YES.', [
      'solicitation',
      'debts could be erased',
      'debt-collection',
    ]),
    invalid(
      'Get a done-for-you Shopify store and earn while you sleep. Reply INFO.',
      ['solicitation', 'done-for-you Shopify store', 'get-rich-quick'],
      ['solicitation', 'while you sleep', 'get-rich-quick'],
    ),
    invalid('Remote gigs you can do from your phone. Reply JOB.', [
      'solicitation',
      'gigs you can do from your phone',
      'get-rich-quick',
    ]),
    invalid('Same-day payouts of $300. Join now.', ['solicitation', 'Same-day payouts of $300', 'get-rich-quick']),
    invalid('This role pays up to $400 per day. Text WORK.', [
      'solicitation',
      'pays up to $400 per day',
      'get-rich-quick',
    ]),
    invalid('Naked gallery unlocked for $9, tap to view.', ['solicitation', 'Naked gallery', 'sex']),
    invalid('Check what local investors would pay for your home. Reply YES.', [
      'solicitation',
      'Check what local investors would pay for your home',
      'lead-generation',
    ]),
    invalid('Go solar with zero money down. Reply SUN.', [
      'solicitation',
      'solar with zero money down',
      'lead-generation',
    ]),
    // A betting account's records are a legal phrase; opening one with a free bet is still an offer.
    invalid(
      'Open a sportsbook account today and get a risk-free bet.',
      ['trigger', 'sportsbook', 'gambling'],
      ['solicitation', 'risk-free bet', 'gambling'],
    ),
    // A subject before an imperative offer verb makes it a statement about someone: a warning at
    // most, where the bare imperative or "you can make" is the offer.
    invalid('Hartwell & Diaz: Maria, you make $900 a week, so you qualify for the fee waiver.', [
      'trigger',
      'make $900 a week',
      'get-rich-quick',
    ]),
    invalid('You can make $5,000 a week from home. Text JOIN to 55123.', [
      'solicitation',
      'make $5,000 a week',
      'get-rich-quick',
    ]),
    // Issue 10, decided: pre-settlement funding offered by the firm is a loan offer, and the error is
    // right. It is a cash advance repaid from the settlement at rates far above ordinary credit, the
    // high-risk financial service Twilio's forbidden categories list (payday and short-term
    // high-interest loans, third-party lending), and bar ethics opinions warn lawyers against
    // steering clients to it (ABA Model Rule 1.8(e)). The settlement beside it does not make it case
    // news: the sentence offers the reader money to borrow.
    invalid('Hartwell & Diaz: You can borrow up to $2,000 against the settlement through our funding partner.', [
      'solicitation',
      'borrow up to $2,000',
      'high-risk-financial',
    ]),
    // Spanish offers, with the same legal-context care.
    invalid(
      '¿Muchas deudas? Préstamos rápidos sin revisión de crédito. Llame ya.',
      ['solicitation', 'Préstamos rápidos', 'high-risk-financial'],
      ['solicitation', 'sin revisión de crédito', 'high-risk-financial'],
    ),
    invalid('Your federal student loans are eligible for forgiveness. Apply now at loanhelp.co.', [
      'solicitation',
      'loans are eligible for forgiveness',
      'debt-collection',
    ]),
    invalid('Gane dinero desde casa: hasta $500 por semana.', [
      'solicitation',
      'Gane dinero desde casa',
      'get-rich-quick',
    ]),
    invalid(
      'Loans up to $5,000 without checking your credit, approval in minutes. Reply YES.',
      ['solicitation', 'without checking your credit', 'high-risk-financial'],
      ['solicitation', 'approval in minutes', 'high-risk-financial'],
    ),
    invalid(
      'Préstamos de hasta $5,000 sin revisar su crédito, aprobación en minutos. Responda SI.',
      ['solicitation', 'sin revisar su crédito', 'high-risk-financial'],
      ['solicitation', 'aprobación en minutos', 'high-risk-financial'],
    ),
    invalid('We noticed you qualify for up to $25,000 in debt forgiveness under a new federal program. Reply 1.', [
      'solicitation',
      'debt forgiveness under a new federal program',
      'debt-collection',
    ]),
    invalid('¡Felicidades! Usted ganó un iPhone en nuestro sorteo. Pague $4.99 de envío.', [
      'solicitation',
      'Usted ganó un iPhone',
      'gambling',
    ]),
    invalid(
      'Need cash fast? Get a payday loan today with no credit check!',
      ['solicitation', 'Need cash fast', 'high-risk-financial'],
      ['solicitation', 'Get a payday loan today', 'high-risk-financial'],
      ['solicitation', 'no credit check', 'high-risk-financial'],
    ),
    {
      ...invalid('Buy crypto now and watch it grow.', ['solicitation', 'Buy crypto', 'high-risk-financial']),
      suggestionOutputs: ['now and watch it grow.'],
    },
    invalid(
      'Guaranteed approval, bad credit OK.',
      ['solicitation', 'Guaranteed approval', 'high-risk-financial'],
      ['solicitation', 'bad credit OK', 'high-risk-financial'],
    ),
    invalid('Ask us how to hold bitcoin.', ['trigger', 'bitcoin', 'high-risk-financial']),
    // Numbers with separators, currency words, plurals: the slack of real writing.
    invalid('Earn $5,000 a week from home', ['solicitation', 'Earn $5,000 a week', 'get-rich-quick']),
    invalid('Earn 5,000 dollars per week, no experience', [
      'solicitation',
      'Earn 5,000 dollars per week',
      'get-rich-quick',
    ]),
    invalid('Claim one free spin today', ['solicitation', 'free spin', 'gambling']),
    // Verb forms, words between the parts, spelled-out amounts, contractions, open forms.
    // The progressive also describes a party's income: a pitch, a warning without an offer cue.
    invalid('Making money from your home is easy with our system.', [
      'trigger',
      'Making money from your home',
      'get-rich-quick',
    ]),
    invalid('Earning an extra $3,000 per month is simple. Ask me how.', [
      'trigger',
      'Earning an extra $3,000 per month',
      'get-rich-quick',
    ]),
    invalid('Make five hundred dollars a day from your phone.', [
      'solicitation',
      'Make five hundred dollars a day',
      'get-rich-quick',
    ]),
    invalid('You have been pre approved for a loan. Reply YES.', [
      'solicitation',
      'You have been pre approved for a loan',
      'high-risk-financial',
    ]),
    invalid('Youve won a brand new iPhone! Claim it at prize-hub.net', [
      'solicitation',
      'Youve won a brand new iPhone',
      'gambling',
    ]),
    invalid('Consolidating your credit card debts is easy. Call now.', [
      'solicitation',
      'Consolidating your credit',
      'debt-collection',
    ]),
    invalid('Turn $200 into $2,000 with our trading platform.', [
      'solicitation',
      'Turn $200 into $2,000',
      'get-rich-quick',
    ]),
    invalid('CBD gummies 40% off this weekend.', ['solicitation', 'CBD gummies 40% off', 'illegal-substances']),
    // An offer to the reader stays one: bought, sold by the sender or by the reader, or imperative.
    invalid('Buy CBD gummies now at cbd-shop.net', ['solicitation', 'CBD gummies', 'illegal-substances']),
    invalid('We sell CBD products at the store on 5th.', ['solicitation', 'CBD products', 'illegal-substances']),
    invalid('Our little shop sells CBD gummies. Visit today.', [
      'solicitation',
      'shop sells CBD',
      'illegal-substances',
    ]),
    invalid('You can sell CBD gummies from home.', ['solicitation', 'CBD gummies', 'illegal-substances']),
    invalid('Sell CBD gummies from home!', ['solicitation', 'CBD gummies', 'illegal-substances']),
    // A third party's trade with no case in sight: a pitch, a warning without an offer cue.
    invalid('Her bakery sells CBD gummies now.', ['trigger', 'CBD gummies', 'illegal-substances']),
    invalid('The club offers lap dances; the board denied the permit.', ['trigger', 'lap dances', 'sex']),
    // An ad's own subject names no party: "Local store sells", "Great offers on".
    invalid('Local store sells CBD gummies.', ['solicitation', 'CBD gummies', 'illegal-substances']),
    invalid('Great offers on CBD gummies this week.', ['solicitation', 'CBD gummies', 'illegal-substances']),
    invalid('We offer lap dances every night.', ['solicitation', 'lap dances', 'sex']),
    invalid('Fresh pre rolls delivered tonight.', ['solicitation', 'pre rolls delivered', 'illegal-substances']),
    // Lead generation, prize, adult and alcohol offers as the FTC and CTIA describe them.
    invalid('Did you or a family member work at the plant? Reply YES for a free evaluation.', [
      'solicitation',
      'you or a family member',
      'lead-generation',
    ]),
    invalid('Hurt in a crash? We work with top lawyers who can get you paid. Text back today.', [
      'solicitation',
      'work with top lawyers',
      'lead-generation',
    ]),
    invalid('We erase late payments from your credit report in 30 days.', [
      'trigger',
      'erase late payments from your credit report',
      'debt-collection',
    ]),
    invalid('You may qualify for $6,000 in benefits. Reply YES.', [
      'solicitation',
      'You may qualify for $6,000 in benefits',
      'lead-generation',
    ]),
    invalid(
      'Our participating attorneys will review your case for free. Reply YES.',
      ['solicitation', 'participating attorneys', 'lead-generation'],
      ['solicitation', 'review your case for free', 'lead-generation'],
    ),
    // Loan, debt relief, money-making, adult, lead and prize offers in more of the FTC's shapes.
    invalid('Get approved for up to $5,000 today. Tap to apply.', [
      'solicitation',
      'approved for up to $5,000',
      'high-risk-financial',
    ]),
    invalid('Emergency loans with no paperwork. Apply now.', [
      'solicitation',
      'Emergency loans',
      'high-risk-financial',
    ]),
    invalid('Low credit score? We approve everyone.', ['solicitation', 'We approve everyone', 'high-risk-financial']),
    invalid('Tired of collection calls? Reply HELP.', ['solicitation', 'Tired of collection calls', 'debt-collection']),
    invalid('Cut your credit card payments by 50% with our plan.', [
      'trigger',
      'Cut your credit card payments by 50',
      'debt-collection',
    ]),
    invalid(
      'Turn your phone into a money machine and start earning tonight.',
      ['solicitation', 'money machine', 'get-rich-quick'],
      ['solicitation', 'start earning tonight', 'get-rich-quick'],
    ),
    invalid('Meet lonely wives near you tonight.', ['solicitation', 'lonely wives', 'sex']),
    invalid('We have 10,000 fresh debt settlement leads.', [
      'solicitation',
      'fresh debt settlement leads',
      'lead-generation',
    ]),
    invalid("You've been selected for a free cruise. Reply YES.", [
      'solicitation',
      'selected for a free cruise',
      'gambling',
    ]),
    invalid('Join the VIP signals channel for daily picks.', ['solicitation', 'VIP signals', 'get-rich-quick']),
    invalid('We sell verified auto insurance leads in batches of 500.', [
      'solicitation',
      'verified auto insurance leads',
      'lead-generation',
    ]),
    invalid(
      'Drowning in card bills? We cut what you owe in half. Reply YES.',
      ['solicitation', 'Drowning in card bills', 'debt-collection'],
      ['solicitation', 'cut what you owe', 'debt-collection'],
    ),
    invalid("We're giving away 50 iPhones to loyal customers. Reply WIN.", [
      'solicitation',
      'giving away 50',
      'gambling',
    ]),
    invalid('Want to see my private pics? Add me.', ['solicitation', 'see my private pics', 'sex']),
    invalid('Craft beer delivered to your door this weekend.', ['solicitation', 'beer delivered', 'alcohol']),
    // "Visa" before "gift card" is the card brand, not an immigration matter.
    invalid('You were selected to receive a $500 Visa gift card. Reply YES', [
      'solicitation',
      'selected to receive a $500',
      'gambling',
    ]),
    // Pitch wording: an error with an offer cue, a warning without one.
    invalid('Debt relief available. Call now!', ['solicitation', 'Debt relief', 'debt-collection']),
    invalid('Debt relief is a big topic these days.', ['trigger', 'Debt relief', 'debt-collection']),
    invalid('Congratulations, you won a $500 gift card! Reply YES.', ['solicitation', 'you won a $500', 'gambling']),
    invalid(
      'We buy leads from injury firms: exclusive leads, pay per lead.',
      ['solicitation', 'We buy leads', 'lead-generation'],
      ['solicitation', 'exclusive leads', 'lead-generation'],
      ['solicitation', 'pay per lead', 'lead-generation'],
    ),
    // The service named is a pitch (a warning with no call to act); the promise beside it is the offer.
    invalid(
      'Consolidate your debt with our debt relief program.',
      ['solicitation', 'Consolidate your debt', 'debt-collection'],
      ['trigger', 'debt relief program', 'debt-collection'],
    ),
    invalid('Enroll in our debt relief program today. Call 555-0134.', [
      'solicitation',
      'debt relief program',
      'debt-collection',
    ]),
    {
      ...invalid(
        'Credit repair: erase your debt in 30 days!',
        // "Credit repair" alone names the service; the promise to erase debt is the offer.
        ['trigger', 'Credit repair', 'debt-collection'],
        ['solicitation', 'erase your debt', 'debt-collection'],
      ),
      suggestionOutputs: [': erase your debt in 30 days!', 'Credit repair: in 30 days!'],
    },
    invalid('This is an attempt to collect a debt.', ['trigger', 'attempt to collect a debt', 'debt-collection']),
    invalid(
      'Work from home and earn $5000 a month. Double your money with guaranteed returns!',
      ['solicitation', 'Work from home and earn', 'get-rich-quick'],
      ['solicitation', 'Double your money', 'get-rich-quick'],
      ['solicitation', 'guaranteed returns', 'get-rich-quick'],
    ),
    invalid(
      'Buy cannabis online, and do not miss our CBD oil sale.',
      ['solicitation', 'Buy cannabis', 'illegal-substances'],
      ['solicitation', 'CBD oil sale', 'illegal-substances'],
    ),
    // A lawful practice area, but carriers still filter the words: a warning, and allowedTerms turns it off.
    invalid(
      'We now advise cannabis dispensaries on licensing.',
      ['trigger', 'cannabis', 'illegal-substances'],
      ['trigger', 'dispensaries', 'illegal-substances'],
    ),
    // With a pitch around it, "without a prescription" is the seller's promise; without one, a warning.
    invalid(
      'Get Xanax without a prescription today.',
      ['solicitation', 'Xanax', 'prescription-drugs'],
      ['solicitation', 'without a prescription', 'prescription-drugs'],
    ),
    // Shipped overnight, the drug is on sale (see the `product` entries).
    invalid(
      'Tramadol without a prescription, shipped overnight.',
      ['solicitation', 'Tramadol', 'prescription-drugs'],
      ['trigger', 'without a prescription', 'prescription-drugs'],
    ),
    invalid(
      'Order Viagra online, no prescription needed.',
      ['solicitation', 'Viagra online', 'prescription-drugs'],
      ['solicitation', 'no prescription needed', 'prescription-drugs'],
    ),
    invalid(
      'Place your bets now! Casino bonus and 50 free spins.',
      ['solicitation', 'Place your bets', 'gambling'],
      ['solicitation', 'Casino bonus', 'gambling'],
      ['solicitation', 'free spins', 'gambling'],
    ),
    invalid(
      'WINNER!! You have won a £1000 cash prize. Call to claim.',
      // A topic word with a call to act around it is an offer too.
      ['solicitation', 'WINNER', 'gambling'],
      ['solicitation', 'You have won a £1000', 'gambling'],
      ['solicitation', 'cash prize', 'gambling'],
    ),
    // Sweepstakes wording with nothing to act on: a warning.
    invalid('Free entry in our weekly draw!', ['trigger', 'entry in our weekly draw', 'gambling']),
    // Case vocabulary in another sentence excuses a topic word, never offer wording.
    invalid('Your case is strong. Meanwhile, enjoy free spins at our casino.', [
      'solicitation',
      'free spins',
      'gambling',
    ]),
    invalid(
      'Hot singles in your area want to meet. XXX pics inside.',
      ['solicitation', 'Hot singles', 'sex'],
      ['solicitation', 'XXX pics', 'sex'],
    ),
    // "tonight" presses for an answer: the topic word becomes an offer.
    invalid('Escort available tonight.', ['solicitation', 'Escort', 'sex']),
    invalid('Escort ads are on that site.', ['trigger', 'Escort', 'sex']),
    invalid('White power rally on Saturday.', ['solicitation', 'White power', 'hate']),
    invalid('Happy hour special: $2 drinks till 7!', ['solicitation', 'Happy hour special', 'alcohol']),
    invalid('Join us for happy hour after the seminar.', ['solicitation', 'happy hour', 'alcohol']),
    invalid('The seminar ends with a happy hour.', ['trigger', 'happy hour', 'alcohol']),
    invalid(
      'Buy guns and cheap ammo this weekend only.',
      ['solicitation', 'Buy guns', 'firearms'],
      ['solicitation', 'cheap ammo', 'firearms'],
    ),
    invalid(
      'Cheap cigarettes and vape deals at our shop.',
      ['solicitation', 'Cheap cigarettes', 'tobacco'],
      ['solicitation', 'vape deals', 'tobacco'],
    ),
    {
      text: 'Stop vaping and call us.',
      findings: [
        {
          ...trigger('Stop vaping and call us.', 'vaping', 'tobacco'),
          fixLabels: ['Delete "vaping" (then reword the sentence)'],
        },
      ],
      suggestionOutputs: ['Stop and call us.'],
    },
    // Spanish
    invalid('Trabajo desde casa disponible. Gane $500 al día.', ['solicitation', 'Gane $500 al día', 'get-rich-quick']),
  ],
});

describe('forbidden-content messages', () => {
  it('names the category, why carriers block it and how to rephrase', () => {
    const [finding] = checkRule(rule, 'Get a payday loan today.');
    expect(finding?.message).toContain('"Get a payday loan today"');
    expect(finding?.message).toContain('high-risk loan');
    expect(finding?.message).toContain('forbidden category');
    expect(finding?.message).toMatch(/Refer to the client's own loan/);
  });

  it('gives a trigger its reason and the allowed-terms way out', () => {
    const [finding] = checkRule(rule, 'Ask about casino nights.');
    expect(finding?.message).toContain('gambling is a forbidden category');
    expect(finding?.message).toContain('allowed terms');
  });

  it('offers only an unsafe deletion suggestion', () => {
    const [finding] = checkRule(rule, 'Get a payday loan today.');
    expect(finding?.fixes).toEqual([
      {
        label: 'Delete "Get a payday loan today" (then reword the sentence)',
        edits: [{ start: 0, end: 23, text: '' }],
        safe: false,
      },
    ]);
  });

  it('lets a firm override the severity of both kinds', () => {
    const findings = checkRule(rule, 'Payday loans and casino nights.', {
      ruleSeverity: { 'forbidden-content': 'info' },
    });
    expect(findings.map((finding) => finding.severity)).toEqual(['info', 'info']);
  });

  it('stays quick on a long message', () => {
    const text = 'Your DUI hearing is Monday; bring your medical bills and the debt collector letters. '.repeat(1200);
    expect(checkRule(rule, text)).toEqual([]);
  });
});

/*
 * Solicitations written from the public advisories' descriptions of each family (our wording; none
 * from a corpus): each must get a forbidden-content finding of its category.
 */
describe('forbidden-content: families from the advisories', () => {
  it.each([
    // FTC, "Lead generators"; health-plan and Medicare lead ads.
    ['lead-generation', 'Hurt in a crash? Get a free case review today: reply YES.'],
    ['lead-generation', 'Check if you qualify for compensation in 60 seconds at claimcheck-now.com'],
    ['lead-generation', 'New $0 premium health plans in your area. Call 888-555-0112.'],
    ['lead-generation', 'Seniors: claim your Medicare giveback benefit. Reply 1.'],
    ['lead-generation', 'Final expense insurance from $9 a month. Tap to see plans.'],
    // FTC, "Debt relief and credit repair scams".
    ['debt-collection', 'A new federal program can wipe out credit card debt. Call now.'],
    ['debt-collection', 'Hardship relief for credit card balances: see if you qualify at reliefnow.co'],
    ['debt-collection', 'Stop paying your credit cards and let us settle for pennies. Reply Y.'],
    ['debt-collection', 'Fast forgiveness of your student loans in 30 days. Apply today.'],
    // FTC, "Business opportunity scams" and "Money-making opportunities".
    ['get-rich-quick', 'Make thousands from your phone with our secret system. Only 5 spots left!'],
    ['get-rich-quick', 'Quit your 9-5: our proven method makes money on autopilot. Join now.'],
    // CTIA Messaging Principles: sexual content.
    ['sex', 'Bored tonight? Spicy chat with local girls, tap the link.'],
    ['sex', "Hey it's Jess, I'm so lonely tonight, want to chat? NSFW pics inside."],
  ] as const)('%s: %s', (category, text) => {
    const findings = checkRule(rule, text);
    expect(findings.map((finding) => finding.category)).toContain(category);
  });

  it.each([
    'Hartwell & Diaz: your structured settlement pays monthly; the first check arrives 6/1.',
    'Hartwell & Diaz: the burial policy paid the funeral home; the estate owes nothing more.',
    'Hartwell & Diaz: the court found your ex-husband made thousands from his side business.',
    'Hartwell & Diaz: the hearing is adults only, so please arrange child care.',
    // A firm's own advice and a party's income, in the words the pitches use.
    "Hartwell & Diaz: please don't quit your job before we file the discrimination charge.",
    'Hartwell & Diaz: your six-figure income means Chapter 13, not Chapter 7.',
    "Hartwell & Diaz: the shop's weekly profits were $3,000 according to the accountant.",
    'Hartwell & Diaz: there is no fast forgiveness program; PSLF takes 120 payments.',
  ])('no error: %s', (text) => {
    expect(checkRule(rule, text).filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});

/*
 * The shapes of the forbidden offers, however worded (our wording, after the FTC's advisories
 * named in data/forbidden-phrases.ts). Each row: severity, category and exact text of the finding.
 */
describe('forbidden-content: offer shapes', () => {
  it.each([
    // Debt and tax relief (FTC, "Debt relief and credit repair scams", "Tax relief companies").
    [
      'error',
      'debt-collection',
      'We settle card balances for pennies on the dollar. Reply YES.',
      'settle card balances for pennies',
    ],
    [
      'error',
      'debt-collection',
      'Cut your monthly payment to $0 with our program. Call today.',
      'Cut your monthly payment to $0',
    ],
    [
      'error',
      'debt-collection',
      'Erase your federal loans with our program. Call 1-877-555-0199.',
      'Erase your federal loans',
    ],
    ['error', 'debt-collection', 'Stop collector calls today. Reply STOP CALLS.', 'Stop collector calls'],
    ['warning', 'debt-collection', 'Our IRS relief experts can help.', 'IRS relief experts'],
    // "Even with bad credit" or "despite" it (a per-word alternative had joined the two).
    ['error', 'high-risk-financial', 'Cash for any need, despite bad credit. Tap the link.', 'despite bad credit'],
    ['error', 'high-risk-financial', 'Small loans, no credit needed.', 'no credit needed'],
    ['warning', 'high-risk-financial', 'Need cash? Get approved in minutes.', 'Get approved in minutes'],
    [
      'error',
      'high-risk-financial',
      'Borrow $1,000 with just your car title.',
      'Borrow $1,000 with just your car title',
    ],
    ['error', 'get-rich-quick', 'Get free stock picks every morning.', 'free stock picks'],
    ['warning', 'get-rich-quick', 'Our members made 300% last month.', 'members made 300% last month'],
    ['error', 'sex', 'Hot moms near you are waiting.', 'moms near you'],
    // Money made without work, and trading signals (FTC, "Business opportunity scams", crypto scams).
    ['error', 'get-rich-quick', 'Pull in $3,000 a week from your couch.', 'Pull in $3,000 a week'],
    ['error', 'get-rich-quick', 'Join our gold signals group, 90% win rate.', 'gold signals'],
    // ("while you sleep" is an entry of its own: see the tenth round below.)
    ['error', 'get-rich-quick', 'Money on autopilot: $500 a day from one app.', 'Money on autopilot'],
    ['warning', 'get-rich-quick', 'She turned $200 into $9,000 in a month with this app.', 'turned $200 into $9,000'],
    ['warning', 'get-rich-quick', 'I made 18% this week copying her trades. Want in?', 'I made 18% this week'],
    ['warning', 'get-rich-quick', 'Invierto con un mentor y gano 12% semanal. ¿Le interesa?', 'gano 12% semanal'],
    // A pitch reported is still an error when the text pitches it to the reader (a link here).
    [
      'error',
      'get-rich-quick',
      'They promised to make $5,000 a week for you. Sign up at richnow.biz',
      'make $5,000 a week',
    ],
    ['error', 'get-rich-quick', 'Gane $5,000 al mes desde casa. Inscríbase en ganaya.biz', 'Gane $5,000 al mes'],
    // Paid adult pages (CTIA: sexual content).
    ['error', 'sex', 'Want to see me without clothes? Tap here.', 'see me without clothes'],
    ['warning', 'sex', 'Subscribe to my private page for more.', 'Subscribe to my private page'],
    // Lead sellers (FTC, "Lead generators").
    ['error', 'lead-generation', 'You may be owed up to $80,000. Reply YES to see.', 'You may be owed up to $80,000'],
    ['error', 'lead-generation', 'Get a cash offer for your house this week. Reply HOME.', 'Get a cash offer'],
    [
      'error',
      'lead-generation',
      'Find out what your home is worth: homevalue-now.com',
      'Find out what your home is worth',
    ],
    ['warning', 'lead-generation', 'A local attorney will call you today at no cost.', 'local attorney will call'],
  ] as const)('%s %s: %s', (severity, category, text, phrase) => {
    expect(
      checkRule(rule, text).map(({ severity, category, start, end }) => ({ severity, category, start, end })),
    ).toEqual([{ severity, category, ...at(text, phrase) }]);
  });

  it.each([
    // A third party's dealings ("his", "her", "their") are described, not offered.
    'Hartwell & Diaz: the court found he owed tax on his crypto trading profits.',
    'Hartwell & Diaz: the IRS granted your innocent spouse relief; the debt from her crypto trading is hers alone.',
    // A case about such pictures.
    'Hartwell & Diaz: the photos of her without clothes were posted by her ex; we filed the revenge porn claim.',
    // A scheme's promise, as the facts of a fraud case.
    'Hartwell & Diaz: the scheme promised to turn $500 into $5,000; that is the fraud we will prove.',
    // The same in Spanish: reported in the past, the offer is the fraud's evidence.
    'Hartwell & Diaz: guarde los mensajes donde le prometían ganar $3,000 al mes, para la demanda por fraude.',
    'Hartwell & Diaz: el anuncio le aseguró ganar $800 a la semana; esa es la estafa que demandamos.',
    // A sum the client already paid to a debt relief company, in a bankruptcy.
    'Hartwell & Diaz: hay que incluir los $2,100 que pagó a la compañía de alivio de deudas; el fideicomisario lo revisará.',
    // A referral to shelters.
    "Hartwell & Diaz: there are two women's shelters near you; the advocate will call.",
    // A loan described in a bankruptcy.
    'Hartwell & Diaz: you borrowed $1,000 against your car title in 2023, so the lender is a secured creditor.',
    // An offer judged, not made.
    "Hartwell & Diaz: the insurer's offer was pennies on the dollar, so we rejected it.",
    // What bankruptcy does, beside the case.
    'Hartwell & Diaz: Chapter 7 will not wipe out your student loans.',
    'Hartwell & Diaz: your Chapter 7 filing will stop collection calls.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('forbidden-content: a business described, medical costs, a lease', () => {
  it.each([
    // Offer wording naming a business it modifies describes the other side of a case: a pitch,
    // so a warning at most without case words, nothing beside them.
    ['warning', 'Please send me the name of the crypto mining company you paid.', 'crypto mining'],
    // The sender's own business, or a pitch with a link, is still an offer.
    ['error', 'Join our crypto investment platform: cryptogains.io', 'crypto investment'],
    ['error', 'Try the crypto investment platform everyone uses: cryptogains.io', 'crypto investment'],
    ['error', 'Crypto investment with 30% monthly returns. Reply JOIN.', 'Crypto investment'],
    // A topic word with no lease, tenant or case in sight stays a trigger.
    ['warning', 'Our pharmacy ships overnight.', 'pharmacy'],
    ['warning', 'A vape shop opens downtown this week.', 'vape shop'],
  ] as const)('%s: %s', (severity, text, phrase) => {
    expect(checkRule(rule, text).map(({ severity, start, end }) => ({ severity, start, end }))).toEqual([
      { severity, ...at(text, phrase) },
    ]);
  });

  it.each([
    'Hartwell & Diaz: your claim against the crypto investment site is filed.',
    'Hartwell & Diaz: we are suing the crypto trading platform that froze your account.',
    // The client's own medical costs are what an injury or workers' comp claim recovers.
    'Please keep every pharmacy receipt so we can ask for reimbursement.',
    'Your prescription costs since March come to $412.',
    // A lease's terms and parties.
    'The new tenant wants to run a vape shop in the unit.',
    'The lease bars a hookah lounge on the premises.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('forbidden-content: prizes, lead bait, drugs and adult pages, more ways to say them', () => {
  it.each([
    ['error', 'Collect your prize at prizes-now.net', 'Collect your prize'],
    ['error', 'Choose your free gift today: gifts-now.net', 'Choose your free gift'],
    ['error', 'You were chosen as a winner! Reply YES.', 'chosen as a winner'],
    // "CLAIM" after "reply" is the sign-up keyword, not the case noun that would excuse the pitch.
    ['error', 'Your number was drawn as our winner. Reply CLAIM by Friday.', 'drawn as our winner'],
    ['error', 'Coverage for $0 a month in your area. Reply 1.', 'Coverage for $0 a month'],
    ['error', 'Plans at $0/mo near you. Reply 1.', 'Plans at $0/mo'],
    ['error', 'Are you still looking for dental insurance? Reply YES.', 'you still looking for dental insurance'],
    ['error', 'Quit my 9-5 last year and never looked back. Ask me how.', 'Quit my 9-5'],
    ['error', '420 specials all week at the shop.', '420 specials'],
    ['error', 'Naked clips from my page, only $5.', 'Naked clips'],
    // Back in stock, the goods are on sale (see the `product` entries).
    ['error', 'Shrooms back in stock.', 'Shrooms'],
    ['warning', 'Pressed pills are not what they seem.', 'Pressed pills'],
  ] as const)('%s: %s', (severity, text, phrase) => {
    expect(checkRule(rule, text).map(({ severity, start, end }) => ({ severity, start, end }))).toEqual([
      { severity, ...at(text, phrase) },
    ]);
  });

  it.each([
    // A case's words: a claim paid, a client's pressed-pill charge, a winner in a lawsuit, a plan described.
    'Hartwell & Diaz: reply CLAIM if you want us to file the insurance claim for you.',
    'Hartwell & Diaz: the lab says the pressed pills in your possession case were fentanyl.',
    'Hartwell & Diaz: the court named you as the winner of the bid dispute.',
    'Hartwell & Diaz: your ex is still looking for health insurance for the kids, as the order requires.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('forbidden-content: conditions, owned amounts, tax and securities law, a relative belongings', () => {
  it.each([
    // A pitch stated as a condition counts as a trigger: still an error with an offer cue and no case.
    ['error', 'If you win any prize, good. Call now: 555-0100.', 'win any prize'],
    ['warning', 'If you have won a prize, tell us.', 'you have won a prize'],
    // "See if you have won" is a teaser, not a condition.
    ['error', 'See if you have won a cash prize at winbig.info', 'you have won a cash'],
    // A possessive before an amount is money the reader has; another amount is still a cue.
    ['error', 'Turn your $500 into a crypto investment worth $5,000.', 'crypto investment'],
    ['warning', 'The crypto investment platform froze your $23,000.', 'crypto investment'],
    // A relative's belongings excuse a topic word only where nothing is pitched.
    ['error', "Cigars for your father's birthday. Call now: 555-0100.", 'Cigars'],
    ['warning', "Shotguns for your father's day gift.", 'Shotguns'],
  ] as const)('%s: %s', (severity, text, phrase) => {
    expectOneFindingAt(text, phrase, severity);
  });

  it.each([
    'Lottery winnings after filing may belong to the bankruptcy estate. If you win any prize or jackpot, tell us.',
    'Your lottery prize of $250,000 is taxable income.',
    'The crypto investment platform that froze your $23,000 is offshore. We wrote to the state securities board.',
    "The inventory lists your father's gun collection: two shotguns and a revolver.",
    "Her late husband's cigars were left to the nephew.",
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('forbidden-content: the third batch of offers, said otherwise', () => {
  it.each([
    ['error', 'You have been chosen to receive a free iPhone! Reply GET', 'chosen to receive a free'],
    ['error', 'Dear lucky winner! Reply YES now.', 'lucky winner'],
    ['error', 'Your mobile number won! Reply YES now.', 'Your mobile number won'],
    ['error', 'Cigarette cartons shipped to your door. Reply with your brand', 'Cigarette'],
    ['error', 'Qualify to have your $18,000 in unsecured debt forgiven. Call now.', 'debt forgiven'],
    ['error', 'Enroll for a $399 fee and bring your balance to $0.', 'bring your balance to $0'],
    ['error', 'Become your own boss: join our team.', 'Become your own boss'],
    ['warning', 'Build a residual income stream.', 'residual income'],
    ['warning', 'I went from broke to $28,000 a month.', 'I went from broke to $28,000 a month'],
    ['warning', 'My gold futures account made 30% this month.', 'My gold futures account made 30% this month'],
    ['error', 'Ounces from $120, free delivery over $150.', 'Ounces from $120'],
    ['error', 'I do private video shows.', 'do private video shows'],
    ['error', 'Did you or a loved one develop cancer? Text CLAIM.', 'Did you or a loved one develop'],
    ['error', 'I do webcam shows. Reply YES.', 'webcam shows'],
    ['error', 'Homeowners in your area qualify. Reply YES.', 'Homeowners in your area'],
    ['error', 'Get a free solar installation. Reply YES.', 'free solar installation'],
    ['error', 'We get back bitcoin lost to fake platforms. Call now: 555-0100.', 'get back bitcoin lost'],
  ] as const)('%s: %s', (severity, text, phrase) => {
    expectOneFindingAt(text, phrase, severity);
  });

  it.each([
    // A party described, a case's words, a premium processing fee, a charge's weight, a forgiven
    // debt in a tax matter, a client's own pictures.
    'Hartwell & Diaz: your ex wants to become his own boss; the support order still applies.',
    'Hartwell & Diaz: the canceled debt forgiven by the bank is taxable income.',
    'Hartwell & Diaz: the lab weighed 2 ounces at the arrest; the charge may drop to a misdemeanor.',
    'Hartwell & Diaz: the video of your deposition is in the portal.',
    'Hartwell & Diaz: the live video shows the officer at the door.',
    'Hartwell & Diaz: police found 3 grams at 10:40 pm, so the charge is possession.',
    'Hartwell & Diaz: yesterday I made 2 calls to the adjuster.',
    'Hartwell & Diaz: we are asking the court to get back the bitcoin lost in the exchange case.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('forbidden-content: pitch wording excused only by case words scams do not borrow', () => {
  it.each([
    // "victims", "claim", "settlement" are the recovery and fake-settlement scams' words too.
    ['error', 'We help victims get back bitcoin lost to fake sites. Call now: 555-0100.', 'get back bitcoin lost'],
    [
      'error',
      'Our attorneys wipe out medical + credit card balances. Reply INFO.',
      'wipe out medical + credit card balances',
    ],
  ] as const)('%s: %s', (severity, text, phrase) => {
    expectOneFindingAt(text, phrase, severity);
  });

  it.each([
    // Case words scams do not use, and offer wording described as a party's beside a claim.
    'Hartwell & Diaz: Chapter 7 will wipe out your credit card balances. Call us with questions.',
    'Hartwell & Diaz: for your claim against the crypto investment site, send the wallet addresses.',
    'Hartwell & Diaz: the bankruptcy will wipe out the medical bills. Reply with any questions.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('forbidden-content: the fifth batch of offers, said otherwise', () => {
  it.each([
    ['You just won the raffle! Reply YES to get your voucher.', 'You just won the raffle', 'gambling'],
    ["Deposit $50 and we'll match it. Text GO.", "Deposit $50 and we'll match", 'gambling'],
    [
      'Semaglutide shipped fast without a valid prescription, $149. Text ORDER.',
      'without a valid prescription',
      'prescription-drugs',
    ],
    ['Cigarette cartons tax free, shipped to you. Reply BUY.', 'Cigarette cartons tax free', 'tobacco'],
    ['New solar incentives in your county! Reply YES for a quote.', 'solar incentives', 'lead-generation'],
    ['You qualify for a hardship program on your cards. Reply 1.', 'qualify for a hardship program', 'debt-collection'],
    ['Our lawyers check claims for free. Text YES now.', 'check claims for free', 'lead-generation'],
  ] as const)('%s', (text, phrase, category) => {
    expect(
      checkRule(rule, text)
        .filter((finding) => finding.severity === 'error')
        .map(({ start, end, category }) => ({ start, end, category })),
    ).toContainEqual({ ...at(text, phrase), category });
  });

  it.each([
    // A tax form for a client's own sale, a hardship named in a case, a prescription in a charge.
    'Hartwell & Diaz: the bitcoin you sold is a capital gain; we will report it on Form 8949.',
    'Hartwell & Diaz: the judge found you eligible for a hardship program in your Chapter 13 case.',
    'Hartwell & Diaz: the indictment says the pills were sold without a valid prescription.',
    // A deposit that matched a paycheck, and untaxed cigarettes in a charge.
    'Hartwell & Diaz: the deposit of $4,200 matched his paycheck.',
    'Hartwell & Diaz: the indictment says he sold cigarette cartons tax free.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe("an estate's inventory, an employee's covenant and a return's income", () => {
  const errorsAndWarnings = (text: string) =>
    checkRule(rule, text).filter((finding) => finding.severity === 'error' || finding.severity === 'warning');

  it.each([
    'Hartwell & Diaz: the hunting rifles and the shotgun pass to your brother under the will; the dealer will handle the transfer.',
    'Your non-compete with the distillery does not stop you from tending bar at a winery.',
    'The income from your crypto mining equipment goes on Schedule C as self-employment income.',
    'The bitcoin mining rig he bought counts as business equipment on Schedule C.',
  ])('no finding: %s', (text) => {
    expect(errorsAndWarnings(text)).toEqual([]);
  });

  it.each([
    'Earn 5% a day from bitcoin mining! Join at mine-btc.io',
    'Rent a bitcoin mining rig and earn $300 a day. Text RIG to 55123.',
    'Cheap shotguns and rifles in stock, no background check. Text GUNS to 55123.',
    'Craft brewery tour this Saturday, $20 with two free pints! Reply YES.',
  ])('still an error: %s', (text) => {
    expect(errorsAndWarnings(text).map((finding) => finding.severity)).toContain('error');
  });
});

describe('forbidden-content: the eighth round of shapes, in English and Spanish', () => {
  it.each([
    // Pay for recruits and unlimited income (FTC on pyramid schemes), both languages.
    [
      'error',
      'Join our team: earn $40 for every friend you invite. Text JOIN to 55123.',
      'earn $40 for every friend you invite',
      'get-rich-quick',
    ],
    ['error', 'Unlimited income from your couch! Reply START.', 'Unlimited income', 'get-rich-quick'],
    ['error', 'Gana $25 por cada amigo que se una. Responda SI.', 'Gana $25 por cada amigo', 'get-rich-quick'],
    // "Escribe" is a call to act, as "Text" is (the eleventh round).
    [
      'error',
      'Ganancias ilimitadas desde tu celular. Escribe YA al 786-555-0100.',
      'Ganancias ilimitadas',
      'get-rich-quick',
    ],
    // Crypto presales and guaranteed returns (FTC on cryptocurrency scams).
    [
      'error',
      'Presale of the NOVA token ends Friday. Reply IN for the wallet.',
      'Presale of the NOVA token',
      'high-risk-financial',
    ],
    ['error', 'Preventa de la moneda LUNA: entra hoy. Responda SI.', 'Preventa de la moneda', 'high-risk-financial'],
    [
      'error',
      'Rendimiento garantizado del 20% al mes. Llame al 786-555-0100.',
      'Rendimiento garantizado',
      'get-rich-quick',
    ],
    // Debt relief as a federal program that halves the payment (FTC, "Alivio de deudas").
    [
      'error',
      'Nuevo programa federal de alivio para deudas de tarjetas. Responda ALIVIO.',
      'programa federal de alivio',
      'debt-collection',
    ],
    [
      'error',
      'Reducimos sus pagos de tarjetas a la mitad. Llame al 800-555-0100.',
      'Reducimos sus pagos de tarjetas a la mitad',
      'debt-collection',
    ],
    // Drugs without a prescription or a doctor (FDA BeSafeRx), generic names included.
    [
      'error',
      'No doctor consultation required: fast shipping on sleep meds. Text RX to 55123.',
      'No doctor consultation required',
      'prescription-drugs',
    ],
    ['error', 'Alprazolam y zolpidem sin receta, envío discreto. Responda PEDIDO.', 'sin receta', 'prescription-drugs'],
    ['error', 'Alprazolam y zolpidem sin receta, envío discreto. Responda PEDIDO.', 'Alprazolam', 'prescription-drugs'],
    // Hemp-derived THC sold as cannabis.
    ['error', 'THCA pre-rolls, 3 for $25. Text MENU to 55123.', 'THCA pre-rolls', 'illegal-substances'],
    // Numbers games and odds by text.
    ['error', 'Bet the Yankees tonight, we pay 40 to 1. Reply BET.', 'pay 40 to 1', 'gambling'],
    ['warning', 'Juegue la quiniela por mensaje, pagamos 60 a 1. Llame al 555-0100.', 'Juegue la quiniela', 'gambling'],
    ['warning', 'Mande su jugada antes de las 8. Llame al 555-0100.', 'Mande su jugada', 'gambling'],
    [
      'error',
      '¡Su boleto salió premiado! Llame al 809-555-0100 para reclamar.',
      'Su boleto salió premiado',
      'gambling',
    ],
    // Adult content: the age gate, "lonely tonight", private videos and calls sold.
    [
      'error',
      "Verify you're over 18 to unlock my private album at hot-pics.club",
      "Verify you're over 18 to unlock",
      'sex',
    ],
    ['error', 'Lonely tonight? My pics are waiting at meet-now.club', 'Lonely tonight', 'sex'],
    [
      'error',
      'Demuestra que eres mayor de edad para ver mis fotos: chicas-vip.club',
      'Demuestra que eres mayor de edad para ver',
      'sex',
    ],
    ['error', 'Vendo videos privados, 10 por $20. Escríbeme al 555-0100.', 'Vendo videos privados', 'sex'],
    ['error', 'Videollamadas para adultos esta noche. Llame al 555-0100.', 'Videollamadas para adultos', 'sex'],
    // Untaxed and cut-price cigarettes in Spanish.
    [
      'error',
      'Cigarrillos sin impuestos, envío a domicilio. Llame al 555-0100.',
      'Cigarrillos sin impuestos',
      'tobacco',
    ],
    ['error', 'Cajetillas baratas de Marlboro. Llame al 555-0100.', 'Cajetillas baratas', 'tobacco'],
    [
      'error',
      'Vapeadores a mitad de precio este fin de semana. Llame al 555-0100.',
      'Vapeadores a mitad de precio',
      'tobacco',
    ],
    // Final-expense insurance bait in Spanish.
    [
      'error',
      'Planes de gastos funerarios desde $8 al mes. Llame hoy al 1-800-555-0100.',
      'Planes de gastos funerarios',
      'lead-generation',
    ],
  ] as const)('%s: %s', (severity, text, phrase, category) => {
    expectOneFindingAt(text, phrase, severity, category);
  });

  it.each([
    // The same words in a case's facts, a plan, a charge, an estate and a notary's check.
    'Hartwell & Diaz: the indictment says the flyer promised $50 for every person you recruit.',
    'Hartwell & Diaz: the judge ruled the token presale was an unregistered securities offering.',
    'Hartwell & Diaz: el plan del Capítulo 13 de su bancarrota baja su pago mensual a la mitad.',
    'Hartwell & Diaz: la acusación dice que las pastillas se vendían sin receta.',
    'Hartwell & Diaz: the complaint says the clinic sold phentermine with no doctor visit required.',
    'Hartwell & Diaz: la acusación dice que vendía cigarros libres de impuestos en su tienda.',
    'Hartwell & Diaz: la póliza de gastos finales de su madre forma parte de la herencia.',
    'Hartwell & Diaz: the search warrant lists THCA flower found in the car; the lab report is due Friday.',
    'Hartwell & Diaz: el testigo dice que usted manda su jugada al número de la banca cada semana; el fiscal lo usará en el juicio.',
    'Hartwell & Diaz: the notary will verify you are over 18 when you sign the release at our office.',
    'Hartwell & Diaz: el demandado ofrecía ingresos ilimitados a los distribuidores; eso apoya su demanda por fraude.',
    'Hartwell & Diaz: su número de caso fue asignado al juez Ruiz. La audiencia es el 12 de mayo.',
    "Hartwell & Diaz: the clinic's records show the modafinil was prescribed by Dr. Lee.",
    'Hartwell & Diaz: confirme que es mayor de edad para firmar el acuerdo.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('forbidden-content: an appraisal, a record of a purchase, a statute and money a party took', () => {
  const errorsAndWarnings = (text: string) =>
    checkRule(rule, text).filter((finding) => finding.severity === 'error' || finding.severity === 'warning');

  it.each([
    // An appraisal's amounts are values put on a relative's belongings, not prices.
    "The appraiser put your mother's wine cellar at $8,000 and the roulette wheel in the den at $600.",
    'Hartwell & Diaz: la tasación de la colección de rifles de su padre es de $5,000; va en el inventario.',
    // What a receipt or invoice shows was bought, in a message about a case.
    'Your termination claim is strong. Please send the invoice for the CBD gummies you bought last spring.',
    'Para su demanda, guarde el recibo del aceite de CBD que compró.',
    // A federal statute named, and money a party took told as the case's fact.
    'The seller broke the Gun Control Act by shipping to you; we will report it.',
    'The debt settlement company kept $2,400 of your savings and never called a creditor. We are filing a complaint.',
    'Hartwell & Diaz: la compañía de reparación de crédito le cobró $900 por adelantado; eso es ilegal y presentaremos una queja.',
    // The Spanish doctor's act told: what was prescribed.
    'Sra. Ibarra, la aseguradora pagará el tramadol que le recetó el ortopedista.',
  ])('no finding: %s', (text) => {
    expect(errorsAndWarnings(text)).toEqual([]);
  });

  it.each([
    // An appraisal word beside a pitch with its own call to act and link.
    'Free appraisal of your guns! Buy ammo now, $19.99 a box at gunsdeal.shop.',
    // A receipt offered at a checkout, with the shop's call to act and no case.
    'Show your receipt for the CBD gummies at checkout and get 20% off. Shop now!',
    // An invented "act" and a discount taken off: the offer stays.
    'Under the new Debt Relief Act you can cut your debt in half. Call 1-888-555-0100 today.',
    'We took $500 off your debt. Credit repair program, call now!',
    // A rogue pharmacy's list, with "recetados" as its adjective.
    'Compre tramadol sin receta, envío gratis. Escriba SI.',
    // A buyer named as a party, with the ad's call to act; the buyer's ad in the first person.
    'A licensed dealer can buy your guns for cash today. Text GUNS to 55123.',
    'The best dealer will buy the guns you own for top dollar. Call 888-555-0100.',
    'We buy guns and ammo. Text GUNS to 55123 for a quote.',
  ])('still an error: %s', (text) => {
    expect(errorsAndWarnings(text).map((finding) => finding.severity)).toContain('error');
  });

  it.each([
    // Who may buy a thing, named as a party, with nothing pitched: a warning at most.
    'Under the will the rifles go to your nephew; only a licensed dealer can buy the guns from the estate.',
    'The executor says the pawnshop bought the handgun in 2019.',
  ])('no error: %s', (text) => {
    expect(errorsAndWarnings(text).map((finding) => finding.severity)).not.toContain('error');
  });
});

describe('forbidden-content: the ninth round of shapes, in English and Spanish', () => {
  it.each([
    // Trading and arbitrage bots, cloud mining, and the returns a scheme says it paid.
    ['error', 'Our quant bot pays 4% a week. Reply JOIN to get in.', 'quant bot', 'high-risk-financial'],
    [
      'error',
      'The signal group made members $900 a week last month. Reply JOIN.',
      'made members $900 a week',
      'get-rich-quick',
    ],
    // A pitch without an offer cue is a warning.
    [
      'warning',
      'Invierte en minería de liquidez y gana cada día. Escríbeme.',
      'minería de liquidez',
      'high-risk-financial',
    ],
    ['warning', 'Yo saco unos $250 diario con esto, te paso el link.', 'saco unos $250 diario', 'get-rich-quick'],
    ['warning', 'Deposit 200 USDC and watch it grow.', 'USDC', 'high-risk-financial'],
    // Debt forgiveness promised with a verb, and "stop paying the banks".
    ['error', 'Califica para que le condonen sus deudas. Llame al 555-0100.', 'condonen sus deudas', 'debt-collection'],
    ['error', 'Stop paying the banks and let us negotiate. Call 555-0100.', 'Stop paying the banks', 'debt-collection'],
    // Sports betting in Spanish.
    ['error', 'Regístrate hoy y te damos $20 para apostar en la Liga.', 'te damos $20 para apostar', 'gambling'],
    ['error', 'Tu primera apuesta va por nuestra cuenta. Entra ya.', 'primera apuesta', 'gambling'],
    // Solar and insurance-quote lead bait in Spanish (and saving on insurance in English).
    [
      'error',
      'Placas solares sin costo para su casa. Responda con su dirección.',
      'Placas solares sin costo',
      'lead-generation',
    ],
    [
      'error',
      'Save up to $500 on your car insurance. Reply YES for rates.',
      'Save up to $500 on your car insurance',
      'lead-generation',
    ],
  ] as const)('%s: %s', (severity, text, phrase, category) => {
    expectOneFindingAt(text, phrase, severity, category);
  });

  it.each([
    // The same words in a case: a securities complaint, a divorce, a bankruptcy and a client's quote.
    'Hartwell & Diaz: the complaint says the trading bot took $40,000 from investors; the hearing is May 3.',
    'Hartwell & Diaz: the complaint says the company sold cloud mining contracts to investors.',
    'Hartwell & Diaz: su esposo dejó de pagarle al banco la hipoteca; vamos a pedir que el juez lo ordene.',
    'Hartwell & Diaz: el acreedor aceptó que se condonen las deudas en el plan del Capítulo 13.',
    'Hartwell & Diaz: los estados de cuenta muestran apuestas deportivas desde la cuenta conjunta.',
    'Hartwell & Diaz: la demanda dice que la empresa prometía paneles solares gratis a los vecinos.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('forbidden-content: the goods of a forbidden trade, put on sale', () => {
  // Goods named as the trade names them, with sale wording anywhere or a price in their sentence,
  // and no case in sight: an error, in both languages.
  it.each([
    ['Fresh zaza and live resin carts in stock, $25 each. Text to order.', 'zaza', 'illegal-substances'],
    ['Tenemos mota y gomitas, envío discreto a todo el país. Pide por WhatsApp.', 'mota', 'illegal-substances'],
    [
      'Shroom chocolate bars and LSD tabs, same-day drop-off. DM for the menu.',
      'Shroom chocolate',
      'illegal-substances',
    ],
    ['Amoxicillin and azithromycin shipped overnight, $40 a pack.', 'Amoxicillin', 'prescription-drugs'],
    ['Antibióticos y sildenafil con envío a domicilio, precios de mayoreo.', 'Antibióticos', 'prescription-drugs'],
    ['Glock 19 and a Ruger, cash only, no background check. Text me.', 'Glock', 'firearms'],
    ['Smith & Wesson revolvers for sale, meet in person.', 'Smith & Wesson', 'firearms'],
    ['Se venden escopetas y cuernos de chivo, entrega en mano.', 'escopetas', 'firearms'],
    ['Solvent trap kits, no paperwork, ship to all 50 states.', 'Solvent trap', 'firearms'],
    ['Quiniela of the week: $10 a play, winners paid Sunday.', 'Quiniela', 'gambling'],
    ['Peleas de gallos este sábado, apuesta mínima $20. Pregunta por el grupo.', 'Peleas de gallos', 'gambling'],
    ['Pick 4 straight plays, $5 each, payouts daily.', 'Pick 4', 'gambling'],
    ['Top shelf OG and Runtz, hit me up for the menu.', 'OG', 'illegal-substances'],
    ['Percs available, discreet meetup downtown.', 'Percs', 'illegal-substances'],
    ['Premium Patrón and Hennessy, $35 a bottle, delivered tonight.', 'Patrón', 'alcohol'],
    ['Cerveza y tequila a domicilio después de medianoche.', 'Cerveza', 'alcohol'],
    ['Elf Bars and Zyn, no ID check, ships today.', 'Elf Bars', 'tobacco'],
    ['Cigarrillos Marlboro por cartón a $40, pago por Zelle.', 'Cigarrillos', 'tobacco'],
    ['NFL picks with an 80% hit rate. Join VIP for $99 a week.', 'NFL picks', 'gambling'],
    ['Pronósticos deportivos garantizados, pago por Cash App.', 'Pronósticos deportivos', 'gambling'],
    // Adult goods need an age gate, and an offer cue or a sale.
    ["Hi, I'm Sasha. Private show on video chat tonight, 18+ only. Text me for the link.", 'Private show', 'sex'],
    ['Packs +18 disponibles, pago por Cash App.', 'Packs', 'sex'],
    ['Fotos y videos +18 por solo $15. Escríbeme por Telegram.', 'Fotos', 'sex'],
  ] as const)('error: %s', (text, phrase, category) => {
    expect(
      checkRule(rule, text)
        .filter((finding) => finding.start === at(text, phrase).start)
        .map(({ severity, start, end, category }) => ({ severity, start, end, category })),
    ).toEqual([{ severity: 'error', ...at(text, phrase), category }]);
  });

  it.each([
    // A case's goods: seized, owned, surrendered, spent on, described with case words.
    'Hartwell & Diaz: the police report lists two Glocks and a Ruger seized at the stop. Our fee for the motion is $1,500.',
    'Hartwell & Diaz: under the protective order, surrender the rifles to the sheriff by Friday; the storage fee is $40.',
    'Hartwell & Diaz: your Glock is in the evidence room; the $50 release fee is paid at the front desk.',
    'Hartwell & Diaz: su cargo por posesión de mota con intención de venta se verá el lunes; la fianza es de $2,000.',
    'Hartwell & Diaz: the lab says the pills were fentanyl, not percs. The hearing moved to May 4.',
    'Hartwell & Diaz: el estado de cuenta muestra más de $3,000 en quinielas; lo usaremos al dividir los bienes.',
    'Hartwell & Diaz: the pharmacy records show the amoxicillin was filled on 3/2; bring the $25 copay receipt.',
    'Hartwell & Diaz: the lease bans guns in the unit; the deposit is $900.',
    'Hartwell & Diaz: your parlays and the $4,000 sportsbook balance go on Schedule F.',
    'Hartwell & Diaz: el demandado vendía pistolas sin papeles según el testigo; la audiencia es el 3 de junio.',
    // A sum that is not the goods' price: a receipt further off, cash found, a party's trade.
    'Hartwell & Diaz: the bar served him six beers before the crash; we have the receipt for $84.',
    'Hartwell & Diaz: the pills, a rifle and $2,000 in cash were found in the car.',
    'Hartwell & Diaz: la tienda vende tabaco y cigarrillos sin licencia, según el inspector.',
    'Hartwell & Diaz: el bar le vendió tres cervezas antes del choque; tenemos el recibo de $40.',
    'Hartwell & Diaz: the wine from the estate sold at auction for $14,000; the check is in the mail.',
    'Hartwell & Diaz: we ship the signed copies today. The fee for the vape shop lease review is $350.',
    'Hartwell & Diaz: Rachel, the beer distributor contract is ready. Price is $1.10 a case as agreed. Reply YES to sign.',
    // Adult words without an age gate, and an age gate with nothing sold.
    'Hartwell & Diaz: we can meet by video chat on Tuesday. Reply YES to confirm.',
    'Hartwell & Diaz: los mayores de 18 deben firmar su propia declaración; las fotos del accidente ya están en el portal.',
  ])('no error: %s', (text) => {
    expect(checkRule(rule, text).filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});

describe('forbidden-content: the tenth round of offer shapes, in English and Spanish', () => {
  it.each([
    // Mass-tort lead generation: a payout promised to a group of strangers.
    [
      'error',
      'Veterans exposed to burn pits may qualify for a cash payout. Reply YES to check.',
      'may qualify for a cash',
      'lead-generation',
    ],
    [
      'error',
      'Nurses who used the recalled ports may be owed $80,000 or more: portclaims-help.net',
      'may be owed $80,000',
      'lead-generation',
    ],
    [
      'error',
      'Sus hijos podrían recibir miles de dólares si usaron la fórmula. Responda SÍ.',
      'podrían recibir miles',
      'lead-generation',
    ],
    [
      'error',
      'Usted podría calificar para una indemnización grande. Responda SÍ.',
      'podría calificar para una indemnización',
      'lead-generation',
    ],
    // Insurance from a monthly price, the quote seller's bait.
    [
      'error',
      'Auto insurance from $19 a month, any driver. Reply QUOTE.',
      'insurance from $19 a month',
      'lead-generation',
    ],
    [
      'error',
      'Cobertura de auto desde $35 al mes, sin importar su historial. Responda COTIZAR.',
      'Cobertura de auto desde $35 al mes',
      'lead-generation',
    ],
    // Credit repair's speed, stop paying the banks, a debt to zero, a balance wiped.
    [
      'error',
      'Late payments deleted from your credit report within 45 days. Reply FIX.',
      'deleted from your credit report within 45 days',
      'debt-collection',
    ],
    [
      'error',
      'Stop paying the banks and let us negotiate for you. Call 555-0100.',
      'Stop paying the banks',
      'debt-collection',
    ],
    [
      'error',
      'Deja de pagarle al banco y nosotros negociamos. Llame hoy.',
      'Deja de pagarle al banco',
      'debt-collection',
    ],
    [
      'error',
      'Your card debt could drop to zero with our plan. Reply YES.',
      'debt could drop to zero',
      'debt-collection',
    ],
    [
      'error',
      'Su deuda puede quedar en cero con nuestro programa. Llame al 555-0100.',
      'deuda puede quedar en cero',
      'debt-collection',
    ],
    [
      'error',
      'We erase the balance on your private loans for a $300 fee. Reply GO.',
      'erase the balance',
      'debt-collection',
    ],
    // Get rich quick: money while you sleep, turnkey routes, no experience, pay per recruit, a testimonial.
    [
      'error',
      'Earn while you sleep with vending routes, $2,000 a month. Reply INFO.',
      'while you sleep',
      'get-rich-quick',
    ],
    [
      'error',
      'Gana dinero mientras duermes con nuestras máquinas. Responda INFO.',
      'mientras duermes',
      'get-rich-quick',
    ],
    ['error', 'Turnkey ATM routes for sale, $1,500 a month each. Reply ATM.', 'Turnkey ATM routes', 'get-rich-quick'],
    ['error', 'No experience needed, paid $300 a day for reviews. Text me.', 'No experience needed', 'get-rich-quick'],
    ['error', 'Sin experiencia: comisión diaria de $250. Escríbeme.', 'Sin experiencia', 'get-rich-quick'],
    ['warning', 'Sin experiencia: comisión diaria de $250. Escríbeme.', 'comisión diaria de $250', 'get-rich-quick'],
    ['error', 'Each friend you invite pays you $50. Join today.', 'Each friend you invite', 'get-rich-quick'],
    ['error', 'Por cada amiga que invites te llevas $80. Responda SÍ.', 'cada amiga que invites', 'get-rich-quick'],
    ['warning', 'Esta semana gané 31% con mi mentor. ¿Te enseño?', 'Esta semana gané 31', 'get-rich-quick'],
    ['warning', 'Last month I made $6,400 trading from my phone.', 'Last month I made $6,400', 'get-rich-quick'],
    ['warning', 'My uncle runs an arbitrage fund, want in?', 'arbitrage', 'high-risk-financial'],
    // A prize drawn for the reader.
    [
      'error',
      'Your receipt was drawn for a $250 grocery card. Pay $3.99 shipping: prize-ship.net',
      'drawn for a $250 grocery card',
      'gambling',
    ],
    [
      'error',
      'Felicidades, fue seleccionada para un bono de $300. Llame hoy.',
      'seleccionada para un bono de $300',
      'gambling',
    ],
  ] as const)('%s: %s', (severity, text, phrase, category) => {
    expectOneFindingAt(text, phrase, severity, category);
  });

  it.each([
    // The same words in a firm's texts: a claim the firm has, a dispute it won, its own bill, a
    // discharge, a hearing, a referral thanks, a premium, a securities case, a witness.
    'Hartwell & Diaz: based on your medical records you may qualify for a larger settlement. Call us to discuss.',
    'Hartwell & Diaz: usted podría recibir miles de dólares en su demanda; la mediación es el 4 de mayo.',
    'Hartwell & Diaz: the Camp Lejeune claim you filed may be owed interest; we will ask.',
    'Hartwell & Diaz: families of the victims may be owed $2 million under the verdict.',
    'Hartwell & Diaz: the bureau confirmed the late payments were deleted from your report within 30 days of our dispute.',
    'Hartwell & Diaz: your balance with our office will go to zero once the insurer pays.',
    'Hartwell & Diaz: su deuda con la oficina quedó en cero. Gracias por su pago.',
    'Hartwell & Diaz: puede pagar nuestros honorarios en una sola cuota o en tres.',
    'Hartwell & Diaz: if you stop paying the bank, the foreclosure will move faster; call us first.',
    'Hartwell & Diaz: the Chapter 7 discharge will wipe the balance on your cards.',
    'Hartwell & Diaz: each person you invite to the hearing must bring a photo ID.',
    'Hartwell & Diaz: for every friend you refer, we donate $25 to the food bank.',
    'Hartwell & Diaz: your case manager will call you tomorrow at 10am.',
    'Hartwell & Diaz: la póliza del seguro cuesta $210 al mes; la incluimos en la manutención.',
    'Hartwell & Diaz: tu seguro de auto desde el accidente cuesta $150 al mes.',
    'Hartwell & Diaz: the court found the arbitrage fund was a Ponzi scheme; the claims deadline is June 1.',
    'Hartwell & Diaz: no experience is needed to serve as a witness.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe("forbidden-content: a party's paper reported, a tax form by its number, evidence found, a lender's app named in Spanish", () => {
  it.each([
    // A named party's ad or paper reported, beside the case.
    "The lender's flyer promised instant approval with no credit check; that flyer is Exhibit 3 in your lawsuit.",
    'The W-2G from the casino says you won a $12,000 jackpot, so the tax return has to report it.',
    'Your 1099-MISC from the radio contest says you won a $9,500 car; the IRS taxes it at fair market value.',
    // Evidence found in a search, in a case.
    'At the hearing we will show the THC cartridges were found in the other driver’s glovebox, not your car.',
    'La pistola fue encontrada en la cajuela del otro carro; eso ayuda a su defensa en el juicio.',
    // The other side's app or lender named after "de", in Spanish.
    'Ponga en la lista de acreedores los préstamos rápidos de la aplicación, aunque la deuda sea pequeña.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });

  it.each([
    // The same words as an offer: the sender's voice, a bare Spanish ad, an ad's own paper.
    ['error', 'PCH says you won a $5,000 prize. Call 876-555-0101 to claim.', 'you won a $5,000', 'gambling'],
    [
      'error',
      'Préstamos rápidos de la app PrestaYa: solicite hoy, responda SI.',
      'Préstamos rápidos',
      'high-risk-financial',
    ],
    ['error', 'THC vapes are found in our shop! Order today at cloudvape.shop', 'THC vapes', 'illegal-substances'],
    [
      'error',
      'Our ad promised no credit check and it is true: apply today at quickcash.loans',
      'no credit check',
      'high-risk-financial',
    ],
  ] as const)('%s: %s', (severity, text, phrase, category) => {
    expectOneFindingAt(text, phrase, severity, category);
  });
});

describe('forbidden-content: a treating doctor, an insurer, an immigration step, a record, a declared asset', () => {
  const errorsAndWarnings = (text: string) =>
    checkRule(rule, text).filter((finding) => finding.severity === 'error' || finding.severity === 'warning');

  it.each([
    // A treating doctor's act and the comp carrier's decision (t11b's own wording).
    'Your surgeon put you on oxycodone after the fusion; keep every pharmacy receipt for the adjuster.',
    'The carrier denied the fentanyl patch again. We will ask the judge to order it.',
    'Your doctor switched you to buprenorphine. If the pharmacy balks, send us the label.',
    // An immigration step named as USCIS names it.
    'Your naturalization interview is May 3. The officer may ask about the cannabis citation from 2019.',
    'Before the adjustment of status interview, bring the letter from the dispensary that employed you.',
    'Your N-400 interview is May 3. They may ask whether you ever worked at a cannabis dispensary.',
    // A Spanish criminal record had or not, and an asset to declare.
    'La escopeta está a nombre de su suegro y usted no tiene antecedentes penales. Traiga el permiso.',
    '¿Sigue teniendo el ethereum en la aplicación? Hay que declararlo en la lista de bienes.',
  ])('no finding: %s', (text) => {
    expect(errorsAndWarnings(text)).toEqual([]);
  });

  it.each([
    // The same words beside an offer or a seller's promise.
    'Fentanyl patches shipped overnight, no prescription needed. Our doctor switched 500 patients. Order at rxdeals.biz',
    'Cheap pharmacy meds, carrier approved! Click rx-cheap.com now',
    'Rifles AR-15 en venta, sin revisión de antecedentes. Escríbanos por WhatsApp.',
    'Gane dinero con bitcoin desde casa, sin antecedentes. Escriba YA.',
    'Dispensary deals this weekend! Before your green card interview, stock up. Shop 420deals.com',
    'Cannabis delivery today, even before your I-485 interview. Order at weedgo.shop',
  ])('still an error: %s', (text) => {
    expect(errorsAndWarnings(text).map((finding) => finding.severity)).toContain('error');
  });
});

describe("forbidden-content: a named third party's earnings told", () => {
  const severities = (text: string) =>
    checkRule(rule, text)
      .map((finding) => finding.severity)
      .filter((severity) => severity !== 'info');

  it.each([
    // A support or wage case's fact (t11b's own wording): quiet beside case words, a warning at most without.
    'Para la manutención cuenta que su esposo gana $2,800 al mes trabajando desde su casa.',
    'El demandado gana $900 a la semana desde su casa y no paga la manutención.',
    'For the support hearing: the father earns $2,500 a month working from home.',
  ])('no finding: %s', (text) => {
    expect(severities(text)).toEqual([]);
  });

  it('an amount alone makes it no error', () => {
    expect(severities('Su esposo gana $3,000 al mes trabajando desde su casa.')).toEqual(['warning']);
  });

  it.each([
    // The reader's or the sender's own earnings, an imperative, or the told earnings with the ad's link.
    'Gana $3,000 al mes trabajando desde su casa. Responda SI.',
    'Usted gana $3,000 al mes desde su casa con nuestro sistema. Responda SI.',
    'Mi prima gana $3,000 al mes desde su casa con este sistema. Pregúntame cómo.',
    'Ella gana $500 por semana desde su celular con nuestra app. Descárguela en ganafacil.com',
  ])('still an error: %s', (text) => {
    expect(severities(text)).toContain('error');
  });
});

describe("forbidden-content: the eleventh round's offer shapes and sale cues, in both languages", () => {
  it.each([
    // Goods put on sale by a quantity for a price, a drop tonight, no doctor, a pharmacy's price, days to ship.
    ['error', 'got moonrocks, 3 for 100. dropping by tonight', 'moonrocks', 'illegal-substances'],
    ['error', 'Fresh shatter 1g for 30, hit my phone', 'shatter', 'illegal-substances'],
    ['error', 'Semaglutide pens, no doctor visit needed, delivered in 3 days.', 'Semaglutide', 'prescription-drugs'],
    ['error', 'Xanax bars at a fraction of the pharmacy price. Text BARS', 'Xanax', 'prescription-drugs'],
    ['error', 'Tenemos tramadol y llega en 2 días.', 'tramadol', 'prescription-drugs'],
    ['error', 'Ozempic a mitad del precio de farmacia, escriba YA', 'Ozempic', 'prescription-drugs'],
    // A loan without the bureau, a debt taken away, sure returns, passive income, a house course.
    ['error', 'Dinero rápido sin buró. Responda PRESTAMO hoy.', 'sin buró', 'high-risk-financial'],
    ['error', 'Te eliminamos tus deudas en un mes. Escribe LIBRE', 'eliminamos tus deudas', 'debt-collection'],
    ['error', 'We make your debts disappear. Text FREE to start', 'We make your debts disappear', 'debt-collection'],
    ['error', 'Pre-IPO shares now open to you, min $500. Reply IN', 'Pre-IPO shares', 'high-risk-financial'],
    ['error', 'Our fund pays 2% daily guaranteed. Reply GO', '2% daily guaranteed', 'high-risk-financial'],
    [
      'error',
      'Con nuestro plan, ganancias seguras cada semana. Responda SI',
      'ganancias seguras',
      'high-risk-financial',
    ],
    ['error', 'Our bots bring $300 a day passive. Text RICH', '300 a day passive', 'get-rich-quick'],
    ['error', 'Get a done-for-you store this week. Reply STORE', 'done-for-you store', 'get-rich-quick'],
    ['error', 'Flip houses with no money! Reply SEAT for the seminar.', 'Flip houses with no money', 'get-rich-quick'],
    ['error', 'Nuestro curso le enseña a ganar $10,000. Responda CURSO', 'le enseña a ganar $10,000', 'get-rich-quick'],
    // "DM" and the Spanish "escriba" as calls to act, as "text" is.
    ['error', 'Pre-IPO stock open this week. DM me for the deck.', 'Pre-IPO stock', 'high-risk-financial'],
    ['error', 'Quitamos sus deudas en 30 días. Escriba LIBRE al 555-0100.', 'Quitamos sus deudas', 'debt-collection'],
    // The reader's number drawn; adult companionship sold.
    [
      'error',
      'Your ticket has been drawn for a boat! Pay the $80 fee to claim it.',
      'Your ticket has been drawn for',
      'gambling',
    ],
    ['error', 'Su teléfono fue premiado con una moto. Responda PREMIO', 'Su teléfono fue premiado', 'gambling'],
    ['error', 'Your virtual girlfriend is waiting. Join at luvbot-chat.com', 'virtual girlfriend', 'sex'],
  ] as const)('%s: %s', (severity, text, phrase, category) => {
    expectOneFindingAt(text, phrase, severity, category);
  });

  it.each([
    // The same words in a firm's case texts: a bankruptcy discharge, a drug charge's weights, a
    // prescription in a claim, an investment fraud case, a juror drawn, a billing claim.
    'Hartwell & Diaz: the bankruptcy court can discharge your medical debts; we erase nothing ourselves.',
    'Hartwell & Diaz: the police report lists 2g of shatter; the hearing on the possession charge is Monday.',
    'Hartwell & Diaz: your doctor prescribed semaglutide; the pharmacy records are part of your injury claim.',
    'Hartwell & Diaz: the broker sold you pre-IPO shares that never existed; we filed the fraud complaint.',
    'Hartwell & Diaz: su préstamo fue aprobado el mismo día, según el contrato que firmó; lo revisamos en la cita.',
    'Hartwell & Diaz: your name was drawn for jury service; tell the clerk about your trial date.',
    'Hartwell & Diaz: the AI girlfriend app kept billing your card; the refund claim is filed.',
    'Hartwell & Diaz: we will file 2 for 3 of your tax years this week.',
    'Hartwell & Diaz: la bancarrota quita sus deudas de tarjetas. Escriba al 555-0100 si tiene preguntas.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text).filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});

describe("forbidden-content: the twelfth round's offer shapes, in both languages", () => {
  it.each([
    // Debts promised gone with words between; a ticket's prize with its sum; a loan's sum and sure approval.
    [
      'error',
      'Under the new relief act, card balances below $20,000 could be wiped. Reply YES.',
      'balances below $20,000 could be wiped',
      'debt-collection',
    ],
    [
      'error',
      'Sus deudas de tarjeta podrían ser borradas. Responda SI hoy.',
      'deudas de tarjeta podrían ser borradas',
      'debt-collection',
    ],
    [
      'error',
      'Your raffle entry was just drawn for $5,000! Reply WIN to claim.',
      'Your raffle entry was just drawn for $5,000',
      'gambling',
    ],
    ['error', 'Cupón premiado con $3,000 a su nombre. Responda COBRAR.', 'Cupón premiado con $3,000', 'gambling'],
    ['error', 'Te prestamos hasta $1,500 hoy mismo. Escribe YA.', 'Te prestamos hasta $1,500', 'high-risk-financial'],
    [
      'error',
      "We'll lend you up to $3,000 by Friday. Reply CASH.",
      "We'll lend you up to $3,000",
      'high-risk-financial',
    ],
    ['error', 'Préstamo con aprobación segura. Responda SI.', 'aprobación segura', 'high-risk-financial'],
    // A Spanish generic name put on sale.
    ['error', 'Vendo hidrocodona, entrega a domicilio.', 'hidrocodona', 'prescription-drugs'],
    // Debts rolled into one.
    [
      'error',
      'Behind on Affirm and card bills? We roll them into one. Reply JOIN',
      'roll them into one',
      'debt-collection',
    ],
    [
      'error',
      'Combinamos sus tarjetas en un solo pago más bajo. Responda SI.',
      'Combinamos sus tarjetas en un solo pago',
      'debt-collection',
    ],
    // Companions sent to the reader's room; goods sold by the case.
    ['error', 'Escorts to your hotel room tonight. Text ROSE.', 'Escorts to your hotel', 'sex'],
    ['error', 'Acompañantes a domicilio. Escribe al 555-0100.', 'Acompañantes a domicilio', 'sex'],
    ['error', 'Zyn by the case, no ID needed, ships in 2 days.', 'Zyn', 'tobacco'],
  ] as const)('%s: %s', (severity, text, phrase, category) => {
    expectOneFindingAt(text, phrase, severity, category);
  });

  it.each([
    // The same words in a firm's case texts: a discharge, a casino's unpaid prize, a lender's
    // contract, a hotel's witnesses, a fee by the case.
    'Hartwell & Diaz: in Chapter 7 your card balances may be erased by the discharge; the hearing is Monday.',
    'Hartwell & Diaz: con la bancarrota sus deudas de tarjeta pueden ser borradas; la audiencia es el lunes.',
    'Hartwell & Diaz: the casino says your ticket was drawn for $25,000 but never paid; we filed the claim.',
    'Hartwell & Diaz: el boleto premiado con $5,000 sigue sin pagarse; presentamos la demanda contra la tienda.',
    'Hartwell & Diaz: el contrato dice "le prestamos hasta $2,000"; lo revisamos en su caso de cobro.',
    'Hartwell & Diaz: the companions who stayed in your hotel room are witnesses for the custody hearing.',
    'Hartwell & Diaz: we bill by the case, not by the hour; the vape shop owner’s hearing is Monday.',
    'Hartwell & Diaz: your Chapter 13 plan rolls the car loan and the card balances into one payment.',
    'Hartwell & Diaz: el reporte dice que encontraron pastillas de hidrocodona en la guantera; la audiencia es el lunes.',
    'Hartwell & Diaz: el plan del capítulo 13 junta sus deudas en un solo pago mensual; la audiencia es el lunes.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text).filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});

describe("forbidden-content: what the law does to a debt, and images a party sent, told as a case's facts", () => {
  // Our own texts. A semicolon ends the clause case words reach (see content-context.ts); these were
  // errors for another reason: offer wording ignored any case word, even in its own clause.
  it.each([
    'Hartwell & Diaz: in Chapter 7 the court can wipe out your medical debts; the 341 meeting is on Tuesday.',
    'Hartwell & Diaz: a Chapter 7 discharge can wipe out your medical debt and credit card balances.',
    'Hartwell & Diaz: the court can erase your debt only if the plan is confirmed.',
    'Hartwell & Diaz: Chapter 13 lets you consolidate your debts into one plan payment; the trustee meeting is May 3.',
    'Hartwell & Diaz: the bankruptcy will wipe out your credit card debt; the 341 meeting is March 3.',
    'Hartwell & Diaz: the app sent explicit photos without your consent; the harassment claim is filed.',
    'Hartwell & Diaz: the supervisor sent you the explicit video and the nude photos; that is proof for your claim.',
    'Hartwell & Diaz: he sent explicit photos to your daughter; the protective order hearing is Friday.',
    'Hartwell & Diaz: your ex posted nude photos of you online; we filed the revenge porn complaint.',
    'Hartwell & Diaz: he kept sending sexy pics after you said no; the harassment claim is filed.',
    'Hartwell & Diaz: en el Capítulo 7 el tribunal puede borrar sus deudas médicas; la reunión 341 es el martes.',
    'Hartwell & Diaz: su ex publicó fotos íntimas sin su consentimiento; ya presentamos la denuncia.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });

  it.each([
    // The same words with the seller or its program for subject, or an unnamed sender of images.
    ['Our program can wipe out your debt. Call 555-0100 today.', 'wipe out your debt'],
    ['Our new program lets you consolidate your debts into one low payment. Reply YES.', 'consolidate your debts'],
    ['Avoid bankruptcy! We can erase your debt fast. Call 555-0100.', 'erase your debt'],
    [
      'Bankruptcy is not your only option: our plan can wipe out your medical debts. Reply YES',
      'wipe out your medical debts',
    ],
    ['The new federal program can erase your debt. Call now 555-0100', 'erase your debt'],
    ['Jenny sent you explicit photos, see them at hotpics.xyz', 'explicit photos'],
    ['A girl near you sent you nude photos. Tap hotpics.xyz to see', 'nude photos'],
    ['Your match sent you nude pics, unlock them at match-pics.xyz for $5', 'nude pics'],
    ['I sent you explicit photos, unlock the full set at my page for $10', 'explicit photos'],
    ['Sending sexy pics tonight, text me babe', 'sexy pics'],
    ['A hottie near you kept sending nude pics, see them at hotpics.xyz', 'nude pics'],
    ['Nuestro programa puede borrar sus deudas. Llame hoy al 555-0100', 'borrar sus deudas'],
  ] as const)('error: %s', (text, phrase) => {
    expect(
      checkRule(rule, text)
        .filter((finding) => finding.start === at(text, phrase).start)
        .map(({ severity }) => severity),
    ).toEqual(['error']);
  });
});

describe('forbidden-content: drugs the sender gets to the reader, beside case words', () => {
  it.each([
    [
      'After your surgery, our assistant can get you oxycodone pills without a prescription at a good price.',
      'oxycodone pills without',
    ],
    [
      'Para el dolor después del accidente, nuestra asistente le puede conseguir pastillas de tramadol sin receta.',
      'sin receta',
    ],
    ['Le conseguimos tramadol sin receta para su dolor después del accidente.', 'sin receta'],
    ['We can get you Xanax, no prescription needed, for the stress of the trial.', 'Xanax'],
  ] as const)('error: %s', (text, phrase) => {
    expect(
      checkRule(rule, text)
        .filter((finding) => finding.start === at(text, phrase).start)
        .map(({ severity }) => severity),
    ).toEqual(['error']);
  });

  it.each([
    // The sender gets the reader papers about the drugs, or the drugs are the reader's own.
    'Hartwell & Diaz: we can get you the oxycodone prescription records from the pharmacy for your injury claim.',
    'Hartwell & Diaz: the officer says you had oxycodone without a prescription; we will get you the lab report.',
    'Hartwell & Diaz: su receta de oxicodona está en el expediente; le podemos conseguir una copia sin costo.',
    'Hartwell & Diaz: we can send you the list of your oxycodone refills; the claim is filed.',
    'Hartwell & Diaz: le enviamos la copia de la receta de tramadol para su reclamo por el accidente.',
  ])('no error: %s', (text) => {
    expect(checkRule(rule, text).filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});

describe("forbidden-content: the thirteenth round's offer shapes, in both languages", () => {
  it.each([
    // A bad record erased as a service; pay for recruiting a number of people.
    [
      'error',
      'Borramos tu historial negativo en semanas. Escribe LIMPIO.',
      'Borramos tu historial negativo',
      'debt-collection',
    ],
    ['error', 'We wipe the bad marks off your report fast. Text FIX.', 'wipe the bad marks', 'debt-collection'],
    [
      'error',
      'Gana $2,000 extra al mes con solo invitar a 4 amigos. Escribe UNIRME.',
      'solo invitar a 4 amigos',
      'get-rich-quick',
    ],
    [
      'error',
      'Earn $3k a month by just recruiting 5 friends. Text JOIN.',
      'just recruiting 5 friends',
      'get-rich-quick',
    ],
    // Sexual services under the massage's name and shows sold by video.
    ['warning', 'Masaje con final feliz en tu hotel, escribe a Lina.', 'Masaje con final feliz', 'sex'],
    ['error', 'Massage with a happy ending tonight, text Jade for rates.', 'Massage with a happy ending', 'sex'],
    ['error', 'I do private cam shows, $30 for 15 min, add me.', 'do private cam shows', 'sex'],
    // A number among the winners; credit for everyone and without a co-signer.
    [
      'warning',
      'Tu número quedó entre los ganadores. Responde COBRAR.',
      'Tu número quedó entre los ganadores',
      'gambling',
    ],
    [
      'error',
      'Your ticket is among the winners of our spring draw! Reply CLAIM.',
      'Your ticket is among the winners',
      'gambling',
    ],
    ['error', 'Bad credit? We finance everyone this weekend. Text AUTO.', 'We finance everyone', 'high-risk-financial'],
    ['warning', 'Préstamos de $3,000 sin aval. Responde YA.', 'Préstamos de $3,000 sin aval', 'high-risk-financial'],
  ] as const)('%s: %s', (severity, text, phrase, category) => {
    expectOneFindingAt(text, phrase, severity, category);
  });

  it.each([
    // The same words in a firm's case texts: a lawful dispute, a recruiter's testimony, a massage
    // therapist's claim, a raffle's permit, a loan signed without a co-signer.
    'Hartwell & Diaz: the bureau must delete the inaccurate account; we filed the dispute under the FCRA.',
    'Hartwell & Diaz: el buró debe quitar la cuenta errónea; presentamos la disputa el lunes.',
    'Hartwell & Diaz: the company told you it only recruited 3 people; bring the emails to the deposition.',
    'Hartwell & Diaz: su reclamo de salarios como masajista en el spa sigue; la audiencia es el lunes.',
    'Hartwell & Diaz: the raffle permit is approved; your ticket is among the winners listed by the county.',
    'Hartwell & Diaz: el préstamo que firmó sin aval es parte de la demanda de cobro; la audiencia es el lunes.',
    'Hartwell & Diaz: the dealer said "we finance everyone" in its ad; that claim is part of your fraud case.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text).filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});

describe("forbidden-content: the thirteenth round's firm texts, quiet, beside the scams of the same words", () => {
  it.each([
    // A charitable raffle's or bingo's permit: the client's regulatory matter, its prizes the event's.
    'The bingo license for the VFW hall was renewed, so the prize table can stay by the door.',
    'Your raffle permit is approved. The prize drawing is at the Friday dinner.',
    // A named party's ad reported as a list: the items after a comma are reported too.
    "The lender's ad said fast cash for anyone, bad credit OK. Keep it for your fraud claim.",
    'El anuncio de la agencia decía financiamiento para todos, sin revisar el buró. Guarde la foto para su demanda.',
    // What a search turned up, told with the finder or in the passive.
    'Las escopetas que encontró la policía en la bodega no están a su nombre. Ya pedimos el registro.',
    'The shotguns the deputies found in the shed belong to your uncle. We asked for the report.',
    'The rifles were found in the trunk of the other car.',
    // A client's own medicine, taken under a prescription or prescribed to them.
    'La prueba de su hijo salió positiva, pero toma Xanax con receta. Mándenos la etiqueta del frasco.',
    "Your son's drug test was positive, but he takes Xanax with a prescription. Send us the bottle label.",
    'She was prescribed Adderall in 2021; send us the pharmacy printout.',
    'A Mateo le recetaron Xanax el año pasado. Mándenos la etiqueta.',
    // A drug named by its prescription's papers: the client's own medicine, a record asked for.
    'Traiga la receta del lorazepam.',
    'Bring the lorazepam prescription with you.',
    'Bring the prescription for the Xanax to the office.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });

  it.each([
    ['error', 'You won the raffle prize! Reply YES to claim it.', 'You won the raffle prize', 'gambling'],
    ['error', 'Congrats, you are our prize winner. Call 555-0100.', 'you are our prize winner', 'gambling'],
    // The same lists pitched, or reported by the sender or by nobody named.
    [
      'error',
      'Guaranteed financing for everyone, bad credit OK! Apply at autofin-now.com',
      'bad credit OK',
      'high-risk-financial',
    ],
    [
      'error',
      'We said yes to everyone, bad credit OK. Reply AUTO to apply today.',
      'bad credit OK',
      'high-risk-financial',
    ],
    [
      'error',
      'Our ad said it best: fast approval, bad credit OK. Call 555-0101 now.',
      'bad credit OK',
      'high-risk-financial',
    ],
    ['error', 'Bank said you qualify, bad credit OK. Reply YES.', 'bad credit OK', 'high-risk-financial'],
    // The same goods found or prescribed by the sender, or in the imperative, on sale.
    ['error', 'Xanax bottles $80, text now.', 'Xanax', 'prescription-drugs'],
    [
      'error',
      'Get your Xanax prescription online today, no doctor visit. Reply YES.',
      'Xanax prescription online',
      'prescription-drugs',
    ],
    ['error', 'Rifles we found in storage, $400 each. Text 555-0100.', 'Rifles', 'firearms'],
    ['error', 'Toma Adderall con receta de nuestros médicos en línea. Escribe YA.', 'Adderall', 'prescription-drugs'],
    [
      'error',
      'Adderall with a prescription from our online doctors, shipped today. Text RX.',
      'Adderall',
      'prescription-drugs',
    ],
  ] as const)('%s: %s', (severity, text, phrase, category) => {
    expectOneFindingAt(text, phrase, severity, category);
  });
});

describe("a party's belongings or past job, a rule that bans a trade, the reader's plan, winnings set against losses (batch 14)", () => {
  it.each([
    // What a named party keeps, asked or told.
    "The guardian ad litem asked whether Sam's father still keeps vape pens and rolling papers in the garage.",
    'The investigator asked whether he still owned the two pistols after the protective order.',
    'La trabajadora social preguntó si su esposo guardaba cerveza en el carro.',
    // A workplace of someone's job, and its pay records.
    'The officer asked about your 2019 job at the casino in Reno. Bring the casino pay stubs to the interview.',
    'She worked at a casino for six years before the injury; send the casino paystubs.',
    'Trabajaba en el casino de Laredo; traiga los recibos de pago.',
    // Winnings set against losses, as a return reports them.
    "Your husband's DraftKings history shows $14,900 in winnings and $16,200 in losses for 2025. Losses can offset winnings only if you itemize.",
    'Sus ganancias y pérdidas de apuestas van en la declaración.',
    // A rule that bans the trade, and the reader's own plan told back.
    'The HOA rules ban short-term rentals and any liquor sales from a home. Since you plan to host a paid craft beer club there, read section 7.2.',
    'The lease prohibits selling tobacco on the premises.',
    'State law bans gambling sales to minors.',
    'La ley prohíbe la venta de alcohol después de las 2 a.m.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });

  it.each([
    // The same goods, places, winnings and clubs pitched.
    ['error', 'We keep vape pens in stock, text VAPE for the menu.', 'vape'],
    ['error', 'Our shop still keeps disposable vapes for $10, order today!', 'disposable vapes'],
    ['error', 'Play at the casino tonight and win $500! Click here.', 'casino'],
    ['warning', 'Jobs at the casino, $25/hr, apply now at casinojobs.example.com', 'casino'],
    ['error', 'Claim your winnings and $500 bonus now! Reply YES.', 'Claim your winnings'],
    ['error', 'Join our craft beer club today, $20 a month! Reply BEER.', 'beer club'],
    ['error', 'Liquor sales all weekend, text DEALS for 20% off!', 'Liquor sales'],
    [
      'error',
      'Since you plan to host a beer club, order our craft beer club boxes today at beerbox.example.com',
      'beer club',
    ],
  ] as const)('%s: %s', (severity, text, phrase) => {
    expectOneFindingAt(text, phrase, severity);
  });
});

describe('forbidden-content: guns the sender sells past the checks of a lawful sale, beside case words', () => {
  it.each([
    ['We sell rifles and ammo without a permit. No report to the police.', 'rifles'],
    ['We sell rifles and ammo with no background check, no report to the police.', 'ammo'],
    ['I can get you a Glock, no paperwork, after your court date.', 'Glock'],
    ['Vendemos rifles y municiones sin permiso. Sin reporte a la policía.', 'municiones'],
    ['Vendemos pistolas sin papeles ni antecedentes. No reportamos a la policía.', 'pistolas'],
  ] as const)('error: %s', (text, phrase) => {
    expectOneFindingAt(text, phrase, 'error', 'firearms');
  });

  it.each([
    // A case about such a sale, a party's, a warning against it: nobody sells to the reader.
    'You were charged with selling rifles without a permit; the hearing is Monday.',
    'The ATF says the defendant sold rifles without a permit. We will challenge it at the hearing.',
    'Le acusan de vender rifles sin permiso; la audiencia es el lunes.',
    'We never sell guns without a background check, and neither should you; the hearing is Monday.',
    'Do not sell your guns without a background check while the case is open.',
    'Our client sold a rifle without a permit according to the police report.',
    'Some sellers online offer guns without a background check; buying one is a felony. Call us about your charge.',
  ])('no error: %s', (text) => {
    expect(checkRule(rule, text).filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});

describe("forbidden-content: a prize's taxes paid before it is handed over, a loan repaid from the paycheck", () => {
  it.each([
    [
      'Usted ganó una casa en el sorteo. Antes de la entrega debe cubrir el 7% de impuesto. Llame al 555-0158.',
      'Antes de la entrega debe cubrir el 7% de impuesto',
      'gambling',
    ],
    [
      'Congrats! Pay the taxes on your prize today to have it shipped. Call 555-0100.',
      'Pay the taxes on your prize',
      'gambling',
    ],
    [
      'Crédito de nómina para maestros: hasta $5,000 sin aval. Responde CREDITO.',
      'Crédito de nómina para maestros',
      'high-risk-financial',
    ],
    [
      'Payroll loans for county workers, up to $3,000 the same day. Reply LOAN.',
      'Payroll loans for county workers',
      'high-risk-financial',
    ],
  ] as const)('error: %s', (text, phrase, category) => {
    expectOneFindingAt(text, phrase, 'error', category);
  });

  it.each([
    // The same words in a firm's case texts: an estate's tax, a debt listed in a bankruptcy.
    'Hartwell & Diaz: antes de recibir la herencia debe pagar el impuesto sucesorio; lo vemos en la cita.',
    'Hartwell & Diaz: the payroll loan from your employer is listed in your bankruptcy schedules.',
    'Sra. Alvarado, en la lista de acreedores faltan la casa de empeño y el adelanto de nómina de la aplicación.',
    'Hartwell & Diaz: el préstamo de nómina que le dio su patrón es parte de su demanda de salarios.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('forbidden-content: debt settled for a fraction or halved, collection calls promised to end', () => {
  it.each([
    [
      'A new settlement window lets you pay as little as 8 cents on the dollar. Call 800-555-0171.',
      'pay as little as 8 cents on the dollar',
      'error',
    ],
    [
      'Settle your card debt for as little as 40% of what you owe. Call 555-0100 today.',
      'Settle your card debt for as little as 40% of what you owe',
      'error',
    ],
    ['Our hardship team can cut your balance in half. Reply KEEP.', 'cut your balance in half', 'error'],
    ['Pague solo el 40% de su deuda. Llame hoy al 555-0100.', 'Pague solo el 40% de su deuda', 'error'],
    ['Detenga las llamadas de cobranza hoy mismo. Responda ALIVIO.', 'Detenga las llamadas de cobranza', 'error'],
    ['Programa de reestructura: se acaban las llamadas de cobranza.', 'se acaban las llamadas de cobranza', 'warning'],
  ] as const)('%s', (text, phrase, severity) => {
    expectOneFindingAt(text, phrase, severity, 'debt-collection');
  });

  it.each([
    // The same words in a firm's texts: a bankruptcy's dividend, a repossession case, a tax
    // settlement the firm handles (what the IRS or the bankruptcy does to the debt).
    'Hartwell & Diaz: in your Chapter 7 case, unsecured creditors may get as little as 5 cents on the dollar.',
    'Hartwell & Diaz: the IRS accepted your offer in compromise; you pay as little as 8 cents on the dollar of the tax you owed.',
    'Hartwell & Diaz: the repossession case is set for May 2. The cramdown in your Chapter 13 plan can cut your car loan balance in half.',
    'Hartwell & Diaz: we negotiated your tax settlement; the IRS will cut your balance in half if you file the 2023 return.',
    'Hartwell & Diaz: la suspensión automática de su bancarrota detiene las llamadas de cobranza desde hoy.',
    'Hartwell & Diaz: con la bancarrota se acaban las llamadas de cobranza. Su audiencia es el 3 de mayo.',
    'Hartwell & Diaz: el IRS aceptó su oferta de compromiso, que le permite pagar solo el 30% de la deuda de impuestos.',
    'Hartwell & Diaz: su acuerdo de pagos a plazos con el IRS le permite pagar solo el 30% de la deuda este año.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('forbidden-content: credit whatever the record or with an ID alone, paid out in minutes', () => {
  it.each([
    ['Loans for any credit score, funds to your card. Reply LOAN.', 'Loans for any credit score', 'error'],
    ['Personal loans with just your ID. Apply at quickcash.example.com', 'loans with just your ID', 'error'],
    ['All credit types welcome! Apply at quickcash.example.com', 'All credit types welcome', 'error'],
    ['Need cash? No job verification. Reply CASH.', 'No job verification', 'error'],
    ['Need cash? Funds in 15 minutes. Reply CASH.', 'Funds in 15 minutes', 'error'],
    [
      'Préstamos con tu cédula y nada más. Escribe PRESTAMO al 555-0131.',
      'Préstamos con tu cédula y nada más',
      'error',
    ],
    ['Préstamo solo con su INE. Llame al 555-0100.', 'Préstamo solo con su INE', 'error'],
    ['Hasta $3,000 en 1 hora. Escribe PRESTAMO al 555-0131.', 'Hasta $3,000 en 1 hora', 'error'],
    ['Necesita efectivo? Dinero en 30 minutos. Llame al 555-0100.', 'Dinero en 30 minutos', 'error'],
  ] as const)('%s', (text, phrase, severity) => {
    expectOneFindingAt(text, phrase, severity, 'high-risk-financial');
  });

  it.each([
    // A loan taken out in the client's name, a lender's ad in a lending case, a firm's own errand.
    'Hartwell & Diaz: someone took out a loan with only your ID number; we filed the identity theft report.',
    'Hartwell & Diaz: alguien sacó un préstamo con su cédula y nada más; presentamos la denuncia por robo de identidad.',
    'Hartwell & Diaz: the lender in your case advertised loans for any credit score and charged 390% interest.',
    'Hartwell & Diaz: traiga su pasaporte y nada más a la cita del martes.',
    'Hartwell & Diaz: the settlement funds will be in your account within 48 hours.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('forbidden-content: crypto arbitrage sold as a daily share; "arbitraje" as arbitration stays a case word', () => {
  it.each([
    ['Arbitraje P2P en Binance: vos cobrás un 4% diario fijo. Entrás con 200 dólares.', 'Arbitraje P2P', 'warning'],
    ['Our USDT arbitrage desk pays 3% daily. Join with $100 at arb.example.com', 'USDT arbitrage', 'error'],
    ['Arbitraje de USDT con ganancias cada día. Escribe YA al 555-0100.', 'Arbitraje de USDT', 'error'],
  ] as const)('%s', (text, phrase, severity) => {
    expectOneFindingAt(text, phrase, severity, 'high-risk-financial');
  });

  it.each([
    'Hartwell & Diaz: el arbitraje de su caso laboral es el 4 de mayo.',
    // An arbitration with the exchange, and a claim against an arbitrage group.
    'Hartwell & Diaz: el arbitraje de Binance con su cuenta congelada empieza el lunes; traiga los estados de cuenta.',
    'Hartwell & Diaz: en la demanda contra el grupo de arbitraje P2P que le prometía un 4% diario pedimos la devolución.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('forbidden-content: business opportunities with nothing of your own, recruits counted, "Gana" opening a sentence', () => {
  it.each([
    ['I replaced my 9-5 with a rental fleet. Seats at $997, reply FLEET.', 'replaced my 9-5', 'error'],
    ['My mentorship shows you how with zero of your own money. Reply FLEET.', 'with zero of your own money', 'error'],
    ['Ditch your day job! Join at turoboss.example.com', 'Ditch your day job', 'error'],
    ['Get our list of units and a guaranteed flip plan. Reply UNITS.', 'guaranteed flip plan', 'error'],
    ['Gana $3,000 a la semana rentando autos. Cupo limitado.', 'Gana $3,000 a la semana', 'warning'],
    ['Rente autos a choferes, sin tener auto propio. Llame al 555-0100.', 'sin tener auto propio', 'error'],
    ['¿Le gustaría ganar sin salir de casa? Llame al 555-0100.', 'ganar sin salir de casa', 'error'],
    ['Venda perfumes y por cada 2 amigas que invite recibe $500.', 'cada 2 amigas que invite', 'error'],
    [
      'Earn $500 a week without leaving your couch! Reply START.',
      'Earn $500 a week without leaving your couch',
      'error',
    ],
  ] as const)('%s', (text, phrase, severity) => {
    expectOneFindingAt(text, phrase, severity, 'get-rich-quick');
  });

  it.each([
    // A client's or a party's pay and business told, a firm's own thanks and portal.
    'Hartwell & Diaz: usted gana $3,000 a la semana, así que la manutención sería de unos $600.',
    'Hartwell & Diaz: según su declaración, su esposo gana $3,000 a la semana; lo usaremos en la audiencia.',
    'Hartwell & Diaz: Juan gana $900 a la semana en la obra.',
    'Hartwell & Diaz: the Turo fleet your ex-husband owns is marital property; he bought the cars with none of his own money.',
    'Hartwell & Diaz: he replaced his day job with the rental business in 2021; the court will look at both incomes.',
    'Hartwell & Diaz: por cada 2 clientes que nos refiera le enviamos una tarjeta de agradecimiento.',
    'Hartwell & Diaz: el demandado prometía un plan de reventa garantizado; lo citamos en la demanda.',
    'Hartwell & Diaz: puede firmar los documentos sin salir de casa desde el portal.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe("forbidden-content: a bookmaker's first-deposit bonus, its imperative, a prize's shipping paid first", () => {
  it.each([
    ['Apuéstale a las Águilas desde tu celular. Escribe JUGAR al 555-0116.', 'Apuéstale', 'error'],
    [
      'Bono de RD$1,000 en tu primer depósito. Escribe JUGAR al 555-0116.',
      'Bono de RD$1,000 en tu primer depósito',
      'error',
    ],
    ['Get a $200 bonus on your first deposit! sportsbet.example.com', 'bonus on your first deposit', 'error'],
    [
      'Su número salió en la rifa. Para entregarle el premio deposite $450 de envío a la tarjeta.',
      'entregarle el premio deposite $450 de envío',
      'warning',
    ],
    [
      'Deposite $200 de envío para recibir su premio. Llame al 555-0100.',
      'Deposite $200 de envío para recibir su premio',
      'error',
    ],
  ] as const)('%s', (text, phrase, severity) => {
    expectOneFindingAt(text, phrase, severity, 'gambling');
  });

  it.each([
    // A client's gambling losses in a divorce, a firm's own shipping of a file, a prize's tax in a case.
    'Hartwell & Diaz: en el divorcio incluimos lo que su esposo perdió en apuestas; el bono de su primer depósito en el casino también consta.',
    'Hartwell & Diaz: the casino records show a $500 bonus on his first deposit; we will use them in the property division.',
    'Hartwell & Diaz: para entregarle el expediente deposite $15 de envío en nuestra cuenta de fideicomiso.',
    'Hartwell & Diaz: la lotería le pagó el premio; para recibir el premio pague el impuesto estatal antes de abril, lo vemos en la cita.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('forbidden-content: cigarettes without the tax stamp, disposable vapes, sold to any age', () => {
  it.each([
    ['Cigarros sin timbre fiscal. Responda LISTA para precios.', 'Cigarros sin timbre', 'error'],
    ['Cartons of Newports without tax stamps. Text SMOKE.', 'Cartons of Newports without tax stamps', 'error'],
    // A pitch, not an offer (a sale-to-minors charge names the same goods): "responda" after a comma
    // is no call to act, so a warning.
    ['Vapes desechables, responda LISTA para precios.', 'Vapes desechables', 'warning'],
    ['Vapes desechables a $8, entrega hoy. Escribe YA.', 'Vapes desechables', 'error'],
    // "fiscal" after the stamp is the tax's, not the prosecutor: the goods on sale stay an error.
    ['Cigarrillos con timbre fiscal a precio de mayoreo, le vendemos a cualquier edad.', 'Cigarrillos', 'error'],
    ['Marlboros by the carton, we ship to anyone of any age.', 'Marlboros', 'error'],
  ] as const)('%s', (text, phrase, severity) => {
    expectOneFindingAt(text, phrase, severity, 'tobacco');
  });

  it.each([
    'Hartwell & Diaz: el fiscal pidió la audiencia para el lunes.',
    'Hartwell & Diaz: la tienda de su cliente fue multada por vender cigarros sin timbre fiscal; la audiencia es el lunes.',
    'Hartwell & Diaz: the store in your case was cited for selling vapes to minors of any age; the hearing is Monday.',
    'Hartwell & Diaz: la fiscal del caso de su hijo dice que la tienda le vendió vapes desechables sin pedir identificación.',
    'Hartwell & Diaz: en el año fiscal 2024 su negocio vendió cerveza; traiga los comprobantes.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe("forbidden-content: compensation promised to strangers, a lawyer's multiple", () => {
  it.each([
    [
      '¿Su bebé tomó fórmula? Podría recibir una compensación. Vea si califica en nec-casos.example.com',
      'Podría recibir una compensación',
      'error',
    ],
    [
      'Was your baby fed formula? You could receive compensation. See if you qualify at nec-help.example.com',
      'You could receive compensation',
      'error',
    ],
    ['Nuestros abogados le consiguen hasta 3 veces más. Responda SI.', 'consiguen hasta 3 veces más', 'error'],
    // "insurer" is a case word elsewhere in the message: a warning.
    [
      'Denied by your insurer? Our team gets you up to 3 times more. Reply YES.',
      'gets you up to 3 times more',
      'warning',
    ],
    ['Our team gets you up to 3 times more. Reply YES.', 'gets you up to 3 times more', 'error'],
  ] as const)('%s', (text, phrase, severity) => {
    expectOneFindingAt(text, phrase, severity, 'lead-generation');
  });

  it.each([
    // The formula lawsuit the firm runs, a hail claim it appeals, an overtime claim.
    'Hartwell & Diaz: en su demanda por la fórmula y la enterocolitis (NEC) de su bebé, podría recibir una compensación si el fabricante acepta el acuerdo.',
    'Hartwell & Diaz: your NEC lawsuit against the formula maker is moving; you could receive compensation once the court approves the settlement.',
    'Hartwell & Diaz: su reclamo por el granizo: la aseguradora ofreció $4,000; en la apelación podemos obtener hasta 3 veces más.',
    'Hartwell & Diaz: Maria, podría recibir una compensación por las horas extra. Lo revisamos el martes.',
    'Hartwell & Diaz: you could receive compensation for the lost wages; bring your pay stubs Tuesday.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('forbidden-content: guns sold through a dealer, loans a firm helps recover (T13e review)', () => {
  it.each([
    [
      'Payroll loans for county workers, up to $3,000 the same day. Reply LOAN.',
      'Payroll loans for county workers',
      'high-risk-financial',
    ],
    [
      'Get up to $2,500 with an allotment loan, approved today. Reply YES.',
      'up to $2,500 with an allotment loan',
      'high-risk-financial',
    ],
  ] as const)('error: %s', (text, phrase, category) => {
    expectOneFindingAt(text, phrase, 'error', category);
  });

  it.each([
    // The estate's guns sold by a licensed dealer: the permit not needed is the heirs'.
    'Podemos vender las pistolas de su padre por medio de un armero con licencia, sin permiso adicional de usted.',
    // A firm offering to recover what such a loan took: nothing lent.
    'Hartwell & Diaz: payroll loans taken from your paycheck without consent are illegal; we can help you recover them. Call today.',
    'Your allotment loan violates the Military Lending Act. We can help you get it cancelled - call us today for a free consultation.',
    'Los préstamos por nómina que le descontaron sin permiso se pueden reclamar. Llámenos hoy para una consulta gratis.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text, { firmName: 'Hartwell & Diaz' })).toEqual([]);
  });
});

describe('forbidden-content: a loan the firm calls unlawful or taken without consent', () => {
  it.each([
    'Your payroll loan of $3,000 was deducted without consent; we can help you recover it. Call today.',
    'Payday loans like the one you took are illegal in this state; we can help you recover the fees. Call today.',
    'Illegal payday loans: if a lender charged you over the legal rate, we can help. Call today.',
    'Los préstamos de nómina que le descontaron sin su autorización se pueden reclamar. Llame hoy.',
    'Los préstamos de día de pago con esos intereses son ilegales en Texas. Le ayudamos a recuperar lo pagado.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text, { firmName: 'Hartwell & Diaz' })).toEqual([]);
  });

  it.each([
    ['Payday loans, totally legal, no credit check, approved today. Call 555-0134.', 'Payday loans'],
    ['Préstamos de nómina hasta $8,000 para maestros. Llame hoy.', 'Préstamos de nómina hasta $8,000'],
  ])('still an error: %s', (text, phrase) => {
    expectOneFindingAt(text, phrase, 'error', 'high-risk-financial');
  });
});

describe('forbidden-content: a prescription sold as a service', () => {
  it.each([
    ['Our doctors get you prescribed Xanax today. Reply YES.', 'get you prescribed Xanax'],
    ['We get you prescribed Adderall in one day. Text ADHD.', 'get you prescribed Adderall'],
    ['Get Adderall prescribed online in 10 minutes, no visit needed. Reply YES.', 'Adderall prescribed online'],
  ])('error: %s', (text, phrase) => {
    expectOneFindingAt(text, phrase, 'error', 'prescription-drugs');
  });

  it.each([
    'Did your doctor get you prescribed Xanax after the accident?',
    'Dr. Patel prescribed Xanax for her anxiety in 2023; the records show it.',
    'Please get the Adderall prescribed by your own doctor before the custody evaluation.',
    'No appointment needed: bring your documents to our office Monday to sign.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text, { firmName: 'Hartwell & Diaz' })).toEqual([]);
  });
});

describe('forbidden-content: the fourteenth round narrowed to the scam shapes (a firm says the same words)', () => {
  it.each([
    ['Resolve your tax debt for as little as 10 cents on the dollar. Call 555-0199 now!', 'debt-collection'],
    ['Deje de recibir llamadas de cobradores hoy mismo. Responda SI.', 'debt-collection'],
    ['Get up to $2,500 in 15 minutes. Apply at cashnow.example.com', 'high-risk-financial'],
    ['Préstamos sin importar tu buró de crédito. Escríbenos hoy.', 'high-risk-financial'],
    ['Get approved without income verification. Apply now at fastcash.example.com', 'high-risk-financial'],
    ['Start earning with no money of your own. DM me for details.', 'get-rich-quick'],
    ['Make money without leaving home, $500 a week. Text START.', 'get-rich-quick'],
    ['Gana dinero extra sin salir de casa. Escribe INFO.', 'get-rich-quick'],
    ['Ditch your 9-to-5 and earn from your phone. DM me.', 'get-rich-quick'],
    ['Recibe $40 por cada 2 amigos que invites. Únete ya.', 'get-rich-quick'],
    ['150% bonus on your first deposit at luckyspin.example.com. Play now!', 'gambling'],
    ['Bad credit OK. No income verification! Apply at cash.example.com', 'high-risk-financial'],
    ['Loans to $5,000, no income verification needed. Apply now.', 'high-risk-financial'],
    ['Cut your monthly payments in half. Call 555-0199 today!', 'debt-collection'],
    ['Our program ends collection calls for good. Call 555-0199.', 'debt-collection'],
    ['Préstamos de $5,000 con tu INE y nada más. Escríbenos.', 'high-risk-financial'],
    ['Para recibir su premio pague $40 de envío. Responda SI.', 'gambling'],
  ] as const)('still an error: %s', (text, category) => {
    const found = checkRule(rule, text);
    expect(found.some((finding) => finding.severity === 'error' && finding.category === category)).toBe(true);
  });

  it.each([
    ['Para enviarle su moto pague $300 de flete. Deposite hoy.', 'gambling'],
    ['Arbitraje cripto con 4% diario. Únete hoy.', 'high-risk-financial'],
  ] as const)('still flagged: %s', (text, category) => {
    expect(checkRule(rule, text).some((finding) => finding.category === category)).toBe(true);
  });

  it.each([
    'Good news from Hartwell & Diaz: the hospital agreed to accept as little as 30 cents on the dollar on your bill. Call us at 555-0100.',
    'The loan application asked for any credit history you have, so bring your old statements Monday.',
    'Please bring your pay stubs; we cannot submit the application without income verification.',
    'Thieves can get credit with just your SSN, so freeze your credit today: https://hartwelldiaz.com/freeze',
    'Recibirá hasta $2,000 en 48 horas después de firmar. Llámenos con dudas.',
    'Su arbitraje de cripto con Coinbase es el lunes a las 10. Traiga sus estados de cuenta.',
    'El arbitraje de criptomonedas con el exchange quedó para el 5 de mayo.',
    'Disability benefits replace your paycheck while you recover. Call us to apply.',
    'You were left with no money of your own after the separation. Call us so we can ask for support.',
    'Lo representamos sin arriesgar su dinero: solo cobramos si ganamos.',
    'Seating is limited: for 3 people you invite to the ceremony, send us their names by Friday.',
    'Puede ganar tiempo sin salir de su casa: firme los documentos en línea aquí https://hartwelldiaz.com/firmar',
    'Make your payment without leaving home: use our portal https://hartwelldiaz.com/pay',
    'Tu empleador debía pagarte el bono de contratación con tu primer depósito de nómina. Llámanos.',
    'Check whether the signing bonus was in your first deposit and text us back.',
    'Para recibir su auto del corralón pague el trámite de liberación. Le ayudamos con los papeles.',
    'Lo acusan de vender vapes desechables a menores; la audiencia es el lunes.',
    'The deputies seized cartons without tax stamps from the store.',
    'You may receive compensation for your mileage to medical appointments; keep the receipts.',
    'Usted puede recibir una indemnización por despido; llámenos al 555-0100.',
    'The bank gave you the loan with no income verification, which is why we can void it.',
    'Your ex-husband claims he cut your support payments in half because he lost his job. Call us.',
    'No deposite dinero para el envío de ningún premio; es una estafa. Llámenos.',
    'Para la firma del crédito hipotecario traiga su INE y nada más. Nos vemos el lunes.',
    'Su depósito llega en 30 minutos; revise su cuenta y avísenos.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});
