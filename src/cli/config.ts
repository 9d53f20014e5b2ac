import { readFile } from 'node:fs/promises';
import { type FirmSettings, type SettingsProblem, validateSettings } from '../rules/index';
import { createLocator } from './format';

export type ConfigResult = { ok: true; settings: FirmSettings } | { ok: false; errors: string[] };

/** "Unexpected token } in JSON at position 42" -> "3:7: Unexpected token ..." so the admin can find it. */
function describeJsonError(content: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  const match = /at position (\d+)/.exec(reason);
  if (!match?.[1]) return reason;
  const { line, column } = createLocator(content)(Number(match[1]));
  return `line ${line}, column ${column}: ${reason}`;
}

/** The message, after its key when it does not name it ("termsUrl": The terms page must ...). */
function namingKey({ key, message }: SettingsProblem): string {
  const setting = key.split('.')[0] ?? '';
  const named = setting === '' || [key, setting].some((name) => message.includes(`"${name}"`));
  return named ? message : `"${key}": ${message}`;
}

/** Parses and validates a settings file's content; each error names the file and the key. */
export function parseSettingsFile(content: string, displayName: string): ConfigResult {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${displayName}: not valid JSON (${describeJsonError(text, error)})`] };
  }
  // The options page's own checks (the terms URL an https address on a public domain, not a link
  // shortener, so a javascript: URL is never inserted into a message by --fix; domains, phone
  // numbers, words); only their errors block, as there.
  const { settings, problems } = validateSettings(value, { scope: 'firm', reportUnknownKeys: true });
  const errors = problems.map((problem) => `${displayName}: ${namingKey(problem)}`);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, settings };
}

export async function loadSettingsFile(path: string): Promise<ConfigResult> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(error);
    return { ok: false, errors: [`${path}: cannot read settings: ${reason}`] };
  }
  return parseSettingsFile(content, path);
}
