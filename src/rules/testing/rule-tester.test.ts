import { describe, expect, it } from 'vitest';
import { checkRule } from '../engine';
import type { Fix, Rule, RuleMeta } from '../types';
import { duplicateCases, fixableMismatch } from './rule-tester';

/** A rule that reports the word "bad" with the given fixes, declaring `fixable`. */
function ruleWith(fixable: RuleMeta['fixable'], fixes: (start: number, end: number) => Fix[]): Rule {
  return {
    id: 'test-rule',
    meta: {
      category: 'content',
      defaultSeverity: 'warning',
      description: 'Flags "bad".',
      why: 'For the tester.',
      messages: { bad: 'Bad.' },
      fixable,
      examples: { valid: [], invalid: [] },
    },
    check(context) {
      const start = context.message.text.indexOf('bad');
      if (start >= 0) context.report({ messageId: 'bad', start, end: start + 3, fixes: fixes(start, start + 3) });
    },
  };
}

const deletion = (safe: boolean) => (start: number, end: number) => [
  { label: 'Delete', edits: [{ start, end, text: '' }], safe },
];
const noFix = () => [];

function mismatch(rule: Rule): string | undefined {
  return fixableMismatch(rule, [checkRule(rule, 'a bad day')]);
}

describe('rule tester', () => {
  it('accepts fixes that match meta.fixable', () => {
    expect(mismatch(ruleWith('safe', deletion(true)))).toBeUndefined();
    expect(mismatch(ruleWith('suggestion', deletion(false)))).toBeUndefined();
    expect(mismatch(ruleWith('none', noFix))).toBeUndefined();
  });

  it('rejects fixes that meta.fixable does not declare', () => {
    expect(mismatch(ruleWith('none', deletion(true)))).toMatch(/'none'/);
    expect(mismatch(ruleWith('none', deletion(false)))).toMatch(/'none'/);
    expect(mismatch(ruleWith('suggestion', deletion(true)))).toMatch(/safe fix/);
  });

  it('rejects a declared kind of fix that no invalid case gets', () => {
    expect(mismatch(ruleWith('safe', deletion(false)))).toMatch(/'safe'/);
    expect(mismatch(ruleWith('safe', noFix))).toMatch(/'safe'/);
    expect(mismatch(ruleWith('suggestion', noFix))).toMatch(/'suggestion'/);
  });

  it('finds duplicate cases across the valid and invalid lists', () => {
    const findings = [{ messageId: 'bad', start: 2, end: 5 }];
    expect(
      duplicateCases({
        valid: ['a good day', { text: 'a good day', firstMessage: true }, { text: 'a good day', settings: {} }],
        invalid: [
          { text: 'a bad day', findings },
          { text: 'a bad day', settings: { firmName: 'Hartwell' }, findings },
          { text: 'a good day', firstMessage: true, findings },
        ],
      }),
    ).toEqual(['"a good day"', '"a good day" (first message)']);
    expect(duplicateCases({ valid: ['one', 'two'], invalid: [{ text: 'three', findings }] })).toEqual([]);
  });
});
