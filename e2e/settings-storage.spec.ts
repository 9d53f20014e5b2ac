/**
 * Settings that outgrow one storage.sync item (8 KB): a firm dictionary of 5,000 words is stored in
 * chunks, survives reloads, shows the space it takes, and never costs the fields saved with it;
 * "Add to dictionary" clicked twice in a row stores both words.
 */
import type { Page } from '@playwright/test';
import { surnames as firmWords } from '../src/shared/testing/surnames';
import { badge, card, underline } from './content-support';
import { expect, test } from './fixtures';
import { readStoredSettings, readSyncSettings } from './settings-helpers';

/**
 * Puts a long list into a list field in one input event, as a paste does (Playwright's fill() of a
 * textarea takes seconds per few hundred lines).
 */
async function pasteList(page: Page, label: string, entries: readonly string[]): Promise<void> {
  await page.getByLabel(label).evaluate((field, text) => {
    (field as HTMLTextAreaElement).value = text;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, entries.join('\n'));
}

async function saveAndExpect(page: Page, status: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').last()).toHaveText(status);
}

test('a 5,000-word firm dictionary saves with the firm name, survives reloads and shows its space used', async ({
  optionsPage,
  serviceWorker,
  portal,
}) => {
  test.slow();
  const words = firmWords(5_000);
  const page = optionsPage.page;
  await optionsPage.goto();
  await page.getByLabel('Firm name').fill('Hartwell & Diaz');
  await pasteList(page, 'Firm dictionary', words);
  // Before saving: the space the list will take, out of what browser sync allows.
  const usage = page.locator('#field-firmDictionary-usage');
  await expect(usage).toContainText('5,000 words');
  await expect(usage).toContainText(/of 100 KB/);
  await saveAndExpect(page, 'Settings saved.');

  // The browser's own storage holds all of it (in chunks of at most 8 KB each).
  const raw = await readSyncSettings(serviceWorker);
  for (const [key, value] of Object.entries(raw)) {
    expect(key.length + JSON.stringify(value).length, key).toBeLessThanOrEqual(8_192);
  }
  const stored = await readStoredSettings(serviceWorker);
  expect(stored.firmName).toBe('Hartwell & Diaz');
  expect(stored.firmDictionary).toEqual(words);

  await page.reload();
  await expect(page.getByLabel('Firm name')).toHaveValue('Hartwell & Diaz');
  expect((await page.getByLabel('Firm dictionary').inputValue()).split('\n')).toEqual(words);
  await expect(usage).toContainText('5,000 words');
  await expect(usage).toContainText(/\d+(\.\d)? KB of 100 KB/);

  // The checker reads the whole list: the last word is accepted, a misspelling still is not.
  await portal.goto();
  await portal.type(`Hi ${words.at(-1)}, your depostion is on Friday.`);
  await expect(underline(portal.page, 'spelling')).toHaveCount(1, { timeout: 15_000 });
  await badge(portal.page).click();
  await expect(card(portal.page).locator('li[data-finding="spelling"] .excerpt mark')).toHaveText(['depostion'], {
    timeout: 15_000,
  });
});

test('a 5,000-word dictionary imports from a file, and a dictionary too large for sync is refused without losing the firm name', async ({
  optionsPage,
  serviceWorker,
}) => {
  test.slow();
  const page = optionsPage.page;
  await optionsPage.goto();
  const words = firmWords(5_000);
  await page.getByLabel('Import settings from a file').setInputFiles({
    name: 'firm.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ settingsVersion: 1, firmName: 'Imported LLP', firmDictionary: words })),
  });
  await expect(page.getByRole('status').last()).toHaveText('Settings imported.');
  await expect(page.getByLabel('Firm name')).toHaveValue('Imported LLP');
  expect((await readStoredSettings(serviceWorker)).firmDictionary).toEqual(words);

  // 12,000 words cannot fit in browser sync (100 KB): said beside the field before saving...
  const tooMany = firmWords(12_000);
  await page.getByLabel('Firm name').fill('Hartwell & Diaz');
  await pasteList(page, 'Firm dictionary', tooMany);
  await expect(page.locator('#field-firmDictionary-usage')).toContainText(/too large|does not fit/i);
  // ...and saving keeps the firm name, says what was not saved, and leaves the buttons usable.
  await saveAndExpect(page, /firm dictionary was not saved/i);
  const stored = await readStoredSettings(serviceWorker);
  expect(stored.firmName).toBe('Hartwell & Diaz');
  expect(stored.firmDictionary).toEqual(words);
  await expect(page.getByRole('button', { name: 'Save settings' })).toBeEnabled();
  await expect(page.getByLabel('Import settings from a file')).toBeEnabled();
  await expect(page.getByLabel('Firm dictionary')).toHaveAttribute('aria-invalid', 'true');
});

test('two quick "Add to dictionary" clicks on two words store both', async ({ portal, serviceWorker }) => {
  const { page } = portal;
  // Every write to sync storage takes a while, as on a slow disk: two clicks now overlap for sure.
  await serviceWorker.evaluate(() => {
    const area = chrome.storage.sync as unknown as { set: (items: object) => Promise<void> };
    const set = area.set;
    (globalThis as { originalSyncSet?: unknown }).originalSyncSet = set;
    area.set = (items: object) => new Promise((resolve) => setTimeout(resolve, 400)).then(() => set.call(area, items));
  });
  try {
    await portal.goto();
    await portal.type('Hi Maria, your depostion with Okonkwoo is on Friday.');
    // The first check loads the dictionary; the card lists what is known when it opens.
    await expect(underline(page, 'spelling')).toHaveCount(2, { timeout: 15_000 });
    await badge(page).click();
    const spelling = card(page).locator('li[data-finding="spelling"]');
    await expect(spelling).toHaveCount(2);
    const addButtons = spelling.getByRole('button', { name: 'Add to dictionary' });
    await addButtons.nth(0).click();
    await addButtons.nth(1).click();
    await expect
      .poll(async () => [...(((await readStoredSettings(serviceWorker)).firmDictionary as string[]) ?? [])].sort())
      .toEqual(['Okonkwoo', 'depostion']);
    // What the page shows agrees with what was stored: neither word is flagged any more.
    await expect(underline(page, 'spelling')).toHaveCount(0);
  } finally {
    await serviceWorker.evaluate(() => {
      const area = chrome.storage.sync as unknown as { set: unknown };
      area.set = (globalThis as { originalSyncSet?: unknown }).originalSyncSet;
    });
  }
});
