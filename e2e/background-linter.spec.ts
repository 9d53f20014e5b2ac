/**
 * Long texts, and every text until the in-page linter has started, are linted in the background
 * (service worker): what the user sees when Chrome stops the idle worker, and when the extension
 * is reloaded under an open page (whose in-page linter must stop too, and whose underlines go),
 * and what the popup says about such a page.
 */
import { rm } from 'node:fs/promises';
import { BACKGROUND_LINTED_TEXT, badge, card, underline, untilLintedInPage } from './content-support';
import { expect, launchWithExtension, serviceWorkerOf, test } from './fixtures';
import { PortalPage } from './page-objects';
import { openPopupFor } from './settings-helpers';

test('checking goes on after Chrome stops the idle service worker', async ({ server }) => {
  // A browser of its own: the stopped worker stays listed in Playwright's context afterwards.
  const { context, profile } = await launchWithExtension();
  try {
    const portal = new PortalPage(await context.newPage(), server);
    const { page } = portal;
    const extensionId = new URL((await serviceWorkerOf(context)).url()).host;
    await portal.goto();
    await portal.type('Hi, see bit.ly/abc');
    await expect(underline(page, 'public-url-shortener')).toHaveCount(1);

    // What Chrome does to an idle worker after 30 seconds: the content script's port closes.
    const internals = await context.newPage();
    await internals.goto('chrome://serviceworker-internals/');
    await expect(internals.getByText(`chrome-extension://${extensionId}/`, { exact: true })).toBeVisible();
    await internals.getByRole('button', { name: 'Stop', exact: true }).first().click();
    await expect(internals.getByText('STOPPED', { exact: true }).first()).toBeVisible();
    await internals.close();

    // A text only the background lints: the worker starts again from cold to answer.
    await portal.composer.fill(`😀 ${BACKGROUND_LINTED_TEXT}`);
    // fill() leaves the caret, and the view, at the end: the findings are at the top.
    await portal.composer.evaluate((field) => field.scrollTo(0, 0));
    await expect(badge(page)).toHaveAttribute('data-linter', 'background', { timeout: 15_000 });
    await expect(underline(page, 'emoji')).toHaveCount(1, { timeout: 15_000 });
    await expect(underline(page, 'public-url-shortener')).toHaveCount(1);
    await expect(badge(page)).not.toHaveAttribute('data-verdict', 'unavailable');
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('after the extension is reloaded under an open page, the badge says so instead of going stale', async ({
  server,
}) => {
  const { context, profile } = await launchWithExtension();
  try {
    const portal = new PortalPage(await context.newPage(), server);
    const { page } = portal;
    await portal.goto();
    await portal.type('Hi 😀');
    await expect(underline(page, 'emoji')).toHaveCount(1);
    // The in-page linter too, so that both must notice the extension is gone.
    await untilLintedInPage(page, portal.composer);

    const worker = await serviceWorkerOf(context);
    // Typing must come after the old extension is gone, or the old worker could still answer it.
    const gone = worker.waitForEvent('close', { timeout: 15_000 });
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await gone;

    await page.keyboard.type(' more');
    await expect(badge(page)).toHaveAttribute('data-verdict', 'unavailable');
    await expect(badge(page)).toHaveText('!');
    await expect(badge(page)).not.toHaveAttribute('data-linter');
    await expect(badge(page)).toHaveAttribute('aria-label', /unavailable.*Reload the page/);
    await badge(page).click();
    await expect(card(page)).toContainText('SMS check unavailable');
    await expect(card(page)).toContainText('Reload the page');
    // The page itself is untouched: what the user typed is all there.
    await expect(portal.composer).toHaveValue(/^Hi 😀 +more$/);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('after the extension is reloaded under a contenteditable field, its highlights go with it', async ({ server }) => {
  const { context, profile } = await launchWithExtension();
  try {
    const portal = new PortalPage(await context.newPage(), server);
    const { page } = portal;
    await portal.goto('content-basic.html');
    const field = page.locator('#editable-field');
    await field.click();
    await page.keyboard.type('Hi 😀 see bit.ly/abc');
    await expect(underline(page, 'emoji')).toHaveCount(1);
    // The underlines of a contenteditable are CSS Custom Highlight ranges, in the page's registry.
    const highlightedRanges = () =>
      page.evaluate(() => {
        let ranges = 0;
        for (const highlight of CSS.highlights.values()) ranges += highlight.size;
        return ranges;
      });
    await expect.poll(highlightedRanges).toBeGreaterThan(0);

    const worker = await serviceWorkerOf(context);
    const gone = worker.waitForEvent('close', { timeout: 15_000 });
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await gone;

    // Without a key pressed: the page hears of it when the lint channel closes.
    await expect(badge(page)).toHaveAttribute('data-verdict', 'unavailable');
    await expect.poll(highlightedRanges).toBe(0);
    await expect(underline(page, 'emoji')).toHaveCount(0);
    // Typing on changes nothing of that.
    await page.keyboard.type(' 😀');
    await expect(badge(page)).toHaveText('!');
    await expect.poll(highlightedRanges).toBe(0);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('the popup of a page opened before the extension was updated says to reload it, and the reload brings the checker back', async ({
  server,
}) => {
  const { context, profile } = await launchWithExtension();
  try {
    const portal = new PortalPage(await context.newPage(), server);
    await portal.goto();
    await portal.type('Hi 😀');
    await expect(underline(portal.page, 'emoji')).toHaveCount(1);

    const worker = await serviceWorkerOf(context);
    const extensionId = new URL(worker.url()).host;
    const gone = worker.waitForEvent('close', { timeout: 15_000 });
    const restarted = context.waitForEvent('serviceworker', { timeout: 15_000 });
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await gone;
    await restarted;

    const popup = await openPopupFor(context, extensionId, portal.page);
    await expect(popup.getByRole('heading', { name: 'The extension was updated: reload this page' })).toBeVisible({
      timeout: 10_000,
    });
    await popup.getByRole('button', { name: 'Reload the page' }).click();
    await expect(popup.getByRole('heading', { name: /No message field in use|Nothing typed yet/ })).toBeVisible({
      timeout: 10_000,
    });
    await expect(portal.checkerHost).toHaveCount(1);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});
