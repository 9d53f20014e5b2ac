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
  help: /\b(?:reply|text|txt|send|responda|envíe|envie|env[ií]a|mande|escriba)\s+(?:with\s+|con\s+)?["'“]?(?:help|info|ayuda)\b|\b(?:help|ayuda)["'”]?\s+(?:for|para)\s+(?:help|info|ayuda|más|mas)\b/i,
  // A count per period in either language ("up to 4 msgs/mo", "entre 1 y 5 mensajes al mes").
  // Frequency stated as the case's pace counts too ("Mensajes según la actividad del caso",
  // "messages based on case activity"): it tells the client how often texts come, which is what
  // the frequency disclosure is for.
  frequency:
    /\b(?:msg|message|messaging|text)s?\s+(?:freq(?:uency)?\.?|frequency)\b|\bfrecuencia\s+(?:de\s+(?:los\s+)?)?(?:mensajes|msj)?|\b\d+\s*(?:msgs?|messages|texts|mensajes|msjs?|textos)\s*(?:\/|per|a|al|por|cada)\s*(?:mo|month|wk|week|day|mes|semana|día|dia)\b|\brecurring\s+(?:messages|msgs|texts)\b|\bmensajes\s+recurrentes\b|\b(?:msgs?|messages|texts)\s+(?:vary\s+)?(?:based\s+on|according\s+to|depending\s+on)\s+(?:your\s+|the\s+)?(?:case\s+|account\s+)?activity\b|\bmensajes\s+(?:var[ií]an\s+)?(?:seg[uú]n|de\s+acuerdo\s+con|dependiendo\s+de)\s+(?:la\s+)?actividad\b/i,
  // The charge put in other words counts too ("your carrier may charge for messages and data", "su
  // compañía telefónica podría cobrarle mensajes y datos"): what the disclosure tells the client.
  rates:
    /\b(?:msg|message|text)s?\s*(?:&|and|\+)\s*data\s+rates?\b|\bdata\s+rates\s+may\s+apply\b|\btarifas\s+de\s+(?:mensajes|msj)\s+y\s+datos\b|\bpueden\s+aplicar(?:se)?\s+(?:tarifas|cargos)\b|\b(?:charges?|charged|charging|bill|billed|cobrar\p{L}*|cobre\p{L}*|cargos?|costos?|tarifas?)\s+(?:\p{L}+\s+){0,3}(?:msgs?|messages?|texts?|texting|mensajes|msjs?|textos)\s*(?:&|and|\+|y)\s*(?:data|datos)\b/iu,
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
