import AxeBuilder from '@axe-core/playwright';
import { badge } from './content-support';
import { expect, serviceWorkerOf, test } from './fixtures';
import { openPopupFor, setSyncSettings, tabIdOf } from './settings-helpers';

test('empty states: no field in use, and no terms link yet (with a way to the options)', async ({
  portal,
  context,
  extensionId,
}) => {
  await portal.goto();
  await expect(portal.checkerHost).toHaveCount(1);
  const popup = await openPopupFor(context, extensionId, portal.page);
  // Depending on whether the page focused its message box: no field yet, or an empty one.
  await expect(popup.getByRole('heading', { name: /No message field in use|Nothing typed yet/ })).toBeVisible();
  await expect(popup.getByText("Your firm's terms link is not set yet.")).toBeVisible();
  const optionsOpened = context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Set it in the options' }).click();
  const options = await optionsOpened;
  await expect(options).toHaveURL(/src\/options\/index\.html/);
});

test('a site that is not enabled can be turned on from the popup', async ({ portal, server, context, extensionId }) => {
  const origin = `http://127.0.0.1:${server.port}`;
  await portal.page.goto(`${origin}/portal.html`);
  const popup = await openPopupFor(context, extensionId, portal.page);
  await expect(popup.getByText('This site is not being checked.')).toBeVisible();
  const toggle = popup.getByRole('switch', { name: 'Check messages on this site' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(popup.getByRole('status')).toHaveText(`Checking messages on ${origin}.`);
  await expect(toggle).toBeChecked();
  const worker = await serviceWorkerOf(context);
  expect(await worker.evaluate(() => chrome.storage.local.get(null))).toMatchObject({
    userState: { enabledSites: [origin] },
  });
  // The checker runs on the page (injected now, or at the latest after a reload).
  await expect
    .poll(
      async () => {
        if ((await portal.checkerHost.count()) === 0) await portal.page.reload();
        return portal.checkerHost.count();
      },
      { timeout: 10_000, intervals: [1_000, 2_000] },
    )
    .toBe(1);
  await toggle.uncheck();
  await expect(toggle).not.toBeChecked();
});

test('a site enabled by the firm shows no switch', async ({ portal, server, context, extensionId, serviceWorker }) => {
  await setSyncSettings(serviceWorker, { portalSites: [`http://127.0.0.1:${server.port}/*`] });
  await portal.page.goto(`http://127.0.0.1:${server.port}/portal.html`);
  const popup = await openPopupFor(context, extensionId, portal.page);
  await expect(popup.getByText(/one of your firm's portal sites/)).toBeVisible();
  await expect(popup.getByRole('switch', { name: 'Check messages on this site' })).toHaveCount(0);
});

test('the popup passes axe with no serious or critical violations', async ({
  portal,
  context,
  extensionId,
  serviceWorker,
}) => {
  await setSyncSettings(serviceWorker, {
    firmName: 'Hartwell & Diaz',
    termsUrl: 'https://hartwelldiaz.com/text-terms',
  });
  await portal.goto();
  await portal.type('Hi Maria — your hearing moved to 3/14!!! Call https://bit.ly/hd');
  test.setTimeout(90_000);
  const popup = await openPopupFor(context, extensionId, portal.page);
  await expect(popup.getByRole('region', { name: 'Result' })).toBeVisible();
  for (const summary of await popup.locator('summary').all()) await summary.click();
  const results = await new AxeBuilder({ page: popup }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the toolbar button shows the count and verdict of the field in use, and a new page clears it', async ({
  portal,
  context,
  extensionId,
  serviceWorker,
}) => {
  const { page } = portal;
  await portal.goto();
  await portal.type('Hi 😀 see bit.ly/x');
  const tabId = await tabIdOf(context, extensionId, page);
  const toolbarOf = () =>
    serviceWorker.evaluate(
      async (id) => ({
        text: await chrome.action.getBadgeText({ tabId: id }),
        title: await chrome.action.getTitle({ tabId: id }),
      }),
      tabId,
    );
  // Read together until they agree: right after typing, the badge may still show the answer for
  // an earlier keystroke, and the toolbar follows it once typing pauses.
  await expect
    .poll(async () => {
      const count = await badge(page).getAttribute('data-findings');
      const toolbar = await toolbarOf();
      return Number(count) >= 2 && toolbar.text === count
        ? toolbar.title === `SMS Compliance Checker: ${count} issues, likely to be blocked`
        : { count, toolbar };
    })
    .toBe(true);

  // The compose box goes away (a closed dialog in a single-page app): its count does not stay.
  await portal.composer.evaluate((element) => element.remove());
  await expect.poll(toolbarOf).toEqual({ text: '', title: 'SMS Compliance Checker' });

  // A new page clears it too.
  await portal.goto();
  await portal.type('Hi 😀 again');
  await expect.poll(async () => (await toolbarOf()).text).not.toBe('');
  await portal.goto();
  await expect.poll(async () => (await toolbarOf()).text).toBe('');
});
