import { describe, expect, it } from 'vitest';
import { checkRule } from '../engine';
import { type ExpectedFinding, runRuleTests } from '../testing/rule-tester';
import rule from './phishing-language';

function at(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in "${text}"`);
  return { start, end: start + phrase.length };
}

type Kind =
  | 'accountAlert'
  | 'falseUrgency'
  | 'riskyPayment'
  | 'deliveryScam'
  | 'tollScam'
  | 'governmentScam'
  | 'paymentReversal'
  | 'subscriptionScam'
  | 'jobScam'
  | 'newNumberScam'
  | 'utilityScam'
  | 'techSupportScam'
  | 'charityScam'
  | 'rentalScam'
  | 'wrongNumberScam'
  | 'advanceFee'
  | 'linkActivation'
  | 'secrecyDemand'
  | 'extortionScam'
  | 'scamShape'
  | 'scamCues';

/** Among the rule's findings of `messageId`, a warning over exactly `phrase`. */
function expectWarningAmong(text: string, phrase: string, messageId: Kind): void {
  const findings = checkRule(rule, text).filter((finding) => finding.messageId === messageId);
  expect(findings.map(({ severity, start, end }) => ({ severity, start, end }))).toContainEqual({
    severity: 'warning',
    ...at(text, phrase),
  });
}

function invalid(text: string, ...expected: [messageId: Kind, phrase: string][]) {
  return {
    text,
    findings: expected.map(
      ([messageId, phrase]): ExpectedFinding => ({ messageId, ...at(text, phrase), severity: 'warning' }),
    ),
  };
}

const PORTAL = 'pay through our secure client portal';

runRuleTests(rule, {
  valid: [
    // A firm's Spanish: a charge to discuss at the appointment, daily pay owed in a wage claim.
    'Hartwell & Diaz: si no reconoce el cargo en su estado de cuenta, díganos en la cita del lunes.',
    'Hartwell & Diaz: su pago diario no incluía las horas extra; lo reclamamos en la demanda.',
    // A Spanish anti-fraud notice describes the scam's words; a landlord's rental told as a case's facts.
    'Hartwell & Diaz: Cuidado con mensajes que le pidan transferir sus fondos a una cuenta segura; su banco nunca lo hará.',
    'El dueño dice que está fuera del país y pide el depósito por Zelle; no lo mande hasta que revisemos el contrato.',
    // A firm asking a stranger to say so, and staff giving their own number: not the scams' openers.
    'Hartwell & Diaz: If this is the wrong number for Maria Lopez, please reply STOP.',
    'Hartwell & Diaz: Hi Maria, this is Ana, the paralegal on your case. Please save my new number for updates.',
    'Hartwell & Diaz: please verify the dates in the attached settlement and reply with any corrections.',
    // Reporting a wire is ordinary closing news; only asking the client to send one is flagged.
    'Hartwell & Diaz: we received the wire transfer from the title company. Your closing is on track.',
    'Hartwell & Diaz: your retainer invoice is in the portal. Reply STOP to opt out.',
    // "Urgent" alone is not flagged: firms do have urgent news.
    'Urgent: your court date moved to Monday, 3/14 at 9am. Call us at 555-0100 with questions.',
    'Please log in to the portal to sign your fee agreement.',
    'Please confirm your appointment for Tuesday at 2pm by replying YES.',
    'The other side claims you were paid via Venmo; please send us the receipts.',
    'Your account statement for March is in the portal.',
    'You must respond within 30 days of service. We will draft the answer.',
    // Statutes give days, scams give hours.
    'The landlord must return your deposit within 30 days or owe double damages.',
    'Your settlement check cleared. We will wire your share to your bank on Friday.',
    'We verified your identity documents at intake. Thank you.',
    'The judge asked for your bank statements; please upload them to the portal.',
    'Your final hearing is Monday at 9am in courtroom 4B.',
    // Case vocabulary around the same words: a client's record, a resume as evidence.
    'The prosecutor says the account was linked to criminal activity; we dispute that.',
    'We received your resume and pay stubs for the discrimination claim.',
    // A reward beside case vocabulary is the firm's good news, whatever number it gives.
    "Congratulations! The jury found in your favor. Please call Dr. Lee's office at 512-555-0199 to book your follow-up.",
    'Good news: you won the appeal. Please call the clerk at 512-854-9188 to confirm the hearing date.',
    // A voicemail about the case is no lure.
    'I left you a voicemail about the deposition. Please call me back at 512-555-0199.',
    // A lure with only one more sign (here a number) is not the shape of a scam.
    'Your gift basket is at the front desk. Our office line is 512-555-0147.',
    // The firm's own win is news, not a prize offered to the reader.
    'We won! Call me on my cell at 512-555-0199 tonight.',
    // A message notice that points to the firm's own portal has no channel outside the firm.
    {
      text: 'You have a new message in the portal. Please log in at https://hartwelldiaz.com.',
      settings: { firmDomains: ['hartwelldiaz.com'] },
    },
    // The slack added for scam wording must not reach a firm's reports of the same facts.
    'Hartwell & Diaz: SSA stopped your benefits in May; we filed the appeal today.',
    'Hartwell & Diaz: please keep the original check and send us a copy of the front and back.',
    'Hartwell & Diaz: the portal will text you a code when you sign in. Never share it with anyone.',
    'Hartwell & Diaz: your delivery of the signed lease was unsuccessful; the landlord refused it.',
    'Hartwell & Diaz: the grant of asylum was approved. Congratulations!',
    'Hartwell & Diaz: you are eligible for the rebate payment under the settlement; the administrator will mail it.',
    'Hartwell & Diaz: please confirm your Medicare number so we can request the conditional payment letter.',
    'Hartwell & Diaz: the package of signed documents was sent back to our office by the courier; we will mail it again.',
    'Hartwell & Diaz: your card ending 4410 was charged $250 for the filing fee, as you asked.',
    'Hartwell & Diaz: your online banking was frozen by the garnishment; we filed the exemption claim.',
    'Hartwell & Diaz: please pay the $50 deposit to confirm your consultation.',
    'Hartwell & Diaz: the package of exhibits is stuck at the courthouse mailroom; we will pick it up.',
    'Hartwell & Diaz: the court could not complete delivery of the notice; please confirm your mailing address in the portal.',
    // The sender's own hope to win is no prize offered to the reader.
    {
      text: "Hartwell & Diaz: we expect to win. Call Dr. Lee's office at 512-555-0199 for your checkup.",
      settings: { firmName: 'Hartwell & Diaz' },
    },
    'Hartwell & Diaz: I think we can win this. Text me at 512-555-0111.',
    'Hartwell & Diaz: there is no processing fee to receive your settlement check; never pay anyone who asks.',
    // A firm's anti-fraud notice, and a report of what someone claims, ask for no payment.
    'Hartwell & Diaz: we never ask you to pay by Zelle or gift card.',
    // Arbitration is a forum like a court: an account frozen by its award is the client's matter.
    'Your Amazon seller account was frozen by the arbitration award. We are appealing it.',
    // Spanish negation, as in English.
    'USCIS nunca pide pagos por teléfono ni con tarjetas de regalo. Llámenos si alguien se lo pide.',
    'Hartwell & Diaz: el cheque está listo. Nunca le pediremos que pague una cuota para liberar sus fondos.',
    // A client's own account of the scam, and the firm's numbers, are no request; days are a
    // statute's or a court's deadline, not false urgency.
    'Hartwell & Diaz: el juez le dio 30 días para evitar el desalojo; la audiencia es el lunes.',
    'Hartwell & Diaz: el fideicomisario tiene un saldo pendiente de su plan; lo revisamos el lunes.',
    'Hartwell & Diaz: nunca le pediremos el código que le llegue por mensaje.',
    // A frozen account in a garnishment, in Spanish as in English.
    'Hartwell & Diaz: su cuenta bancaria fue congelada por el embargo; ya pedimos la exención.',
    // A "tarjeta" that is an identity document: its number goes on the forms, as a green card's does.
    'Hartwell & Diaz: mande los números de su tarjeta de residencia para llenar la solicitud.',
    'Envíe el número de su tarjeta verde y de su pasaporte antes de la cita.',
    'Hartwell & Diaz: please do not send money via Cash App to anyone claiming to be us.',
    'The property manager claims you agreed to pay by Zelle.',
    "Hartwell & Diaz: we can't accept payment by Venmo; please use the portal.",
    'Do not pay with gift cards.',
    // Case vocabulary excuses account and government wording, never payment requests.
    'After the garnishment order your bank account was frozen on Monday.',
    'Your license suspension hearing with the DMV is set for Friday.',
    // What a victim did, in the past, is a case's fact.
    'She replied with her SSN to the fake bank text, which is how the identity theft began.',
    // ...and job wording in a wage or workers' compensation case.
    "Your workers' comp benefit is two-thirds of your average daily earnings before the injury.",
    'We reviewed your wage claim: your employer owed you daily pay for 12 days.',
    // Brand-gated wording needs the brand: a firm updating an address is no delivery scam.
    'Please update your mailing address in the portal so the court papers reach you.',
    'To cancel your appointment, call our office at 512-555-0147.',
    // A scam's parts without its channel: the firm's own number and portal.
    'Your filing fee is pending. Please call us at (512) 555-0147 to confirm.',
    {
      text: 'Please read the final notice from the court before Monday.',
      settings: { allowedTerms: ['final notice'] },
    },
    // Spanish
    {
      name: "the firm's own portal and number in Spanish",
      text: 'Hartwell & Diaz: Su cuenta del portal fue bloqueada después de 3 intentos. Llame al (512) 555-0147.',
      settings: { firmPhoneNumbers: ['512-555-0147'] },
    },
    {
      name: "one identity check, and the firm's portal in the next sentence",
      text: 'Hi Rosa, we need to verify your identity before we release your file. Please log in to the client portal at https://portal.hartwelldiaz.com to do it.',
      settings: { firmDomains: ['hartwelldiaz.com'] },
    },
    {
      name: "the firm's own number in the next sentence, and no other",
      text: 'Hartwell & Diaz: Your portal account was locked after 3 attempts. Call (512) 555-0147.',
      settings: { firmPhoneNumbers: ['512-555-0147'] },
    },
    'Hartwell & Diaz: ¡Felicidades! El juez aprobó su asilo. Llámenos al (512) 555-0199.',
    {
      text: 'Hartwell & Diaz: Su permiso de trabajo está vencido. Envíe su solicitud de renovación hoy por https://hartwelldiaz.com/subir.',
      settings: { firmDomains: ['hartwelldiaz.com'] },
    },
    'Hartwell & Diaz: El reembolso del depósito de su arrendador está pendiente. Confirme su dirección respondiendo a este mensaje.',
    // Yes/no replies with nothing about a transaction: how firms confirm appointments and papers.
    'Hartwell & Diaz: Reply YES to confirm your appointment on 3/14.',
    'Hartwell & Diaz: Reply 1 to confirm, 2 to reschedule your 3/14 consultation.',
    'Hartwell & Diaz: Hi Maria, we sent your settlement papers. Reply YES to confirm you got this.',
    'Hartwell & Diaz: Reply NO if you did not get the papers, and we will mail them again.',
    // Issue 10: a legal deadline named with its day, an identity check through the firm's portal, a
    // third party's payment demand passed on with a warning.
    'Final notice of your hearing on May 3 at 9am.',
    'Act now: the statute of limitations runs on June 1.',
    'Aviso final: su audiencia es el 3 de mayo a las 9 a. m.',
    'Please log in to your client portal to verify your identity.',
    'Call our office to confirm your details before Friday.',
    'Your landlord says you must pay rent by Zelle; do not pay until we review.',
    'Your account was frozen by the levy.',
    // A wire-fraud notice passing on another office's number that it vouches for as the reader's own
    // to look up (FBI IC3): no channel of the sender's.
    'Fraud warning: nobody from our office will text you new wire instructions. Call the lender at the number on their website before you send anything.',
    // Fourth tuning batch's shapes, kept narrow: discretion about a case, a judge's calendar, money
    // the firm returns, a fee before a filing, an availability check, a claim on hold for a report.
    'Do not discuss the case with anyone but us.',
    'The judge has limited availability next week.',
    'We will send the difference to your trust account after the check clears.',
    'The filing fee is due before we file the petition.',
    'Please confirm you are available Tuesday at 2pm.',
    'Your claim payment is on hold until the adjuster gets the repair estimate.',
  ],
  invalid: [
    // Spanish counterparts of the English shapes (FTC's Spanish alerts): a fake fraud alert, the
    // "safe account", card numbers by text, a payment sent "by mistake", paid likes, the lost phone,
    // a shut-off, a toll with the reopen-the-chat trick, sextortion.
    invalid('Chase: si no reconoce la compra de $412, llame al 555-0100 hoy.', [
      'accountAlert',
      'si no reconoce la compra',
    ]),
    invalid('Por su seguridad, mueva sus ahorros a una cuenta segura que le indicaremos.', [
      'accountAlert',
      'mueva sus ahorros a una cuenta segura',
    ]),
    invalid('Para recibir el reembolso, mándeme los números de su tarjeta por aquí.', [
      'accountAlert',
      'mándeme los números de su tarjeta',
    ]),
    invalid('Mande los números de su tarjeta de crédito para recibir el reembolso.', [
      'accountAlert',
      'Mande los números de su tarjeta',
    ]),
    invalid(
      'Venmo: le transferí $300 por equivocación. ¿Me los regresas hoy?',
      ['paymentReversal', 'transferí $300 por equivocación'],
      ['paymentReversal', 'Me los regresas'],
    ),
    invalid(
      'Trabajo remoto: gana comisión dando likes a publicaciones. Escríbeme por Telegram.',
      ['jobScam', 'dando likes a publicaciones'],
      ['jobScam', 'Escríbeme por Telegram'],
    ),
    invalid(
      'Papá, se me rompió el celular, este es mi número. No le digas a mamá.',
      ['newNumberScam', 'se me rompió el celular'],
      ['newNumberScam', 'No le digas a mamá'],
    ),
    invalid('Su luz será desconectada esta tarde por saldo vencido. Llame al 555-0100.', [
      'utilityScam',
      'luz será desconectada',
    ]),
    invalid(
      'Aviso de peaje: adeuda $6.80 en la autopista. Responda S, salga del chat y vuelva a abrirlo.',
      ['tollScam', 'adeuda $6.80 en la autopista'],
      ['linkActivation', 'salga del chat y vuelva'],
    ),
    invalid('Tenemos sus fotos. Paga o se las mandamos a todos tus contactos.', [
      'secrecyDemand',
      'mandamos a todos tus contactos',
    ]),
    // Fourth tuning batch's shapes in new wording: verb forms and broken English, the part of an
    // address named, postage short, the reply-and-reopen link trick, a motor-vehicle agency's threat
    // as a noun, secrecy from the bank, a fee before the payout, the fake check's extra, a task
    // account recharged, a hold for a failed payment, dating "verification", a relative's app, a
    // device exposed, a shut-off planned, the owner who cannot show, other applicants, a pledge
    // counted on, only a payment app taken, scarcity.
    invalid(
      'UPS: your parcel could not deliver. The apartment number is missing, update it at ups-fix.net',
      ['deliveryScam', 'parcel could not deliver'],
      ['deliveryScam', 'apartment number is missing'],
    ),
    invalid('Postage was insufficient for your item.', ['deliveryScam', 'Postage was insufficient']),
    invalid('If the link is not clickable, reply 1, exit the chat and reopen it.', [
      'linkActivation',
      'exit the chat and reopen',
    ]),
    invalid('Arizona MVD notice: loss of your driving privileges begins Monday unless the fine is paid.', [
      'governmentScam',
      'loss of your driving privileges',
    ]),
    invalid('Agent Cole here. Never tell the teller why you are withdrawing the cash.', [
      'secrecyDemand',
      'Never tell the teller',
    ]),
    invalid('Your award is approved. A clearance fee must be paid before the payment is sent.', [
      'advanceFee',
      'clearance fee must be paid before the payment',
    ]),
    invalid('Please deposit the check today and zelle the excess to my assistant.', [
      'paymentReversal',
      'deposit the check today and zelle the excess',
    ]),
    invalid('Recharge the account so you can receive your commission.', [
      'jobScam',
      'Recharge the account so you can receive',
    ]),
    invalid('Your order is paused since your payment was declined.', [
      'accountAlert',
      'paused since your payment was declined',
    ]),
    invalid('Before we meet, verify you are a real person on this page: meetsafe-check.net', [
      'wrongNumberScam',
      'verify you are a real',
    ]),
    invalid('My cousin found a platform that pays 3% daily.', ['wrongNumberScam', 'My cousin found a platform']),
    invalid(
      'Your laptop is exposed to attacks. Call our tech team now.',
      ['techSupportScam', 'Your laptop is exposed'],
      ['techSupportScam', 'Call our tech team now'],
    ),
    invalid('Electric service will be terminate at noon unless paid.', [
      'utilityScam',
      'Electric service will be terminate',
    ]),
    invalid('Your disconnection is planned for 5pm.', ['utilityScam', 'disconnection is planned']),
    invalid('We cannot show the unit, the owner is abroad.', ['rentalScam', 'We cannot show the unit']),
    invalid('Several families applied for the house already.', ['rentalScam', 'Several families applied']),
    invalid('Can we count on a donation of $25 tonight?', ['charityScam', 'count on a donation']),
    invalid('For now we only take Venmo or Zelle.', ['riskyPayment', 'take Venmo']),
    invalid('Only 3 seats remaining this week.', ['falseUrgency', '3 seats remaining']),
    invalid('Limited openings this month.', ['falseUrgency', 'Limited openings']),
    // A "fraud warning" heading with a number it does not vouch for as another party's is the fake alert.
    invalid('Fraud warning: your card was locked. Call the number on the back of your card at 888-555-0199 now.', [
      'accountAlert',
      'your card was locked',
    ]),
    // Urgency excused only for a named legal deadline with no outside link; a day alone, or a day
    // with the scam's own link, is still the scam's urgency.
    invalid('Final notice: your court fine is due May 3. Pay at court-fines.info.', ['falseUrgency', 'Final notice']),
    invalid('Act now: offer ends Friday. Reply YES.', ['falseUrgency', 'Act now']),
    invalid('Final notice of your hearing. Call 888-555-0199.', ['falseUrgency', 'Final notice']),
    // The firm's portal named, but the link is someone else's.
    invalid('Log in to the client portal at acct-verify.net to verify your identity.', [
      'accountAlert',
      'verify your identity',
    ]),
    // Reported speech without a warning, or the sender's own demand, is still a demand.
    invalid('Your grandson says you must pay by gift card today.', ['riskyPayment', 'pay by gift card']),
    invalid('As we said, you must pay by Zelle; do not pay by card.', ['riskyPayment', 'pay by Zelle']),
    // A yes/no reply about a purchase, charge or transfer: the fake fraud alert (FTC).
    invalid('BofA: Reply YES if you authorized a $500 Zelle payment to John.', [
      'accountAlert',
      'Reply YES if you authorized a $500 Zelle payment',
    ]),
    invalid('Amazon: Reply 1 to confirm your order of an iPhone for $1,299, 2 to cancel.', [
      'accountAlert',
      'Reply 1 to confirm your order',
    ]),
    invalid('Bank notice: Reply NO if you did not make this purchase.', [
      'accountAlert',
      'Reply NO if you did not make this purchase',
    ]),
    // Spanish scam shapes.
    invalid(
      'Aviso: su cuenta ha sido suspendida. Verifique su identidad hoy.',
      ['accountAlert', 'su cuenta ha sido suspendida'],
      ['accountAlert', 'Verifique su identidad'],
    ),
    invalid('Su paquete está retenido en la aduana.', ['deliveryScam', 'paquete está retenido']),
    // A Spanish negation undone by "si" (if) or by "olvide" (forget) is the scam's demand.
    invalid('Si no paga con tarjetas de regalo hoy, su caso se cierra.', [
      'riskyPayment',
      'paga con tarjetas de regalo',
    ]),
    invalid('No olvide pagar con tarjetas de regalo hoy.', ['riskyPayment', 'pagar con tarjetas de regalo']),
    // "Pedir" not negated is the demand itself.
    invalid('Le pedimos que pague una cuota para liberar sus fondos.', ['advanceFee', 'para liberar sus fondos']),
    invalid(
      'Para evitar una orden de arresto, pague con tarjetas de regalo.',
      ['governmentScam', 'evitar una orden de arresto'],
      ['riskyPayment', 'pague con tarjetas de regalo'],
    ),
    invalid(
      'Your account has been suspended. Click here to verify your identity.',
      ['accountAlert', 'Your account has been suspended'],
      ['accountAlert', 'Click here to verify your identity'],
    ),
    {
      ...invalid('Hartwell & Diaz: please send payment via Zelle by Friday.', [
        'riskyPayment',
        'send payment via Zelle',
      ]),
      suggestionOutputs: [`Hartwell & Diaz: please ${PORTAL} by Friday.`],
    },
    {
      ...invalid('Pay with a gift card to avoid late fees.', ['riskyPayment', 'Pay with a gift card']),
      suggestionOutputs: ['Pay through our secure client portal to avoid late fees.'],
    },
    {
      ...invalid('Please send the retainer via Cash App today.', ['riskyPayment', 'send the retainer via Cash App']),
      suggestionOutputs: [`Please ${PORTAL} today.`],
    },
    invalid('You can pay by Venmo or Zelle.', ['riskyPayment', 'pay by Venmo']),
    // Words between the parts, verb forms, contractions written without the apostrophe, open forms.
    invalid('Pay the release fee with Apple gift cards.', [
      'riskyPayment',
      'Pay the release fee with Apple gift cards',
    ]),
    invalid('Keep $300 for your time and send the rest by Zelle.', ['riskyPayment', 'send the rest by Zelle']),
    // A threat or a prohibition of something else is no anti-fraud notice.
    invalid('If you do not pay with gift cards today, a warrant will be issued.', [
      'riskyPayment',
      'pay with gift cards',
    ]),
    invalid("Don't worry about it. Pay the fee via Zelle.", ['riskyPayment', 'Pay the fee via Zelle']),
    invalid("Don't forget to send the deposit via Cash App.", ['riskyPayment', 'send the deposit via Cash App']),
    invalid('TxTag: a toll payment is overdue.', ['tollScam', 'toll payment is overdue']),
    invalid('The Social Security Administration has suspended your SSN.', ['governmentScam', 'suspended your SSN']),
    invalid('SSA: your benefits will be stopped unless you call us back.', [
      'governmentScam',
      'benefits will be stopped',
    ]),
    invalid('You have a pending federal grant of $9,000.', ['governmentScam', 'federal grant of $9,000']),
    invalid('Amazon Prime: your membership will auto renew today for $139.', [
      'subscriptionScam',
      'membership will auto renew today for $139',
    ]),
    invalid('McAfee: your antivirus subscription renews today.', ['subscriptionScam', 'subscription renews']),
    invalid('Cancel the payment by replying with the code we just sent you.', [
      'accountAlert',
      'replying with the code we just sent',
    ]),
    invalid(
      'A login attempt from a new device was detected.',
      ['accountAlert', 'login attempt from'],
      ['accountAlert', 'new device was detected'],
    ),
    invalid('Your package delivery was unsuccessful.', ['deliveryScam', 'package delivery was unsuccessful']),
    invalid('We are hiring work-from-home assistants, flexible hours.', ['jobScam', 'hiring work-from-home']),
    invalid('We pay you $45 per hour to like videos.', ['jobScam', 'pay you $45 per hour to like videos']),
    invalid('Grandma please dont tell mom.', ['newNumberScam', 'dont tell mom']),
    invalid('If you didnt make this purchase, reply STOP.', ['accountAlert', 'If you didnt make']),
    invalid("Walmart: your order of $749.99 is confirmed. If you didn't place this order, call 555-0108.", [
      'accountAlert',
      "If you didn't place",
    ]),
    invalid('County Court: you failed to report for jury selection.', [
      'governmentScam',
      'failed to report for jury selection',
    ]),
    invalid('IRS: you qualify for a stimulus payment of $1,400.', ['governmentScam', 'qualify for a stimulus payment']),
    invalid('Your card ending 0021 has been temporarily deactivated.', [
      'accountAlert',
      'Your card ending 0021 has been temporarily deactivated',
    ]),
    invalid('Your online banking has been suspended.', ['accountAlert', 'Your online banking has been suspended']),
    invalid('Flexible online gig paying $300 a day.', ['jobScam', 'Flexible online gig paying $300 a day']),
    invalid('Your parcel has been detained at the sorting center.', ['deliveryScam', 'parcel has been detained']),
    invalid('UPS: we could not complete the delivery of your order.', [
      'deliveryScam',
      'could not complete the delivery',
    ]),
    invalid('A new payee was added to your account.', ['accountAlert', 'new payee was added']),
    invalid('Your Venmo account is under review, send $50 to verify ownership.', [
      'accountAlert',
      'send $50 to verify',
    ]),
    invalid('We reviewed your profile and want to offer you a remote role.', ['jobScam', 'reviewed your profile']),
    invalid('Your DHL parcel needs a customs clearance payment.', ['deliveryScam', 'customs clearance']),
    invalid('Your item is waiting due to unpaid postage of $0.85.', ['deliveryScam', 'unpaid postage']),
    invalid('Your package is on its way back to the warehouse.', [
      'deliveryScam',
      'package is on its way back to the warehouse',
    ]),
    invalid('Online product testers wanted, paid per task.', ['jobScam', 'paid per task']),
    // A fee to release money the reader is owed, even beside the settlement it names.
    invalid('Pay a $49 processing fee to receive your settlement check.', ['advanceFee', 'processing fee to receive']),
    invalid('Law Office: your payout is approved. A release fee of $150 by Zelle is required.', [
      'riskyPayment',
      'fee of $150 by Zelle',
    ]),
    // Alternatives of two words are whole patterns of their own ("tax refund ... on hold", "sin pagar").
    invalid('IRS: your tax refund is pending review.', ['governmentScam', 'tax refund is pending']),
    invalid('Aviso: tiene un peaje sin pagar.', ['tollScam', 'peaje sin pagar']),
    invalid('Su paquete no pudo ser entregado.', ['deliveryScam', 'no pudo ser entregado']),
    invalid('Buy two Google Play gift cards and text us the codes.', [
      'riskyPayment',
      'Buy two Google Play gift cards',
    ]),
    // A text asking for a wire is the classic closing fraud: flagged, with no drop-in rewording.
    {
      text: 'Please wire the funds to the account below before closing.',
      findings: [
        {
          messageId: 'riskyPayment',
          ...at('Please wire the funds to the account below before closing.', 'wire the funds'),
          fixLabels: [],
        },
      ],
    },
    invalid('Updated wiring instructions attached. Use the new account.', [
      'riskyPayment',
      'Updated wiring instructions',
    ]),
    invalid('You may also send a wire transfer to our trust account.', ['riskyPayment', 'send a wire transfer']),
    // Today's scam families (issue 10), with the slack of real writing.
    invalid(
      'USPS: your package could not be delivered. Update your address at usps-redelivery.info',
      ['deliveryScam', 'package could not be delivered'],
      ['deliveryScam', 'Update your address'],
    ),
    invalid('E-ZPass: you have an unpaid toll of $4.15. Pay now at ezpass-tolls.com to avoid a fine.', [
      'tollScam',
      'unpaid toll',
    ]),
    invalid('Your Chase account is temporarily restricted. Log in at chase-verify-secure.com to restore access.', [
      'accountAlert',
      'Your Chase account is temporarily restricted',
    ]),
    invalid('Your Bank card has been blocked', ['accountAlert', 'Your Bank card has been blocked']),
    invalid('Please send the filing fee via Zelle or Cash App', ['riskyPayment', 'send the filing fee via Zelle']),
    invalid('Jury duty notice: you missed jury duty and a fine is due.', [
      'governmentScam',
      'missed jury duty and a fine',
    ]),
    invalid(
      'Oops, I sent you $200 on Venmo by mistake, please send it back',
      ['paymentReversal', 'sent you $200 on Venmo by mistake'],
      ['paymentReversal', 'send it back'],
    ),
    invalid('Netflix: your subscription has expired. Renew at netflix-billing.top', [
      'subscriptionScam',
      'subscription has expired',
    ]),
    invalid('Remote part-time job: earn $300 a day. Add our recruiter on WhatsApp.', [
      'jobScam',
      'Add our recruiter on WhatsApp',
    ]),
    invalid('Hi mom, this is my new number', ['newNumberScam', 'Hi mom']),
    invalid('Your power will be disconnected tonight unless you pay.', [
      'utilityScam',
      'power will be disconnected tonight',
    ]),
    invalid(
      'Virus detected on your iPhone. Call support immediately.',
      ['techSupportScam', 'Virus detected'],
      ['techSupportScam', 'Call support immediately'],
    ),
    invalid('Please donate now to help the wildfire victims.', ['charityScam', 'donate now to help the wildfire']),
    invalid(
      'Thanks for your pledge! 100% of every donation reaches the families.',
      ['charityScam', 'Thanks for your pledge'],
      ['charityScam', '100% of every donation'],
    ),
    invalid(
      "Grandma, this is your grandson. I'm in jail and need help.",
      ['newNumberScam', 'this is your grandson'],
      ['newNumberScam', "I'm in jail"],
    ),
    invalid('Your Social Security number was linked to criminal activity.', [
      'governmentScam',
      'linked to criminal activity',
    ]),
    invalid('We found your resume online and have a remote role for you.', ['jobScam', 'found your resume']),
    invalid('Send the deposit to hold the apartment before others see it.', [
      'rentalScam',
      'deposit to hold the apartment',
    ]),
    invalid(
      'Hi Amy, is this still the number for the yoga class? Sorry, wrong number!',
      ['wrongNumberScam', 'is this still the number for'],
      ['wrongNumberScam', 'Sorry, wrong number'],
    ),
    {
      name: "a link on the firm's site in another sentence does not excuse a suspended account and an identity check",
      text: 'Your account was suspended for unusual activity. Verify your identity today at https://hartwelldiaz.com/verify',
      settings: { firmDomains: ['hartwelldiaz.com'] },
      findings: [
        { messageId: 'accountAlert', start: 0, end: 26, severity: 'warning' },
        { messageId: 'accountAlert', start: 31, end: 47 },
        { messageId: 'accountAlert', start: 49, end: 69 },
      ],
    },
    {
      name: "the firm's number beside another one is not the only way out",
      text: 'Your account was locked after 3 attempts. Call (512) 555-0147 or 1-877-555-0163.',
      settings: { firmPhoneNumbers: ['512-555-0147'] },
      findings: [{ messageId: 'accountAlert', start: 0, end: 23, severity: 'warning' }],
    },
    // No known phrase, but the shape of a scam: a lure, a demand, an outside number, an institution.
    invalid('US Bank: a transfer of $900 is pending. Not you? Call our fraud team at 1-877-555-0163', [
      'scamShape',
      'pending',
    ]),
    // A prize needs no institution's name, and the number to call may have any format.
    invalid('Congratulations! A $500 reward is waiting. Call 0800 542 0825 now to collect it.', [
      'scamShape',
      'Congratulations',
    ]),
    invalid('You are a winner! Text WIN to 55123 to get your cruise tickets.', ['scamShape', 'winner']),
    // A chance to win, or an award nobody applied for, is a prize lure too (FTC, "Prize scams").
    invalid('Enter now to win a weekend trip. Text GO to 55123.', ['scamShape', 'win']),
    invalid('You were awarded a camera! Call 1-888-555-0142 to arrange delivery.', ['scamShape', 'awarded']),
    // A phrase that needs a carrier's name does not count without one; the shape still decides.
    invalid('Your parcel is held at our depot. Pay the fee at pkgtrack.top/fee', ['scamShape', 'held']),
    invalid(
      'FINAL NOTICE: act now to keep your case open.',
      ['falseUrgency', 'FINAL NOTICE'],
      ['falseUrgency', 'act now'],
    ),
    invalid(
      'Immediate action required: update your billing information within 24 hours or your file will be closed.',
      ['falseUrgency', 'Immediate action required'],
      ['accountAlert', 'update your billing information'],
      ['falseUrgency', 'within 24 hours or'],
    ),
    invalid(
      'We noticed unusual activity on your account. Log in to confirm your details.',
      ['accountAlert', 'unusual activity'],
      ['accountAlert', 'Log in to confirm your details'],
    ),
    invalid(
      'Your card has been locked due to suspicious charges.',
      ['accountAlert', 'Your card has been locked'],
      ['accountAlert', 'suspicious charges'],
    ),
    invalid(
      'Your portal account will be suspended unless you confirm your password.',
      ['accountAlert', 'Your portal account will be suspended'],
      ['accountAlert', 'confirm your password'],
    ),
    // Spanish
    {
      name: 'a Spanish lure, demand and outside number',
      text: 'Su tarjeta quedó bloqueada. Llame al 1-888-555-0199 para restablecerla.',
      findings: [{ messageId: 'scamShape', start: 17, end: 26, severity: 'warning' }],
    },
    {
      name: 'a Spanish prize with a demand and a link',
      text: '¡Felicidades! Ganó un premio de $1,000. Visite premiosya.net hoy.',
      findings: [{ messageId: 'scamShape', start: 1, end: 12, severity: 'warning' }],
    },
  ],
});

describe('phishing-language details', () => {
  it('says what to do instead', () => {
    const [finding] = checkRule(rule, 'Please send payment via Zelle.');
    expect(finding?.message).toContain('secure portal');
    expect(finding?.fixes).toEqual([
      { label: `Replace with "${PORTAL}"`, edits: [{ start: 7, end: 29, text: PORTAL }], safe: false },
    ]);
  });

  it('offers no rewording for account alerts and urgency', () => {
    for (const text of ['Verify your account now.', 'Act now!']) {
      const [finding] = checkRule(rule, text);
      expect(finding?.fixes).toEqual([]);
    }
  });

  it('reports part of a scam shape (a lure and two more signs) as info', () => {
    for (const [text, lure] of [
      ['You have 1 new voicemail. Please call 1-877-555-0163.', 'voicemail'],
      ['You have 2 new messages. Please call 1-877-555-0142.', 'messages'],
      ['You won a $1,000 shopping spree! Hurry, offer ends tonight.', 'won'],
    ] as const) {
      const findings = checkRule(rule, text);
      expect(findings.map(({ messageId, severity, start, end }) => ({ messageId, severity, start, end }))).toEqual([
        { messageId: 'scamCues', severity: 'info', ...at(text, lure) },
      ]);
    }
    // One sign beside the lure is not enough; the full shape is a warning instead.
    expect(checkRule(rule, 'You have 1 new voicemail from the front desk.')).toEqual([]);
  });

  it('reads a number to call as a demand wherever it stands, and "free" as part of a shape only', () => {
    const congrats = 'Congrats! A new phone is yours, call 1-877-555-0163.';
    expect(checkRule(rule, congrats).map(({ messageId, severity }) => ({ messageId, severity }))).toEqual([
      { messageId: 'scamShape', severity: 'warning' },
    ]);
    const free = 'A free phone is yours, call 1-877-555-0163.';
    expect(
      checkRule(rule, free).map(({ messageId, severity, start, end }) => ({ messageId, severity, start, end })),
    ).toEqual([{ messageId: 'scamCues', severity: 'info', ...at(free, 'free') }]);
    // The number may stand several words after the verb: "call [the name of a company] on ...".
    const farNumber = 'A free phone is yours: call the Mobile Upgrade Center free of charge on 1-877-555-0163.';
    expect(
      checkRule(rule, farNumber).map(({ messageId, severity, start, end }) => ({ messageId, severity, start, end })),
    ).toEqual([{ messageId: 'scamCues', severity: 'info', ...at(farNumber, 'free') }]);
    // ... but never the firm's own number.
    expect(
      checkRule(rule, 'A free phone is yours: call the front desk of our downtown office on (512) 555-0147.', {
        firmPhoneNumbers: ['(512) 555-0147'],
      }),
    ).toEqual([]);
    expect(checkRule(rule, 'Feel free to call the clerk at 512-555-0100 about the hearing.')).toEqual([]);
    // "Toll free" is no lure; an unnamed sender's number to call is still the unsolicited shape.
    expect(checkRule(rule, 'Toll free: call 1-800-555-0100.').map(({ messageId }) => messageId)).toEqual([
      'outsideChannel',
    ]);
  });

  it("reports a demand through a channel that is not the firm's, from a sender naming neither firm nor case, as info", () => {
    const firm = {
      firmName: 'Hartwell & Diaz',
      firmDomains: ['hartwelldiaz.com'],
      firmPhoneNumbers: ['(512) 555-0147'],
    };
    for (const [text, demand] of [
      ['Call 1-888-555-0199 now for details!', 'Call'],
      ["Go to https://deals-hub.net for this week's offers.", 'Go'],
      ['Text JOIN to 55123 for weekly tips.', 'Text'],
      // The verb of a number to call, wherever it stands in its sentence.
      ['Hi Maria, please call Dr. Lee at 512-555-0100 to book the MRI.', 'call'],
    ] as const) {
      const findings = checkRule(rule, text, firm);
      expect(findings.map(({ messageId, severity, start, end }) => ({ messageId, severity, start, end }))).toEqual([
        { messageId: 'outsideChannel', severity: 'info', ...at(text, demand) },
      ]);
    }
    for (const text of [
      // The firm named, a case named, the sender's own number, a reply, the firm's own link.
      'Hartwell & Diaz: please call the title company at 512-555-0111 to set the closing time.',
      'Please call the court clerk at 512-854-9400 about your hearing date.',
      'Call me on my cell at 512-555-0199 tonight.',
      'To cancel your appointment, call our office at 512-555-0148.',
      'Reply YES to confirm Tuesday at 2pm.',
      'Please sign at https://hartwelldiaz.com/sign today.',
      'Please call us at (512) 555-0147 when you can.',
      // The claim's own people are case vocabulary: an adjuster, a caseworker.
      'Please call your adjuster at 512-555-0188 about the mileage form.',
      'Your caseworker asked that you call her at 512-555-0161 before Monday.',
    ]) {
      expect(checkRule(rule, text, firm)).toEqual([]);
    }
  });

  it('allowed terms silence overlapping phrases only', () => {
    const findings = checkRule(rule, 'Pay by Venmo. Final notice.', { allowedTerms: ['venmo'] });
    expect(findings.map((finding) => finding.messageId)).toEqual(['falseUrgency']);
  });
});

/*
 * Scam families written from the public advisories' descriptions of each (our wording; none from a
 * corpus): each text must get the family's finding as a warning.
 */
describe('phishing-language: scam families from the advisories', () => {
  it.each([
    // FTC, "Wrong number texts" / "Hi, how are you?"; FBI on "oops, wrong number" texts.
    ['wrongNumberScam', 'Hey Linda, are you free to catch up over coffee this week? It has been too long!'],
    ['wrongNumberScam', 'Oh, I saved the wrong contact. Maybe we can be friends anyway?'],
    [
      'wrongNumberScam',
      'Such a nice mistake, must be fate. My uncle is a market analyst, he could teach you to trade.',
    ],
    ['wrongNumberScam', 'Are we still on for golf Saturday, Tom?'],
    // FTC, "What to know about romance scams".
    ['wrongNumberScam', "I'm on an oil rig until March, dear. I need $900 for a plane ticket to visit you."],
    // FTC, "Donating after a disaster"; FBI IC3 on disaster fraud.
    ['charityScam', 'Hurricane relief fund: families displaced by the storm need you. Give at stormaid-now.org'],
    ['charityScam', 'Your gift will be matched today only! Help children affected by the wildfires.'],
    ['charityScam', 'Thank you for supporting first responders. Please complete your pledge of $50 at the link.'],
    ['charityScam', 'Text RELIEF to 40404 to give $10 to flood victims.'],
    // FTC, "Rental listing scams".
    [
      'rentalScam',
      "The house is yours if you want it. I can't show it as I'm away, but drive by, just don't disturb the tenants.",
    ],
    ['rentalScam', 'Several applicants are interested, so the first deposit gets it.'],
    // FTC and Federal Student Aid on student loan forgiveness scams; FBI IC3 PSA 2022.
    ['governmentScam', 'Student Aid Dept: your loans were flagged for forgiveness. Call 888-555-0142 to finish.'],
    ['governmentScam', 'Your loan forgiveness is pending verification. Reply with your FSA ID.'],
    ['accountAlert', 'To finish your forgiveness application, please send your FSA ID and password.'],
    // FTC and state DMV smishing alerts; SSA OIG, Medicare and FEMA scam warnings.
    ['governmentScam', 'DMV notice: you have an unpaid traffic ticket. Pay today at dmv-pay-center.com'],
    ['governmentScam', 'Your Medicare card expires this month. Reply with your number to get the new one.'],
    // FTC, "Task scams"; FBI IC3 PSA 2024 on task-based job scams.
    ['jobScam', 'Our team boosts products for merchants. Complete 40 orders a day and earn commission.'],
    ['jobScam', 'Recharge your account balance to unlock the next set of tasks.'],
    ['jobScam', 'Work from your phone 1 hour a day for $300.'],
  ])('%s: %s', (messageId, text) => {
    const findings = checkRule(rule, text).filter((finding) => finding.severity === 'warning');
    expect(findings.map((finding) => finding.messageId)).toContain(messageId);
  });

  it.each([
    // The same families' vocabulary in a firm's own texts about a client's matter.
    'Hartwell & Diaz: nice to meet you today. Your next appointment is Tuesday at 10am.',
    'Hartwell & Diaz: the landlord cannot show the unit without 24 hours notice; tell us if he tries.',
    'Hartwell & Diaz: the flood insurance adjuster will inspect the house on Friday.',
    'Hartwell & Diaz: your student loans are listed in the Chapter 7 petition; we filed the adversary case for discharge.',
    'Hartwell & Diaz: your traffic ticket hearing is set for 5/2; the judge may dismiss the citation.',
    'Hartwell & Diaz: the employer paid you for 40 hours a week; we will file the overtime claim on Monday.',
    'Hartwell & Diaz: are you free for lunch Tuesday to go over the deposition?',
    "Hartwell & Diaz: I can't meet you Friday, so Ana will take the call.",
    "Hartwell & Diaz: I'm overseas until Monday; Ana will cover your hearing.",
    'Hartwell & Diaz: the title company will mail you the keys after closing.',
    'Hartwell & Diaz: other tenants are interested in joining the complaint.',
    'Hartwell & Diaz: at the meeting we will show you the crypto exchange statements.',
    'Hartwell & Diaz: we reimbursed the $450 flight ticket you bought to come to the deposition.',
    'Hartwell & Diaz: you were completing orders 10 hours a day and paid $80.',
    'Hartwell & Diaz: you have 3 unpaid parking tickets. We will pay them before the license hearing.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text).filter((finding) => finding.severity !== 'info')).toEqual([]);
  });
});

/*
 * Mechanisms rather than phrases: what each scam asks for, however it is worded (our wording,
 * after the FTC's, FBI IC3's and USPIS's descriptions). Each row: the finding and its exact text.
 */
describe('phishing-language: what the scam asks for', () => {
  it.each([
    // Credentials by text (FTC, "How to recognize and avoid phishing scams").
    [
      'accountAlert',
      'Security team: text back your username and PIN so we can secure the account.',
      'text back your username',
    ],
    [
      'accountAlert',
      'Your benefits are on hold. Reply with your Social Security number and date of birth today.',
      'Reply with your Social Security number',
    ],
    // Case words around a request for a password excuse nothing: no firm asks for one.
    [
      'accountAlert',
      'Your discharge is approved. Confirm your FSA ID and password so we can finish the case.',
      'Confirm your FSA ID and password',
    ],
    // Transfer services and payment apps as verbs, gifts through them, the fake-check wire.
    ['riskyPayment', 'Can you western union $400 to my landlord today?', 'Can you western union $400'],
    [
      'riskyPayment',
      'Please zelle what you can to 512-555-0188 for the shelter.',
      'Please zelle what you can to 512-555-0188',
    ],
    ['riskyPayment', 'Donate $20 via Venmo to help the flood families.', 'Donate $20 via Venmo'],
    ['riskyPayment', 'Once the check clears, please wire the difference to my shipper.', 'please wire the difference'],
    ['riskyPayment', 'Grab two Target gift cards for me and send the codes.', 'Grab two Target gift cards'],
    // Task scams' deposits and outsized daily pay.
    ['jobScam', 'Top up 50 USDT into your task wallet today.', 'Top up 50 USDT into your task wallet'],
    ['jobScam', 'Finish these orders to unlock the next set.', 'unlock the next set'],
    ['jobScam', 'The assistant position pays $400 a day, no interview.', 'position pays $400 a day'],
    // Redelivery fees, tolls, fraud alerts, wrong-number openers.
    ['deliveryScam', 'Your parcel needs a $2 reattempt fee before Monday.', 'reattempt fee'],
    ['tollScam', 'You drove through a toll booth without paying on 5/2.', 'toll booth without'],
    ['tollScam', 'SunPass: remaining balance $6.20 is overdue.', 'remaining balance $6.20 is overdue'],
    ['tollScam', 'E-ZPass: there is an outstanding amount on file.', 'outstanding amount'],
    // Spanish: "fue bloqueada" as "ha sido bloqueada", and credentials by text.
    ['accountAlert', 'Su cuenta bancaria fue bloqueada hoy.', 'Su cuenta bancaria fue bloqueada'],
    ['accountAlert', 'Su cuenta bancaria fue congelada hoy.', 'Su cuenta bancaria fue congelada'],
    // Seventh-batch counterparts of the English shapes.
    ['falseUrgency', 'Pague en las próximas 24 horas para evitar el corte.', 'en las próximas 24 horas para evitar'],
    ['accountAlert', 'Díganos el código que le llegó por mensaje.', 'Díganos el código que le llegó'],
    ['accountAlert', 'Para entrar necesitamos tu FSA ID hoy.', 'necesitamos tu FSA ID'],
    ['accountAlert', 'Su nombre y Seguro Social respondiendo aquí, por favor.', 'Seguro Social respondiendo'],
    // With the alert's reply: the bare question is a firm's too, about a joint account in a divorce.
    ['accountAlert', '¿Realizó una compra de $420 en Walmart? Responda SI o NO.', 'Realizó una compra de $420'],
    ['newNumberScam', 'Hola tía, este es mi número nuevo.', 'mi número nuevo'],
    [
      'riskyPayment',
      'Necesito que compres $300 en tarjetas de Google hoy.',
      'Necesito que compres $300 en tarjetas de Google',
    ],
    ['deliveryScam', 'Pague $1.50 hoy para el reenvío.', '1.50 hoy para el reenvío'],
    ['tollScam', 'Hay un saldo pendiente en su cuenta de peaje.', 'saldo pendiente en su cuenta de peaje'],
    ['secrecyDemand', 'Si no pagas, mando las fotos a todos tus contactos.', 'mando las fotos a todos tus contactos'],
    ['accountAlert', 'Envíe su número de Seguro Social para recibir el reembolso.', 'Envíe su número de Seguro Social'],
    ['tollScam', 'SunPass: Non-payment will result in a fine.', 'Non-payment will result in a fine'],
    ['accountAlert', 'We spotted a login from a new device in Ohio.', 'We spotted a login from'],
    ['wrongNumberScam', 'Oops I texted the wrong number, my bad!', 'Oops I texted the wrong number'],
    // The verb first, a fee by another name, a fraud alert with an amount, money sent whatever it is.
    ['deliveryScam', 'We could not deliver your package today.', 'could not deliver your package'],
    ['deliveryScam', 'A customs charge of $1.99 is due.', 'customs charge'],
    ['accountAlert', 'Did you try to send $1,250 to Jordan K?', 'Did you try to send $1,250'],
    ['riskyPayment', 'Send what you can via PayPal to quakehelp@mail.com', 'Send what you can via PayPal'],
    [
      'accountAlert',
      "Amazon: a $129 purchase went through. If this wasn't you, call 1-888-555-0123.",
      "If this wasn't you",
    ],
    ['wrongNumberScam', 'Can we chat on WhatsApp instead?', 'chat on WhatsApp'],
    // Fake voicemail and message notices (FTC): a number to call to get the message.
    [
      'accountAlert',
      'This is your mailbox alert. Please call back on 1-877-555-0142 to retrieve your messages.',
      'call back on 1-877-555-0142 to retrieve your messages',
    ],
    ['accountAlert', 'A message is on hold. To collect your message, dial 1-877-555-0142.', 'To collect your message'],
    // More of the same families, worded otherwise (FTC: fraud alerts, tech support, charities,
    // rental listings, task scams, wrong numbers, utility shut-offs).
    ['accountAlert', "If you didn't initiate this transfer, reply NO.", "If you didn't initiate"],
    ['techSupportScam', 'We detected spyware on your iCloud.', 'We detected spyware'],
    // The reply asked for as a gerund.
    [
      'accountAlert',
      'Claim your refund by replying with your SSN and bank info.',
      'replying with your SSN and bank info',
    ],
    ['techSupportScam', 'Download our support app to fix the errors.', 'Download our support app to fix'],
    ['charityScam', 'Give today to help the flood families.', 'Give today to help'],
    ['charityScam', '100% of your gift reaches the shelters.', '100% of your gift'],
    ['rentalScam', "I'm traveling, but I'll mail you the keys.", "I'll mail you the keys"],
    ['jobScam', 'Complete 2 more sets to withdraw your earnings.', 'Complete 2 more sets to withdraw your earnings'],
    // Case words in another sentence do not excuse job wording.
    ['jobScam', 'Your case is closed. Now a new job: daily earnings, no interview.', 'daily earnings'],
    ['wrongNumberScam', 'Your number was in my contacts as Dr. Kim.', 'Your number was in my contacts'],
    ['utilityScam', 'Pay $80 by phone to keep your power on.', 'to keep your power on'],
  ] as const)('%s: %s', (messageId, text, phrase) => {
    expect(
      checkRule(rule, text).map(({ messageId, severity, start, end }) => ({ messageId, severity, start, end })),
    ).toEqual([{ messageId, severity: 'warning', ...at(text, phrase) }]);
  });

  it.each([
    // A firm's anti-fraud notices: a negated "ask" governs its whole list; a fraud described is no request.
    'We will never ask for your password, PIN or payment by Zelle in a text.',
    'Hartwell & Diaz: we will never ask you to text your password or PIN.',
    'Beware of fake invoices with new wiring instructions.',
    // Through the firm's own portal, a date of birth is the firm's intake.
    'Hartwell & Diaz: please reply with your date of birth through the client portal.',
    // The reader's own "wrong number", and wages described in a wage claim.
    'I think you have the wrong number.',
    'Hartwell & Diaz: your job pays $600 a week, so you qualify for the fee waiver.',
    // A third party's fraud team, a date of birth for a court form, a scammer's demand reported with the FTC's advice.
    "Hartwell & Diaz: the bank's fraud team noticed a login from your ex-husband's phone; we will subpoena the records.",
    'Hartwell & Diaz: please reply with your date of birth so we can complete the court form.',
    'Hartwell & Diaz: the scammer asked your mother to pick up three gift cards; report it to the police.',
    // The firm's own security notice points to its own office.
    "Hartwell & Diaz: someone opened your file in the portal. If this wasn't you, call our office.",
    "Hartwell & Diaz: the judge asked if it was you in the video; if it wasn't you, we will say so.",
    // "Give" and gift cards that are no gift, and a consumer's own fraud alert.
    "Hartwell & Diaz: please give today's hearing notice to your employer.",
    'Hartwell & Diaz: your son can pick up the gift card receipts from the store for our records.',
    'Hartwell & Diaz: the fraud alert on your credit report is active for one year.',
    // A firm's anti-fraud notices: the scam named as one, no channel but the firm's.
    "Hartwell & Diaz: a fake 'USPS redelivery' text is going around; do not click the link.",
    'Hartwell & Diaz: scammers are sending texts that say your case fee is overdue, pay by Zelle. That is not us.',
    "Hartwell & Diaz: the text you forwarded, 'your Social Security number has been suspended', is a known scam.",
    'Hartwell & Diaz: remember, the court never asks for fines to be paid with gift cards or bitcoin.',
    "Hartwell & Diaz: your mother got a 'Hi Grandma, I'm in jail' call. It was a scam.",
    // Spanish: the SSN through the firm's portal, the card brought to a meeting.
    'Hartwell & Diaz: por favor envíe su número de Seguro Social por el portal del cliente.',
    'Hartwell & Diaz: traiga su tarjeta de Seguro Social a la cita del martes.',
    // Staff saving a client's number.
    "Hi Maria, it's Ana. I have your number in my phone now.",
    // The keys delivered by someone in a case, not the sender.
    'Hartwell & Diaz: the landlord will mail you the keys after the hearing.',
    // A message mentioned, no number to call to get it.
    'Hartwell & Diaz: the clerk left a message; call her back to confirm the hearing.',
    // A firm asking about papers, and papers sent by ordinary means.
    'Hartwell & Diaz: did you try to send the signed lease yet?',
    'Hartwell & Diaz: please send the signed form by email or through the portal.',
    // No toll brand named: a balance is the firm's bill.
    'Hartwell & Diaz: the remaining balance on your retainer is $300.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('phishing-language: anti-fraud notices', () => {
  it.each([
    // A scam that calls something else a scam still gives its own channel: a link, a number, an
    // e-mail address, a cashtag.
    ['Beware of scams! Your account is locked. Verify at acct-secure.help', 'Your account is locked'],
    ['Scammers are everywhere. Send the $200 fee via Zelle to pay@fee-center.com', 'Send the $200 fee via Zelle'],
    ['Scammers are everywhere. Send the $200 fee via Cash App to $FeeCenter', 'Send the $200 fee via Cash App'],
    ['That text was a scam. Pay the real fee via Venmo to 512-555-0133.', 'Pay the real fee via Venmo to 512-555-0133'],
    // Credentials are never excused by the frame: a fake fraud alert needs no link.
    ['Fraudsters are targeting your account. Reply with your PIN to secure it.', 'Reply with your PIN'],
    // Nor is a reply keyword that undoes the alert: the fake alert's own channel.
    ['Your account is locked. We will never ask for your PIN. Reply YES to unlock.', 'Your account is locked'],
    ['Beware of scams: your account is locked. Reply YES to unlock.', 'your account is locked'],
    ['Scam alert: your card was blocked. Text 1 to restore access.', 'your card was blocked'],
    [
      'Scam alert: a charge of $499 was placed on your card. Reply YES to cancel it.',
      'charge of $499 was placed on your card',
    ],
    ['Beware of scammers! Your package is on hold. Reply Y to reschedule delivery.', 'reschedule delivery'],
    // "Don't call" is the "Hi Mom" scam's line, not the FTC's advice.
    ['dad its me, phone broke. can u zelle me $300? pls dont call, im in class', 'can u zelle me'],
  ])('still flagged: %s', (text, phrase) => {
    expect(checkRule(rule, text).map(({ start, end }) => ({ start, end }))).toContainEqual(at(text, phrase));
  });
});

describe("phishing-language: the firm's and the agencies' own channels", () => {
  it.each([
    // A notice that names a scam as one, and the impostor it describes; a reply that undoes no alert.
    'Scam alert: texts saying your account is locked are fake. Reply YES to confirm you got this notice.',
    'Hartwell & Diaz: a text claiming your card was blocked is a scam. Reply YES if you got one.',
    // The opt-out keyword is no scam's reply, whatever verb follows it.
    'Scam alert: fake texts say your account is locked. Never reply to them. Reply STOP to cancel.',
    'Scam alert: a text pretending to be from the county clerk tells jurors to pay a fine with gift cards. Ignore it.',
    'A caller claiming to be from the IRS wants you to pay by bitcoin. It is not the IRS.',
    // A third party's demand in the progressive, passed on with a warning not to pay.
    'A caller is telling clients to send the retainer via Zelle. Never send money that way.',
    // An identity check on the agency's own .gov site, no other channel.
    'The SSA needs you to verify your identity. Sign in at https://www.ssa.gov/myaccount to do it.',
    // A wire confirmed by phone with the firm first (the FBI IC3's advice on closings).
    "Bring a cashier's check, or wire the funds once you verify the instructions by calling our office.",
    'Please wire the retainer after you confirm the account number with us.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });

  it.each([
    // A scam's own channel beside the heading, the .gov site or the confirmation.
    [
      'riskyPayment',
      'Scam alert! Pay the release fee via Zelle to 512-555-0133 now.',
      'Pay the release fee via Zelle to 512-555-0133',
    ],
    [
      'accountAlert',
      'SSA: verify your identity at https://www.ssa.gov or call 1-888-555-0199.',
      'verify your identity',
    ],
    ['riskyPayment', 'Wire the funds today; confirm with us by phone at 1-888-555-0199.', 'Wire the funds'],
    // Credentials by reply are not excused by a real agency link beside them.
    [
      'accountAlert',
      'IRS: your refund is on hold. Reply with your SSN to release it. See https://www.irs.gov/refunds',
      'Reply with your SSN',
    ],
    ['riskyPayment', 'Wire the funds to the account at title-docs.net, then call us to confirm.', 'Wire the funds'],
    // New wiring instructions are the fraud itself, confirmation or not.
    ['riskyPayment', 'We have new wiring instructions. Confirm with us by phone.', 'new wiring instructions'],
  ] as const)('%s: %s', (messageId, text, phrase) => {
    expect(
      checkRule(rule, text).map(({ messageId, severity, start, end }) => ({ messageId, severity, start, end })),
    ).toEqual([{ messageId, severity: 'warning', ...at(text, phrase) }]);
  });

  // The firm's channels are found once per message; each alert is judged by its own sentence.
  it.each([
    {
      name: "a stacked alert, the firm's link in the other sentence only",
      text: 'Your account has been suspended. Please log in to https://portal.hartwelldiaz.com to verify your identity.',
      settings: { firmDomains: ['hartwelldiaz.com'] },
      flagged: ['Your account has been suspended'],
    },
    {
      name: "the firm's link and number, each in its alert's sentence or the message",
      text: 'Your account was locked. Verify your identity at https://portal.hartwelldiaz.com. Confirm your account at (512) 555-0147.',
      settings: { firmDomains: ['hartwelldiaz.com'], firmPhoneNumbers: ['512-555-0147'] },
      flagged: [],
    },
  ])('$name', ({ text, settings, flagged }) => {
    expect(checkRule(rule, text, settings).map((finding) => text.slice(finding.start, finding.end))).toEqual(flagged);
  });

  it('judges each urgency by whether its own sentence names a day', () => {
    const text = 'Final notice of your hearing on May 3, act now. Final notice about your case: act now.';
    const second = text.indexOf('Final notice about');
    expect(checkRule(rule, text).map(({ messageId, start, end }) => ({ messageId, start, end }))).toEqual([
      { messageId: 'falseUrgency', start: second, end: second + 'Final notice'.length },
      { messageId: 'falseUrgency', start: text.length - 'act now.'.length, end: text.length - 1 },
    ]);
  });
});

describe('phishing-language: what the scam asks for, more ways to say it', () => {
  it.each([
    // Payment channels: an amount in gift cards, a wire through a transfer service, a pledge by card.
    // The match starts at the figure, after its "$".
    ['riskyPayment', 'The bail agent needs $900 in gift cards by noon.', 'needs $900 in gift cards'],
    ['riskyPayment', 'Please wire 800 dollars through MoneyGram tonight.', 'wire 800 dollars through MoneyGram'],
    ['riskyPayment', 'The owner asked me to send it by wire before Friday.', 'send it by wire'],
    ['riskyPayment', 'You will pay the rest by wire.', 'pay the rest by wire'],
    ['charityScam', 'Honor your $50 pledge to the veterans fund today.', 'Honor your $50 pledge'],
    // A card number or a Medicare number by text.
    ['accountAlert', 'To finish your order, text back your card number.', 'text back your card number'],
    ['accountAlert', 'Reply with the debit card number on file.', 'Reply with the debit card number'],
    ['accountAlert', 'Text back with your credit card to book the slot.', 'Text back with your credit card'],
    [
      'governmentScam',
      'Medicare update: reply with your Medicare number to keep your plan.',
      'reply with your Medicare number',
    ],
    // Family emergencies: secrecy, a bill paid for the sender, the promise to pay back.
    ['newNumberScam', 'Could you cover the rent for me this once?', 'Could you cover the rent for me'],
    ['newNumberScam', "I'll pay you back on Monday.", "I'll pay you back"],
    // Utilities, tech support, rentals, wrong numbers, delivery, tolls, forgiveness fees.
    ['utilityScam', 'Pay today to prevent a disconnection of your service.', 'to prevent a disconnection'],
    ['utilityScam', 'A $60 reconnect fee is due.', 'reconnect fee'],
    ['techSupportScam', 'Your modem has been compromised.', 'Your modem has been compromised'],
    [
      'techSupportScam',
      'Our technician will need remote access to your laptop.',
      'technician will need remote access to your laptop',
    ],
    ['techSupportScam', 'We need remote access to clean it.', 'We need remote access'],
    ['rentalScam', 'To reserve the house just pay the first week now.', 'reserve the house just pay'],
    ['rentalScam', 'I take payment off-platform only.', 'payment off-platform'],
    ['rentalScam', 'Book with me directly and skip the Vrbo service fees.', 'skip the Vrbo service fees'],
    ['wrongNumberScam', 'Wrong person I guess. You sound lovely though.', 'You sound lovely'],
    ['wrongNumberScam', "Let's keep talking on Telegram.", 'talking on Telegram'],
    ['deliveryScam', 'We attempted to drop off your parcel twice.', 'attempted to drop off your parcel'],
    ['tollScam', 'E-ZPass: your statement is overdue.', 'statement is overdue'],
    [
      'advanceFee',
      'A $300 application fee gets your loans forgiven this month.',
      'application fee gets your loans forgiven',
    ],
  ] as const)('%s: %s', (messageId, text, phrase) => {
    expect(
      checkRule(rule, text).map(({ messageId, severity, start, end }) => ({ messageId, severity, start, end })),
    ).toEqual([{ messageId, severity: 'warning', ...at(text, phrase) }]);
  });

  it.each([
    // A firm's own: a Medicare number for a lien, a client's gift cards described, a lease deposit
    // and utilities in a tenant's case, a process server's attempt, a statement with no toll named.
    'Hartwell & Diaz: please reply with your Medicare number so we can close the lien.',
    'Hartwell & Diaz: the bank statements show the gift cards you bought in March.',
    'Hartwell & Diaz: your landlord cannot shut off the water to force the tenant out.',
    'Hartwell & Diaz: the process server tried to serve the papers twice.',
    'Hartwell & Diaz: your statement is overdue; please pay through the portal.',
    'Hartwell & Diaz: we will send the signed lease back to you on Monday.',
    // The firm as the payer, a remote hearing, an immigration filing's fee, a lost amount described,
    // several families in a class action, and confidentiality.
    'Hartwell & Diaz: we will send your settlement funds by wire on Friday.',
    "Hartwell & Diaz: I'll pay the filing fee by wire today.",
    'Hartwell & Diaz: the court will give you remote access to the hearing by video.',
    'Hartwell & Diaz: the $100 application fee for cancellation of removal is due Friday.',
    'Hartwell & Diaz: your mother lost $3,000 in gift cards to the caller.',
    'Hartwell & Diaz: many other families are interested in joining the lawsuit.',
    'Hartwell & Diaz: please keep this between us until the hearing.',
    // A fee the firm asks the client to pay is not a bill paid "for me".
    'Hartwell & Diaz: could you pay the appraisal fee for me? Reply YES.',
    // The last digits of a card to find a disputed charge.
    'Hartwell & Diaz: reply with the last 4 digits of the debit card the charge went on.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('phishing-language: denials in the progressive, impostors named, a visit in person', () => {
  it.each([
    // A denied demand in the progressive, an impostor named in any form of the verb, an identity
    // check at the branch or in person.
    'The IRS will never text you asking for payment by gift card. Real notices come by mail.',
    'Do not answer any text that claims to be the IRS. To verify your identity, use the letter.',
    'Please verify your identity at the branch, not through a link sent by text.',
    'Your bank needs you to confirm your identity in person before the refund.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });

  it.each([
    // Not denied: the asking is the sender's request.
    ['riskyPayment', 'We are texting you asking for payment by gift card today.', 'payment by gift card'],
    // A scam's own link beside the branch wording.
    ['accountAlert', 'Verify your identity at the branch or at chase-verify.info now.', 'Verify your identity'],
    // "Claims" of a prize, not an impostor: no notice frame, the demand stands.
    [
      'accountAlert',
      'Your account is locked. He claims your card is blocked. Verify at acct-help.info',
      'Your account is locked',
    ],
  ] as const)('%s: %s', (messageId, text, phrase) => {
    expect(
      checkRule(rule, text)
        .filter((finding) => finding.start === at(text, phrase).start)
        .map(({ messageId, severity, start, end }) => ({ messageId, severity, start, end })),
    ).toEqual([{ messageId, severity: 'warning', ...at(text, phrase) }]);
  });
});

describe('phishing-language: the third batch of scam shapes, said otherwise', () => {
  it.each([
    [
      'riskyPayment',
      'Could you deposit it and return the difference by Zelle today?',
      'return the difference by Zelle',
    ],
    [
      'riskyPayment',
      'Make your next payment of $189 to the new servicer by Cash App.',
      'payment of $189 to the new servicer by Cash App',
    ],
    ['riskyPayment', 'To hold it I need first month + deposit by wire today.', 'deposit by wire'],
    ['riskyPayment', 'Can you get Apple gift cards for $500?', 'Can you get Apple gift cards'],
    ['riskyPayment', 'Please get 3 Apple gift cards today.', 'Please get 3 Apple gift cards'],
    ['riskyPayment', 'Bond is due; a courier can collect $8,500 today.', 'courier can collect $8,500'],
    ['riskyPayment', 'A courier will pick up the cash at noon.', 'courier will pick up the cash'],
    [
      'accountAlert',
      'To get your refund, reply with your bank routing and account number.',
      'reply with your bank routing and account number',
    ],
    ['advanceFee', 'To speed up your claim pay a $150 processing fee now.', 'speed up your claim pay'],
    ['advanceFee', 'We can expedite your FEMA aid for a small fee.', 'expedite your FEMA aid for a small fee'],
    ['jobScam', 'Average daily income 200-500 dollars.', 'daily income'],
    ['jobScam', 'Interested? Message me on WhatsApp.', 'Message me on WhatsApp'],
    ['tollScam', 'You passed a cashless toll point without a valid transponder.', 'toll point without'],
    ['falseUrgency', 'Failure to remit will lead to suspension.', 'Failure to remit'],
    ['deliveryScam', 'The item will be returned back to sender.', 'returned back to sender'],
    ['subscriptionScam', 'McAfee Renewal Confirmation: Total USD 479.00.', 'Renewal Confirmation'],
  ] as const)('%s: %s', (messageId, text, phrase) => {
    expect(
      checkRule(rule, text).map(({ messageId, severity, start, end }) => ({ messageId, severity, start, end })),
    ).toEqual([{ messageId, severity: 'warning', ...at(text, phrase) }]);
  });

  it.each([
    // The firm returns money, USCIS's premium processing fee, the gift card receipts, a mailed
    // refund, a renewal without a brand, a courier for papers.
    'Hartwell & Diaz: we will return the difference by check next week.',
    "Hartwell & Diaz: I'll pay the deposit by wire today.",
    'Hartwell & Diaz: we will refund the retainer via PayPal.',
    'Hartwell & Diaz: please pay the $2,805 premium processing fee in the portal.',
    'Hartwell & Diaz: please pay a $35 processing fee for the certified copy in the portal.',
    'Hartwell & Diaz: to speed up your claim, please send the medical records.',
    'Hartwell & Diaz: did you get the gift card receipts from the store?',
    'Hartwell & Diaz: your lease renewal confirmation is in the portal.',
    'Hartwell & Diaz: a courier will bring the signed deed to the title company.',
    'Hartwell & Diaz: a courier will pick up the signed originals from your home.',
    'Hartwell & Diaz: did you get gift cards from him? Please send us photos of the back of the car.',
    'Hartwell & Diaz: the letter was sent to the old address.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('phishing-language: the fifth batch of scam shapes, said otherwise', () => {
  it.each([
    [
      'deliveryScam',
      'The shipping label was damaged, so the courier needs your address.',
      'shipping label was damaged',
    ],
    ['deliveryScam', 'Unclaimed parcels will be destroyed after 5 days.', 'parcels will be destroyed'],
    ['deliveryScam', 'A $1.25 relabeling fee applies.', 'relabeling fee'],
    ['tollScam', 'Our system shows an uncollected toll for your vehicle.', 'uncollected toll'],
    ['tollScam', 'FasTrak: a late penalty of $25 applies after today.', 'late penalty of $25'],
    ['governmentScam', 'SSA: your benefit payments will be halted on Monday.', 'benefit payments will be halted'],
    ['jobScam', 'Earn $2 per like, paid daily to your wallet.', '2 per like'],
    ['jobScam', 'Recharge your task wallet to go on.', 'Recharge your task wallet'],
    ['jobScam', 'You can withdraw your commission once the set is done.', 'withdraw your commission'],
    ['techSupportScam', 'We detected hackers on your router. Download TeamViewer now.', 'We detected hackers'],
    ['techSupportScam', 'We detected hackers on your router. Download TeamViewer now.', 'Download TeamViewer'],
    ['utilityScam', 'To stop shut-off, call the billing desk.', 'To stop shut-off'],
    ['utilityScam', 'Your meter replacement fee of $60 is due.', 'meter replacement fee'],
    ['riskyPayment', 'Pay with a reloadable card at any store.', 'Pay with a reloadable card'],
    ['rentalScam', 'We guarantee a voucher for a $40 fee.', 'guarantee a voucher for a $40'],
    ['wrongNumberScam', 'Could you accept two parcels for me while I travel?', 'accept two parcels for me'],
    ['newNumberScam', 'Mom my phone was hacked, this is my number now.', 'my phone was hacked'],
    ['riskyPayment', 'Please buy a $100 Target gift card.', 'buy a $100 Target gift card'],
    ['accountAlert', 'We only need your FSA ID to finish.', 'need your FSA ID'],
    [
      'advanceFee',
      'A recovery fee is due before we transfer your funds.',
      'recovery fee is due before we transfer your funds',
    ],
    ['advanceFee', 'Our fee is 15 percent upfront.', 'fee is 15 percent upfront'],
    ['linkActivation', 'Reply Y, then reopen this message to use the link.', 'then reopen this message'],
    [
      'governmentScam',
      'Stop the garnishment and consolidate your loans today.',
      'Stop the garnishment and consolidate',
    ],
  ] as const)('%s: %s', (messageId, text, phrase) => {
    expectWarningAmong(text, phrase, messageId);
  });

  it.each([
    // An anti-fraud notice that describes "a text asking you to verify": the text is a noun.
    'Hartwell & Diaz: the IRS never texts about refunds. If you get a text asking you to verify your account, do not click it.',
    // Urgency about a court event with its time, and the firm's own number.
    'Urgent: the judge moved your sentencing to Friday at 2 pm. Call me at 555-0100 tonight.',
    'Urgent: the court reset your hearing to tomorrow at 9:30 a.m. Please call me tonight.',
    // A treatment the carrier approved, and the clinic to call for it.
    'The insurer approved your therapy sessions. Call the clinic at 555-0101 to book.',
    // A firm's label, a meter in a case, a late fee without a toll brand.
    'Hartwell & Diaz: please print the shipping label for the records we mail you.',
    'Hartwell & Diaz: the landlord charged you for the water meter; we dispute it.',
    'Hartwell & Diaz: the lease adds a late fee of $50 after the 5th.',
    // Benefits paid out on a prepaid card, seized items destroyed, a hacker found in a case, a
    // waiting list that opens, a fee deducted before the firm sends funds.
    'Hartwell & Diaz: your child support payments go on a prepaid debit card.',
    'Hartwell & Diaz: the seized items will be destroyed after the case closes.',
    "Hartwell & Diaz: we found the hacker's IP address in the bank's logs.",
    'Hartwell & Diaz: the housing authority waitlist opens for 2 weeks in May.',
    'Hartwell & Diaz: the wire transfer fee is taken out before we send your settlement funds.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('phishing-language: urgency with a time is a case event only beside case words', () => {
  it('keeps the lure of an emergency with a time and no case', () => {
    const text = 'Urgent: your son is in the hospital since 8:30 a.m. Call 555-0100 now.';
    expect(checkRule(rule, text).map(({ messageId, severity }) => ({ messageId, severity }))).toEqual([
      { messageId: 'scamCues', severity: 'info' },
    ]);
  });

  it('excuses urgency about a court event with its time, the court and jury being its words', () => {
    expect(checkRule(rule, 'Urgent: the court set jury selection for 8:30 a.m. Call 555-0100 tonight.')).toEqual([]);
  });
});

describe("phishing-language: the Social Security impostor's threats, never excused by case words", () => {
  it.each([
    [
      'Your SSN was used in a crime. Press 1 to speak with an officer or you will be arrested.',
      'SSN was used in a crime',
    ],
    [
      'Your SSN has been linked to money laundering and drug trafficking. Call 555-0188.',
      'SSN has been linked to money laundering',
    ],
    ['Your ssn is suspended due to suspicious activity, call 555-0101', 'ssn is suspended'],
    [
      'Notice: your social security number will be canceled within 24 hours.',
      'social security number will be canceled',
    ],
    [
      'Su número de seguro social fue usado en un delito en Texas. Llame para evitar su arresto.',
      'seguro social fue usado en un delito',
    ],
    ['Su seguro social ha sido vinculado a lavado de dinero.', 'seguro social ha sido vinculado a lavado'],
    ['Su número de Seguro Social fue suspendido.', 'Seguro Social fue suspendido'],
    // The agency named first, then "your number" alone.
    ['Social Security Administration: your number was used in a crime in Laredo.', 'your number was used in a crime'],
    ['Oficina del Seguro Social: su número fue usado en un delito en la frontera.', 'su número fue usado en un delito'],
    // Its deposit, which needs the reader's bank account.
    [
      'IRS: you are owed money. Send your bank account number to deposit it.',
      'Send your bank account number to deposit',
    ],
    ['IRS: we need your account number to deposit the refund today.', 'we need your account number to deposit'],
    ['IRS: le debemos $900. Envíe su número de cuenta y de ruta para el depósito.', 'Envíe su número de cuenta'],
  ])('%s', (text, phrase) => {
    expectWarningAmong(text, phrase, 'governmentScam');
  });

  it.each([
    // An identity theft case reports what the number was used for; a notice describes the threat.
    'Maria, the credit bureau confirmed your SSN was used to open two accounts. We filed the identity theft report.',
    'The detective said someone used your Social Security number in the fraud ring case.',
    'Sra. Pineda, la policía confirmó que alguien usó su número de seguro social para abrir cuentas.',
    // The IRS's need told, not asked; a case number linked; the firm's own tax meeting.
    'The IRS needs your bank account number for the direct deposit of your refund; we will put it on the return at our meeting.',
    'El IRS necesita su número de cuenta para el depósito directo del reembolso; lo anotamos en la declaración en la cita.',
    'USCIS: your case number was linked to your A-number; we will upload the receipt.',
    'Hartwell & Diaz: to get your IRS refund faster, bring your bank account and routing number to the tax meeting for direct deposit.',
    'Scam alert: callers claim your Social Security number was used in a crime or suspended. The SSA never calls to say that; hang up and call us.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('notices, anti-fraud notices and named alerts a firm talks about', () => {
  const FIRM = { firmName: 'Hartwell & Diaz', firmDomains: ['hartwelldiaz.com'] };
  const ids = (text: string) => checkRule(rule, text, FIRM).map((finding) => finding.messageId);

  it.each([
    // A notice someone else sends, named as a document, with the advice not to pay it.
    'Hartwell & Diaz: the water utility may mail you a final notice about the old account. Do not pay it until we review the lease.',
    'The county tax office sent a Final Notice of Delinquency on the lot; we are appealing the valuation, so do not pay it yet.',
    // A notice named by the court or office that issued it, with the case in its sentence.
    'Final notice from the probate court: the inventory is due within 90 days. We will file it for you.',
    'Hartwell & Diaz: final notice from the county clerk on your eviction appeal; we will be at the hearing.',
    // Anti-fraud notices, however "not us" is worded.
    'If someone calls asking you to pay the filing fee by Zelle, it is not us.',
    'A text that asks you to pay by Venmo is not from us.',
    'Texts asking you to pay by Cash App are not from our office.',
    // Fraud alerts as services: with the credit bureaus, and a county recorder's property alert.
    'We placed a fraud alert with all three credit bureaus after the identity theft.',
    // The bureau named first (t11b's own wording).
    'TransUnion added the extended fraud alert to your file; the letter they mailed you has the PIN.',
    "Sign up for the recorder's property fraud alert so you hear when anything is filed on your house.",
    // A lure word with the advice not to pay, in an estate: no demand, a case named.
    "The state holds $820 of unclaimed funds in your late mother's name. You do not have to pay a finder; the executor files the claim on missingmoney.com.",
  ])('no finding: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it.each([
    ['FINAL NOTICE: your toll balance of $6.99 is overdue. Pay today to avoid fees.', 'falseUrgency'],
    ['You received a final notice on your E-ZPass account. Reply PAY to settle it today.', 'falseUrgency'],
    ['This is your final notice. Pay $6.99 at tollpay-now.com', 'falseUrgency'],
    ['The DMV sent you a final notice. Call 888-555-0100 now to keep your license.', 'falseUrgency'],
    // Named by an issuer, but with the scam's own channel, or addressed to the reader.
    ['Final notice from the court: your eviction case fine is due. Pay at court-fines.info', 'falseUrgency'],
    ['Final notice from the county court: your case is closing. Call 888-555-0100 today.', 'falseUrgency'],
    ['Final notice from your bank: your lawsuit settlement is on hold.', 'falseUrgency'],
    ['Pay the $200 fee by gift card today to release your package.', 'riskyPayment'],
    ['Chase fraud alert: a $499 charge was placed on your card. Call 888-555-0199.', 'accountAlert'],
    // A bureau's name ahead of an alert about the reader's card: still the bank alert's shape.
    ['Experian fraud alert: a $499 charge was placed on your card. Call 888-555-0199.', 'accountAlert'],
    [
      'Unclaimed funds in your name! You do not need a lawyer. Claim now at unclaimed-cash.net before they expire.',
      'scamShape',
    ],
  ] as const)('still flags: %s', (text, messageId) => {
    expect(ids(text)).toContain(messageId);
  });
});

describe('phishing-language: the eighth round of shapes, in English and Spanish', () => {
  it.each([
    // Medicare numbers asked for by reply, "w/" for "with" (Medicare.gov: Medicare never texts for it).
    ['governmentScam', 'Reply w/ your Medicare number to keep your benefits.', 'Reply w/ your Medicare number'],
    // A courier sent for the bank card (FTC), and a PIN at the end of a list of what to reply with.
    [
      'riskyPayment',
      'Wells Fargo: a courier will stop by tonight to pick up your debit card.',
      'courier will stop by tonight to pick up your debit card',
    ],
    [
      'accountAlert',
      'Fraud team: reply with your ZIP code and your PIN to stop the charge.',
      'reply with your ZIP code and your PIN',
    ],
    // The owner abroad with no showings, and Apple Cash as a payment app (FTC, rental listing scams).
    [
      'rentalScam',
      'Condo for rent, $800. I am out of the country so no viewings before you pay.',
      'out of the country so no viewings',
    ],
    ['riskyPayment', 'Pay the deposit with Apple Cash today.', 'Pay the deposit with Apple Cash'],
    // Ratings of places paid per task (FBI IC3), in both languages, and the recruiter on a chat app.
    [
      'jobScam',
      'Earn $8 per review: rate restaurants on Maps and get paid daily.',
      'rate restaurants on Maps and get paid daily',
    ],
    ['jobScam', 'Ganá dinero fácil: reseñas hoteles desde tu casa.', 'reseñas hoteles'],
    ['jobScam', 'Escríbele a nuestro reclutador en WhatsApp para empezar hoy.', 'reclutador en WhatsApp'],
    ['jobScam', 'Buscamos clientes incógnitos: le pagamos $200 por visita.', 'clientes incógnitos'],
    // Money sent back by wire or app, asked as a question or an imperative (FTC, "Le enviaron dinero por error").
    [
      'riskyPayment',
      '¿Me podrías devolver los $300 por Zelle? Te los mandé por error.',
      'podrías devolver los $300 por Zelle',
    ],
    [
      'riskyPayment',
      'Devuélvame la diferencia por Western Union hoy mismo.',
      'Devuélvame la diferencia por Western Union',
    ],
    // Card details by reply: "la tarjeta", and the voseo.
    [
      'accountAlert',
      'Responde con el número de la tarjeta y el código de atrás.',
      'Responde con el número de la tarjeta',
    ],
    [
      'accountAlert',
      'Ingresá los datos de tu tarjeta en este enlace: pago-rapido.top',
      'Ingresá los datos de tu tarjeta',
    ],
  ] as const)('%s: %s', (messageId, text, phrase) => {
    expectWarningAmong(text, phrase, messageId);
  });

  it.each([
    // The firm returning money, a notice, an identity card's number, a courier for papers, "w/" in
    // a firm's request, a recruiter in a case, the portal, and a PIN brought to the office.
    'Hartwell & Diaz: le vamos a devolver el anticipo por Zelle esta semana.',
    'Hartwell & Diaz: cuidado, si alguien le pide que regrese dinero por Western Union, es una estafa. Llámenos al (512) 555-0147.',
    'Hartwell & Diaz: para la solicitud, escriba el número de la tarjeta de residencia en la página 2.',
    'Hartwell & Diaz: the courier will pick up your signed originals and your green card copy tomorrow.',
    'Hartwell & Diaz: please reply w/ the best time to call about your hearing.',
    'Hartwell & Diaz: el reclutador de la empresa le escribió por WhatsApp; guarde esos mensajes para la demanda.',
    "Hartwell & Diaz: the bank's own courier never collects cards; if anyone offers to pick up your debit card, it is a scam. Call us at (512) 555-0147.",
    'Hartwell & Diaz: el juez pidió que la empresa devuelva el resto del depósito por cheque.',
    'Hartwell & Diaz: ingrese los datos de su tarjeta en nuestro portal para pagar la cuota de presentación.',
    'Hartwell & Diaz: your client portal PIN is in the letter we mailed; bring it and your ID to the office on Monday.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text, { firmName: 'Hartwell & Diaz', firmPhoneNumbers: ['(512) 555-0147'] })).toEqual([]);
  });
});

describe('phishing-language: a one-time code to pass back to the sender, a comma apart (FTC)', () => {
  it.each([
    [
      'Your Amazon driver here. I sent a verification code to your phone, read it back to me so I can mark it delivered.',
      'verification code to your phone, read it back to me',
    ],
    [
      'Hey it is Jen from the group chat, Google is sending you a 6-digit code, can you text it to me?',
      '6-digit code, can you text it to me',
    ],
    [
      'Le va a llegar un código de verificación, dígame el código para activar su premio.',
      'código de verificación, dígame el código',
    ],
    ['Soy del banco: le mandamos una clave por SMS, pásemela para cancelar el cargo.', 'clave por SMS, pásemela'],
  ])('%s', (text, phrase) => {
    expect(
      checkRule(rule, text).map(({ messageId, severity, start, end }) => ({ messageId, severity, start, end })),
    ).toContainEqual({ messageId: 'accountAlert', severity: 'warning', ...at(text, phrase) });
  });

  it.each([
    // A code for the firm's portal, a form sent back, a notice, a code brought to the office.
    'Hartwell & Diaz: we texted a 6-digit code to your phone; enter it on the portal to sign the retainer.',
    'Hartwell & Diaz: please send us your zip code, then sign the form and send it back to us.',
    'Hartwell & Diaz: if someone says a code is coming to your phone and asks you to read it back, it is a scam. Call us at (512) 555-0147.',
    'Hartwell & Diaz: le enviamos un código de 6 dígitos a su celular; tráigalo a la oficina el lunes.',
    "Hartwell & Diaz: bring the verification code from the court's letter to the office and give it to the clerk.",
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text, { firmName: 'Hartwell & Diaz', firmPhoneNumbers: ['(512) 555-0147'] })).toEqual([]);
  });
});

describe('phishing-language: virtual kidnapping, in English and Spanish (FBI)', () => {
  it.each([
    ['Your son is with us. Do not contact the cops or you will regret it.', 'Do not contact the cops'],
    ["Stay on the line and don't hang up on me. Wire $2,000 now.", "don't hang up on me"],
    ['Pay by tonight if you want to see him alive.', 'see him alive'],
    ['Tenemos a tu hermano. No avises a las autoridades.', 'No avises a las autoridades'],
    ['Si quiere verla con vida, no me cuelgue y haga lo que le digo.', 'verla con vida'],
    ['Si quiere verla con vida, no me cuelgue y haga lo que le digo.', 'no me cuelgue'],
  ])('%s', (text, phrase) => {
    expect(
      checkRule(rule, text).map(({ messageId, severity, start, end }) => ({ messageId, severity, start, end })),
    ).toContainEqual({ messageId: 'extortionScam', severity: 'warning', ...at(text, phrase) });
  });

  it.each([
    // A defense lawyer's advice, advice in a custody case, a call to the police the firm asks for.
    'Hartwell & Diaz: do not call the police about the custody exchange; we will file the motion Monday.',
    'Hartwell & Diaz: no hable con la policía sin su abogado.',
    "Hartwell & Diaz: don't talk to the police until we meet.",
    'Hartwell & Diaz: if he shows up again, call us and call the police non-emergency line.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('phishing-language: the Spanish counterparts of the eighth round', () => {
  it.each([
    [
      'riskyPayment',
      'Banco: un mensajero pasará hoy a recoger su tarjeta de débito. Responda con una hora y su NIP.',
      'mensajero pasará hoy a recoger su tarjeta de débito',
    ],
    [
      'accountAlert',
      'Banco: un mensajero pasará hoy a recoger su tarjeta de débito. Responda con una hora y su NIP.',
      'Responda con una hora y su NIP',
    ],
    [
      'rentalScam',
      'Depto en renta, $700. Estoy fuera del país y no puedo mostrarlo. Deposite primero.',
      'fuera del país y no puedo mostrarlo',
    ],
    [
      'governmentScam',
      'Responda con su número de Medicare para recibir la tarjeta nueva.',
      'Responda con su número de Medicare',
    ],
    ['riskyPayment', 'Pague el depósito por Apple Cash hoy.', 'Pague el depósito por Apple Cash'],
  ] as const)('%s: %s', (messageId, text, phrase) => {
    expectWarningAmong(text, phrase, messageId);
  });

  it.each([
    // A courier for an identity card, a notice about gift cards, the firm's own "never".
    'Hartwell & Diaz: un mensajero recogerá su tarjeta de residencia el lunes.',
    'Hartwell & Diaz: cuidado, circulan mensajes que piden pagar la fianza con tarjetas de regalo. Es una estafa.',
    'Hartwell & Diaz: nunca le pediremos que pague por Zelle.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('phishing-language: the ninth round of shapes, in English and Spanish', () => {
  it.each([
    // The code about to arrive, asked for in a reply or with a Spanish verb of handing over.
    [
      'accountAlert',
      'Parcel desk: reply with your apartment number and the 5-digit code we send you shortly.',
      'reply with your apartment number and the 5-digit code we send',
    ],
    [
      'accountAlert',
      'Banco: para frenar la compra pásenos el código que le mandamos.',
      'pásenos el código que le mandamos',
    ],
    ['accountAlert', 'Soporte: decime tu clave del homebanking y lo bloqueamos.', 'decime tu clave del homebanking'],
    // A courier to the home for cash, in both languages.
    [
      'riskyPayment',
      'Your nephew is being held. Someone will come to your house tonight to pick up the $6,000 in cash.',
      'come to your house tonight to pick up the $6,000 in cash',
    ],
    [
      'riskyPayment',
      'Un licenciado va a pasar por su casa a recoger el efectivo de la fianza.',
      'pasar por su casa a recoger el efectivo',
    ],
    // Prepaid card brands by name, and a donation by app in Spanish.
    ['riskyPayment', 'Cover the fee with a Vanilla prepaid card and text the numbers.', 'Vanilla prepaid'],
    ['riskyPayment', 'Compre una tarjeta MoneyPak de $200 y mande la foto.', 'tarjeta MoneyPak'],
    ['riskyPayment', 'Ayude a las familias: done hoy mismo por Cash App.', 'done hoy mismo por Cash App'],
    ['charityScam', 'Done ahora para los damnificados del huracán.', 'Done ahora para los damnificados'],
    // The parents by pet names in the family script.
    ['newNumberScam', 'Tío, estoy en un lío. No le digas a mami, porfa.', 'No le digas a mami'],
    // The fake buyer's business-account upgrade.
    [
      'paymentReversal',
      'I sent $300 on Zelle but you must upgrade to a business account first. Pay $100 for the upgrade and it refunds.',
      'upgrade to a business account',
    ],
    // Money held back for a fee or deposit first.
    [
      'advanceFee',
      'Venmo: your $400 payment will be released when you send a verification deposit of $40.',
      'payment will be released when you send a verification deposit',
    ],
    [
      'advanceFee',
      'You won a 2026 pickup. To release your prize pay the $350 shipping and insurance fee today.',
      'To release your prize pay the $350 shipping and insurance',
    ],
    [
      'advanceFee',
      'Su préstamo fue aprobado. Antes del desembolso debe pagar la comisión de apertura.',
      'Antes del desembolso debe pagar la comisión',
    ],
    // A toll account's negative balance and the tag switched off, with the toll agency named.
    ['tollScam', 'SunPass: su transpondedor fue desactivado. Pague hoy.', 'transpondedor fue desactivado'],
    ['tollScam', 'E-ZPass: negative balance of $4.15 on your account. Pay now.', 'negative balance'],
    // The fake invoice's number to call to reverse the charge.
    [
      'accountAlert',
      'Order #88213 for $649.00 ships today. Call 1-888-555-0142 to reverse this charge.',
      'Call 1-888-555-0142 to reverse this',
    ],
  ] as const)('%s: %s', (messageId, text, phrase) => {
    expectWarningAmong(text, phrase, messageId);
  });

  it('a Spanish prize text with its number to call has the shape of a scam', () => {
    const text = '¡Felicitaciones! Su celular fue premiado. Para cobrar, comuníquese con el gestor al 555-0188.';
    expect(checkRule(rule, text).map(({ messageId, start, end }) => ({ messageId, start, end }))).toContainEqual({
      messageId: 'scamShape',
      ...at(text, 'Felicitaciones'),
    });
  });

  it.each([
    // The same words in a firm's texts: signed papers picked up, a bank's own small deposits, a lien
    // released, the card issuer's number left to the client, a case's congratulations, a tag named in
    // a dispute, the mother kept out of a case talk with the prosecutor named.
    'Hartwell & Diaz: our courier will come to your home tomorrow to pick up the signed originals.',
    'Hartwell & Diaz: la mensajera pasará por su casa a recoger los documentos firmados.',
    'Hartwell & Diaz: your bank will make two small verification deposits to link the account.',
    'Hartwell & Diaz: the lien will be released once you pay the balance to the lender.',
    'Hartwell & Diaz: the charge came back. If it shows again, call your card issuer to reverse it.',
    'Hartwell & Diaz: el juez aprobó el acuerdo. ¡Felicidades! Comuníquese con nosotros al (512) 555-0147.',
    'Hartwell & Diaz: antes del depósito del reembolso debe firmar la forma 8879.',
    'Hartwell & Diaz: the Zelle business account the landlord used is listed in the complaint.',
    // A code the reader already has, a postal code, a case's key, and a retainer check picked up.
    'Hartwell & Diaz: please reply with the confirmation code from your flight so we can plan around it.',
    'Hartwell & Diaz: díganos su código postal para buscar la corte de su condado.',
    'Hartwell & Diaz: denos la clave del caso que aparece en la carta de USCIS.',
    'Hartwell & Diaz: our office can come to your home to collect the $500 retainer check.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe("phishing-language: a third party's alert reported, a number the notice vouches for, a channel named as a business", () => {
  it.each([
    // Urgency and account alerts told as a third party's words, with no channel but the firm's.
    'Your employer emailed a final warning to return the laptop within 48 hours or face a deduction. That deduction needs your written consent.',
    'The storage company wrote that your account is locked for late rent. They cannot sell your things before the lien sale notice.',
    'Su casero le escribió que su cuenta está bloqueada por la renta; eso no tiene valor sin una orden del juez.',
    // The number on the letter, "not one from a text": the FTC's advice, passed on.
    'The SSA wants to verify your identity before the back pay is released. Call the number on the award letter, not one from a text.',
    'El IRS quiere confirmar su identidad antes de soltar el reembolso. Llame al número de la carta, no al número de un mensaje.',
    // A payment channel named as the business or its records.
    'The Bitcoin ATM operator sent the kiosk records for your three deposits; we attach them to the police report.',
    'We have the Western Union records of both transfers and will send them to the Attorney General.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });

  it.each([
    // The same words in the sender's own voice, or with the sender's own channel.
    ['falseUrgency', 'Final warning: vacate within 24 hours or your belongings will be removed.', 'within 24 hours or'],
    [
      'accountAlert',
      'Your bank texted that your account is locked. Call 833-555-0104 to unlock it.',
      'your account is locked',
    ],
    ['accountAlert', 'The IRS wants to confirm your identity. Reply YES to continue.', 'confirm your identity'],
    ['accountAlert', 'Chase says your card was suspended; verify at chase-verify-card.com.', 'your card was suspended'],
    [
      'accountAlert',
      'We need to confirm your identity before your refund. Call 202-555-0144, not the number in any other text.',
      'confirm your identity',
    ],
    [
      'riskyPayment',
      'Deposit the cash at the Bitcoin ATM and text a photo of the receipt to 512-555-0188.',
      'Bitcoin ATM',
    ],
    ['riskyPayment', 'Use the crypto ATM company kiosk on 5th St, then text CONFIRM to 55123.', 'crypto ATM'],
  ] as const)('%s: %s', (messageId, text, phrase) => {
    expect(
      checkRule(rule, text)
        .filter((finding) => finding.messageId === messageId)
        .map(({ start, end }) => ({ start, end })),
    ).toContainEqual(at(text, phrase));
  });
});

describe('phishing-language: the tenth round of shapes (FTC, FBI IC3, USPIS, Census Bureau, CFTC), in English and Spanish', () => {
  it.each([
    // A payment app with the amount, the payment or a verb of giving or holding.
    [
      'riskyPayment',
      'Hold the apartment today: $150 via Zelle to 512-555-0100 and it is yours.',
      '150 via Zelle to 512-555-0100',
    ],
    [
      'riskyPayment',
      'Tornado relief: please donate what you can by Cash App to $TornadoAid tonight.',
      'donate what you can by Cash App',
    ],
    [
      'riskyPayment',
      'Su cita está lista; haga el depósito de reserva por Venmo a @CitaRapida hoy.',
      'depósito de reserva por Venmo',
    ],
    [
      'riskyPayment',
      'Reserve el lugar con $80 por Zelle antes del viernes. Responda SI.',
      'Reserve el lugar con $80 por Zelle',
    ],
    // A payment app with the handle or address the money goes to.
    ['riskyPayment', 'The new deposit goes to our Cash App $MapleLeasing today.', 'Cash App $MapleLeasing'],
    [
      'riskyPayment',
      'Nuestro Zelle es fondo.incendio@outlook.com, gracias por ayudar.',
      'Zelle es fondo.incendio@outlook.com',
    ],
    // Card details by text.
    [
      'accountAlert',
      'Order on hold: text the last four and expiration of the card you used.',
      'last four and expiration',
    ],
    ['accountAlert', 'Saldo pendiente: envíe los 16 dígitos de su tarjeta por aquí.', 'envíe los 16 dígitos'],
    // A PIN or password to have ready, a reply handed to an agent who asks for the SSN.
    ['accountAlert', 'Fraud team: call us now and keep your debit PIN ready.', 'keep your debit PIN ready'],
    ['accountAlert', 'Banco: llame al 800-555-0142 y tenga a la mano su NIP.', 'tenga a la mano su NIP'],
    [
      'accountAlert',
      'Responda SI y una especialista le pedirá su número de cuenta.',
      'Responda SI y una especialista le pedirá',
    ],
    // A one-time code carried in the reply.
    [
      'accountAlert',
      'Para no perder su cuenta, conteste con el código de 4 dígitos que le llegó.',
      'conteste con el código de 4 dígitos que le llegó',
    ],
    // A plate read without a tag, a fine for an unanswered survey, money locked until a fee is paid.
    [
      'tollScam',
      'Express lane: your plate was scanned with no toll tag. Pay $4.80 today.',
      'plate was scanned with no toll',
    ],
    [
      'tollScam',
      'Su placa fue registrada sin pase válido en la autopista. Pague hoy.',
      'placa fue registrada sin pase',
    ],
    [
      'governmentScam',
      'Survey office: a $2,000 nonresponse penalty applies unless you reply today.',
      'nonresponse penalty',
    ],
    [
      'governmentScam',
      'Aviso: hay una multa por no contestar la encuesta de vivienda.',
      'multa por no contestar la encuesta',
    ],
    [
      'advanceFee',
      'Your 4,000 USDT profit is frozen until you pay the release fee of $300.',
      'frozen until you pay the release fee',
    ],
    [
      'advanceFee',
      'Sus ganancias siguen congeladas hasta que pague el impuesto de retiro.',
      'congeladas hasta que pague el impuesto',
    ],
    // The landlord abroad who mails the key.
    [
      'rentalScam',
      'Estoy de viaje; si me deposita hoy al 956-555-0110 le mando la llave por paquetería.',
      'le mando la llave por paquetería',
    ],
  ] as const)('%s: %s', (messageId, text, phrase) => {
    expect(
      checkRule(rule, text)
        .filter((finding) => finding.messageId === messageId)
        .map(({ start, end }) => ({ start, end })),
    ).toContainEqual(at(text, phrase));
  });

  it.each([
    // The same words in a firm's case texts: an amount paid by app reported, a firm address, the
    // card's expiry named in a dispute, a PIN the court never asks for, a survey at a hearing,
    // funds frozen by a court, keys returned at the office, a code for the firm's own portal.
    'Hartwell & Diaz: we do not take Venmo or Zelle. Pay in the portal.',
    'Hartwell & Diaz: the bank statement shows the $150 you paid the landlord; that is Exhibit 2 in your case.',
    'Hartwell & Diaz: el tribunal nunca pide su NIP; si alguien lo pide, es una estafa.',
    'Hartwell & Diaz: the court froze the account until the judgment is paid; the hearing is Monday.',
    'Hartwell & Diaz: la jueza pidió que el casero le devuelva las llaves en la audiencia del lunes.',
    'Hartwell & Diaz: the census worker who visited you is a witness in your case; we will call her.',
    'Hartwell & Diaz: enter the 6-digit code from the portal email to sign in to your client portal.',
    // A payment by app described, with no way to pay given; the firm's own payment.
    'Hartwell & Diaz: el anticipo de $50 por Zelle que le dio a su primo aparece en la lista de la quiebra.',
    'Hartwell & Diaz: the $300 via Venmo to your cousin is listed as a transfer in the schedules.',
    'Hartwell & Diaz: we sent the $1,500 settlement by Zelle to your account today.',
    // A key mailed on a tenant's errand, a card described in a police report.
    'Hartwell & Diaz: cuando termine la mudanza, le mando la llave por correo al casero.',
    'Hartwell & Diaz: the thief wrote down your card number and expiration date; that is in the police report.',
    // A reported alert of another kind.
    'Hartwell & Diaz: the toll authority says your plate was read without a valid tag 14 times. We will contest the fines at the hearing.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });
});

describe('phishing-language: who pays, and the Spanish notice of a scam going around', () => {
  it.each([
    'Hartwell & Diaz: le devolveremos el depósito por Zelle el lunes.',
    'Hartwell & Diaz: circulan textos que dicen ser de la corte y piden la multa por Cash App. Es falso; llame al (512) 555-0147.',
    'Hartwell & Diaz: el casero pide la renta por Venmo; no la mande hasta que hablemos.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text, { firmPhoneNumbers: ['(512) 555-0147'] })).toEqual([]);
  });

  it.each([
    // The sender sends the kit, the reader pays: a comma apart, the payment is the reader's.
    ['Le mandamos el material, solo cubra $40 por Zelle. Responda LISTO.', 'cubra $40 por Zelle'],
    // A notice's words with the sender's own channel.
    ['Circulan mensajes falsos. Pague su cuota de $50 por Zelle al 512-555-0199 hoy.', 'cuota de $50 por Zelle'],
  ])('still flagged: %s', (text, phrase) => {
    expect(checkRule(rule, text).map(({ start, end }) => ({ start, end }))).toContainEqual(at(text, phrase));
  });
});

describe('phishing-language: a gift owned by someone, told', () => {
  it.each([
    // A receipt's or a return's description of a gift made (t11b's own wording).
    'Hartwell & Diaz: your donation of $120 via PayPal went through; keep the receipt for your taxes.',
    'Hartwell & Diaz: su donación de $75 por Zelle llegó; guarde el recibo para sus impuestos.',
    "Her donations by Venmo to the church count as gifts on the estate's return.",
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text)).toEqual([]);
  });

  it.each([
    // The same gift with a way to pay given, asked for by a verb, or with no owner.
    ['Your donation of $50 via Zelle is pending. Send it to 512-555-0199 today.', 'donation of $50 via Zelle'],
    ['Su donación de $50 por Zelle está pendiente. Envíela al 512-555-0199 hoy.', 'donación de $50 por Zelle'],
    ['Haga su donación por Zelle hoy mismo para los damnificados.', 'donación por Zelle'],
    ['Please make your donation via Zelle today.', 'donation via Zelle'],
    ['Donation of $50 via Zelle needed today for the flood victims.', 'Donation of $50 via Zelle'],
  ])('still flagged: %s', (text, phrase) => {
    expect(checkRule(rule, text).map(({ start, end }) => ({ start, end }))).toContainEqual(at(text, phrase));
  });
});

describe('phishing-language: the eleventh round of shapes, in both languages', () => {
  it.each([
    // A channel after "an" as after "a"; a store's card in Spanish; only these channels taken.
    [
      'riskyPayment',
      'warning',
      'The release fee is to be paid with an Amazon gift card today.',
      'be paid with an Amazon gift card',
    ],
    [
      'riskyPayment',
      'warning',
      'La colecta se recibe solo en tarjetas de Amazon. Mande los números hoy.',
      'solo en tarjetas de Amazon',
    ],
    ['riskyPayment', 'warning', 'Para la colecta aceptamos únicamente Zelle, gracias.', 'aceptamos únicamente Zelle'],
    [
      'riskyPayment',
      'warning',
      'Raspe y mándenos el código de la tarjeta de regalo.',
      'código de la tarjeta de regalo',
    ],
    // The rent by app, its month between verb and channel.
    [
      'riskyPayment',
      'warning',
      'Send the first month rent by Venmo and I will mail the keys.',
      'Send the first month rent by Venmo',
    ],
    [
      'riskyPayment',
      'warning',
      'Envíeme el depósito y la renta por Cash App hoy mismo.',
      'Envíeme el depósito y la renta por Cash App',
    ],
    // Card details asked for with "need", or after another detail.
    ['accountAlert', 'warning', 'To refund you I need all 16 digits on the card.', 'need all 16 digits'],
    [
      'accountAlert',
      'warning',
      'Para el reembolso necesitamos los 16 dígitos y la fecha.',
      'necesitamos los 16 dígitos',
    ],
    [
      'accountAlert',
      'warning',
      'Conteste con su dirección y el número de su tarjeta hoy.',
      'Conteste con su dirección y el número de su tarjeta',
    ],
    [
      'accountAlert',
      'warning',
      'Reply with your zip code and card number to unlock it.',
      'Reply with your zip code and card number',
    ],
    [
      'accountAlert',
      'warning',
      'Tenga a la mano su Seguro Social y su contraseña al llamar.',
      'Seguro Social y su contraseña',
    ],
    [
      'accountAlert',
      'warning',
      'Call us with your SSN and online banking password.',
      'SSN and online banking password',
    ],
    // The unverified number, the pending charge, remote access in Spanish, a crypto payroll.
    ['governmentScam', 'warning', 'Benefits paused: your file lists an unconfirmed SSN. Call now.', 'unconfirmed SSN'],
    [
      'accountAlert',
      'warning',
      'Compra de $1,250 en Tienda Norte pendiente de autorización. Llame ya.',
      'Compra de $1,250 en Tienda Norte pendiente de autorización',
    ],
    [
      'accountAlert',
      'warning',
      'A purchase of $740 at a kiosk is pending authorization.',
      'purchase of $740 at a kiosk is pending authorization',
    ],
    [
      'techSupportScam',
      'warning',
      'Un técnico va a entrar a su computadora para darle el reembolso.',
      'entrar a su computadora',
    ],
    [
      'jobScam',
      'warning',
      'Set up a USDT wallet so you can receive your daily commissions.',
      'Set up a USDT wallet so you can receive your daily commissions',
    ],
    [
      'jobScam',
      'warning',
      'Cree una billetera de bitcoin para cobrar sus pagos semanales.',
      'Cree una billetera de bitcoin para cobrar sus pagos',
    ],
    // The security code by where it is printed; the stranger's trade as a job title.
    ['accountAlert', 'warning', 'For the refund, text the 3 digits on the back of your card.', '3 digits on the back'],
    ['accountAlert', 'warning', 'Mande también el código de atrás de la tarjeta.', 'código de atrás de la tarjeta'],
    ['wrongNumberScam', 'warning', "Funny mistake! I'm a forex trader in Dallas, you?", "I'm a forex trader"],
    ['wrongNumberScam', 'warning', 'Qué casualidad. Soy inversionista de oro en Houston.', 'Soy inversionista de oro'],
    // A kit bought before the job starts.
    ['jobScam', 'warning', 'Before day one you must buy the $60 starter kit.', 'buy the $60 starter kit'],
    ['jobScam', 'warning', 'Para empezar tiene que pagar el kit de inicio de $80.', 'pagar el kit de inicio'],
    // The stranger's trading after a wrong number, and the dating match.
    [
      'wrongNumberScam',
      'warning',
      "Anyway since we are texting, I'm investing in crypto with great results.",
      "I'm investing in crypto",
    ],
    ['wrongNumberScam', 'warning', 'My trading with my coach has been amazing lately.', 'trading with my coach'],
    ['wrongNumberScam', 'warning', 'Yo invierto en bitcoin desde casa, ¿y usted?', 'invierto en bitcoin'],
    ['wrongNumberScam', 'warning', 'Hey, we matched on the app last week!', 'we matched on'],
  ] as const)('%s %s: %s', (messageId, severity, text, phrase) => {
    expect(
      checkRule(rule, text).map((finding) => ({
        messageId: finding.messageId,
        severity: finding.severity,
        start: finding.start,
        end: finding.end,
      })),
    ).toContainEqual({ messageId, severity, ...at(text, phrase) });
  });

  it.each([
    // The same words in a firm's texts: a fraud warning, a card's last digits in a dispute, a
    // number verified by the firm, a video hearing, a client's trading losses, a case's dating app.
    'Hartwell & Diaz: nunca aceptamos Zelle ni tarjetas de Amazon; pague solo en el portal.',
    'Hartwell & Diaz: we never ask for your SSN and password together. Call (512) 555-0147 with questions.',
    'Hartwell & Diaz: necesitamos los últimos 4 dígitos de la cuenta para la disputa, nada más.',
    'Hartwell & Diaz: puede conectarse desde su computadora a la audiencia por video el lunes.',
    'Hartwell & Diaz: the charge from the dealer is still listed in your dispute; we will call Monday.',
    'Hartwell & Diaz: the wallet statements show the crypto your mentor sold you; bring them Monday.',
    'Hartwell & Diaz: the protective order covers the man you matched with on the dating app.',
    'Hartwell & Diaz: your SSN was verified by the agency; the hearing is on Monday.',
    'Hartwell & Diaz: write the number on the back of your ticket on the form, then sign it.',
    'Hartwell & Diaz: anote el código del reverso de su permiso de trabajo en la solicitud.',
    'Hartwell & Diaz: your employer made you buy the starter kit; we added it to your wage claim.',
    'Hartwell & Diaz: el patrón le hizo pagar el kit de trabajo, y lo incluimos en su reclamo de salarios.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text, { firmPhoneNumbers: ['(512) 555-0147'] })).toEqual([]);
  });
});

describe('phishing-language: the twelfth round of shapes, in both languages', () => {
  it.each([
    // A prepaid card bought by its network's name.
    [
      'riskyPayment',
      'warning',
      'Settle it today: buy a prepaid Mastercard for $500 and text us the back.',
      'buy a prepaid Mastercard',
    ],
    [
      'riskyPayment',
      'warning',
      'Compre una tarjeta prepagada de $300 y mándenos el número.',
      'Compre una tarjeta prepagada',
    ],
    // The rental's race to pay first, the place held by a payment, paid before it is seen.
    [
      'rentalScam',
      'warning',
      'Three families asked already. The first person to pay gets it.',
      'first person to pay gets it',
    ],
    [
      'rentalScam',
      'warning',
      'Hay mucha demanda: el primero en depositar se la queda.',
      'el primero en depositar se la queda',
    ],
    ['rentalScam', 'warning', 'Aparte su casa hoy con $300 y le mando el contrato.', 'Aparte su casa hoy con $300'],
    [
      'rentalScam',
      'warning',
      'Reserve the apartment with $200 today and it is yours.',
      'Reserve the apartment with $200',
    ],
    [
      'rentalScam',
      'warning',
      'Deposite el primer mes antes de verla, estoy fuera.',
      'Deposite el primer mes antes de verla',
    ],
    // The wrong-number stranger's friendship and private app; the repayment on arrival.
    ['wrongNumberScam', 'warning', 'Oops, not Kevin? Well, can we be friends anyway?', 'can we be friends'],
    ['wrongNumberScam', 'warning', 'Qué pena, me equivoqué. ¿Podemos ser amigas?', 'Podemos ser amigas'],
    [
      'wrongNumberScam',
      'warning',
      'So nice to hear back, would love to reconnect on Telegram.',
      'reconnect on Telegram',
    ],
    [
      'newNumberScam',
      'warning',
      'Please help me with the fare, I will repay you once I land.',
      'I will repay you once I land',
    ],
    ['newNumberScam', 'warning', 'Mándame $500 para el vuelo, te pago cuando regrese.', 'te pago cuando regrese'],
    // The card's bank with its last digits.
    [
      'accountAlert',
      'warning',
      "Reply with your bank's name and the last 4 digits of your card.",
      "bank's name and the last 4 digits of your card",
    ],
    [
      'accountAlert',
      'warning',
      'Envíe el nombre de su banco y los últimos 4 dígitos de la tarjeta.',
      'nombre de su banco y los últimos 4 dígitos de la tarjeta',
    ],
    // A relabel charge; a recruiter on a private app by handle; a card verified on the call back.
    ['deliveryScam', 'warning', 'FedEx: your box needs a $1.10 relabel payment today.', 'relabel payment'],
    ['deliveryScam', 'warning', 'DHL: su paquete tiene un cargo de reetiquetado de $2.', 'cargo de reetiquetado'],
    [
      'jobScam',
      'warning',
      'Easy remote tasks, $250 a day. Contact @lily_hr on Telegram.',
      'Contact @lily_hr on Telegram',
    ],
    ['jobScam', 'warning', 'Trabajo en línea, $200 al día. Escríbanos por Telegram.', 'Escríbanos por Telegram'],
    [
      'subscriptionScam',
      'warning',
      'Su plan se renovó. Responda NO y le llamamos para verificar su tarjeta.',
      'llamamos para verificar su tarjeta',
    ],
    // Forgiveness sold for a fee.
    [
      'advanceFee',
      'warning',
      'We enroll you in loan forgiveness for a one-time $299 fee.',
      'forgiveness for a one-time $299 fee',
    ],
    ['advanceFee', 'warning', 'Obtenga la condonación por un pago único de $200.', 'condonación por un pago único'],
  ] as const)('%s %s: %s', (messageId, severity, text, phrase) => {
    expect(
      checkRule(rule, text).map((finding) => ({
        messageId: finding.messageId,
        severity: finding.severity,
        start: finding.start,
        end: finding.end,
      })),
    ).toContainEqual({ messageId, severity, ...at(text, phrase) });
  });

  it.each([
    // The same words in a firm's texts: a scam reported, a loan repaid later, a bankruptcy list's
    // accounts, a free workshop, a court's hold, forgiveness that costs nothing, friends as witnesses.
    'Hartwell & Diaz: the scammer had your father buy a prepaid Visa; we reported it to the FTC.',
    'Hartwell & Diaz: el estafador le pidió comprar una tarjeta prepagada; lo reportamos a la FTC.',
    'Hartwell & Diaz: his ex said she would pay the loan back when she gets her tax refund.',
    'Hartwell & Diaz: for the bankruptcy list, send the bank name and the last 4 of each account.',
    'Hartwell & Diaz: aparte su lugar para el taller gratuito del sábado.',
    'Hartwell & Diaz: the court will hold the house with the lis pendens until trial.',
    'Hartwell & Diaz: the PSLF forgiveness application is free; we never charge a fee for it.',
    'Hartwell & Diaz: sus amigos pueden ser testigos en la audiencia del lunes.',
    'Hartwell & Diaz: the tenants who paid first got their deposits back; yours is next.',
    'Hartwell & Diaz: the reprint charge for the certified copy is $5 at the clerk office.',
    "Hartwell & Diaz: we'll call you to confirm your card payment for the filing fee.",
    'Hartwell & Diaz: la aseguradora le llamará para confirmar su tarjeta de beneficios.',
    'Hartwell & Diaz: the scammer asked you to message him on Telegram; we reported the account.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text, { firmPhoneNumbers: ['(512) 555-0147'] })).toEqual([]);
  });
});

describe('phishing-language: case words across a semicolon do not excuse urgency', () => {
  // A semicolon ends the clause case words reach; a colon or a dash joins it, and urgency needs a
  // named day beside the case words anyway (a legal deadline).
  it.each(['Act now; your case is approved', 'Act now: your case is approved', 'Act now - your case is approved'])(
    'a warning: %s',
    (text) => {
      expect(checkRule(rule, text).map((finding) => finding.severity)).toContain('warning');
    },
  );
});

describe('phishing-language: the thirteenth round of shapes, in both languages', () => {
  it.each([
    // A remittance service by name, and a transfer with the amount or the payee's name between.
    [
      'riskyPayment',
      'warning',
      'Tía, mándalo a mi primo por Western Union, porfa.',
      'mándalo a mi primo por Western Union',
    ],
    ['riskyPayment', 'warning', 'Envíe $250 de anticipo por Xoom y le confirmo.', 'Envíe $250 de anticipo por Xoom'],
    ['riskyPayment', 'warning', 'Please send the $300 by Remitly today.', 'send the $300 by Remitly'],
    ['riskyPayment', 'warning', 'Please send it via Remitly to #4471 today.', 'send it via Remitly'],
    // The account named later over a chat app.
    [
      'riskyPayment',
      'warning',
      'Transfiera el saldo a la cuenta que le daremos por Telegram.',
      'cuenta que le daremos por Telegram',
    ],
    [
      'riskyPayment',
      'warning',
      "Pay the balance to the account we'll text you on WhatsApp.",
      "account we'll text you on WhatsApp",
    ],
    // The money mule's job.
    [
      'jobScam',
      'warning',
      'Trabajo fácil: recibe pagos de nuestros compradores en tu cuenta personal y quédate el 5%.',
      'recibe pagos de nuestros compradores en tu cuenta',
    ],
    [
      'jobScam',
      'warning',
      'Remote role: you will accept transfers from our clients into your account and keep 8%.',
      'accept transfers from our clients into your account',
    ],
    // The Social Security number asked for by text; the overpayment asked back; a same-day toll penalty.
    ['accountAlert', 'warning', 'To start Monday, just text me your full SSN tonight.', 'text me your full SSN'],
    [
      'accountAlert',
      'warning',
      'Para el trámite, mándame tu número de Seguro Social hoy.',
      'mándame tu número de Seguro Social',
    ],
    [
      'paymentReversal',
      'warning',
      'My bank sent you too much. Could you please send the extra $200 back today?',
      'Could you please send the extra $200 back',
    ],
    ['tollScam', 'warning', 'Peaje pendiente: recargo de $35 si no liquida hoy.', 'recargo de $35 si no liquida hoy'],
    // The stranger asking where the reader writes from.
    ['wrongNumberScam', 'warning', 'Perdón, no te conozco, ¿de dónde me escribes?', 'de dónde me escribes'],
    [
      'wrongNumberScam',
      'warning',
      'Sorry, I think I have the wrong name. Where are you texting me from?',
      'Where are you texting me from',
    ],
  ] as const)('%s %s: %s', (messageId, severity, text, phrase) => {
    expect(
      checkRule(rule, text).map((finding) => ({
        messageId: finding.messageId,
        severity: finding.severity,
        start: finding.start,
        end: finding.end,
      })),
    ).toContainEqual({ messageId, severity, ...at(text, phrase) });
  });

  it.each([
    // The same words in a firm's texts: a client paid by a remittance service, a client's deposit,
    // a firm asking where to mail, a client's own account, a firm's own channel.
    'Hartwell & Diaz: su patrón le pagaba por Remitly; guarde esos recibos para el reclamo.',
    'Hartwell & Diaz: the settlement funds will be deposited into your account on Friday.',
    'Hartwell & Diaz: usted recibirá el pago del seguro en su cuenta el viernes.',
    'Hartwell & Diaz: ¿de dónde nos escribe? Solo atendemos casos en Texas.',
    'Hartwell & Diaz: where are you texting us from? We only handle Texas cases.',
    'Hartwell & Diaz: le daremos el número de caso por teléfono.',
    'Hartwell & Diaz: never text us your SSN; bring the card to the office.',
    'Hartwell & Diaz: no nos mande su número de Seguro Social por mensaje; tráigalo a la cita.',
    'Hartwell & Diaz: we will refund the extra $200 back to your card this week.',
    'Hartwell & Diaz: el juez puso una multa de $100; si no paga hoy, llámenos.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text, { firmPhoneNumbers: ['(512) 555-0147'] })).toEqual([]);
  });
});

describe("phishing-language: the thirteenth round's anti-fraud notices, quiet, beside the scams they describe", () => {
  it.each([
    // The notice's verdict on what it describes, and an agency's word that it does not text.
    'Le dejaron un papel diciendo que pague la multa con tarjetas de regalo. Es falso: el juzgado no cobra así.',
    'Someone left a note saying the court wants the bond paid with gift cards. That is false: the court never takes gift cards.',
    'Le llegó un mensaje de que debe pagar la multa con tarjetas de regalo. No es cierto, el juzgado no cobra así.',
    'The IRS will never text you about a nonresponse penalty. Call us if you get one.',
    'The Census Bureau does not text you about a nonresponse fine; tell us if someone does.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text, { firmPhoneNumbers: ['(512) 555-0147'] })).toEqual([]);
  });

  it.each([
    // The same words with the scam's own number or link: no notice sends the reader elsewhere.
    [
      'Pague la fianza con tarjetas de regalo hoy. Es falso que pueda esperar. Llame al 210-555-0199.',
      'Pague la fianza con tarjetas de regalo',
      'riskyPayment',
    ],
    [
      'Pay the bond with gift cards today. Rumors it is false are wrong. Call 210-555-0188.',
      'Pay the bond with gift cards',
      'riskyPayment',
    ],
    [
      'We will not text you about this again: pay the nonresponse fine at census-pay.net today.',
      'nonresponse fine',
      'governmentScam',
    ],
  ] as const)('%s', (text, phrase, messageId) => {
    expectWarningAmong(text, phrase, messageId);
  });
});

describe('the fourteenth round: codes asked back, payments to a card or account number, fees to release a parcel, and more', () => {
  it.each([
    // A one-time code asked back as a question, or with its length between.
    [
      "hey its the courier, left your parcel next door. they need a code to release it, what's the 6-digit code we just sent you?",
      "what's the 6-digit code we just sent",
      'accountAlert',
    ],
    [
      'Amazon driver here. What is the 4 digit number I just texted you? Need it to drop off your package.',
      'What is the 4 digit number I just texted',
      'accountAlert',
    ],
    [
      'Meta Security: someone is logging in from a new phone. Send us the 6-digit code you will receive to block them.',
      'Send us the 6-digit code',
      'accountAlert',
    ],
    // A payment to a card or account number given in the text.
    [
      'DHL: su paquete está retenido. Transfiera $120 a la cuenta 0144 2233 5566 y mande foto del comprobante.',
      'Transfiera $120 a la cuenta 0144',
      'riskyPayment',
    ],
    [
      'FedEx: your parcel is on hold for a $4.99 fee. Transfer the fee to account 4471 2290 3381 and text a photo of the receipt.',
      'Transfer the fee to account 4471',
      'riskyPayment',
    ],
    [
      'Help the flood families! Send your donation to the card 5579 0901 2231 4456 today.',
      'Send your donation to the card 5579',
      'riskyPayment',
    ],
    // The apps of Spanish-speaking clients' home banks, and money "sent by mistake" through them.
    ['Envíe $50 por Nequi para liberar su envío.', 'Envíe $50 por Nequi', 'riskyPayment'],
    [
      'Hola, perdón, le envié $200 por ATH Móvil por equivocación. ¿Me los puede devolver?',
      'envié $200 por ATH Móvil por equivocación',
      'paymentReversal',
    ],
    [
      'Oye, te deposité $500 por Yape por error, devuélvemelo porfa.',
      'deposité $500 por Yape por error',
      'paymentReversal',
    ],
    // A parcel's fee, or back it goes; a romance contact's box of savings held for customs.
    [
      'Your package is stuck at the depot. Pay $2.99 today or it returns to sender.',
      'or it returns to sender',
      'deliveryScam',
    ],
    ['Su paquete pesa de más. Pague $25 de aduana para que se lo entreguen.', 'Pague $25 de aduana', 'deliveryScam'],
    [
      'My love, I sent you a box with my savings. You just have to pay customs.',
      'box with my savings',
      'wrongNumberScam',
    ],
    ['Amor, te mandé una maleta con mis joyas; solo paga el envío.', 'maleta con mis joyas', 'wrongNumberScam'],
    // Voter registration "inactive", and the last digits of the SSN asked after another detail.
    [
      'Elections Office: your voter status was flagged inactive. Reply with your name to stay registered.',
      'voter status was flagged',
      'governmentScam',
    ],
    [
      'Oficina Electoral: su registro de votante está inactivo. Llame hoy.',
      'registro de votante está inactivo',
      'governmentScam',
    ],
    // A fake fraud alert's charge "tried", and the agent who calls to "secure" the card.
    [
      'Chase: Did you attempt a $980.00 purchase at Walmart? Reply YES or NO.',
      'Did you attempt a $980.00 purchase',
      'accountAlert',
    ],
    [
      'Wells Fargo: an agent will call you to secure your account. Keep your phone nearby.',
      'agent will call you to secure your account',
      'accountAlert',
    ],
    [
      'BBVA: ¿Realizó una compra de $5,400 en Liverpool? Responda SI o NO.',
      'Realizó una compra de $5,400',
      'accountAlert',
    ],
    // A job paid for first.
    [
      'Remote data entry job. You must pay $89 for your certification before your first shift.',
      'pay $89 for your certification before your first shift',
      'jobScam',
    ],
    [
      'Trabajo desde casa, $500 a la semana. Antes de iniciar debe pagar el curso de capacitación de $60.',
      'Antes de iniciar debe pagar el curso',
      'jobScam',
    ],
    // The crew sent to cut the power, and the Spanish cut "scheduled" ("el corte" is no court).
    [
      'PG&E: a disconnection crew is on the way to your home. Pay $240 now at 415-555-0199 to stop it.',
      'disconnection crew',
      'utilityScam',
    ],
    [
      'CFE: el personal de corte llegará hoy. Pague $850 al 800-555-0144 para evitarlo.',
      'personal de corte',
      'utilityScam',
    ],
    [
      'LUMA: el corte está programado para hoy a las 3:00 p.m. Evite la desconexión pagando en línea.',
      'Evite la desconexión',
      'utilityScam',
    ],
    // Collecting for a disaster's victims, in Spanish.
    [
      'Estamos recaudando para los damnificados del huracán, done lo que pueda.',
      'recaudando para los damnificados',
      'charityScam',
    ],
    ['Juntamos dinero para las familias afectadas por el sismo.', 'Juntamos dinero para las familias', 'charityScam'],
    // Student loan help for a fee.
    [
      'Student Aid Center: we can consolidate your loans for a $499 fee. Call 888-555-0132.',
      'consolidate your loans for a $499 fee',
      'advanceFee',
    ],
    [
      'Podemos consolidar sus préstamos estudiantiles por una cuota de $399. Llame al 800-555-0120.',
      'consolidar sus préstamos estudiantiles por una cuota de $399',
      'advanceFee',
    ],
    // After the wrong number, the small talk.
    [
      'Hi! Is this Mike from the gym? Oh sorry wrong number. I could use some new friends around here though.',
      'could use some new friends around here',
      'wrongNumberScam',
    ],
    ['Perdón, número equivocado. Me llamo Karla y vivo en Dallas.', 'Me llamo Karla y vivo en', 'wrongNumberScam'],
    ['Ay, perdón, me equivoqué. ¿Usted de dónde es?', 'Usted de dónde es', 'wrongNumberScam'],
  ] as const)('%s', (text, phrase, messageId) => {
    expectWarningAmong(text, phrase, messageId);
  });

  it.each([
    // The firm's own payment instructions to its own account.
    'Hartwell & Diaz: please deposit the retainer into our IOLTA trust account 4471 2290 3381 and text us a photo of the receipt.',
    'Hartwell & Diaz: haga la transferencia a la cuenta fiduciaria del despacho 0721 8050 1927 y mande foto del comprobante.',
    // The firm's warning about the scam.
    'Hartwell & Diaz: a text is going around asking people to send donations to a card number for flood victims. It is a scam; do not send money.',
    'Hartwell & Diaz: si le piden depositar a la tarjeta 5579 0901 2231 4456 por un paquete, es una estafa. No pague.',
    'Hartwell & Diaz: we texted you a code for the portal; log in there, never share it with anyone.',
    // The same words in a case.
    'Hartwell & Diaz: the utility disconnect notice is void while the eviction case is pending.',
    'Hartwell & Diaz: el corte de luz que le amenazó el casero es ilegal; lo vemos en la audiencia del martes.',
    'Hartwell & Diaz: la corte programó la audiencia para hoy a las 3 p.m.',
    'Hartwell & Diaz: your student loan garnishment hearing is Tuesday. There is no fee to request it.',
    'Hartwell & Diaz: what is the case number on the notice the court sent you?',
    'Hartwell & Diaz: your employer wants you to pay for the forklift certification before you start. That may violate the wage law.',
    'Hartwell & Diaz: ¿De qué país es usted? Lo necesitamos para la solicitud de asilo.',
    'Hartwell & Diaz: the voter registration form for your name change is in the portal.',
    'Hartwell & Diaz: the USCIS officer will ask why your voter registration was cancelled in 2019.',
    'Hartwell & Diaz: debe pagar $200 de impuestos al IRS antes del 15 de abril.',
    'Hartwell & Diaz: the package from the court came back to us; we will send it again.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text, { firmPhoneNumbers: ['(512) 555-0147'] })).toEqual([]);
  });
});

describe("phishing-language: the thirteenth round's shapes (card details, ID kits, store deposits, process servers, old contacts)", () => {
  it.each([
    // The card's last digits with its billing ZIP, asked for.
    [
      'Your order is on hold. Reply with the last 4 of your card and your billing zip to release it.',
      'Reply with the last 4 of your card and your billing',
      'accountAlert',
    ],
    [
      'Reply with your billing zip and the last 4 of the card you paid with.',
      'Reply with your billing zip and the last 4',
      'accountAlert',
    ],
    [
      'Para reprogramar la entrega mándeme los últimos 4 dígitos de su tarjeta y su código postal.',
      'mándeme los últimos 4 dígitos de su tarjeta y su código postal',
      'accountAlert',
    ],
    // A picture of the card's two sides.
    [
      'Send a photo of your card front and back so we can process the refund.',
      'photo of your card front',
      'accountAlert',
    ],
    [
      'Text us pictures of the front and back of your card to reverse the double charge.',
      'pictures of the front and back of your card',
      'accountAlert',
    ],
    [
      'Mande una foto de su tarjeta por ambos lados para la devolución.',
      'foto de su tarjeta por ambos lados',
      'accountAlert',
    ],
    ['Envíe foto de su tarjeta de débito para el reembolso.', 'foto de su tarjeta de débito', 'accountAlert'],
    // The Social Security number with a picture of an ID.
    [
      "You're hired! Text your SSN and a photo of your driver's license so we can start you Monday.",
      "SSN and a photo of your driver's license",
      'accountAlert',
    ],
    [
      'Mándame una foto de tu identificación y tu número de Seguro Social para el contrato.',
      'foto de tu identificación y tu número de Seguro Social',
      'accountAlert',
    ],
    // Cash deposited at a store.
    [
      'Deposite $450 en cualquier OXXO a la tarjeta que le mando y responda con foto del ticket.',
      'Deposite $450 en cualquier OXXO',
      'riskyPayment',
    ],
    ['Pague la tarifa de liberación en OXXO hoy mismo.', 'Pague la tarifa de liberación en OXXO', 'riskyPayment'],
    [
      'Load $300 in cash at any Walmart to the card below to release your package.',
      'Load $300 in cash at any Walmart',
      'riskyPayment',
    ],
    // The process server's threat, with the sender's own number.
    [
      "Sheriff's office: a writ is out for your arrest. To avoid arrest at your workplace call 210-555-0143 now.",
      'avoid arrest at your workplace',
      'governmentScam',
    ],
    [
      'Process server notice: pay a $350 bond today to avoid being served at work. Call 888-555-0190.',
      'pay a $350 bond today to avoid being served',
      'governmentScam',
    ],
    [
      'Para evitar que lo notifiquen en su trabajo, deposite la fianza hoy. Llame al 956-555-0110.',
      'evitar que lo notifiquen en su trabajo',
      'governmentScam',
    ],
    // An old contact's number checked by her name alone.
    ['hey is this still Dana? it is Mei from the retreat', 'is this still Dana', 'wrongNumberScam'],
    ["Is this still Dana Reyes? It's Mei from the yoga retreat!", 'Is this still Dana Reyes', 'wrongNumberScam'],
    [
      'Hola, ¿todavía es el número de Karla? Soy Luis, del curso de inglés.',
      'todavía es el número de',
      'wrongNumberScam',
    ],
  ] as const)('%s', (text, phrase, messageId) => {
    expectWarningAmong(text, phrase, messageId);
  });

  it.each([
    // The firm's warning about the scam.
    'Hartwell & Diaz: we will never ask for the last 4 of your card or your billing zip by text.',
    'Hartwell & Diaz: nunca le pediremos los últimos 4 dígitos de su tarjeta ni su código postal por mensaje.',
    'Hartwell & Diaz: no mande fotos de su tarjeta por ambos lados a nadie; es una estafa.',
    "Hartwell & Diaz: never text anyone your Social Security number and a photo of your license; real employers don't ask that way.",
    // The same words in a case.
    'Hartwell & Diaz: the thief used the last 4 of your card and your billing zip; we reported it to the bank.',
    'Hartwell & Diaz: send us a photo of the front and back of your green card.',
    'Hartwell & Diaz: mándenos foto de su tarjeta de residente por ambos lados.',
    'Hartwell & Diaz: traiga su tarjeta de Seguro Social y una copia de su licencia a la cita del lunes.',
    'Hartwell & Diaz: to avoid being served at your job, we can accept service for you. Call us at (512) 555-0147.',
    'Hartwell & Diaz: para evitar que lo notifiquen en su trabajo, podemos aceptar la notificación. Llámenos al (512) 555-0147.',
    'Hartwell & Diaz: you can pay the court fine in cash at any 7-Eleven with the PayNearMe code on your ticket.',
    'Hartwell & Diaz: deposit the settlement check at your bank, not at a Walmart kiosk.',
    // The firm checking a client's number.
    'Hartwell & Diaz: is this still Maria Lopez? We have a question about your lease.',
    'Is this still Maria’s number? We have a question about your lease.',
    'Is this still OK?',
    'Is this still Friday?',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text, { firmName: 'Hartwell & Diaz', firmPhoneNumbers: ['(512) 555-0147'] })).toEqual([]);
  });
});

describe("phishing-language: the fourteenth round's shapes in a firm's ordinary texts, beside the scams they still catch", () => {
  it.each([
    // A payment asked about, or a withdrawal from a joint account, with no alert's reply.
    'Did you try to make the $450 payment online? The portal shows it did not go through.',
    "Did you make the $300 payment to the clerk? We don't see it on the docket.",
    '¿Hizo un retiro de $5,000 de la cuenta conjunta antes de la separación?',
    '¿Realizó una compra de $2,000 con la tarjeta de su esposo? El juez lo va a preguntar.',
    // The bank's agent, unnamed, after a stolen card.
    'La asesora del banco le llamará para bloquear su tarjeta robada; después mándenos el reporte de policía.',
    // Shipping, a certified letter's return and a towed car's release, with no parcel.
    'Please pay the $35 shipping fee for the certified copies so the clerk can mail them.',
    'Recoja la carta certificada en el correo antes del viernes o se regresa al remitente.',
    'Pick up the certified letter at the post office by Friday or it returns to the sender.',
    'Pague $40 de liberación del vehículo en el corralón; el juez ya firmó la orden.',
    'Su carro sigue en el corralón; no lo podemos sacar del almacén sin el título.',
    // Where a client is from, and a new assistant's name, with no wrong number.
    'Me llamo Ana y soy la asistente del licenciado Diaz. ¿De dónde es usted? Lo necesitamos para el formulario.',
    'Where are you from originally? The asylum form asks for your country of birth.',
    '¿De dónde eres tú? El formulario de asilo pide tu país de nacimiento.',
    'My name is Ana and I live in Austin, so I can meet you at the courthouse.',
    'Hola, me llamo Ana y vivo en Austin; soy la nueva asistente del despacho.',
    "The police kept the box with my client's jewelry as evidence.",
    // A shut-off told, with no way to pay it off.
    'If a disconnection technician comes, do not let them in and call us; your utility case is pending.',
    'El corte de agua está programado para hoy; el casero no puede hacerlo durante el juicio.',
    // The papers of the families affected, gathered for a class action.
    'Ya reunimos la información de los afectados del accidente para la demanda colectiva.',
    'Estamos juntando a los afectados por la explosión para una demanda colectiva.',
    'Reunimos los documentos de las familias afectadas por el desalojo; la audiencia es el lunes.',
    'Recaudamos las declaraciones de las víctimas para el fiscal.',
    // The firm's own fee, payable through its portal, and a garnishment's debt.
    'We can fight the wage garnishment for a $750 fee, payable through our portal.',
    'Le aplicaron un embargo por un pago de $1,200 que no hizo; lo impugnamos el martes.',
    // A payment to an account asked about, ordered of a party, passed on, or confirmed by phone.
    'Did you send the $600 payment to account 4471 at Chase, or to the landlord directly?',
    'The court ordered him to deposit the support payments into account 3381 at the state disbursement unit.',
    'El juez ordenó que su exesposo deposite la manutención en la cuenta 0721 8050 del estado.',
    'Please ask the tenant to send the rent to account 2231 at the bank; the landlord agreed.',
    // A court-ordered class paid for first.
    'The court requires a parenting course; you pay the course fee first, then send us the certificate.',
    // A registration a move made inactive, and the last digits a firm asks to find a file.
    'Your voter registration was marked inactive after you moved. Please update it before the March election.',
    'Su registro de votante puede estar inactivo si se mudó; actualícelo en el condado.',
    'Reply with your full name and the last 4 of your SSN so we can find your file.',
    // A number that comes on a letter, not by text; household goods through a customs broker.
    'Send us the 6-digit code from the IRS letter so we can file your return.',
    'What is the 10-digit number we sent you in the engagement letter? Use it as your portal ID.',
    'Please pay the $25 customs clearance fee to the broker so your household goods can be released.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text, { firmPhoneNumbers: ['(512) 555-0147'] })).toEqual([]);
  });

  it.each([
    [
      'Did you try to make a $450 payment at Best Buy? Reply 1 if yes, 2 if no.',
      'Did you try to make a $450 payment',
      'accountAlert',
    ],
    ['¿Realizó una compra de $2,000 en Liverpool? Responda SI o NO.', 'Realizó una compra de $2,000', 'accountAlert'],
    ['Your package is held at customs. Pay the $4.99 shipping fee at usps-track.info', 'shipping fee', 'deliveryScam'],
    ['Recoja su paquete hoy o se regresa al remitente.', 'o se regresa al remitente', 'deliveryScam'],
    ['Your item #US9924 is waiting in customs clearance. Pay $1.99 today.', 'customs clearance', 'deliveryScam'],
    ['Ay, perdón, número equivocado. ¿De dónde es usted?', 'De dónde es usted', 'wrongNumberScam'],
    ['Oops, wrong number! My name is Lena and I live in Austin.', 'My name is Lena and I live in', 'wrongNumberScam'],
    [
      'Please send the $200 to account 0144 2233 5566 today to release your refund.',
      'send the $200 to account 0144',
      'riskyPayment',
    ],
    [
      'Your voter registration was flagged inactive. Reply YES to stay registered.',
      'voter registration was flagged',
      'governmentScam',
    ],
    [
      'Recaudamos dinero para los damnificados del huracán. Done al 800-555-0131.',
      'Recaudamos dinero para los damnificados',
      'charityScam',
    ],
  ] as const)('%s', (text, phrase, messageId) => {
    expectWarningAmong(text, phrase, messageId);
  });
});

describe("phishing-language: the thirteenth round's shapes beside a firm's own errands (T13e review)", () => {
  it.each([
    // The scam's shape stays flagged: the ID kit asked by text, an old contact's name beside a stranger's link.
    [
      "Text your SSN and a photo of your driver's license so we can start you Monday. Bring your own laptop.",
      "SSN and a photo of your driver's license",
      'accountAlert',
    ],
    [
      'Is this still Dana? Your case with the court is closed, claim your refund at bit.ly/x',
      'Is this still Dana',
      'wrongNumberScam',
    ],
    [
      'Hola, ¿todavía es el número de Karla? Soy Luis, del curso de inglés.',
      'todavía es el número de',
      'wrongNumberScam',
    ],
  ] as const)('%s', (text, phrase, messageId) => {
    expectWarningAmong(text, phrase, messageId);
  });

  it.each([
    // A client's number checked beside her case, with or without the firm's name.
    'Is this still Maria? We have news on her case. Please call our office.',
    'Hi, is this still Maria Lopez? This is Ana from the law office about your case.',
    '¿Todavía es el número de María Pérez? Tenemos noticias de su caso.',
    '¿Sigue siendo el número de la señora López? Le llamamos de la oficina del abogado.',
    'Hola, ¿todavía es el número de Juan? Soy Ana, la asistente del licenciado. Su audiencia es el lunes.',
    // Papers brought to the intake.
    "Please bring your Social Security number and a copy of your driver's license to the appointment on Monday.",
    'Traiga a la cita su número de Seguro Social y copia de su pasaporte.',
    // A card's details for the client's own dispute, or given to the firm's office by phone.
    'The fraud charge was made on your card. Please confirm the last 4 digits of the card and the billing zip on the bank letter so we can file the dispute.',
    'Hartwell & Diaz: never text us your card number. To verify a payment by phone, give our billing office the last 4 of your card and billing zip only.',
    // A fine, support or a fee paid at a store, with its official slip or its case.
    'Puede pagar la multa de tránsito en OXXO con la línea de captura que le enviamos.',
    'Para pagar los derechos del acta mexicana, pague en OXXO con la hoja de ayuda del registro civil.',
    'Hartwell & Diaz: la pensión alimenticia se puede depositar en Elektra a la cuenta del DIF que indica la sentencia.',
    'If you have no bank account, you can load your settlement funds at any Walmart onto the prepaid card we mailed.',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text, { firmName: 'Hartwell & Diaz' })).toEqual([]);
  });
});
