import { describe, expect, it } from 'vitest';
import { checkRule } from '../engine';
import { applyFixes, safeFixesOf } from '../fixes';
import type { FirmSettings } from '../settings';
import type { Finding, ForbiddenCategory, LintContext, Rule, RuleExample, Severity } from '../types';

/*
 * Table-driven rule tests, after ESLint's RuleTester: valid cases must report nothing; invalid
 * cases list every finding they expect (message id and exact range), and `output` is the text
 * after this rule's safe fixes. Unknown message ids and invalid cases that report nothing fail.
 */

export interface ValidCase {
  text: string;
  settings?: Partial<FirmSettings>;
  firstMessage?: boolean;
  name?: string;
}

export interface ExpectedFinding {
  messageId: string;
  start: number;
  end: number;
  severity?: Severity;
  category?: ForbiddenCategory;
  /** Labels of the fixes offered, in order, when given. */
  fixLabels?: string[];
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
  /** The text after applying this rule's safe fixes; omit when it offers none (the text must then stay unchanged). */
  output?: string;
  /** Text after applying each finding's first suggestion (unsafe fix), when the rule offers suggestions. */
  suggestionOutputs?: string[];
}

export interface RuleTable {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
  /** Shared by every case, e.g. a spell checker for the spelling rule. */
  context?: Omit<LintContext, 'firstMessage'>;
}

function run(rule: Rule, testCase: ValidCase, context: Omit<LintContext, 'firstMessage'> = {}): Finding[] {
  return checkRule(rule, testCase.text, testCase.settings ?? {}, {
    ...context,
    firstMessage: testCase.firstMessage === true,
  });
}

function label(testCase: ValidCase): string {
  const shown = testCase.text.length > 70 ? `${testCase.text.slice(0, 67)}...` : testCase.text;
  return testCase.name ?? JSON.stringify(shown) + (testCase.firstMessage ? ' (first message)' : '');
}

function assertKnownMessageIds(rule: Rule, findings: Finding[]): void {
  for (const finding of findings) {
    expect(Object.keys(rule.meta.messages), `unknown message id ${finding.messageId}`).toContain(finding.messageId);
  }
}

export function runRuleTests(rule: Rule, table: RuleTable): void {
  describe(`rule ${rule.id}`, () => {
    describe('valid', () => {
      for (const entry of table.valid) {
        const testCase = typeof entry === 'string' ? { text: entry } : entry;
        it(label(testCase), () => {
          expect(run(rule, testCase, table.context)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of table.invalid) {
        it(label(testCase), () => {
          expect(testCase.findings.length, 'an invalid case must expect at least one finding').toBeGreaterThan(0);
          const findings = run(rule, testCase, table.context);
          assertKnownMessageIds(rule, findings);
          const actual = findings.map((finding, index) => {
            const expected = testCase.findings[index];
            return {
              messageId: finding.messageId,
              start: finding.start,
              end: finding.end,
              ...(expected?.severity ? { severity: finding.severity } : {}),
              ...(expected?.category ? { category: finding.category } : {}),
              ...(expected?.fixLabels ? { fixLabels: finding.fixes.map((fix) => fix.label) } : {}),
            };
          });
          expect(actual).toEqual(testCase.findings);
          for (const finding of findings) {
            expect(finding.message.length).toBeGreaterThan(0);
            expect(finding.message, 'every placeholder is filled').not.toMatch(/\{\w+\}/);
          }
          const fixed = applyFixes(testCase.text, safeFixesOf(findings));
          expect(fixed).toBe(testCase.output ?? testCase.text);
          if (testCase.suggestionOutputs) {
            const suggested = findings.map((finding) => {
              const suggestion = finding.fixes.find((fix) => !fix.safe);
              return suggestion ? applyFixes(testCase.text, [suggestion]) : testCase.text;
            });
            expect(suggested).toEqual(testCase.suggestionOutputs);
          }
        });
      }
    });
  });
}

/** Runs a rule's documented examples, so the docs the popup shows never drift from behaviour. */
export function runMetaExamples(rule: Rule, context: Omit<LintContext, 'firstMessage'> = {}): void {
  describe(`rule ${rule.id} meta.examples`, () => {
    it('has at least one valid and one invalid example', () => {
      expect(rule.meta.examples.valid.length).toBeGreaterThan(0);
      expect(rule.meta.examples.invalid.length).toBeGreaterThan(0);
    });
    const exampleCase = (example: RuleExample): ValidCase => ({
      text: example.text,
      ...(example.settings ? { settings: example.settings } : {}),
      ...(example.firstMessage ? { firstMessage: true } : {}),
    });
    for (const example of rule.meta.examples.valid) {
      it(`valid: ${label(exampleCase(example))}`, () => {
        expect(run(rule, exampleCase(example), context)).toEqual([]);
      });
    }
    for (const example of rule.meta.examples.invalid) {
      it(`invalid: ${label(exampleCase(example))}`, () => {
        const findings = run(rule, exampleCase(example), context);
        expect(findings.length).toBeGreaterThan(0);
        assertKnownMessageIds(rule, findings);
        if (example.output !== undefined) {
          expect(applyFixes(example.text, safeFixesOf(findings))).toBe(example.output);
        }
      });
    }
  });
}
