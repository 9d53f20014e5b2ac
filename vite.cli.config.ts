import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { inlineDictionaryPlugin } from './scripts/vite-dictionary-plugin';

const OUT_DIR = 'dist-cli';
const BIN_NAME = 'sms-check.js';

/** The bin must be executable when run as ./dist-cli/sms-check.js (npm sets the mode only on install). */
function makeBinExecutable(): Plugin {
  return {
    name: 'sms-check:chmod-bin',
    apply: 'build',
    async writeBundle(options) {
      await chmod(join(options.dir ?? OUT_DIR, BIN_NAME), 0o755);
    },
  };
}

/**
 * The sms-check CLI as one standalone ESM file for Node 20: an SSR (server) build with every npm
 * dependency bundled (linkify-it, tlds, tldts, emoji-regex), node: built-ins left external.
 */
export default defineConfig({
  publicDir: false,
  // Nothing from the extension build (crxjs, preact) applies here.
  plugins: [makeBinExecutable(), inlineDictionaryPlugin()],
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    copyPublicDir: false,
    rolldownOptions: {
      output: {
        format: 'es',
        entryFileNames: BIN_NAME,
        banner: '#!/usr/bin/env node',
      },
    },
  },
});
