// Times lint() against two baselines on realistic law-firm messages: `npm run bench`.
//   --json     machine-readable results only
//   --by-rule  also time the parse and each rule alone at 1,600 characters
// A benchmark, not a test: it always exits 0 (a noisy machine must not fail CI); read the PASS/FAIL lines.
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { LinkifyIt } from 'linkify-it';
import { SegmentedMessage } from 'sms-segments-calculator';
import allTlds from 'tlds';
import { loadNodeDictionary } from '../src/cli/dictionary';
import { analyzeEncoding } from '../src/rules/encoding';
import type { FirmSettings, Rule, RuleContext } from '../src/rules/index';
import { lint, parseMessage, RULES, withDefaults } from '../src/rules/index';
import { findLinks } from '../src/rules/links';
import { checkSpelling, createSpellChecker, type SpellChecker } from '../src/rules/spelling/index';

const SIZES = [140, 480, 1600, 20_000] as const;
type Size = (typeof SIZES)[number];

const SETTINGS: Partial<FirmSettings> = {
  firmName: 'Hartwell & Diaz',
  firmNameAliases: ['Hartwell Diaz LLP'],
  firmDomains: ['hartwelldiaz.com'],
  approvedDomains: ['courts.ca.gov'],
  termsUrl: 'https://hartwelldiaz.com/sms-terms',
  firmPhoneNumbers: ['(415) 555-0134'],
};

const SHORT_MESSAGE =
  'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9am: https://hartwelldiaz.com/c/4471 Reply STOP to opt out.';

const CLIENTS = ['Maria', 'James', 'Priya', 'Daniel', 'Aisha', 'Tom'];
const SENTENCES = [
  'Hi {client}, this is Hartwell & Diaz about your case {case}.',
  'Your hearing before Judge Alvarez moved to {month}/{day} at {hour}am in Department {dept}.',
  'Please upload your pay stubs and the lease at https://portal.hartwelldiaz.com/docs/{case} before Friday.',
  'The court posted the tentative ruling at https://www.courts.ca.gov/tentative/{case}.html this morning.',
  'We filed the response to the motion on {month}/{day}; opposing counsel has ten days to reply.',
  'If anything in the declaration looks wrong, call us at (415) 555-0134 and ask for Ms. Diaz.',
  'Bring a photo ID and any letters from your landlord to the mediation session.',
  "Don't sign anything from the insurer until we have reviewed it with you.",
  'The settlement conference is set for {month}/{day}; we will call you the day before to prepare.',
  'Your next payment plan installment is due on the {day}th; the invoice is in the portal.',
];

function fill(template: string, index: number): string {
  return template
    .replace('{client}', CLIENTS[index % CLIENTS.length] ?? 'Maria')
    .replaceAll('{case}', String(4471 + index))
    .replaceAll('{month}', String((index % 12) + 1))
    .replaceAll('{day}', String((index % 27) + 1))
    .replace('{hour}', String((index % 4) + 8))
    .replace('{dept}', String((index % 30) + 1));
}

/** A message of exactly `size` characters, made of varied sentences with a link every few sentences. */
function messageOfSize(size: number): string {
  if (size <= SHORT_MESSAGE.length) return SHORT_MESSAGE.slice(0, size);
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < size; index++) {
    const template = SENTENCES[index % SENTENCES.length] ?? '';
    const sentence = fill(template, Math.floor(index / SENTENCES.length) + index);
    parts.push(sentence);
    length += sentence.length + 1;
  }
  const body = parts.join(' ');
  const ending = ' Reply STOP to opt out.';
  return (
    body
      .slice(0, size - ending.length)
      .trimEnd()
      .padEnd(size - ending.length, '.') + ending
  );
}

/** Keeps results alive so the engine cannot skip the work being timed. */
let blackhole = 0;

interface MeasureOptions {
  /** Time budget for the samples, after warm-up. */
  budgetMs: number;
  minSamples: number;
  maxSamples: number;
  /** Skip warm-up for calls so slow that one run is a budget of its own (the code is warm from smaller sizes). */
  noWarmup?: boolean;
}

/**
 * Median milliseconds per call. Each sample runs the function enough times to last about 2 ms, so
 * timer resolution does not matter for fast calls; slow calls get one run per sample.
 */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Median milliseconds per call of each function. The functions take turns sample by sample, so a
 * burst of load on a shared machine hits all of them alike and their ratios stay meaningful. Each
 * sample runs a function enough times to last about 2 ms (timer resolution stops mattering); slow
 * calls get one run per sample.
 */
