import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { anyBadge, underline } from './content-support';
import { expect, test } from './fixtures';
import { openPopupFor, readSyncSettings, setSyncSettings } from './settings-helpers';

async function saveAndExpect(page: Page, status: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').last()).toHaveText(status);
}

test('settings are saved, survive a reload and reach open pages live', async ({
  optionsPage,
  portal,
  context,
  extensionId,
  serviceWorker,
}) => {
  await portal.goto();
  const popup = await openPopupFor(context, extensionId, portal.page);
  await expect(popup.getByText("Your firm's terms link is not set yet.")).toBeVisible();

  const page = optionsPage.page;
  await optionsPage.goto();
  await page.getByLabel('Firm name').fill('Hartwell & Diaz');
  await page.getByLabel('Firm domains').fill('HartwellDiaz.com\nhd.law');
  await page.getByLabel('Messaging terms URL').fill('https://hartwelldiaz.com/text-terms');
  await page.getByLabel('Firm phone numbers').fill('(415) 555-0134');
  await page.getByLabel('Severity of emoji').selectOption('off');
  await page.getByLabel('Smart encoding is on in our messaging service').check();
  await saveAndExpect(page, 'Settings saved.');

  expect(await readSyncSettings(serviceWorker)).toMatchObject({
    firmName: 'Hartwell & Diaz',
    firmDomains: ['hartwelldiaz.com', 'hd.law'],
    termsUrl: 'https://hartwelldiaz.com/text-terms',
    firmPhoneNumbers: ['+14155550134'],
    ruleSeverity: { emoji: 'off' },
    smartEncoding: true,
    settingsVersion: 1,
  });

  // The popup that was already open shows the new terms link without being reopened.
  await expect(popup.getByRole('region', { name: 'Terms link' }).getByRole('link')).toHaveText(
    'https://hartwelldiaz.com/text-terms',
  );

  await page.reload();
  await expect(page.getByLabel('Firm domains')).toHaveValue('hartwelldiaz.com\nhd.law');
  await expect(page.getByLabel('Firm phone numbers')).toHaveValue('+14155550134');
  await expect(page.getByLabel('Severity of emoji')).toHaveValue('off');
  await expect(page.getByLabel('Smart encoding is on in our messaging service')).toBeChecked();

  // A second options page picks up a change made elsewhere.
  await setSyncSettings(serviceWorker, { firmName: 'Hartwell Diaz LLP' });
  await expect(page.getByLabel('Firm name')).toHaveValue('Hartwell Diaz LLP');
});

test('a saved setting changes the findings in an open portal tab', async ({ optionsPage, portal }) => {
  await portal.goto();
  await portal.type('Hi Maria, this is Hartwell & Diaz. Your documents: https://hartwelldiaz.com/docs/123');
  const flagged = underline(portal.page, 'link-domain-not-firm');
  const badge = anyBadge(portal.page);
  await expect(badge).toBeAttached();
  await expect(flagged.first()).toBeAttached();
  await optionsPage.goto();
  await optionsPage.page.getByLabel('Firm domains').fill('hartwelldiaz.com');
  await saveAndExpect(optionsPage.page, 'Settings saved.');
  await expect(flagged).toHaveCount(0);
});

test('the merge-field length set in the options page reaches the checks of an open portal tab', async ({
  optionsPage,
  portal,
}) => {
  await portal.goto();
  await portal.type('Hi {{client.first_name}}, your documents are ready in the portal.');
  const grows = underline(portal.page, 'message-length');
  await expect(anyBadge(portal.page)).toBeAttached();
  await expect(grows).toHaveCount(0);
  await optionsPage.goto();
  await optionsPage.page.getByLabel('Merge field length').fill('150');
  await saveAndExpect(optionsPage.page, 'Settings saved.');
  // Filled in at 150 characters, the template needs two segments instead of one.
  await expect(grows.first()).toBeAttached();
});

const INVALID_INPUTS: [label: string, value: string, message: RegExp][] = [
  ['Messaging terms URL', 'http://hartwelldiaz.com/terms', /must start with https/],
  ['Messaging terms URL', 'hartwelldiaz terms page', /full address/],
  ['Messaging terms URL', 'https://bit.ly/3xYz', /bit\.ly is a public link shortener/],
  ['Privacy policy URL', 'https://tinyurl.com/hd-privacy', /public link shortener/],
  ['Firm domains', 'hartwell diaz', /not a domain name/],
  ['Approved third-party domains', 'efile courts gov', /not a domain name/],
  ['Firm phone numbers', 'front desk', /not a phone number/],
  ['Portal sites', 'ftp://portal.hartwelldiaz.com', /must start with https/],
  ['Portal sites', '<all_urls>', /every site/],
  ['Acronyms', 'NOT ONE', /one acronym per line/],
];

