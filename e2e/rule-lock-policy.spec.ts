/**
 * An administrator keeps checks on by pushing `ruleSeverity` by policy: the severities are locked,
 * and neither the card nor the popup offers "Turn off this check" ("Ignore" stays). Chromium reads
 * policy files at start, so this spec launches its own browser and removes the file whatever happens.
 */
import { constants } from 'node:fs';
import { access, mkdir, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { EXTENSION_ID } from '../src/shared/extension-id';
import { card, openCardFrom, underline } from './content-support';
import { expect, launchWithExtension, serviceWorkerOf, test } from './fixtures';
import { openPopupFor } from './settings-helpers';
import { startStaticServer } from './static-server.mjs';

const POLICY_DIRECTORY = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIRECTORY}/sms-compliance-checker-rule-lock-test.json`;

async function policyDirectoryWritable(): Promise<string | undefined> {
  try {
    await mkdir(POLICY_DIRECTORY, { recursive: true });
    await access(POLICY_DIRECTORY, constants.W_OK);
    return undefined;
  } catch (error) {
    return `${POLICY_DIRECTORY} is not writable (${(error as Error).message}); run the e2e tests as root to test enterprise policy.`;
  }
}

test('checks locked on by policy offer "Ignore" but no "Turn off this check"', async () => {
  test.slow();
  const reason = await policyDirectoryWritable();
  test.skip(reason !== undefined, reason);
  const server = await startStaticServer();
  let browser: Awaited<ReturnType<typeof launchWithExtension>> | undefined;
  try {
    // The default severity, so a browser another test starts meanwhile checks as usual.
    await writeFile(
      POLICY_FILE,
      JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: { ruleSeverity: { emoji: 'error' } } } } }),
    );
    browser = await launchWithExtension();
    const { context } = browser;
    const worker = await serviceWorkerOf(context);
    await expect
      .poll(() => worker.evaluate(() => chrome.storage.managed.get(null)), { timeout: 10_000 })
      .toEqual({ ruleSeverity: { emoji: 'error' } });
    await worker.evaluate(() => chrome.storage.sync.set({ settingsVersion: 1, firmName: 'Hartwell & Diaz' }));

    const page = await context.newPage();
    await page.goto(server.url('portal.html'));
    await page.locator('#message').click();
    await page.keyboard.type('Hartwell & Diaz: see you at 3pm 🎉');
    await openCardFrom(page, underline(page, 'emoji'));
    await expect(card(page).getByRole('button', { name: 'Ignore' })).toBeVisible();
    await expect(card(page).getByRole('button', { name: 'Turn off this check' })).toHaveCount(0);

    const popup = await openPopupFor(context, EXTENSION_ID, page);
    const emoji = popup.getByRole('region', { name: 'Findings' }).locator('[data-rule-id="emoji"]');
    await expect(emoji.getByRole('button', { name: 'Ignore' })).toBeVisible();
    await expect(emoji.getByRole('button', { name: 'Turn off this check' })).toHaveCount(0);
  } finally {
    await rm(POLICY_FILE, { force: true });
    await rmdir(POLICY_DIRECTORY).catch(() => {});
    await rmdir(dirname(POLICY_DIRECTORY)).catch(() => {});
    if (browser) {
      await browser.context.close();
      await rm(browser.profile, { recursive: true, force: true });
    }
    await server.close();
  }
});
