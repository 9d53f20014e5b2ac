// The en_US Hunspell files of dictionary-en (MIT AND BSD), inlined as text by the CLI build so the
// bin stays one standalone file (about 0.5 MB more). The relative path bypasses the package's
// `exports`, which hides them. Vite (the build, vitest) understands ?raw; plain Node and tsx do not,
// which is why scripts use loadNodeDictionary() from ./dictionary instead.
import aff from '../../node_modules/dictionary-en/index.aff?raw';
import dic from '../../node_modules/dictionary-en/index.dic?raw';
import type { DictionaryFiles } from '../rules/spelling/dictionary';

export async function loadBundledDictionary(): Promise<DictionaryFiles> {
  return { aff, dic };
}
