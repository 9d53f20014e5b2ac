import { describe, expect, it } from 'vitest';
import { checkRule, lint } from '../engine';
import { applyFixes, safeFixesOf } from '../fixes';
import { runRuleTests } from '../testing/rule-tester';
import rule from './non-gsm-character';

runRuleTests(rule, {
  valid: [
    "Hi Maria, it's Hartwell & Diaz. Your hearing moved to 3/14 - see you at 9am. Reply STOP to opt out.",
    'Hola José, su cita es el martes. Responda STOP para cancelar.',
    'Hartwell & Diaz: your filing fee is €350 [receipt 4471]. Questions? Call 555-201-3344.',
    'Ihre Unterlagen für Herrn Müller sind fertig. Ñoño, Øre, Åse, Æbleskiver: all GSM-7.',
    { name: 'emoji are left to the emoji rule', text: 'Great news 🎉 the judge approved your settlement 👍🏽.' },
    { name: 'an empty message', text: '' },
  ],
  invalid: [
    // Spanish keeps its accents: the cost is stated as info, and no fix drops them.
    {
      text: 'Hola María, su audiencia es el lunes.',
      findings: [{ messageId: 'noReplacement', start: 8, end: 9, severity: 'info', fixLabels: [] }],
    },
    {
      text: 'Hi Maria, it’s Hartwell & Diaz. Your hearing moved to 3/14 — see you at 9am.',
      findings: [
        { messageId: 'replaceable', start: 12, end: 13, severity: 'warning', fixLabels: ["Replace with '"] },
        { messageId: 'replaceable', start: 59, end: 60, fixLabels: ['Replace with -'] },
      ],
      output: "Hi Maria, it's Hartwell & Diaz. Your hearing moved to 3/14 - see you at 9am.",
    },
    {
      text: 'Hartwell & Diaz: your deposition is Monday–Wednesday, 9am–5pm.',
      findings: [
        { messageId: 'replaceable', start: 42, end: 43 },
        { messageId: 'replaceable', start: 57, end: 58 },
      ],
      output: 'Hartwell & Diaz: your deposition is Monday-Wednesday, 9am-5pm.',
    },
    {
      name: 'adjacent replaceable characters form one finding',
      text: 'Please bring “both IDs”… and your lease.',
      findings: [
        { messageId: 'replaceable', start: 13, end: 14, fixLabels: ['Replace with "'] },
        { messageId: 'replaceable', start: 22, end: 24, fixLabels: ['Replace with "...'] },
      ],
      output: 'Please bring "both IDs"... and your lease.',
    },
    {
      name: 'no-break space, tab and zero-width characters',
      text: 'Reminder:\tbring your ID\u00a0and lease.\u200b Hartwell & Diaz: \ufeffthanks.',
      findings: [
        { messageId: 'replaceable', start: 9, end: 10, fixLabels: ['Use a plain space'] },
        { messageId: 'replaceable', start: 23, end: 24, fixLabels: ['Use a plain space'] },
        { messageId: 'invisible', start: 34, end: 35, fixLabels: ['Delete the invisible character'] },
        { messageId: 'invisible', start: 53, end: 54 },
      ],
      output: 'Reminder: bring your ID and lease. Hartwell & Diaz: thanks.',
    },
    {
      name: 'a zero-width joiner outside an emoji',
      text: 'Hi Maria,\u200d your hearing is Monday.',
      findings: [{ messageId: 'invisible', start: 9, end: 10 }],
      output: 'Hi Maria, your hearing is Monday.',
    },
    {
      name: 'non-breaking hyphens in a phone number',
      text: 'Call us at 555‑201‑3344 (that’s our direct line).',
      findings: [
        { messageId: 'replaceable', start: 14, end: 15 },
        { messageId: 'replaceable', start: 18, end: 19 },
        { messageId: 'replaceable', start: 29, end: 30 },
      ],
      output: "Call us at 555-201-3344 (that's our direct line).",
    },
    {
      name: 'an accent GSM-7 lacks gets a suggestion, never a safe fix',
      text: 'Hi María, your consultation is confirmed for Tuesday at 2pm.',
      findings: [{ messageId: 'noReplacement', start: 6, end: 7, fixLabels: ['Replace í with i'] }],
      suggestionOutputs: ['Hi Maria, your consultation is confirmed for Tuesday at 2pm.'],
    },
    {
      name: 'Smart Encoding does not replace accented letters, so they stay warnings',
      text: 'Hi Tomás, this is Hartwell & Diaz. We filed your motion today.',
      settings: { smartEncoding: true },
      findings: [{ messageId: 'noReplacement', start: 6, end: 7, severity: 'warning' }],
    },
    {
      name: 'with Smart Encoding, replaceable characters are info',
      text: 'Hi Maria, it’s Hartwell & Diaz. Your hearing moved to 3/14 — see you at 9am.',
      settings: { smartEncoding: true },
      findings: [
        { messageId: 'smartEncoded', start: 12, end: 13, severity: 'info' },
        { messageId: 'smartEncoded', start: 59, end: 60, severity: 'info' },
      ],
      output: "Hi Maria, it's Hartwell & Diaz. Your hearing moved to 3/14 - see you at 9am.",
    },
    {
      name: 'a run of Chinese characters is one finding without a fix',
      text: 'Hi 王芳, 您好. Your hearing is Monday.',
      findings: [
        { messageId: 'noReplacement', start: 3, end: 5, fixLabels: [] },
        { messageId: 'noReplacement', start: 7, end: 9, fixLabels: [] },
      ],
    },
    {
      name: 'a letter with a separately typed accent is composed',
      text: 'Hi Jose\u0301, see you Monday.',
      findings: [{ messageId: 'replaceable', start: 7, end: 8, fixLabels: ['Combine into é'] }],
      output: 'Hi José, see you Monday.',
    },
    {
      name: 'styled letters get a plain-letter suggestion',
      text: 'Your case is 𝐂𝐋𝐎𝐒𝐄𝐃.',
      findings: [{ messageId: 'noReplacement', start: 13, end: 25, fixLabels: ['Replace 𝐂𝐋𝐎𝐒𝐄𝐃 with CLOSED'] }],
      suggestionOutputs: ['Your case is CLOSED.'],
    },
    {
      name: 'text-presentation symbols that are not emoji',
      text: 'Hartwell & Diaz™ ✔ ©2025 ❤',
      findings: [
        { messageId: 'noReplacement', start: 15, end: 16 },
        { messageId: 'noReplacement', start: 17, end: 18 },
        { messageId: 'noReplacement', start: 19, end: 20 },
        { messageId: 'noReplacement', start: 25, end: 26 },
      ],
    },
    {
      name: 'fractions and bullets from a pasted document',
      text: 'Bring: • your lease • ½ of the retainer',
      findings: [
        { messageId: 'replaceable', start: 7, end: 8 },
        { messageId: 'replaceable', start: 20, end: 21 },
        { messageId: 'replaceable', start: 22, end: 23, fixLabels: ['Replace with 1/2'] },
      ],
      output: 'Bring: - your lease - 1/2 of the retainer',
    },
    {
      name: 'characters beside an emoji are still reported',
      text: 'It’s done 👍🏽 – see you Monday',
      findings: [
        { messageId: 'replaceable', start: 2, end: 3 },
        { messageId: 'replaceable', start: 15, end: 16 },
      ],
      output: "It's done 👍🏽 - see you Monday",
    },
  ],
});

