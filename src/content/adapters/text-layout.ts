/**
 * Computed properties that decide where a text wraps and how tall its lines are: copied by the
 * textarea mirror and the paragraph ruler, which must lay text out as the field does.
 */
export const TEXT_LAYOUT_PROPERTIES = [
  'direction',
  'font-style',
  'font-variant',
  'font-weight',
  'font-stretch',
  'font-size',
  'font-size-adjust',
  'font-family',
  'font-feature-settings',
  'font-kerning',
  'font-variation-settings',
  'line-height',
  'text-align',
  'text-transform',
  'text-indent',
  'text-rendering',
  'letter-spacing',
  'word-spacing',
  'tab-size',
  'white-space',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'line-break',
] as const;
