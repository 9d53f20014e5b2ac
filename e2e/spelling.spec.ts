/**
 * Spelling in the built extension: checked off the keystroke path by the offscreen document's
 * worker, merged into the same underlines, badge, card and popup as the other rules, with
 * suggestions and "Add to dictionary" (stored in the firm dictionary, so it survives a reload).
 */
import { card, openCardFrom, underline } from './content-support';
import { expect, test } from './fixtures';
import { openPopupFor, readSyncSettings, setSyncSettings } from './settings-helpers';

const MESSAGE = 'Hi Maria, your depostion is on Friday.';
/** The first check loads and parses the dictionary (about a second); later ones take milliseconds. */
const FIRST_CHECK = { timeout: 15_000 };

test.describe('spelling', () => {
  test('flags a misspelling, suggests the word, and "Add to dictionary" accepts it for good', async ({
    portal,
    serviceWorker,
  }) => {
    const { page } = portal;
    await portal.goto();
    await portal.type(MESSAGE);
    const marks = underline(page, 'spelling');
    await expect(marks).toHaveCount(1, FIRST_CHECK);

    await openCardFrom(page, marks.first());
    const item = card(page).locator('li[data-finding="spelling"]');
    await expect(item.locator('.excerpt mark')).toHaveText('depostion');
    await expect(item.getByRole('button', { name: 'Replace with "deposition"' })).toBeVisible();

    await item.getByRole('button', { name: 'Add to dictionary' }).click();
    await expect(card(page)).toBeHidden();
    await expect(marks).toHaveCount(0);
    expect((await readSyncSettings(serviceWorker)).firmDictionary).toEqual(['depostion']);

    // Still accepted after a reload; legal terms were never flagged. "recieve" proves spelling ran.
    await page.reload();
    await portal.type(`${MESSAGE} You will recieve the subpoena before the voir dire.`);
    await expect(marks).toHaveCount(1);
    await openCardFrom(page, marks.first());
    await expect(card(page).locator('li[data-finding="spelling"] .excerpt mark')).toHaveText('recieve');
  });

  test('Alt+Enter in a misspelled word, then Enter, takes the first suggestion and never adds the word to the dictionary', async ({
    portal,
    serviceWorker,
  }) => {
    const { page } = portal;
    await portal.goto();
    await portal.type(MESSAGE);
    await expect(underline(page, 'spelling')).toHaveCount(1, FIRST_CHECK);
    await portal.composer.evaluate((field: HTMLTextAreaElement) => {
      const inside = field.value.indexOf('depostion') + 3;
      field.setSelectionRange(inside, inside);
    });
    await page.keyboard.press('Alt+Enter');
    const item = card(page).locator('li[data-finding="spelling"]');
    const first = item.getByRole('button', { name: 'Replace with "deposition"' });
    // The focus is on the first suggestion once it is shown, not on "Add to dictionary".
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(portal.composer).toHaveValue(MESSAGE.replace('depostion', 'deposition'));
    expect((await readSyncSettings(serviceWorker)).firmDictionary).toBeUndefined();
  });

  test('a suggestion replaces the word through the editing path', async ({ portal }) => {
    const { page } = portal;
    await portal.goto();
    await portal.type(MESSAGE);
    const marks = underline(page, 'spelling');
    await expect(marks).toHaveCount(1, FIRST_CHECK);
    await openCardFrom(page, marks.first());
    await card(page).getByRole('button', { name: 'Replace with "deposition"' }).click();
    await expect(portal.composer).toHaveValue('Hi Maria, your deposition is on Friday.');
    // A new misspelling at the end gets its underline: spelling has answered for the text with the
    // replaced word in it, and that underline is the only one (the replaced word has none).
    await portal.composer.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Teh');
    await expect(marks).toHaveCount(1);
    await openCardFrom(page, marks.first());
    await expect(card(page).locator('li[data-finding="spelling"] .excerpt mark')).toHaveText('Teh');
  });

  test('legal vocabulary, the firm name, links and numbers are not flagged', async ({ portal, serviceWorker }) => {
    const { page } = portal;
    await setSyncSettings(serviceWorker, { firmName: 'Hartwell & Diaz' });
    await portal.goto();
    await portal.type(
      'Hartwell & Diaz: bring the subpoena and the affidavit to the voir dire on 3/14 at 9am. Details: https://hartwell.law/case/2024-CV-118. Teh',
    );
    // "Teh" proves the answer came back; nothing else in the text is flagged.
    await expect(underline(page, 'spelling')).toHaveCount(1, FIRST_CHECK);
  });

  test('the popup lists spelling findings and adds the word to the dictionary', async ({
    portal,
    context,
    extensionId,
    serviceWorker,
  }) => {
    const { page } = portal;
    await portal.goto();
    await portal.type(MESSAGE);
    await expect(underline(page, 'spelling')).toHaveCount(1, FIRST_CHECK);
    const popup = await openPopupFor(context, extensionId, page);
    const finding = popup.locator('li.finding[data-rule-id="spelling"]');
    await expect(finding).toContainText('"depostion" looks misspelled');
    await finding.getByRole('button', { name: 'Add to dictionary' }).click();
    await expect(finding).toHaveCount(0);
    await expect(underline(page, 'spelling')).toHaveCount(0);
    expect((await readSyncSettings(serviceWorker)).firmDictionary).toEqual(['depostion']);
  });
});
