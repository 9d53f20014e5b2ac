import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  COMPILER_VERSION,
  compileDictionary,
  compiledDictionaryBytes,
  type DictionaryFiles,
} from '../rules/spelling/compile';

export type DictionaryLanguage = 'en' | 'es';

const PACKAGES: Record<DictionaryLanguage, string> = { en: 'dictionary-en', es: 'dictionary-es' };

/**
 * The Hunspell files of `dictionary-en` (en_US, MIT AND BSD; SCOWL-derived) or `dictionary-es`
 * (GPL-3.0 OR LGPL-3.0 OR MPL-1.1) from node_modules. Not `import dictionary from 'dictionary-en'`:
 * that module reads its files with a top-level await on import. The package's `exports` hides the
 * .aff/.dic paths, so they are found next to its entry point.
 */
export function dictionaryPackageFiles(language: DictionaryLanguage): DictionaryFiles & { directory: string } {
  const directory = dirname(createRequire(import.meta.url).resolve(PACKAGES[language]));
  return {
    directory,
    aff: readFileSync(join(directory, 'index.aff'), 'utf8'),
    dic: readFileSync(join(directory, 'index.dic'), 'utf8'),
  };
}

/** Where compiled dictionaries are kept between runs: node_modules/.cache, as build tools do. */
function cacheDirectory(): string {
  const nodeModules = dirname(dirname(createRequire(import.meta.url).resolve(PACKAGES.en)));
  return join(nodeModules, '.cache', 'sms-check-dictionaries');
}

/**
 * The compiled dictionary (src/rules/spelling/compile.ts) of one language, for the builds and for
 * Node scripts and tests: compiling Spanish takes a few seconds, so the result is kept in
 * node_modules/.cache under a name made from the dictionary's files and the compiler's version
 * (a new dictionary or compiler makes a new file; a damaged file is compiled again).
 */
export function compiledNodeDictionary(language: DictionaryLanguage): Uint8Array {
  const files = dictionaryPackageFiles(language);
  const key = createHash('sha256').update(`${COMPILER_VERSION}\0${files.aff}\0${files.dic}`).digest('hex').slice(0, 16);
  const directory = cacheDirectory();
  const path = join(directory, `${language}-${key}.bin`);
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    // Not compiled yet (or unreadable): compile below.
  }
  const bytes = compiledDictionaryBytes(compileDictionary(files));
  try {
    mkdirSync(directory, { recursive: true });
    // Written beside and renamed, so a parallel test run never reads half a file.
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch {
    // A read-only node_modules: compile again next time.
  }
  return bytes;
}

/** A loader for Node (scripts, tests, the bench): the compiled dictionary from node_modules. */
export async function loadNodeDictionary(language: DictionaryLanguage = 'en'): Promise<Uint8Array> {
  return compiledNodeDictionary(language);
}
