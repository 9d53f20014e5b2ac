/**
 * A composer in a cross-origin frame (issue 11, part 5): the checker runs in a frame only where
 * the frame's own origin is enabled and permitted. On a site that is checked, the popup names the
 * frame it cannot reach and grants it with one button; the checker then runs in the frame without
 * a reload. (Turning a site on asks for its frames in the same request: src/popup/frame-access.test.tsx.)
 */
import { checkerHost, EXPECTED, SAMPLE } from './content-support';
import { expect, serviceWorkerOf, test } from './fixtures';
import { openPopupFor } from './settings-helpers';

test('the popup names a cross-origin frame the checker cannot reach, and its button starts the checker there', async ({
  portal,
  server,
  context,
  extensionId,
}) => {
  const frameOrigin = `http://127.0.0.1:${server.port}`;
  await portal.goto('cross-origin-frame.html');
  const frame = portal.page.frameLocator('#vendor-frame');
  await expect(frame.locator('#framed-field')).toBeVisible();

  const popup = await openPopupFor(context, extensionId, portal.page);
  const notice = popup.getByRole('region', { name: 'Frames not checked' });
  await expect(notice).toContainText(`a frame from 127.0.0.1:${server.port} that the checker cannot reach yet`);
  await notice.getByRole('button', { name: `Check messages in 127.0.0.1:${server.port} too` }).click();
  await expect(popup.getByRole('status')).toHaveText(`Checking messages in the frame from ${frameOrigin} too.`);
  await expect(notice).toBeHidden();
  const worker = await serviceWorkerOf(context);
  expect(await worker.evaluate(() => chrome.storage.local.get(null))).toMatchObject({
    userState: { enabledSites: [frameOrigin] },
  });
  await popup.close();

  // The checker runs in the frame now, without a reload: what is typed there reaches the popup.
  // (The specs' view of our closed root does not reach into an out-of-process frame: the popup does.)
  await expect(checkerHost(frame)).toHaveCount(1);
  await frame.locator('#framed-field').click();
  await portal.page.keyboard.type(SAMPLE);
  const again = await openPopupFor(context, extensionId, portal.page);
  await expect(again.getByRole('region', { name: 'Result' })).toHaveAttribute('data-verdict', EXPECTED.verdict);
  await expect(again.getByRole('region', { name: 'Findings' }).getByRole('listitem')).toHaveCount(EXPECTED.findings);
});
