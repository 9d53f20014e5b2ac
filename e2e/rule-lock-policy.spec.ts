/**
 * An administrator keeps checks on by pushing `ruleSeverity` by policy: the severities are locked,
 * and neither the card nor the popup offers "Turn off this check" ("Ignore" stays). Chromium reads
 * policy files at start, so this spec launches its own browser and removes the file whatever happens
 * (enterprise-policy.ts).
 */
import { EXTENSION_ID } from '../src/shared/extension-id';
import { card, openCardFrom, underline } from './content-support';
import { withPolicyBrowser } from './enterprise-policy';
import { expect, test } from './fixtures';
import { openPopupFor } from './settings-helpers';

test('checks locked on by policy offer "Ignore" but no "Turn off this check"', async () => {
  // The default severity, so a browser another test starts meanwhile checks as usual.
  const policy = { ruleSeverity: { emoji: 'error' } };
  await withPolicyBrowser('sms-compliance-checker-rule-lock-test.json', policy, async ({ context, worker, server }) => {
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
  });
});
