/**
 * "Turn off this check" (the card and the popup): the rule's severity becomes "off" in the firm
 * settings of this browser profile (storage.sync), which the options page's rule table shows and
 * turns back on. Refused when the organization sets the severities by policy (`ruleSeverity` is
 * then locked, as everywhere else).
 */
import type { TurnOffRuleResult } from '../shared/field-protocol';
import { setRuleSeverity } from '../shared/settings';

export const RULES_SET_BY_ORGANIZATION = 'Your organization sets which checks run; this one stays on.';

export async function turnOffRule(ruleId: string): Promise<TurnOffRuleResult> {
  const result = await setRuleSeverity(ruleId, 'off');
  if (result.outcome === 'locked') return { turnedOff: false, reason: RULES_SET_BY_ORGANIZATION };
  if (result.outcome === 'refused') return { turnedOff: false, reason: result.reason };
  return { turnedOff: true };
}
