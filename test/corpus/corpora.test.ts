import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/rules';
import {
  fnv1a,
  halfOf,
  loadLawFirmMessages,
  loadScamMessages,
  loadUciMessages,
  rocAuc,
  TUNING_BATCHES,
} from './corpora';

describe('corpus split', () => {
  it('is a fixed function of the id', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(halfOf('lf-0001')).toBe(halfOf('lf-0001'));
  });

  it.each([
    ['law-firm', loadLawFirmMessages()],
    ['scams', loadScamMessages()],
    ['UCI', loadUciMessages()],
  ] as const)('cuts the %s corpus into two halves of similar size', (_name, messages) => {
    const dev = messages.filter((message) => halfOf(message.id) === 'dev').length;
    const share = dev / messages.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
  });
});

describe('corpus files', () => {
  it('has unique ids, known areas and rules, and the sizes the issue asks for', () => {
    const lawFirm = loadLawFirmMessages();
    const scams = loadScamMessages();
    expect(lawFirm.length).toBeGreaterThanOrEqual(300);
    expect(scams.length).toBeGreaterThanOrEqual(150);
    for (const messages of [lawFirm, scams]) {
      expect(new Set(messages.map((message) => message.id)).size).toBe(messages.length);
    }
    for (const message of lawFirm) expect(['error', ...RULE_IDS]).toContain(message.mustNot);
    for (const message of scams) expect(RULE_IDS).toContain(message.rule);
  });
});

/** The families and areas test/corpus/README.md names for the corpora written apart from the rules. */
const SCAM_FAMILIES = [
  'package-redelivery',
  'unpaid-toll',
  'government-impersonation',
  'bank-fraud-alert',
  'payment-reversal',
  'subscription-renewal',
  'job-task-scam',
  'family-impersonation',
  'prize-sweepstakes',
  'loans-credit',
  'debt-relief',
  'crypto-investment',
  'get-rich-quick',
  'cannabis-drugs',
  'prescription-drugs',
  'gambling',
  'adult',
  'alcohol-tobacco-firearms',
  'lead-generation',
  'romance-wrong-number',
  'tech-support',
  'utility-shutoff',
  'rental-housing',
  'charity-disaster',
  'student-loan-forgiveness',
];

describe.each(TUNING_BATCHES)(
  'tuning batch $key',
  ({ scamIdPrefix, lawFirmIdPrefix, scams, lawFirm, expectations }) => {
    it(`scam texts: ${scamIdPrefix}- ids in file order, known families and rules, a text and a source each`, () => {
      const messages = scams();
      // Two per family at least (the second Spanish batch; the English ones have five or six).
      for (const family of SCAM_FAMILIES) {
        expect(messages.filter((message) => message.family === family).length).toBeGreaterThanOrEqual(2);
      }
      messages.forEach((message, index) => {
        expect(message.id).toBe(`${scamIdPrefix}-${String(index + 1).padStart(4, '0')}`);
        expect(SCAM_FAMILIES).toContain(message.family);
        expect(RULE_IDS).toContain(message.rule);
        expect(message.text.trim()).not.toBe('');
        expect(message.source.trim()).not.toBe('');
      });
    });

    it(`law-firm texts: ${lawFirmIdPrefix}- ids in file order, an area, a known mustNot or mustGet, short texts`, () => {
      const messages = lawFirm();
      const expected = expectations?.messages() ?? [];
      // A batch's firm texts are in one of the two forms (the English sets' or the Spanish set's),
      // or in both when the Spanish form has its own id prefix.
      expect(messages.length + expected.length).toBeGreaterThanOrEqual(100);
      const expectedIdPrefix = expectations?.idPrefix ?? lawFirmIdPrefix;
      if (expectations?.idPrefix === undefined) expect(messages.length === 0 || expected.length === 0).toBe(true);
      messages.forEach((message, index) => {
        expect(message.id).toBe(`${lawFirmIdPrefix}-${String(index + 1).padStart(4, '0')}`);
        expect(message.area).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
        expect(['error', ...RULE_IDS]).toContain(message.mustNot);
        expect(message.text.length).toBeGreaterThan(0);
        expect(message.text.length).toBeLessThan(320);
        if (message.firstMessage !== undefined) expect(message.firstMessage).toBe(true);
      });
      expected.forEach((message, index) => {
        expect(message.id).toBe(`${expectedIdPrefix}-${String(index + 1).padStart(4, '0')}`);
        expect(typeof message.correct).toBe('boolean');
        for (const rule of message.mustNot ?? []) expect(['error', ...RULE_IDS]).toContain(rule);
        for (const rule of message.mustGet ?? []) expect(RULE_IDS).toContain(rule);
        // A correct text must get nothing; an incorrect one names what it must get.
        expect((message.mustGet ?? []).length > 0).toBe(!message.correct);
        expect(message.text.length).toBeGreaterThan(0);
        expect(message.text.length).toBeLessThan(320);
      });
    });
  },
);

describe('rocAuc', () => {
  it.each([
    [[3, 4], [1, 2], 1],
    [[1, 2], [3, 4], 0],
    [[1, 1], [1, 1], 0.5],
    [[2, 4], [1, 3], 0.75],
  ])('of %j over %j is %d', (positives, negatives, expected) => {
    expect(rocAuc(positives, negatives)).toBeCloseTo(expected, 10);
  });
});