test('each invalid input is refused with its message beside the field', async ({ optionsPage, serviceWorker }) => {
  const page = optionsPage.page;
  await optionsPage.goto();
  await page.getByLabel('Firm name').fill('Unsaved name');
  for (const [label, value, message] of INVALID_INPUTS) {
    const field = page.getByLabel(label, { exact: true });
    await field.fill(value);
    await expect(field, `${label} = ${value}`).toHaveAttribute('aria-invalid', 'true');
    const errorId = ((await field.getAttribute('aria-describedby')) ?? '')
      .split(' ')
      .find((id) => id.endsWith('-error'));
    expect(errorId, `${label} has an error message`).toBeTruthy();
    await expect(page.locator(`#${errorId}`)).toHaveText(message);
    await saveAndExpect(page, /Not saved/);
    expect(await readSyncSettings(serviceWorker), 'nothing is saved').toEqual({});
    await field.fill('');
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  }
  // A terms URL off the firm domains is a warning only.
  await page.getByLabel('Firm domains').fill('hartwelldiaz.com');
  await page.getByLabel('Messaging terms URL').fill('https://example.org/terms');
  await expect(page.getByText(/example\.org is not one of your firm domains/)).toBeVisible();
  await saveAndExpect(page, 'Settings saved.');
});

test('importing a bad file lists its problems and changes nothing; a good file imports', async ({
  optionsPage,
  serviceWorker,
}) => {
  await setSyncSettings(serviceWorker, { firmName: 'Hartwell & Diaz', firmDomains: ['hartwelldiaz.com'] });
  const before = await readSyncSettings(serviceWorker);
  const page = optionsPage.page;
  await optionsPage.goto();
  await expect(page.getByLabel('Firm name')).toHaveValue('Hartwell & Diaz');
  const fileInput = page.getByLabel('Import settings from a file');
  await fileInput.setInputFiles({
    name: 'bad-settings.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        firmName: 'Other Firm',
        termsUrl: 'http://x.example/terms',
        firmDomains: 42,
        colour: 1,
      }),
    ),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('nothing changed');
  await expect(alert.getByRole('listitem')).toHaveCount(3);
  await expect(alert).toContainText('termsUrl');
  expect(await readSyncSettings(serviceWorker)).toEqual(before);
  await expect(page.getByLabel('Firm name')).toHaveValue('Hartwell & Diaz');

  await fileInput.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
  await expect(alert).toContainText('not valid JSON');
  expect(await readSyncSettings(serviceWorker)).toEqual(before);

  await fileInput.setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ settingsVersion: 1, firmName: 'Imported LLP', acronyms: ['QDRO'] })),
  });
  await expect(page.getByRole('status').last()).toHaveText('Settings imported.');
  await expect(page.getByLabel('Firm name')).toHaveValue('Imported LLP');
  await expect(page.getByLabel('Acronyms')).toHaveValue('QDRO');
});

test('export downloads the settings and reset asks first', async ({ optionsPage, serviceWorker }) => {
  await setSyncSettings(serviceWorker, { firmName: 'Hartwell & Diaz' });
  const page = optionsPage.page;
  await optionsPage.goto();
  await expect(page.getByLabel('Firm name')).toHaveValue('Hartwell & Diaz');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export settings' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('sms-compliance-settings.json');

  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(page.getByLabel('Firm name')).toHaveValue('Hartwell & Diaz');
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toMatch(/Reset all firm settings/);
    void dialog.accept();
  });
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(page.getByLabel('Firm name')).toHaveValue('');
  expect(await readSyncSettings(serviceWorker)).toEqual({});
});

/** One file per rule, named after its id (src/rules/registry.test.ts holds the registry to that). */
const RULE_IDS = readdirSync(fileURLToPath(new URL('../src/rules/rules/', import.meta.url)))
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => name.slice(0, -'.ts'.length));

test('the rule table lists every rule with its description', async ({ optionsPage }) => {
  await optionsPage.goto();
  const rows = optionsPage.page.locator('tr[data-rule-id]');
  await expect(rows).toHaveCount(RULE_IDS.length);
  for (const id of RULE_IDS) await expect(rows.filter({ hasText: id })).toHaveCount(1);
});

test('the options page passes axe with no serious or critical violations', async ({ optionsPage }) => {
  // axe walks the whole rule table: slow on a busy two-core machine.
  test.slow();
  await optionsPage.goto();
  await optionsPage.page.getByLabel('Messaging terms URL').fill('http://not-https.example');
  const results = await new AxeBuilder({ page: optionsPage.page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
