import { describe, expect, it } from 'vitest';
import { lint } from '../src/rules';
import { FIRM_WORDING_MESSAGES, FIRM_WORDING_SETTINGS } from './firm-wording-messages';

/*
 * Ordinary law-firm texts (see firm-wording-messages.ts) must not get what each one names: no
 * error, and for those whose words look dangerous out of context (a drug charge, gambling debts in
 * a divorce, bitcoin in an estate, a "never pay by gift card" notice) no error or warning from
 * forbidden-content and phishing-language.
 */
describe('ordinary law-firm wording', () => {
  it.each(FIRM_WORDING_MESSAGES.map((message) => [message.text, message] as const))('%s', (_text, message) => {
    const { findings } = lint(message.text, FIRM_WORDING_SETTINGS, { firstMessage: false });
    const wrong = findings
      .filter((finding) =>
        message.mustNot.some((what) =>
          what === 'error' ? finding.severity === 'error' : finding.ruleId === what && finding.severity !== 'info',
        ),
      )
      .map((finding) => `${finding.severity} ${finding.ruleId}: ${message.text.slice(finding.start, finding.end)}`);
    expect(wrong).toEqual([]);
  });

  it('covers ten practice areas and Spanish', () => {
    const areas = new Set(FIRM_WORDING_MESSAGES.map((message) => message.area));
    expect(areas.size).toBeGreaterThanOrEqual(10);
    expect(FIRM_WORDING_MESSAGES.filter((message) => message.lang === 'es').length).toBeGreaterThanOrEqual(30);
  });
});