describe('non-gsm-character messages', () => {
  it('says what the characters cost in segments', () => {
    const [finding] = checkRule(rule, 'Hi Maria, it’s Hartwell & Diaz. Your hearing moved to 3/14, see you at 9am.');
    expect(finding?.message).toContain('2 segments instead of 1');
  });

  it('says when the segment count does not change yet', () => {
    const [finding] = checkRule(rule, 'It’s done.');
    expect(finding?.message).toContain('still 1 segment, but each now holds 70 characters instead of 160');
  });

  it('counts against the text without every non-GSM character', () => {
    const text = `${'Please sign and return the retainer agreement by Friday. '.repeat(3)}It’s “urgent”.`;
    const findings = checkRule(rule, text);
    expect(findings).toHaveLength(3);
    for (const finding of findings) expect(finding.message).toContain('3 segments instead of 2');
  });

  it('with Smart Encoding, counts only what the service cannot replace', () => {
    const text = `Hi María, ${'please sign the retainer agreement today. '.repeat(3)}It’s urgent.`;
    const findings = checkRule(rule, text, { smartEncoding: true });
    expect(findings.map((finding) => finding.messageId)).toEqual(['noReplacement', 'smartEncoded']);
    expect(findings[0]?.message).toContain('3 segments instead of 1');
  });

  it('fixing every finding turns the message into GSM-7', () => {
    const text = 'Hi Maria, it’s Hartwell & Diaz… your hearing is 3/14 — 9am\u00a0sharp.';
    const fixed = applyFixes(text, safeFixesOf(checkRule(rule, text)));
    expect(lint(fixed).encoding).toBe('GSM-7');
  });

  it('reports every character of a long UCS-2 message', () => {
    const text = 'Hi Maria, it’s Hartwell & Diaz — 您好. '.repeat(3000);
    const findings = checkRule(rule, text);
    expect(findings).toHaveLength(9000);
  });
});
