/*
 * Opt-out keywords and the words around them.
 *
 * Sources (facts only):
 * - Twilio support, "Twilio support for opt-out keywords (SMS STOP filtering)": Twilio honours
 *   STOP, UNSUBSCRIBE, END, QUIT, STOPALL, REVOKE, OPTOUT and CANCEL as opt-out requests, HELP and
 *   INFO as help requests, START, YES and UNSTOP as opt-back-in requests (case-insensitive, as the
 *   whole message body).
 * - Twilio, "How do I prevent my messages from being filtered": opt-out wording must name a
 *   standard keyword ("Reply STOP to opt out"); "text 2 to opt out" is given as non-compliant.
 * - CTIA Messaging Principles and Best Practices: the sample disclosures read "Reply STOP to
 *   cancel", "Text STOP to opt out", "Reply HELP for help".
 */

/** Keywords that opt a recipient out, lower case. */
export const OPT_OUT_KEYWORDS: ReadonlySet<string> = new Set([
  'stop',
  'unsubscribe',
  'end',
  'quit',
  'stopall',
  'revoke',
  'optout',
  'cancel',
]);

/** Keywords that ask for help, lower case. */
export const HELP_KEYWORDS: ReadonlySet<string> = new Set(['help', 'info']);

/**
 * Spanish opt-out and help words. Twilio's defaults honour the English keywords; a messaging service
 * can add others (Twilio's "Advanced Opt-Out" lets a sender add keywords per language), so ALTO,
 * PARA, CANCELAR and BAJA opt a client out only where the firm set them up: the rule recognises
 * them and asks for STOP beside them. AYUDA is the usual Spanish help keyword.
 */
export const SPANISH_OPT_OUT_KEYWORDS: ReadonlySet<string> = new Set(['alto', 'para', 'cancelar', 'baja']);
export const SPANISH_HELP_KEYWORDS: ReadonlySet<string> = new Set(['ayuda']);

/** Keywords in either language that the capitals and repeated-word checks must leave alone. */
export const KEYWORDS_IN_CAPITALS: ReadonlySet<string> = new Set([
  ...OPT_OUT_KEYWORDS,
  ...HELP_KEYWORDS,
  ...SPANISH_OPT_OUT_KEYWORDS,
  ...SPANISH_HELP_KEYWORDS,
  'start',
  'unstop',
]);

/** Verbs that introduce the keyword to send: "Reply STOP", "Text STOP", "Txt STOP". */
export const INSTRUCTION_VERBS: ReadonlySet<string> = new Set([
  'reply',
  'text',
  'txt',
  'send',
  'respond',
  'msg',
  'message',
  'sms',
  // Spanish: "Responda STOP", "Envíe STOP", "Conteste STOP", "Mande STOP", "Escriba STOP".
  'responda',
  'responde',
  'conteste',
  'envíe',
  'envie',
  'envía',
  'envia',
  'mande',
  'escriba',
  // The other forms a disclosure puts the same verbs in: "by replying STOP", "Texting STOP ends
  // them", "puede cancelar respondiendo STOP", "puede responder STOP", "escribe STOP".
  'replying',
  'texting',
  'sending',
  'responding',
  'messaging',
  'respondiendo',
  'enviando',
  'contestando',
  'mandando',
  'escribiendo',
  'responder',
  'enviar',
  'contestar',
  'mandar',
  'escribir',
  'contesta',
  'manda',
  'escribe',
]);

/**
 * Single words that say what sending the keyword does, after "to": "to cancel", "to unsubscribe".
 * Two-word purposes ("opt out", "be removed", "stop receiving") are matched in the rule.
 */
export const OPT_OUT_PURPOSES: ReadonlySet<string> = new Set([
  'opt-out',
  'optout',
  'unsubscribe',
  'unsub',
  'stop',
  'end',
  'cancel',
  'quit',
  'remove',
  'unenroll',
  // Spanish, after "para": "para cancelar", "para salir", "para darse de baja".
  'cancelar',
  'salir',
  'baja',
]);

/**
 * Replies that carriers and Twilio do not treat as opt-out keywords but that senders invent
 * ("reply NO to opt out", "text REMOVE to unsubscribe"). Digits and single letters ("text 2",
 * "reply N") are recognised in the rule.
 */
export const NON_STANDARD_REPLIES: ReadonlySet<string> = new Set([
  'no',
  'remove',
  'unsub',
  'optoff',
  'out',
  'halt',
  'block',
  'delete',
  'exit',
]);
