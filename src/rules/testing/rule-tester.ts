import { describe, expect, it } from 'vitest';
import { checkRule } from '../engine';
import { applyFixes, safeFixesOf } from '../fixes';
import type { FirmSettings } from '../settings';
import type { Finding, ForbiddenCategory, LintContext, Rule, RuleExample, Severity } from '../types';

/*
 * Table-driven rule tests, after ESLint's RuleTester: valid cases must report nothing; invalid
 * cases list every finding they expect (message id and exact range), and `output` is the text
 * after this rule's safe fixes. Unknown message ids, invalid cases that report nothing and
 * duplicate cases fail, and so does a rule whose fixes disagree with its `meta.fixable`.
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

/** What makes two cases the same test: the text and everything the rule is run with. */
function caseKey(testCase: ValidCase): string {
  return JSON.stringify([testCase.text, testCase.settings ?? {}, testCase.firstMessage === true]);
}

/** Labels of the cases whose input appeared before, in the valid or the invalid list. */
export function duplicateCases(table: Pick<RuleTable, 'valid' | 'invalid'>): string[] {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const entry of [...table.valid, ...table.invalid]) {
    const testCase = typeof entry === 'string' ? { text: entry } : entry;
    const key = caseKey(testCase);
    if (seen.has(key)) duplicates.push(label(testCase));
    seen.add(key);
  }
  return duplicates;
}

/**
 * How the fixes a rule returned disagree with what its meta.fixable declares, as ESLint's
 * RuleTester checks `meta.fixable` and `meta.hasSuggestions`: a safe fix needs 'safe'; a suggestion
 * needs 'safe' or 'suggestion'; 'none' returns no fix. Pass the findings of every invalid case.
 */
export function fixableMismatch(rule: Rule, findingsPerCase: readonly Finding[][]): string | undefined {
  const fixes = findingsPerCase.flat().flatMap((finding) => finding.fixes);
  const returnsSafe = fixes.some((fix) => fix.safe);
  const returnsSuggestion = fixes.some((fix) => !fix.safe);
  const declared = rule.meta.fixable;
  if (declared === 'none' && fixes.length > 0) return "meta.fixable is 'none' but the rule returns fixes";
  if (declared === 'suggestion' && returnsSafe) return "meta.fixable is 'suggestion' but the rule returns a safe fix";
  if (declared === 'suggestion' && !returnsSuggestion) {
    return "meta.fixable is 'suggestion' but no invalid case gets a suggestion";
  }
  if (declared === 'safe' && !returnsSafe) return "meta.fixable is 'safe' but no invalid case gets a safe fix";
  return undefined;
}

export function runRuleTests(rule: Rule, table: RuleTable): void {
  describe(`rule ${rule.id}`, () => {
    it('has no duplicate cases', () => {
      expect(duplicateCases(table), 'cases listed twice (same text, settings and first-message flag)').toEqual([]);
    });
    it('returns the kinds of fix its meta.fixable declares', () => {
      const findingsPerCase = table.invalid.map((testCase) => run(rule, testCase, table.context));
      expect(fixableMismatch(rule, findingsPerCase)).toBeUndefined();
    });
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
