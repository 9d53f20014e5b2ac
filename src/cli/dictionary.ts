import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DictionaryFiles } from '../rules';

/**
 * Reads the en_US Hunspell files of `dictionary-en` (MIT AND BSD; SCOWL-derived) from node_modules.
 * Not `import dictionary from 'dictionary-en'`: that module reads its files with a top-level await
 * on import, which a bundled CLI would do at start-up even with --no-spelling. The package's
 * `exports` hides the .aff/.dic paths, so they are found next to its entry point.
 */
export async function loadNodeDictionary(language: 'en' | 'es' = 'en'): Promise<DictionaryFiles> {
  const entry = createRequire(import.meta.url).resolve(language === 'es' ? 'dictionary-es' : 'dictionary-en');
  const directory = dirname(entry);
  const [aff, dic] = await Promise.all([
    readFile(join(directory, 'index.aff'), 'utf8'),
    readFile(join(directory, 'index.dic'), 'utf8'),
  ]);
  return { aff, dic };
}
