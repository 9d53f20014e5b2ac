/**
 * Bundles the editor fixture pages (e2e/editors/<name>/index.html + main.ts[x]) with Vite's
 * build() API into e2e/pages/editors/<name>/, where the e2e static server serves them. A page is
 * rebuilt only when its sources (or the shared files, or the lockfile) are newer than its output,
 * so a warm run costs a few stat() calls.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const EDITORS_DIRECTORY = fileURLToPath(new URL('.', import.meta.url));
const OUTPUT_DIRECTORY = fileURLToPath(new URL('../pages/editors/', import.meta.url));
const LOCKFILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url));

/** Newest modification time of the files directly in `directory` (not recursive). */
function newestFileTime(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(directory, entry.name)).mtimeMs);
  }
  return newest;
}

export function editorPageNames(): string[] {
  return readdirSync(EDITORS_DIRECTORY, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(EDITORS_DIRECTORY, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

/** Packages a page may bring in its own node_modules (a workspace), used by every import of them in its bundle. */
const OWN_PACKAGES = ['react', 'react-dom'];

/**
 * The Draft.js page runs on its own React 18 (e2e/editors/draft is a workspace with react 18): its
 * imports of react and react-dom, and draft-js's, must all reach that copy, never the project's
 * React 19.
 */
function ownPackageAliases(root: string): { find: RegExp; replacement: string }[] {
  return OWN_PACKAGES.filter((name) => existsSync(join(root, 'node_modules', name))).map((name) => ({
    find: new RegExp(`^${name}(?=/|$)`),
    replacement: join(root, 'node_modules', name),
  }));
}

/** Builds the stale pages; returns the names it built. */
export async function buildEditorPages(options: { force?: boolean } = {}): Promise<string[]> {
  const sharedTime = Math.max(newestFileTime(EDITORS_DIRECTORY), existsSync(LOCKFILE) ? statSync(LOCKFILE).mtimeMs : 0);
  const stale = editorPageNames().filter((name) => {
    const output = join(OUTPUT_DIRECTORY, name, 'index.html');
    if (options.force || !existsSync(output)) return true;
    const sourceTime = Math.max(sharedTime, newestFileTime(join(EDITORS_DIRECTORY, name)));
    return statSync(output).mtimeMs < sourceTime;
  });
  if (stale.length === 0) return [];
  const { build } = await import('vite');
  // One at a time: Vite builds share the process, and the machine is small.
  for (const name of stale) {
    const root = join(EDITORS_DIRECTORY, name);
    await build({
      configFile: false,
      root,
      base: './',
      resolve: { alias: ownPackageAliases(root) },
      logLevel: 'warn',
      // React pages declare `@jsxImportSource react`; this default keeps any other .tsx on React too.
      oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
      // Draft.js (through fbjs) reads Node's `global`.
      define: { 'process.env.NODE_ENV': JSON.stringify('production'), global: 'globalThis' },
      build: {
        outDir: join(OUTPUT_DIRECTORY, name),
        emptyOutDir: true,
        minify: true,
        sourcemap: false,
        target: 'es2022',
        reportCompressedSize: false,
        // Editor bundles (CKEditor, TinyMCE) are large by nature; they are test fixtures, not shipped.
        chunkSizeWarningLimit: 4000,
      },
    });
  }
  return stale;
}
