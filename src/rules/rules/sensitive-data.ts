import { findSensitiveData, maskDigits, type SensitiveSpan } from '../sensitive';
import type { Fix, Rule } from '../types';

/*
 * Reports what sensitive.ts finds. The offered fix is only a suggestion: masking keeps the last 4
 * digits so the client still recognises the account, but the real remedy is the secure portal.
 */

function maskFix(text: string, span: SensitiveSpan): Fix {
  const value = text.slice(span.start, span.end);
  const isSecret = span.kind === 'password' || span.kind === 'pin';
  return {
    label: isSecret ? 'Mask it (send it through the secure portal)' : 'Mask all but the last 4 digits',
    edits: [{ start: span.start, end: span.end, text: isSecret ? '****' : maskDigits(value) }],
    safe: false,
  };
}

const rule: Rule = {
  id: 'sensitive-data',
  meta: {
    category: 'privacy',
    defaultSeverity: 'warning',
    description:
      'Flags Social Security numbers, A-numbers, card, bank account and routing numbers, passwords and PINs written in a text.',
    why: 'Texts are not encrypted end to end and stay on phones and carrier systems; carriers filter messages that carry personal financial data, and exposing it can breach confidentiality duties.',
    messages: {
      ssn: 'This looks like a Social Security number; texts are not secure and carriers filter messages carrying personal data. Send it through the secure portal instead.',
      alienNumber:
        "This looks like an A-number (USCIS Alien Registration Number); with the client's name it identifies their immigration file, texts are not secure and carriers filter messages carrying personal data. Send it through the secure portal instead.",
      cardNumber:
        'This looks like a payment card number; texts are not secure and carriers filter messages carrying financial data. Send it through the secure portal instead.',
      bankAccount:
        'This looks like a bank account number; texts are not secure and carriers filter messages carrying financial data. Send it through the secure portal instead.',
      routingNumber:
        'This looks like a bank routing number; together with an account number it exposes financial data that carriers filter. Send it through the secure portal instead.',
      password:
        'This looks like a password; anyone who sees the phone can read it, and carriers treat credentials in texts as phishing. Send it through the secure portal instead.',
      pin: 'This looks like a PIN or passcode; anyone who sees the phone can read it, and carriers treat credentials in texts as phishing. Send it through the secure portal instead.',
    },
    fixable: 'suggestion',
    examples: {
      valid: [
        { text: 'Hartwell & Diaz: please upload your SSN card scan through the secure portal, not by text.' },
        { text: 'Hi Maria, your hearing in Case No. 2024-CV-01234 moved to 3/14/2025 at 9am. Call 512-555-0147.' },
      ],
      invalid: [
        { text: 'Hi Maria, we have your SSN as 123-45-6789 on the intake form. Please confirm.' },
        { text: 'Hartwell & Diaz: your portal password: Hunter2! Change it after you log in.' },
        { text: 'Refund will go to account number 000123456789, routing number 111000025.' },
      ],
    },
  },
  check(context) {
    const { message } = context;
    for (const span of findSensitiveData(message)) {
      context.report({
        messageId: span.kind,
        start: span.start,
        end: span.end,
        fixes: [maskFix(message.text, span)],
      });
    }
  },
};

export default rule;
