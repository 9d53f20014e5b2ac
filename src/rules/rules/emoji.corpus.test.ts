import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRule } from '../engine';
import { applyFixes, safeFixesOf } from '../fixes';
import rule from './emoji';

/*
 * Every fully-qualified RGI emoji sequence of Emoji 17.0 (test/data/emoji.txt) must be flagged as
 * exactly one finding with its exact range and deleted cleanly; the characters of
 * test/data/not_emoji.jsonl must not be flagged unless the file says a bare one counts.
 */

const dataDirectory = fileURLToPath(new URL('../../../test/data/', import.meta.url));

const emojiSequences = readFileSync(`${dataDirectory}emoji.txt`, 'utf8')
  .split('\n')
  .map((line) => line.replace(/\r$/, ''))
  .filter((line) => line.length > 0);

interface NotEmojiEntry {
  char: string;
  codepoint: string;
  name: string;
  expect_linter_counts_bare_as_emoji: boolean;
}

const notEmoji: NotEmojiEntry[] = readFileSync(`${dataDirectory}not_emoji.jsonl`, 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as NotEmojiEntry);

describe('emoji corpus', () => {
  it('reads the whole corpus', () => {
    expect(emojiSequences).toHaveLength(3944);
    expect(notEmoji).toHaveLength(74);
  });

  it('flags every RGI emoji sequence with its exact range, and its fix leaves "Hi there"', () => {
    const failures: string[] = [];
    for (const sequence of emojiSequences) {
      const text = `Hi ${sequence} there`;
      const findings = checkRule(rule, text);
      const [finding] = findings;
      const exact = findings.length === 1 && finding?.start === 3 && finding.end === 3 + sequence.length;
      const fixed = applyFixes(text, safeFixesOf(findings));
      if (!exact || fixed !== 'Hi there') {
        const codePoints = [...sequence].map((char) => char.codePointAt(0)?.toString(16)).join(' ');
        failures.push(
          `${sequence} (${codePoints}): ${JSON.stringify(findings.map((f) => [f.start, f.end]))} -> ${fixed}`,
        );
      }
    }
    expect(failures).toEqual([]);
  });

  it('flags a whole run of emoji and deletes it tidily', () => {
    const text = `Hi ${emojiSequences.slice(0, 200).join('')} there`;
    const findings = checkRule(rule, text);
    expect(findings).toHaveLength(200);
    expect(applyFixes(text, safeFixesOf(findings))).toBe('Hi there');
  });

  it.each(notEmoji.map((entry) => [`U+${entry.codepoint} ${entry.name}`, entry] as const))('%s', (_, entry) => {
    const findings = checkRule(rule, `Hi ${entry.char} there`);
    expect(findings.length > 0).toBe(entry.expect_linter_counts_bare_as_emoji);
  });
});
