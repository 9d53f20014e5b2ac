import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { version } from '../../package.json';
import {
  type DictionaryLoader,
  detectLanguage,
  type Finding,
  type FirmSettings,
  fixAllSafe,
  lint,
  parseMessage,
  type SuggestionSource,
  spellingSuggestionFixes,
  suggestSpelling,
  withDefaults,
} from '../rules/index';
import { lazySpellChecker } from '../rules/spelling';
import { type CliOptions, HELP_TEXT, parseCommandLine } from './args';
import { loadBundledDictionary, loadBundledSpanishDictionary } from './bundled-dictionary';
import { loadSettingsFile } from './config';
import {
  addToTotals,
  emptyTotals,
  formatSummary,
  formatTextBlock,
  locateFindings,
  type Palette,
  paletteFor,
  type ResultRow,
} from './format';
import { readInput } from './readers';
import { escapeForTerminal, stringifyJson } from './terminal';

export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  env: Readonly<Record<string, string | undefined>>;
  /** Where the spelling dictionary comes from (tests inject one); defaults to dictionary-en, inlined in the bin. */
  loadDictionary?: DictionaryLoader;
  /** The Spanish dictionary, loaded the first time a message has a Spanish sentence. */
  loadSpanishDictionary?: DictionaryLoader;
}

export const EXIT_OK = 0;
export const EXIT_ERROR_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;

const FLUSH_THRESHOLD = 64 * 1024;

/**
 * Batches output into large writes and honours back-pressure, so thousands of messages stream out
 * without building one huge string. A closed pipe (`sms-check ... | head`) just stops the output.
 */
class OutputSink {
  private chunks: string[] = [];
  private size = 0;
  closed = false;

  constructor(private readonly stream: Writable) {
    stream.on('error', () => {
      this.closed = true;
    });
  }

  async write(text: string): Promise<void> {
    if (this.closed || text === '') return;
    this.chunks.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_THRESHOLD) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const data = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    if (this.closed) return;
    if (!this.stream.write(data)) {
      try {
        await once(this.stream, 'drain');
      } catch {
        this.closed = true;
      }
    }
  }
}

/** True when any sentence of the text is Spanish: only then is the Spanish dictionary worth loading. */
function hasSpanishSentence(text: string, settings: FirmSettings): boolean {
  const { words } = parseMessage(text);
  return detectLanguage(text, words, settings.language).sentences.some((sentence) => sentence.language === 'es');
}

/** Suggestions the CLI attaches to spelling findings, per language and word: a batch repeats its typos. */
const suggestionCache = new Map<string, string[]>();
const SUGGESTION_CACHE_LIMIT = 5_000;
/**
 * A clock that never moves: the CLI's suggestions must not depend on how busy the machine is, so
 * suggestSpelling always finishes its single edits and its two-edit search (a few ms a word).
 */
const STOPPED_CLOCK = (): number => 0;

/**
 * The spelling findings with suggestion fixes (never safe: --fix leaves them), each from the
 * dictionary of the finding's own language, so a Spanish typo gets Spanish corrections.
 */
function withSpellingSuggestions(
  findings: Finding[],
  text: string,
  spellChecker?: SuggestionSource,
  spanishSpellChecker?: SuggestionSource,
): Finding[] {
  return findings.map((finding) => {
    if (finding.ruleId !== 'spelling' || finding.fixes.length > 0) return finding;
    const checker = finding.language === 'es' ? spanishSpellChecker : spellChecker;
    if (!checker?.suggest) return finding;
    const word = text.slice(finding.start, finding.end);
    const key = `${finding.language ?? 'en'}\0${word}`;
    let suggestions = suggestionCache.get(key);
    if (suggestions === undefined) {
      suggestions = suggestSpelling(checker, word, { now: STOPPED_CLOCK });
      if (suggestionCache.size >= SUGGESTION_CACHE_LIMIT) suggestionCache.clear();
      suggestionCache.set(key, suggestions);
    }
    return { ...finding, fixes: spellingSuggestionFixes(finding, suggestions) };
  });
}

/**
 * The rules tell an extension user where to set a missing firm setting ("in the options"); a CLI
 * user sets it in the --config file, under its key.
 */
const SETTING_HINTS: Readonly<Record<string, { extension: string; cli: string }>> = {
  noFirmName: {
    extension: 'Set the firm name in the options.',
    cli: 'Set "firmName" in the settings file (--config).',
  },
  noTermsUrl: {
    extension: 'Set the terms URL in the options.',
    cli: 'Set "termsUrl" in the settings file (--config).',
  },
};

function forTheCommandLine(finding: Finding): Finding {
  const hint = SETTING_HINTS[finding.messageId];
  if (!hint || !finding.message.endsWith(hint.extension)) return finding;
  return { ...finding, message: finding.message.slice(0, -hint.extension.length) + hint.cli };
}

export function buildRow(
  item: { id: string; location: string; text: string; firstMessage?: boolean },
  settings: FirmSettings,
  options: Pick<CliOptions, 'firstMessage' | 'fix'>,
  spellChecker?: SuggestionSource,
  spanishSpellChecker?: SuggestionSource,
): ResultRow {
  const report = lint(item.text, settings, {
    firstMessage: item.firstMessage ?? options.firstMessage,
    ...(spellChecker ? { spellChecker } : {}),
    ...(spanishSpellChecker ? { spanishSpellChecker } : {}),
  });
  const findings = withSpellingSuggestions(report.findings, item.text, spellChecker, spanishSpellChecker).map(
    forTheCommandLine,
  );
  return {
    id: item.id,
    source: item.location,
    text: item.text,
    score: report.score,
    verdict: report.verdict,
    encoding: report.encoding,
    segments: report.segments,
    characters: report.characters,
    findings: locateFindings(item.text, findings),
    // Every safe fix, to the fixed point (a second run of --fix on the output changes nothing).
    ...(options.fix
      ? { fixed: fixAllSafe(item.text, settings, { firstMessage: item.firstMessage ?? options.firstMessage }).text }
      : {}),
  };
}

