/*
 * How well English and Spanish are told apart on short texts: our detector (src/rules/language.ts)
 * against maintained npm detectors, on test/corpus/language.jsonl (split like every corpus: dev
 * half for tuning, test half reported). The other detectors are not dependencies of the project;
 * to include them: `npm install --no-save franc-min tinyld eld`, then `npx tsx scripts/language-eval.ts`.
 * `npm run eval` reports our detector's figure.
 */
import { readFileSync } from 'node:fs';
import { detectLanguage, parseMessage } from '../src/rules';
import { halfOf } from '../test/corpus/corpora';

interface Labelled {
  id: string;
  lang: 'en' | 'es';
  text: string;
}

const messages: Labelled[] = readFileSync(new URL('../test/corpus/language.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Labelled);

type Detector = { name: string; detect: (text: string) => string | undefined };
const detectors: Detector[] = [
  { name: 'ours (rules/language.ts)', detect: (text) => detectLanguage(text, parseMessage(text).words).language },
];

async function optional(name: string, build: (module: Record<string, unknown>) => Detector['detect']): Promise<void> {
  try {
    const module = (await import(name)) as Record<string, unknown>;
    detectors.push({ name, detect: build(module) });
  } catch {
    console.log(`(${name} not installed: npm install --no-save ${name})`);
  }
}

const ISO3: Record<string, string> = { eng: 'en', spa: 'es' };
await optional('franc-min', (module) => {
  const franc = module.franc as (text: string, options: { only: string[] }) => string;
  return (text) => ISO3[franc(text, { only: ['eng', 'spa'] })];
});
await optional('tinyld', (module) => {
  const detect = module.detect as (text: string, options: { only: string[] }) => string;
  return (text) => detect(text, { only: ['en', 'es'] }) || undefined;
});
try {
  const largeEld = 'eld/large';
  const { eld } = (await import(largeEld)) as {
    eld: { detect: (text: string) => { language: string }; dynamicLangSubset: (languages: string[]) => unknown };
  };
  eld.dynamicLangSubset(['en', 'es']);
  detectors.push({ name: 'eld (large)', detect: (text) => eld.detect(text).language || undefined });
} catch {
  console.log('(eld not installed: npm install --no-save eld)');
}

for (const half of ['dev', 'test'] as const) {
  const subset = messages.filter((message) => halfOf(message.id) === half);
  console.log(`\n${half} half: ${subset.length} messages`);
  for (const detector of detectors) {
    const started = performance.now();
    const wrong = subset.filter((message) => detector.detect(message.text) !== message.lang);
    const ms = performance.now() - started;
    const accuracy = (100 * (subset.length - wrong.length)) / subset.length;
    console.log(
      `  ${detector.name.padEnd(26)} ${accuracy.toFixed(1)}%  (${wrong.length} wrong, ${(ms / subset.length).toFixed(3)} ms each)`,
    );
  }
}
