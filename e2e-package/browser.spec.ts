/**
 * The packages in Chromium: the store zip loaded unpacked (what a store install runs), and a firm's
 * enterprise package with its managed policy, loaded unpacked and force-installed by policy from a
 * self-hosted updates.xml, checking the firm's portal with no permission prompt.
 *
 * Chromium reads policy from /etc/chromium/policies/managed at start (root can write there, as in
 * e2e/policy.spec.ts); each test removes its file whatever happens.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Browser, chromium, expect, type Page, test, type Worker } from '@playwright/test';
import { checkerUiMarkup, HOST_PREFIX } from '../e2e/checker-ui';
import { checkerHost, underline } from '../e2e/content-support';
import { launchWithExtension, serviceWorkerOf } from '../e2e/fixtures';
import { CHROMIUM_PATH } from '../e2e/paths';
import { POLICY_DIRECTORY, policyDirectoryWritable } from '../e2e/policy-directory';
import { type StaticServer, startStaticServer } from '../e2e/static-server.mjs';
import { extensionIdFromKey, manifestKeyOfPem, updateManifest } from '../scripts/release/release';
import { readZip } from '../scripts/release/zip';
import { EXTENSION_ID } from '../src/shared/extension-id';
import { createRequest } from '../src/shared/messages';
import {
  ENTERPRISE_DIRECTORY,
  ENTERPRISE_NAMES,
  STORE_DIRECTORY,
  STORE_NAMES,
  TEST_SIGNING_KEY,
  VERSION,
} from './release-paths';

const POLICY_FILE = `${POLICY_DIRECTORY}/sms-compliance-checker-package-test.json`;

async function removePolicy(): Promise<void> {
  await rm(POLICY_FILE, { force: true });
  await rmdir(POLICY_DIRECTORY).catch(() => {});
  await rmdir(dirname(POLICY_DIRECTORY)).catch(() => {});
}

/** Unzips a package into a new directory, as "Load unpacked" would take it. */
async function unpack(zipPath: string): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'sms-check-unpacked-'));
  for (const [path, content] of await readZip(await readFile(zipPath))) {
    await mkdir(join(directory, path, '..'), { recursive: true });
    await writeFile(join(directory, path), content);
  }
  return directory;
}

/** The Chrome id of the throwaway key the enterprise package was signed with (a firm's own key). */
async function enterpriseId(): Promise<string> {
  return extensionIdFromKey(manifestKeyOfPem(await readFile(TEST_SIGNING_KEY, 'utf8')));
}

/** The portal is checked: typing an emoji draws its underline, with no prompt and no user click. */
async function expectPortalChecked(page: Page, server: StaticServer): Promise<void> {
  await page.goto(server.url('portal.html'));
  await expect(checkerHost(page)).toHaveCount(1, { timeout: 15_000 });
  await page.locator('#message').click();
  await page.keyboard.type('Hartwell & Diaz: your hearing moved 🎉');
  await expect(underline(page, 'emoji')).toHaveCount(1, { timeout: 15_000 });
}

function siteAccessOf(worker: Worker, origin: string): Promise<boolean> {
  return worker.evaluate((pattern) => chrome.permissions.contains({ origins: [pattern] }), `${origin}/*`);
}

