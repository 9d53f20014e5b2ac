/**
 * `npm run screenshots`: PNGs of the in-page card, the popup and the options page, taken from the
 * built test build (dist-test/, which runs on the demo portal), into docs/screenshots/. Run `npm run build` first.
 * The in-page card is skipped, with a message, when the content UI is not there.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { checkerUi, registerCheckerSelectors, revealCheckerUi } from '../e2e/checker-ui';
import { CHROMIUM_PATH } from '../e2e/paths';
import { startStaticServer } from '../e2e/static-server.mjs';
import { EXTENSION_ID } from '../src/shared/extension-id';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist-test');
const OUTPUT = join(ROOT, 'docs', 'screenshots');

const SAMPLE_SETTINGS = {
  settingsVersion: 1,
  firmName: 'Hartwell & Diaz',
  firmDomains: ['hartwelldiaz.com'],
  termsUrl: 'https://hartwelldiaz.com/text-terms',
  privacyUrl: 'https://hartwelldiaz.com/privacy',
  firmPhoneNumbers: ['+14155550134'],
};
const SAMPLE_MESSAGE =
  'Hi Maria, your hearing moved to 3/14 — please confirm!!! Upload your documents at https://bit.ly/hd-docs';

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  const path = join(OUTPUT, name);
  await page.screenshot({ path, fullPage });
  console.log(`wrote ${path}`);
}

async function tabIdOf(context: BrowserContext, url: string): Promise<number | undefined> {
  const helper = await context.newPage();
  await helper.goto(`chrome-extension://${EXTENSION_ID}/src/popup/index.html?tab=-1`);
  const id = await helper.evaluate(
    async (wanted) => (await chrome.tabs.query({})).find((tab) => tab.url === wanted)?.id,
    url,
  );
  await helper.close();
  return id;
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('No build in dist-test/: run `npm run build` first.');
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}; set CHROMIUM_PATH.`);
  await mkdir(OUTPUT, { recursive: true });
  const server = await startStaticServer();
  const profile = await mkdtemp(join(tmpdir(), 'sms-check-screens-'));
  // The in-page UI is in a closed shadow root: see into it the way the e2e specs do.
  await registerCheckerSelectors();
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: CHROMIUM_PATH,
    colorScheme: 'light',
    deviceScaleFactor: 2,
    args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--no-first-run'],
  });
  await revealCheckerUi(context);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate((settings) => chrome.storage.sync.set(settings), SAMPLE_SETTINGS);

    const portal = await context.newPage();
    await portal.setViewportSize({ width: 1100, height: 760 });
    await portal.goto(server.url('portal.html'));
    await portal.locator('#message').click();
    await portal.locator('#message').pressSequentially(SAMPLE_MESSAGE);
    const badge = checkerUi(portal, '[data-sms-badge]').filter({ visible: true });
    try {
      await badge.waitFor({ state: 'visible', timeout: 5_000 });
      await badge.click();
      await checkerUi(portal, '[data-sms-card]').waitFor({ state: 'visible', timeout: 5_000 });
      await shoot(portal, 'in-page-card.png');
    } catch {
      console.warn('skipped in-page-card.png: the in-page badge or card did not appear (content UI not built yet?)');
    }

    const tabId = await tabIdOf(context, portal.url());
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 720 });
    await popup.goto(`chrome-extension://${EXTENSION_ID}/src/popup/index.html?tab=${tabId ?? ''}`);
    await popup.getByRole('heading', { level: 1 }).waitFor();
    await popup
      .getByRole('region', { name: 'Result' })
      .waitFor({ timeout: 5_000 })
      .catch(() => console.warn('popup: no findings shown (content script not answering?)'));
    await shoot(popup, 'popup.png', true);

    const options = await context.newPage();
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.goto(`chrome-extension://${EXTENSION_ID}/src/options/index.html`);
    await options.getByLabel('Firm name').waitFor();
    await options.waitForFunction(() => (document.getElementById('field-firmName') as HTMLInputElement | null)?.value);
    await shoot(options, 'options.png');
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
