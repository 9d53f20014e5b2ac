import { defineConfig } from '@playwright/test';

/**
 * E2E tests load the built extension (dist/) into headless Chromium; run `npm run build` first
 * (`npm test` does). The JSON report feeds the pass/fail counter of scripts/test-all.mjs.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  // Each test launches its own browser; two at a time is what a small CI machine handles well.
  workers: process.env.CI ? 2 : 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // Not the default test-results/: Playwright empties its output directory, and the unit-test
  // report lives in test-results/ too.
  outputDir: 'test-results/playwright-artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
