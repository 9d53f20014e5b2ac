import { parseArgs } from 'node:util';
import { closestName } from '../rules';

export const OUTPUT_FORMATS = ['text', 'json', 'jsonl'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CliOptions {
  configPath?: string;
  firstMessage: boolean;
  format: OutputFormat;
  /** The CSV column holding the message text; when absent, the first of DEFAULT_CSV_COLUMNS the header has. */
  column?: string;
  fix: boolean;
  /** Check spelling (loads the en_US dictionary once per run, about a second); --no-spelling skips it. */
  spelling: boolean;
  /** Paths to read; '-' is standard input, and so is an empty list (no FILE given). */
  inputs: string[];
}

export type ParsedCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'check'; options: CliOptions }
  | { kind: 'usage-error'; message: string };

/** Where template exports keep the text (Twilio's and most portals' exports say "Body"), in the order tried. */
export const DEFAULT_CSV_COLUMNS: readonly string[] = ['message', 'body', 'text', 'template', 'content', 'sms'];

export const HELP_TEXT = `Usage: sms-check [options] [FILE ...|-]

Checks text messages a law firm sends clients against what US carriers filter.

Input (one message each):
  FILE.txt           one message per line (blank lines skipped); any other
                     extension, and standard input, is read the same way
  FILE.jsonl         one JSON object per line: {"text": "...", "id"?: "...",
                     "firstMessage"?: true} (.ndjson works too)
  FILE.json          an array of such objects, or of strings; each element
                     is named FILE.json[index]
  FILE.csv           RFC 4180 CSV with a header row; the text is in the
                     first of the columns message, body, text, template,
                     content, sms (or the one --column names); an "id"
                     column names each message and a "firstMessage" (or
                     "first_message") column of true/false sets it per row;
                     fields separated by commas, semicolons or tabs
  -                  standard input (also used when no FILE is given)
  Files are UTF-8, or UTF-16 with a byte order mark. Invalid UTF-8 is reported
  (first bad byte's line and column) and checked with U+FFFD in its place; a
  binary file is refused. Control characters from input are shown escaped.

Options:
  -c, --config FILE  firm settings as JSON (firmName, firmDomains, termsUrl,
                     ruleSeverity, ...); unknown keys and wrong types are errors
      --first-message
                     check every message as the first one sent to a client
                     (must identify the firm, link the terms, offer STOP);
                     a JSON field or CSV column "firstMessage" overrides it
  -f, --format FMT   text (default), json (one array) or jsonl (one object per
                     message: id, text, score, verdict, encoding, segments,
                     findings, and fixed with --fix)
      --column NAME  the CSV column holding the message
      --fix          also output each message with its safe fixes applied
                     (files are never modified; the exit status still
                     reflects the messages as written)
      --no-spelling  skip the spelling check (it loads a compiled English,
                     or Spanish, dictionary the first time a message needs
                     it, in milliseconds); grammar is still checked
  -h, --help         show this help
  -v, --version      show the version

Positions are line:column within the message, both 1-based; columns count
Unicode code points. JSON output also gives start/end as UTF-16 offsets.
Colors are used only when standard output is a terminal and NO_COLOR is unset.

Exit status:
  0  no message has an error finding
  1  at least one message has an error finding
  2  bad usage, bad settings file, or unreadable input; a malformed JSONL line
     or CSV record, invalid UTF-8 or a binary file is reported on stderr with
     its file (and line), the other messages are still checked and output,
     and the exit status is 2 (a "warning:" line leaves the status alone)
`;

/** Turns argv (without node and the script) into a command; never throws, never exits. */
export function parseCommandLine(argv: readonly string[]): ParsedCommand {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    return { kind: 'usage-error', message: describeParseError(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const format = values.format ?? 'text';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    return { kind: 'usage-error', message: `--format must be one of ${OUTPUT_FORMATS.join(', ')}, not "${format}"` };
  }
  if (values.column !== undefined && values.column.trim() === '') {
    return { kind: 'usage-error', message: '--column needs a column name' };
  }
  if (values.config !== undefined && values.config === '') {
    return { kind: 'usage-error', message: '--config needs a file name' };
  }
  return {
    kind: 'check',
    options: {
      ...(values.config !== undefined ? { configPath: values.config } : {}),
      firstMessage: values['first-message'] ?? false,
      format: format as OutputFormat,
      ...(values.column !== undefined ? { column: values.column } : {}),
      fix: values.fix ?? false,
      spelling: !(values['no-spelling'] ?? false),
      inputs: positionals,
    },
  };
}

const OPTION_NAMES = [
  '--config',
  '--first-message',
  '--format',
  '--column',
  '--fix',
  '--no-spelling',
  '--help',
  '--version',
];

/** node:util's messages are long and generic; name the option and suggest the likely one instead. */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
  if (unknown === undefined) return message;
  const suggestion = unknown.startsWith('--') ? closestName(unknown.split('=')[0] ?? unknown, OPTION_NAMES) : undefined;
  return suggestion ? `unknown option "${unknown}" (did you mean "${suggestion}"?)` : `unknown option "${unknown}"`;
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      config: { type: 'string', short: 'c' },
      'first-message': { type: 'boolean' },
      format: { type: 'string', short: 'f' },
      column: { type: 'string' },
      fix: { type: 'boolean' },
      'no-spelling': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
