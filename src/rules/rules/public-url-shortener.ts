import type { Rule } from '../types';

// PLACEHOLDER: to be implemented.
const rule: Rule = {
  id: 'public-url-shortener',
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
