/**
 * Which fields the content script follows (late, framed, shadow-root and script-set ones), which it
 * skips, where it does not run at all, and how its UI holds up against the page.
 */
import { checkerUi } from './checker-ui';
import {
  anyBadge,
  badge,
  card,
  checkerHost,
  EXPECTED,
  enabledFrameAttached,
  fieldText,
  fixButton,
  openCardFrom,
  SAMPLE,
  typeInto,
  underline,
  underlines,
} from './content-support';
import { expect, test } from './fixtures';

test('skipped fields (data-sms-check=off, disabled, read-only, hidden, non-message inputs) get no badge', async ({
  portal,
}) => {
  const { page } = portal;
  await portal.goto('content-skipped.html');
  await expect(portal.checkerHost).toHaveCount(1);
  // Focus what can be focused, so a badge would show if the field were attached.
  for (const id of ['#off-field', '#off-ancestor-field', '#readonly-field', '#search-field', '#off-editable']) {
    await page.locator(id).focus();
  }
  // The control field, focused last, gets its badge: the checker has scanned the page and handled
  // every focus before it, so a skipped field it had attached would have a badge by now too.
  await page.locator('#control-field').focus();
  await expect(badge(page)).toHaveAttribute('data-findings', /^[1-9]/);
  await expect(anyBadge(page)).toHaveCount(1);
  // Every underline belongs to the control field's layer.
  await expect(checkerUi(page, '.marks:has([data-rule-id])')).toHaveCount(1);
  await expect(underline(page, 'repeated-punctuation')).toHaveCount(1);
  await expect(underline(page, 'emoji')).toHaveCount(0);
  await expect(underline(page, 'public-url-shortener')).toHaveCount(0);
});

test('a field added later is followed, a script-set value re-checks it, and a removed field is detached', async ({
  portal,
}) => {
  const { page } = portal;
  await portal.goto('content-dynamic.html');
  await expect(portal.checkerHost).toHaveCount(1);
  await page.getByRole('button', { name: 'Add a field' }).click();
  const field = page.locator('#late-field');
  await typeInto(page, field, SAMPLE);
  await expect(badge(page)).toHaveAttribute('data-findings', String(EXPECTED.findings));

  // The page's own script assigns textarea.value: no input event, but the MAIN-world hook reports it.
  await page.getByRole('button', { name: 'Set value by script' }).click();
  await expect(field).toHaveValue('Your documents are ready 😀');
  await expect(underline(page, 'emoji')).toHaveCount(1);
  await expect(underline(page, 'all-caps')).toHaveCount(0);

  await page.getByRole('button', { name: 'Remove the field' }).click();
  await expect(anyBadge(page)).toHaveCount(0);
  await expect(underlines(page)).toHaveCount(0);
});

test('a script-set value is checked even when the field was never touched', async ({ portal }) => {
  const { page } = portal;
  await portal.goto('content-dynamic.html');
  await expect(portal.checkerHost).toHaveCount(1);
  await page.getByRole('button', { name: 'Add a field' }).click();
  await page.getByRole('button', { name: 'Set value by script' }).click();
  await expect(badge(page)).toBeVisible();
  await expect(underline(page, 'emoji')).toHaveCount(1);
});

test('fields in a same-origin iframe and in an open shadow root are checked', async ({ portal }) => {
  const { page } = portal;
  await portal.goto('content-frames.html');
  await expect(portal.checkerHost).toHaveCount(1);

  const frame = page.frameLocator('#frame');
  await expect(checkerHost(frame)).toHaveCount(1);
  await typeInto(page, frame.locator('#framed-field'), SAMPLE);
  await expect(badge(frame)).toHaveAttribute('data-findings', String(EXPECTED.findings));
  // The 160 px frame is too small for the card: the top document shows it (frame-card.spec.ts).
  await openCardFrom(page, underline(frame, 'emoji').first());
  await fixButton(page, 'emoji').click();
  await expect.poll(() => fieldText(frame.locator('#framed-field'))).toBe(EXPECTED.afterFix.emoji);

  const shadowField = page.locator('#shadow-field');
  await typeInto(page, shadowField, SAMPLE);
  await expect(badge(page)).toHaveAttribute('data-findings', String(EXPECTED.findings));
  await expect(underline(page, 'all-caps')).toHaveCount(1);
  await openCardFrom(page, underline(page, 'all-caps'));
  await fixButton(page, 'all-caps').click();
  await expect.poll(() => fieldText(shadowField)).toBe(EXPECTED.afterFix['all-caps']);
});

