import { defineConfig } from 'vitest/config';

/** The Firefox end-to-end suite (e2e-firefox/): run by `npm run test:firefox` after `npm run build:firefox`. */
export default defineConfig({
  test: {
    include: ['e2e-firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
