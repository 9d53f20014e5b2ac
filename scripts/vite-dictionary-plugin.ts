/**
 * Packages the en_US Hunspell dictionary of `dictionary-en` (MIT AND BSD, derived from SCOWL) and the
 * es one of `dictionary-es` (used under MPL-1.1) with the extension as
 * dictionaries/{en,es}/{index.aff,index.dic,LICENSE}, copied from node_modules at build time so the
 * files are not committed. The spelling host fetches them with runtime.getURL, Spanish only when a
 * text has a Spanish sentence.
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
      for (const [language, packageName] of [
        ['en', 'dictionary-en'],
        ['es', 'dictionary-es'],
      ] as const) {
        const directory = dirname(createRequire(import.meta.url).resolve(packageName));
        for (const [from, to] of [
          ['index.aff', 'index.aff'],
          ['index.dic', 'index.dic'],
          ['license', 'LICENSE'],
        ] as const) {
          this.emitFile({
            type: 'asset',
            fileName: `dictionaries/${language}/${to}`,
            source: readFileSync(join(directory, from)),
          });
        }
      }
    },
  };
}
