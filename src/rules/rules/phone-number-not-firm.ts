import { mayHoldShortCode, THINGS_SENT } from '../keyword-sign-up';
import { overlapsLinkOrEmailOf } from '../links';
import { firmPhoneNumbersOf, phoneNumbersOf } from '../phone';
import { findSensitiveData, type SensitiveSpan } from '../sensitive';
import type { Rule } from '../types';

/**
 * "Send GO to 47474", "text YES to 90210": an instruction to text a 5- or 6-digit short code, the
 * shape of premium-rate and sweepstakes spam. Bounded gaps keep the scan linear.
 */
const SHORT_CODE_INSTRUCTION =
  /\b(?:text|txt|send|sms|reply)\s+["'“]?(\p{L}{1,12})["'”]?\s+to\s+(\d{5,6})(?![\d\p{L}])/giu;
/** "Envíe GANAR al 47474": the same in Spanish, "al"/"a" for "to". */
const SPANISH_SHORT_CODE_INSTRUCTION =
  /(?<![\p{L}\p{N}])(?:env[íi]e|env[íi]a|mande|manda|textee|escriba|responda)\s+["'“«]?(\p{L}{1,12})["'”»]?\s+al?\s+(\d{5,6})(?![\d\p{L}])/giu;

function reportShortCodes(context: Parameters<Rule['check']>[0], firmNumbers: ReadonlySet<string>): void {
  const { text } = context.message;
  if (!mayHoldShortCode(text)) return;
  const found: { start: number; end: number; code: string }[] = [];
  for (const pattern of [SHORT_CODE_INSTRUCTION, SPANISH_SHORT_CODE_INSTRUCTION]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const code = match[2] ?? '';
      if (THINGS_SENT.has((match[1] ?? '').toLowerCase()) || firmNumbers.has(code)) continue;
      const end = match.index + match[0].length;
      found.push({ start: end - code.length, end, code });
    }
  }
  found.sort((first, second) => first.start - second.start);
  for (const { start, end, code } of found) {
    context.report({ messageId: 'shortCode', data: { number: code }, start, end });
  }
}

/*
 * Numbers are compared in E.164 form, so "(512) 555-0147" in a message matches "+1 512 555 0147"
 * in the settings. Phone-shaped digits that sensitive-data reports (an SSN, a card number, a
 * labelled account number) are that rule's business, and digits inside links are the link rules'.
 * No fix: only the firm knows which of its numbers belongs in the message.
 */
const rule: Rule = {
  id: 'phone-number-not-firm',
  meta: {
    category: 'content',
    defaultSeverity: 'info',
    description: "Flags phone numbers that are not among the firm's own numbers.",
    why: 'Carriers and clients treat a text that asks them to call an unknown number as a phishing pattern; numbers in business texts should be the sender’s own.',
    messages: {
      notFirmPhone:
        "{number} is not one of your firm's numbers, and texts that send clients to other numbers look like phishing to carriers. Check the number, or add it to the firm's phone numbers if it is yours.",
      shortCode:
        "This asks the client to text {number}, a short code that is not one of your firm's numbers; carriers treat texts that steer people to premium short codes as spam. Ask the client to reply to this conversation instead.",
      noFirmPhones:
        "Your firm's phone numbers are not set, so numbers in texts cannot be checked, and carriers watch for texts that send clients to unknown numbers. Fill in the firm's phone numbers setting.",
    },
    fixable: 'none',
    examples: {
      valid: [
        {
          text: 'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9am. Questions? Call (512) 555-0147.',
          settings: { firmPhoneNumbers: ['+1 512 555 0147'] },
        },
        { text: 'Hartwell & Diaz: Case No. 2024-CV-01234 is set for 3/14/2025 at 9:30am in Austin, TX 78701.' },
      ],
      invalid: [
        {
          text: 'Hi Maria, please call the adjuster at 737-555-0199 before Friday.',
          settings: { firmPhoneNumbers: ['512-555-0147'] },
        },
        { text: 'Hartwell & Diaz: call us at 512.555.0147 to reschedule.' },
      ],
    },
  },
  check(context) {
    const { message, settings } = context;
    const firmNumbers = firmPhoneNumbersOf(settings);
    reportShortCodes(context, firmNumbers);
    const phones = phoneNumbersOf(message);
    if (phones.length === 0) return;
    const sensitive = findSensitiveData(message);
    const inLink = overlapsLinkOrEmailOf(message);
    // Phones and sensitive spans both come in text order without overlaps: one sweep compares them.
    let next = 0;
    for (const phone of phones) {
      if (inLink(phone.start, phone.end)) continue;
      while (next < sensitive.length && (sensitive[next] as SensitiveSpan).end <= phone.start) next++;
      const span = sensitive[next];
      if (span && span.start < phone.end) continue;
      if (firmNumbers.size === 0) {
        // Without the firm's numbers every number would be flagged: ask once for the setting instead.
        context.report({ messageId: 'noFirmPhones', start: phone.start, end: phone.end });
        return;
      }
      if (firmNumbers.has(phone.e164)) continue;
      context.report({ messageId: 'notFirmPhone', data: { number: phone.raw }, start: phone.start, end: phone.end });
    }
  },
};

export default rule;
