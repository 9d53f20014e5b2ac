import type { BrandGroup } from './brands';

/*
 * Wording that makes a text read like phishing: account alerts and requests to verify an
 * identity, false urgency, and requests to pay through channels that cannot be reversed.
 *
 * Sources the lists follow: Twilio's "How do I prevent my messages from being filtered" and its
 * forbidden-use guidance (phishing and fraud are prohibited content), the CTIA Messaging Principles
 * and Best Practices (deceptive or fraudulent content), the FTC consumer alerts on text-message
 * scams ("How to Recognize and Report Spam Text Messages": account problems, requests to confirm
 * personal details, gift-card, wire and payment-app requests) and the FBI IC3 warnings on
 * real-estate wire fraud (changed wiring instructions). Today's scam families follow the FTC's
 * consumer alerts (package delivery, unpaid tolls, fake fraud alerts, "sent by mistake" payment
 * reversals, fake subscription renewals and refund offers, job and task scams, "Hi Mom" new-number
 * texts), the FBI IC3 public service announcements on toll and government-impersonation smishing,
 * the FCC's scam-text consumer guide, the IRS and SSA OIG impersonation warnings and the USPS
 * Inspection Service's smishing page. The phrase lists are our own curation; no entry comes from a
 * message corpus. Pattern syntax (`*` prefix, `a|b`, `word?`, `#` number, `~2` gap, plurals) is
 * documented in ../phrases.ts.
 *
 * Some family wording is ordinary on its own ("update your address", "avoid a late fee"): such an
 * entry names the brand group (see brands.ts) that must be mentioned somewhere in the message, in
 * its words or a link's host, for it to count.
 *
 * Phrases are deliberately specific: a firm legitimately asks a client to "verify the dates in the
 * attached settlement", reports "the wire transfer from the title company", or marks a text
 * "Urgent: court date moved". Only the scam shapes are listed.
 */

export type PhishingKind =
  | 'account'
  | 'urgency'
  | 'payment'
  | 'delivery'
  | 'toll'
  | 'government'
  | 'reversal'
  | 'subscription'
  | 'job'
  | 'family'
  | 'utility'
  | 'tech-support'
  | 'charity'
  | 'rental'
  | 'wrong-number'
  | 'advance-fee'
  | 'credentials'
  | 'link-activation'
  | 'secrecy'
  | 'extortion';

export interface PhishingPhrase {
  phrase: string;
  kind: PhishingKind;
  /** Replacement text for the unsafe suggestion, when a drop-in rewording exists. */
  replacement?: string;
  /** A brand group that must be named in the message for the entry to count. */
  requires?: BrandGroup;
  /**
   * A request for a wire to the firm's account ("wire the funds"): a closing is paid so, and it is
   * the firm's own when the message has the reader confirm the instructions by phone with the firm
   * (WIRE_CONFIRMATIONS) and gives no channel but the firm's.
   */
  wire?: true;
  /**
   * A threat no agency makes and no firm repeats about a client's matter ("your Social Security
   * number was used in a crime"): the impostor's own words for fear (arrest, officer, trafficking)
   * are case vocabulary, so case words in its sentence excuse nothing. A notice about the scam still
   * does.
   */
  unexcused?: true;
  /**
   * Wording that names a payment through an app without asking for it in so many words ("$150 via
   * Zelle", "el pago de derechos por Cash App"), which a firm also writes when it describes one
   * ("her donation of $50 via PayPal", "su donación de $50 por Zelle"): it counts only in a message
   * that gives the way to pay, a link, number, handle, address or reply keyword off the firm's.
   */
  needsChannel?: true;
  /**
   * A payment to an account or card number given in the text ("a la tarjeta 5579 0901 2231 4456",
   * "transfer it to account 0721 8050 1927"): a stranger's, unless its sentence names the account as
   * the firm's own (FIRM_ACCOUNT_WORDS: a trust or escrow account, "our account", "del despacho").
   */
  toAccount?: true;
  /**
   * Wording a firm writes of its own errands too ("the $35 shipping fee for the certified copies",
   * "pick up the certified letter or it returns to sender", "¿de dónde es usted?" for a form): it
   * counts only beside the scam's other half: a parcel named in the message ('parcel':
   * PARCEL_WORDS), the wrong-number opener ('wrong-number': WRONG_NUMBER_OPENERS), or a request to
   * reply, call or click ('request': ACTION_REQUESTS).
   */
  needs?: 'parcel' | 'wrong-number' | 'request';
  /**
   * Wording a firm writes of a client's case too ("is this still Maria? We have news on her case",
   * "pague la multa en OXXO con la referencia del juzgado"): quiet beside case vocabulary (the
   * words scams use too not counted) anywhere in the message ('message'), in its sentence
   * ('sentence') or only as a legal phrase ('phrase': a scam's "foto del ticket" is a receipt, not a
   * traffic ticket), or beside a case's errand in its sentence (CASE_ERRANDS).
   */
  caseQuiet?: 'message' | 'sentence' | 'phrase';
}

/** A parcel or its carrier's box, in either language: what a delivery fee is paid to release. */
export const PARCEL_WORDS: readonly string[] = [
  'package',
  'packages',
  'parcel',
  'parcels',
  'shipment',
  // "Your item #US9924 is waiting in customs clearance": the carrier's word for it.
  'item',
  'box',
  'courier',
  'paquete',
  'paquetes',
  'caja',
  'encomienda',
  'paquetería',
  'paqueteria',
  'mensajero',
];

/**
 * The wrong number a stranger's small talk follows (FTC, "Wrong number texts"; "Mensajes de texto de
 * número equivocado"): the apology, or the friend who "gave me this number".
 */
export const WRONG_NUMBER_OPENERS: readonly string[] = [
  'wrong number|person|contact',
  'número|numero equivocado',
  'persona equivocada',
  'me equivoqué|equivoque',
  'gave me this|your number',
  'me pasó|paso|dio este|su|tu número|numero',
];

/** A request to answer or act by the text's own channel: reply, call, click, in either language. */
export const ACTION_REQUESTS: readonly string[] = [
  'reply|respond|call|click|tap|text|visit|confirm|verify',
  'responda|responde|conteste|contesta|llame|llama|marque|visite|ingrese|confirme|verifique',
  'haga|da clic|click',
];

/** Words that name an account as the firm's own, in the sentence of a toAccount payment. */
export const FIRM_ACCOUNT_WORDS: readonly string[] = [
  'trust',
  'iolta',
  'escrow',
  'our',
  'firm',
  "firm's",
  'fiduciaria',
  'fideicomiso',
  'nuestra',
  'despacho',
  'bufete',
  'firma',
];

/**
 * Words that, shortly before a payment phrase in its clause, make it a warning or a report rather
 * than a request: "we never ask you to pay by Zelle", "we can't accept payment by Venmo", "do not
 * send money via Cash App", "the landlord claims you agreed to pay by Zelle", "fake emails with
 * new wiring instructions". Firms send such
 * anti-fraud notices on purpose. Not after "if"/"unless"/"or" ("if you do not pay with gift
 * cards", the scam's threat), nor before "forget", "hesitate"... ("don't forget to pay by Zelle").
 */
export const PAYMENT_NEGATORS: readonly string[] = [
  'never',
  'no',
  'not',
  "don't",
  'dont',
  "can't",
  'cant',
  'cannot',
  "won't",
  'wont',
  'agreed',
  'refused',
  // A fraud described, not a request made: "we have seen fake emails sending buyers new wiring
  // instructions" (the FBI IC3's real-estate wire-fraud warnings, which firms pass on).
  'fake',
  'fraudulent',
  'bogus',
  'phony',
  'spoofed',
  // Spanish ("no", above, is both): "USCIS nunca pide pagos ... ni con tarjetas de regalo".
  'nunca',
  'jamás',
  'jamas',
  'ni',
  'tampoco',
];
export const NEGATION_UNDONE_BEFORE: readonly string[] = ['if', 'unless', 'or', 'si', 'o'];
export const NEGATION_UNDONE_AFTER: readonly string[] = [
  'forget',
  'hesitate',
  'delay',
  'wait',
  'fail',
  'miss',
  // Spanish: "no olvide pagar", "no dude en", "no espere", "no tarde en".
  'olvide',
  'olvides',
  'dude',
  'dudes',
  'espere',
  'esperes',
  'tarde',
  'tardes',
];

/**
 * Verbs that report someone else's demand ("your landlord says you must pay rent by Zelle", "the
 * caller told you to buy gift cards"). A reported demand is the firm passing on a warning when the
 * message also warns the reader off paying (PAYMENT_WARNINGS); the FTC's advice to clients is
 * exactly that: whoever says to pay by gift card or payment app, don't.
 */
export const REPORTING_VERBS: readonly string[] = [
  'says',
  'said',
  'claims',
  'claimed',
  'told',
  'tells',
  'insists',
  'insisted',
  'demands',
  'demanded',
  'asks',
  'asked',
  'wants',
  'wanted',
  // The progressive: "a text ... is asking heirs to pay a release fee by gift card".
  'saying',
  'claiming',
  'telling',
  'insisting',
  'demanding',
  'asking',
  'dice',
  'dijo',
  'exige',
  'pide',
  'pidió',
  'pidio',
];

/** A warning not to pay, which turns a reported payment demand into advice (see REPORTING_VERBS). */
export const PAYMENT_WARNINGS: readonly string[] = [
  "don't|never pay|send|wire|transfer|buy",
  "don't|never make|send ~1 payment|payments|money",
  'before|until you? pay|paying|send|sending',
  // The FTC's advice after a scam: report it.
  'report ~3 to the? police|ftc|fbi|reportfraud',
  'no pague|envíe|envie|mande',
  // With the object's pronoun between ("no lo mande hasta que revisemos el contrato").
  'no|nunca lo|la|los|las|le|les pague|envíe|envie|mande|deposite|transfiera',
  'nunca pague|envíe|envie|mande',
];

/**
 * How a firm's anti-fraud notice names what it describes: a scam, a fake text, scammers, the
 * FTC's advice ("do not click", "report it"), "that is not us". The FTC asks organizations to warn
 * their customers this way, and such a notice quotes or describes the scam's wording; the scam
 * itself sends the reader to its own link or number, which the notice never does (see
 * phishing-language.ts).
 */
export const ANTI_FRAUD_FRAMES: readonly string[] = [
  "is|was|it's|its a|an ~1 scam|scams|fraud|fake|hoax",
  'known|common|new scam|scams|hoax',
  'scam|scams|fake|fraudulent|phishing|bogus|spoofed text|texts|message|messages|call|calls|email|emails|letter|letters|site|sites',
  'scammer|scammers|fraudster|fraudsters|impostor|impostors|imposter|imposters',
  'beware of',
  "that is|was|wasn't not? us",
  // Alternatives are per word, so each way of writing "it is not us" is its own entry (an entry
  // "it's|it is|it was not us" read "it's|it is|it was not us" word by word and matched nothing).
  // The contraction matches "it is" spelled out and "isn't" matches "is not" (see ../phrases.ts).
  "it's not from? us",
  'it is|was not from? us',
  // "A call asking you to pay by gift card is not from us", "those texts are not us".
  'is|are|was|were not from us',
  'is|are|was|were not from our office|firm',
  'is|are|was|were not us',
  'report ~2 to the? ftc|fbi|police|reportfraud',
  // Not "don't call" or "don't reply": the "Hi Mom" scam says so ("pls dont call im in class").
  "do not|don't click",
  // The notice's own heading, and the impostor it describes ("a text claiming to be from the
  // probate court"). Not "fraud alert": that is how a fake bank alert opens.
  'scam alert|warning',
  // The same heading for the fraud it warns of (FBI IC3, real-estate wire fraud); not "fraud alert".
  'fraud|wire-fraud warning|warnings',
  'claiming|pretending|purporting to be|come ~2 from',
  // The impostor named as what it pretends to be, in any form of the verb: "a text that claims to
  // be the IRS", "someone pretending to be your bank".
  'pretending|pretends|pretended|purporting|purports|purported to be',
  'text|message|call|email|caller|sender|someone|anyone|anybody|person that|who|which? claims|claiming|claimed to be',
  'posing as',
  // The same in Spanish, as the FTC's and USCIS's Spanish warnings word them ("es una estafa",
  // "cuidado con", "mensajes falsos", "estafadores que se hacen pasar por...").
  'es|era|son|fue una|un ~1 estafa|estafas|fraude|engaño|engano',
  'cuidado con',
  // The notice's verdict on what it describes: "Es falso: la corte nunca cobra así", "that text is
  // false", "no es cierto".
  'es|era|eso|esto falso|falsa|falsos|falsas|mentira',
  'no es cierto|verdad|real',
  "is|was|it's|that's|are|were false|untrue|bogus",
  "is|was|it's|that's|are|were not true|real|genuine|legitimate",
  'mensaje|mensajes|llamada|llamadas|correo|correos|texto|textos|sitio|sitios falso|falsos|falsa|falsas|fraudulento|fraudulentos|fraudulenta|fraudulentas',
  'estafador|estafadores|estafadora|estafadoras|impostor|impostores|impostora',
  'se hace|hacen|hacía|hacian|hacían pasar por',
  // "Messages that say they come from our office are going around": the Spanish notice's own
  // words for a scam in circulation and the impostor's claim ("que dicen venir de").
  'circulan|circula|circulando ~2 mensaje|mensajes|llamada|llamadas|correo|correos|texto|textos',
  'que dice|dicen venir|ser de|del',
  'haciéndose|haciendose pasar por',
  'no haga|hagas clic',
  'alerta|aviso de estafa|estafas',
  // The FTC's advice on impostor calls and fake alerts as a notice passes it on: call the number on
  // the letter or the card, "not one from a text", "not the link in the email" (FTC, "How to
  // recognize and report spam text messages"; IRS, "Recognize tax scams": use the number on the
  // notice). Spanish as the FTC's "consumidor.ftc.gov" words it: "no el número del mensaje".
  'not|never one|number|numbers|link|links from|in a|an|any|the|that|this? text|texts|message|messages|email|emails|call|calls',
  // An agency's or the firm's word that it does not reach people so (IRS, "Recognize tax scams":
  // the IRS does not initiate contact by text; SSA OIG; US Courts on jury-duty scams): "the IRS will
  // never text you about a penalty", "el juzgado nunca le escribe por mensaje".
  'never|not text|texts|email|emails|call|calls|contact|contacts you about|asking|to|for|by',
  'initiate|initiates contact by text|email|phone',
  'nunca|no le|te escribe|escriben|escribirá|escribiran|escribirán|manda|mandan|envía|envian|envían|llama|llaman|contacta|contactan por mensaje|mensajes|texto|textos',
  'not|never the|a|any one|number|link from|in a|an|any|the|that|this? text|texts|message|messages|email|emails|call|calls',
  'no|nunca el|un número|numero|enlace|link del|de|en ~1 mensaje|mensajes|texto|textos|correo|correos|llamada|llamadas',
  'no|nunca al|a número|numero|enlace|link del|de|en ~1 mensaje|mensajes|texto|textos|correo|correos|llamada|llamadas',
];

/**
 * A reply keyword that acts on a scam's alert or offer ("Reply YES to unlock", "text Y to restore
 * access", "reply 1 to verify your account", "Reply YES to cancel the charge", "Reply Y to
 * reschedule delivery", "Reply CLAIM to receive it"): the channel of the fake fraud alerts,
 * delivery and prize texts the FTC describes ("How to recognize and report spam text messages";
 * fake fraud alerts ask for a YES/NO reply), which needs no link. A firm's anti-fraud notice
 * describes such texts; it does not ask for the reply that acts on them. Not "reply YES to confirm
 * your appointment", and never an opt-out or help keyword ("Reply STOP to cancel").
 */
export const REPLY_ACTIONS: readonly string[] = [
  'reply|respond|text ~2 to unlock|unblock|unfreeze|restore|reactivate|re-activate|reinstate|regain|release|unsuspend',
  'reply|respond|text ~2 to cancel|dispute|reverse|refund|claim|collect|receive|redeem|reschedule|redeliver|authorize|approve',
  'reply|respond|text ~2 to confirm|verify|validate|secure|update ~2 account|identity|card|details|information|info|access|login',
];

/**
 * A number the notice tells the reader to find for themselves: "call the title company at the
 * number on their website", "a number you know is real".
 * The FBI IC3's advice on wire fraud and the FTC's on fake fraud alerts is exactly that: confirm
 * through a number you looked up, never one from the message. A notice that vouches so for the
 * other office's number it passes on sends the reader to no channel of its own.
 */
export const VOUCHED_NUMBERS: readonly string[] = [
  // The other party's own: a scam text that says "the number on our site" vouches for itself.
  'number|phone|contact ~3 on|from their|its ~2 website|site|letterhead|contract',
  'number|numbers you ~1 know|looked|found',
  'independently ~1 verified|confirmed|obtained',
];

/**
 * How a firm names its own channel in a request to verify or log in ("log in to your client portal
 * to verify your identity", "call our office to confirm your details"). With no link off the
 * firm's sites in the message, such a request points where the FTC tells people to go: a channel
 * they already know.
 */
export const FIRM_CHANNEL_PHRASES: readonly string[] = [
  'client|our|firm portal',
  'our ~1 office|website|site|app',
  // A visit in person, which no texter can fake: "verify your identity at the branch".
  'in person',
  'at the|your|a local? branch',
  'portal del cliente',
  'nuestro portal|sitio|oficina',
];

