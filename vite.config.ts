/**
 * Builds the extension. `vite build` -> dist/ (Chrome, MV3 service worker); TARGET=firefox ->
 * dist-firefox/ with the manifest Firefox wants. `--mode test` makes the test build (dist-test/,
 * dist-firefox-test/) that the e2e suites and `npm start` load: the shipped manifest plus
 * manifest.test.json (the demo portal's static content scripts on http://localhost and the test
 * server's host permissions). manifest.json is the single source of what ships; the Firefox manifest
 * is derived from it here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { dictionaryPlugin } from './scripts/vite-dictionary-plugin';
import { IN_PAGE_LINTER_DIRECTORY, inPageLinterPlugin } from './scripts/vite-in-page-linter-plugin';
import { privacyPagePlugin } from './scripts/vite-privacy-page-plugin';
import { GECKO_ID } from './src/shared/extension-id';

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

interface WebAccessibleResource {
  resources: string[];
  matches?: string[];
  use_dynamic_url?: boolean;
}

const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

function readJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(new URL(relativePath, import.meta.url), 'utf8')) as T;
}

/** Firefox MV3: an event page instead of a service worker, an add-on id, and the data consent declaration. */
function toFirefox(chrome: Manifest): Manifest {
  // `key` is Chrome's id mechanism; `storage.managed_schema` is Chrome's policy schema
  // (Firefox reads managed values from policies.json without a schema). Both only earn warnings there.
  const { key: _key, storage: _storage, background, permissions, ...rest } = chrome;
  return {
    ...rest,
    // No offscreen documents in Firefox: its background page hosts the spell checker itself.
    permissions: (permissions as string[] | undefined)?.filter((permission) => permission !== 'offscreen'),
    background: { scripts: [background?.service_worker ?? ''], type: background?.type ?? 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // 140 is the first Firefox (ESR) that understands data_collection_permissions.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android learned data_collection_permissions in 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

/** The shipped manifest plus manifest.test.json's content scripts and host permissions (lists are appended). */
function withTestEntries(manifest: Manifest): Manifest {
  const { '//': _comment, ...additions } = readJson<Record<string, unknown>>('./manifest.test.json');
  const merged: Manifest = { ...manifest };
  for (const [key, value] of Object.entries(additions)) {
    const current = merged[key];
    merged[key] = Array.isArray(current) && Array.isArray(value) ? [...current, ...value] : value;
  }
  return merged;
}

function buildManifest(testBuild: boolean): ManifestV3Export {
  const base = readJson<Manifest>('./manifest.json');
  const { version } = readJson<{ version: string }>('./package.json');
  const manifest = testBuild ? withTestEntries({ ...base, version }) : { ...base, version };
  return (target === 'firefox' ? toFirefox(manifest) : manifest) as unknown as ManifestV3Export;
}

/**
 * crxjs makes every script the background names with `?script` web-accessible from any http(s)
 * page at the extension's fixed id, which lets any site tell that a visitor has the extension.
 * Only the in-page linter's parts have to be reachable from a page (a content script's import()
 * fetches them on the page's behalf; vite-in-page-linter-plugin.ts); the checker and the
 * MAIN-world hook are injected with chrome.scripting, which needs no web-accessible resource. The
 * parts are served at a per-session dynamic URL (runtime.getURL returns it), so a page cannot probe
 * for them. Firefox already gives each install its own random moz-extension: host and does not
 * take use_dynamic_url.
 */
function onlyInPageLinterWebAccessible(linterParts: () => Promise<{ loadOrder: string[] }>): Plugin & {
  renderCrxManifest(manifest: { web_accessible_resources?: WebAccessibleResource[] }): Promise<typeof manifest>;
} {
  return {
    name: 'sms-check:web-accessible-resources',
    // The dev server (crxjs serve mode) makes everything web-accessible for its loader; builds only.
    apply: 'build',
    enforce: 'post',
    async renderCrxManifest(manifest) {
      const { loadOrder } = await linterParts();
      const outside = loadOrder.filter((file) => !file.startsWith(`${IN_PAGE_LINTER_DIRECTORY}/`));
      if (loadOrder.length === 0 || outside.length > 0) {
        throw new Error(
          `expected the in-page linter's parts in ${IN_PAGE_LINTER_DIRECTORY}/, found: ${loadOrder.join(', ')}`,
        );
      }
      const entry: WebAccessibleResource = { resources: [...loadOrder].sort(), matches: ['http://*/*', 'https://*/*'] };
      if (target !== 'firefox') entry.use_dynamic_url = true;
      return { ...manifest, web_accessible_resources: [entry] };
    },
  };
}

export default defineConfig(({ mode }) => {
  const testBuild = mode === 'test';
  const inPageLinter = inPageLinterPlugin();
  return {
    plugins: [
      preact(),
      crx({ manifest: buildManifest(testBuild), browser: target }),
      inPageLinter,
      onlyInPageLinterWebAccessible(inPageLinter.parts),
      dictionaryPlugin(),
      privacyPagePlugin(),
    ],
    // The spelling worker of the offscreen document is a module worker.
    worker: { format: 'es' },
    resolve: {
      alias: {
        // tldts's ES build exports its 70 KB suffix trie as constants that the bundler inlines at each
        // use site, tripling the content script; its CommonJS build is bundled as one module.
        tldts: fileURLToPath(new URL('./node_modules/tldts/dist/cjs/index.js', import.meta.url)),
      },
    },
    build: {
      outDir: `${target === 'firefox' ? 'dist-firefox' : 'dist'}${testBuild ? '-test' : ''}`,
      emptyOutDir: true,
      // Extension pages load from disk: readable output makes store review and debugging easier.
      minify: true,
      sourcemap: false,
      target: 'es2022',
      rollupOptions: {
        // Not named in the manifest: the background creates it with chrome.offscreen (Chrome only).
        input: { offscreen: 'src/offscreen/index.html' },
        // Script chunks keep plain names (a clash gets a number, in a fixed order): some chunks'
        // hashes changed with the directory the build ran in (the service worker, which crxjs emits
        // by absolute path, and the page hook), though their content did not, so the source
        // package (npm run package) built elsewhere gave other file names. An extension ships as a
        // whole, so no cache needs the hash.
        output: { chunkFileNames: 'assets/[name].js' },
      },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
