/*
 * What the opt-in (first) message must tell the client besides the sender, STOP and the terms
 * link: how to get help, how often messages come, and that message and data rates may apply.
 * Sources (facts only): CTIA Messaging Principles and Best Practices (the required disclosures of
 * a recurring program's opt-in message); Twilio's A2P 10DLC campaign review and its error codes
 * 30540 (opt-in message missing HELP), 30545 (missing message frequency) and 30570 (missing
 * "Msg & data rates may apply"). The wording, and the abbreviations carriers accept ("Msg",
 * "freq"), follow the CTIA samples; the Spanish is ours.
 */

export type DisclosurePart = 'help' | 'frequency' | 'rates';

/** Patterns that show a part is present (case-insensitive), in either language. */
export const DISCLOSURE_PRESENT: Readonly<Record<DisclosurePart, RegExp>> = {
  // The keyword with what it brings in other words counts too ("Text HELP for assistance", "AYUDA
  // para información", "Con AYUDA recibe asistencia"): it tells the client how to get help.
  help: /\b(?:reply|text|txt|send|responda|envíe|envie|env[ií]a|mande|escriba)\s+(?:with\s+|con\s+)?["'“]?(?:help|info|ayuda)\b|\b(?:help|ayuda)["'”]?\s+(?:for|para)\s+(?:help|info|ayuda|más|mas)\b|\b(?:help|ayuda)["'”]?\s+(?:for|para|gets?|brings?|recibe|obtiene|da)\s+(?:(?:more|más|mas|de|la|el|you|usted|le)\s+){0,2}(?:help|info|information|assistance|support|ayuda|asistencia|información|informacion|soporte)(?![\p{L}])/iu,
  // A count per period in either language ("up to 4 msgs/mo", "entre 1 y 5 mensajes al mes").
  // Frequency stated as the case's pace counts too ("Mensajes según la actividad del caso",
  // "messages based on case activity"): it tells the client how often texts come, which is what
  // the frequency disclosure is for. So does a bound or a rate in words ("about twice a month",
  // "casi nunca más de 4 al mes", "hasta 3 por semana", "Cantidad de mensajes: variable").
  frequency:
    /\b(?:msg|message|messaging|text)s?\s+(?:freq(?:uency)?\.?|frequency)\b|\bfrecuencia\s+(?:de\s+(?:los\s+)?)?(?:mensajes|msj)?|\b\d+\s*(?:msgs?|messages|texts|mensajes|msjs?|textos)\s*(?:\/|per|a|al|por|cada)\s*(?:mo|month|wk|week|day|mes|semana|día|dia)\b|\brecurring\s+(?:messages|msgs|texts)\b|\bmensajes\s+recurrentes\b|\b(?:msgs?|messages|texts)\s+(?:vary\s+)?(?:based\s+on|according\s+to|depending\s+on)\s+(?:your\s+|the\s+)?(?:case\s+|account\s+)?activity\b|\bmensajes\s+(?:var[ií]an\s+)?(?:seg[uú]n|de\s+acuerdo\s+con|dependiendo\s+de)\s+(?:la\s+)?actividad\b|\b(?:up\s+to|about|around|under|at\s+most|no\s+more\s+than|hasta|unos|unas|menos\s+de|m[aá]s\s+de|m[aá]ximo)\s+\d+\s*(?:\/|per|a|al|por|cada)\s*(?:mo|month|wk|week|day|mes|semana|d[ií]a)(?![\p{L}])|(?:\bonce|\btwice|\b(?:\d+|two|three|four|five)\s+times|\b(?:una|\d+|dos|tres|cuatro|cinco)\s+ve(?:z|ces))\s+(?:a|per|each|every|al|por|cada)\s+(?:month|week|day|mes|semana|d[ií]a)(?![\p{L}])|\b(?:(?:number|count)\s+of\s+(?:msgs?|messages|texts)|(?:msg|message|text)\s+count|(?:cantidad|n[uú]mero)\s+de\s+(?:mensajes|msjs?|textos))\s*:?\s*var(?:ies|iable|ía|ia)/iu,
  // The charge put in other words counts too ("your carrier may charge for messages and data", "su
  // compañía telefónica podría cobrarle mensajes y datos", "data and text fees may apply"): what
  // the disclosure tells the client.
  rates:
    /\b(?:msg|message|text)s?\s*(?:&|and|\+)\s*data\s+(?:rates?|fees?|charges?)\b|\bdata\s*(?:&|and|\+)\s*(?:msg|message|text)s?\s+(?:rates?|fees?|charges?)\b|\b(?:tarifas|cargos|costos)\s+(?:de|por)\s+datos\s+y\s+(?:mensajes|msjs?|textos)(?![\p{L}])|\bdata\s+rates\s+may\s+apply\b|\btarifas\s+de\s+(?:mensajes|msj)\s+y\s+datos\b|\bpueden\s+aplicar(?:se)?\s+(?:tarifas|cargos)\b|\b(?:charges?|charged|charging|bill|billed|cobrar\p{L}*|cobre\p{L}*|cargos?|costos?|tarifas?)\s+(?:\p{L}+\s+){0,3}(?:msgs?|messages?|texts?|texting|mensajes|msjs?|textos)\s*(?:&|and|\+|y)\s*(?:data|datos)\b/iu,
};

/** The wording a fix adds, from the fullest to the shortest, per language. */
export const DISCLOSURE_WORDING: Readonly<Record<'en' | 'es', readonly Readonly<Record<DisclosurePart, string>>[]>> = {
  en: [
    { frequency: 'Msg frequency varies.', rates: 'Msg & data rates may apply.', help: 'Reply HELP for help.' },
    { frequency: 'Msg freq varies.', rates: 'Msg&data rates may apply.', help: 'Reply HELP for help.' },
  ],
  es: [
    {
      frequency: 'Frecuencia de mensajes variable.',
      rates: 'Pueden aplicarse tarifas de mensajes y datos.',
      help: 'Responda AYUDA para ayuda.',
    },
    {
      frequency: 'Frecuencia variable.',
      rates: 'Pueden aplicarse tarifas de msj y datos.',
      help: 'Responda AYUDA para ayuda.',
    },
  ],
};

/** The order parts are added in: frequency and rates first, the HELP keyword last, as CTIA's samples read. */
export const DISCLOSURE_ORDER: readonly DisclosurePart[] = ['frequency', 'rates', 'help'];
