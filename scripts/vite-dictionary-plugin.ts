/**
 * Packages the en_US Hunspell dictionary of `dictionary-en` (MIT AND BSD, derived from SCOWL) with
 * the extension as dictionaries/en/{index.aff,index.dic,LICENSE}, copied from node_modules at build
 * time so the 550 KB files are not committed. The spelling host fetches them with runtime.getURL.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

export function dictionaryPlugin(): Plugin {
  return {
    name: 'sms-check:dictionary',
    apply: 'build',
    generateBundle() {
      const directory = dirname(createRequire(import.meta.url).resolve('dictionary-en'));
      for (const [from, to] of [
        ['index.aff', 'index.aff'],
        ['index.dic', 'index.dic'],
        ['license', 'LICENSE'],
      ] as const) {
        this.emitFile({
          type: 'asset',
          fileName: `dictionaries/en/${to}`,
          source: readFileSync(join(directory, from)),
        });
      }
    },
  };
}