/** One line on stderr; whatever it quotes from input, argv or settings is escaped (see terminal.ts). */
function writeDiagnostic(stderr: Writable, line: string): void {
  stderr.write(`${escapeForTerminal(line)}\n`);
}

function formatRow(row: ResultRow, options: CliOptions, palette: Palette, isFirst: boolean): string {
  if (options.format === 'jsonl') return `${stringifyJson(row)}\n`;
  if (options.format === 'json') return `${isFirst ? '' : ',\n'}${stringifyJson(row)}`;
  return formatTextBlock(row, palette);
}

/** The whole command: parses argv, reads, lints, prints. Returns the exit status; never calls process.exit. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCommandLine(argv);
  if (command.kind === 'help') {
    io.stdout.write(HELP_TEXT);
    return EXIT_OK;
  }
  if (command.kind === 'version') {
    io.stdout.write(`${version}\n`);
    return EXIT_OK;
  }
  if (command.kind === 'usage-error') {
    writeDiagnostic(io.stderr, `sms-check: ${command.message}`);
    io.stderr.write('Run "sms-check --help" for usage.\n');
    return EXIT_BAD_INPUT;
  }
  const { options } = command;
  // Waiting on a terminal for typed messages is never what was meant; an explicit '-' still may.
  if (options.inputs.length === 0 && io.stdin.isTTY === true) {
    io.stderr.write(
      'sms-check: no input: give FILE arguments or pipe messages in\nRun "sms-check --help" for usage.\n',
    );
    return EXIT_BAD_INPUT;
  }

  let settings: FirmSettings | undefined;
  if (options.configPath !== undefined) {
    const loaded = await loadSettingsFile(options.configPath);
    if (!loaded.ok) {
      for (const error of loaded.errors) writeDiagnostic(io.stderr, error);
      return EXIT_BAD_INPUT;
    }
    settings = loaded.settings;
  }
  const effectiveSettings = settings ?? withDefaults();
  // Loaded on the first message, once per run; not at all when spelling is skipped or turned off.
  const wantsSpelling = options.spelling && effectiveSettings.ruleSeverity.spelling !== 'off';
  const getSpellChecker = wantsSpelling ? lazySpellChecker(io.loadDictionary ?? loadBundledDictionary) : undefined;
  let spellChecker: SuggestionSource | undefined;
  const getSpanishSpellChecker = wantsSpelling
    ? lazySpellChecker(io.loadSpanishDictionary ?? loadBundledSpanishDictionary)
    : undefined;
  let spanishSpellChecker: SuggestionSource | undefined;

  const palette = paletteFor(io.stdout.isTTY, io.env);
  const sink = new OutputSink(io.stdout);
  const totals = emptyTotals();
  let badInput = false;
  let rowCount = 0;

  if (options.format === 'json') await sink.write('[\n');
  const paths = options.inputs.length > 0 ? options.inputs : ['-'];
  reading: for (const path of paths) {
    for await (const item of readInput(path, options.column, io.stdin)) {
      if (item.kind === 'problem') {
        if (!item.warning) badInput = true;
        await sink.flush();
        writeDiagnostic(io.stderr, `${item.location}: ${item.warning ? 'warning: ' : ''}${item.message}`);
        continue;
      }
      if (getSpellChecker && spellChecker === undefined) {
        try {
          spellChecker = await getSpellChecker();
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          writeDiagnostic(io.stderr, `sms-check: spelling not checked: could not load the dictionary: ${reason}`);
        }
        if (spellChecker === undefined) spellChecker = { isCorrect: () => true };
      }
      if (
        getSpanishSpellChecker &&
        spanishSpellChecker === undefined &&
        hasSpanishSentence(item.text, effectiveSettings)
      ) {
        try {
          spanishSpellChecker = await getSpanishSpellChecker();
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          writeDiagnostic(
            io.stderr,
            `sms-check: Spanish spelling not checked: could not load the dictionary: ${reason}`,
          );
        }
        if (spanishSpellChecker === undefined) spanishSpellChecker = { isCorrect: () => true };
      }
      let row: ResultRow;
      try {
        row = buildRow(item, effectiveSettings, options, spellChecker, spanishSpellChecker);
      } catch (error) {
        badInput = true;
        await sink.flush();
        const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
        io.stderr.write(
          `${escapeForTerminal(`${item.location}: internal error while checking this message: ${reason}`, { keepLineFeeds: true })}\n`,
        );
        continue;
      }
      addToTotals(totals, row);
      await sink.write(formatRow(row, options, palette, rowCount === 0));
      rowCount++;
      if (sink.closed) break reading;
    }
  }
  if (options.format === 'json') await sink.write(rowCount === 0 ? ']\n' : '\n]\n');
  if (options.format === 'text') await sink.write(formatSummary(totals, palette));
  await sink.flush();
  if (badInput) return EXIT_BAD_INPUT;
  return totals.errors > 0 ? EXIT_ERROR_FINDINGS : EXIT_OK;
}
