/*
 * What makes wording an offer aimed at the reader rather than a mention: a call to act, a price or
 * a prize, a sign-up keyword, a link off the firm's domains. Twilio's forbidden categories and the
 * CTIA Messaging Principles ban the offers (the business), and the FTC's prize, loan and debt-relief
 * advisories describe their shape: a pitch plus something to do now. Our own curation.
 */

/** Verbs that, opening a sentence, ask the reader to act on an offer. */
export const CALL_TO_ACTION_VERBS: ReadonlySet<string> = new Set([
  'apply',
  'buy',
  'call',
  'claim',
  'click',
  'collect',
  'download',
  'enroll',
  'enter',
  'get',
  'grab',
  'join',
  'order',
  'qualify',
  'redeem',
  'register',
  'reply',
  'shop',
  'signup',
  'subscribe',
  'tap',
  'text',
  'txt',
  'visit',
  // Direct messages, the social-media "text" (FTC, "Social media: a golden goose for scammers"). Not
  // "message" or "msg": "Msg & data rates may apply" opens a firm's own disclosure.
  'dm',
  // Spanish.
  'llame',
  'responda',
  'envíe',
  'envie',
  'compre',
  'reclame',
  'visite',
  'solicite',
  'gane',
  'obtenga',
  'aproveche',
  // The Spanish "text" ("Escriba DEUDA al 555-0100"), as "text" is above.
  'escriba',
  'escribe',
  'escríbanos',
  'escribanos',
  'escríbenos',
  'escribenos',
]);

/** Words a sentence may start with before its verb: "Please call", "Now get", "Hurry and claim". */
export const LEAD_IN_WORDS: ReadonlySet<string> = new Set([
  'please',
  'pls',
  'now',
  'hurry',
  'and',
  'so',
  'just',
  'simply',
]);

/** Words that announce a prize or a giveaway wherever they stand. */
export const PRIZE_WORDS: ReadonlySet<string> = new Set([
  'prize',
  'prizes',
  'winner',
  'winners',
  'jackpot',
  'sweepstakes',
  'giveaway',
  'bonus',
  'reward',
  'rewards',
]);

/** Words that press for an answer now. */
export const URGENCY_WORDS: ReadonlySet<string> = new Set([
  'hurry',
  'limited',
  'expires',
  'expiring',
  'tonight',
  'asap',
]);

/*
 * Wording that puts goods on sale: the trade's own ways of saying a thing can be had now (in
 * stock, a menu, a price list), brought to the buyer (delivery, discreet shipping) or bought
 * without the checks the law requires (no background check, no FFL, no papers). Alone they are
 * ordinary commerce; beside the goods of a carrier-forbidden category (drugs, prescription drugs,
 * firearms, betting: see the `product` entries of forbidden-phrases.ts) they make the message a
 * sale. Sources: Twilio's forbidden message categories and CTIA's Messaging Principles (the ban is
 * on selling the goods); DEA, "Slang Terms and Code Words" (2018), on how drug sales are offered
 * by text (menus, drops, delivery); ATF on private firearm sales (the FFL transfer and the NICS
 * background check) and the FDA's BeSafeRx on online pharmacies that need no prescription. Our
 * own wording, both languages.
 */
