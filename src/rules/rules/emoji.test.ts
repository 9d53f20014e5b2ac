import { describe, expect, it } from 'vitest';
import { checkRule } from '../engine';
import { applyFixes, safeFixesOf } from '../fixes';
import { runRuleTests } from '../testing/rule-tester';
import rule from './emoji';

runRuleTests(rule, {
  valid: [
    'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9am. Reply STOP to opt out.',
    'Hartwell & Diaz: your filing fee is $350 (receipt #4471). Reply STOP to opt out.',
    'Case 2024-CV-0193: please bring 2 forms of ID * and your lease.',
    'Copyright © 2025 Hartwell & Diaz®. All rights reserved™.',
    'Your documents are ready → portal.hartwelldiaz.com/docs',
    'Checklist: ✔ retainer signed, ✔ ID copied. Scales of justice ⚖ mean nothing here.',
    'Hi Maria, we ❤ our clients.',
    'Hi Jo\u00e3o, your appointment is confirmed for Tuesday at 2 p.m. \u2014 Hartwell & Diaz',
    { name: 'a lone skin-tone modifier is not an emoji', text: 'Hi \u{1F3FB} there' },
    { name: 'a lone regional indicator is not a flag', text: 'Hi \u{1F1FA} there' },
    { name: 'a lone variation selector is not an emoji', text: 'Hi \uFE0F there' },
    // Spanish
    'Hartwell & Díaz: ¡Felicidades! Su asilo fue aprobado. ¿Puede venir mañana?',
    'Hartwell & Diaz: Su audiencia es el lunes a las 9:30 (sala 4B). Traiga su pasaporte.',
  ],
  invalid: [
    {
      text: 'Great news 🎉 see you Tuesday.',
      findings: [{ messageId: 'emoji', start: 11, end: 13, severity: 'error', fixLabels: ['Delete 🎉'] }],
      output: 'Great news see you Tuesday.',
    },
    {
      text: 'Thanks! 👍',
      findings: [{ messageId: 'emoji', start: 8, end: 10 }],
      output: 'Thanks!',
    },
    {
      text: '👋 Hi Maria, this is Hartwell & Diaz.',
      findings: [{ messageId: 'emoji', start: 0, end: 2 }],
      output: 'Hi Maria, this is Hartwell & Diaz.',
    },
    {
      name: 'adjacent emoji are deleted together without a double space',
      text: 'Hi 👋👋 there',
      findings: [
        { messageId: 'emoji', start: 3, end: 5 },
        { messageId: 'emoji', start: 5, end: 7 },
      ],
      output: 'Hi there',
    },
    {
      name: 'emoji separated by spaces',
      text: 'Hi 👋 👋 there',
      findings: [
        { messageId: 'emoji', start: 3, end: 5 },
        { messageId: 'emoji', start: 6, end: 8 },
      ],
      output: 'Hi there',
    },
    {
      name: 'emoji before punctuation',
      text: 'Your case is closed 🎉🎉🎉, congratulations!',
      findings: [
        { messageId: 'emoji', start: 20, end: 22 },
        { messageId: 'emoji', start: 22, end: 24 },
        { messageId: 'emoji', start: 24, end: 26 },
      ],
      output: 'Your case is closed, congratulations!',
    },
    {
      name: 'emoji at the end of a line',
      text: 'Hi Maria 👋\nYour hearing moved to 3/14.',
      findings: [{ messageId: 'emoji', start: 9, end: 11 }],
      output: 'Hi Maria\nYour hearing moved to 3/14.',
    },
    {
      name: 'emoji at the start of a line',
      text: 'Hi Maria,\n📅 Your hearing moved to 3/14.',
      findings: [{ messageId: 'emoji', start: 10, end: 12 }],
      output: 'Hi Maria,\nYour hearing moved to 3/14.',
    },
    {
      name: 'a line holding only emoji is removed',
      text: 'Your case is closed.\n🎉🎉\nHartwell & Diaz',
      findings: [
        { messageId: 'emoji', start: 21, end: 23 },
        { messageId: 'emoji', start: 23, end: 25 },
      ],
      output: 'Your case is closed.\nHartwell & Diaz',
    },
    {
      name: 'a last line holding only an emoji is removed',
      text: 'See you Tuesday.\n👋',
      findings: [{ messageId: 'emoji', start: 17, end: 19 }],
      output: 'See you Tuesday.',
    },
    {
      name: 'two emoji-only lines',
      text: '🎉\n🎉',
      findings: [
        { messageId: 'emoji', start: 0, end: 2 },
        { messageId: 'emoji', start: 3, end: 5 },
      ],
      output: '',
    },
    {
      name: 'an emoji glued between words becomes a space',
      text: 'Done.👍Thanks',
      findings: [{ messageId: 'emoji', start: 5, end: 7 }],
      output: 'Done. Thanks',
    },
    {
      name: 'an emoji glued to the word after keeps the space before',
      text: 'Call ☎️555-201-3344 today',
      findings: [{ messageId: 'emoji', start: 5, end: 7 }],
      output: 'Call 555-201-3344 today',
    },
    {
      name: 'inside parentheses',
      text: 'Your payment went through (✅ $350) today.',
      findings: [{ messageId: 'emoji', start: 27, end: 28 }],
      output: 'Your payment went through ($350) today.',
    },
    {
      name: 'ZWJ family, flag, keycap and skin tone each count as one sequence',
      text: 'Hi 👨‍👩‍👧 🇺🇸 1️⃣ 👍🏽 there',
      findings: [
        { messageId: 'emoji', start: 3, end: 11 },
        { messageId: 'emoji', start: 12, end: 16 },
        { messageId: 'emoji', start: 17, end: 20 },
        { messageId: 'emoji', start: 21, end: 25 },
      ],
      output: 'Hi there',
    },
    {
      name: 'heart with VS16 is an emoji, bare heart is not',
      text: 'We ❤️ our clients ❤ always.',
      findings: [{ messageId: 'emoji', start: 3, end: 5 }],
      output: 'We our clients ❤ always.',
    },
    {
      name: 'a message of only emoji',
      text: '👍',
      findings: [{ messageId: 'emoji', start: 0, end: 2 }],
      output: '',
    },
    {
      name: 'emoji among realistic law-firm wording',
      text: '⚖️ Hartwell & Diaz: your hearing is 3/14 at 9am 📅. Reply STOP to opt out.',
      findings: [
        { messageId: 'emoji', start: 0, end: 2 },
        { messageId: 'emoji', start: 48, end: 50 },
      ],
      output: 'Hartwell & Diaz: your hearing is 3/14 at 9am. Reply STOP to opt out.',
    },
    // Spanish
    {
      text: 'Hartwell & Díaz: ¡Felicidades! Su asilo fue aprobado 🎉',
      findings: [{ messageId: 'emoji', start: 53, end: 55, fixLabels: ['Delete 🎉'] }],
      output: 'Hartwell & Díaz: ¡Felicidades! Su asilo fue aprobado.',
    },
    {
      text: '¿Recibió la carta del juez? 👍 Llámenos mañana.',
      findings: [{ messageId: 'emoji', start: 28, end: 30 }],
      output: '¿Recibió la carta del juez? Llámenos mañana.',
    },
  ],
});

