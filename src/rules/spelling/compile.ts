/**
 * Turns a Hunspell dictionary (.aff + .dic) into the compact file the spell checker loads: every
 * word form the dictionary accepts, as a word graph (word-graph.ts), plus the forms that must never
 * be suggested (Hunspell's NOSUGGEST: dictionary-en marks its swear words so). Runs at build time
 * (the extension's and the CLI's builds, scripts/vite-dictionary-plugin.ts) and, cached, in Node
 * scripts and tests (src/cli/dictionary.ts): a host never parses affix rules.
 *
 * nspell expands the affixes: the words it lists are exactly those its correct() accepted, so a
 * check gives the same verdicts, case rules included (see checker.ts). What is not carried over:
 * Hunspell's compound rules, which dictionary-en uses only for ordinals with digits ("21st"), words
 * the spelling rule never checks; a dictionary using KEEPCASE or FORBIDDENWORD (whose case rules
 * the checker does not model) is refused.
 */
import nspell from 'nspell';
import { type DictionaryFiles, type DictionaryGraphs, dictionaryText } from './dictionary';
import { WordGraph } from './word-graph';

export type { DictionaryFiles } from './dictionary';

/** Bump when the expansion changes, so cached compiled files (src/cli/dictionary.ts) are made again. */
export const COMPILER_VERSION = 1;

/** What nspell keeps after parsing; not in its public types. */
interface NSpellInternals {
  data: Record<string, unknown>;
  flags: Record<string, unknown>;
  correct(word: string): boolean;
}

function expand(aff: string, dic: string): NSpellInternals {
  return nspell(aff, dic) as unknown as NSpellInternals;
}

/** The dictionary's entries (the .dic lines after the count) that carry `flag`. */
function entriesWithFlag(dic: string, flag: string): string[] {
  return dic
    .split('\n')
    .slice(1)
    .filter((line) => {
      const slash = line.indexOf('/');
      return (
        slash >= 0 &&
        line
          .slice(slash + 1)
          .split(/\s/)[0]
          ?.includes(flag)
      );
    });
}

export function compileDictionary(files: DictionaryFiles): DictionaryGraphs {
  const aff = dictionaryText(files.aff);
  const dic = dictionaryText(files.dic);
  const checker = expand(aff, dic);
  for (const unsupported of ['KEEPCASE', 'FORBIDDENWORD']) {
    // nspell sets KEEPCASE to false when the .aff does not declare it.
    if (typeof checker.flags[unsupported] === 'string') {
      throw new Error(`This dictionary uses ${unsupported}, which the compiled spell checker does not support.`);
    }
  }
  const words = Object.keys(checker.data).filter((word) => checker.correct(word));
  const flag = checker.flags.NOSUGGEST;
  let noSuggest: string[] = [];
  if (typeof flag === 'string') {
    const entries = entriesWithFlag(dic, flag);
    if (entries.length > 0) {
      const offensive = expand(aff, `${entries.length}\n${entries.join('\n')}\n`);
      noSuggest = Object.keys(offensive.data).filter((word) => offensive.correct(word));
    }
  }
  return { words: WordGraph.fromWords(words), noSuggest: WordGraph.fromWords(noSuggest) };
}

/** The compiled dictionary as the bytes a host loads: the word graph, then the no-suggest graph. */
export function compiledDictionaryBytes(dictionary: DictionaryGraphs): Uint8Array {
  const words = dictionary.words.toBytes();
  const noSuggest = dictionary.noSuggest.toBytes();
  const bytes = new Uint8Array(words.length + noSuggest.length);
  bytes.set(words, 0);
  bytes.set(noSuggest, words.length);
  return bytes;
}
