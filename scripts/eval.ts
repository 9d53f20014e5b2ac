/*
 * `npm run eval`: how far the checker's verdicts can be trusted, measured on the corpora in
 * test/corpus (ours: law-firm messages and scam texts) and test/data/sms_spam.jsonl (UCI, 2011 UK
 * texting). Each corpus is split by a hash of the id into a dev half, which rules are tuned on, and
 * a test half, on which the targets are judged. Prints per corpus and per category, with every
 * miss listed; exits 1 when a target fails on the test half.
 *
 *   npm run eval                  both halves shown, targets judged on the test half
 *   npm run eval -- --half dev    only the dev half (for tuning; no verdict)
 *   npm run eval -- --json        the figures as JSON
 *   --summary                      the tables without the list of misses
 *   --report-only                  exit 0 when a target is missed (a measurement, as npm test runs it);
 *                                  a crash still fails
 *   --json-out FILE                also write the figures and verdicts to FILE
 *
 * The held-out corpora (test/corpus/holdout-*.jsonl) were written after the rules were tuned and
 * are never tuned on: they are reported whole, as counts only (`--holdout-misses` lists their
 * misses, for a later round that accepts having looked).
 *
 * The tuning batches (test/corpus/tuning*-*.jsonl, TUNING_BATCHES in corpora.ts) are for tuning:
 * shown whole with their misses whenever the dev half is shown, never split, never counted in the
 * targets, and never printed with `--half test`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { loadNodeDictionary } from '../src/cli/dictionary';
import { detectLanguage, type LintContext, lint, parseMessage, type Report } from '../src/rules';
import { createSpellChecker } from '../src/rules/spelling/index';
import {
  EVAL_FIRM,
  type ExpectationMessage,
  type Half,
  halfOf,
  type LawFirmMessage,
  loadHoldoutLawFirmMessages,
  loadHoldoutScamMessages,
  loadLanguageMessages,
  loadLawFirmMessages,
  loadMergeFieldMessages,
  loadScamMessages,
  loadSpanishMessages,
  loadUciMessages,
  rocAuc,
  type ScamMessage,
  TUNING_BATCHES,
} from '../test/corpus/corpora';

/** The targets, fixed before measuring (issue 10). */
const TARGETS = {
  lawFirmFalse: 0,
  scamsCaught: 0.95,
  uciAuc: 0.92,
  uciHamForbiddenErrors: 0.005,
  languageAccuracy: 0.97,
};

const { values: options } = parseArgs({
  options: {
    half: { type: 'string', default: 'both' },
    json: { type: 'boolean', default: false },
    'holdout-misses': { type: 'boolean', default: false },
    summary: { type: 'boolean', default: false },
    'report-only': { type: 'boolean', default: false },
    'json-out': { type: 'string' },
  },
});
const halves: Half[] = options.half === 'dev' ? ['dev'] : options.half === 'test' ? ['test'] : ['dev', 'test'];

const checker = createSpellChecker(await loadNodeDictionary());
const spanishChecker = createSpellChecker(await loadNodeDictionary('es'));
const baseContext: LintContext = { spellChecker: checker, spanishSpellChecker: spanishChecker };

function check(text: string, firstMessage = false): Report {
  return lint(text, EVAL_FIRM, firstMessage ? { ...baseContext, firstMessage } : baseContext);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;
}

function excerpt(text: string, length = 110): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

function describeFindings(report: Report, text: string, filter: (ruleId: string, severity: string) => boolean): string {
  return report.findings
    .filter((finding) => filter(finding.ruleId, finding.severity))
    .map((finding) => `${finding.severity} ${finding.ruleId} "${text.slice(finding.start, finding.end)}"`)
    .join('; ');
}

