/**
 * Plans random fix sequences for the editor property test (editor-models.spec.ts) and says, with
 * the rules library itself, what the text must be after every step: typing appends, "Fix all safe
 * issues" applies the safe fixes of the text as it stands, Ctrl+Z right after a fix gives back the
 * text from before it. Runs in a child process under tsx, like lint-oracle.ts (Playwright's loader
 * cannot import the library); seeded, so a failing sequence can be replayed.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type SequenceStep =
  | { kind: 'type'; text: string }
  /** "Fix all safe issues" from the card; the badge shows `findings` findings before it. */
  | { kind: 'fix'; findings: number }
  | { kind: 'undo' };

export interface PlannedSequence {
  seed: number;
  steps: SequenceStep[];
  /** The text after each step. */
  expected: string[];
}

/** What a person types between fixes: phrases that draw safe fixes and phrases that do not. */
const PHRASES = [
  'Hi Maria!! ',
  'Your case update is ready 🎉 ',
  'URGENT: sign today. ',
  'Call us at 555-0100. ',
  'FREE consult!!! ',
  'See bit.ly/hd-sign ',
  'Thanks, Dana ',
  'Reply STOP to opt out. ',
  'We got your papers ✅ ',
  'The hearing is at 9am ',
];

const SELF = fileURLToPath(import.meta.url);

/** Plans `runs` sequences from `seed` (a child process: about a second). */
export function planSequences(seed: number, runs: number): PlannedSequence[] {
  const output = execFileSync('npx', ['tsx', SELF, JSON.stringify({ seed, runs })], { encoding: 'utf8' });
  return JSON.parse(output) as PlannedSequence[];
}

/** mulberry32: a small seeded generator, enough to pick phrases and steps reproducibly. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

async function main(argument: string): Promise<void> {
  const { lint, applyFixes, safeFixesOf } = await import('../src/rules');
  const { seed, runs } = JSON.parse(argument) as { seed: number; runs: number };
  const sequences: PlannedSequence[] = [];
  for (let run = 0; run < runs; run++) {
    const random = generator(seed + run);
    const steps: SequenceStep[] = [];
    const expected: string[] = [];
    let text = '';
    let beforeFix: string | null = null;
    const length = 4 + Math.floor(random() * 3);
    while (steps.length < length) {
      const roll = random();
      if (beforeFix !== null && roll < 0.5) {
        steps.push({ kind: 'undo' });
        text = beforeFix;
        beforeFix = null;
      } else if (text !== '' && roll < 0.75) {
        const report = lint(text, {}, {});
        const fixed = applyFixes(text, safeFixesOf(report.findings));
        if (fixed === text) continue;
        steps.push({ kind: 'fix', findings: report.findings.length });
        beforeFix = text;
        text = fixed;
      } else {
        const phrase = PHRASES[Math.floor(random() * PHRASES.length)] as string;
        steps.push({ kind: 'type', text: phrase });
        text += phrase;
        beforeFix = null;
      }
      expected.push(text);
    }
    sequences.push({ seed: seed + run, steps, expected });
  }
  process.stdout.write(JSON.stringify(sequences));
}

if (process.argv[1] === SELF && process.argv[2]) void main(process.argv[2]);
