// What vitest resolves `virtual:compiled-dictionary/en` to (vitest.config.ts): the compiled dictionary
// from node_modules (cached), in base64 as the CLI build inlines it (scripts/vite-dictionary-plugin.ts).
import { compiledNodeDictionary } from './dictionary';

export default Buffer.from(compiledNodeDictionary('en')).toString('base64');
