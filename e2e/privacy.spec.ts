import { expect, test } from './fixtures';

test('the options page links the privacy policy, shipped inside the extension', async ({ optionsPage, context }) => {
  await optionsPage.goto();
  const link = optionsPage.page.getByRole('link', { name: 'Privacy policy' });
  await expect(link).toBeVisible();
  const [policy] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await policy.waitForLoadState();
  expect(new URL(policy.url()).pathname).toBe('/privacy.html');
  await expect(policy.getByRole('heading', { level: 1 })).toHaveText('Privacy policy: SMS Compliance Checker');
  await expect(policy.getByRole('heading', { name: 'What leaves the browser' })).toBeVisible();
  // The storage table of docs/privacy.md, rendered as a table.
  await expect(policy.getByRole('table').first().getByRole('columnheader', { name: 'Where' })).toBeVisible();
});
