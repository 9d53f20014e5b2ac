/*
 * Marketing wording. A law firm registers its texting with carriers (A2P 10DLC) for a use case such
 * as account notifications or customer care; carriers filter messages whose content does not match
 * the registered use case, and marketing texts need the client's prior express written consent
 * (TCPA). Sources: CTIA, "Messaging Principles and Best Practices" (consent and use-case
 * consistency); Twilio, "A2P 10DLC campaign use cases" (marketing is its own campaign type) and
 * "How do I prevent my messages from being filtered". The phrases are our own curation of ordinary
 * retail marketing wording; none comes from a message corpus.
 * Pattern syntax (`*` prefix, `a|b`, `word?`, `#` number, `~2` gap, plurals) is in ../phrases.ts.
 */
export const PROMOTIONAL_PHRASES: readonly string[] = [
  '# off',
  'percent off',
  'save up to #',
  'buy one get one',
  'bogo',
  'special|exclusive|limited-time|introductory|holiday|seasonal ~1 offer|deal|promotion|promo|discount|sale',
  'limited-time',
  'while supplies|stocks last',
  'promo|coupon|discount code',
  'free ~1 gift|trial|sample|ringtone|download|shipping|delivery|upgrade|ticket|minute|text|phone|camera|membership|month|week|voucher',
  'half-price',
  'order|shop|buy|subscribe|book ~1 now|today',
  'ringtone|wallpaper|polyphonic',
  'mobile content',
  "don't|do not miss out",
  'flash sale',
  'sale ends',
  'new arrivals',
  'we buy houses|homes',
  'cash offer ~3 home|house|property',
  'per minute|min|msg|message|text|call',
  'cost|costs # ~2 per',

  // Spanish: the same retail wording as Spanish-language ads write it, our own curation after the
  // consumer advice that describes it: FTC en español (consumidor.ftc.gov, "Ofertas de prueba
  // gratis", "Cupones y descuentos") and PROFECO (profeco.gob.mx, "Promociones y ofertas"). Matching
  // is not accent-blind, so both spellings are listed. Bare "descuento", "rebaja" and "por tiempo
  // limitado" are left out: a settlement discount, a reduced sentence ("rebaja de pena") and a
  // permit granted for a limited time are a firm's ordinary news; so is a landlord's "oferta en
  // efectivo por la casa", which is why only the buyer's pitch ("compramos casas") is listed.
  'oferta|ofertas|promoción|promocion|promociones|descuento|descuentos|precio|precios especial|especiales|exclusiva|exclusivas|exclusivo|exclusivos',
  'oferta|ofertas|promoción|promocion|promociones|descuento|descuentos|precio|precios por tiempo limitado',
  '# de descuento en ~2 consulta|consultas|compra|compras|servicio|servicios|pedido|producto|productos',
  'obtenga|reciba|disfrute|ahorre|aproveche ~2 # de descuento',
  'ahorre hasta #',
  'hasta agotar existencias',
  'código|codigo|cupón|cupon|cupones de? descuento|promocional|promoción|promocion',
  'regalo|prueba|muestra|envío|envio gratis|gratuito|gratuita',
  'compre|ordene|suscríbase|suscribase ~1 ahora|ya|hoy',
  'no se lo|la pierda',
  'no te lo|la pierdas',
  'dos por uno',
  '2x1',
  'a mitad de precio',
  'gran venta|liquidación|liquidacion',
  'venta|ventas de liquidación|liquidacion|temporada',
  'compramos casas|viviendas|propiedades',
];
