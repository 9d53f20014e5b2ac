import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The rules library's boundary, checked over the import graph: outside src/rules, code imports the
 * library only through its front door (index.ts) or one of the secondary entry points below; inside
 * it, a rule file never imports another rule file (shared helpers live in the modules they belong to),
 * and the library never reaches out to the extension or the CLI.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const rulesDirectory = join(root, 'src', 'rules');

/** Entry points besides index.ts, each with the reason it cannot be index.ts. */
const SECONDARY_ENTRY_POINTS: readonly { path: string; reason: string; testsAndToolsOnly?: boolean }[] = [
  {
    path: 'src/rules/spelling/index.ts',
    reason:
      'builds spell checkers from compiled dictionaries; only the hosts that own a dictionary (spelling host, CLI, scripts) import it, so the in-page linter, popup and content script bundles stay without it',
  },
  {
    path: 'src/rules/spelling/compile.ts',
    reason:
      'compiles Hunspell dictionaries with nspell: the builds (scripts/vite-dictionary-plugin.ts) and the Node loader (src/cli/dictionary.ts) call it, no shipped bundle does',
  },
  {
    path: 'src/rules/testing/',
    reason: 'test tooling (the rule tester imports vitest): for tests and scripts, never bundled',
    testsAndToolsOnly: true,
  },
];

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'test-results', 'playwright-report']);
const SOURCE_FILE = /\.(?:ts|tsx|mts|cts|mjs|cjs|js)$/;

function sourceFiles(directory: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(directory)) {
    if (SKIPPED_DIRECTORIES.has(name) || name.startsWith('dist')) continue;
    const path = join(directory, name);
    if (statSync(path).isDirectory()) found.push(...sourceFiles(path));
    else if (SOURCE_FILE.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.min.js')) found.push(path);
  }
  return found;
}

/** Static imports and re-exports (type-only ones too), side-effect imports and dynamic import()s. */
const IMPORT_PATTERNS = [
  /^\s*(?:import|export)\b[^;'"`]*?\bfrom\s*(['"])([^'"]+)\1/gm,
  /^\s*import\s*(['"])([^'"]+)\1/gm,
  /\bimport\(\s*(['"`])([^'"`]+)\1\s*\)/g,
];

function importSpecifiers(source: string): string[] {
  const specifiers: string[] = [];
  for (const pattern of IMPORT_PATTERNS) {
    for (const match of source.matchAll(pattern)) specifiers.push(match[2] as string);
  }
  return specifiers;
}

/** The repository-relative file or directory a relative specifier names (extension dropped), or undefined for packages. */
function target(fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const absolute = resolve(dirname(fromFile), specifier.replace(/\?.*$/, ''));
  return relative(root, absolute)
    .split(sep)
    .join('/')
    .replace(/\.(?:ts|tsx|js|mjs)$/, '');
}

function isTestOrTool(file: string): boolean {
  const path = relative(root, file).split(sep).join('/');
  return /\.(?:test|spec)\.tsx?$/.test(path) || /^(?:scripts|e2e|e2e-firefox|test)\//.test(path);
}

function allowedFromOutside(file: string, imported: string): boolean {
  if (imported === 'src/rules' || imported === 'src/rules/index') return true;
  return SECONDARY_ENTRY_POINTS.some((entry) => {
    const matches = entry.path.endsWith('/')
      ? imported.startsWith(entry.path)
      : imported === entry.path.replace(/\.ts$/, '') || `${imported}/index.ts` === entry.path;
    return matches && (!entry.testsAndToolsOnly || isTestOrTool(file));
  });
}

const outsideFiles = sourceFiles(root).filter((file) => !file.startsWith(rulesDirectory + sep));
const insideFiles = sourceFiles(rulesDirectory);

describe('rules library boundary', () => {
  it('finds the files it checks (imports of the library from outside, and its own files)', () => {
    const importersOfRules = outsideFiles.filter((file) =>
      importSpecifiers(readFileSync(file, 'utf8')).some((specifier) =>
        target(file, specifier)?.startsWith('src/rules'),
      ),
    );
    expect(importersOfRules.length).toBeGreaterThan(20);
    expect(insideFiles.length).toBeGreaterThan(50);
  });

  it('is entered from outside src/rules only through index.ts or a listed secondary entry point', () => {
    const violations: string[] = [];
    for (const file of outsideFiles) {
      for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
        const imported = target(file, specifier);
        if (imported === undefined || !(imported === 'src/rules' || imported.startsWith('src/rules/'))) continue;
        if (!allowedFromOutside(file, imported)) violations.push(`${relative(root, file)} imports '${specifier}'`);
      }
    }
    expect(violations, 'import from src/rules/index.ts (the front door) instead').toEqual([]);
  });

  it('has no rule file importing another rule file', () => {
    const violations: string[] = [];
    for (const file of insideFiles) {
      const path = relative(root, file).split(sep).join('/');
      if (!/^src\/rules\/rules\/[^/]+\.ts$/.test(path) || path.endsWith('.test.ts')) continue;
      for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
        if (target(file, specifier)?.startsWith('src/rules/rules/')) violations.push(`${path} imports '${specifier}'`);
      }
    }
    expect(violations, 'move the shared helper to the module it belongs to').toEqual([]);
  });

  it('does not reach outside src/rules from its own (non-test) modules', () => {
    const violations: string[] = [];
    for (const file of insideFiles) {
      if (isTestOrTool(file)) continue;
      for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
        const imported = target(file, specifier);
        if (imported !== undefined && !imported.startsWith('src/rules/')) {
          violations.push(`${relative(root, file)} imports '${specifier}'`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('loads tldts only on first use, through domains.ts (a static import evaluates its trie with the library)', () => {
    const direct = insideFiles.filter(
      (file) =>
        !isTestOrTool(file) &&
        !/tldts-loader\.(?:cjs|d\.cts)$/.test(file) &&
        importSpecifiers(readFileSync(file, 'utf8')).some((specifier) => specifier === 'tldts'),
    );
    expect(direct.map((file) => relative(root, file))).toEqual([]);
  });

  it('sees the import forms the checks rely on', () => {
    const source = [
      "import { a } from '../rules/engine';",
      "import type {\n  B,\n} from '../rules/types';",
      "export { c } from '../rules/links';",
      "import '../rules/side-effect';",
      "const lazyLinter = await import('../rules/message');",
    ].join('\n');
    expect(importSpecifiers(source).sort()).toEqual(
      ['../rules/engine', '../rules/links', '../rules/message', '../rules/side-effect', '../rules/types'].sort(),
    );
  });
});
