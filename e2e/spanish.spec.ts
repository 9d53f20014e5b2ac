/**
 * Spanish in the demo portal: a correct Spanish invitation is ready, and a Spanish first message
 * with an emoji and no STOP gets fixes in Spanish that apply. Expected texts come from the rules
 * library itself (lint-oracle), so the spec follows the rules as they evolve.
 */
import { card, openCardFrom, underline } from './content-support';
import { expect, test } from './fixtures';
import { lintWithRules } from './lint-oracle';
import { openPopupFor, setSyncSettings } from './settings-helpers';

const FIRM = {
  firmName: 'Hartwell & Diaz',
  firmDomains: ['hartwelldiaz.com'],
  termsUrl: 'https://hartwelldiaz.com/sms-terms',
};
const INVITATION =
  'Hartwell & Diaz: Hola María, le escribimos sobre su caso. Frecuencia de mensajes variable. Pueden aplicarse tarifas de mensajes y datos. Responda AYUDA para ayuda. Responda STOP para cancelar. Términos: https://hartwelldiaz.com/sms-terms';
const NEEDS_FIXES = 'Hartwell & Diaz: Hola María 🎉 su audiencia es el lunes.';

test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ serviceWorker }) => {
  await setSyncSettings(serviceWorker, FIRM);
});

test('a correct Spanish invitation is ready, with nothing to fix, and the popup says it is Spanish', async ({
  portal,
  context,
  extensionId,
}) => {
  await portal.goto();
  await portal.type(INVITATION);
  const popup = await openPopupFor(context, extensionId, portal.page);
  await popup.getByRole('switch', { name: 'First message to this client' }).check();
  const { report } = lintWithRules({ text: INVITATION, settings: FIRM, firstMessage: true });
  expect(report.language).toBe('es');
  expect(report.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
  await expect(popup.getByRole('region', { name: 'Result' })).toHaveAttribute('data-verdict', 'ready');
  await expect(popup.getByText(/, Spanish$/)).toBeVisible();
  await expect(popup.getByRole('button', { name: /Apply all safe fixes/ })).toHaveCount(0);
});

test('a Spanish first message with an emoji and no STOP gets Spanish fixes that apply', async ({
  portal,
  context,
  extensionId,
}) => {
  await portal.goto();
  await portal.type(NEEDS_FIXES);
  const popup = await openPopupFor(context, extensionId, portal.page);
  await popup.getByRole('switch', { name: 'First message to this client' }).check();
  const { report, fixed } = lintWithRules({ text: NEEDS_FIXES, settings: FIRM, firstMessage: true });
  expect(fixed).toContain('Responda STOP para cancelar.');
  expect(fixed).toContain('Términos: https://hartwelldiaz.com/sms-terms');
  expect(fixed).not.toContain('🎉');
  await expect(popup.getByRole('region', { name: 'Result' })).toHaveAttribute('data-verdict', report.verdict);
  await popup.getByRole('button', { name: /Apply all safe fixes/ }).click();
  await popup
    .getByRole('region', { name: 'Preview of the safe fixes' })
    .getByRole('button', { name: 'Apply these changes' })
    .click();
  await expect(portal.composer).toHaveValue(fixed);
});

test('a misspelled Spanish word gets Spanish suggestions from the Spanish dictionary, and one applies', async ({
  portal,
}) => {
  const { page } = portal;
  const text = 'Hola María, su audencia en el tribunal es el lunes a las 9.';
  await portal.goto();
  await portal.type(text);
  const marks = underline(page, 'spelling');
  // The first Spanish check loads the Spanish dictionary in the spelling worker.
  await expect(marks).toHaveCount(1, { timeout: 15_000 });
  await openCardFrom(page, marks.first());
  const item = card(page).locator('li[data-finding="spelling"]');
  await expect(item.locator('.excerpt mark')).toHaveText('audencia');
  const suggestion = item.getByRole('button', { name: 'Replace with "audiencia"' });
  await expect(suggestion).toBeVisible();
  // Nothing from the English dictionary ("audience").
  await expect(item.getByRole('button', { name: /^Replace with "audience/ })).toHaveCount(0);
  await suggestion.click();
  await expect(portal.composer).toHaveValue(text.replace('audencia', 'audiencia'));
  await expect(marks).toHaveCount(0);
});
