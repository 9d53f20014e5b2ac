import { defineConfig } from 'vitest/config';
import { inlineDictionaryPlugin } from './scripts/vite-dictionary-plugin';

export default defineConfig({
  // The CLI's bundled dictionaries (src/cli/bundled-dictionary.ts) are virtual modules.
  plugins: [inlineDictionaryPlugin()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