function table(rows: (string | number)[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => String(row[column] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => String(cell).padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** A tally by key as rows of a table: key, then ok and all (and the share when `share`). */
function tallyTable(heading: string[], tally: Record<string, [number, number]>, share: boolean): string {
  return table([
    heading,
    ...Object.entries(tally)
      .sort()
      .map(([key, [ok, all]]) => (share ? [key, ok, all, percent(ok, all)] : [key, ok, all])),
  ]);
}

interface HalfResult {
  lawFirm: { total: number; falseFindings: number; byArea: Record<string, [number, number]>; misses: string[] };
  scams: {
    total: number;
    caught: number;
    byFamily: Record<string, [number, number]>;
    byRule: Record<string, [number, number]>;
    misses: string[];
  };
  uci: { auc: number; ham: number; hamForbiddenErrors: number; spam: number; spamFlagged: number; hamErrors: string[] };
  language: { total: number; right: number; misses: string[] };
  expectations: Record<
    string,
    { correct: number; falseFindings: number; incorrect: number; caught: number; misses: string[] }
  >;
}

/** The Spanish and merge-field corpora: correct messages must get none of their mustNot, incorrect ones each mustGet. */
function measureExpectations(messages: readonly ExpectationMessage[], inHalf: (id: string) => boolean) {
  const result = { correct: 0, falseFindings: 0, incorrect: 0, caught: 0, misses: [] as string[] };
  for (const message of messages) {
    if (!inHalf(message.id)) continue;
    const report = lint(
      message.text,
      { ...EVAL_FIRM, termsPlaceholder: '{{firm.terms_url}}' },
      {
        ...baseContext,
        firstMessage: message.firstMessage === true,
      },
    );
    const rules = new Set(report.findings.map((finding) => finding.ruleId));
    const hasError = report.findings.some((finding) => finding.severity === 'error');
    const got = (mustNot: string) => (mustNot === 'error' ? hasError : rules.has(mustNot));
    const forbidden = (message.mustNot ?? []).filter(got);
    const missing = (message.mustGet ?? []).filter((rule) => !rules.has(rule));
    if (message.correct) {
      result.correct++;
      if (forbidden.length > 0 || missing.length > 0) result.falseFindings++;
    } else {
      result.incorrect++;
      if (missing.length === 0) result.caught++;
    }
    if (forbidden.length > 0 || missing.length > 0) {
      const shown = describeFindings(report, message.text, () => true);
      result.misses.push(
        `${message.id} [${message.correct ? 'correct' : 'incorrect'}] got: ${forbidden.join(', ') || '-'}; missing: ${missing.join(', ') || '-'} (${shown})\n      ${excerpt(message.text)}`,
      );
    }
  }
  return result;
}

function violates(message: LawFirmMessage, report: Report): boolean {
  return report.findings.some((finding) =>
    message.mustNot === 'error'
      ? finding.severity === 'error'
      : finding.ruleId === message.mustNot || finding.severity === 'error',
  );
}

function tally(map: Record<string, [number, number]>, key: string, ok: boolean): void {
  const entry = map[key] ?? [0, 0];
  map[key] = entry;
  entry[1]++;
  if (ok) entry[0]++;
}

function measure(
  half: Half | 'all',
  lawFirmMessages: readonly LawFirmMessage[] = loadLawFirmMessages(),
  scamMessages: readonly ScamMessage[] = loadScamMessages(),
  withUci = true,
): HalfResult {
  const inHalf = (id: string) => half === 'all' || halfOf(id) === half;
  const lawFirm: HalfResult['lawFirm'] = { total: 0, falseFindings: 0, byArea: {}, misses: [] };
  for (const message of lawFirmMessages) {
    if (!inHalf(message.id)) continue;
    const report = check(message.text, message.firstMessage === true);
    const bad = violates(message, report);
    lawFirm.total++;
    tally(lawFirm.byArea, message.area, !bad);
    if (bad) {
      lawFirm.falseFindings++;
      const shown = describeFindings(report, message.text, (ruleId, severity) =>
        message.mustNot === 'error' ? severity === 'error' : ruleId === message.mustNot || severity === 'error',
      );
      lawFirm.misses.push(
        `${message.id} [${message.area}, must not: ${message.mustNot}] ${shown}\n      ${excerpt(message.text)}`,
      );
    }
  }

  const scams: HalfResult['scams'] = { total: 0, caught: 0, byFamily: {}, byRule: {}, misses: [] };
  for (const message of scamMessages) {
    if (!inHalf(message.id)) continue;
    const report = check(message.text);
    const caught = report.findings.some((finding) => finding.ruleId === message.rule);
    scams.total++;
    if (caught) scams.caught++;
    tally(scams.byFamily, message.family, caught);
    tally(scams.byRule, message.rule, caught);
    if (!caught) {
      const others = describeFindings(report, message.text, () => true) || 'nothing';
      scams.misses.push(
        `${message.id} [${message.family}, needs ${message.rule}] got: ${others}\n      ${excerpt(message.text)}`,
      );
    }
  }

  const hamScores: number[] = [];
  const spamScores: number[] = [];
  const hamErrors: string[] = [];
  let spamFlagged = 0;
  for (const message of withUci ? loadUciMessages() : []) {
    if (!inHalf(message.id)) continue;
    const report = check(message.text);
    if (message.label === 'spam') {
      spamScores.push(100 - report.score);
      if (
        report.findings.some(
          (finding) => finding.ruleId === 'forbidden-content' || finding.ruleId === 'phishing-language',
        )
      ) {
        spamFlagged++;
      }
    } else {
      hamScores.push(100 - report.score);
      const errors = describeFindings(
        report,
        message.text,
        (ruleId, severity) => ruleId === 'forbidden-content' && severity === 'error',
      );
      if (errors) hamErrors.push(`${message.id} ${errors}\n      ${excerpt(message.text)}`);
    }
  }
  const language: HalfResult['language'] = { total: 0, right: 0, misses: [] };
  for (const message of withUci ? loadLanguageMessages() : []) {
    if (!inHalf(message.id)) continue;
    const found = detectLanguage(message.text, parseMessage(message.text).words).language;
    language.total++;
    if (found === message.lang) language.right++;
    else language.misses.push(`${message.id} [${message.lang}, found ${found}] ${excerpt(message.text)}`);
  }
  const expectations: HalfResult['expectations'] = withUci
    ? {
        spanish: measureExpectations(loadSpanishMessages(), inHalf),
        'merge fields': measureExpectations(loadMergeFieldMessages(), inHalf),
      }
    : {};
  return {
    lawFirm,
    scams,
    language,
    expectations,
    uci: {
      auc: rocAuc(spamScores, hamScores),
      ham: hamScores.length,
      hamForbiddenErrors: hamErrors.length,
      spam: spamScores.length,
      spamFlagged,
      hamErrors,
    },
  };
}

function printHalf(half: Half, result: HalfResult): void {
  const { lawFirm, scams, uci } = result;
  console.log(`\n=== ${half} half ===`);
  console.log(
    `\nLaw-firm messages: ${lawFirm.falseFindings} of ${lawFirm.total} got what they must not (target ${TARGETS.lawFirmFalse})`,
  );
  console.log(tallyTable(['area', 'clean', 'of'], lawFirm.byArea, false));
  if (!options.summary) for (const miss of lawFirm.misses) console.log(`  MISS ${miss}`);

  console.log(
    `\nScam texts: ${scams.caught} of ${scams.total} flagged by the named rule, ${percent(scams.caught, scams.total)} (target ${percent(TARGETS.scamsCaught, 1)})`,
  );
  console.log(tallyTable(['family', 'caught', 'of', 'share'], scams.byFamily, true));
  console.log(tallyTable(['rule', 'caught', 'of', 'share'], scams.byRule, true));
  if (!options.summary) for (const miss of scams.misses) console.log(`  MISS ${miss}`);

  console.log(`\nUCI SMS Spam Collection (spelling on): ${uci.ham} ham, ${uci.spam} spam`);
  console.log(`  ROC AUC of 100 - score: ${uci.auc.toFixed(4)} (target >= ${TARGETS.uciAuc})`);
  console.log(
    `  ham with a forbidden-content error: ${uci.hamForbiddenErrors} (${percent(uci.hamForbiddenErrors, uci.ham)}; target <= ${percent(TARGETS.uciHamForbiddenErrors, 1)})`,
  );
  console.log(
    `  spam with a forbidden-content or phishing-language finding: ${uci.spamFlagged} (${percent(uci.spamFlagged, uci.spam)})`,
  );
  if (!options.summary) for (const miss of uci.hamErrors) console.log(`  HAM ERROR ${miss}`);
  const { language } = result;
  console.log(
    `\nLanguage (English/Spanish) of short messages: ${language.right} of ${language.total}, ${percent(language.right, language.total)} (target >= ${percent(TARGETS.languageAccuracy, 1)})`,
  );
  if (!options.summary) for (const miss of language.misses) console.log(`  MISS ${miss}`);
  for (const [name, corpus] of Object.entries(result.expectations)) {
    console.log(
      `\n${name}: ${corpus.falseFindings} of ${corpus.correct} correct messages got a finding they must not (target 0); ${corpus.caught} of ${corpus.incorrect} incorrect ones got every finding they must`,
    );
    if (!options.summary) for (const miss of corpus.misses) console.log(`  MISS ${miss}`);
  }
}

const results = Object.fromEntries(halves.map((half) => [half, measure(half)])) as Partial<Record<Half, HalfResult>>;
const judged = results.test;
const verdicts = judged
  ? ([
      [
        'law-firm messages with a forbidden finding',
        judged.lawFirm.falseFindings,
        `= ${TARGETS.lawFirmFalse}`,
        judged.lawFirm.falseFindings <= TARGETS.lawFirmFalse,
      ],
      [
        'scam texts flagged by the named rule',
        percent(judged.scams.caught, judged.scams.total),
        `>= ${percent(TARGETS.scamsCaught, 1)}`,
        judged.scams.caught / judged.scams.total >= TARGETS.scamsCaught,
      ],
      [
        'UCI ROC AUC (spelling on)',
        judged.uci.auc.toFixed(4),
        `>= ${TARGETS.uciAuc}`,
        judged.uci.auc >= TARGETS.uciAuc,
      ],
      [
        'language detected on short messages',
        percent(judged.language.right, judged.language.total),
        `>= ${percent(TARGETS.languageAccuracy, 1)}`,
        judged.language.right / judged.language.total >= TARGETS.languageAccuracy,
      ],
      [
        'UCI ham with a forbidden-content error',
        percent(judged.uci.hamForbiddenErrors, judged.uci.ham),
        `<= ${percent(TARGETS.uciHamForbiddenErrors, 1)}`,
        judged.uci.hamForbiddenErrors / judged.uci.ham <= TARGETS.uciHamForbiddenErrors,
      ],
    ] as const)
  : [];

const holdout = measure('all', loadHoldoutLawFirmMessages(), loadHoldoutScamMessages(), false);
const tuning = halves.includes('dev')
  ? TUNING_BATCHES.map((batch) => {
      const result = measure('all', batch.lawFirm(), batch.scams(), false);
      if (batch.expectations !== undefined) {
        result.expectations[batch.expectations.name] = measureExpectations(batch.expectations.messages(), () => true);
      }
      return { batch, result };
    })
  : [];

/** A corpus reported whole (a tuning batch or the held-out sets), with its misses when asked. */
function printWholeCorpus(result: HalfResult, title: string, listMisses: boolean): void {
  const { lawFirm, scams } = result;
  console.log(`\n=== ${title} ===`);
  if (lawFirm.total > 0) {
    console.log(`Law-firm messages: ${lawFirm.falseFindings} of ${lawFirm.total} got what they must not`);
    console.log(tallyTable(['area', 'clean', 'of'], lawFirm.byArea, false));
  }
  for (const [name, corpus] of Object.entries(result.expectations)) {
    console.log(
      `${name}: ${corpus.falseFindings} of ${corpus.correct} correct messages got a finding they must not; ${corpus.caught} of ${corpus.incorrect} incorrect ones got every finding they must`,
    );
    if (listMisses) for (const miss of corpus.misses) console.log(`  MISS ${miss}`);
  }
  console.log(
    `Scam texts: ${scams.caught} of ${scams.total} flagged by the named rule, ${percent(scams.caught, scams.total)}`,
  );
  console.log(tallyTable(['family', 'caught', 'of', 'share'], scams.byFamily, true));
  console.log(tallyTable(['rule', 'caught', 'of', 'share'], scams.byRule, true));
  if (listMisses) for (const miss of [...lawFirm.misses, ...scams.misses]) console.log(`  MISS ${miss}`);
}

if (options.json) {
  console.log(
    JSON.stringify(
      {
        results,
        ...Object.fromEntries(tuning.map(({ batch, result }) => [batch.key, result])),
        verdicts: verdicts.map(([name, value, target, pass]) => ({ name, value, target, pass })),
      },
      null,
      2,
    ),
  );
} else {
  for (const half of halves) printHalf(half, results[half] as HalfResult);
  for (const { batch, result } of tuning) printWholeCorpus(result, batch.title, !options.summary);
  printWholeCorpus(holdout, 'Held-out corpora (written after tuning; never tuned on)', options['holdout-misses']);
  if (verdicts.length > 0) {
    console.log('\n=== Targets (test half) ===');
    console.log(
      table([
        ['target', 'value', 'goal', ''],
        ...verdicts.map(([name, value, target, pass]) => [name, value, target, pass ? 'PASS' : 'FAIL']),
      ]),
    );
  }
}
const verdictRows = verdicts.map(([name, value, target, pass]) => ({ name, value, target, pass }));
if (options['json-out']) {
  mkdirSync(dirname(options['json-out']), { recursive: true });
  writeFileSync(options['json-out'], JSON.stringify({ results, holdout, verdicts: verdictRows }, null, 2));
}
const allMet = verdicts.every(([, , , pass]) => pass);
if (!allMet && options['report-only']) console.log('\nSome targets are not met (reported, not failed: --report-only).');
process.exitCode = allMet || options['report-only'] ? 0 : 1;
