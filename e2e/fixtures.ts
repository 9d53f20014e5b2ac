/**
 * Playwright fixtures for testing the built extension (dist/) in headless Chromium.
 *
 * - `context`: a persistent Chromium profile with the extension loaded. Launching Chromium costs
 *   seconds, so one browser serves all tests of a worker; after each test the pages it opened are
 *   closed and the extension's storage is cleared. A test that needs a brand-new browser (e.g. to
 *   pick up an enterprise policy file) calls `launchWithExtension()` itself.
 * - `extensionId`: read from the service worker's URL (equals EXTENSION_ID thanks to manifest.key).
 * - `server`: a static server for e2e/pages, one per worker, addressed as http://localhost:<port>.
 * - page objects: `portal`, `popup`, `optionsPage`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, test as base, chromium, type Worker } from '@playwright/test';
import { EXTENSION_ID } from '../src/shared/extension-id';
import { registerCheckerSelectors, revealCheckerUi } from './checker-ui';
import { OptionsPage, PopupPage, PortalPage } from './page-objects';
import { CHROMIUM_PATH, EXTENSION_DIRECTORY } from './paths';
import { type StaticServer, startStaticServer } from './static-server.mjs';

/**
 * What a time limit in a test is multiplied by on CI: a shared 2-core machine running two browsers
 * at once is several times slower at its worst than a developer's. The limits catch a hang or a
 * checker that does the whole text per keystroke, not a few milliseconds; npm run bench:browser
 * holds the real targets.
 */
export const LOAD_ALLOWANCE = process.env.CI ? 3 : 1;

interface ExtensionFixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  portal: PortalPage;
  popup: PopupPage;
  optionsPage: OptionsPage;
}

interface WorkerFixtures {
  server: StaticServer;
  extensionBrowser: BrowserContext;
}

export interface LaunchOptions {
  /**
   * Let the specs see the checker's closed shadow root (checker-ui.ts). Default true; the hostile
   * page spec turns it off, so its page is exactly a page on the web.
   */
  revealUi?: boolean;
}

/** Launches Chromium with only our extension, on a throwaway profile. */
export async function launchWithExtension(
  extensionDirectory = EXTENSION_DIRECTORY,
  { revealUi = true }: LaunchOptions = {},
): Promise<{ context: BrowserContext; profile: string }> {
  // Selector engines apply to contexts created after they are registered.
  await registerCheckerSelectors();
  const profile = await mkdtemp(join(tmpdir(), 'sms-check-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: CHROMIUM_PATH,
    args: [
      `--disable-extensions-except=${extensionDirectory}`,
      `--load-extension=${extensionDirectory}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // The static server listens on 127.0.0.1; "localhost" must not resolve to [::1] first, where
      // another process of a shared machine could answer.
      '--host-resolver-rules=MAP localhost 127.0.0.1',
    ],
  });
  if (revealUi) await revealCheckerUi(context);
  return { context, profile };
}

/** The extension's service worker (MV3 may stop it when idle; a message or event restarts it). */
export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  // The newest: after a test stopped the worker, Playwright may still list the stopped one first.
  return context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
}

/**
 * Waits until the background has unregistered the content scripts of sites a test switched on (it
 * does so when it hears of the storage change), so that the next test starts without them.
 */
async function contentScriptsUnregistered(context: BrowserContext): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const worker = context.serviceWorkers().at(-1);
    const registered = await worker
      ?.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)
      .catch(() => undefined);
    // No worker to ask (stopped): it re-registers from the cleared storage when it starts.
    if (registered === undefined || registered === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Empties storage.local, storage.session and storage.sync so the next test starts from defaults.
 * Runs in the service worker, or in an extension page when Chrome has stopped the idle worker
 * (waiting for the worker to come back by itself could take forever).
 */
export async function clearExtensionStorage(context: BrowserContext): Promise<void> {
  const clear = () =>
    Promise.all([chrome.storage.local.clear(), chrome.storage.session.clear(), chrome.storage.sync.clear()]).then(
      () => undefined,
    );
  // The newest worker: after a test stopped the worker, Playwright may still list the stopped one first.
  const worker = context.serviceWorkers().at(-1);
  if (worker) {
    const cleared = await Promise.race([
      worker.evaluate(clear).then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2_000)),
    ]);
    if (cleared) return;
  }
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${EXTENSION_ID}/src/options/index.html`);
    await page.evaluate(clear);
  } finally {
    await page.close();
  }
}

export const test = base.extend<ExtensionFixtures, WorkerFixtures>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring pattern.
    async ({}, use) => {
      const server = await startStaticServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  extensionBrowser: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring pattern.
    async ({}, use) => {
      const { context, profile } = await launchWithExtension();
      await use(context);
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],

  context: async ({ extensionBrowser }, use) => {
    const pagesBefore = new Set(extensionBrowser.pages());
    await use(extensionBrowser);
    await Promise.all(extensionBrowser.pages().map((page) => (pagesBefore.has(page) ? undefined : page.close())));
    await clearExtensionStorage(extensionBrowser);
    await contentScriptsUnregistered(extensionBrowser);
  },

  serviceWorker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },

  extensionId: async ({ serviceWorker }, use) => {
    // chrome-extension://<id>/service-worker-loader.js
    await use(new URL(serviceWorker.url()).host);
  },

  portal: async ({ context, server }, use) => {
    await use(new PortalPage(await context.newPage(), server));
  },

  popup: async ({ context, extensionId }, use) => {
    await use(new PopupPage(await context.newPage(), extensionId));
  },

  optionsPage: async ({ context, extensionId }, use) => {
    await use(new OptionsPage(await context.newPage(), extensionId));
  },
});

export { expect } from '@playwright/test';
