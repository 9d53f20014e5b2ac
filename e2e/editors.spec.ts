/**
 * Live checking inside rich editors, loaded from npm and bundled in globalSetup: Quill 2,
 * Tiptap 3 (ProseMirror), Lexical (plain text), a React 19 controlled textarea and a plain
 * contenteditable. A fix must reach the editor's OWN model (window.__editorText(), exposed by each
 * fixture page), not only the DOM the user sees, and Ctrl+Z must take it back.
 */
import type { Page } from '@playwright/test';
import {
  badge,
  card,
  EXPECTED,
  fieldText,
  fixButton,
  nextFrames,
  openCardFrom,
  SAMPLE,
  underline,
} from './content-support';
import { expect, test } from './fixtures';

const EDITORS = ['quill', 'tiptap', 'lexical', 'react', 'contenteditable'] as const;
type EditorName = (typeof EDITORS)[number];

/**
 * Editors merge edits made within a short delay into one undo step (Quill 1 s, ProseMirror 500 ms,
 * Lexical's history as configured, 300 ms). A person takes longer than that to open the card and
 * pick a fix; the test waits the same, or Ctrl+Z would rightly undo the last typed letters too.
 */
const UNDO_GROUPING_MS: Record<EditorName, number> = {
  quill: 1100,
  tiptap: 600,
  lexical: 400,
  react: 0,
  contenteditable: 0,
};

async function modelText(page: Page): Promise<string> {
  return page.evaluate(() => window.__editorText?.() ?? '<no __editorText>');
}

async function reactState(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: what the user sees is the point.
  return page.locator('#state').innerText();
}

for (const editor of EDITORS) {
  test.describe(`${editor} editor`, () => {
    test.beforeEach(async ({ portal }) => {
      await portal.goto(`editors/${editor}/index.html`);
      await portal.page.waitForFunction(() => window.__editorReady === true);
      await expect(portal.checkerHost).toHaveCount(1);
    });

    test('shows the badge and underlines while typing', async ({ portal }) => {
      const { page } = portal;
      const field = page.getByRole('textbox', { name: 'Message' });
      await field.click();
      await page.keyboard.type(SAMPLE);
      await expect.poll(() => modelText(page)).toBe(SAMPLE);
      await expect(badge(page)).toHaveCount(1);
      await expect(badge(page)).toHaveAttribute('data-findings', String(EXPECTED.findings));
      await expect(badge(page)).toHaveAttribute('data-verdict', EXPECTED.verdict);
      for (const ruleId of ['public-url-shortener', 'emoji', 'all-caps']) {
        await expect(underline(page, ruleId).first()).toBeAttached();
      }
    });

    for (const ruleId of ['emoji', 'all-caps']) {
      test(`the ${ruleId} fix reaches the editor's model, and Ctrl+Z undoes it`, async ({ portal }) => {
        const { page } = portal;
        const field = page.getByRole('textbox', { name: 'Message' });
        await field.click();
        await page.keyboard.type(SAMPLE);
        await expect(underline(page, ruleId).first()).toBeAttached();
        await page.waitForTimeout(UNDO_GROUPING_MS[editor]);
        await openCardFrom(page, underline(page, ruleId).first());
        await fixButton(page, ruleId).click();
        const fixed = EXPECTED.afterFix[ruleId];
        await expect.poll(() => modelText(page)).toBe(fixed);
        await expect.poll(() => fieldText(field)).toBe(fixed);
        if (editor === 'react') await expect.poll(() => reactState(page)).toBe(fixed);
        await expect(underline(page, ruleId)).toHaveCount(0);

        await field.focus();
        await page.keyboard.press('Control+z');
        await expect.poll(() => modelText(page)).toBe(SAMPLE);
        await expect.poll(() => fieldText(field)).toBe(SAMPLE);
        if (editor === 'react') await expect.poll(() => reactState(page)).toBe(SAMPLE);
        await expect(underline(page, ruleId).first()).toBeAttached();
      });
    }

    test('"Fix all safe issues" reaches the model, and the caret returns to where the user was', async ({ portal }) => {
      const { page } = portal;
      const field = page.getByRole('textbox', { name: 'Message' });
      await field.click();
      await page.keyboard.type(SAMPLE);
      await expect(badge(page)).toHaveAttribute('data-findings', String(EXPECTED.findings));
      await badge(page).click();
      await expect(card(page)).toBeVisible();
      await card(page).getByRole('button', { name: 'Fix all safe issues' }).click();
      await expect.poll(() => modelText(page)).toBe(EXPECTED.afterSafeFixes);
      await expect.poll(() => fieldText(field)).toBe(EXPECTED.afterSafeFixes);
      if (editor === 'react') await expect.poll(() => reactState(page)).toBe(EXPECTED.afterSafeFixes);
      await expect(badge(page)).toHaveAttribute('data-findings', String(EXPECTED.findingsAfterSafeFixes));
      // The user was typing at the end; the fixes were before it, so typing goes on at the end.
      await expect(field).toBeFocused();
      // The checker places the caret again in the next frame (Lexical restores its own a moment later).
      await nextFrames(page);
      await page.keyboard.type('!');
      await expect.poll(() => modelText(page)).toBe(`${EXPECTED.afterSafeFixes}!`);
    });
  });
}
