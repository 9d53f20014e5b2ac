// The en_US Hunspell files of dictionary-en (MIT AND BSD), inlined as text by the CLI build so the
// bin stays one standalone file (about 0.5 MB more). The relative path bypasses the package's
// `exports`, which hides them. Vite (the build, vitest) understands ?raw; plain Node and tsx do not,
// which is why scripts use loadNodeDictionary() from ./dictionary instead.
import aff from '../../node_modules/dictionary-en/index.aff?raw';
import dic from '../../node_modules/dictionary-en/index.dic?raw';
import spanishAff from '../../node_modules/dictionary-es/index.aff?raw';
import spanishDic from '../../node_modules/dictionary-es/index.dic?raw';
import type { DictionaryFiles } from '../rules';

export async function loadBundledDictionary(): Promise<DictionaryFiles> {
  return { aff, dic };
}

/** The es Hunspell files of dictionary-es (GPL-3.0 OR LGPL-3.0 OR MPL-1.1; see THIRD_PARTY.md), inlined the same way. */
export async function loadBundledSpanishDictionary(): Promise<DictionaryFiles> {
  return { aff: spanishAff, dic: spanishDic };
}
