import { defineConfig } from '@playwright/test';

/**
 * The release packages (issue 14): e2e-package/global-setup.ts runs `npm run package` (a snapshot
 * of the working tree) into test-results/package/, and the specs check what a store, an AMO
 * reviewer and a firm's IT get: the files and their sums, the source package rebuilding to the same
 * files, `web-ext lint` on the .xpi, the store zip loaded in Chromium, and the enterprise package
 * with a managed policy, loaded unpacked and force-installed from updates.xml.
 * `npm test` runs it as its "packages" stage; `npx playwright test -c playwright.package.config.ts`
 * runs it alone.
 */
export default defineConfig({
  testDir: 'e2e-package',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e-package/global-setup.ts',
  // The policy tests write Chromium's machine-wide policy directory: one browser at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: process.env.CI ? 10_000 : 5_000 },
  outputDir: 'test-results/package-artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright-package.json' }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
