import { describe, expect, it } from 'vitest';
import { lint, RULE_IDS } from '../rules';
import { inPageLinterOn } from '../shared/lint-protocol';

describe('in-page linter module', () => {
  it('leaves on the global a linter that lints exactly as the library does, with every rule described', async () => {
    expect(inPageLinterOn(globalThis)).toBeNull();
    await import('./in-page-linter');
    const linter = inPageLinterOn(globalThis);
    if (linter === null) throw new Error('no linter on the global');
    for (const step of linter.warmUp) step();
    const settings = { firmName: 'Smith Law', firmDomains: ['smithlaw.com'] };
    const text = 'Smith Law: FREE money at bit.ly/x 😀 Reply STOP to opt out.';
    expect(linter.lint(text, settings, true)).toEqual(lint(text, settings, { firstMessage: true }));
    expect(Object.keys(linter.ruleDocs).sort()).toEqual([...RULE_IDS].sort());
  });

  it('is not taken for ours when the global holds something else', () => {
    expect(inPageLinterOn({ [Symbol.for('sms-compliance-checker.in-page-linter')]: { lint: 1 } })).toBeNull();
  });
});