/**
 * The FBI IC3's advice on real-estate wire fraud, as a firm passes it on with its own wire request:
 * confirm the instructions by phone, with the firm, before sending ("wire the funds after you
 * confirm the instructions with us by phone"). A fraudster's text sends new instructions instead.
 */
export const WIRE_CONFIRMATIONS: readonly string[] = [
  'confirm|confirmed|confirming|verify|verified|verifying ~4 by phone|telephone|calling',
  'confirm|confirmed|confirming|verify|verified|verifying ~4 with us',
  'confirm|confirmed|confirming|verify|verified|verifying ~4 with our|your office|firm|attorney|lawyer',
  'call|calling|phone us ~3 to? confirm|verify',
  'call|calling|phone our|the office|firm ~3 to? confirm|verify',
];

/**
 * A one-time code the sender says is on its way to the reader's phone ("I just sent a 6-digit code
 * to your phone", "le va a llegar un código de 6 números", "un código por SMS"), and the request to
 * pass it back to the sender (CODE_RELAYS). The FTC's "Someone asks for your verification code? It's
 * a scam" and its Spanish page ("Alguien le pide su código de verificación"): the code lets the
 * sender into the reader's account, whatever story comes with it (a courier, a prize, a technician).
 * The two halves are often a comma apart, so the rule pairs them within a sentence
 * (phishing-language.ts); each alone is a firm's ordinary wording ("we texted you a code for the
 * portal", "sign and send it back to me").
 */
export const ONE_TIME_CODES: readonly string[] = [
  '# digit|digits|number|numbers code|pin|passcode',
  // "6-digit" is one word, which "#" takes whole.
  '# code|pin|passcode',
  'verification|security|confirmation|login|one-time|access|activation|authorization code|pin|passcode',
  'code|passcode|pin|otp ~3 to|on your phone|cell|mobile|number',
  'código|codigo|clave|pin ~3 de # dígitos|digitos|números|numeros|cifras',
  'código|codigo|clave de verificación|verificacion|seguridad|confirmación|confirmacion|acceso|activación|activacion',
  'código|codigo|clave|pin ~3 por sms|mensaje|texto',
  'código|codigo|clave|pin ~3 a|en su|tu teléfono|telefono|celular',
];

/**
 * Passing the code back to the sender, the pronoun standing for it: "text it back to me", "read it
 * to me", "me lo dicta", "reenvíemelo". Paired with ONE_TIME_CODES in one sentence.
 */
export const CODE_RELAYS: readonly string[] = [
  'text|send|read|forward|give|tell|say it|them back',
  // Its length between ("send us the 6-digit code"): "#" takes "6-digit" whole.
  'read|tell|text|send|forward|give me|us the|that|your # digit|digits? code|pin|passcode|number',
  'text|send|read|forward|give|tell it|them ~1 to me|us',
  'read|tell|say|text|send|forward|give me|us the|that|your code|pin|passcode|number|digits',
  'reenvíemelo|reenviemelo|reenvíelo|reenvielo|reenvíamelo|reenviamelo|mándemelo|mandemelo|mándamelo|mandamelo|envíemelo|enviemelo|envíamelo|enviamelo|dígamelo|digamelo|dímelo|dimelo|díctemelo|dictemelo|díctamelo|dictamelo|pásemelo|pasemelo|pásamelo|pasamelo|léamelo|leamelo|compártamelo|compartamelo',
  // The same for "la clave": "pásemela", "dígamela".
  'reenvíemela|reenviemela|reenvíamela|reenviamela|mándemela|mandemela|mándamela|mandamela|envíemela|enviemela|envíamela|enviamela|dígamela|digamela|dímela|dimela|díctemela|dictemela|díctamela|dictamela|pásemela|pasemela|pásamela|pasamela|léamela|leamela',
  'me|nos lo|la dicta|dice|pasa|manda|envía|envia|reenvía|reenvia|lee|da|comparte|dicte|diga|pase|mande|envíe|envie|reenvíe|reenvie|lea|dé|de',
  'dígame|digame|dime|díctame|dictame|dícteme|dicteme|léame|leame|mándeme|mandeme|envíeme|envieme|reenvíeme|reenvieme|pásame|pasame el|ese ~1 código|codigo|número|numero|pin|clave',
];

/**
 * A reply that carries what is asked ("reply with your address and the code", "responda con"),
 * paired in one sentence only with a code the sender says it sends (SENT_CODES): "reply with the
 * confirmation code from your flight" asks for a code the reader already has, which is no relay.
 */
export const REPLY_RELAYS: readonly string[] = [
  'reply|replying|respond|responding ~1 back? with',
  // The code asked for as a question ("what's the 6 digit number we just texted you?").
  // Alternatives are per word: each way of asking is its own entry.
  "what's|whats the|that|your ~3 code|number|pin|passcode",
  'what is the|that|your ~3 code|number|pin|passcode',
  'cuál|cual es el|su|tu ~1 código|codigo|número|numero|pin',
  'responda|responde|respondé|respondiendo|conteste|contesta|contestá ~1 con',
  // The Spanish verbs of handing over, in the tú, vos and usted forms of South American texts
  // ("pasanos el código que te llegó").
  // ("Díganos", "denos" and "danos" ask for the code already: see the credentials entries.)
  'pasanos|pásanos|pasenos|pásenos|pasame|pásame|pásenme|pasenme|decinos|decime|dinos',
];

/**
 * A one-time code the sender says it sends or just sent (FTC, "Someone asks for your verification
 * code? It's a scam"): "the 6-digit code we text you next", "el código que te llegó por SMS".
 */
export const SENT_CODES: readonly string[] = [
  'code|codes|pin|passcode|otp ~2 we|i ~1 text|texted|send|sent|will|just|are|am',
  // Its length given as a number's ("the 6 digit number we just texted you").
  '# digit|digits? number|numbers|code we|i ~1 just? text|texted|send|sent',
  // The code about to arrive, told from the reader's side ("the code you are about to receive").
  "code|codes|pin|passcode|otp ~1 you are|you're about to receive|get",
  "code|codes|pin|passcode|otp ~1 you will|you'll|should ~1 receive|get",
  'code|codes|pin|passcode|otp ~2 texted|sent ~1 to ~1 you|your',
  'código|codigo|clave|pin|nip ~3 llegó|llego|llegará|llegara|llega|mandamos|enviamos|mandaremos|enviaremos|enviaron|mandaron',
  'código|codigo|clave|pin|nip ~3 por sms|mensaje|texto',
  // The code the reader "just received" ("responda con el código de 6 dígitos que acaba de recibir"),
  // the same scam told from the reader's side.
  'código|codigo|clave|pin|nip ~4 acaba|acabas de recibir|llegar',
  'código|codigo|clave|pin|nip ~2 que recibió|recibio|recibiste|recibirá|recibira',
  // Its length given first ("el código de 4 dígitos que le llegó").
  'código|codigo|clave|pin|nip ~4 que le|te|les llegó|llego|llegará|llegara|mandamos|enviamos',
];

/** What the payment suggestion puts in place of a risky payment instruction. */
export const SECURE_PAYMENT_WORDING = 'pay through our secure client portal';

function of(kind: PhishingKind, requires: BrandGroup | undefined, phrases: readonly string[]): PhishingPhrase[] {
  return phrases.map((phrase) => (requires ? { phrase, kind, requires } : { phrase, kind }));
}

function unexcused(kind: PhishingKind, phrases: readonly string[], requires?: BrandGroup): PhishingPhrase[] {
  return phrases.map((phrase) =>
    requires ? { phrase, kind, unexcused: true, requires } : { phrase, kind, unexcused: true },
  );
}

function payment(replacement: string | undefined, ...phrases: string[]): PhishingPhrase[] {
  return phrases.map((phrase) =>
    replacement ? { phrase, kind: 'payment', replacement } : { phrase, kind: 'payment' },
  );
}

const LOCKED =
  'suspended|locked|disabled|closed|compromised|restricted|frozen|deactivated|blocked|limited|flagged|terminated|hacked|paused|on-hold';

/** Payment apps and instruments, each a run of pattern words (alternatives are per word). */
const PAYMENT_CHANNELS = [
  'zelle|venmo|cashapp|paypal|bitcoin|btc|crypto|cryptocurrency|giftcard|usdt|moneygram',
  'cash-app',
  // Money transfer services the FTC names beside gift cards and wires ("Paying scammers").
  'western union',
  // Apple's person-to-person transfer, a payment app like Zelle (FTC, "Paying scammers"); not Apple
  // Pay, which a firm's portal may take.
  'apple cash',
  // Remittance services, the same money transfer as Western Union by another name (FTC, "Paying
  // scammers": money transfer apps and services; the CFPB's remittance-transfer rule names them).
  'remitly|xoom|worldremit',
  'ath móvil|movil',
  'nequi|daviplata|yape',
  'gift card',
  'apple|google|amazon|steam|target|ebay|itunes|walmart gift? card',
];

/** The same channels as Spanish texts name them after "por" or a verb. */
const SPANISH_CHANNELS = [
  'western union',
  'moneygram|zelle|venmo|cashapp|bitcoin|paypal',
  // Remittance services (FTC, "Cómo pagarle a un estafador": servicios de transferencia de dinero).
  'remitly|xoom|worldremit',
  'cash app',
  // The same apps of Spanish-speaking clients' home banks (see brands.ts: ATH Móvil, Nequi...).
  'ath móvil|movil',
  'nequi|daviplata|yape',
  'mercado pago',
  'tarjeta|tarjetas de regalo',
  'apple cash',
  // A store's card by name ("tarjetas de Google Play", "una tarjeta de Amazon"), as the FTC's Spanish
  // "Tarjetas de regalo: cómo evitar estafas" names them; the English 'apple|google ... gift? card'.
  'tarjeta|tarjetas de apple|google|amazon|steam|itunes|walmart|target|ebay',
];

function paymentNeedingChannel(...phrases: string[]): PhishingPhrase[] {
  return phrases.map((phrase) => ({ phrase, kind: 'payment', needsChannel: true }));
}

function withChannels(before: string): string[] {
  return PAYMENT_CHANNELS.map((channel) => `${before} ${channel}`);
}

const ACCOUNT = 'account|card|debit|credit|password|access|profile|membership|wallet|id|banking';
/** What a fake fraud alert asks the reader to confirm or deny. */
const TRANSACTION = 'purchase|transaction|charge|payment|transfer|withdrawal|login|sign-in|log-in|order|activity';

