// The compiled dictionaries (src/rules/spelling/compile.ts) of dictionary-en (MIT AND BSD) and
// dictionary-es (GPL-3.0 OR LGPL-3.0 OR MPL-1.1, used under MPL-1.1; see THIRD_PARTY.md), inlined in
// base64 by the CLI build (scripts/vite-dictionary-plugin.ts, inlineDictionaryPlugin) so the bin
// stays one standalone file. Vite (the build, vitest) resolves these virtual modules; plain Node
// and tsx do not, which is why scripts use loadNodeDictionary() from ./dictionary instead.
import english from 'virtual:compiled-dictionary/en';
import spanish from 'virtual:compiled-dictionary/es';

function decode(base64: string): Uint8Array {
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

export async function loadBundledDictionary(): Promise<Uint8Array> {
  return decode(english);
}

/** Loaded only when a message has a Spanish sentence. */
export async function loadBundledSpanishDictionary(): Promise<Uint8Array> {
  return decode(spanish);
}
