import type { Rule } from '../types';

// PLACEHOLDER: to be implemented.
const rule: Rule = {
  id: 'terms-link',
  meta: {
    category: 'content',
    defaultSeverity: 'warning',
    description: 'TODO',
    why: 'TODO',
    messages: {},
    fixable: 'none',
    examples: { valid: [], invalid: [] },
  },
  check() {},
};

export default rule;