function measureTogether(runs: readonly (() => number)[], options: MeasureOptions): number[] {
  const perSample = runs.map((run) => {
    if (options.noWarmup) return 1;
    const warmupEnd = performance.now() + Math.min(200, options.budgetMs / 4);
    let single = Number.POSITIVE_INFINITY;
    do {
      const start = performance.now();
      blackhole += run();
      single = Math.min(single, performance.now() - start);
    } while (performance.now() < warmupEnd);
    return Math.max(1, Math.ceil(2 / Math.max(single, 1e-4)));
  });
  const samples: number[][] = runs.map(() => []);
  const end = performance.now() + options.budgetMs * runs.length;
  for (let round = 0; round < options.minSamples || (round < options.maxSamples && performance.now() < end); round++) {
    runs.forEach((run, index) => {
      const count = perSample[index] ?? 1;
      const start = performance.now();
      for (let repeat = 0; repeat < count; repeat++) blackhole += run();
      samples[index]?.push((performance.now() - start) / count);
    });
  }
  return samples.map(median);
}

function measure(run: () => number, options: MeasureOptions): number {
  return measureTogether([run], options)[0] ?? 0;
}

const FAST: MeasureOptions = { budgetMs: 600, minSamples: 15, maxSamples: 400 };
const QUICK: MeasureOptions = { budgetMs: 250, minSamples: 15, maxSamples: 400 };
const SLOW: MeasureOptions = { budgetMs: 1500, minSamples: 5, maxSamples: 60 };
// sms-segments-calculator is superlinear: one 20,000-character message takes seconds.
const ONCE: MeasureOptions = { budgetMs: 0, minSamples: 1, maxSamples: 1, noWarmup: true };

function linkifyBaseline(): LinkifyIt {
  const linkify = new LinkifyIt({ fuzzyLink: true });
  linkify.tlds(allTlds);
  return linkify;
}

function round(value: number, digits = 4): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function formatMs(value: number): string {
  return value >= 100 ? `${value.toFixed(1)} ms` : value >= 1 ? `${value.toFixed(3)} ms` : `${value.toFixed(4)} ms`;
}

function ruleTimings(text: string): { name: string; ms: number }[] {
  const settings = withDefaults(SETTINGS);
  const message = parseMessage(text);
  const parseTotal = measure(() => parseMessage(text).words.length, QUICK);
  const links = measure(() => findLinks(text).links.length, QUICK);
  const encoding = measure(() => analyzeEncoding(text).segments, QUICK);
  const timings = [
    { name: '(parse) parseMessage total', ms: parseTotal },
    { name: '(parse)   findLinks', ms: links },
    { name: '(parse)   analyzeEncoding', ms: encoding },
    { name: '(parse)   emoji + words (the rest)', ms: Math.max(0, parseTotal - links - encoding) },
  ];
  const ruleTime = (rule: Rule): number => {
    let reported = 0;
    const context: RuleContext = {
      message,
      settings,
      firstMessage: false,
      report() {
        reported++;
      },
    };
    return measure(() => {
      rule.check(context);
      return reported;
    }, QUICK);
  };
  for (const rule of RULES) timings.push({ name: rule.id, ms: ruleTime(rule) });
  return timings;
}

