/**
 * Writes what the settings table (src/rules/settings.ts) gives outside the code: the enterprise
 * policy schema (public/managed_schema.json) and the settings table of docs/admin.md. Run after
 * changing the table: `npm run gen:settings`. src/shared/settings-files.test.ts fails until then.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { managedSchemaText, withSettingsDocsTable } from '../src/shared/settings-files';

const root = fileURLToPath(new URL('..', import.meta.url));
const schemaPath = `${root}public/managed_schema.json`;
const docsPath = `${root}docs/admin.md`;

writeFileSync(schemaPath, managedSchemaText());
// Biome formats the JSON as the rest of the tree (short arrays on one line).
execFileSync('npx', ['biome', 'format', '--write', schemaPath], { cwd: root, stdio: 'inherit' });
writeFileSync(docsPath, withSettingsDocsTable(readFileSync(docsPath, 'utf8')));
console.log('Wrote public/managed_schema.json and the settings table of docs/admin.md.');
