import { describe, expect, it } from 'vitest';
import { frameCardLocator, isFrameCardAction, locatorToken, randomToken } from './frame-card-protocol';

describe('frame card locator', () => {
  it('round-trips a random token, and nothing else reads as one', () => {
    const token = randomToken();
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(randomToken()).not.toBe(token);
    expect(locatorToken(frameCardLocator(token))).toBe(token);
  });

  it.each([
    ['another message', 'hello'],
    ['a short token', 'sms-compliance-checker-frame-card:abc'],
    ['a token with more after it', `sms-compliance-checker-frame-card:${'a'.repeat(32)}<b>`],
    ['upper-case hex', `sms-compliance-checker-frame-card:${'A'.repeat(32)}`],
    ['an object', { smsComplianceCheckerFrameCard: 'a'.repeat(32) }],
    ['null', null],
  ])('%s is not a locator', (_name, data) => {
    expect(locatorToken(data)).toBeNull();
  });
});

describe('isFrameCardAction', () => {
  const fix = { label: 'Use "urgent"', safe: true, edits: [{ start: 0, end: 6, text: 'urgent' }] };
  it.each([
    [{ kind: 'applyFix', fix }, true],
    [{ kind: 'applyFix', fix: { label: 'no edits' } }, false],
    [{ kind: 'applyFix' }, false],
    [{ kind: 'fixAll' }, true],
    [{ kind: 'close', returnFocus: true }, true],
    [{ kind: 'close' }, false],
    [{ kind: 'ignore', finding: { ruleId: 'all-caps' } }, true],
    [{ kind: 'ignore', finding: null }, false],
    [{ kind: 'turnOffRule', ruleId: 'all-caps' }, true],
    [{ kind: 'turnOffRule', ruleId: 3 }, false],
    [{ kind: 'setFirstMessage', firstMessage: false }, true],
    [{ kind: 'setFirstMessage', firstMessage: 'yes' }, false],
    [{ kind: 'pointerInside', inside: true }, true],
    [{ kind: 'insertText', text: 'x' }, false],
    ['fixAll', false],
    [null, false],
  ])('%j: %s', (action, expected) => {
    expect(isFrameCardAction(action)).toBe(expected);
  });
});
