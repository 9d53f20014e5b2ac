import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRule } from '../engine';
import { runRuleTests } from '../testing/rule-tester';
import rule from './message-length';

const HEARING =
  'Hi Maria, this is Hartwell & Diaz. Your hearing moved to Thursday 3/14 at 9am in Courtroom 4B. Please arrive by 8:30 with your ID and the documents we sent. Reply STOP to opt out.';
const SENTENCE = 'Please bring your lease, pay stubs and ID to the hearing. '; // 58 characters
const gsm160 = 'A'.repeat(160);
const gsm161 = 'A'.repeat(161);

runRuleTests(rule, {
  valid: [
    'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9am. Reply STOP to opt out.',
    { name: 'exactly 160 GSM-7 characters is one segment', text: gsm160 },
    { name: 'exactly 70 UCS-2 characters is one segment', text: `It’s ${'a'.repeat(65)}` },
    { name: 'an empty message', text: '' },
    {
      name: 'a short text with emoji stays in one UCS-2 segment',
      text: 'Great news 🎉 the judge approved your settlement. Call us.',
    },
    // Spanish
    {
      name: '¿, ¡ and ñ are GSM-7: one segment up to 160',
      text: 'Hartwell & Diaz: ¿Puede venir mañana a las 9am? ¡Gracias, Maria! Traiga su pasaporte y su permiso. Responda STOP para cancelar.',
    },
    { name: 'an accented message under 70 characters', text: 'Hola María, su cita es el lunes. Responda STOP.' },
  ],
  invalid: [
    {
      name: '161 GSM-7 characters spill into a second segment after 153',
      text: gsm161,
      findings: [{ messageId: 'multiSegment', start: 153, end: 161, severity: 'info' }],
    },
    {
      text: HEARING,
      findings: [{ messageId: 'multiSegment', start: 153, end: HEARING.length, severity: 'info' }],
    },
    {
      name: 'extension characters count twice',
      text: `${'['.repeat(80)}x`,
      findings: [{ messageId: 'multiSegment', start: 76, end: 81 }],
    },
    {
      name: 'UCS-2 splits after 67 code units',
      text: `Hi María, ${'please call us today. '.repeat(3)}`,
      findings: [{ messageId: 'multiSegment', start: 67, end: 76 }],
    },
    {
      name: 'UCS-2 does not split an emoji across segments',
      text: `${'a'.repeat(66)}👍${'b'.repeat(10)}`,
      findings: [{ messageId: 'multiSegment', start: 66, end: 78 }],
    },
    {
      name: 'a boundary inside a merge field underlines from the field',
      text: `${'A'.repeat(150)} {{event.date}} x`,
      findings: [{ messageId: 'multiSegment', start: 151, end: 167, severity: 'info' }],
    },
    {
      name: 'over 320 characters is a warning from the 321st character',
      text: `Hi Maria, this is Hartwell & Diaz. ${SENTENCE.repeat(6)}`,
      findings: [{ messageId: 'overRecommended', start: 320, end: 383, severity: 'warning' }],
    },
    {
      name: 'exactly 320 characters is only info',
      text: 'B'.repeat(320),
      findings: [{ messageId: 'multiSegment', start: 153, end: 320, severity: 'info' }],
    },
    {
      name: 'over 320 UCS-2 characters counts graphemes',
      text: `${'👍'.repeat(321)}`,
      findings: [{ messageId: 'overRecommended', start: 640, end: 642, severity: 'warning' }],
    },
    {
      name: 'over 1,600 characters is an error from the 1,601st character',
      text: 'C'.repeat(1700),
      findings: [{ messageId: 'overMaximum', start: 1600, end: 1700, severity: 'error' }],
    },
    {
      name: 'exactly 1,600 characters is a warning',
      text: 'C'.repeat(1600),
      findings: [{ messageId: 'overRecommended', start: 320, end: 1600, severity: 'warning' }],
    },
    {
      name: 'extension characters count twice toward 1,600',
      text: `${'€'.repeat(800)}x`,
      findings: [{ messageId: 'overMaximum', start: 800, end: 801, severity: 'error' }],
    },
    // Spanish
    {
      name: 'an accent makes a Spanish message UCS-2: a second segment after 67',
      text: 'Hartwell & Diaz: Hola María, su audiencia de asilo es el lunes a las 9am.',
      findings: [{ messageId: 'multiSegment', start: 67, end: 73, severity: 'info' }],
    },
  ],
});

describe('message-length messages', () => {
  it('names the count, the encoding and the segments', () => {
    const text = `Hi Maria, this is Hartwell & Diaz. ${SENTENCE.repeat(3)}`;
    const [finding] = checkRule(rule, text);
    expect(finding?.message).toBe(
      '209 characters in GSM-7: 2 segments, each billed as a separate text. Twilio recommends 320 characters or fewer; shorten it if one segment would do.',
    );
  });

  it('formats large counts with a thousands separator', () => {
    const [finding] = checkRule(rule, 'D'.repeat(2000));
    expect(finding?.message).toContain('2,000 characters');
  });

  it('a firm can turn it off', () => {
    expect(checkRule(rule, 'E'.repeat(2000), { ruleSeverity: { 'message-length': 'off' } })).toEqual([]);
  });

  it('handles 100,000 characters', () => {
    const text = `${'Hi Maria, your hearing is Monday. 您好 '.repeat(2700)}`;
    const [finding] = checkRule(rule, text);
    expect(finding?.messageId).toBe('overMaximum');
  });
});

describe('message-length against the Twilio segment corpus', () => {
  interface SegmentCase {
    id: string;
    text: string;
    segments: number;
    characters: number;
    encoding: string;
    description: string;
    country?: string;
    units_per_segment?: number[] | null;
    graphemes_per_segment?: number[] | null;
  }
  const file = fileURLToPath(new URL('../../../test/data/segments.jsonl', import.meta.url));
  const cases = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as SegmentCase);

  // Cases measured with Smart Encoding on describe a different text than the one we lint, and
  // country-specific ones (Malaysia) follow rules other than the US carriers' we serve.
  const comparable = cases.filter((entry) => !/smart encoding on/i.test(entry.description) && !entry.country);

  it('compares most of the corpus', () => {
    expect(comparable.length).toBeGreaterThan(150);
  });

  it.each(comparable.map((entry) => [entry.id, entry] as const))('%s', (_, entry) => {
    const findings = checkRule(rule, entry.text);
    if (entry.segments === 1) {
      expect(findings).toEqual([]);
      return;
    }
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    if (entry.characters > 1600) expect(finding?.severity).toBe('error');
    else if (entry.characters > 320) expect(finding?.severity).toBe('warning');
    else {
      expect(finding?.severity).toBe('info');
      // The finding starts where the calculator's second segment starts (GSM-7 characters are one code unit each).
      const firstSegment = entry.encoding === 'GSM-7' ? entry.graphemes_per_segment?.[0] : entry.units_per_segment?.[0];
      if (firstSegment !== undefined) expect(finding?.start).toBe(firstSegment);
    }
    expect(finding?.end).toBe(entry.text.length);
  });
});
