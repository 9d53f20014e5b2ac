/**
 * Enterprise policy through a real Chromium policy file, as on a managed Linux machine. Chromium
 * reads policy files at start, so a test writes its file, launches a browser of its own, and removes
 * the file (and any directory it created) whatever happens.
 */
import { rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { EXTENSION_ID } from '../src/shared/extension-id';
import { expect, launchWithExtension, serviceWorkerOf, test } from './fixtures';
import { POLICY_DIRECTORY, policyDirectoryWritable } from './policy-directory';
import { type StaticServer, startStaticServer } from './static-server.mjs';

export interface PolicyBrowser {
  context: BrowserContext;
  worker: Worker;
  server: StaticServer;
}

/**
 * Pushes `policy` (our managed settings) in the policy file `fileName`, launches a browser with the
 * extension once Chromium has read it (storage.managed holds `policy`), runs `use`, and cleans up.
 * Skips the test when the policy directory is not writable.
 */
export async function withPolicyBrowser(
  fileName: string,
  policy: Record<string, unknown>,
  use: (browser: PolicyBrowser) => Promise<void>,
): Promise<void> {
  // Launches a browser of its own after writing the policy file.
  test.slow();
  const reason = await policyDirectoryWritable();
  test.skip(reason !== undefined, reason);
  const policyFile = `${POLICY_DIRECTORY}/${fileName}`;
  const server = await startStaticServer();
  let browser: Awaited<ReturnType<typeof launchWithExtension>> | undefined;
  try {
    await writeFile(policyFile, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }));
    browser = await launchWithExtension();
    const { context } = browser;
    const worker = await serviceWorkerOf(context);
    await expect
      .poll(() => worker.evaluate(() => chrome.storage.managed.get(null)), { timeout: 10_000 })
      .toEqual(policy);
    await use({ context, worker, server });
  } finally {
    await rm(policyFile, { force: true });
    // Leave no empty directories behind that we created.
    await rmdir(POLICY_DIRECTORY).catch(() => {});
    await rmdir(dirname(POLICY_DIRECTORY)).catch(() => {});
    if (browser) {
      await browser.context.close();
      await rm(browser.profile, { recursive: true, force: true });
    }
    await server.close();
  }
}
