import { DISCLOSURE_ORDER, DISCLOSURE_PRESENT, DISCLOSURE_WORDING, type DisclosurePart } from '../data/disclosures';
import { countSegments } from '../encoding';
import { applyEdits } from '../fixes';
import { detectLanguage } from '../language';
import { appendSentenceFix, isBlank, lastSentenceRange } from '../required-text';
import type { Fix, Rule } from '../types';

const MESSAGE_IDS: Readonly<Record<DisclosurePart, { en: string; es: string }>> = {
  help: { en: 'missingHelp', es: 'missingHelpEs' },
  frequency: { en: 'missingFrequency', es: 'missingFrequencyEs' },
  rates: { en: 'missingRates', es: 'missingRatesEs' },
};

/**
 * The fixes for the missing parts, worded so that all of them together keep the message in the
 * fewest segments any wording can: the fullest wording with that segment count.
 */
function fixesFor(text: string, missing: readonly DisclosurePart[], language: 'en' | 'es'): Map<DisclosurePart, Fix> {
  const candidates = DISCLOSURE_WORDING[language].map((wording) => {
    const fixes = new Map<DisclosurePart, Fix>();
    const edits = [];
    for (const part of missing) {
      const fix = appendSentenceFix(text, wording[part], `Add "${wording[part]}"`);
      fixes.set(part, fix);
      edits.push(...fix.edits);
    }
    const segments = countSegments(
      applyEdits(
        text,
        edits.sort((a, b) => a.start - b.start),
      ),
    ).segments;
    return { fixes, segments };
  });
  const fewest = Math.min(...candidates.map((candidate) => candidate.segments));
  return (candidates.find((candidate) => candidate.segments === fewest) ?? candidates[0])?.fixes ?? new Map();
}

const rule: Rule = {
  id: 'first-message-disclosures',
  meta: {
    category: 'compliance',
    defaultSeverity: 'warning',
    description:
      'Checks that a first message says how to get help, how often messages come, and that message and data rates may apply.',
    why: 'Carriers and CTIA expect the opt-in message of a texting program to carry HELP instructions, the message frequency and "Msg & data rates may apply"; Twilio rejects campaigns whose opt-in message lacks them (errors 30540, 30545, 30570).',
    messages: {
      missingHelp: 'This first message does not say how to get help. Add "Reply HELP for help."',
      missingFrequency: 'This first message does not say how often messages come. Add "Msg frequency varies."',
      missingRates:
        'This first message does not say that message and data rates may apply. Add "Msg & data rates may apply."',
      missingHelpEs:
        'Este primer mensaje no dice cómo pedir ayuda. Agregue "Responda AYUDA para ayuda." (No HELP instructions.)',
      missingFrequencyEs:
        'Este primer mensaje no dice con qué frecuencia llegan los mensajes. Agregue "Frecuencia de mensajes variable." (No message frequency.)',
      missingRatesEs:
        'Este primer mensaje no dice que pueden aplicarse tarifas. Agregue "Pueden aplicarse tarifas de mensajes y datos." (No "Msg & data rates may apply".)',
    },
    fixable: 'safe',
    examples: {
      valid: [
        {
          text: 'Hartwell & Diaz: Hi Maria, we will text you about your case. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to opt out.',
          firstMessage: true,
        },
        { text: 'Hartwell & Diaz: your hearing moved to 3/14 at 9am.' },
      ],
      invalid: [
        {
          text: 'Hartwell & Diaz: Hi Maria, we will text you about your case. Reply STOP to opt out.',
          firstMessage: true,
          output:
            'Hartwell & Diaz: Hi Maria, we will text you about your case. Reply STOP to opt out. Msg frequency varies. Msg & data rates may apply. Reply HELP for help.',
        },
      ],
    },
  },
  check(context) {
    const { message, settings } = context;
    if (!context.firstMessage || isBlank(message.text)) return;
    const missing = DISCLOSURE_ORDER.filter((part) => !DISCLOSURE_PRESENT[part].test(message.text));
    if (missing.length === 0) return;
    const range = lastSentenceRange(message.text, message.words);
    if (range === null) return;
    const language = detectLanguage(message.text, message.words, settings.language).language;
    const fixes = fixesFor(message.text, missing, language);
    for (const part of missing) {
      const fix = fixes.get(part);
      context.report({
        messageId: MESSAGE_IDS[part][language],
        start: range.start,
        end: range.end,
        fixes: fix ? [fix] : [],
      });
    }
  },
};

export default rule;