test('the store zip loads unpacked: its own id, the package version, popup and options, and no site access until asked', async () => {
  const directory = await unpack(join(STORE_DIRECTORY, STORE_NAMES.chrome));
  const server = await startStaticServer();
  let browser: Awaited<ReturnType<typeof launchWithExtension>> | undefined;
  try {
    browser = await launchWithExtension(directory);
    const { context } = browser;
    const worker = await serviceWorkerOf(context);
    const extensionId = new URL(worker.url()).host;
    // Without the key the id is Chrome's own (from the folder here, from the store's key there).
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    expect(extensionId).not.toBe(EXTENSION_ID);

    const errors: string[] = [];
    const popup = await context.newPage();
    popup.on('pageerror', (error) => errors.push(error.message));
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText('SMS Compliance Checker');
    const answer = await popup.evaluate(
      (request) => chrome.runtime.sendMessage(request),
      createRequest('background/ping'),
    );
    expect(answer).toMatchObject({ ok: true, result: { version: VERSION } });

    const options = await context.newPage();
    options.on('pageerror', (error) => errors.push(error.message));
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await expect(options.getByRole('heading', { level: 1 })).toHaveText('Settings');

    // http://localhost is no demo portal in the shipped build: no access there, no content script
    // registered, none in the manifest. (The popup shows the site switch once the user's click on
    // the toolbar button lends it the tab: activeTab, which a test cannot press.)
    expect(await siteAccessOf(worker, server.origin)).toBe(false);
    expect(await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    expect(await worker.evaluate(() => chrome.runtime.getManifest().content_scripts)).toBeUndefined();
    expect(errors).toEqual([]);
  } finally {
    await browser?.context.close();
    if (browser) await rm(browser.profile, { recursive: true, force: true });
    await server.close();
    await rm(directory, { recursive: true, force: true });
  }
});

test("the enterprise package with the firm's policy checks the portal with no prompt", async () => {
  test.slow();
  const reason = await policyDirectoryWritable();
  test.skip(reason !== undefined, reason);
  const directory = await unpack(join(ENTERPRISE_DIRECTORY, ENTERPRISE_NAMES.chrome));
  const server = await startStaticServer();
  const id = await enterpriseId();
  let browser: Awaited<ReturnType<typeof launchWithExtension>> | undefined;
  try {
    await writeFile(
      POLICY_FILE,
      JSON.stringify({ '3rdparty': { extensions: { [id]: { portalSites: [`${server.origin}/*`] } } } }),
    );
    browser = await launchWithExtension(directory);
    const worker = await serviceWorkerOf(browser.context);
    expect(new URL(worker.url()).host).toBe(id);
    // The manifest's host permission: granted at install, no prompt.
    expect(await siteAccessOf(worker, 'http://localhost')).toBe(true);
    await expectPortalChecked(await browser.context.newPage(), server);
  } finally {
    await removePolicy();
    await browser?.context.close();
    if (browser) await rm(browser.profile, { recursive: true, force: true });
    await server.close();
    await rm(directory, { recursive: true, force: true });
  }
});

test('force-installed by policy from a self-hosted updates.xml, it checks the portal with no prompt', async () => {
  test.slow();
  const reason = await policyDirectoryWritable();
  test.skip(reason !== undefined, reason);
  // The firm's web server: the .crx and its updates.xml.
  const hosting = await mkdtemp(join(tmpdir(), 'sms-check-hosting-'));
  const server = await startStaticServer();
  const updates = await startStaticServer({ root: hosting });
  const id = await enterpriseId();
  // By IP: the extension updater's fetches do not take the browser's --host-resolver-rules.
  const hostedUrl = (name: string) => `http://127.0.0.1:${updates.port}/${name}`;
  const profile = await mkdtemp(join(tmpdir(), 'sms-check-force-'));
  let chromiumProcess: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    await copyFile(join(ENTERPRISE_DIRECTORY, ENTERPRISE_NAMES.crx), join(hosting, ENTERPRISE_NAMES.crx));
    await writeFile(
      join(hosting, 'updates.xml'),
      updateManifest({ appId: id, version: VERSION, crxUrl: hostedUrl(ENTERPRISE_NAMES.crx) }),
    );
    await writeFile(
      POLICY_FILE,
      JSON.stringify({
        ExtensionSettings: {
          [id]: {
            installation_mode: 'force_installed',
            update_url: hostedUrl('updates.xml'),
            toolbar_pin: 'force_pinned',
          },
        },
        '3rdparty': { extensions: { [id]: { portalSites: [`${server.origin}/*`] } } },
      }),
    );
    // A browser as a user starts it, without --load-extension: Playwright's own launch turns
    // extensions off (and a force-installed one then never starts), so it only connects over CDP.
    chromiumProcess = spawn(
      CHROMIUM_PATH,
      [
        '--headless=new',
        '--no-sandbox',
        `--user-data-dir=${profile}`,
        '--no-first-run',
        '--no-default-browser-check',
        '--remote-debugging-port=0',
        '--host-resolver-rules=MAP localhost 127.0.0.1',
        'about:blank',
      ],
      { stdio: 'ignore' },
    );
    const activePort = join(profile, 'DevToolsActivePort');
    await expect.poll(() => readFile(activePort, 'utf8').catch(() => ''), { timeout: 15_000 }).toMatch(/^\d+\n/);
    const port = (await readFile(activePort, 'utf8')).split('\n')[0];
    // Installed and running: the browser fetched updates.xml, then the .crx, and started its worker.
    await expect
      .poll(
        async () => {
          const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { url: string }[];
          return targets.some((target) => target.url === `chrome-extension://${id}/service-worker-loader.js`);
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const context = browser.contexts()[0];
    if (!context) throw new Error('no browser context over CDP');
    // The specs' selector engines do not reach a connected browser's context; the checker's closed
    // root is read over DevTools instead (checkerUiMarkup).
    const page = await context.newPage();
    await page.goto(server.url('portal.html'));
    await expect
      .poll(() =>
        page.evaluate(
          (prefix) => [...document.documentElement.children].some((element) => element.localName.startsWith(prefix)),
          HOST_PREFIX,
        ),
      )
      .toBe(true);
    await page.locator('#message').click();
    await page.keyboard.type('Hartwell & Diaz: your hearing moved 🎉');
    await expect.poll(() => checkerUiMarkup(page), { timeout: 15_000 }).toContain('data-rule-id="emoji"');
  } finally {
    await removePolicy();
    await browser?.close();
    if (chromiumProcess && chromiumProcess.exitCode === null) {
      const exited = new Promise((resolve) => chromiumProcess?.once('exit', resolve));
      chromiumProcess.kill();
      await exited;
    }
    await server.close();
    await updates.close();
    await rm(profile, { recursive: true, force: true, maxRetries: 5 });
    await rm(hosting, { recursive: true, force: true });
  }
});
