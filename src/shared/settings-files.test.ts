import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTING_KEYS } from '../rules';
import {
  managedSchema,
  managedSchemaText,
  SETTINGS_DOCS_END,
  SETTINGS_DOCS_START,
  settingsDocsTable,
  withSettingsDocsTable,
} from './settings-files';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the files generated from the settings table (npm run gen:settings rewrites them)', () => {
  it('public/managed_schema.json is what the table gives', () => {
    expect(JSON.parse(read('public/managed_schema.json'))).toEqual(managedSchema());
  });

  it("docs/admin.md's settings table is what the table gives", () => {
    const docs = read('docs/admin.md');
    expect(withSettingsDocsTable(docs)).toBe(docs);
  });
});

describe('managedSchema', () => {
  const schema = managedSchema();

  it('declares every setting and no top-level additionalProperties (Chrome refuses the schema with one)', () => {
    expect(Object.keys(schema.properties)).toEqual([...SETTING_KEYS]);
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(JSON.parse(managedSchemaText())).toEqual(schema);
  });

  it('types each kind of setting', () => {
    expect(schema.properties.firmName).toMatchObject({ type: 'string', title: 'Firm name' });
    expect(schema.properties.firmDomains).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(schema.properties.smartEncoding).toMatchObject({ type: 'boolean' });
    expect(schema.properties.language).toMatchObject({ type: 'string', enum: ['auto', 'en', 'es'] });
    expect(schema.properties.placeholderLength).toMatchObject({ type: 'integer', minimum: 1, maximum: 200 });
    expect(schema.properties.ruleSeverity).toMatchObject({
      type: 'object',
      additionalProperties: { type: 'string', enum: ['error', 'warning', 'info', 'off'] },
    });
  });

  it('writes descriptions as plain text, code in quotes', () => {
    expect(schema.properties.firmName?.description).toContain('e.g. "Hartwell & Diaz"');
    expect(schema.properties.language?.description).toContain('"auto"');
    for (const property of Object.values(schema.properties)) expect(property.description).not.toContain('`');
  });
});

describe('settingsDocsTable', () => {
  const table = settingsDocsTable();
  const rows = table.split('\n').filter((line) => line.startsWith('| `'));

  it('has one row per setting, in the options page order, between its markers', () => {
    expect(rows.map((row) => /^\| `(\w+)`/.exec(row)?.[1])).toEqual([...SETTING_KEYS]);
    expect(table.startsWith(SETTINGS_DOCS_START)).toBe(true);
    expect(table.endsWith(SETTINGS_DOCS_END)).toBe(true);
  });

  it('gives each row its type, meaning and check, an empty cell as a space', () => {
    expect(rows).toContain(
      '| `placeholderLength` | whole number | Characters a merge field (`{{client.first_name}}`) is counted as when estimating how many segments a template needs once filled in. | a whole number from 1 to 200 |',
    );
    expect(rows.find((row) => row.startsWith('| `firmNameAliases`'))).toMatch(/\| \|$/);
  });

  it('says which keys the CLI does not take', () => {
    expect(table).toContain('except `privacyUrl` and `portalSites`');
  });

  it('replaces only what lies between the markers, and refuses a page without them', () => {
    const page = `# Title\n\nBefore.\n\n${SETTINGS_DOCS_START}\nold table\n${SETTINGS_DOCS_END}\n\nAfter.\n`;
    expect(withSettingsDocsTable(page)).toBe(`# Title\n\nBefore.\n\n${table}\n\nAfter.\n`);
    expect(() => withSettingsDocsTable('# No table here\n')).toThrow(/markers/);
  });
});
