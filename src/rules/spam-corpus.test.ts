import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from './engine';
import type { FirmSettings } from './settings';

/*
 * The UCI SMS Spam Collection (CC BY 4.0, see test/data/README.md) is casual person-to-person
 * chat plus 2000s-era spam: not law-firm traffic, but a fair check that what we flag is what
 * filters treat as spam, and that ordinary chat mostly passes.
 */

interface LabelledMessage {
  id: string;
  label: 'ham' | 'spam';
  text: string;
}

const messages: LabelledMessage[] = readFileSync(new URL('../../test/data/sms_spam.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as LabelledMessage);

const firm: Partial<FirmSettings> = {
  firmName: 'Hartwell & Diaz',
  firmDomains: ['hartwelldiaz.com'],
  firmPhoneNumbers: ['(512) 555-0147'],
  termsUrl: 'https://hartwelldiaz.com/sms-terms',
};

/** ROC AUC by the Mann-Whitney statistic: the chance a random spam outranks a random ham (ties count half). */
function rocAuc(positives: number[], negatives: number[]): number {
  const all = [
    ...positives.map((value) => ({ value, positive: true })),
    ...negatives.map((value) => ({ value, positive: false })),
  ].sort((a, b) => a.value - b.value);
  let rankSum = 0;
  let index = 0;
  while (index < all.length) {
    let end = index;
    while (end + 1 < all.length && all[end + 1]?.value === all[index]?.value) end++;
    const averageRank = (index + end + 2) / 2;
    for (let tied = index; tied <= end; tied++) if (all[tied]?.positive) rankSum += averageRank;
    index = end + 1;
  }
  const p = positives.length;
  return (rankSum - (p * (p + 1)) / 2) / (p * negatives.length);
}

describe('UCI SMS Spam Collection', () => {
  const reports = messages.map((message) => ({ message, report: lint(message.text, firm) }));
  const spam = reports.filter(({ message }) => message.label === 'spam');
  const ham = reports.filter(({ message }) => message.label === 'ham');

  it('has the whole corpus', () => {
    expect(spam.length).toBe(747);
    expect(ham.length).toBe(4827);
  });

  it('scores spam lower than ham (ROC AUC of 100 - score at least 0.90)', () => {
    const auc = rocAuc(
      spam.map(({ report }) => 100 - report.score),
      ham.map(({ report }) => 100 - report.score),
    );
    console.info(`ROC AUC of (100 - score), spam vs ham: ${auc.toFixed(4)}`);
    expect(auc).toBeGreaterThanOrEqual(0.9);
  });

  it('gives no more than 1% of ham an error from forbidden-content', () => {
    const flagged = ham.filter(({ report }) =>
      report.findings.some((finding) => finding.ruleId === 'forbidden-content' && finding.severity === 'error'),
    );
    const rate = flagged.length / ham.length;
    console.info(`ham with a forbidden-content error: ${flagged.length} (${(rate * 100).toFixed(2)}%)`);
    expect(rate, flagged.map(({ message }) => message.text).join('\n')).toBeLessThanOrEqual(0.01);
  });
});