test('nothing is attached on a site that is not enabled', async ({ portal, server }) => {
  const { page } = portal;
  await page.goto(`http://127.0.0.1:${server.port}/content-basic.html`);
  await typeInto(page, page.locator('#textarea-field'), SAMPLE);
  // The checker attaches in a frame of an enabled site added after this page loaded: the
  // extension had its chance on this page, and took none.
  await enabledFrameAttached(page, server.port);
  await expect(portal.checkerHost).toHaveCount(0);
  await expect(anyBadge(page)).toHaveCount(0);
});

test('enabling a site registers the content script for it', async ({ portal, server, serviceWorker }) => {
  const { page } = portal;
  const origin = `http://127.0.0.1:${server.port}`;
  await serviceWorker.evaluate(async (site) => {
    await chrome.storage.local.set({ userState: { enabledSites: [site] } });
  }, origin);
  await expect
    .poll(() =>
      serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id)),
    )
    .toContain('sms-check-sites');
  await page.goto(`${origin}/content-basic.html`);
  await expect(portal.checkerHost).toHaveCount(1);
  await typeInto(page, page.locator('#textarea-field'), SAMPLE);
  await expect(badge(page)).toHaveAttribute('data-findings', String(EXPECTED.findings));
  // Switching it off again unregisters it.
  await serviceWorker.evaluate(() => chrome.storage.local.set({ userState: { enabledSites: [] } }));
  await expect
    .poll(() =>
      serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id)),
    )
    .not.toContain('sms-check-sites');
});

test('when the page removes our host element it comes back and keeps working', async ({ portal }) => {
  const { page } = portal;
  await portal.goto('content-dynamic.html');
  await expect(portal.checkerHost).toHaveCount(1);
  await page.getByRole('button', { name: 'Add a field' }).click();
  const field = page.locator('#late-field');
  await typeInto(page, field, 'Check bit.ly/abc now');
  await expect(underline(page, 'public-url-shortener')).toHaveCount(1);
  await page.getByRole('button', { name: 'Remove checker host' }).click();
  await expect(portal.checkerHost).toHaveCount(1);
  await field.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' 😀');
  await expect(underline(page, 'emoji')).toHaveCount(1);
  await expect(badge(page)).toBeVisible();
});

test('page CSS cannot hide or restyle the checker UI', async ({ portal }) => {
  const { page } = portal;
  await portal.goto('content-basic.html');
  await expect(portal.checkerHost).toHaveCount(1);
  await page.addStyleTag({
    content:
      // Our host's name is random: a page can only aim at it by its place, as a child of <html>.
      'html > :not(head):not(body) { display: none !important; opacity: 0 !important; } button { font-size: 40px !important; background: lime !important; }',
  });
  await typeInto(page, page.locator('#textarea-field'), SAMPLE);
  await expect(badge(page)).toBeVisible();
  const background = await badge(page).evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).not.toBe('rgb(0, 255, 0)');
});

test('page text is shown as text in the card, never as HTML', async ({ portal }) => {
  const { page } = portal;
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await portal.goto('content-basic.html');
  await expect(portal.checkerHost).toHaveCount(1);
  const payload = '<img src=x onerror=alert(1)>';
  await typeInto(page, page.locator('#textarea-field'), `${payload} 😀`);
  await openCardFrom(page, underline(page, 'emoji').first());
  await expect(card(page)).toContainText(payload);
  await expect(card(page).locator('img')).toHaveCount(0);
  await badge(page).click();
  await expect(card(page)).toContainText(payload);
  await expect(card(page).locator('img')).toHaveCount(0);
  // The page's own broken image, requested after both cards were drawn, has reported its error: an
  // <img src=x> made from the payload would have reported (and run its onerror) by now too.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const control = new Image();
        control.onerror = () => resolve();
        control.src = 'x';
      }),
  );
  expect(dialogs).toBe(0);
});
