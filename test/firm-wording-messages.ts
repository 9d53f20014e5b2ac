/*
 * Ordinary texts a US law firm sends its own clients, written by helper H6 in issue 10's accuracy
 * round, for the firm settings below. Each states what the checker must not report: "error" (no
 * error from any rule) and/or rule ids that must not fire at all (no error, no warning). Not an
 * independent measure: the author had read the rules before writing them. Names, amounts, numbers
 * and case numbers are made up; phone numbers use 555-01xx.
 */

export interface FirmWordingMessage {
  area: string;
  lang: 'en' | 'es';
  text: string;
  mustNot: readonly string[];
}

export const FIRM_WORDING_SETTINGS = {
  firmName: 'Hartwell & Diaz',
  firmDomains: ['hartwelldiaz.com'],
  termsUrl: 'https://hartwelldiaz.com/sms-terms',
  firmPhoneNumbers: ['(415) 555-0134'],
};

const E = ['error'] as const;
const EW = ['error', 'forbidden-content', 'phishing-language'] as const;
const CAPS = ['error', 'all-caps'] as const;
const GOV_LINK = ['error', 'link-domain-not-firm'] as const;

const en = (area: string, text: string, mustNot: readonly string[] = E): FirmWordingMessage => ({
  area,
  lang: 'en',
  text,
  mustNot,
});
const es = (area: string, text: string, mustNot: readonly string[] = E): FirmWordingMessage => ({
  area,
  lang: 'es',
  text,
  mustNot,
});

