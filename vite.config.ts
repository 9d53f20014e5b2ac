/**
 * Builds the extension. `npm run build` -> dist/ (Chrome, MV3 service worker);
 * `npm run build:firefox` (TARGET=firefox) -> dist-firefox/ with the manifest Firefox wants.
 * manifest.json is the single source; the Firefox manifest is derived from it here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { dictionaryPlugin } from './scripts/vite-dictionary-plugin';
import { GECKO_ID } from './src/shared/extension-id';

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

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

function buildManifest(): ManifestV3Export {
  const base = readJson<Manifest>('./manifest.json');
  const { version } = readJson<{ version: string }>('./package.json');
  const manifest = { ...base, version };
  return (target === 'firefox' ? toFirefox(manifest) : manifest) as unknown as ManifestV3Export;
}

export default defineConfig({
  plugins: [preact(), crx({ manifest: buildManifest(), browser: target }), dictionaryPlugin()],
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
    outDir: target === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    // Extension pages load from disk: readable output makes store review and debugging easier.
    minify: true,
    sourcemap: false,
    target: 'es2022',
    rollupOptions: {
      // Not named in the manifest: the background creates it with chrome.offscreen (Chrome only).
      input: { offscreen: 'src/offscreen/index.html' },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
