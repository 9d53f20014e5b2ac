/**
 * The popup acting on the field being typed in on the portal tab: findings, one fix, all safe
 * fixes (with their preview), the terms link and the first-message switch. Expected texts come
 * from the rules library itself, so the specs follow the rules as they evolve.
 */
import { checkerHost } from './checker-ui';
import { expect, test } from './fixtures';
import { lintWithRules } from './lint-oracle';
import { openPopupFor, setSyncSettings } from './settings-helpers';

const FIRM = {
  firmName: 'Hartwell & Diaz',
  firmDomains: ['hartwelldiaz.com'],
  termsUrl: 'https://hartwelldiaz.com/text-terms',
};
const MESSAGE =
  'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 — please confirm!!! Reply STOP to opt out.';

// Typing like a person and linting in a child process take a while on a loaded machine.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ serviceWorker }) => {
  await setSyncSettings(serviceWorker, FIRM);
});

test('the popup shows the findings of the field being typed in and applies one fix', async ({
  portal,
  context,
  extensionId,
}) => {
  await portal.goto();
  await portal.type(MESSAGE);
  const popup = await openPopupFor(context, extensionId, portal.page);
  const { report } = lintWithRules({ text: MESSAGE, settings: FIRM });
  await expect(popup.getByRole('region', { name: 'Result' })).toHaveAttribute('data-verdict', report.verdict);
  await expect(popup.getByText(`${report.encoding}, ${report.segments} segment`)).toBeVisible();
  const items = popup.getByRole('region', { name: 'Findings' }).getByRole('listitem');
  await expect(items).toHaveCount(report.findings.length);

  const target = report.findings.find((finding) => finding.fixes.some((fix) => fix.safe));
  if (!target) throw new Error('the sample message should have a safe fix');
  const fix = target.fixes.find((candidate) => candidate.safe);
  if (!fix) throw new Error('unreachable');
  const item = popup.locator(`[data-rule-id="${target.ruleId}"]`).first();
  await expect(item).toContainText(target.message);
  await item.getByText('Why it matters').click();
  await item.getByRole('button', { name: fix.label }).click();
  await expect(portal.composer).toHaveValue(lintWithRules({ text: MESSAGE, settings: FIRM, fixes: [fix] }).fixed);
  await expect(popup.getByRole('status')).toContainText(`Applied: ${fix.label}`);
});

test("a spelling finding offers the card's suggestions in the popup, and one replaces the word", async ({
  portal,
  context,
  extensionId,
}) => {
  const text = 'Hi Maria, your hearing is on monday.';
  await portal.goto();
  await portal.type(text);
  const popup = await openPopupFor(context, extensionId, portal.page);
  const spelling = popup.getByRole('region', { name: 'Findings' }).locator('[data-rule-id="spelling"]');
  // The spelling host starts with the first check: give it the time the spelling spec gives it.
  await expect(spelling).toHaveCount(1, { timeout: 15_000 });
  const suggestion = spelling.getByRole('button', { name: 'Replace with "Monday"' });
  await expect(suggestion).toBeVisible();
  await expect(spelling.getByRole('button', { name: 'Add to dictionary' })).toBeVisible();
  // By keyboard, as any of the popup's fix buttons.
  await suggestion.focus();
  await popup.keyboard.press('Enter');
  await expect(portal.composer).toHaveValue('Hi Maria, your hearing is on Monday.');
  await expect(popup.getByRole('status')).toContainText('Applied: Replace with "Monday"');
  await expect(spelling).toHaveCount(0);
});

test('"Apply all safe fixes" previews the rewrite, then applies it', async ({ portal, context, extensionId }) => {
  await portal.goto();
  await portal.type(MESSAGE);
  const popup = await openPopupFor(context, extensionId, portal.page);
  const { report, fixed: expected } = lintWithRules({ text: MESSAGE, settings: FIRM });
  const safeFixes = report.findings.filter((finding) => finding.fixes.some((fix) => fix.safe));
  await popup.getByRole('button', { name: /Apply all safe fixes/ }).click();
  const preview = popup.getByRole('region', { name: 'Preview of the safe fixes' });
  await expect(preview.locator('del').first()).toBeVisible();
  await expect(preview.getByTestId('diff')).toContainText('—');
  // Nothing changes until the preview is confirmed.
  await expect(portal.composer).toHaveValue(MESSAGE);
  await preview.getByRole('button', { name: 'Apply these changes' }).click();
  await expect(portal.composer).toHaveValue(expected);
  await expect(popup.getByRole('status')).toContainText(`Applied ${safeFixes.length} safe`);
});

test('"Insert terms link" puts the firm terms link into the field, and copy works', async ({
  portal,
  context,
  extensionId,
}) => {
  await portal.goto();
  await portal.type('Hi Maria, this is Hartwell & Diaz. Our texting terms:');
  const popup = await openPopupFor(context, extensionId, portal.page);
  const terms = popup.getByRole('region', { name: 'Terms link' });
  await expect(terms.getByRole('link')).toHaveText(FIRM.termsUrl);
  await terms.getByRole('button', { name: 'Insert terms link' }).click();
  await expect(portal.composer).toHaveValue(`Hi Maria, this is Hartwell & Diaz. Our texting terms: ${FIRM.termsUrl}`);
  // Record what reaches the clipboard (headless Chromium grants no clipboard to extension pages).
  await popup.evaluate(() => {
    const written: string[] = [];
    (window as unknown as { copied: string[] }).copied = written;
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void written.push(text) },
    });
  });
  await terms.getByRole('button', { name: 'Copy terms link' }).click();
  await expect(popup.getByRole('status')).toHaveText('Terms link copied.');
  expect(await popup.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([FIRM.termsUrl]);
});

