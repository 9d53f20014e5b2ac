import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRule } from '../engine';
import type { Finding } from '../types';
import forbiddenContent from './forbidden-content';
import phishingLanguage from './phishing-language';

/*
 * The UCI SMS Spam Collection (CC BY 4.0, see test/data/README.md): the ham is casual personal
 * chat, so it measures false alarms; the spam is mostly prize draws, premium-rate adult chat and
 * ringtone offers, so it measures how much real spam the content lists catch.
 */

interface CorpusMessage {
  id: string;
  label: 'ham' | 'spam';
  text: string;
}

const corpusPath = fileURLToPath(new URL('../../../test/data/sms_spam.jsonl', import.meta.url));
const corpus: CorpusMessage[] = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as CorpusMessage);

const ham = corpus.filter((entry) => entry.label === 'ham');
const spam = corpus.filter((entry) => entry.label === 'spam');

function describeFindings(entry: CorpusMessage, findings: Finding[]): string {
  const shown = findings.map((finding) => `${finding.severity} "${entry.text.slice(finding.start, finding.end)}"`);
  return `${entry.id}: ${shown.join(', ')} in ${JSON.stringify(entry.text)}`;
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(2)}%`;
}

describe('forbidden-content and phishing-language on the SMS spam corpus', () => {
  it('has the expected corpus', () => {
    expect(ham.length).toBe(4827);
    expect(spam.length).toBe(747);
  });

  it('gives an error to no more than 1% of ham messages', () => {
    const offending: string[] = [];
    for (const entry of ham) {
      const errors = checkRule(forbiddenContent, entry.text).filter((finding) => finding.severity === 'error');
      if (errors.length > 0) offending.push(describeFindings(entry, errors));
    }
    const rate = offending.length / ham.length;
    console.info(
      `forbidden-content errors on ham: ${offending.length}/${ham.length} (${percent(offending.length, ham.length)})`,
    );
    expect(rate, `ham with errors:\n${offending.join('\n')}`).toBeLessThanOrEqual(0.01);
  });

  it('warns on few ham messages', () => {
    const warned: string[] = [];
    for (const entry of ham) {
      const findings = [...checkRule(forbiddenContent, entry.text), ...checkRule(phishingLanguage, entry.text)];
      if (findings.length > 0) warned.push(describeFindings(entry, findings));
    }
    console.info(`any finding on ham: ${warned.length}/${ham.length} (${percent(warned.length, ham.length)})`);
    expect(warned.length / ham.length, `ham with findings:\n${warned.join('\n')}`).toBeLessThanOrEqual(0.02);
  });

  it('catches a good share of spam', () => {
    let withError = 0;
    let withAny = 0;
    for (const entry of spam) {
      const content = checkRule(forbiddenContent, entry.text);
      const phishing = checkRule(phishingLanguage, entry.text);
      if (content.some((finding) => finding.severity === 'error')) withError++;
      if (content.length + phishing.length > 0) withAny++;
    }
    console.info(
      `spam with a forbidden-content error: ${withError}/${spam.length} (${percent(withError, spam.length)}); ` +
        `with any forbidden-content or phishing finding: ${withAny}/${spam.length} (${percent(withAny, spam.length)})`,
    );
    // Most of the rest is ringtone and handset marketing, which no forbidden category covers.
    expect(withAny / spam.length).toBeGreaterThan(0.35);
    expect(withError / spam.length).toBeGreaterThan(0.25);
  });
});