export const SALE_CUE_PHRASES: readonly string[] = [
  // Available now.
  'in stock',
  'back|now ~1 in stock',
  'restocked|restock',
  'available|availability',
  'menu',
  'price list',
  'prices',
  'for sale',
  'on sale',
  'fresh batch|drop',
  'wholesale|bulk ~1 price|prices|pricing|orders|order',
  // Brought to the buyer.
  'ship|ships|shipping|shipped ~2 discreet|discreetly|discrete|nationwide|overnight|worldwide|free|today',
  'delivered|delivery ~1 tonight|today|now|overnight',
  'ships|ship from',
  'discreet|discrete ~1 shipping|packaging|package|delivery',
  'all 50 states',
  // "same-day" also matches "same day" (see ../phrases.ts).
  'same-day|fast|free|local|express ~1 delivery|drop-off|dropoff|drop-offs|dropoffs',
  'we deliver',
  'delivery available',
  'delivered ~1 to your door',
  'discreet|discrete ~1 meetup|meetups|meet|pickup|pick-up',
  // Sold in bulk. Not "cheap": people say it of anything they buy.
  'wholesale',
  // Paid by app, as such sales are (the FTC: scammers ask for payment by app; a firm bills by invoice).
  'pay|payment|payments|paid ~1 by|via|through|on|with ~1 zelle|venmo|paypal|cashapp|crypto',
  'pay|payment|payments|paid ~1 by|via|through|on|with ~1 cash app',
  // Ordered by message.
  'dm|text|message|msg|hmu|inbox ~3 to order',
  'hit me up',
  'hit my line|phone',
  'order now|today|yours',
  'place|taking|take ~1 your? order|orders',
  'pre-order|preorder',
  // Not "we're selling": it also matches "were selling", a party's trade told.
  "i'm selling",
  'i|we sell',
  // Bought without the checks the law requires.
  'no ffl|ffls',
  'no|without ~1 background check|checks',
  'no paperwork|papers|serial|serials',
  'no questions asked',
  // Sold to anyone: tobacco, vapes and alcohol need an age check (FDA, Tobacco 21; state ABC laws).
  'no|without ~1 id|age ~1 check|checks|verification|needed|required',
  // The same said of the buyers: sold to anyone, whatever their age.
  'to|for anyone|buyers|customers of? any age',
  'no matter ~1 your|their|the? age',
  'a|de|para cualquier edad',
  'sin importar ~1 la|su|tu? edad',
  'no prescription|rx ~1 needed|required|necessary',
  // No doctor either (FDA BeSafeRx: a site that sells without a doctor's consultation is unsafe).
  'no|without ~1 consult|consultation|consults|doctor|doctors|visit|exam ~1 needed|required|necessary',
  // A price measured against the pharmacy's or the store's (FDA BeSafeRx: prices far below).
  'half|fraction|quarter ~1 of? the ~1 pharmacy|retail|store|dispensary price|cost',
  // Shipped within days; brought by tonight ("dropping off tonight": DEA on delivery by text).
  'ships|shipped|delivered|arrives in|within # ~1 days|hours|business',
  'dropping|drop|droppin ~1 off|by ~1 tonight|today|now',
  // A quantity for a price ("2g for 40", "3 for $50"): the trade's price list, in either language.
  '# for #',
  '# por #',
  'join ~2 pool|syndicate|vip',
  // Spanish.
  'entrega|entregas|envío|envio|envíos|envios ~1 a domicilio',
  'servicio a domicilio',
  'envío|envio|envíos|envios ~1 discreto|discretos|gratis|nacional|nacionales',
  'a todo el país|pais',
  'entrega|entregas en persona|mano',
  'a domicilio',
  'entrega|entregas|envío|envio|envíos|envios|llevamos|llevo ~1 en|a ~1 tu|su casa',
  'mayoreo',
  'pago|pagos|paga|pague|pagas|pagar ~1 por|con|vía|via ~1 zelle|venmo|paypal|cashapp|cripto',
  'pago|pagos|paga|pague|pagas|pagar ~1 por|con|vía|via ~1 cash app',
  'sin ~1 identificación|identificacion|ine|credencial',
  // The seller's own ("vendo", "se venden"); not "vende": "la cantina vende cerveza" tells a party's trade.
  'vendo|vendemos',
  'se vende|venden',
  'hay existencia|existencias',
  'disponible|disponibles',
  'menú',
  'lista de precios',
  'precio|precios ~1 de? mayoreo',
  'al mayoreo|mayor',
  'haz|haga ~1 tu|su pedido',
  'pedidos',
  'manda|mande|envía|envíe|envia|envie|pasa|pase ~1 tu|su dirección|direccion|ubicación|ubicacion',
  // Not "sin licencia" or "sin permiso": a store's violation and a driving charge say so.
  'sin papeles',
  'sin revisión|revision|verificación|verificacion ~1 de ~1 antecedentes',
  'sin receta',
  'sin consulta|cita ~1 médica|medica',
  'sin consulta|cita ~1 con? el? médico|medico|doctor',
  'mitad|fracción|fraccion de? ~1 precio de? ~1 farmacia',
  'llega|llegan en # ~1 días|dias|horas',
  'se envía|envia|envían|envian en # ~1 días|dias|horas',
  'apuesta|apuestas mínima|minima',
];

/**
 * An age gate announced ("18+", "+18", "21+", "adults only"): the mark of adult content (CTIA,
 * "Messaging Principles and Best Practices": sexual content must be age-gated). Not digits of a
 * phone number ("+18005550100") nor a sum ("$18+").
 */
export const AGE_GATE = /(?<![\w+$.,])(?:\+\s?(?:18|21)(?![\d,.]*\d)|(?:18|21)\s?\+)(?![\w+])/;
export const AGE_GATE_PHRASES: readonly string[] = [
  'adults only',
  'adult only',
  'solo|sólo ~1 para? adultos',
  'mayores de ~1 edad|18|21',
];