test('an editor that keeps its own text: the popup says so and copies the fixed message, by keyboard', async ({
  portal,
  context,
  extensionId,
}) => {
  const { page } = portal;
  await portal.goto('content-card.html');
  // The editor renders from a model only the user's keys change (as CKEditor 5 puts its text back).
  const editor = page.locator('#stubborn-field');
  await editor.click();
  await page.keyboard.type('Hi Maria URGENT news today');
  const text = 'Hi Maria URGENT news today';
  const { report } = lintWithRules({ text, settings: FIRM });
  const fix = report.findings.find((finding) => finding.ruleId === 'all-caps')?.fixes[0];
  if (!fix) throw new Error('the message should have an all-caps fix');
  const fixed = lintWithRules({ text, settings: FIRM, fixes: [fix] }).fixed;
  const popup = await openPopupFor(context, extensionId, page);
  await popup.locator('[data-rule-id="all-caps"]').first().getByRole('button', { name: fix.label }).click();
  const panel = popup.getByRole('region', { name: 'This editor did not accept the change' });
  await expect(panel).toBeVisible();
  await expect(popup.getByRole('status')).toHaveText(
    'This editor did not accept the change: copy the fix and paste it.',
  );
  await expect(panel.getByRole('textbox', { name: 'The fixed message' })).toHaveValue(fixed);
  expect(await page.evaluate(() => (window as unknown as { stubbornModel(): string }).stubbornModel())).toBe(
    'Hi Maria URGENT news today',
  );
  // Record what reaches the clipboard (headless Chromium grants no clipboard to extension pages).
  await popup.evaluate(() => {
    const written: string[] = [];
    (window as unknown as { copied: string[] }).copied = written;
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void written.push(text) },
    });
  });
  // Reached by Tab from the fixed message, pressed with Enter.
  await panel.getByRole('textbox', { name: 'The fixed message' }).focus();
  await popup.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Copy the fix' })).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status')).toHaveText(
    'Fixed message copied. Select the message in the editor and paste.',
  );
  expect(await popup.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([fixed]);
});

test('the first-message switch re-checks the field under first-message rules', async ({
  portal,
  context,
  extensionId,
}) => {
  const text = 'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9am.';
  await portal.goto();
  await portal.type(text);
  const popup = await openPopupFor(context, extensionId, portal.page);
  const followUp = lintWithRules({ text, settings: FIRM }).report;
  const first = lintWithRules({ text, settings: FIRM, firstMessage: true }).report;
  const newRules = first.findings.map((f) => f.ruleId).filter((id) => !followUp.findings.some((f) => f.ruleId === id));
  expect(newRules.length, 'first-message rules flag this text').toBeGreaterThan(0);
  const findings = popup.locator('.finding');
  await expect(findings).toHaveCount(followUp.findings.length);
  const toggle = popup.getByRole('switch', { name: 'First message to this client' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(findings).toHaveCount(first.findings.length);
  for (const ruleId of newRules) await expect(popup.locator(`[data-rule-id="${ruleId}"]`).first()).toBeVisible();
  await expect(popup.getByRole('region', { name: 'Result' })).toHaveAttribute('data-verdict', first.verdict);
  // Remembered for the field: a reopened popup still shows it on.
  await popup.reload();
  await expect(popup.getByRole('switch', { name: 'First message to this client' })).toBeChecked();
  await toggle.uncheck();
  await expect(findings).toHaveCount(followUp.findings.length);
});

test('the popup follows the field in use into a same-origin iframe, and back out of it', async ({
  portal,
  context,
  extensionId,
}) => {
  const { page } = portal;
  await portal.goto('content-frames.html');
  const frame = page.frameLocator('#frame');
  await expect(checkerHost(frame)).toHaveCount(1);
  const framed = frame.locator('#framed-field');
  await framed.click();
  await page.keyboard.type('Framed note 😀');
  const popup = await openPopupFor(context, extensionId, page);
  const findings = popup.getByRole('region', { name: 'Findings' });
  const emoji = findings.locator('[data-rule-id="emoji"]').first();
  await expect(emoji).toBeVisible();
  const { report } = lintWithRules({ text: 'Framed note 😀', settings: FIRM });
  const fix = report.findings.find((finding) => finding.ruleId === 'emoji')?.fixes.find((candidate) => candidate.safe);
  if (!fix) throw new Error('the emoji finding should have a safe fix');
  await emoji.getByRole('button', { name: fix.label }).click();
  await expect(framed).toHaveValue(lintWithRules({ text: 'Framed note 😀', settings: FIRM, fixes: [fix] }).fixed);

  // Now the shadow-root field of the top page is the one in use.
  const shadowField = page.locator('#shadow-field');
  await shadowField.click();
  await page.keyboard.type('TOP PAGE NOTE');
  await popup.reload();
  await expect(findings.locator('[data-rule-id="all-caps"]').first()).toBeVisible();
  await expect(findings.locator('[data-rule-id="emoji"]')).toHaveCount(0);
});
