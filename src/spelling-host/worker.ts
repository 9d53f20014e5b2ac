/**
 * The spelling worker, started by the offscreen document (src/offscreen): loading the compiled
 * dictionaries (milliseconds), checks and the suggestion search run here, so the offscreen document
 * keeps answering messages meanwhile. Workers get no extension APIs: the
 * dictionary is fetched relative to the extension's origin, which is what runtime.getURL gives.
 */
import { createSpellingHost, fetchDictionary, SPANISH_DICTIONARY_PATH } from './host';
import { serveSpellingHost } from './worker-rpc';

const origin = self.location.origin;
const resolve = (path: string) => new URL(path, `${origin}/`).href;
serveSpellingHost(
  self,
  createSpellingHost(fetchDictionary(resolve), fetchDictionary(resolve, SPANISH_DICTIONARY_PATH)),
);
