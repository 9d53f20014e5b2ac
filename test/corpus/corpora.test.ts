import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/rules';
import { fnv1a, halfOf, loadLawFirmMessages, loadScamMessages, loadUciMessages, rocAuc } from './corpora';

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