export const FIRM_WORDING_MESSAGES: readonly FirmWordingMessage[] = [
  // personal injury
  en(
    'personal-injury',
    'Hi Marcus, this is Hartwell & Diaz. Your deposition is set for Tuesday 4/22 at 10am at our Market St office. Reply C to confirm or call (415) 555-0134 to reschedule.',
  ),
  en(
    'personal-injury',
    'Good news: the insurer accepted the settlement offer of $42,500. We will call you today to walk through the release before you sign it.',
    EW,
  ),
  en(
    'personal-injury',
    'Your settlement check cleared our trust account. You can pick up your share on Friday after 2pm, or we can mail it. Which do you prefer?',
    EW,
  ),
  en(
    'personal-injury',
    'Please send photos of your injuries and the damage to your car to records@hartwelldiaz.com or upload them at https://hartwelldiaz.com/upload.',
  ),
  en(
    'personal-injury',
    'Reminder: keep all receipts for prescriptions, physical therapy and mileage to your appointments. They are part of your claim for damages.',
    EW,
  ),
  en(
    'personal-injury',
    'The adjuster asked for a recorded statement. Please do not speak with them directly; refer any calls to us at (415) 555-0134.',
    EW,
  ),
  en(
    'personal-injury',
    'The jury returned a verdict in your favor and awarded $310,000. We will explain the next steps, including the chance of an appeal, at Monday 9am.',
    EW,
  ),
  en(
    'personal-injury',
    'Your medical liens total $8,940. We are negotiating them down before we distribute the settlement funds.',
    EW,
  ),
  en(
    'personal-injury',
    'Mediation in your dog bite case is confirmed for May 6, 9:30am, via Zoom. The link will come by email the day before.',
  ),
  en(
    'personal-injury',
    'The other driver was cited for DUI. The police report is attached to your portal at https://hartwelldiaz.com/portal.',
    EW,
  ),
  en(
    'personal-injury',
    "Your slip and fall at the casino parking garage: the casino's insurer denied the claim. We plan to file suit before the deadline on 8/30.",
    EW,
  ),
  en(
    'personal-injury',
    'Did you miss any work because of the accident? Reply with the dates and your hourly pay so we can claim your lost wages.',
    EW,
  ),
  en(
    'personal-injury',
    'Free consultation follow-up: thanks for meeting with us about your crash. Our contingency fee is 33% if we recover and nothing if we do not.',
    EW,
  ),
  // family
  en(
    'family',
    'Your custody hearing is on June 12 at 8:30am, Dept 24, 400 McAllister St. Please arrive 30 minutes early and bring the school records.',
  ),
  en('family', 'We received the signed parenting plan. The judge should sign the order within two weeks.'),
  en(
    'family',
    "Your spouse's financial disclosure lists $23,000 in gambling debts from online sports betting. We will ask the court to assign those debts to him.",
    EW,
  ),
  en(
    'family',
    "Please bring your last three pay stubs and 2024 tax return to Thursday's meeting so we can calculate child support.",
  ),
  en(
    'family',
    'The mediator proposed that you keep the house and he keeps his 401(k). Can you call us today to discuss before we respond?',
  ),
  en(
    'family',
    'Reminder: your co-parenting class is due before the 5/2 hearing. Send us the completion certificate when you have it.',
  ),
  en(
    'family',
    'The court granted the temporary restraining order. A copy is in your portal. Call 911 if he comes within 100 yards.',
    EW,
  ),
  en(
    'family',
    "Your ex's lawyer says he won $15,000 on a lottery ticket last year. That is community property and we will claim half.",
    EW,
  ),
  en(
    'family',
    'Your retainer balance is $1,250. We will send a monthly statement; reply BILL if you want it by text instead of email.',
    CAPS,
  ),
  en(
    'family',
    'Spousal support was set at $1,800 a month starting July 1. Payments go through the state disbursement unit, not to you directly.',
    EW,
  ),
  en('family', 'Please do not post about the divorce on social media. Anything you post can be used in court.'),
  en('family', 'The adoption hearing is confirmed for 3/28 at 2pm. Family and friends are welcome to attend.'),
  // immigration
  en(
    'immigration',
    'Your I-130 petition was approved. The case now moves to the National Visa Center. We will text you when they send the fee notice.',
    EW,
  ),
  en(
    'immigration',
    'Your biometrics appointment is 5/9 at 8am at the San Francisco ASC. Bring the appointment notice and your passport.',
    CAPS,
  ),
  en(
    'immigration',
    'Your green card interview is scheduled for 6/17 at 10:15am. We will meet you in the lobby at 9:45. Reply YES to confirm you can attend.',
    EW,
  ),
  en(
    'immigration',
    'You can check your case status at https://egov.uscis.gov/casestatus using receipt number IOE0912345678.',
    [...EW, 'link-domain-not-firm'],
  ),
  en(
    'immigration',
    'The immigration court moved your master calendar hearing to 9/3 at 1pm. This is a mandatory appearance.',
    EW,
  ),
  en('immigration', 'Please send us a copy of every page of your passport, including blank pages, before Friday.'),
  en(
    'immigration',
    'Your work permit (EAD) was approved and the card was mailed. It usually arrives in 7 to 10 days.',
    EW,
  ),
  en(
    'immigration',
    'Never pay anyone who calls saying they are from USCIS. USCIS does not ask for payment by phone or gift card. Call us at (415) 555-0134 if you get such a call.',
    EW,
  ),
  en(
    'immigration',
    'The filing fee for your naturalization application is $760. You can pay it by check to the Department of Homeland Security.',
    EW,
  ),
  en(
    'immigration',
    'Your asylum interview notice arrived. Please come in on Wednesday so we can prepare your declaration together.',
    EW,
  ),
  en(
    'immigration',
    'We need your I-94 record. You can download it from the CBP website, or we can do it for you with your passport number.',
  ),
  en(
    'immigration',
    'The consulate scheduled your visa interview. Your medical exam must be done by an approved panel physician before then.',
    EW,
  ),
  // bankruptcy
  en(
    'bankruptcy',
    'Your meeting of creditors (341 meeting) is 4/15 at 9am by phone. Have your photo ID and Social Security card ready.',
    EW,
  ),
  en(
    'bankruptcy',
    'Your Chapter 7 discharge was entered today. Your credit card debts, medical bills and the payday loan are wiped out.',
    EW,
  ),
  en('bankruptcy', 'Please send six months of bank statements and pay stubs so we can complete the means test.'),
  en(
    'bankruptcy',
    'If a creditor calls you, tell them you have filed bankruptcy and give them our number, (415) 555-0134. The automatic stay stops collection.',
    EW,
  ),
  en(
    'bankruptcy',
    'Your Chapter 13 plan payment of $412 is due on the 1st. Pay the trustee online at the link in your plan packet, not to us.',
    EW,
  ),
  en(
    'bankruptcy',
    'You earn $3,100 a month, which is under the median for a family of three, so you qualify for Chapter 7.',
    EW,
  ),
  en(
    'bankruptcy',
    'The title loan company repossessed your car before the filing. We have asked them to return it under the automatic stay.',
    EW,
  ),
  en(
    'bankruptcy',
    'You must complete the debtor education course before we can ask for your discharge. It takes about two hours online.',
    EW,
  ),
  en(
    'bankruptcy',
    'We are a debt relief agency under federal law. We help people file for bankruptcy relief under the Bankruptcy Code.',
    EW,
  ),
  en(
    'bankruptcy',
    'Your wage garnishment has stopped. Your employer should refund the amount taken after the filing date.',
    EW,
  ),
  en(
    'bankruptcy',
    'Our flat fee for your Chapter 7 is $1,500 plus the $338 court filing fee. You can pay in three installments.',
    EW,
  ),
  en('bankruptcy', 'Do not take out any new loans or credit cards until your case is closed.', EW),
  // criminal defence
  en(
    'criminal-defense',
    'Your arraignment is Monday 7/14 at 9am, Hall of Justice, Dept 12. Wear business clothes and bring this text.',
  ),
  en(
    'criminal-defense',
    'The DA offered to reduce the possession of marijuana for sale charge to simple possession. We need to talk before Friday.',
    EW,
  ),
  en(
    'criminal-defense',
    'The lab report says the pills found in your car were oxycodone without a prescription. We are asking for the chain of custody records.',
    EW,
  ),
  en(
    'criminal-defense',
    "The firearm charge was dismissed at today's hearing. The remaining count is the misdemeanor for the unregistered handgun.",
    EW,
  ),
  en(
    'criminal-defense',
    'Your bail was set at $25,000. Your family can post it through a bondsman for about 10 percent.',
    EW,
  ),
  en('criminal-defense', 'Do not discuss your case with anyone, including on jail phone calls, which are recorded.'),
  en(
    'criminal-defense',
    'Your DUI hearing with the DMV is on 8/1. We requested it within the 10-day deadline, so your license is not suspended yet.',
    EW,
  ),
  en(
    'criminal-defense',
    "The prosecutor has video from the liquor store. We will review it with you at Thursday's meeting.",
    EW,
  ),
  en(
    'criminal-defense',
    'Your probation officer wants proof of your drug treatment attendance. Please bring the sign-in sheets to court.',
    EW,
  ),
  en(
    'criminal-defense',
    'You were charged with illegal gambling for running the poker game. Do not talk to the detectives without us.',
    EW,
  ),
  en(
    'criminal-defense',
    'Your expungement petition was granted. The conviction will no longer appear on most background checks.',
    EW,
  ),
  en(
    'criminal-defense',
    'Trial starts 10/6. Please send us the names and phone numbers of any witnesses who saw what happened.',
  ),
  // estate
  en(
    'estate',
    'Your will and trust are ready to sign. Signing takes about an hour and needs two witnesses, which we provide.',
  ),
  en(
    'estate',
    "Your father's estate includes about 2.3 bitcoin in a Coinbase account. We need the login records to value it for probate.",
    EW,
  ),
  en(
    'estate',
    'The probate court appointed you executor today. We will order certified copies of the letters testamentary.',
  ),
  en(
    'estate',
    'Please gather the deed to the house, recent bank and brokerage statements, and any life insurance policies for our inventory.',
    EW,
  ),
  en(
    'estate',
    'The estate sale raised $18,400. After the funeral bill and taxes are paid, the balance will be divided among the heirs.',
    EW,
  ),
  en(
    'estate',
    'Your power of attorney and health care directive are signed and notarized. Keep the originals somewhere safe and give copies to your doctor.',
  ),
  en(
    'estate',
    'The creditor claim period ends 11/2. After that we can ask the court to approve the final distribution.',
    EW,
  ),
  en(
    'estate',
    'Your aunt left her gun collection to you. Under state law the transfer must go through a licensed dealer.',
    EW,
  ),
  en(
    'estate',
    "The IRS sent a letter about the estate's final income tax return. It is real, not a scam; we will answer it for you.",
    EW,
  ),
  en(
    'estate',
    'Trust funding checklist: retitle the house, the savings account and the brokerage account into the trust name. Details at https://hartwelldiaz.com/trust-funding',
  ),
  en(
    'estate',
    'The guardianship hearing for your mother is 2/19 at 1:30pm. The court investigator may call you before then.',
  ),
  // employment
  en(
    'employment',
    'Your wage claim was filed with the Labor Commissioner. The settlement conference is set for 6/3.',
    EW,
  ),
  en(
    'employment',
    'Your employer agreed to pay $65,000 to settle your discrimination claim. The agreement includes a confidentiality clause; call us to review it.',
    EW,
  ),
  en(
    'employment',
    'You were paid $18 an hour but worked 52 hours a week without overtime. That is about $9,000 in unpaid wages over a year.',
    EW,
  ),
  en(
    'employment',
    'Please write down dates, times and witnesses for each time your supervisor made a sexual comment. It helps your harassment claim.',
    EW,
  ),
  en(
    'employment',
    'Your EEOC right-to-sue letter arrived. We have 90 days to file in court, so the deadline is 9/15.',
    EW,
  ),
  en(
    'employment',
    'The company offered a severance of 12 weeks of pay if you sign a release. Do not sign anything until we review it.',
    EW,
  ),
  en(
    'employment',
    'Your unemployment appeal hearing is by phone on 5/20 at 11am. The judge will call the number you gave us.',
    EW,
  ),
  en(
    'employment',
    'Keep applying for jobs and save a list of each application. It shows you tried to reduce your lost income.',
    EW,
  ),
  en(
    'employment',
    'Reminder: your deposition in the wrongful termination case is Friday. Bring your work phone if you still have it.',
  ),
  en(
    'employment',
    'The class action against your former employer settled. Class members can file a claim for back pay by 12/31.',
    EW,
  ),
  // landlord-tenant
  en(
    'landlord-tenant',
    'Your landlord filed an unlawful detainer. You have 10 court days to respond, so we must file your answer by 3/20.',
    EW,
  ),
  en(
    'landlord-tenant',
    'Please send photos of the mold and copies of your repair requests to the landlord. They support your habitability defense.',
  ),
  en(
    'landlord-tenant',
    'Your Section 8 voucher covers $1,640 of the rent. The landlord cannot refuse it as a source of income.',
    EW,
  ),
  en('landlord-tenant', 'The court ordered the landlord to return $2,100 of your security deposit within 14 days.', EW),
  en(
    'landlord-tenant',
    'Keep paying the rent into a separate savings account while the repair dispute continues. Do not spend it.',
    EW,
  ),
  en(
    'landlord-tenant',
    'The eviction trial is 4/8 at 9am, Room 103. Bring your lease, rent receipts and the texts from the landlord.',
  ),
  en(
    'landlord-tenant',
    'Your landlord agreed to a move-out date of 6/30 and to waive the back rent. The agreement is in your portal to sign.',
    EW,
  ),
  en(
    'landlord-tenant',
    'Rental assistance may cover the back rent. The county program is at https://www.sf.gov/rental-assistance and we can help you apply.',
    [...EW, 'link-domain-not-firm'],
  ),
  // workers' comp
  en(
    'workers-comp',
    "Your workers' comp claim was accepted. Temporary disability checks of $740 every two weeks should start next week.",
    EW,
  ),
  en(
    'workers-comp',
    'Your QME exam is 7/7 at 2pm with Dr. Patel, 1 Embarcadero Center. Bring a list of your medications.',
    CAPS,
  ),
  en(
    'workers-comp',
    'The insurer denied the back surgery. We filed for independent medical review; a decision usually takes 30 days.',
    EW,
  ),
  en(
    'workers-comp',
    'Please keep a pain diary and note which tasks you cannot do at home. It helps with your permanent disability rating.',
  ),
  en(
    'workers-comp',
    'The judge approved your compromise and release for $58,000. The check should arrive within 30 days.',
    EW,
  ),
  en(
    'workers-comp',
    'Mileage to your doctor visits is reimbursed. Send us the dates and the miles and we will claim it.',
    EW,
  ),
  en(
    'workers-comp',
    'Your employer offered modified duty. Call us before you accept or decline, because it affects your benefits.',
    EW,
  ),
  en(
    'workers-comp',
    'Your hearing at the appeals board is 10/14 at 8:30am. Dress comfortably; it may take most of the morning.',
  ),
  // consumer protection
  en(
    'consumer-protection',
    'The collection agency violated the Fair Debt Collection Practices Act by calling you at work. You may recover up to $1,000 plus costs.',
    EW,
  ),
  en(
    'consumer-protection',
    'Please send us screenshots of the texts the debt collector sent you, with dates. Do not reply to them.',
    EW,
  ),
  en(
    'consumer-protection',
    'Your lemon law claim settled: the manufacturer will buy back the car and refund $31,200.',
    EW,
  ),
  en(
    'consumer-protection',
    'Pull your free credit reports at annualcreditreport.com and send us any accounts you do not recognize.',
    EW,
  ),
  en(
    'consumer-protection',
    'The credit bureau removed the fraudulent account from your report. Your score should update within 30 days.',
    EW,
  ),
  en(
    'consumer-protection',
    'The car dealer agreed to cancel the extended warranty they added without your consent and refund $2,495.',
    EW,
  ),
  en(
    'consumer-protection',
    'The timeshare company must stop charging your card. If a new charge shows up, tell us and dispute it with your bank.',
    EW,
  ),
  en(
    'consumer-protection',
    'A scammer pretending to be our firm may text you asking for a fee to release your settlement. We never ask for fees by text. Call (415) 555-0134.',
    EW,
  ),
  // general office
  en(
    'general',
    'Hartwell & Diaz: our office is closed Monday for Memorial Day. For urgent matters call (415) 555-0134.',
  ),
  en('general', 'Your payment of $250 was received. Thank you. Your remaining balance is $1,750.', EW),
  en(
    'general',
    'Reminder: your payment plan installment of $300 is due 4/1. You can pay by card at https://hartwelldiaz.com/pay or at the front desk.',
    EW,
  ),
  en('general', 'Appointment reminder: Wed 3/12 at 3:30pm with Attorney Diaz. Reply 1 to confirm, 2 to reschedule.'),
  en('general', 'Reply YES to confirm your appointment on 5/14 at 11am, or call us to pick a new time.', EW),
  en(
    'general',
    'Your documents are ready to sign electronically at https://portal.hartwelldiaz.com/sign. The link expires in 7 days.',
    EW,
  ),
  en(
    'general',
    'We moved! Our new office is at 220 Montgomery St, Suite 900. Parking validation is available in the lobby.',
  ),
  en(
    'general',
    'Please fill out the intake form before your consultation: https://hartwelldiaz.com/intake. It takes about 10 minutes.',
  ),
  en(
    'general',
    'Thank you for choosing Hartwell & Diaz. If you have a minute, please tell us how we did at https://hartwelldiaz.com/feedback.',
  ),
  en(
    'general',
    'Your invoice for March is $640 for 3.2 hours of attorney time. Questions? Reply to this text or call (415) 555-0134.',
    EW,
  ),
  en(
    'general',
    'Wire fraud warning: we will never change our bank details by text or email. Call us at (415) 555-0134 before you wire any funds.',
    EW,
  ),
  en('general', 'Your file is closed. Thank you for trusting us. We will keep your records for seven years.'),
  en(
    'general',
    'Running 15 minutes late for your 2pm call. Attorney Hartwell will call you at 2:15. Sorry for the delay.',
  ),
  en('general', 'You qualify for our reduced-fee program because your household income is under $40,000 a year.', EW),
  en('family', 'Your ex filed an OSC re: contempt. The hearing is 5/5. We will file a responsive declaration.', CAPS),
  en('family', 'The judge signed the QDRO, so your half of his 401k will roll into your IRA.', CAPS),
  en('workers-comp', 'Your AME report came back: 12% WPI. That means roughly $18,000 in PD.', CAPS),
  en('bankruptcy', 'PACER shows the order at https://ecf.cand.uscourts.gov/ in case 3:24-cv-01983.', [
    ...CAPS,
    'link-domain-not-firm',
  ]),
  en(
    'criminal-defense',
    'Pay your traffic fine directly to the court at https://www.courts.ca.gov/selfhelp.htm.',
    GOV_LINK,
  ),
  en('immigration', 'Check your hearing date at https://acis.eoir.justice.gov/en/ with your A-number.', GOV_LINK),
  en('consumer-protection', 'Your Amazon seller account was frozen by the arbitration award. We are appealing it.', EW),
  // Spanish
  es(
    'personal-injury',
    'Hola Ana, le escribe Hartwell & Diaz. Su deposición es el martes 22/4 a las 10am. Responda SI para confirmar o llame al (415) 555-0134.',
  ),
  es(
    'personal-injury',
    'Buenas noticias: la aseguradora aceptó el acuerdo de $42,500. Le llamaremos hoy para revisar el documento antes de firmarlo.',
    EW,
  ),
  es(
    'personal-injury',
    'Su cheque del acuerdo ya está en nuestra cuenta fiduciaria. Puede recoger su parte el viernes después de las 2pm.',
    EW,
  ),
  es(
    'personal-injury',
    'Por favor guarde todos los recibos de medicinas y terapia. Son parte de su reclamo por daños.',
    EW,
  ),
  es(
    'family',
    'Su audiencia de custodia es el 12 de junio a las 8:30am en el Departamento 24. Llegue 30 minutos antes.',
  ),
  es('family', 'La pensión alimenticia quedó en $1,800 al mes a partir del 1 de julio.', EW),
  es(
    'family',
    'Su esposo tiene deudas de juego por $23,000 de apuestas en línea. Pediremos al juez que esas deudas sean solo de él.',
    EW,
  ),
  es('family', 'Por favor traiga sus últimos tres talones de pago y su declaración de impuestos a la cita del jueves.'),
  es(
    'immigration',
    'Su petición I-130 fue aprobada. El caso pasa al Centro Nacional de Visas. Le avisaremos cuando llegue el aviso de pago.',
    EW,
  ),
  es('immigration', 'Su cita de huellas (biométricos) es el 9/5 a las 8am. Traiga la carta de cita y su pasaporte.'),
  es(
    'immigration',
    'Su entrevista de residencia es el 17/6 a las 10:15am. Responda SI para confirmar que puede asistir.',
    EW,
  ),
  es(
    'immigration',
    'USCIS nunca pide pagos por teléfono ni con tarjetas de regalo. Si alguien le llama pidiendo dinero, llámenos al (415) 555-0134.',
    EW,
  ),
  es(
    'general',
    'El Servicio de Impuestos (IRS) aceptó su plan de pagos. Pague en https://www.irs.gov/payments.',
    GOV_LINK,
  ),
  es('immigration', 'Su permiso de trabajo fue aprobado y la tarjeta ya fue enviada por correo.', EW),
  es('immigration', 'La corte de inmigración cambió su audiencia al 3/9 a la 1pm. Su presencia es obligatoria.', EW),
  es(
    'bankruptcy',
    'Su reunión de acreedores es el 15/4 a las 9am por teléfono. Tenga a mano su identificación y su tarjeta de Seguro Social.',
    EW,
  ),
  es(
    'bankruptcy',
    'El juez aprobó la liberación de sus deudas del Capítulo 7. Sus deudas de tarjetas y facturas médicas quedan canceladas.',
    EW,
  ),
  es(
    'bankruptcy',
    'Usted gana $3,100 al mes, menos que la mediana para una familia de tres, así que califica para el Capítulo 7.',
    EW,
  ),
  es(
    'bankruptcy',
    'Si un acreedor le llama, dígale que ya declaró la bancarrota y dele nuestro número. La suspensión automática detiene el cobro.',
    EW,
  ),
  es(
    'criminal-defense',
    'El fiscal ofreció reducir el cargo de posesión de marihuana para venta a posesión simple. Hablemos antes del viernes.',
    EW,
  ),
  es(
    'criminal-defense',
    'El cargo por el arma de fuego fue desestimado hoy. Queda el delito menor por la pistola sin registrar.',
    EW,
  ),
  es(
    'criminal-defense',
    'Su fianza es de $25,000. Su familia puede pagarla con un fiador por cerca del 10 por ciento.',
    EW,
  ),
  es(
    'criminal-defense',
    'No hable de su caso con nadie, tampoco por teléfono desde la cárcel, porque las llamadas se graban.',
  ),
  es(
    'estate',
    'El patrimonio de su padre incluye unos 2.3 bitcoin. Necesitamos los estados de cuenta para valorarlos en la sucesión.',
    EW,
  ),
  es(
    'estate',
    'Su testamento y su fideicomiso están listos para firmar. La firma dura una hora y necesitamos dos testigos.',
  ),
  es(
    'employment',
    'Usted ganaba $18 la hora y trabajaba 52 horas a la semana sin horas extra. Le deben unos $9,000 en salarios.',
    EW,
  ),
  es(
    'employment',
    'Su empleador aceptó pagar $65,000 para resolver su reclamo de discriminación. Llámenos para revisar el acuerdo.',
    EW,
  ),
  es('landlord-tenant', 'Su vale de la Sección 8 cubre $1,640 de la renta. El dueño no puede rechazarlo.', EW),
  es(
    'landlord-tenant',
    'El juicio de desalojo es el 8/4 a las 9am, sala 103. Traiga su contrato, los recibos de renta y los mensajes del dueño.',
  ),
  es(
    'workers-comp',
    'Su reclamo de compensación laboral fue aceptado. Los pagos de $740 cada dos semanas empiezan la próxima semana.',
    EW,
  ),
  es(
    'general',
    'Recordatorio: su pago de $300 del plan de pagos vence el 1/4. Puede pagar en https://hartwelldiaz.com/pay o en la oficina.',
    EW,
  ),
  es('general', 'Recibimos su pago de $250. Gracias. Su saldo pendiente es de $1,750.', EW),
  es(
    'general',
    'Sus documentos están listos para firmar en https://portal.hartwelldiaz.com/sign. El enlace vence en 7 días.',
    EW,
  ),
  // Issue 10's known false verdicts (H4, a later round): urgency about a named legal deadline, an
  // identity check through the firm's own portal, a third party's payment demand passed on with a
  // warning, an account frozen by a levy, and state agencies' acronyms. Variants beside each, so
  // the mechanism is tested rather than the sentence.
  en('general', 'Final notice of your hearing on May 3 at 9am. Call us at (415) 555-0134 with questions.', EW),
  en('criminal-defense', 'Final reminder: your sentencing hearing is Friday at 1:30pm in Courtroom 4.', EW),
  en('personal-injury', 'Act now: the statute of limitations on your injury claim runs on June 1.', EW),
  en('employment', 'Urgent action required: your EEOC charge must be filed by 10/14. Please call us today.', EW),
  en('general', 'Please log in to your client portal to verify your identity before we release the documents.', EW),
  en('immigration', 'Call our office at (415) 555-0134 to confirm your details before the interview on Tuesday.', EW),
  en(
    'landlord-tenant',
    'Your landlord says you must pay rent by Zelle; do not pay until we review the lease with you.',
    EW,
  ),
  en(
    'bankruptcy',
    'The caller told you to buy gift cards to stop the lawsuit. Never pay anyone that way; call us first.',
    EW,
  ),
  en('bankruptcy', 'Your account was frozen by the levy. We will file the exemption claim on Monday.', EW),
  en('tax', 'Your bank account was levied by the IRS last week. We are asking for a release of levy.', EW),
  es('criminal-defense', 'Su licencia está suspendida. Llame al DPS para pedir una audiencia administrativa.', CAPS),
  en('family', 'DFPS will visit the home on Thursday. The CPS caseworker may ask about school records.', CAPS),
  en('personal-injury', 'We requested the crash report from DPS and your wage records from the TWC.', CAPS),
];
