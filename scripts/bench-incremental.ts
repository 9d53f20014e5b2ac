/*
 * `npm run bench -- --incremental`: the incremental linter (src/rules/incremental.ts) against a fresh
 * lint() on the same keystrokes into a 1,600-character message, like for like: each sample types
 * the same keys once with each, in turns, and the figure is the median time per key and the ratio.
 * Three kinds of typing: a character typed somewhere and deleted again, the browser bench's keys
 * (an emoji typed at the end, then Backspace), and a sentence typed at the end character by character.
 *
 * Those keys come one after another, so the lint's code and data stay in the processor's caches.
 * Typed keys come 75 ms apart (the browser bench's pace), and each lint then starts cold: the last
 * row times the browser bench's keys at that pace. That is what a keystroke pays: in Chromium the
 * in-page lint of those keys costs about what this row says, several times the rows above.
 */
import { performance } from 'node:perf_hooks';
import { createIncrementalLinter, type FirmSettings, lint } from '../src/rules/index';

const SAMPLES = 41;
const WARM_UP_ROUNDS = 30;

/** A deterministic sequence of texts (each one key after the last). */
function keysInTheMiddle(text: string, keys: number): string[] {
  const texts: string[] = [];
  let seed = 7;
  for (let index = 0; index < keys / 2; index++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const at = seed % text.length;
    texts.push(`${text.slice(0, at)}e${text.slice(at)}`, text);
  }
  return texts;
}

function emojiAtTheEnd(text: string, keys: number): string[] {
  return Array.from({ length: keys }, (_, index) => (index % 2 === 0 ? `${text}😀` : text));
}

function sentenceAtTheEnd(text: string, keys: number): string[] {
  const sentence = ' Please bring the signed lease and your pay stubs to the office before Friday at noon.';
  const base = text.slice(0, text.length - sentence.length);
  return Array.from({ length: keys }, (_, index) => base + sentence.slice(0, (index % sentence.length) + 1));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Milliseconds per key, median over samples, for a full lint and the incremental one in turns. */
function measure(texts: readonly string[], settings: Partial<FirmSettings>): { full: number; incremental: number } {
  let findings = 0;
  const full = (): void => {
    for (const text of texts) findings += lint(text, settings).findings.length;
  };
  const linter = createIncrementalLinter();
  const incremental = (): void => {
    for (const text of texts) findings += linter.lint(text, settings).findings.length;
  };
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    full();
    incremental();
  }
  const fullMs: number[] = [];
  const incrementalMs: number[] = [];
  for (let sample = 0; sample < SAMPLES; sample++) {
    // Which goes first alternates, so neither always runs right after the other's garbage.
    const order = sample % 2 === 0 ? [full, incremental] : [incremental, full];
    for (const run of order) {
      const start = performance.now();
      run();
      (run === full ? fullMs : incrementalMs).push((performance.now() - start) / texts.length);
    }
  }
  if (findings < 0) process.stdout.write('');
  return { full: median(fullMs), incremental: median(incrementalMs) };
}

/** The browser bench's pace: one key every this many milliseconds (bench-browser.ts). */
const TYPED_KEY_INTERVAL_MS = 75;
const TYPED_KEYS = 80;

/**
 * Milliseconds per key, median, for `texts` typed one key every TYPED_KEY_INTERVAL_MS, a fresh lint
 * and the incremental one in turns (each after its own pause). Warmed up like `measure`.
 */
async function measureTyped(
  texts: readonly string[],
  settings: Partial<FirmSettings>,
): Promise<{ full: number; incremental: number }> {
  const linter = createIncrementalLinter();
  let findings = 0;
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const text of texts)
      findings += lint(text, settings).findings.length + linter.lint(text, settings).findings.length;
  }
  const fullMs: number[] = [];
  const incrementalMs: number[] = [];
  const pause = () => new Promise((resolve) => setTimeout(resolve, TYPED_KEY_INTERVAL_MS));
  for (let key = 0; key < TYPED_KEYS; key++) {
    const text = texts[key % texts.length] as string;
    await pause();
    let start = performance.now();
    findings += lint(text, settings).findings.length;
    fullMs.push(performance.now() - start);
    await pause();
    start = performance.now();
    findings += linter.lint(text, settings).findings.length;
    incrementalMs.push(performance.now() - start);
  }
  if (findings < 0) process.stdout.write('');
  return { full: median(fullMs), incremental: median(incrementalMs) };
}

export async function benchIncremental(
  message: string,
  settings: Partial<FirmSettings>,
  asJson: boolean,
): Promise<void> {
  const keys = 60;
  const kinds: [string, string[]][] = [
    ['a character typed in the middle and deleted', keysInTheMiddle(message, keys)],
    ['an emoji typed at the end, then Backspace (the browser bench)', emojiAtTheEnd(message, keys)],
    ['a sentence typed at the end', sentenceAtTheEnd(message, keys)],
  ];
  const rows = kinds.map(([name, texts]) => ({ name, ...measure(texts, settings) }));
  rows.push({
    name: `the browser bench's keys, ${TYPED_KEY_INTERVAL_MS} ms apart`,
    ...(await measureTyped(emojiAtTheEnd(message, keys), settings)),
  });
  if (asJson) {
    process.stdout.write(
      `${JSON.stringify(
        rows.map((row) => ({ ...row, ratio: row.incremental / row.full })),
        null,
        2,
      )}\n`,
    );
    return;
  }
  process.stdout.write(
    `incremental lint vs lint() per key, ${message.length}-character message, median of ${SAMPLES} samples of ${keys} keys (the last row: of ${TYPED_KEYS} keys), in turns:\n`,
  );
  for (const row of rows) {
    process.stdout.write(
      `  ${row.name.padEnd(62)} lint() ${row.full.toFixed(3)} ms  incremental ${row.incremental.toFixed(3)} ms  ratio ${(row.incremental / row.full).toFixed(2)}x\n`,
    );
  }
}
