/**
 * What the settings table (src/rules/settings.ts) gives outside the code: the enterprise-policy
 * schema (public/managed_schema.json) and the settings table of docs/admin.md. `npm run
 * gen:settings` writes both; settings-files.test.ts fails when either differs from the table.
 */
import { SETTING_KEYS, SETTINGS, type SettingKey, type SettingSpec, settingSpec } from '../rules';

/** The JSON Schema subset Chrome takes for storage.managed. */
export interface ManagedSchemaProperty {
  title: string;
  description: string;
  type: 'string' | 'boolean' | 'integer' | 'array' | 'object';
  enum?: string[];
  minimum?: number;
  maximum?: number;
  items?: { type: 'string' };
  additionalProperties?: { type: 'string'; enum: string[] };
}

export interface ManagedSchema {
  type: 'object';
  properties: Record<string, ManagedSchemaProperty>;
}

/** The severities a policy may give a rule, as the options page lists them. */
const POLICY_SEVERITIES = ['error', 'warning', 'info', 'off'];

/** `code` -> "code": the policy schema's descriptions are plain text. */
function plainText(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, (_, code: string) => (code.startsWith('"') ? code : `"${code}"`));
}

function schemaType(spec: SettingSpec): Omit<ManagedSchemaProperty, 'title' | 'description'> {
  switch (spec.kind) {
    case 'string':
      return { type: 'string' };
    case 'choice':
      return { type: 'string', enum: spec.choices.map(([value]) => value) };
    case 'boolean':
      return { type: 'boolean' };
    case 'integer':
      return { type: 'integer', minimum: spec.min, maximum: spec.max };
    case 'list':
      return { type: 'array', items: { type: 'string' } };
    case 'rule-severity':
      return { type: 'object', additionalProperties: { type: 'string', enum: POLICY_SEVERITIES } };
  }
}

/**
 * public/managed_schema.json: every setting, extension-scope ones included (policy may set them
 * all). No additionalProperties at the top level: Chrome refuses the schema with one.
 */
export function managedSchema(): ManagedSchema {
  const properties: Record<string, ManagedSchemaProperty> = {};
  for (const key of SETTING_KEYS) {
    const spec = settingSpec(key);
    properties[key] = { title: spec.label, description: plainText(spec.meaning), ...schemaType(spec) };
  }
  return { type: 'object', properties };
}

export function managedSchemaText(): string {
  return `${JSON.stringify(managedSchema(), null, 2)}\n`;
}

function docsType(spec: SettingSpec): string {
  switch (spec.kind) {
    case 'string':
    case 'choice':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'integer':
      return 'whole number';
    case 'list':
      return 'list of strings';
    case 'rule-severity':
      return 'object';
  }
}

function tableCell(text: string): string {
  return text.replaceAll('|', '\\|');
}

/** The first line of the generated part of docs/admin.md; the part ends at SETTINGS_DOCS_END. */
export const SETTINGS_DOCS_START =
  '<!-- settings-table: generated from src/rules/settings.ts by `npm run gen:settings`; edit the table there -->';
export const SETTINGS_DOCS_END = '<!-- /settings-table -->';

/** The settings table of docs/admin.md, markers included. */
export function settingsDocsTable(): string {
  const rows = SETTING_KEYS.map((key) => {
    const spec = settingSpec(key);
    const cells = [`\`${key}\``, docsType(spec), spec.meaning, spec.checkedWhenSaved].map(tableCell);
    return `|${cells.map((cell) => (cell === '' ? ' ' : ` ${cell} `)).join('|')}|`;
  });
  const extensionOnly = SETTING_KEYS.filter((key: SettingKey) => SETTINGS[key].scope === 'extension');
  const cliNote = `The command-line tool's \`--config\` file takes the same keys except ${extensionOnly
    .map((key) => `\`${key}\``)
    .join(' and ')}, which only the extension uses, and checks them the same way.`;
  return [
    SETTINGS_DOCS_START,
    '| Key | Type | Meaning | Checked when saved |',
    '|---|---|---|---|',
    ...rows,
    '',
    cliNote,
    SETTINGS_DOCS_END,
  ].join('\n');
}

/** docs/admin.md with its settings table replaced by the generated one. Throws when the markers are missing. */
export function withSettingsDocsTable(markdown: string): string {
  const start = markdown.indexOf(SETTINGS_DOCS_START);
  const end = markdown.indexOf(SETTINGS_DOCS_END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`docs/admin.md must hold the markers ${SETTINGS_DOCS_START} and ${SETTINGS_DOCS_END}`);
  }
  return markdown.slice(0, start) + settingsDocsTable() + markdown.slice(end + SETTINGS_DOCS_END.length);
}
