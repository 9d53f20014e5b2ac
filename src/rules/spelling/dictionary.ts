import { WordGraph } from './word-graph';

/**
 * Where a dictionary comes from. The rules library never reads files or fetches: the host passes a
 * loader that gives the bytes of a compiled dictionary (compile.ts made them from dictionary-en's
 * or dictionary-es's Hunspell files at build time). The CLI inlines them in its bin
 * (src/cli/bundled-dictionary.ts), Node scripts and tests compile and cache them
 * (src/cli/dictionary.ts), and the extension fetches `dictionaries/<language>/words.bin` from its
 * package (src/spelling-host/host.ts).
 */
export type DictionaryLoader = () => Promise<Uint8Array>;

/** A Hunspell dictionary's two files, the input of compile.ts. */
export interface DictionaryFiles {
  /** The affix file (.aff): flags, affix rules, the TRY and REP tables. */
  aff: string | Uint8Array;
  /** The word list (.dic). */
  dic: string | Uint8Array;
}

/** A compiled dictionary, read back from its bytes. */
export interface DictionaryGraphs {
  /** Every word form the dictionary accepts, exactly as written (case included). */
  words: WordGraph;
  /** The forms never to offer as a suggestion (they are still correct). */
  noSuggest: WordGraph;
}

/** Reads what compiledDictionaryBytes (compile.ts) wrote: the word graph, then the no-suggest graph. */
export function readCompiledDictionary(bytes: Uint8Array): DictionaryGraphs {
  const words = WordGraph.readFrom(bytes, 0);
  const noSuggest = WordGraph.readFrom(bytes, words.byteEnd);
  if (noSuggest.byteEnd !== bytes.byteLength) {
    throw new Error('The compiled spelling dictionary has bytes after its end: it is not one this version wrote.');
  }
  return { words: words.graph, noSuggest: noSuggest.graph };
}

// Declared here because the rules library compiles without DOM or Node types; every host has it.
declare const TextDecoder: new (label?: string) => { decode(input: Uint8Array): string };

/** nspell needs text: a Uint8Array from fs or fetch is decoded as UTF-8 (both dictionaries declare SET UTF-8). */
export function dictionaryText(data: string | Uint8Array): string {
  return typeof data === 'string' ? data : new TextDecoder('utf-8').decode(data);
}
