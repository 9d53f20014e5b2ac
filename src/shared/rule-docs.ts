/**
 * What the card says about every rule (spelling's included, whose findings come another way).
 * Shared by the background linter and the in-page linter; imports the rules, so it must stay out
 * of the content script bundle itself.
 */
import { RULES } from '../rules';
import type { RuleDoc } from './lint-protocol';

export function allRuleDocs(): Record<string, RuleDoc> {
  const docs: Record<string, RuleDoc> = {};
  for (const rule of RULES) {
    docs[rule.id] = { description: rule.meta.description, why: rule.meta.why, category: rule.meta.category };
  }
  return docs;
}