export const PHISHING_PHRASES: readonly PhishingPhrase[] = [
  // Account alerts and identity checks (FTC: "How to recognize and report spam text messages").
  ...of('account', undefined, [
    // Two words may name the card ("your card ending 0021 has been deactivated").
    `your ~3 ${ACCOUNT} ~2 has|have been ~1 ${LOCKED}`,
    `your ~3 ${ACCOUNT} ~2 is|was|will ~2 ${LOCKED}`,
    `your ~3 ${ACCOUNT} has|have been put? on hold`,
    `your ~3 card|account|debit ~1 was|has|had ~1 used|charged ~3 #|at|for`,
    // The fake fraud alert's charge (FTC, "fake fraud alerts"): "a $499 charge was placed on your card".
    'charge|purchase|order|transaction ~3 was|has|have been? placed on your ~2 card|account',
    // "didn't" also matches "did not" and "didnt" (see ../phrases.ts).
    "if ~2 you didn't ~1 authorize|make|recognize|request|place|order|initiate|approve",
    'not yours ~2 call|reply|click|tap',
    // "If this wasn't you, call ..." (the fake fraud alert's way out, FTC).
    "if this|that wasn't you|yours",
    `${ACCOUNT} ~1 ${LOCKED} ~2 due to|for suspicious|unusual|unauthorized`,
    'verify|confirm|validate your identity|account|login|password|bank|card|ssn|social|information|info|details',
    // A detail or two may come first ("confirm your Medicare number and bank details").
    'confirm|verify|update your ~3 bank|card|banking|payment|billing details|info|information',
    'update your billing|payment',
    'update your account details|info|information',
    'detected ~3 login|sign-in|log-in|access|device ~2 from',
    // The sender's own "we noticed", not a third party's in a case ("the bank's fraud team noticed").
    "we|we've noticed|spotted|saw ~3 login|sign-in|log-in|logins ~2 from",
    'login|sign-in|log-in|access attempt|attempts ~4 detected|blocked|from',
    'new|unrecognized|unknown device ~3 detected|login|sign-in|log-in',
    // Verification-code theft (FTC, "Someone asks for your verification code").
    'reply+|send|share|forward|give|tell|read ~4 code|passcode|otp ~4 sent|texted|received',
    'unusual|suspicious|unauthorized ~1 activity|sign-in|login|log-in|charge|transaction|purchase|attempt|access',
    'fraud alert',
    'security alert',
    // "Did you try to send $1,250 to Jordan?": the amount makes it a fake fraud alert, not a firm's question.
    'did you ~1 try|attempt to send|transfer|withdraw|wire #',
    // A yes/no reply about a transaction ("Reply YES if you made this purchase", "Reply Y to
    // confirm the transaction"). Without the transaction it is how firms confirm appointments and
    // papers ("Reply YES to confirm your appointment", "Reply NO if you did not get the papers").
    `reply yes|y|1 ~3 if|to ~3 authorize|authorized|confirm|approve|approved|made|make|recognize|cancel|dispute ~3 ${TRANSACTION}`,
    `reply no|n|2 ~3 if ~2 not|didn't|did ~3 authorize|authorized|make|made|recognize ~3 ${TRANSACTION}`,
    `reply no|n|2 ~3 if ~2 not|didn't|did ~3 ${TRANSACTION}`,
    'click|tap here ~1 to verify|confirm|unlock|restore|login|log|update|secure|reactivate|claim|avoid|cancel',
    'click|tap the|this link ~1 to verify|confirm|unlock|restore|reactivate|avoid|update',
    'log|sign|login in? ~3 to verify|confirm|unlock|restore|reactivate|avoid',
    're-activate|reactivate|restore|unlock|regain ~2 your ~1 account|access|card',
    'restore ~2 full access',
    'new payee|recipient ~3 added|linked|registered',
    // Something of the reader's held because a payment failed (FTC, fake pharmacy, delivery and
    // subscription texts: "your order is on hold, your card was declined, update it here").
    // Not "held" or "lapsed": "the hearing was held after your coverage lapsed" is a case's history.
    'on-hold|paused|suspended ~4 card|payment|insurance|billing|coverage ~2 failed|declined|bounced',
    // A payment demanded to unlock an account (FTC, "fake fraud alerts"); not "to confirm", which
    // is how a firm asks for a consultation deposit.
    'send|pay ~2 # ~3 to verify|unlock|reactivate|restore|activate',
    // Voicemail and missed-call lures (FTC: "How to recognize and report spam text messages").
    'you have # ~1 new|unread|pending ~1 voicemail|voice message|message|messages ~3 call|listen|click|tap|retrieve',
    // The notice's demand: "call back on ... to retrieve your messages", "to collect your message,
    // call ..." (messages are not collected or retrieved from a firm: it sends them).
    'call|dial|ring ~4 to retrieve|collect|hear ~1 your|the message|messages|voicemail|voicemails',
    'to retrieve|collect ~1 your|the message|messages|voicemail|voicemails',
  ]),
  // False urgency.
  ...of('urgency', undefined, [
    'act now',
    'act immediately',
    'act fast',
    'final notice',
    'final warning',
    'last warning',
    'immediate|urgent action required|needed',
    'action required immediately',
    'respond|reply immediately or',
    // Hours, not days: statutes give days ("within 30 days or owe double damages").
    'within # hours|hrs|minutes|mins or',
    'within # hours|hrs|minutes|mins to avoid',
    'or your account will',
    // "Failure to remit within 48 hours": the bill collector's word for pay.
    'failure to verify|respond|pay|remit',
    'expires in # hours|hrs|minutes|mins',
    'requires your urgent|immediate attention',
    // Scarcity (FTC, "Business opportunity scams" and student-loan relief ads: "limited spots").
    '# ~1 seats|spots|slots|openings left|remaining',
    'limited ~1 spots|seats|slots|openings',
  ]),
  // Irreversible payment channels (FTC: "pay by gift card", payment-app and wire fraud).
  ...payment(
    SECURE_PAYMENT_WORDING,
    // Not "paid": "you were paid via Venmo" reports a payment, it does not ask for one.
    ...withChannels('pay|pays|paying|payment ~3 with|by|via|through|using|on|in a|an?'),
    ...withChannels('be paid|made|sent|settled with|by|via|through|using|in a|an?'),
    ...withChannels('fee|fees|deposit ~3 by|via|through|using|in a|an?'),
    // Only gift cards or a payment app accepted (FTC, "Before giving to a charity"; "Paying scammers").
    ...withChannels('accept|accepts|accepting|take|takes|taking ~2'),
    // A gift asked for through the same channels (FTC, "Before giving to a charity": "a charity
    // that asks for donations by gift card, wire or payment app is a scam").
    ...withChannels(
      'donate|donating|donation|donations|give|giving|contribute|contributing|contribution|pledge|pledges ~3 with|by|via|through|using|on|in a|an?',
    ),
    ...withChannels(
      // Sent by wire or transfer through the same channels ("wire 1,200 dollars through Western Union").
      'send|sending|wire|wiring|transfer|transferring|return|returning|refund|refunding ~3 #|payment|money|funds|retainer|deposit|fee|balance|amount|refund|rest|remainder|difference|it|them ~2 with|by|via|through|using|on|in a|an?',
    ),
    // A payment with its amount and payee before the channel ("make your next payment of $189 to
    // the new servicer by Cash App").
    ...withChannels('payment|payments of # ~4 with|by|via|through|using'),
    // Whatever is sent ("send what you can via PayPal"): these channels carry only money.
    ...withChannels('send|sending ~3 via|through|using|by'),
  ),
  // Wires are how closings are paid, so there is no drop-in rewording: instructions belong in the
  // portal or a call to a verified number, and a text asking for a wire is the classic fraud.
  ...[
    'pay|paying ~3 by|via|with wire',
    'send|sending ~3 by|via wire|wire-transfer',
    'pay|paying by|via|with a wire transfer',
    'send|sending a wire|wire transfer',
    'wire|wiring the|your funds|money|payment|balance|retainer|deposit|fee|amount',
    // What a rental or fee scam wants wired ("first month + deposit by wire today"; FTC, "Rental
    // listing scams").
    'deposit|deposits|rent ~2 by|via wire|wire-transfer',
  ].map((phrase): PhishingPhrase => ({ phrase, kind: 'payment', wire: true })),
  ...payment(
    undefined,
    'wire|wiring us|me',
    'zelle|venmo|cashapp it|me|us',
    'zelle|venmo|cashapp the money|payment|funds',
    // A payment app or transfer service used as a verb, asked for ("please zelle whatever you can",
    // "can you western union $900"): the FTC's "Paying scammers" channels.
    'please|pls|plz|kindly|just zelle|venmo|cashapp|cash-app',
    'zelle|venmo|cashapp|cash-app ~3 to #',
    'can|could|would you ~1 wire|zelle|venmo|cashapp|cash-app|moneygram',
    'can|could|would you western union',
    'western union me|us|it|#',
    'moneygram me|us|it|#',
    // The fake-check and rental scripts' wire (FTC, "Fake check scams", "Rental listing scams"):
    // "please wire the difference", "wire the first month's rent".
    'please|pls|plz|kindly|just ~1 wire ~3 difference|excess|overpayment|rent',
    // The account to pay named later over a chat app (FTC, "Paying scammers").
    "account we will|we'll send|give|text you ~2 on|over|via whatsapp|telegram|signal",
    // An amount and a store may stand between ("buy a $200 Apple gift card").
    'buy|purchase ~3 gift card|giftcard',
    // Prepaid and reloadable cards, which the FTC names beside gift cards ("Utility imposter scams":
    // "pay with a prepaid card"; "Paying scammers"). Asked for only: child support and benefits are
    // paid out on prepaid debit cards, which a firm describes.
    'pay|paying ~1 with|by|using|via a? prepaid|reloadable card|cards|debit',
    'buy|purchase|get ~2 prepaid|reloadable card|cards|debit ~3 pay|send|numbers|number|codes|code',
    // The prepaid card by its network's name ("buy a prepaid Visa", "compre una Mastercard prepagada"):
    // the FTC's "Paying scammers" names prepaid cards by brand too. Bought, not held: benefits come on one.
    'buy+|purchase+ ~2 prepaid|reloadable visa|mastercard|amex|discover',
    'compre|comprar|compra|compren ~2 visa|mastercard|tarjeta|tarjetas prepagada|prepagadas|prepago|recargable|recargables',
    // The cards asked for ("can you get Apple gift cards for $500"), not "did you get gift cards from him".
    'can|could|would|please|pls|just you? get ~2 gift cards!|giftcards!',
    // A courier sent to the door for cash (FTC, "Family emergency scams": "someone will come to
    // pick up the money"; "Scammers will send a courier").
    // Money, not "it" or "from your home": a courier also picks up signed originals.
    'courier|runner ~3 collect|pickup|fetch ~3 #|cash|money|payment|bond|bail|funds',
    'courier|runner ~3 pick up ~3 #|cash|money|payment|bond|bail|funds',
    // A courier sent for the bank card itself (FTC consumer alert on couriers collecting cards after a
    // fake fraud call: no bank sends anyone to pick up a card). The card named as a bank's: a courier
    // also carries a client's green card or signed papers.
    'courier|messenger|runner ~4 to? collect|retrieve|pickup ~2 the|your|old ~1 bank|debit|credit|atm? card|cards',
    'courier|messenger|runner ~4 to? pick up ~2 the|your|old ~1 bank|debit|credit|atm? card|cards',
    // The same courier in Spanish ("un mensajero pasará a recoger su tarjeta de débito").
    'mensajero|mensajera|repartidor|courier ~4 recoger|recoja|recogerá|recogera|buscar ~2 su|tu|la ~1 tarjeta|tarjetas de ~1 débito|debito|crédito|credito|banco',
    'mensajero|mensajera|repartidor|courier ~4 recoger|recoja|recogerá|recogera|buscar ~2 su|tu|la ~1 tarjeta|tarjetas bancaria|bancarias',
    // An amount asked for in gift cards ("he needs $3500 in gift cards for the bond"): the FTC's
    // "anyone who demands payment in gift cards is a scammer". Not "you lost $3,000 in gift cards".
    'need|needs|want|wants|send|get|buy|bring|pay ~2 # in|of ~2 gift cards!|giftcards!',
    // The cards themselves, not "the gift card receipts".
    'pick up ~3 gift cards!|giftcards!',
    'grab ~3 gift cards!|giftcards!',
    'gift card code|number|pin',
    'photo|picture of the|your? gift? card',
    'scratch off the back',
    'itunes|steam card',
    'google play gift? card',
    'new|updated|changed|revised wiring|wire instructions',
    'new|updated|changed bank account|details',
    'transfer|move ~2 funds|balance|money|savings ~3 secure|safe|new|protected account',
    'bitcoin|crypto|btc atm',
  ),
  // Package redelivery (FTC; USPIS smishing; FCC "package delivery scam texts").
  ...of('delivery', undefined, [
    // Any form of the verb, broken English too ("your package can not deliver").
    "package|parcel|shipment|delivery|item ~3 not|couldn't|cannot|can't ~2 deliver+",
    'unable|failed ~1 to deliver ~3 package|parcel|shipment|item',
    "couldn't|can't|didn't deliver ~3 package|parcel|shipment|item",
    'delivery ~1 attempt|attempts failed|unsuccessful',
    'package|parcel|shipment|delivery ~3 unsuccessful|undeliverable',
    'redelivery|re-delivery',
    'reschedule ~2 delivery',
    // The fee under any of its names: a relabeling fee is the same small charge.
    'delivery|redelivery|customs|handling|relabel|relabeling|re-label fee',
    'reattempt|re-attempt|redeliver fee|fees',
    'customs|redelivery|re-delivery|reattempt|re-attempt charge|charges|payment',
    // The relabel charge by any name, in both languages (USPIS, "Smishing": a small fee to fix a
    // label or address). Not a reprint: a clerk charges for reprinting a certified copy.
    'relabel|relabeling|re-label charge|charges|payment',
    'cargo|tarifa|cuota|costo|pago de|por reetiquetado|reetiquetar',
    'package|parcel|shipment ~3 detained',
    'unpaid|insufficient|outstanding postage',
    // The same shortfall said the other way round (USPIS: fake postage-due texts).
    'postage ~2 not enough|sufficient',
    'postage ~2 insufficient|underpaid|short|unpaid',
    'not enough postage',
    'package|parcel|shipment ~4 back|returned to ~1 sender|warehouse|depot|origin|shipper',
    'address ~2 incomplete|invalid|incorrect|wrong|missing|unclear',
    // The label said to be unreadable, the same "we cannot read your address" story (USPIS, "Smishing":
    // texts that claim a delivery problem and ask for the address and a small fee).
    'address|shipping|package|parcel|shipment ~1 label ~3 damaged|smudged|smeared|blurred|faded|unreadable|illegible|torn|wet|incomplete|invalid|missing',
    // What happens to the parcel if the reader does not act (USPIS and FTC smishing alerts: "your
    // package will be returned or destroyed"). Not "items": seized property is destroyed in a case.
    'package|parcel|shipment ~3 will|to be ~1 disposed|destroyed|discarded|auctioned|liquidated',
    'incomplete|invalid|incorrect|insufficient address',
    'returned to sender',
    'returned|sent back to ~1 sender|shipper|origin',
    'tried|attempted ~3 delivery|deliver',
    // The driver's own words: "tried to drop off your box".
    'tried|attempted to drop-off ~2 your ~1 package|parcel|box|shipment',
  ]),
  ...of('delivery', 'carrier', [
    'package|parcel|shipment|order ~3 held|hold|pending|undeliverable|suspended|delayed|waiting|arrived|stuck|paused',
    // The part of the address named ("the street number is incomplete", "apartment number missing").
    'street|house|apartment|unit|suite|building number ~2 incomplete|invalid|incorrect|wrong|missing|unclear',
    "unable|failed|couldn't ~1 to? complete ~2 delivery|deliveries",
    'update|confirm|verify ~2 address|delivery|shipping',
    'track ~2 package|parcel|shipment',
  ]),
  // Unpaid tolls (FTC 2024-2025 toll alerts; FBI IC3 PSA on toll smishing).
  ...of('toll', undefined, [
    'unpaid|outstanding|overdue|pending|past-due|uncollected|unsettled toll',
    'not|never paid ~3 toll',
    'toll ~2 balance|fee|bill|invoice|charge|violation|notice|payment|amount ~3 due|unpaid|outstanding|overdue',
    'toll ~1 violation',
    'pay ~2 toll ~1 balance|fee|bill|invoice|now|today',
    // "You passed a toll plaza without a valid tag" (FBI IC3 PSA on toll smishing).
    'toll ~1 plaza|plazas|booth|booths|gantry|gantries|lane|point|points|camera|cameras ~3 without',
  ]),
  ...of('toll', 'toll', [
    'avoid ~3 late|additional ~1 fee|fees|penalty|fine|charge|surcharge',
    // The same fee announced rather than avoided ("a late fee of $48 starts tomorrow"; FBI IC3 PSA
    // on toll smishing: the texts threaten late fees).
    'late ~1 fee|fees|penalty|surcharge ~2 of|starts|begins|applies|added|will ~2 #|tomorrow|today|apply|be',
    'balance ~2 due',
    'invoice|bill|statement|account|balance ~3 past-due|overdue|delinquent',
    'remaining|outstanding|unpaid|overdue balance|amount',
    'non-payment|nonpayment ~4 collection|collections|dmv|suspension|penalty|penalties|fine|fines|late',
  ]),
  // Government impersonation (IRS, SSA OIG, FBI IC3; court and jury-duty fines paid by gift card).
  ...of('government', undefined, [
    // Two entries: alternatives are per word, so "number|ssn" would read "social security ssn".
    'social security number ~3 suspended|blocked|frozen|compromised|revoked',
    'ssn ~3 suspended|blocked|frozen|compromised|revoked',
    'jury duty|service ~3 fine|warrant|missed|penalty',
    'missed|missing|skipped jury duty|service',
    'failed to appear for jury duty|service',
    'failed|fail to appear|report for jury ~1 duty|service|selection',
    'warrant ~3 unless|until ~3 pay|paid',
    'warrant ~4 arrest ~3 pay|fine|gift|unless',
    'suspended|blocked|frozen|revoked|compromised ~2 your ssn',
    'suspended|blocked|frozen|revoked|compromised ~2 your social security number',
    // Government grant scams (FTC, "Government grant scams"): nobody is told they won a grant.
    'government|federal|free grant|grants ~4 #|approved|eligible|qualify|qualified|pending|receive|claim',
    'tax refund ~3 pending|ready|approved|waiting|claim|issued|on-hold',
    'stimulus|relief|rebate payment ~2 pending|ready|approved|waiting|claim',
    'eligible|qualify|qualified|approved ~3 stimulus ~1 check|payment|grant',
    // Benefit cards (SSA OIG and Medicare scam warnings).
    'medicare|medicaid ~1 card|benefits ~4 suspended|expire|expired|expiring|frozen|activate|reactivate',
    'social security card|benefits ~4 suspended|expire|expired|expiring|frozen|activate|reactivate',
    'cost-of-living|cola ~2 increase|adjustment|payment ~3 claim|verify|apply',
    // Student loan forgiveness (FTC, "Student loan forgiveness scams"; Federal Student Aid; FBI IC3
    // PSA 2022): loans "flagged" for forgiveness, forgiveness pending verification, the FSA ID.
    'loan|loans|debt|balance ~3 flagged|selected|marked ~2 for ~1 forgiveness|cancellation|discharge|relief',
    'forgiveness|cancellation ~3 pending|awaiting|requires ~1 verification|confirmation|action',
    // Default and garnishment threatened to sell a consolidation (FTC, "Student loan debt relief
    // scams"; Federal Student Aid: consolidation is free at StudentAid.gov).
    'avoid|stop|prevent ~3 garnishment|default ~3 consolidate|consolidation|enroll|enrollment',
  ]),
  // SSA OIG and the FTC on Social Security impostors: the number "cancelled" (the SSA never
  // cancels or suspends one) or tied to a crime so that the call back feels urgent. Not "used" with
  // "fraud" or "accounts": an identity theft case reports that the number was used to open accounts.
  ...unexcused('government', [
    'social security number|card ~3 cancelled|canceled|deactivated|terminated',
    'ssn ~3 cancelled|canceled|deactivated|terminated',
    'social security number ~4 used|involved|linked|tied|connected ~3 crime|crimes|laundering|trafficking|cartel',
    'ssn ~4 used|involved|linked|tied|connected ~3 crime|crimes|laundering|trafficking|cartel',
  ]),
  // The same threat after the agency's name ("Social Security Administration: your number was used
  // in a crime"), and its deposit that needs the reader's bank account (the IRS and SSA never ask for
  // one by text: IRS, "Tax scams"; SSA OIG).
  ...unexcused(
    'government',
    [
      'your? number ~2 used|involved|linked|tied|connected ~3 crime|crimes|laundering|trafficking|cartel',
      'su número|numero ~3 usado|utilizado|vinculado|relacionado|involucrado|ligado ~3 delito|delitos|crimen|lavado|narcotráfico|narcotrafico',
    ],
    'government',
  ),
  ...of('government', 'government', [
    // Asked of the reader, not told about ("the IRS needs your account for the deposit; we put it
    // on the return").
    'provide|send|confirm|verify|reply|text|share ~3 bank? account|routing ~1 number|numbers|info|details ~4 deposit|refund|payment|check',
    'we need ~3 bank? account|routing ~1 number|numbers|info|details ~4 deposit|refund|payment|check',
    'necesitamos|proporcione|envíe|envie|mande|confirme|responda|comparta ~3 su? número|numero|datos de ~1 cuenta|ruta',
  ]),
  ...of('government', 'government', [
    'license|registration ~3 suspended|revoked|expire|expires|expired|suspension',
    // The threat as a noun (FTC, fake DMV and traffic-ticket texts: "suspension of your driving privileges").
    "suspension|revocation|loss of ~1 your? driving|driver's|drivers privileges|privilege|license|registration",
    'you owe ~2 back|unpaid? taxes|penalties',
    'refund ~3 pending|ready|approved|waiting|claim|issued',
    'owed|due|eligible|entitled ~3 tax refund',
    // SSA OIG on impostors: "your benefits will be suspended" (or paused, stopped, held), of the
    // benefit payments too.
    'benefits|benefit|payments ~3 suspended|stopped|terminated|frozen|halted|discontinued|cancelled|canceled|paused',
    'outstanding|unpaid ~1 fine|fines|ticket|tickets|penalty|balance',
    // Unpaid traffic tickets texted in a DMV's name (FTC and state DMV smishing warnings, 2025).
    'unpaid|outstanding|overdue ~2 traffic|parking|speeding ~1 ticket|tickets|citation|citations|violation|violations',
  ]),
  // "Sent by mistake" payment reversals (FTC: fake-overpayment and payment-app scams).
  ...of('reversal', 'payment-app', [
    'sent|transferred|paid|deposited ~4 by|in mistake|accident|error',
    'accidentally|mistakenly sent|transferred|paid|deposited',
    'wrong person|account|number ~2 sent|paid|transferred|payment',
    'send|return|refund|pay ~2 it|them|money|funds|payment ~1 back',
  ]),
  ...of('reversal', 'payment-app', ['by mistake|accident']),
  ...of('reversal', undefined, [
    'send|return|refund ~2 money|funds ~1 back',
    'overpaid|overpayment ~3 refund|return|send|difference',
    // The "extra" asked back (FTC, "How to spot, avoid and report fake check scams": an overpayment
    // and a request to send the rest back), asked by the payer, never the firm's "we'll refund".
    'can|could|please|pls|plz ~2 send|return|refund|wire ~2 extra|difference|excess|overage|rest ~2 back',
    // The fake check's second step (FTC, "How to spot, avoid and report fake check scams"): deposit
    // it, then send on the part that is "extra".
    'deposit ~4 send|wire|zelle|venmo|transfer|forward ~2 extra|excess|overage|leftover|difference|overpayment',
  ]),
  // Fake subscription renewals, refunds and tech support (FTC).
  ...of('subscription', undefined, [
    'subscription|membership|plan ~3 auto-renew+|renew+|renewal|expired|expires|expiring|charged|suspended|cancelled|canceled',
    'auto-renewal|auto-renew+ ~3 charge|charged|payment|#',
    // The card "verified" on the call back that a fake renewal's refund sets up (FTC, "Fake
    // subscription renewal", "Refund and recovery scams"), in both languages.
    // English "verify your card" is an account alert above; not "confirmar": a firm confirms a card
    // payment on a call.
    'llamamos|llamaremos|llamaré|llamare|llamo ~1 para verificar ~1 su|tu tarjeta|tarjetas',
  ]),
  ...of('subscription', 'subscription', [
    'renewing|renewed ~3 plan|subscription|membership|protection|license',
    // The fake receipt's heading (FTC, "Fake renewal notices": an invoice for a renewal you never ordered).
    'renewal ~1 confirmation|confirmed|processed|successful|receipt|invoice',
    'billed|charged ~2 #',
    '# ~3 charged|debited|deducted',
    'payment ~2 declined|failed|unsuccessful',
    'billing ~1 problem|issue|error|failure',
    'to cancel ~3 call|contact|reply',
    'refund ~2 call|reply|click',
  ]),
  // Utility shut-off threats (FTC: "Utility imposter scams").
  ...of('utility', undefined, [
    // Any form of the verb, broken English too ("service will be suspend").
    'power|electricity|electric|service|gas|water ~2 will be ~1 disconnect+|shut|cut|suspend+|terminate+',
    'to keep your ~1 power|electricity|lights|gas|water|heat on',
    'disconnection|shutoff|shut-off ~2 notice|scheduled|pending|set|planned|slated',
    'disconnected|shut-off ~3 within|unless|today|tonight|immediately',
    // The threat as what the payment avoids, and the fee to reconnect (FTC, "Utility imposter
    // scams"; Utilities United Against Scams: "pay a reconnection fee or be shut off").
    'to avoid|prevent|stop ~2 shut-off|shutoff|disconnection|disconnect|cutoff|cut-off',
    // A fee for a meter said to need replacing (Utilities United Against Scams: impostors demand
    // payment for a new meter).
    'meter ~3 replacement|replace|upgrade|installation|install ~2 fee|fees|charge|#',
    'reconnection|reconnect|disconnection fee|fees|charge',
  ]),
  // Tech-support scams (FTC: "How to spot, avoid, and report tech support scams").
  ...of('tech-support', undefined, [
    'your ~1 computer|device|phone|pc|mac|iphone|laptop|tablet|router|modem|wifi|network ~3 infected|hacked|compromised|virus|viruses|malware|hackers|exposed|vulnerable|unprotected',
    // The way in they ask for (FTC, "Tech support scams": "they ask you to give them remote access"),
    // to a device; not a remote hearing.
    'remote access|control ~1 to ~1 your|the ~1 computer|device|phone|pc|mac|laptop|router|modem|screen|system',
    'we|i|technician ~2 need|needs|require|requires remote access|control',
    'virus|malware|trojan ~1 detected|found',
    'call ~3 support|technician|help-desk|tech|technical ~3 immediately|now|urgently',
    // The sender's own detection, and the remote-access app it sends the reader to (FTC, "Tech
    // support scams": they ask you to install software to give them remote access).
    "we|we've detected|found|noticed ~3 breach|virus|viruses|malware|spyware|intrusion",
    // A hacker "detected" on the reader's device; not "we found the hacker's address", a case's.
    "we|we've detected ~3 hacker|hackers|hack|hacking",
    // The remote-access apps they name (FTC, "Tech support scams"; FBI IC3 PSAs on tech-support and
    // refund scams naming AnyDesk and TeamViewer).
    'install|download|open ~2 anydesk|teamviewer|ultraviewer|quicksupport|supremo',
    'download|install ~3 support|remote|security|cleaner app|tool|software ~3 fix|remove|clean|secure|repair',
  ]),
  // Charity and disaster-relief scams (FTC: "Before giving to a charity").
  ...of('charity', undefined, [
    'donate|donation|donations ~4 victims|relief|disaster|hurricane|wildfire|flood|earthquake|orphans|veterans',
    'help ~3 victims ~3 donate|donation|give',
    'every dollar ~2 matched|doubled',
    // Pressure to give now, and thanks for a pledge the reader never made (FTC, "Before giving to a charity").
    'donate|contribute ~1 now|today|immediately|asap',
    // Not "give today's notice": "give" is a gift only when it helps someone.
    'give now|today|immediately ~1 to help|support|save',
    'thank|thanks ~2 for ~1 your ~1 pledge',
    'count on ~1 your|a ~2 pledge|donation|gift|contribution',
    '# of ~2 every|each|your? donation|donations|dollar|gift|gifts',
    // Gifts asked for in a disaster's name (FTC, "Donating after a disaster"; FBI IC3 on disaster
    // fraud): a relief fund or drive, families "affected by" the storm, a match that doubles the gift,
    // a pledge to pay now, the text-to-give keyword.
    'hurricane|wildfire|fire|flood|earthquake|tornado|storm|disaster|emergency ~1 relief fund|drive|effort|donation|donations',
    'relief fund|drive ~3 donate|donation|give|gift|contribute|text|reply|link',
    'donate|donation|donations|give|gift|gifts|contribute|contribution ~4 families|victims|survivors|people|children|kids|those ~2 affected|impacted|displaced|devastated',
    'matched|doubled|tripled ~3 donation|donations|gift|gifts',
    'donation|donations|gift|gifts ~3 matched|doubled|tripled',
    'every penny|cent of ~2 donations|proceeds|gifts',
    'pay|complete|confirm|finalize|fulfill|renew|honor ~2 your ~1 pledge|donation',
    'text|reply give|donate|relief ~2 to #',
  ]),
  // Rental listing scams (FTC: "Rental listing scams").
  ...of('rental', undefined, [
    'deposit ~3 to hold|secure|reserve ~2 apartment|unit|house|home|rental|place|property',
    'application fee ~3 to hold|secure|reserve ~2 apartment|unit|house|home|rental|place|property',
    'hold|secure|reserve ~2 apartment|unit|rental|house|home|place ~3 deposit|zelle|venmo|cashapp|gift|send|pay|wire|fee',
    // Paying the host off the booking site, which then cannot protect the booking (FTC, "Vacation
    // rental scams"; Airbnb and Vrbo tell guests never to pay off their platform).
    'pay|payment|paying|book|booking ~3 off-site|offsite|off-platform',
    'skip|avoid ~2 airbnb|vrbo ~1 fee|fees',
    'out of the country|town ~4 keys|apartment|house|rent',
    // The owner abroad who cannot show the place (FTC, "Rental listing scams"), said as "no showings".
    'out of the country|town ~3 no ~1 showing|showings|viewing|viewings|tours|tour|visits',
    // The owner who cannot show the place mails the keys once paid (FTC, "Rental listing scams"); in
    // the first person, not a title company's or landlord's delivery in a case.
    "i'll|i will ~1 mail|ship|send you the keys",
    // The rest of the listing scam's script (FTC, "Rental listing scams"): the owner who cannot show
    // the place, "just drive by", and the crowd of other applicants.
    "i|we ~1 can't|cannot ~1 show ~3 apartment|unit|house|home|property|place|it",
    "drive by ~4 don't ~1 disturb|knock|bother",
    'other|many|several ~1 applicants ~2 interested|waiting',
    // The same crowd in other words ("a few others are applying"); "many families are interested in
    // joining the lawsuit" is a class action's.
    'few|several|many|other|lots ~1 others|people|families ~2 applying|applied',
    // Housing assistance sold (HUD and the FTC on Section 8 scams: applying and the waiting list are
    // free, and nobody can guarantee a place for a fee).
    'guaranteed|guarantee ~2 placement|spot|voucher|housing ~4 fee|fees|#',
    'waitlist|waiting-list ~3 fee|fees',
    // Paid before the place is seen, and the race to pay first (FTC, "Rental listing scams": never
    // pay before you have seen the place; scammers say others want it).
    'first ~2 to pay|deposit|send ~2 gets|get|secures|takes it',
    'el|la primero|primera|primer ~1 en pagar|depositar|mandar ~3 se lo|la queda|gana',
    // Asked for in the imperative only: a client's account of what a landlord wanted is a case's.
    'antes de ~1 verla|verlo|visitarla|visitarlo ~4 pague|deposite|mande',
    'pague|deposite|mande ~4 antes de ~1 verla|verlo|visitarla|visitarlo',
    // The place held by a payment, in Spanish as in English above ("aparte su casa con $200").
    'aparte|aparta|apartar|separe|separa|separar|asegure|asegura su|tu|el|la ~1 lugar|casa|departamento|depa|cuarto|recámara|recamara|unidad ~2 con #',
    'hold|secure|reserve|save ~2 apartment|unit|rental|house|home|place|room ~2 with #',
  ]),
  // "Wrong number" openers of relationship and investment scams (FTC: "Wrong number texts").
  // The apology is the opener; "wrong number" alone is also how a firm asks a stranger to say so.
  ...of('wrong-number', undefined, [
    // The stranger who wrote first asking where the reader writes from (FTC, "Wrong number texts").
    'where are you texting|writing me from',
    'sorry wrong number',
    'wrong number ~2 sorry',
    'sorry ~3 texted|messaged|sent ~2 wrong',
    'is this ~1 still ~1 the number|phone of|for',
    // The opener without "sorry", in the sender's first person: "Oh, seems I have the wrong
    // number" (not the reader's "I think you have the wrong number").
    'seems|guess|think|oops|oh i ~1 have|got|texted|messaged|dialed the wrong number|person',
    'looks like i ~1 have|got|texted|messaged|dialed the wrong number|person',
    // After the apology, the turn to friendship and money (FTC, "Wrong number texts" and "Hi, how are
    // you?" alerts; FBI on "oops, wrong number" texts): coffee with a long-lost friend, "maybe we can
    // be friends", fate, and a relative or mentor who can teach you to invest.
    'free to catch up',
    'catch up over ~1 coffee|lunch|dinner|drinks',
    'still on for ~3 dinner|drinks|golf|tennis|yoga|brunch',
    'maybe|perhaps ~2 we can|could ~2 be friends',
    // The same turn asked outright, in both languages ("can we be friends?", "¿podemos ser amigos?").
    'can|could we ~1 be|become friends',
    'podemos|podríamos|podriamos|podamos ~1 ser amigos|amigas',
    // The move to a private app after a stranger's friendly opener (FTC, "Wrong number texts").
    'reconnect+ ~2 on|via|over whatsapp|telegram|signal|wechat',
    'reconectar|retomar ~3 por|en whatsapp|telegram|signal',
    // Not "I have your number in my phone", which a firm's staff say too.
    'your number was|is saved? in my contacts',
    'nice mistake|fate|destiny',
    'it is ~1 fate|destiny',
    'must be ~1 fate|destiny',
    'my uncle|aunt|cousin|mentor|brother|sister ~4 analyst|trader|insider|expert|investor|investing|trading|app|platform|crypto|gold|futures|forex',
    'teach you ~3 invest|investing|trade|trading|crypto',
    // Moving the talk to a private app (FTC, "What to know about romance scams").
    'chat+|talk+ ~2 on|via|over whatsapp|telegram|signal|hangouts|wechat',
    // After the apology, the stranger's compliment that keeps the talk going (FTC, "Wrong number texts").
    'you seem|sound ~1 nice|kind|sweet|friendly|lovely|interesting|fun',
    'show you how to ~1 invest|trade',
    // The dating-app "verification" that sends a match to a paid site (FTC, "What to know about
    // romance scams"; BBB Scam Tracker, dating verification scams).
    'prove|verify|confirm ~1 you are ~1 real|human|legit|genuine|verified',
    // Romance scams' stories of why they cannot meet and need money (FTC, "What to know about romance scams").
    "i'm|im ~3 rig|offshore",
    'i am ~3 rig|offshore',
    'need ~3 money|# ~4 plane|flight ~1 ticket|tickets ~3 visit|see you',
    // A stranger's parcel to receive and send on (FTC, "What to know about romance scams" and
    // "Reshipping scams": the romance contact asks you to reship packages).
    'receive|accept|reship|forward|re-ship ~2 package|packages|parcel|parcels ~1 for me',
  ]),
  // Credentials asked for by text (FTC, "How to recognize and avoid phishing scams": real
  // companies never ask for a password, PIN or Social Security number that way; Federal Student
  // Aid: nobody needs the FSA ID but the borrower). No firm asks for them either, so case words
  // around them excuse nothing; only the firm's own portal or number does.
  ...of('credentials', undefined, [
    'send|share|provide|give|confirm|verify|update|need|needs ~3 fsa ~1 id|username|password|login',
    'reply|text|send|share|provide|give|confirm|verify|enter|submit|tell ~4 password|passcode|pin|username|cvv',
    // The credential at the end of a list asked for ("reply with a good time and your PIN").
    'reply|respond|text ~4 and|plus your ~1 password|passcode|pin|cvv',
    'reply|text|send|share|provide|give|confirm|verify|enter|submit|tell ~4 security code',
    'reply|text|send|share|provide|give|confirm|verify|enter|submit|tell ~4 login credentials',
    // Not the date of birth alone: a firm asks for it to complete a court form.
    // The reply asked for, also as a gerund ("claim by replying with your SSN"); not the past, which
    // reports what a victim did ("she replied with her SSN").
    'reply|replying|respond|responding|text|texting ~1 back? with ~4 ssn',
    'reply|replying|respond|responding|text|texting ~1 back? with ~4 social security number',
    'reply|replying|respond|responding|text|texting ~1 back? with ~4 maiden name',
    // The number asked for straight to a phone ("text me your SSN", "send us your full Social"):
    // SSA OIG, "Scam alert": the SSA and employers never ask for the number by text.
    'text|txt|send me|us ~2 ssn',
    'text|txt|send me|us ~2 social security number',
    // A card number by text (FTC, "How to recognize and avoid phishing scams"; "Before giving to a
    // charity": give by card only on the charity's own site).
    'reply|text|send|share|provide|give|confirm|verify|enter|submit|tell ~4 credit|debit card number|numbers|details',
    'reply|text|send|share|provide|give|confirm|verify|enter|submit|tell ~3 your card number|numbers|details',
    'reply|respond|text ~1 back? with ~2 credit|debit card',
    // Bank account and routing numbers by text (FTC, "How to recognize and avoid phishing scams").
    'reply|replying|respond|responding|text|texting ~1 back? with ~4 routing|account number|numbers',
    // The same asked for as "bank info" (FTC, "How to recognize and avoid phishing scams").
    'reply|replying|respond|responding|text|texting ~1 back? with ~4 bank ~1 info|information|details|account',
  ]),
  ...of('government', undefined, [
    'linked|connected to ~2 criminal|illegal|suspicious|fraudulent ~1 activity|activities',
    // Medicare never texts for the Medicare number (Medicare.gov, "Medicare fraud & abuse"; FTC,
    // "Medicare scams"): asked for by reply, as the SSN is. A firm asks for it to settle a lien
    // ("please confirm your Medicare number so we can request the conditional payment letter").
    'reply|respond|text ~1 back? with ~4 medicare|medicaid ~1 number|id',
    // The same in Spanish ("responda con su número de Medicare").
    'responda|responde|respondiendo|conteste|envíe|envie|mande ~4 número|numero de ~1 medicare|medicaid',
  ]),
  // Advance fees for money the reader is owed (FTC, "Class action settlement scams": you never pay
  // to get a settlement payment; "Prize scams": a fee to collect is the scam). Never excused by
  // case words: the scam names the settlement.
  ...of('advance-fee', undefined, [
    'processing|transfer|clearance|handling|unlock|activation|release fee|fees ~4 release|receive|claim|collect|unlock|send',
    // The same fee due before the money goes out ("a processing fee of $89 is due before funds go out").
    'processing|transfer|clearance|handling|unlock|activation|release|withdrawal fee|fees ~4 before|until ~2 funds|payment|payout|money|check|refund|award|winnings|prize|grant|loan|cash',
    // The same before the sender releases it ("a release fee is needed before we can return your
    // coins"): recovery scams hold back the money they claim to have found (FTC, "Refund and
    // recovery scams").
    // Not a processing or transfer fee, which a firm deducts before it sends a client's funds.
    'clearance|unlock|activation|release|recovery fee|fees ~4 before|until ~2 release|return|send|unlock|transfer ~2 your? funds|money|coins|crypto|assets|payout|refund',
    // A recovery fee as a share paid first (FTC, "Refund and recovery scams": they ask for a fee
    // upfront); a firm's contingency share is paid out of what is recovered.
    'fee|fees ~2 # ~1 percent ~1 upfront|up-front|first|beforehand',
    // A fee to hurry a claim or aid (FEMA, "Disaster fraud": FEMA never charges for help; FTC,
    // "Government impersonation scams"). The firm's own fees are not paid to hurry money owed.
    'speed up ~3 claim|claims|application|file|payment|refund|aid|grant|loan|benefits ~3 pay|fee|fees',
    'expedite|prioritize|fast-track ~3 claim|claims|application|file|payment|refund|aid|grant|loan|benefits ~3 pay|fee|fees',
    // A fee up front to have a debt forgiven (FTC, "Student loan forgiveness scams": you never pay
    // for help with federal student loans; "Debt relief scams": no fee before the debt is settled).
    // The debt named: "the application fee for cancellation of removal" is an immigration filing.
    'enrollment|enrolment|application|upfront|up-front|sign-up fee|fees ~3 balance|balances|loan|loans|debt|debts ~2 cancel|cancels|canceled|cancelled|forgive|forgiven|discharge|discharged|erase|erased|eliminate|eliminated|wiped',
    // The same fee after the promise ("enroll you in forgiveness for a one-time fee"), and the
    // garnishment stopped for a payment (FTC and the Education Department: help is free).
    'forgiveness|discharge|cancellation ~1 for a? one-time|upfront|up-front fee|payment',
    'forgiveness|discharge|cancellation ~1 for a? one-time|upfront|up-front # fee|payment',
    'perdón|perdon|condonación|condonacion ~2 por un|una ~1 pago|cargo|cuota|tarifa ~1 único|unico|única|unica',
  ]),
  ...of('government', 'government', [
    'legal action ~3 against you',
    'student loan ~3 forgiveness|forgiven|cancellation|discharge ~4 approved|pending|eligible|final|expires',
  ]),
  // Job and task scams (FTC: "Job scams"; FBI IC3 on task scams).
  ...of('job', undefined, [
    // Strangers' money through the reader's own account, the money mule's job (FBI IC3, "Money mules";
    // FTC, "Job scams": a job that moves money for the company is laundering it). Customers' money,
    // not the reader's pay or a settlement.
    'receive|accept|process|handle ~2 payments|deposits|funds|transfers|money from ~1 our? customers|clients|buyers ~3 your ~1 account',
    'remote|part-time|online|home-based|flexible ~2 job|position|opportunity|work|role|gig ~4 earn|pay|paid|salary|#',
    'hiring|recruiting ~4 remote|part-time|online|flexible|work-from-home',
    'daily pay|payout|income|earnings',
    'paid daily',
    'simple|easy|online ~1 tasks|task',
    'like|rate|review|rating ~2 products|videos|apps|hotels|posts|restaurants|businesses|movies ~4 earn|paid|pay|commission|#',
    'earn|pay|paid ~4 to like|rate|review ~2 products|videos|apps|hotels|posts',
    'resume|cv|profile ~3 selected|reviewed|approved|shortlisted',
    'chosen|selected ~3 position|job|role ~3 # ~1 weekly|daily|hourly|per|a',
    'found|saw|reviewed|viewed your ~1 resume|cv|profile',
    'add ~3 whatsapp|telegram|signal',
    'contact ~3 whatsapp|telegram|signal',
    'recruiter|hr ~3 whatsapp|telegram',
    'message|msg|dm me ~2 on|via|over whatsapp|telegram|signal|wechat',
    // The recruiter reached on a private app by a handle, not the firm's number (FTC, "Job scams":
    // the "recruiter" moves you to WhatsApp or Telegram). Not WhatsApp without "me": a firm's staff
    // write "message us on WhatsApp" too.
    'message|msg|dm|text|contact|add ~2 on|via|over|in telegram|signal|wechat',
    'telegram|signal|wechat ~1 to start|begin|apply|onboard',
    'escriba|escribe|escríbale|escribale|escríbanos|escribanos|contacte|contacta|agregue|agrega ~2 por|en|vía|via telegram|signal|wechat',
    'earn ~2 commission|commissions',
    'no experience ~1 needed|required|necessary',
    'paid|pay per task|like|review|click|order',
    // The same rate with its amount ("$5 a task", "$0.50 per like"; FTC, "Task scams").
    '# a|per|each task|like|review|click',
    'mystery|secret shopper',
    'deposit ~3 check ~4 keep|send|wire|buy',
    'keep # ~3 send|wire|transfer|buy',
    // Fake-check scams (FTC, "How to spot, avoid and report fake check scams"): keep some, send the rest.
    'keep ~4 send|wire|return|transfer|forward ~2 rest|remainder|difference|excess',
    // Task scams (FTC, "Task scams"; FBI IC3 PSA 2024): "optimizing" apps or "boosting" products,
    // sets of orders for commission, and paying in your own money to unlock the next set.
    'optimize|optimization|optimizing|boost|boosting ~2 app|apps|product|products|data|orders|ratings',
    'recharge|top-up ~3 account|balance ~4 task|tasks|order|orders|combo|combos|unlock|commission|continue|receive',
    'top up ~3 account|balance ~4 task|tasks|order|orders|combo|combos|unlock|commission|continue|receive',
    // Paying into the "work" account to go on (FTC, "Task scams"): "top up 120 USDT to your work wallet".
    'top up ~3 to|into your? ~1 work|task|job|trading|earnings wallet|account|balance',
    // The same without the preposition ("top up your work account with 500 USDT").
    'recharge|top-up ~2 work|task|job|earnings wallet|account|balance',
    // Earnings held until the reader pays in (FTC, "Task scams": pay to unlock your earnings).
    'unlock|withdraw ~2 your ~1 commission|commissions|earnings',
    'recharge|deposit|add ~3 to|into your? ~1 work|task|job|trading|earnings wallet|account|balance',
    'unlock ~2 next ~1 set|sets|task|tasks|combo|combos|level|levels',
    // Outsized daily pay (FTC, "Job scams": "a job that pays $500 a day"); not weekly, which is
    // how a firm states a client's wages.
    'position|job|role|gig|opportunity ~2 pays|paying # ~1 daily|day',
    'complete|completing ~2 tasks|orders|sets ~4 earn|commission|commissions|withdraw|withdrawal',
    'work|working from your ~1 phone ~4 #|earn|paid|hour|hours|minutes|day',
  ]),
  // "Hi Mom/Dad" new-number texts (FTC: family emergency scams).
  ...of('family', undefined, [
    'hi|hey|hello mom|mum|dad|mother|father|mama|papa|grandma|grandpa|granny|nana|grandmother|grandfather',
    "it's|its me ~1 your? grandson|granddaughter|son|daughter|nephew|niece",
    "don't tell mom|dad|mum|anyone",
    'this is ~1 your grandson|granddaughter|nephew|niece',
    "i'm|im in jail|trouble",
    'i am in jail|trouble',
    // Not "my new number" or "save my new number" alone: a firm's staff say so too. The scam's
    // new number comes with a family greeting (above) or a lost phone (below).
    'delete|erase ~3 old number',
    'lost|broke|dropped|smashed|cracked my phone',
    'my phone ~2 broke|broken|lost|died|dead|cracked|smashed|fell|stolen|drowned|hacked',
    "borrowed|friend's phone",
    'send me # ~3 emergency|urgent|asap',
    // The family-emergency script (FTC, "Family emergency scams"): pay a bill for me, and the
    // promise to pay it back. Not "keep this between us", which a lawyer says of a case too.
    'can|could|would you ~1 pay|cover it|this|that for me',
    'can|could|would you ~1 pay|cover my|the ~1 bill|bills|rent|phone|ticket|fine for me',
    "i'll|i will pay you back",
    'i will pay|repay you ~2 when|once i ~1 land|arrive|get|return',
  ]),

  // Turning on a link the phone has disabled: reply, then close and reopen the chat (USPIS and FTC
  // smishing alerts on texts that ask for a "Y" so their link works).
  ...of('link-activation', undefined, [
    'close|exit|quit ~2 chat|message|conversation|text|app ~3 reopen|re-open',
    'close|exit|quit ~2 chat|message|conversation|text|app ~3 open ~2 again',
    'link|links ~3 turn|turns|become|becomes|be ~1 active|activated|clickable|live',
    'reply|text|respond ~2 to activate|enable ~2 link|links',
    // The same trick told in order: reply, then reopen this message (USPIS and FTC smishing alerts).
    'then|and ~1 reopen|re-open this message|chat|conversation|text',
  ]),
  // Virtual kidnapping (FBI, "Virtual Kidnapping Ransom Scams" and its Spanish alerts; FTC, "Family
  // emergency scams"): a relative "held", and orders that keep the reader from checking: don't call
  // the police, don't hang up. Not "don't talk to the police", a defense lawyer's standing advice.
  ...of('extortion', undefined, [
    "don't|never ~1 call|contact|involve|notify|alert ~2 police|cops|authorities|911",
    "don't|never hang up on ~1 us|me",
    'see her|him|them|your ~2 alive',
    'no ~1 llame|llames|llamen|avise|avises|avisen|contacte|contactes|involucre ~2 policía|policia|autoridades|911',
    'no me|nos cuelgue|cuelgues|cuelguen',
    'ver|verlo|verla|verlos|verlas ~3 con vida',
  ]),
  // Being told to keep it from the bank (FTC, "Government impersonators" and its alerts: anyone
  // who tells you to lie to your bank or not to tell it is a scammer).
  ...of('secrecy', undefined, [
    "don't|never ~1 tell|discuss|mention|explain ~3 bank|banker|teller|branch",
    'lie to|mislead ~2 bank|banker|teller',
  ]),

  // Spanish: the same scam shapes, from the FTC's Spanish consumer alerts (consumidor.ftc.gov).
  ...of('account', undefined, [
    // "ha sido" is two words; "fue", "está" one (a per-word alternative had required "ha" before each).
    'su cuenta|tarjeta ~2 ha sido ~1 suspendida|bloqueada|restringida|cerrada|congelada|desactivada',
    'su cuenta|tarjeta ~2 fue|está|esta ~1 suspendida|bloqueada|restringida|cerrada|congelada|desactivada',
    'verifique|confirme|actualice|valide ~1 su identidad|cuenta|información|informacion|datos',
    'actividad inusual|sospechosa',
  ]),
  ...payment(
    undefined,
    'pague|pagar|paga ~4 tarjeta|tarjetas de regalo',
    'tarjeta|tarjetas de regalo',
    'envíe|envie|mande|envía|envia ~3 zelle|venmo|cashapp|bitcoin',
    'foto de los|las? códigos|codigos',
  ),
  // Credentials by text, in Spanish (FTC, "Cómo reconocer y evitar las estafas de phishing").
  ...of('credentials', undefined, [
    'responda|envíe|envie|mande|confirme|comparta|proporcione|escriba ~4 contraseña|contrasena|pin|clave|usuario',
    // "NIP", Mexico's word for the PIN, and the PIN at the end of a list of what to reply with ("responda
    // con una hora y su NIP"), as in English.
    'responda|responde|envíe|envie|mande|confirme|comparta|proporcione|escriba ~4 nip',
    'responda|responde|conteste|contesta ~4 y su|tu ~1 pin|nip|clave|contraseña|contrasena',
    'responda|envíe|envie|mande|confirme|comparta|proporcione|escriba ~4 seguro social',
    // The same asked in the familiar form and to a phone (SSA OIG, "Alerta de estafa").
    'responde|contesta|envía|envia|manda|mándame|mandame|envíame|enviame|mándanos|mandanos|envíanos|envianos|escríbeme|escribeme ~4 seguro social',
  ]),
  ...of('delivery', undefined, [
    'paquete|envío|envio ~3 retenido|detenido|pendiente|devuelto',
    'no ~2 pudo ser entregado',
    'no ~2 pudimos entregar',
    'tarifa ~2 entrega|reenvío|reenvio|aduana',
  ]),
  ...of('toll', undefined, [
    'peaje|peajes ~2 pendiente|vencido|impago',
    'peaje|peajes ~2 sin pagar',
    'pague|pagar ~2 peaje',
  ]),
  ...of('government', undefined, ['evitar ~2 orden de arresto', 'orden de arresto ~4 pague|pagar']),
  // The Social Security impostor's shapes above, as the FTC's and SSA's Spanish alerts give them
  // ("Su número de Seguro Social fue suspendido", "relacionado con un delito").
  ...unexcused('government', [
    'seguro social ~3 suspendido|bloqueado|cancelado|congelado|desactivado|comprometido',
    'seguro social ~4 usado|utilizado|vinculado|relacionado|involucrado|ligado|asociado ~3 delito|delitos|crimen|crímenes|lavado|narcotráfico|narcotrafico|cártel|cartel',
  ]),
  ...of('family', undefined, ['hola mamá|mama|papá|papa|abuela|abuelo', 'mi nuevo número|numero']),
  // More of the same shapes in Spanish, each the counterpart of an English entry above, as the FTC's
  // Spanish alerts (consumidor.ftc.gov) describe them. Fake fraud alerts and the "safe account" (FTC,
  // "Alertas de fraude falsas"; "Cómo evitar una estafa de impostores: le dicen que transfiera su
  // dinero a una cuenta 'segura'"): "if you did not authorize it" and the move of the money.
  ...of('account', undefined, [
    'si no ~2 reconoce|reconoció|reconocio|autorizó|autorizo|realizó|realizo|hizo ~3 cargo|compra|transacción|transaccion|transferencia|retiro|cobro',
    'si no fue usted',
    'detectamos ~2 cargo|compra|transacción|transaccion|retiro|cobro|acceso',
    'detectamos ~2 inicio de sesión|sesion',
    'cargo|compra|transacción|transaccion|acceso ~1 inusual|sospechoso|sospechosa',
    'cargo|compra|transacción|transaccion|acceso no autorizado|autorizada',
    'alerta de fraude|seguridad',
    'transfiera|transferir|transfieran|mueva|mover|pase|pasar ~3 fondos|dinero|ahorros ~3 cuenta segura|protegida',
    'reactive|reactivar|restablezca|restablecer|desbloquee|desbloquear ~2 su|tu ~1 cuenta|tarjeta|acceso',
  ]),
  // Card details and logins asked for by text (FTC, "Cómo reconocer y evitar las estafas de phishing").
  ...of('credentials', undefined, [
    'responda|responde|respondiendo|envíe|envie|envía|envia|enviando|mande|manda|mándame|mandame|mándeme|mandeme|confirme|confirma|comparta|proporcione|escriba|ingrese|actualice ~4 datos|números|numeros|número|numero de su|tu tarjeta',
    // The same with "la tarjeta" ("responda con el número de la tarjeta con que pagó"), and in the
    // voseo and tú forms of Central and South American texts ("respondé", "poné", "ingresá").
    // An identity card ("la tarjeta de residencia") is left out in the rule (endsOnIdentityCard).
    'responda|responde|respondé|respondiendo|envíe|envie|envía|envia|enviá|enviando|mande|manda|mandá|confirme|confirma|confirmá|comparta|proporcione|escriba|escribí|ingrese|ingresa|ingresá|ingresás|ponga|pongas|pongás|poné|actualice ~4 datos|números|numeros|número|numero ~1 de la tarjeta',
    'respondé|enviá|mandá|confirmá|escribí|ingresa|ingresá|ingresás|ponga|pongas|pongás|poné ~4 datos|números|numeros|número|numero de su|tu tarjeta',
    'respondiendo|enviando|mandando|escribiendo ~4 contraseña|contrasena|pin|clave|usuario',
    'confirme|envíe|envie|comparta|proporcione ~2 fsa ~1 id',
  ]),
  // "Sent by mistake" payment reversals (FTC, "Le enviaron dinero por error en una app de pagos").
  ...of('reversal', 'payment-app', [
    'enviado|enviados|enviada|mandado|transferido|depositado|pagado|envié|envie|mandé|mande|transferí|transferi ~4 por error|equivocación|equivocacion|accidente',
    'devuélvalo|devuelvalo|devuélvamelo|devuelvamelo|regréselo|regreselo',
    'me los? regresas|devuelves|regresa|devuelve',
  ]),
  // Fake renewals (FTC, "Avisos falsos de renovación"): a charge for a renewal never ordered.
  ...of('subscription', undefined, [
    'cobro|cargo de? # ~3 renovación|renovacion|suscripción|suscripcion|membresía|membresia',
    'renovación|renovacion ~1 anual|automática|automatica ~3 cobro|cargo|cobramos|#',
  ]),
  // Parcel fees and the reopen-the-chat trick (USPIS and FTC smishing alerts, in Spanish).
  ...of('delivery', undefined, ['falta|pendiente ~1 pagar|pago ~3 envío|envio|entrega|reenvío|reenvio|aduana']),
  ...of('toll', undefined, [
    'debe|adeuda # ~3 peaje|peajes|autopista|autopistas',
    // A penalty that lands the same day unless paid (FTC, "Estafas de peaje por mensaje de texto":
    // the late fee threatened for today).
    'multa|recargo|penalidad|penalización|penalizacion ~4 si no paga|pagas|liquida|liquidas hoy',
  ]),
  ...of('link-activation', undefined, [
    'cierre|cierra|salga|sal ~3 mensaje|chat|conversación|conversacion ~4 vuelva|vuelve|ábralo|abralo|ábrelo|abrelo',
    'vuelva|vuelve a abrir ~2 mensaje|chat|conversación|conversacion|enlace',
    'responda|responde ~2 para activar ~2 enlace|link',
  ]),
  // Job and task scams (FTC, "Estafas de empleo" and "Estafas de tareas"): paid likes and ratings,
  // daily pay, a recruiter on WhatsApp, the fake check, and paying in to unlock the tasks.
  ...of('job', undefined, [
    // Strangers' money through the reader's own account, the money mule's job (FBI IC3, "Money mules";
    // FTC, "Estafas de empleo": recibir pagos y reenviarlos es lavado de dinero). Customers' money,
    // not the reader's pay or a settlement.
    'recibir|recibirá|recibira|recibirás|recibiras|recibe|reciba|recibes|recibirías|recibirias ~1 depósitos|depositos|pagos|transferencias|dinero de ~1 nuestros|nuestras|sus? clientes|compradores ~3 su|tu cuenta',
    'dando|dar|dé|de|da ~1 likes ~3 videos|publicaciones|productos|posts',
    'dando|dar|dé|de|da ~1 me gusta ~3 videos|publicaciones|productos|posts',
    'calificar|calificando|reseñar|evaluar ~1 productos|videos|hoteles|aplicaciones',
    // Any person of the verb, and the places rated on a map (FBI IC3 on task scams: ratings of
    // restaurants, hotels and businesses paid per task).
    'calificas|calificás|califica|califique|califiquen|calificá|reseñas|reseña|reseñe|evalúas|evalúa|evalúe|calificando|reseñando ~1 restaurantes|negocios|lugares|tiendas|hoteles|productos|películas|peliculas|apps|aplicaciones',
    'reclutador|reclutadora|reclutadores|reclutadoras ~3 whatsapp|telegram|signal',
    // Not "pago diario" alone: a wage claim names the daily pay owed.
    'ganancias|ingresos diario|diarios|diaria|diarias',
    'pago|pagos diario|diarios ~1 garantizado|garantizados|desde',
    'agrégame|agregame|agrégueme|agregueme|escríbeme|escribeme|contáctame|contactame|contácteme|contacteme ~3 whatsapp|telegram|signal',
    'vimos|revisamos|vi|leímos|leimos ~1 tu|su ~1 currículum|curriculum|currículo|curriculo|perfil|cv',
    'comprador|compradores|compradora|cliente|clientes misterioso|misteriosos|misteriosa|misteriosas',
    // "Cliente incógnito" is the same job's other Spanish name.
    'comprador|compradores|compradora|cliente|clientes incógnito|incognito|incógnitos|incognitos|incógnita|incognita',
    'deposite|deposita|deposítelo|depositelo|depósitelo|cobre|cobra ~4 mande|mándenos|mandenos|envíe|envie|envíenos|envienos|transfiera|devuelva',
    'desbloquear|desbloquee|desbloquea ~3 tareas|comisión|comision|comisiones|ganancias|pedidos|nivel',
    'recarga|recargue|recargar ~3 usdt|saldo|cuenta',
    'no se ~1 necesita|requiere experiencia',
    'sin experiencia ~1 necesaria|previa|requerida',
  ]),
  // Family emergencies (FTC, "Estafas de emergencias familiares"): the lost phone, "it's me", keep
  // it from the parents, "I'm locked up", "I'll pay you back".
  ...of('family', undefined, [
    'se me cayó|cayo|rompió|rompio|perdió|perdio|mojó|mojo ~2 el|mi ~1 teléfono|telefono|celular',
    'perdí|perdi|rompí|rompi ~1 mi ~1 teléfono|telefono|celular',
    'se cayó|cayo|rompió|rompio mi ~1 teléfono|telefono|celular',
    'mamá|mama|papá|papa|abuela|abuelo|abue|tía|tia|tío|tio ~1 soy yo',
    'no le|les digas|diga|digan ~2 mis|a ~1 papás|papas|padres|mamá|mama|papá|papa|nadie',
    'estoy detenido|detenida|preso|presa|arrestado|arrestada',
    'estoy en la cárcel|carcel',
    'te|se lo|la|los pago|devuelvo|regreso ~2 mañana|manana|luego|pronto',
    // The promise to repay on arrival (FTC, "What to know about romance scams": money to travel,
    // to leave a job abroad, always paid back later).
    'te|le pago|devuelvo|regreso ~2 cuando llegue|vuelva|regrese|salga|cobre',
    'te|se lo|la|los pago|devuelvo|regreso ~2 cuando llegue|vuelva|regrese|salga|cobre',
    'me|nos robaron ~2 cartera|billetera|pasaporte|teléfono|telefono|celular|maleta',
  ]),
  ...payment(
    undefined,
    'mándame|mandame|envíame|enviame|manda|mande|mandar|enviar|envía|envia|deposita|deposite ~3 moneygram|cashapp|zelle|venmo',
    'mándame|mandame|envíame|enviame|manda|mande|mandar|enviar|envía|envia|deposita|deposite ~3 western union',
    'mándame|mandame|envíame|enviame|manda|mande|mandar|enviar|envía|envia|deposita|deposite ~3 cash app',
    // Money sent back through the same channels, asked for (FTC, "Le enviaron dinero por error" and
    // "Cheques falsos": return the "extra" by wire or app): the counterpart of the English "return|
    // refund ... by|via" entries, as an imperative or a question ("¿me puede regresar...?"), never the
    // firm's "le vamos a devolver".
    ...SPANISH_CHANNELS.map(
      (channel) =>
        `regrese|regrésame|regresame|regréseme|regreseme|regréselo|regreselo|devuelva|devuélvame|devuelvame|devuélvalo|devuelvalo|transfiera|envíeme|envieme|envíenos|envienos|mándeme|mandeme|mándenos|mandenos ~3 ${channel}`,
    ),
    ...SPANISH_CHANNELS.map(
      (channel) =>
        `puede|puedes|podría|podria|podrías|podrias regresar|regresarme|devolver|devolverme|mandar|mandarme|enviar|enviarme|transferir|transferirme ~3 ${channel}`,
    ),
    // A payment asked for through them, the English "pay ... by|via" ("pague el depósito por Zelle").
    ...SPANISH_CHANNELS.map(
      (channel) => `pague|paguen|pagar|paga|pagá|pagues|pagués ~3 por|con|vía|via|mediante|usando ${channel}`,
    ),
    // Sent through them with the amount, the pronoun or the payee's name between ("mándalo a nombre
    // de mi primo por Western Union", "envíe $300 de depósito por Remitly"): FTC, "Cómo pagarle a un
    // estafador" (whoever asks for a transfer to a name is a scammer).
    ...SPANISH_CHANNELS.map(
      (channel) =>
        `mándame|mandame|envíame|enviame|manda|mande|mándalo|mandalo|mándelo|mandelo|mándamelo|mandamelo|envíalo|envialo|envíelo|envielo|envía|envia|envíe|envie|deposita|deposite ~4 por|vía|via|mediante ${channel}`,
    ),
    // The account to pay named later over a chat app (FTC, "Cómo pagarle a un estafador": the payee
    // given in a private message, never on a bill).
    'cuenta que le|te|les ~1 indicaremos|daremos|pasaremos|enviaremos|mandaremos|indicamos ~1 por whatsapp|telegram|signal',
    // The fake check's remainder passed on (FTC, "Cheques falsos": keep your pay, send the rest).
    ...SPANISH_CHANNELS.map(
      (channel) => `resto|restante|diferencia|excedente|sobrante por|con|vía|via|mediante|usando ${channel}`,
    ),
  ),
  // Utility shut-off threats (FTC, "Estafas de impostores de compañías de servicios públicos").
  ...of('utility', undefined, [
    'servicio|luz|gas|agua|electricidad ~3 será|sera ~1 cortado|cortada|suspendido|suspendida|desconectado|desconectada',
    'servicio|luz|gas|agua|electricidad ~3 va a ser ~1 cortado|cortada|suspendido|suspendida|desconectado|desconectada',
    'le|les|te cortamos|cortaremos|cortarán|cortaran ~2 servicio|luz|agua|gas',
    'aviso de corte|desconexión|desconexion',
    'evite|evitar ~2 corte|desconexión|desconexion|suspensión|suspension',
    'medidor ~3 cambio|reemplazo|reemplazar|cambiar ~3 urgente|cuota|#',
  ]),
  // Tech support (FTC, "Estafas de soporte técnico"): hackers "detected", remote access.
  ...of('tech-support', undefined, [
    'detectamos|encontramos ~3 hackers|hacker|virus|malware|intrusos',
    'instale|instala|descargue|descarga ~4 acceso|control remoto',
  ]),
  // Rental listings and advance fees (FTC, "Estafas de anuncios de alquiler"; "nadie le cobra por
  // recibir dinero del gobierno").
  ...of('rental', undefined, [
    'fuera del país|pais|ciudad ~4 llaves|casa|departamento|apartamento|renta',
    // The English "out of the country, so no showings".
    'fuera del país|pais ~4 no ~2 mostrar|mostrarlo|mostrarla|enseñar|enseñarlo|enseñarla|visitas|recorridos',
    'le|te envío|envio|mando|mandaré|mandare ~1 las llaves',
    'depósito|deposito ~3 para apartar|reservar|asegurar',
  ]),
  ...of('advance-fee', undefined, [
    'cuota|tarifa|pago|cargo de ~1 trámite|tramite|procesamiento|activación|activacion|liberación|liberacion ~4 liberar|recibir|cobrar|cheque|fondos|subsidio',
    'para liberar ~2 cheque|fondos|dinero|pago|premio',
  ]),
  // "Wrong number" openers (FTC, "Mensajes de texto de número equivocado").
  ...of('wrong-number', undefined, [
    // The stranger who wrote first asking where the reader writes from (FTC, "Mensajes de texto de
    // número equivocado": the small talk that starts the scam). 'Me', not a firm's 'nos'.
    'de dónde|donde me escribe|escribes|escribís|escribis|escriben',
    'me equivoqué|equivoque de número|numero|persona',
    'perdón|perdon|disculpa|disculpe ~2 número|numero equivocado',
    'mi tío|tio|tía|tia|primo|prima|mentor ~4 cripto|trading|inversiones|invertir|oro|forex',
    'te|le enseño|enseñe|enseñó|enseno|enseño ~2 invertir|trading|cripto',
  ]),
  // Sextortion (FBI and FTC, "Sextorsión"): pay or intimate images go to the reader's contacts.
  ...of('secrecy', undefined, [
    'mandamos|enviamos|publicamos|compartimos|mandaremos|enviaremos ~3 todos tus|sus contactos|amigos|seguidores',
    // The same threat in the first person singular.
    'envío|envio|mando|publico|comparto|enviaré|enviare|mandaré|mandare|publicaré|publicare ~3 todos tus|sus contactos|amigos|seguidores',
  ]),
  // More Spanish counterparts of English entries above, named after each (FTC's Spanish alerts,
  // consumidor.ftc.gov: "Alguien le pide su código de verificación", "Alertas de fraude falsas",
  // "Estafas de emergencias familiares", "Tarjetas de regalo: cómo evitar estafas", USPIS and toll
  // agencies' smishing alerts, FSA's "nunca comparta su FSA ID").
  // "reply|send|share|give|read ~4 code ~4 sent|texted|received": the verification code asked for.
  ...of('credentials', undefined, [
    'dele|deme|dame|denos|danos|díganos|diganos|dígame|digame|comparta|compártanos|compartanos|envíe|envie|mande|reenvíe|reenvie|léame|leame ~4 código|codigo ~4 llegará|llegara|llegó|llego|enviamos|enviaremos|recibió|recibio|recibirá|recibira|sms|mensaje|texto',
    // "need ~3 fsa id|password".
    'necesitamos|necesito|dame|danos|mándanos|mandanos|envíanos|envianos ~3 fsa ~1 id',
    'fsa ~1 id ~1 y|e ~1 tu|su? password|contraseña|contrasena',
    // "replying with ... social security number".
    'seguro social respondiendo|contestando',
  ]),
  // "did you ~2 authorize|make ~3 purchase|charge" with its amount: the fake fraud alert, with the
  // question below.
  ...of('account', undefined, [
    'autorizó|autorizo|realizó|realizo|hizo ~2 cargo|compra|transacción|transaccion|retiro|transferencia de #',
  ]).map((entry): PhishingPhrase => ({ ...entry, needsChannel: true })),
  // "new number" and the dropped phone, with the phone's short name.
  ...of('family', undefined, [
    'mi número|numero nuevo',
    'se me cayó|cayo|rompió|rompio|perdió|perdio|mojó|mojo ~2 el|mi ~1 cel',
  ]),
  // "send|need # in gift cards": an amount asked for in gift or store cards.
  ...payment(
    undefined,
    'mandes|mande|mandar|envíes|envies|envíe|envie|enviar|compres|compre|comprar|necesito|necesita ~2 # en tarjetas|tarjeta ~1 de ~1 apple|itunes|google|steam|amazon|regalo',
  ),
  // "within # hours to avoid" / "within # hours or": hours, not days, as in English.
  ...of('urgency', undefined, [
    'en|dentro ~3 # horas|hrs|minutos ~1 para evitar',
    'en|dentro ~3 # horas|hrs|minutos ~1 o ~1 se|su|le|será|sera',
  ]),
  // "redelivery fee" with its amount, and "remaining balance ... overdue" on a toll account.
  ...of('delivery', undefined, ['# ~4 reenvío|reenvio']),
  ...of('toll', undefined, [
    'saldo|monto|cargo ~1 pendiente|vencido|impago ~4 peaje|peajes',
    'saldo|monto|cargo sin pagar ~4 peaje|peajes',
  ]),
  // The ninth round of shapes, each from a public advisory and said in both languages where the
  // scam is. Asking for the code that is about to arrive, in a reply or by its Spanish verbs of
  // handing over (FTC, "Someone asks for your verification code? It's a scam" and its Spanish page):
  // "reply with your address and the 6-digit code we text you", "pasanos el código que te llegó".
  ...of('credentials', undefined, [
    'pasanos|pásanos|pasenos|pásenos|pasame|pásame|pásenme|pasenme|decinos|decime|dinos|díganos|diganos|danos|dános|denos|dénos ~2 pin|nip|contraseña|contrasena',
    // The bank's "clave" named as such, not a case's or a postal code.
    'pasanos|pásanos|pasenos|pásenos|pasame|pásame|pásenme|pasenme|decinos|decime|dinos|díganos|diganos|danos|dános|denos|dénos ~3 clave|claves de|del ~2 homebanking|home|banco|cajero|tarjeta|banca|cuenta|débito|debito',
  ]),
  // A courier or "a man from the bail office" sent to the home for cash (FTC, "Family emergency
  // scams" and its Spanish page: "alguien pasará por su casa a recoger el dinero"). Money named:
  // a courier also picks up signed papers.
  ...payment(
    undefined,
    // Cash or a bond, not a check: a firm may offer to pick up a retainer check at a client's home.
    'come|stop|drop ~4 your ~1 home|house|door|place ~4 to? collect|pickup|fetch ~2 cash|bond|bail',
    'come|stop|drop ~4 your ~1 home|house|door|place ~4 to? collect|pickup|fetch ~2 # ~2 in cash|bond|bail',
    'come|stop|drop ~4 your ~1 home|house|door|place ~4 to? pick up ~2 cash|bond|bail',
    'come|stop|drop ~4 your ~1 home|house|door|place ~4 to? pick up ~2 # ~2 in cash|bond|bail',
    'courier|runner|messenger ~4 will|to ~4 collect|pickup|fetch ~3 #|cash|money|bond|bail|funds',
    'pasa|pasará|pasara|pasar|irá|ira|ir|vendrá|vendra|venir ~4 casa ~2 a? recoger|buscar ~3 dinero|efectivo|plata|cuartos|lana|feria|fianza',
    // Prepaid and reloadable card brands asked for by name (FTC, "Paying scammers" and "Gift card
    // scams"; their Spanish pages name the same cards): Vanilla and MoneyPak.
    'vanilla|onevanilla|moneypak gift? card|cards|visa|mastercard|prepaid|reload',
    'tarjeta|tarjetas ~1 de? ~1 regalo? vanilla|onevanilla|moneypak',
    // A donation asked for through a payment app in Spanish, the English "donate ... via Zelle"
    // (FTC, "Antes de donar a una organización de caridad": pide donaciones por tarjeta de regalo,
    // giro o app de pagos, es una estafa).
    ...SPANISH_CHANNELS.map(
      (channel) =>
        `done|donar|dona|doná|donen|donación|donacion|donaciones|aporte|aportar|contribuya|contribuir ~3 por|con|vía|via|mediante|usando|a ${channel}`,
    ),
  ),
  // Disaster-relief asks in Spanish, the English "donate ... victims" (FTC, "Donaciones después de
  // un desastre").
  ...of('charity', undefined, [
    'done|donar|dona|doná|donen|donación|donacion|donaciones ~4 damnificados|víctimas|victimas|afectados|huracán|huracan|inundaciones|terremoto|incendios',
  ]),
  // The family script's parents by their pet names ("no le digas a mami"), as the FTC's Spanish
  // page on family emergencies quotes them.
  ...of('family', undefined, [
    'no le|les digas|diga|digan ~2 a mami|papi|mamita|papito|abuelita|abuelito',
    'hola mami|papi|abuelita|abuelito|abue',
  ]),
  // The fake buyer's "your account must be upgraded to business to receive my payment", and the
  // upgrade fee it asks for (CFPB, "Payment app scams"; FTC, "Selling online? Watch out for
  // scammers": no payment app charges a seller to receive a payment).
  ...of('reversal', 'payment-app', [
    'upgrade|upgraded|upgrading ~4 business|merchant|premium ~1 account',
    'upgrade|upgraded|upgrading to ~1 a? business|merchant',
    'pay|cover|send ~3 # ~1 upgrade|upgrading',
    'business|merchant ~1 account ~3 upgrade|upgraded|fee',
    'actualizar|actualice|actualizada|cambiar|cambie|pasar|pase ~3 cuenta ~2 negocio|negocios|empresarial|comercial',
  ]),
  // Money owed to the reader held back for a fee first (FTC, "Fake check scams", CFPB, "Payment app
  // scams": a "verification deposit" to release a payment; FTC, "Prize scams": pay taxes,
  // insurance or shipping to get the prize; FTC, "Advance-fee loans"). The money named as the
  // reader's: a lien is released when a debt is paid, which a firm reports.
  ...of('advance-fee', undefined, [
    // Sent by the reader: a bank's own "verification deposits" are small amounts it sends.
    'send|pay ~1 a|the|your ~2 verification|activation|unlock deposit|fee',
    'envíe|envie|envía|envia|mande|manda|pague|paga|haga|deposite|deposita ~3 depósito|deposito|pago|cuota|cargo|tarifa de ~1 verificación|verificacion|activación|activacion|desbloqueo',
    'payment|funds|money|transfer|winnings|prize ~3 released|unlocked|credited ~4 once|when|after ~2 you ~1 send|pay|deposit',
    'pago|pagos|fondos|dinero|transferencia|premio se ~1 libera|liberará|liberara|liberan|acredita|acreditará|acreditara ~3 cuando|después|despues|una vez ~3 envíe|envie|pague|deposite|mande',
    'to schedule|arrange|receive|claim|release ~3 delivery|shipment|prize|winnings|award|payout ~3 pay|prepay|pre-pay|cover ~4 fee|fees|insurance|tax|taxes|charge|charges',
    'para recibir|cobrar|reclamar|liberar ~3 premio|dinero|fondos|préstamo|prestamo ~4 pague|cubra|deposite|envíe|envie|cubrir|pagar ~4 cuota|tarifa|impuesto|impuestos|seguro|envío|envio|comisión|comision|cargo',
    'antes del|de ~1 depósito|deposito|desembolso ~4 debe|necesita ~2 pagar|cubrir|depositar ~3 seguro|cuota|tarifa|comisión|comision|cargo',
  ]),
  // A toll account's "negative balance" and the tag or sticker switched off (FTC, "Mensajes falsos
  // sobre peajes sin pagar"; FBI IC3 PSA on toll smishing), with a toll agency named.
  ...of('toll', 'toll', [
    'saldo|monto|balance negativo|pendiente|vencido|impago|atrasado',
    'negative balance|amount',
    'calcomanía|calcomania|etiqueta|tag|transpondedor|pase ~3 desactivada|desactivado|suspendida|suspendido|bloqueada|bloqueado|cancelada|cancelado',
    'tag|transponder|sticker|pass ~3 deactivated|suspended|disabled|blocked|cancelled|canceled',
    'evite|evitar ~3 multa|multas|recargo|recargos',
  ]),
  // The fake invoice's way out: a number to call to reverse a charge the reader never made (FTC,
  // "Fake invoice and refund scams"). The number given in the text, not "call your card issuer to
  // reverse it", a firm's advice; an account alert, so the firm's own number excuses it.
  ...of('account', undefined, [
    'call|contact|dial ~4 # ~1 to reverse ~2 it|this|charge|payment|purchase|transaction|order',
  ]),
  // The fourteenth round's shapes, each said several ways and in both languages where the scam is.
  // Money sent "by mistake" from an app, by the Colombian verb of depositing (FTC, "Le enviaron
  // dinero por error en una app de pagos"): "le consigné $350.000 por Nequi por equivocación".
  ...of('reversal', 'payment-app', [
    'consigné|consigne|consignó|consigno|consignado|consignada|deposité|pasé|gire|giré ~4 por error|equivocación|equivocacion|accidente',
  ]),
  // A payment to a card or account number given in the text (FTC, "Cómo pagarle a un estafador";
  // FBI IC3 and the FTC on disaster-charity fraud: gifts to a personal account), quiet when its
  // sentence names the account as the firm's own (see toAccount).
  ...[
    'deposite|deposita|depositar|transfiera|transfiere|transferir|mande|manda|mandar|envíe|envie|envía|envia|enviar|pague|paga|pagar|transferencia|depósito|deposito ~4 a|en la|una|esta|mi tarjeta|cuenta|clabe #',
    'send|deposit|transfer|wire|pay|donate|transfers|deposits|donations ~4 to|into|onto the|this|my|a? card|account #',
  ].map((phrase): PhishingPhrase => ({ phrase, kind: 'payment', toAccount: true })),
  // A job that must be paid for first: a certification, a course or the equipment before the start
  // (FTC, "Job scams" and "Estafas de empleo": you pay for training or certification).
  ...of('job', undefined, [
    // Before the job's start, not any "first": a court-ordered class is paid for first too ("you
    // pay the course fee first, then send us the certificate").
    'pay|buy|purchase|cover ~2 your|a|the ~1 certification|certificate|training|course|equipment|laptop ~2 fee|cost? ~1 before you|your|the ~1 shift|start|job|day|work|hire|onboarding|begin|orientation',
    'before you|we start|starting|begin|beginning ~4 pay|buy|purchase|cover ~3 certification|certificate|training|course|equipment|kit|laptop',
    'antes de empezar|comenzar|iniciar|arrancar ~4 pague|pagar|compre|comprar|cubra|cubrir|deposite ~3 certificación|certificacion|capacitación|capacitacion|curso|examen|uniforme|equipo|kit|laptop',
    'pague|pagar|cubra|cubrir ~1 su|la|una ~1 certificación|certificacion|capacitación|capacitacion|curso de #',
  ]),
  // Voter registration "inactive" and fixed by reply (FTC and state election offices: election
  // officials never text for a Social Security number). Told as its state ("was flagged inactive",
  // "está inactivo"), not what a move may do to it, and only in a message that asks for a reply, a
  // call or a click (see needs): a firm tells a client who moved that the registration "was marked
  // inactive" and to update it with the county. Case words excuse the registration's status: an
  // immigration matter names a cancelled registration. The last digits of the SSN asked by reply
  // after another detail are not listed: a firm finding a client's file asks so ("reply with your
  // full name and the last 4 of your SSN"), as the plainer "reply with the last 4 of your SSN" has
  // always been let be.
  ...of('government', undefined, [
    'voter registration|status is|was|has|shows|appears ~2 flagged|inactive|suspended|cancelled|canceled|purged|expired|removed',
    'registro|inscripción|inscripcion|credencial de ~1 votante|elector|electoral está|esta|fue|aparece|figura|quedó|quedo|ha ~2 inactivo|inactiva|suspendido|suspendida|cancelado|cancelada',
  ]).map((entry): PhishingPhrase => ({ ...entry, needs: 'request' })),
  // A fake fraud alert's charge "tried", and the agent who will call to "secure" the card (FTC,
  // "Fake fraud alerts" and "Alertas de fraude falsas").
  ...of('account', undefined, [
    // The older "did you make the payment" likewise, moved here from the account alerts above.
    'did you ~2 attempt|authorize|make|approve|request ~3 purchase|transaction|charge|payment|transfer|withdrawal',
    'did you ~1 try|attempt ~2 # ~3 purchase|transaction|charge|payment|transfer|withdrawal',
    'intentó|intento|realizó|realizo|hizo ~1 una|un ~1 compra|cargo|transacción|transaccion|retiro de #',
    // Only beside the alert's own way to answer (needsChannel: "Reply 1 if yes"): a firm asks
    // whether a client made a payment, or of a withdrawal from a joint account, in a case.
  ]).map((entry): PhishingPhrase => ({ ...entry, needsChannel: true })),
  // The agent only in a bank's name: a firm tells a client whose card was stolen that "la asesora
  // del banco le llamará para bloquear su tarjeta".
  ...of('account', 'bank', [
    'agent|specialist|representative|advisor ~2 will|to call ~3 secure|protect|block|lock|freeze your ~1 card|account',
    'agente|asesor|asesora|especialista|representante ~2 le|te ~1 llamará|llamara ~3 proteger|asegurar|bloquear ~2 su|tu ~1 tarjeta|cuenta',
  ]),
  // A parcel's fee told as the way to get it out, or back it goes (USPIS and FTC smishing alerts;
  // FTC, "Estafas de romance": a box of savings held at customs for a fee).
  ...of('delivery', undefined, [
    // Customs and release only: a firm names the shipping of records and the taxes a client owes.
    'pagar|pague|pagues|paga|cubrir|cubra # ~1 de aduana|aduanas|liberación|liberacion',
    'pay|cover # ~2 customs|duty|duties|clearance ~1 fee|fees|charge|charges? ~1 to|so|for',
    'o|or ~1 se? regresa|devuelve|vuelve|return|returns|returned al|to ~1 remitente|origen|sender|shipper',
    'no la|lo ~1 podemos sacar|liberar|entregar ~2 almacén|almacen|aduana|bodega',
    // The older "shipping fee" and "customs clearance", likewise: the shipping of certified copies
    // has a fee, and a relocating client's household goods clear customs through a broker.
    'shipping fee|fees',
    'customs clearance|duty|duties',
    // Only beside a parcel (see needs): a certified letter returns to sender too, and a towed car
    // is released from the lot for a fee ("$40 de liberación del vehículo").
  ]).map((entry): PhishingPhrase => ({ ...entry, needs: 'parcel' })),
  ...of('wrong-number', undefined, [
    // A stranger's box of valuables or savings (FTC, "What to know about romance scams").
    // The sender's own ("my life savings"), not another's ("the box with my client's jewelry").
    'box|package|parcel|suitcase|trunk ~2 with|of|containing|full ~1 of? my life|own? savings|money|cash|gold|jewelry|valuables',
    'caja|paquete|maleta|baúl|baul ~2 con|de|llena ~1 de? mis ahorros|dinero|oro|joyas|dólares|dolares',
  ]),
  // After the wrong number, the small talk (FTC, "Wrong number texts" and "Mensajes de texto de
  // número equivocado"): where the reader is from, the stranger's name and town, a friend wanted.
  // Only after the wrong number itself (see needs): a firm asks where a client is from for an
  // asylum form, and a new assistant gives her name.
  ...of('wrong-number', undefined, [
    'where are you from|based',
    'usted|tú|tu de dónde|donde es|eres',
    'de dónde|donde es|eres usted|tú|tu',
    'me llamo ~2 y vivo en',
    'my name is ~2 and i live in',
    "i'm ~2 and i live in",
    'could use|need ~1 a|some ~1 new? friend|friends ~2 in|around town|here',
  ]).map((entry): PhishingPhrase => ({ ...entry, needs: 'wrong-number' })),
  // The utility's crew sent to cut the power today (Utilities United Against Scams: "a crew is on
  // the way to disconnect your service unless you pay"), and the Spanish cut "scheduled".
  ...of('utility', undefined, [
    'disconnect|disconnection|shutoff|shut-off|cutoff|cut-off crew|crews|technician|technicians|team|truck',
    'cuadrilla|brigada|técnico|tecnico|técnicos|tecnicos|personal de corte|desconexión|desconexion',
    'corte|desconexión|desconexion ~2 programado|programada|agendado|agendada|está|esta ~2 para hoy',
    // Only beside the way to pay it off (needsChannel): a firm tells of a landlord's shut-off ("el
    // corte de agua está programado para hoy; el casero no puede hacerlo durante el juicio").
  ]).map((entry): PhishingPhrase => ({ ...entry, needsChannel: true })),
  // Collecting for the victims of a disaster, in Spanish (FTC, "Donaciones después de un desastre"):
  // the counterpart of "donate ... families affected".
  ...of('charity', undefined, [
    // Gathered "for" them, money or nothing named: a firm gathers the papers "of" the families
    // affected, or the victims themselves, for a class action ("reunimos los documentos de las
    // familias afectadas").
    'juntamos|recaudamos|colectamos|reunimos|recolectamos|juntando|recaudando|reuniendo|recolectando dinero|fondos|donativos|donaciones|ayuda|víveres|viveres? para ~2 familias|damnificados|damnificadas|afectados|afectadas|víctimas|victimas',
  ]),
  // Student loan help for a fee (FTC, "Student loan forgiveness scams": only scammers charge up front
  // to consolidate, forgive or stop a garnishment), both languages.
  ...of('advance-fee', undefined, [
    'consolidate|consolidation|forgive|forgiveness|discharge|garnishment|garnishments ~2 for a|an? # fee|charge',
    'consolidar|consolidación|consolidacion|perdonar|condonar|condonación|condonacion|embargo ~3 por una|un cuota|tarifa|comisión|comision de #',
    // Only with the seller's own number or link (needsChannel): a firm quotes its own fee to fight
    // a garnishment, payable through its portal; "un embargo por un pago de $1,200" is a debt.
  ]).map((entry): PhishingPhrase => ({ ...entry, needsChannel: true })),
  // The tenth round's shapes, each in both languages, as the public alerts describe them.
  // A payment app named with the amount or the payment it carries, or with a verb of giving,
  // covering or holding (FTC, "Paying scammers" and "Cómo pagarle a un estafador"; the BBB Wise
  // Giving Alliance and FBI IC3 on disaster-charity fraud: donations asked for by Zelle or Cash
  // App; FTC on rental listings: "hold it with a deposit by app"): "$200 via Zelle", "el pago de
  // derechos por Cash App", "done lo que pueda por Zelle", "apártelo con $200 por Cash App".
  // The amount or the payment named: a firm describes one so too, so only with a way to pay given.
  ...paymentNeedingChannel(
    ...withChannels('# ~3 by|via|through|using|on'),
    ...SPANISH_CHANNELS.map((channel) => `# ~3 por|vía|via|mediante ${channel}`),
    ...SPANISH_CHANNELS.map(
      (channel) =>
        `pago|pagos|depósito|deposito|anticipo|apartado|cuota|derechos|comisión|comision|donación|donacion|donativo|donativos|enganche ~3 por|con|vía|via|mediante ${channel}`,
    ),
  ),
  // A verb of giving, covering or holding: the request itself.
  ...payment(
    undefined,
    ...withChannels('donate|give|cover|hold|reserve|secure ~4 by|via|through|using|on|with'),
    ...SPANISH_CHANNELS.map(
      (channel) =>
        `done|donen|dona|doná|donar|cubra|cubre|cubrí|cubrir|aparte|apártelo|apartelo|apártela|apartela|apártalo|apartalo|aparta|apartar|reserve|resérvelo|reservelo|reservar ~4 por|con|vía|via|mediante ${channel}`,
    ),
  ),
  // Card details asked for by text: the last digits with the expiry or security code, the card's
  // sixteen digits (FTC, "How to recognize and avoid phishing scams"; USPIS on smishing: "never
  // give your card number, expiration date or security code by text"), in both languages.
  ...of('credentials', undefined, [
    'last 4|four ~3 exp|expiration|expiry|cvv|cvc|cvv2',
    // Asked for, not described ("the thief wrote down your card number and expiration date").
    'reply|text|send|give|provide|confirm|share|enter|update ~3 card number|numbers|# ~3 exp|expiration|expiry|cvv|cvc|cvv2',
    // The whole card number (15 or 16 digits); a firm may ask for the last 4 of a card in a dispute.
    'send|text|reply|give|provide|confirm ~4 15|16 digits|digit',
    'mande|manda|mándenos|mandenos|envíe|envie|envía|envia|responda|responde|escriba|deme|dame|pase|páseme|paseme|proporcione|confirme ~4 15|16 dígitos|digitos',
    'últimos|ultimos # dígitos|digitos ~3 vencimiento|expiración|expiracion|cvv',
    'últimos|ultimos # dígitos|digitos ~3 código|codigo de seguridad',
    // The card's bank with its last digits, which together confirm a card to a caller (FTC,
    // "How to recognize and avoid phishing scams"); a card's, not an account's in a bankruptcy list.
    "bank|bank's name and ~2 last 4|four ~3 card",
    'name of your bank and ~2 last 4|four ~3 card',
    'nombre de su|tu banco y ~2 últimos|ultimos # dígitos|digitos ~3 tarjeta',
  ]),
  // A PIN or password to have ready for the call back (FTC, "Fake fraud alerts": a real bank never
  // asks for them; Spanish "Alertas de fraude falsas"): "have your online banking password ready",
  // "comuníquese con su NIP a la mano", "tenga lista la clave que le llegue".
  ...of('credentials', undefined, [
    'banking|bank|card|debit|online|account password|pin|passcode ready|handy|nearby',
    'have|keep ~3 pin|pins|passcode|passcodes|otp ready|handy|nearby',
    'con su|tu nip|pin|clave|contraseña|contrasena a la mano',
    'tenga|ten|tengas listo|lista|listos|listas ~2 clave|claves|nip|pin|contraseña|contrasena|código|codigo',
    'tenga|ten|tengas a la mano ~2 clave|nip|pin|contraseña|contrasena|código|codigo',
    // A reply that hands the reader to an agent who asks for the Social Security number or a login
    // (FTC, "Student loan forgiveness scams"; Federal Student Aid: "never share your FSA ID").
    'responda|responde|conteste|contesta ~2 y un|una asesor|asesora|agente|especialista|representante ~3 pedirá|pedira|solicitará|solicitara|preguntará|preguntara',
    'reply|text ~2 and an? agent|advisor|specialist|representative|counselor will ask|request|need ~3 ssn|social|password|pin|bank|card',
  ]),
  // A plate read "without a valid tag" and the reply that settles it (FBI IC3 and the FTC on toll
  // smishing; the Texas toll agencies' alerts in Spanish).
  ...of('toll', undefined, [
    'plate|plates ~4 read|scanned|captured|photographed|detected ~3 without|no ~2 tag|toll|transponder|pass|payment',
    'reply|text|send ~3 plate ~3 card',
    'placa|placas ~4 registrada|registradas|detectada|detectadas|leída|leida|leídas|leidas|captada|captadas ~3 sin ~2 tag|tag|pase|etiqueta|transpondedor|pago',
  ]),
  // A fine for not answering a survey (US Census Bureau, "Avoiding fraud and scams": the Bureau
  // never asks for a Social Security number or a payment, and answers are asked for by mail and by
  // its field staff, not by text).
  ...of('government', undefined, [
    'nonresponse|non-response|no-response fine|fines|penalty|penalties',
    'fine|fines|penalty|penalties for not answering|responding|completing|returning ~2 survey|census|questionnaire',
    'multa|multas por no responder|contestar|completar|llenar ~2 encuesta|censo|cuestionario',
  ]),
  // Money "locked" until the reader pays a fee, tax or commission to release it (FTC and the CFTC
  // on crypto investment fraud; the California DFPI crypto scam tracker: "pay a withdrawal fee").
  ...of('advance-fee', undefined, [
    'locked|frozen|blocked|held ~2 until you? pay ~3 fee|fees|tax|taxes|commission|commissions|gas',
    // Alternatives are per word: "hasta pagar" and "que pague" are separate entries.
    'bloqueados|bloqueadas|bloqueado|bloqueada|congelados|congeladas|congelado|congelada|retenidos|retenidas|retenido|retenida ~2 hasta pagar ~3 comisión|comision|comisiones|impuesto|impuestos|tarifa|cuota',
    'bloqueados|bloqueadas|bloqueado|bloqueada|congelados|congeladas|congelado|congelada|retenidos|retenidas|retenido|retenida ~2 hasta que ~1 pague|pagues ~3 comisión|comision|comisiones|impuesto|impuestos|tarifa|cuota',
  ]),
  // The landlord abroad who mails the key (FTC, "Estafas de anuncios de alquiler"), singular too;
  // "le mando la llave por correo" is also a firm's errand for a tenant, so only with a way to pay.
  ...['le|te envío|envio|mando|mandaré|mandare ~1 la|las llave|llaves ~2 por correo|paquetería|paqueteria'].map(
    (phrase): PhishingPhrase => ({ phrase, kind: 'rental', needsChannel: true }),
  ),
  ...of('rental', undefined, ['fuera del estado ~4 llaves|casa|departamento|apartamento|renta|cuarto']),
  // The eleventh round's shapes, each said several ways and in both languages where the scam is.
  // Only these channels accepted, the Spanish of the English "accept|take ~2 <channel>" (FTC, "Antes
  // de donar a una organización de caridad" and "Cómo pagarle a un estafador": only gift cards or an
  // app is the mark): "solo aceptamos Zelle", "se reciben solo en tarjetas de Google Play".
  ...payment(
    undefined,
    ...SPANISH_CHANNELS.map(
      (channel) => `solo|sólo|solamente|únicamente|unicamente ~1 en|por|con|vía|via|mediante ${channel}`,
    ),
    ...SPANISH_CHANNELS.map(
      (channel) => `acepta|aceptan|aceptamos|aceptará|aceptara|aceptarán|aceptaran ~3 ${channel}`,
    ),
    // The gift card's code asked for, the English 'gift card code|number|pin'.
    'código|codigo|códigos|codigos|número|numero|números|numeros|pin de la|las ~1 tarjeta|tarjetas de regalo|apple|google|amazon|steam|itunes',
    // The rent asked for by app (FTC, "Rental listing scams" and "Estafas de anuncios de alquiler":
    // the first month or deposit by Zelle before a visit), the rent named between verb and channel.
    ...withChannels("send|pay|zelle|venmo ~2 first|last month|month's ~2 rent? ~1 by|via|through|using|on|with"),
    ...SPANISH_CHANNELS.map(
      (channel) =>
        `mándeme|mandeme|mándame|mandame|envíeme|envieme|envíame|enviame|deposíteme|depositeme|pague|paga|mande|manda|envíe|envie ~2 primer|primera|último|ultimo|depósito|deposito|renta|mes|meses ~3 por|con|vía|via|mediante ${channel}`,
    ),
  ),
  // Card details asked for by "need" ("I need the 16 digits of your card", Mexican "ocupo los 16
  // dígitos"), the fake courier's refund (USPIS on smishing; FTC, "Cómo reconocer y evitar las
  // estafas de phishing"), and the card number asked for after another detail ("responda con su
  // nombre completo y el número de su tarjeta").
  ...of('credentials', undefined, [
    'need|needs|require|requires ~4 15|16 digits|digit',
    'ocupo|ocupa|ocupamos|necesito|necesita|necesitamos|requiero|requiere|requerimos ~4 15|16 dígitos|digitos',
    'reply|respond|text|send ~1 with|back ~3 and ~2 card number|numbers',
    'responda|responde|conteste|contesta|envíe|envie|envíenos|envienos|mande|mándenos|mandenos|escriba ~1 con ~3 y ~1 el|los? número|numero|números|numeros|datos de su|tu|la tarjeta',
    // The Social Security number asked for with a password or PIN (FTC, "Fake fraud alerts"; SSA
    // OIG: neither the SSA nor a bank asks for both): "call with your SSN and online password".
    'ssn|social ~2 and ~2 password|passcode|pin|login',
    'seguro social y ~2 clave|contraseña|contrasena|nip|pin|usuario',
    // The security code by where it is printed ("the 3 digits on the back", "el código de atrás de
    // la tarjeta"). Not "the number on the back" alone: a ticket or a form has one too.
    '3|three|4|four digits|digit|numbers on|from|at the back',
    '3-digit|three-digit|4-digit|four-digit ~1 code|number|pin on|from|at the back',
    '3|tres|4|cuatro dígitos|digitos|números|numeros de|del atrás|atras|detrás|detras|reverso',
    'código|codigo de|del atrás|atras|detrás|detras|reverso de ~2 tarjeta|tarjetas',
  ]),
  // The record "unverified" as the SSA impostor's pretext (SSA OIG, "Scam alert": your number is
  // suspended or has a problem; the SSA does not text to fix one), both languages.
  // No firm says a client's number is "unverified" ("your record", case vocabulary, stands beside it).
  ...of('government', undefined, [
    'unverified|unconfirmed|invalid ssn|social',
    'seguro social no ~1 verificado|confirmado|válido|valido',
  ]).map((entry): PhishingPhrase => ({ ...entry, unexcused: true })),
  // A charge "pending authorization" that the reader is to cancel by calling (FTC, "Fake fraud
  // alerts" and "Alertas de fraude falsas"); a firm has no card charges to authorize.
  ...of('account', undefined, [
    'charge|purchase|transaction|payment ~4 pending ~1 authorization|authorisation',
    'cargo|compra|transacción|transaccion|cobro ~4 pendiente|pendientes de autorización|autorizacion',
    // The amount and the store between ("cargo de $389.00 en Tienda Centro pendiente de autorización").
    'cargo|compra|cobro de # ~3 pendiente|pendientes de autorización|autorizacion',
    'charge|purchase of # ~4 pending ~1 authorization|authorisation',
  ]),
  // The refund agent who connects to the reader's computer (FTC, "Refund and recovery scams" and
  // "Estafas de soporte técnico": they ask for remote access), the Spanish of "remote access to
  // your computer". Not "conectarse desde su computadora": how a client joins a video hearing.
  ...of('tech-support', undefined, [
    'conectarse|conectarnos|conectarme|conectarle|conectarlo|conectarla|acceder|entrar a su|tu computadora|computador|ordenador|pc|laptop|compu',
    'connect|connects|connecting|log|logs ~1 in|into? to your computer|pc|laptop|mac',
  ]),
  // A job paid through a crypto account the recruit must open (FTC, "Job scams": paid in crypto;
  // "Estafas de empleo"): "open a crypto wallet to receive your commissions".
  ...of('job', undefined, [
    'open|create ~2 crypto|cryptocurrency|bitcoin|usdt|coinbase ~1 account|wallet ~3 receive|get|collect ~2 pay|commissions|commission|earnings|salary|payment|payments|wages',
    'set up ~2 crypto|cryptocurrency|bitcoin|usdt|coinbase ~1 account|wallet ~3 receive|get|collect ~2 pay|commissions|commission|earnings|salary|payment|payments|wages',
    'abrir|abra|abre|crear|cree|crea ~2 cuenta|cuentas|billetera|wallet de ~1 cripto|criptomonedas|bitcoin|usdt ~3 recibir|cobrar ~2 comisiones|pagos|pago|ganancias|sueldo|salario',
  ]),
  // A kit or training the recruit must buy before starting (FTC, "Job scams": "you pay for
  // training, certification or a starter kit"; "Estafas de empleo"), both languages.
  ...of('job', undefined, [
    'buy|purchase ~2 starter|training|onboarding|welcome ~1 kit|kits|package|packages',
    'pay for ~2 starter|training|onboarding|welcome ~1 kit|kits|package|packages',
    // Not "kit de trabajo": a wage claim names the work kit an employer charged for.
    'comprar|compre|compra|compres|pagar|pague|paga|pagues ~2 kit|kits|paquete|paquetes de ~1 capacitación|capacitacion|entrenamiento|inicio|bienvenida',
    'comprar|compre|compra|compres|pagar|pague|paga|pagues ~2 kit|kits de? ~1 inicio|arranque',
  ]),
  // After the wrong number, the sender's own trading (FTC, "Wrong number texts" and "Mensajes de
  // texto de número equivocado"; FBI IC3 on pig-butchering investment fraud): "I trade gold on an
  // app", "trabajo en inversiones de oro", "the forex thing I do with my mentor"; and the dating-app
  // match moved to the sender's numbers (FTC, "What to know about romance scams").
  ...of('wrong-number', undefined, [
    "i|i'm ~1 trade|trading|invest|investing ~2 gold|forex|crypto|cryptocurrency|futures|bitcoin|currencies",
    'forex|crypto|trading|futures ~4 with my uncle|aunt|cousin|mentor|teacher|coach',
    'since we are ~1 chatting|talking|texting',
    'trabajo|invierto|opero|hago ~1 en? ~1 inversiones|trading|forex|cripto|criptomonedas ~2 de? oro|forex|cripto|bitcoin',
    'trabajo|invierto|opero ~1 en ~1 oro|forex|cripto|criptomonedas|bitcoin',
    'forex|cripto|trading ~4 con mi tío|tio|tía|tia|primo|prima|mentor|mentora',
    // The stranger's trade given as a job title ("I'm a crypto trader", "soy inversionista de oro").
    "i'm|i am ~1 a|an ~1 crypto|forex|gold|bitcoin|futures|currency|cryptocurrency trader|investor",
    'soy ~1 trader|inversionista|inversora|inversor de ~1 cripto|criptomonedas|forex|oro|bitcoin',
    'we matched on',
    'hicimos match en',
  ]),
  // The thirteenth round's shapes, each said several ways and in both languages where the scam is.
  // The card's last digits with its billing ZIP, the pair that lets a stranger charge it online (FTC,
  // "How to recognize and avoid phishing scams"; USPIS on delivery smishing), and a photo of the
  // card's two sides (FTC, "Refund and recovery scams": no refund needs a picture of the card).
  // A picture of "your card" alone, never "your green card" or "su tarjeta de residente".
  // Asked for, not told ("the thief used the last 4 of your card and your billing zip"); a firm asks
  // them for a client's dispute ("confirm the last 4 ... so we can file the dispute"): quiet there.
  ...of('credentials', undefined, [
    'reply|text|send|give|provide|confirm|share|enter|verify|need ~3 last 4|four ~4 card ~4 billing|zip|postal',
    'reply|text|send|give|provide|confirm|share|enter|verify|need ~4 billing|zip|postal ~4 last 4|four',
    'mande|mándeme|mandeme|mándenos|mandenos|manda|mándame|mandame|envíe|envie|envíeme|envieme|envía|envia|envíame|enviame|responda|responde|conteste|contesta|deme|dame|confirme|confirma|escriba|escribe|necesito|necesitamos ~3 últimos|ultimos 4|cuatro ~4 tarjeta ~4 código|codigo postal',
    'mande|mándeme|mandeme|mándenos|mandenos|manda|mándame|mandame|envíe|envie|envíeme|envieme|envía|envia|envíame|enviame|responda|responde|conteste|contesta|deme|dame|confirme|confirma|escriba|escribe|necesito|necesitamos ~4 código|codigo postal ~4 últimos|ultimos 4|cuatro',
  ]).map((entry): PhishingPhrase => ({ ...entry, caseQuiet: 'sentence' })),
  ...of('credentials', undefined, [
    'photo|photos|pic|pics|picture|pictures|image|images|copy of|from your|the card front|both',
    'photo|photos|pic|pics|picture|pictures|image|images ~2 front and back of your|the card',
    'photo|photos|pic|pics|picture|pictures|image|images of|from your|the debit|atm|bank card',
    'foto|fotos|fotografía|fotografia|imagen|imágenes|imagenes|copia de|a la|su|tu tarjeta por|de ambos lados|caras',
    'foto|fotos|fotografía|fotografia|imagen|imágenes|imagenes|copia de|a la|su|tu tarjeta por|de los dos lados|caras',
    'foto|fotos|fotografía|fotografia|imagen|imágenes|imagenes|copia de|a la|su|tu tarjeta de ~1 frente y ~1 reverso|atrás|atras|vuelta',
    'foto|fotos|fotografía|fotografia|imagen|imágenes|imagenes|copia de|a la|su|tu tarjeta de débito|debito|crédito|credito',
    'foto|fotos|fotografía|fotografia|imagen|imágenes|imagenes|copia de|a la|su|tu tarjeta bancaria',
  ]),
  ...of('credentials', undefined, [
    // The number with a picture of an ID, all an identity thief needs (FTC, "Job scams" and "Estafas
    // de empleo": a job that wants the Social Security number and a copy of the license before any
    // interview). Not the card brought to a meeting ("su tarjeta de Seguro Social y una copia de su
    // licencia"): the number, by text.
    'número|numero de seguro social y ~2 foto|fotos|copia|imagen|fotografía|fotografia de ~1 tu|su licencia|identificación|identificacion|id|pasaporte|credencial|ine|matrícula|matricula',
    'foto|fotos|copia|imagen|fotografía|fotografia de ~1 tu|su licencia|identificación|identificacion|id|pasaporte|credencial|ine|matrícula|matricula y ~2 número|numero de seguro social',
    'ssn|social ~2 and ~2 photo|photos|pic|pics|picture|copy|image|scan of your ~1 license|id|passport|licence',
    'photo|photos|pic|pics|picture|copy|image|scan of your ~1 license|id|passport|licence ~1 and ~2 ssn|social',
    // Brought to the intake ("bring your Social Security number and a copy of your license to the
    // appointment"), they are the firm's file: quiet then (CASE_ERRANDS).
  ]).map((entry): PhishingPhrase => ({ ...entry, caseQuiet: 'sentence' })),
  // Cash deposited at a store to a stranger's card or account (FTC, "Paying scammers": cash reload;
  // CONDUSEF's fraud alerts: "deposite en OXXO" to free a parcel or a prize). Paying a court fine at
  // a store's counter is lawful (PayNearMe), so only a deposit there, or Mexico's stores by name.
  // A fine, a support payment or a settlement paid there is a case's errand: quiet beside a legal
  // phrase or an official payment slip.
  ...payment(
    undefined,
    'deposite|deposita|depositar|depósito|deposito|pague|paga|pagar|pago|abone|abona|abonar ~4 en|a ~1 cualquier? oxxo|elektra',
    'deposite|deposita|depositar|depósito|deposito|abone|abona|abonar ~4 en|a ~1 cualquier? walmart|7-eleven',
    'deposit|load|reload ~4 at|in ~1 any? oxxo|elektra|walmart|cvs|walgreens|7-eleven',
  ).map((entry): PhishingPhrase => ({ ...entry, caseQuiet: 'phrase' })),
  // A constable's or process server's threat to serve papers at the reader's job unless a bond is
  // posted by phone (FTC, "Fake process servers and debt collectors"; US Courts, "Scam alert: fake
  // court notices"). A firm says so of a real suit only with its own number: only an outside
  // channel counts, case words or not.
  ...[
    'avoid|prevent|stop ~2 being? served|service|arrest ~3 at your ~1 job|work|workplace|employer',
    'post|pay ~3 bond ~4 avoid|prevent ~3 being? served|service',
    'evitar|evite|evita|evitarse ~3 notificación|notificacion|notifiquen|arresto|arresten|detengan ~3 en su|tu ~1 trabajo|empleo',
    'fianza ~4 evitar|evite|evita ~3 notificación|notificacion|notifiquen|emplazamiento|emplacen',
  ].map((phrase): PhishingPhrase => ({ phrase, kind: 'government', unexcused: true, needsChannel: true })),
  // "Is this still the number of ...?" in Spanish (FTC, "Mensajes de texto de número equivocado").
  // A firm checks a client's number so too, with her case in the message: quiet then.
  ...of('wrong-number', undefined, [
    'sigue siendo ~1 el número|numero de|del',
    'todavía|todavia es|sigue ~1 el número|numero de|del',
  ]).map((entry): PhishingPhrase => ({ ...entry, caseQuiet: 'message' })),
];

/**
 * A case's errands, in the sentence of a caseQuiet entry: papers brought to a meeting at the office
 * (a scam asks for them by text), Mexico's government payment slips (SAT's "línea de captura", the
 * registry's "hoja de ayuda"), which a fee paid at OXXO comes with and a stranger's deposit never,
 * and child support paid where the order says.
 */
export const CASE_ERRANDS: readonly string[] = [
  'bring|brings|traiga|traigan|traer|trae|tráigame|traigame|tráiganos|traiganos',
  'línea|linea de captura',
  'hoja de ayuda',
  // Child support, paid where the order says.
  'pensión|pension alimenticia|alimentaria',
  'child support',
];
