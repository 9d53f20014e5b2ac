/**
 * Where a Hunspell dictionary comes from. The rules library never reads files or fetches: the host
 * passes a loader. The CLI's loader reads `dictionary-en` from node_modules (src/cli/dictionary.ts);
 * the extension's fetches the same two files bundled in its package
 * (`fetch(chrome.runtime.getURL('dictionaries/en.aff'))`) from its background or offscreen document.
 */
export interface DictionaryFiles {
  /** The affix file (.aff): flags, affix rules, the TRY and REP tables. */
  aff: string | Uint8Array;
  /** The word list (.dic). */
  dic: string | Uint8Array;
}

export type DictionaryLoader = () => Promise<DictionaryFiles>;

// Declared here because the rules library compiles without DOM or Node types; every host has it.
declare const TextDecoder: new (label?: string) => { decode(input: Uint8Array): string };

/** nspell needs text: a Uint8Array from fs or fetch is decoded as UTF-8 (dictionary-en declares SET UTF-8). */
export function dictionaryText(data: string | Uint8Array): string {
  return typeof data === 'string' ? data : new TextDecoder('utf-8').decode(data);
}
