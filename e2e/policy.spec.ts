/**
 * Enterprise policy: a value an administrator pushes (here through a real Chromium policy file,
 * as on a managed Linux machine) wins over the firm's stored value and is locked in the options
 * page. Chromium reads policy files at startup, so this spec launches its own browser after
 * writing the file, and removes the file whatever happens.
 */
import { constants } from 'node:fs';
import { access, mkdir, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { EXTENSION_ID } from '../src/shared/extension-id';
import { expect, launchWithExtension, serviceWorkerOf, test } from './fixtures';
import { startStaticServer } from './static-server.mjs';

const POLICY_DIRECTORY = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIRECTORY}/sms-compliance-checker-test.json`;
const POLICY_TERMS_URL = 'https://hartwelldiaz.com/policy-text-terms';

async function policyDirectoryWritable(): Promise<string | undefined> {
  try {
    await mkdir(POLICY_DIRECTORY, { recursive: true });
    await access(POLICY_DIRECTORY, constants.W_OK);
    return undefined;
  } catch (error) {
    return `${POLICY_DIRECTORY} is not writable (${(error as Error).message}); run the e2e tests as root to test enterprise policy.`;
  }
}

test('a value set by enterprise policy wins and is locked', async () => {
  // Launches a browser of its own after writing the policy file.
  test.slow();
  const reason = await policyDirectoryWritable();
  test.skip(reason !== undefined, reason);
  const server = await startStaticServer();
  let browser: Awaited<ReturnType<typeof launchWithExtension>> | undefined;
  try {
    await writeFile(
      POLICY_FILE,
      JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: { termsUrl: POLICY_TERMS_URL } } } }),
    );
    browser = await launchWithExtension();
    const { context } = browser;
    const worker = await serviceWorkerOf(context);
    // The firm's own stored value must lose to the policy.
    await worker.evaluate(() =>
      chrome.storage.sync.set({
        settingsVersion: 1,
        termsUrl: 'https://hartwelldiaz.com/stored-terms',
        firmName: 'HD',
      }),
    );
    await expect
      .poll(() => worker.evaluate(() => chrome.storage.managed.get(null)), { timeout: 10_000 })
      .toEqual({ termsUrl: POLICY_TERMS_URL });

    const options = await context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/src/options/index.html`);
    const termsField = options.getByLabel('Messaging terms URL');
    await expect(termsField).toHaveValue(POLICY_TERMS_URL);
    await expect(termsField).toBeDisabled();
    await expect(termsField).toHaveAttribute('aria-describedby', /field-termsUrl-locked/);
    await expect(options.locator('#field-termsUrl-locked')).toHaveText('Set by your organization');
    // Other fields stay editable, and saving leaves the policy value alone.
    await expect(options.getByLabel('Firm name')).toBeEditable();
    await options.getByLabel('Firm name').fill('Hartwell & Diaz');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect(options.getByRole('status')).toHaveText('Settings saved.');
    const stored = await worker.evaluate(() => chrome.storage.sync.get(null));
    expect(stored).toMatchObject({ firmName: 'Hartwell & Diaz', termsUrl: 'https://hartwelldiaz.com/stored-terms' });

    // What the checker uses is the policy value: the popup offers it as the terms link.
    const portal = await context.newPage();
    await portal.goto(server.url('portal.html'));
    const tabId = await options.evaluate(
      async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id,
      portal.url(),
    );
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${EXTENSION_ID}/src/popup/index.html?tab=${tabId}`);
    await expect(popup.getByRole('region', { name: 'Terms link' }).getByRole('link')).toHaveText(POLICY_TERMS_URL);
  } finally {
    await rm(POLICY_FILE, { force: true });
    // Leave no empty directories behind that we created.
    await rmdir(POLICY_DIRECTORY).catch(() => {});
    await rmdir(dirname(POLICY_DIRECTORY)).catch(() => {});
    if (browser) {
      await browser.context.close();
      await rm(browser.profile, { recursive: true, force: true });
    }
    await server.close();
  }
});
