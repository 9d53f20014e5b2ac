import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadNodeDictionary } from '../cli/dictionary';
import { RULE_IDS, RULES } from './registry';
import { createSpellChecker } from './spelling/checker';
import { runMetaExamples } from './testing/rule-tester';

const rulesDirectory = fileURLToPath(new URL('./rules/', import.meta.url));

describe('registry', () => {
  it('registers every rule file, and each file is named after its rule id', () => {
    const files = readdirSync(rulesDirectory)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .map((name) => name.replace(/\.ts$/, ''))
      .sort();
    expect([...RULE_IDS].sort()).toEqual(files);
  });

  it('lists rules alphabetically', () => {
    expect(RULE_IDS).toEqual([...RULE_IDS].sort());
  });

  it('gives every rule a description, a reason, messages and a test file', () => {
    const files = new Set(readdirSync(rulesDirectory));
    for (const rule of RULES) {
      expect(rule.meta.description, rule.id).not.toMatch(/^(TODO)?$/);
      expect(rule.meta.why, rule.id).not.toMatch(/^(TODO)?$/);
      expect(Object.keys(rule.meta.messages).length, rule.id).toBeGreaterThan(0);
      expect(files.has(`${rule.id}.test.ts`), `${rule.id}.test.ts`).toBe(true);
    }
  });
});

// The spelling rule's examples need a dictionary, as lint() in the CLI has.
const spellChecker = createSpellChecker(await loadNodeDictionary());
for (const rule of RULES) runMetaExamples(rule, { spellChecker });