/** A full garbage collection, so heap figures show what is retained, not what awaits collection. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
}

interface SpellingLoad {
  checker: SpellChecker;
  loadMs: number;
  heapMb: number;
  rssMb: number;
}

/** Loads the spelling host as the CLI does (read dictionary-en, parse it with nspell) and measures what it retains. */
async function loadSpelling(): Promise<SpellingLoad> {
  collectGarbage();
  const before = process.memoryUsage();
  const started = performance.now();
  const checker = createSpellChecker(await loadNodeDictionary());
  const loadMs = performance.now() - started;
  collectGarbage();
  const after = process.memoryUsage();
  const mb = (bytes: number): number => round(bytes / (1024 * 1024), 1);
  return { checker, loadMs, heapMb: mb(after.heapUsed - before.heapUsed), rssMb: mb(after.rss - before.rss) };
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const asJson = args.has('--json');
  const byRule = args.has('--by-rule');
  const say = (line = ''): void => {
    if (!asJson) process.stdout.write(`${line}\n`);
  };

  const linkify = linkifyBaseline();
  const texts = new Map<Size, string>(SIZES.map((size) => [size, messageOfSize(size)]));
  const lintMs: Record<string, number> = {};
  const linkifyMs: Record<string, number> = {};
  const calculatorMs: Record<string, number> = {};

  // First, before anything else grows the heap, so the memory figures are the spelling host's alone.
  const spellingLoad = await loadSpelling();

  say(`sms-check bench: Node ${process.version}, ${RULES.length} rules, median time per call\n`);
  const header = `${'chars'.padStart(6)}  ${'lint()'.padStart(11)}  ${'linkify-it'.padStart(11)}  ${'segments-calc'.padStart(13)}  ${'lint/linkify'.padStart(12)}  ${'calc/lint'.padStart(9)}`;
  say(header);
  say('-'.repeat(header.length));
  for (const size of SIZES) {
    const text = texts.get(size) ?? '';
    const [lintTime = 0, linkifyTime = 0] = measureTogether(
      [() => lint(text, SETTINGS).findings.length, () => linkify.match(text)?.length ?? 0],
      FAST,
    );
    const calculatorTime = measure(() => new SegmentedMessage(text).segmentsCount, size >= 20_000 ? ONCE : SLOW);
    lintMs[size] = round(lintTime);
    linkifyMs[size] = round(linkifyTime);
    calculatorMs[size] = round(calculatorTime);
    say(
      `${String(size).padStart(6)}  ${formatMs(lintTime).padStart(11)}  ${formatMs(linkifyTime).padStart(11)}  ${formatMs(calculatorTime).padStart(13)}  ${`${(lintTime / linkifyTime).toFixed(2)}x`.padStart(12)}  ${`${(calculatorTime / lintTime).toFixed(0)}x`.padStart(9)}`,
    );
  }

  const lint1600 = lintMs[1600] ?? 0;
  const ratioLintVsLinkify = round((lintMs[1600] ?? 0) / (linkifyMs[1600] ?? 1), 3);
  const ratioCalculatorVsLint = round((calculatorMs[1600] ?? 0) / lint1600, 1);
  const ratioLongVsLint1600 = round((lintMs[20_000] ?? 0) / lint1600, 2);
  const checks: { pass: boolean; text: string }[] = [
    {
      pass: ratioLintVsLinkify <= 1.5,
      text: `1,600 chars: lint() costs ${ratioLintVsLinkify}x one linkify-it scan (target <= 1.5x)`,
    },
    {
      pass: ratioCalculatorVsLint >= 15,
      text: `1,600 chars: lint() is ${ratioCalculatorVsLint}x faster than sms-segments-calculator (target >= 15x)`,
    },
    {
      pass: ratioLongVsLint1600 < 15,
      text: `20,000 chars: lint() takes ${ratioLongVsLint1600}x its 1,600-char time (target < 15x, linear is 12.5x)`,
    },
  ];

  // Spelling runs off the keystroke path (extension: background/offscreen document), so it has its own targets.
  const text1600 = texts.get(1600) ?? '';
  const spellingSettings = withDefaults(SETTINGS);
  const spelling1600 = round(
    measure(() => checkSpelling(text1600, spellingSettings, spellingLoad.checker).length, FAST),
  );
  say(
    `\nspelling: dictionary load ${formatMs(spellingLoad.loadMs)}, retained heap ${spellingLoad.heapMb} MB (RSS +${spellingLoad.rssMb} MB), checkSpelling at 1,600 chars ${formatMs(spelling1600)}`,
  );
  checks.push(
    {
      pass: spelling1600 < 5,
      text: `1,600 chars: checkSpelling() takes ${formatMs(spelling1600)} once the dictionary is loaded (target < 5 ms)`,
    },
    {
      pass: spellingLoad.heapMb < 40 && spellingLoad.rssMb < 40,
      text: `spelling host adds ${spellingLoad.heapMb} MB heap, ${spellingLoad.rssMb} MB RSS after loading (target < 40 MB)`,
    },
  );
  say();
  for (const check of checks) say(`${check.pass ? 'PASS' : 'FAIL'}  ${check.text}`);

  let perRule: { name: string; ms: number }[] | undefined;
  if (byRule) {
    perRule = ruleTimings(texts.get(1600) ?? '');
    say(
      `\nBreakdown at 1,600 characters (each part timed alone; linkify-it scan = ${formatMs(linkifyMs[1600] ?? 0)}):`,
    );
    const width = Math.max(...perRule.map((entry) => entry.name.length));
    const parts = perRule.filter((entry) => entry.name.startsWith('(parse)'));
    const rules = perRule.filter((entry) => !entry.name.startsWith('(parse)')).sort((a, b) => b.ms - a.ms);
    const rulesTotal = rules.reduce((sum, entry) => sum + entry.ms, 0);
    for (const entry of [...parts, ...rules, { name: '(all rules together)', ms: rulesTotal }]) {
      say(`  ${entry.name.padEnd(width)}  ${formatMs(entry.ms).padStart(11)}`);
    }
  }

  if (asJson) {
    const result = {
      lint_ms: lintMs,
      linkify_ms: linkifyMs,
      segments_calc_ms: calculatorMs,
      ratio_lint_vs_linkify_1600: ratioLintVsLinkify,
      ratio_segments_calc_vs_lint_1600: ratioCalculatorVsLint,
      ratio_lint_20000_vs_1600: ratioLongVsLint1600,
      spelling_1600_ms: spelling1600,
      dictionary_load_ms: round(spellingLoad.loadMs, 1),
      spelling_memory_mb: spellingLoad.heapMb,
      spelling_rss_mb: spellingLoad.rssMb,
      checks: checks.map((check) => ({ pass: check.pass, check: check.text })),
      ...(perRule
        ? { by_rule_ms_1600: Object.fromEntries(perRule.map((entry) => [entry.name, round(entry.ms)])) }
        : {}),
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  }
  if (blackhole === Number.MIN_SAFE_INTEGER) process.stdout.write('');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
});
