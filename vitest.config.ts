import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The CLI's bundled dictionaries (src/cli/bundled-dictionary.ts) are virtual modules of its build; here, Node modules. */
const nodeDictionary = (language: string): string =>
  fileURLToPath(new URL(`./src/cli/node-dictionary-${language}.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      'virtual:compiled-dictionary/en': nodeDictionary('en'),
      'virtual:compiled-dictionary/es': nodeDictionary('es'),
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
