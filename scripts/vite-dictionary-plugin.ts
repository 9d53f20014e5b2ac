/**
 * The spelling dictionaries in the builds, compiled from `dictionary-en` (MIT AND BSD, derived from
 * SCOWL) and `dictionary-es` (used under MPL-1.1) by src/rules/spelling/compile.ts: every word form
 * their Hunspell files accept, as a word graph (about 0.4 MB each), so a host loads in milliseconds
 * what nspell took seconds and tens of megabytes to expand. Compiled at build time (cached in
 * node_modules/.cache), so no dictionary file is committed.
 *
 * - dictionaryPlugin(): the extension's package gets dictionaries/{en,es}/words.bin with the
 *   dictionary's licence beside it (LICENSE); the spelling host fetches them with runtime.getURL,
 *   Spanish only when a text has a Spanish sentence.
 * - inlineDictionaryPlugin(): the CLI's bin (and vitest) import `virtual:compiled-dictionary/en`
 *   or `/es`, a module whose default export is the compiled bytes in base64.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { DictionaryLanguage } from '../src/cli/dictionary';

/** Imported when a build needs it, so loading a Vite config does not load the rules library. */
const compiler = () => import('../src/cli/dictionary');

const LANGUAGES: readonly DictionaryLanguage[] = ['en', 'es'];
const VIRTUAL_PREFIX = 'virtual:compiled-dictionary/';
const RESOLVED_PREFIX = '\0compiled-dictionary:';

export function dictionaryPlugin(): Plugin {
  return {
    name: 'sms-check:dictionary',
    apply: 'build',
    async generateBundle() {
      const { compiledNodeDictionary, dictionaryPackageFiles } = await compiler();
      for (const language of LANGUAGES) {
        const { directory } = dictionaryPackageFiles(language);
        this.emitFile({
          type: 'asset',
          fileName: `dictionaries/${language}/words.bin`,
          source: compiledNodeDictionary(language),
        });
        this.emitFile({
          type: 'asset',
          fileName: `dictionaries/${language}/LICENSE`,
          source: readFileSync(join(directory, 'license')),
        });
      }
    },
  };
}

export function inlineDictionaryPlugin(): Plugin {
  return {
    name: 'sms-check:inline-dictionary',
    resolveId(id) {
      if (!id.startsWith(VIRTUAL_PREFIX)) return undefined;
      const language = id.slice(VIRTUAL_PREFIX.length);
      if (!(LANGUAGES as readonly string[]).includes(language)) {
        throw new Error(`No compiled dictionary for "${language}" (known: ${LANGUAGES.join(', ')}).`);
      }
      return `${RESOLVED_PREFIX}${language}`;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return undefined;
      const { compiledNodeDictionary } = await compiler();
      const language = id.slice(RESOLVED_PREFIX.length) as DictionaryLanguage;
      const base64 = Buffer.from(compiledNodeDictionary(language)).toString('base64');
      return `export default ${JSON.stringify(base64)};\n`;
    },
  };
}