describe('emoji fixes', () => {
  const fixAll = (text: string): string => applyFixes(text, safeFixesOf(checkRule(rule, text)));
  const fixEach = (text: string): string[] =>
    checkRule(rule, text).map((finding) =>
      applyFixes(
        text,
        finding.fixes.filter((fix) => fix.safe),
      ),
    );

  it.each([
    ['Hi 👋👋 there', 'Hi there'],
    ['Hi 👋 👋 👋 there', 'Hi there'],
    ['Hi👋👋there', 'Hi there'],
    ['Thanks! 👍 👍', 'Thanks!'],
    ['👋 👋 Hi', 'Hi'],
    ['Hi 👋  there', 'Hi there'],
    ['Congrats 🎉! Call us.', 'Congrats! Call us.'],
    ['Hi\r\n🎉\r\nBye', 'Hi\r\nBye'],
    ['🎉🎉🎉', ''],
  ])('fix all of %j gives %j', (text, expected) => {
    expect(fixAll(text)).toBe(expected);
  });

  it('each fix applied alone leaves no double space', () => {
    for (const text of ['Hi 👋 👋 there', 'Thanks! 👍 👍', 'Hi👋 👋 there', 'Done.👍 👍Thanks', 'Hi 👋👋 there']) {
      for (const fixed of fixEach(text)) expect(fixed, text).not.toMatch(/ {2}| [.,!?]/);
    }
  });

  it('re-linting after each fix converges to the tidy text', () => {
    let text = 'Great 🎉🎉 news 🎉, see you 👋';
    for (let round = 0; round < 10; round++) {
      const [finding] = checkRule(rule, text);
      if (!finding) break;
      text = applyFixes(text, finding.fixes);
    }
    expect(text).toBe('Great news, see you.');
  });

  it('fixes a long message full of emoji', () => {
    const text = 'Hi 👋 there. '.repeat(8000);
    const findings = checkRule(rule, text);
    expect(findings).toHaveLength(8000);
    expect(applyFixes(text, safeFixesOf(findings))).toBe('Hi there. '.repeat(8000));
  });
});
