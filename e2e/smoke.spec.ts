import { readFileSync } from 'node:fs';
import { EXTENSION_ID } from '../src/shared/extension-id';
import { createRequest } from '../src/shared/messages';
import { checkerUi } from './checker-ui';
import { enabledFrameAttached } from './content-support';
import { expect, test } from './fixtures';

/** The version the build stamps into the manifest (vite.config.ts), which the background reports. */
const packageVersion = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

test.describe('extension smoke test', () => {
  test('the service worker runs and has the stable extension id', async ({ serviceWorker, extensionId }) => {
    expect(extensionId).toBe(EXTENSION_ID);
    expect(serviceWorker.url()).toBe(`chrome-extension://${EXTENSION_ID}/service-worker-loader.js`);
  });

  test('the service worker answers a typed ping', async ({ popup }) => {
    await popup.goto();
    // The popup is an extension page, so it can message the service worker directly.
    const answer = await popup.page.evaluate(
      (request) => chrome.runtime.sendMessage(request),
      createRequest('background/ping'),
    );
    expect(answer).toMatchObject({ ok: true, result: { version: packageVersion } });
  });

  test('the content script mounts its shadow root on the portal without touching the editor', async ({ portal }) => {
    await portal.goto();
    await expect(portal.checkerHost).toHaveCount(1);
    // Its root is closed (element.shadowRoot is null for the page); the specs see into it through
    // DevTools (checker-ui.ts), and find its reset styles there.
    const host = await portal.checkerHost.evaluate((element) => ({
      parent: element.parentElement?.tagName,
      openShadowRoot: element.shadowRoot !== null,
    }));
    expect(host).toEqual({ parent: 'HTML', openShadowRoot: false });
    await expect
      .poll(() => checkerUi(portal.page, 'style').evaluate((style) => style.textContent?.includes(':host') ?? false))
      .toBe(true);

    // The portal keeps working as before.
    await portal.type('Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9am.');
    await expect(portal.page.getByText('69 characters')).toBeVisible();
    await portal.send();
    await expect(portal.thread.getByRole('listitem').last()).toContainText('Your hearing moved to 3/14 at 9am.');
    await expect(portal.composer).toHaveValue('');
  });

  test('the content script stays off sites that are not enabled', async ({ portal, server }) => {
    // 127.0.0.1 is in host_permissions (for tests of per-site enabling) but has no static content script.
    await portal.page.goto(`http://127.0.0.1:${server.port}/portal.html`);
    await expect(portal.composer).toBeVisible();
    // The checker attaches in a frame of an enabled site added after the portal loaded: the
    // extension had its chance on this page, and took none.
    await enabledFrameAttached(portal.page, server.port);
    await expect(portal.checkerHost).toHaveCount(0);
  });

  test('the popup renders', async ({ popup }) => {
    const errors: string[] = [];
    popup.page.on('pageerror', (error) => errors.push(error.message));
    await popup.goto();
    await expect(popup.heading).toHaveText('SMS Compliance Checker');
    expect(errors).toEqual([]);
  });

  test('the options page renders', async ({ optionsPage }) => {
    const errors: string[] = [];
    optionsPage.page.on('pageerror', (error) => errors.push(error.message));
    await optionsPage.goto();
    await expect(optionsPage.heading).toHaveText('Settings');
    await expect(optionsPage.page).toHaveTitle(/Settings/);
    expect(errors).toEqual([]);
  });
});
