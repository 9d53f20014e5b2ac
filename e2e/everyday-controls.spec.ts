/**
 * The controls users of other writing checkers expect, in the in-page card: "Ignore" (this message
 * only), "Turn off this check" (the rule, for this user, back on from the options page) and the
 * "First message to this client" switch.
 */
import { anyBadge, card, openCardFrom, underline } from './content-support';
import { expect, test } from './fixtures';
import { openPopupFor, readSyncSettings, setSyncSettings } from './settings-helpers';

const FIRM = { firmName: 'Hartwell & Diaz', firmDomains: ['hartwelldiaz.com'] };
const MESSAGE = 'Hartwell & Diaz: your hearing moved to 3/14!!! 🎉 Reply STOP to opt out.';

test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ serviceWorker }) => {
  await setSyncSettings(serviceWorker, FIRM);
});

test('"Ignore" hides a finding in this message only', async ({ portal }) => {
  const { page } = portal;
  await portal.goto();
  await portal.type(MESSAGE);
  await expect(underline(page, 'emoji')).toHaveCount(1);
  await expect(underline(page, 'repeated-punctuation')).toHaveCount(1);
  const before = Number(await anyBadge(page).first().textContent());

  await openCardFrom(page, underline(page, 'emoji'));
  await card(page).getByRole('button', { name: 'Ignore' }).click();
  await expect(underline(page, 'emoji')).toHaveCount(0);
  await expect(underline(page, 'repeated-punctuation')).toHaveCount(1);
  await expect(anyBadge(page).first()).toHaveText(String(before - 1));
  // Typing on keeps it ignored: the same rule on the same words.
  await portal.composer.press('End');
  await page.keyboard.type(' Thanks');
  await expect(underline(page, 'emoji')).toHaveCount(0);

  // The message is sent (the field empties): the next message is checked in full again.
  await portal.send();
  await expect(portal.composer).toHaveValue('');
  await portal.type('Hartwell & Diaz: see you soon 🎉');
  await expect(underline(page, 'emoji')).toHaveCount(1);
});

test('"Turn off this check" turns the rule off for this user, and the options page turns it back on', async ({
  portal,
  serviceWorker,
  optionsPage,
}) => {
  const { page } = portal;
  await portal.goto();
  await portal.type(MESSAGE);
  await openCardFrom(page, underline(page, 'emoji'));
  await card(page).getByRole('button', { name: 'Turn off this check' }).click();
  await expect(underline(page, 'emoji')).toHaveCount(0);
  await expect.poll(async () => (await readSyncSettings(serviceWorker)).ruleSeverity).toEqual({ emoji: 'off' });

  await optionsPage.goto();
  const severity = optionsPage.page.getByLabel('Severity of emoji');
  await expect(severity).toHaveValue('off');
  await severity.selectOption('default');
  await optionsPage.page.getByRole('button', { name: 'Save settings' }).click();
  await expect(optionsPage.page.getByRole('status')).toHaveText('Settings saved.');
  await expect(underline(page, 'emoji')).toHaveCount(1);
});

test('the card\'s "First message to this client" switch checks the message as a first message', async ({ portal }) => {
  const { page } = portal;
  await portal.goto();
  await portal.type('Hartwell & Diaz: your hearing moved to 3/14.');
  await expect(anyBadge(page).first()).toBeVisible();
  await anyBadge(page).first().click();
  const summary = card(page);
  await expect(summary).toBeVisible();
  const firstMessage = summary.getByRole('switch', { name: 'First message to this client' });
  await expect(firstMessage).not.toBeChecked();
  await expect(summary.locator('[data-finding="opt-out-instructions"]')).toHaveCount(0);

  await firstMessage.check();
  // Checked again under first-message rules: the opt-out wording is now required.
  await expect(summary.locator('[data-finding="opt-out-instructions"]')).toHaveCount(1);
  await expect(summary.getByRole('switch', { name: 'First message to this client' })).toBeChecked();
  await expect(summary.getByRole('switch', { name: 'First message to this client' })).toBeFocused();
});

test('the popup has "Ignore" and "Turn off this check" on each finding too', async ({
  portal,
  context,
  extensionId,
  serviceWorker,
}) => {
  const { page } = portal;
  await portal.goto();
  await portal.type(MESSAGE);
  await expect(underline(page, 'emoji')).toHaveCount(1);
  const popup = await openPopupFor(context, extensionId, page);
  const findings = popup.getByRole('region', { name: 'Findings' });
  await findings.locator('[data-rule-id="emoji"]').getByRole('button', { name: 'Ignore' }).click();
  await expect(popup.getByRole('status')).toContainText('Ignored in this message.');
  await expect(findings.locator('[data-rule-id="emoji"]')).toHaveCount(0);
  await expect(underline(page, 'emoji')).toHaveCount(0);

  await findings
    .locator('[data-rule-id="repeated-punctuation"]')
    .getByRole('button', { name: 'Turn off this check' })
    .click();
  await expect
    .poll(async () => (await readSyncSettings(serviceWorker)).ruleSeverity)
    .toEqual({
      'repeated-punctuation': 'off',
    });
  await expect(findings.locator('[data-rule-id="repeated-punctuation"]')).toHaveCount(0);
  await expect(underline(page, 'repeated-punctuation')).toHaveCount(0);
});
