/**
 * Fixes in real editors, checked in each editor's OWN model (window.__editorText(), exposed by each
 * fixture page from getData()/the model root, the body TinyMCE edits, editor.children,
 * getPlainText(), state.doc, getText(), React state): one fix from the card, one by Alt+Enter,
 * "Fix all safe issues" from the card and from the popup. After each, the model holds the fixed
 * text and the screen shows the same; Ctrl+Z gives back the exact text from before the fix (one
 * press where the editor groups the edits, else one press per fix and never less text); typing
 * afterwards lands where the caret is.
 *
 * The property test types, fixes and undoes in random order (seeded) and compares the model after
 * every step with what the rules library says the text must be: no character lost or doubled.
 * `npm test` runs E2E_PROPERTY_RUNS (default 2) sequences per editor; the acceptance figure is
 * E2E_PROPERTY_RUNS=50 (README, "Editors").
 */
import type { FrameLocator, Locator, Page } from '@playwright/test';
import type { Fix } from '../src/rules';
import { badge, card, fixButton, nextFrames, openCardFrom, underline } from './content-support';
import { planSequences } from './fix-sequence-oracle';
import { expect, test } from './fixtures';
import { lintWithRules } from './lint-oracle';
import { openPopupFor } from './settings-helpers';

const MESSAGE = 'Hi Maria!! Your case update is ready 🎉 URGENT: sign at bit.ly/hd-sign today';

interface EditorCase {
  name: string;
  /** The editable element (in `frame` when set). */
  field: string;
  /** The iframe the editable lives in (TinyMCE). */
  frame?: string;
  /**
   * Editors merge edits made within a short delay into one undo step (Quill 1 s, ProseMirror 500 ms,
   * Lexical 300 ms as configured). A person takes longer than that between typing and a fix.
   */
  undoGroupingMs: number;
}

const EDITOR_CASES: EditorCase[] = [
  { name: 'ckeditor5', field: '.ck-editor__editable', undoGroupingMs: 0 },
  { name: 'tinymce', field: '#tinymce', frame: 'iframe', undoGroupingMs: 0 },
  { name: 'slate', field: '[data-slate-editor]', undoGroupingMs: 0 },
  { name: 'draft', field: '.public-DraftEditor-content', undoGroupingMs: 0 },
  { name: 'trix', field: 'trix-editor', undoGroupingMs: 0 },
  { name: 'prosemirror', field: '.ProseMirror', undoGroupingMs: 600 },
  { name: 'lexical', field: '[data-lexical-editor]', undoGroupingMs: 400 },
  { name: 'tiptap', field: '.ProseMirror', undoGroupingMs: 600 },
  { name: 'quill', field: '.ql-editor', undoGroupingMs: 1100 },
  { name: 'react', field: 'textarea', undoGroupingMs: 0 },
  { name: 'contenteditable', field: '[contenteditable="true"]', undoGroupingMs: 0 },
];

/** Applies a fix's edits (sorted, non-overlapping) to a text. */
function withFix(text: string, fix: Fix): string {
  let result = text;
  for (const edit of [...fix.edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** Every text the field may hold while a batch of fixes is undone one fix at a time. */
function partialFixes(text: string, fixes: readonly Fix[]): Set<string> {
  const texts = new Set<string>();
  for (let mask = 0; mask < 1 << fixes.length; mask++) {
    const chosen = fixes.filter((_fix, index) => mask & (1 << index));
    const edits = chosen.flatMap((fix) => fix.edits);
    texts.add(withFix(text, { label: '', safe: true, edits }));
  }
  return texts;
}

async function modelText(page: Page): Promise<string> {
  return page.evaluate(() => window.__editorText?.() ?? '<no __editorText>');
}

/** What the screen shows, editor-inserted no-break spaces read as spaces. */
async function screenText(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    element instanceof HTMLTextAreaElement
      ? element.value
      : // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the editor's line breaks.
        (element as HTMLElement).innerText.replaceAll('\u00a0', ' ').replace(/\n$/, ''),
  );
}

/** The caret's offset in the field's text (one paragraph in these tests). */
async function caretOffset(field: Locator): Promise<number> {
  return field.evaluate((element) => {
    if (element instanceof HTMLTextAreaElement) return element.selectionEnd;
    const selection = element.ownerDocument.getSelection();
    if (selection === null || selection.focusNode === null) return -1;
    const range = element.ownerDocument.createRange();
    range.setStart(element, 0);
    range.setEnd(selection.focusNode, selection.focusOffset);
    return range.toString().length;
  });
}

async function hasSelectedText(field: Locator): Promise<boolean> {
  return field.evaluate((element) =>
    element instanceof HTMLTextAreaElement
      ? element.selectionStart !== element.selectionEnd
      : element.ownerDocument.getSelection()?.isCollapsed === false,
  );
}

interface Opened {
  page: Page;
  /** Where the field's badge and underlines are: its frame's document. */
  ui: Page | FrameLocator;
  /** Where its card is: TinyMCE's frame is too small for it, so the top document shows it. */
  cardUi: Page | FrameLocator;
  field: Locator;
}

async function expectHolds({ page, field }: Opened, text: string): Promise<void> {
  await expect.poll(() => modelText(page)).toBe(text);
  await expect.poll(() => screenText(field)).toBe(text);
}

/**
 * Ctrl+Z until the field holds `before`: one press where the editor grouped the fixes, else one per
 * fix, each leaving a text with some of the fixes still applied (never less text).
 */
async function undoBackTo(opened: Opened, before: string, fixes: readonly Fix[]): Promise<number> {
  const allowed = partialFixes(before, fixes);
  await opened.field.focus();
  for (let press = 1; press <= Math.max(1, fixes.length); press++) {
    await opened.page.keyboard.press('Control+z');
    await expect.poll(async () => allowed.has(await modelText(opened.page))).toBe(true);
    // A state in between is shown only if it is stable: give the editor a frame to settle.
    await opened.page.waitForTimeout(50);
    const now = await modelText(opened.page);
    expect(allowed.has(now), `after ${press} Ctrl+Z: ${JSON.stringify(now)}`).toBe(true);
    expect(await screenText(opened.field)).toBe(now);
    if (now === before) return press;
  }
  throw new Error(`Ctrl+Z did not give back ${JSON.stringify(before)}`);
}

/**
 * Types a character at the caret and checks it landed there in the model, then deletes it. The
 * browser's own undo (textarea, plain contenteditable) selects the text it put back; an arrow key
 * collapses that selection first, as a user's would.
 */
async function typingLandsAtCaret(opened: Opened, text: string): Promise<void> {
  if (await hasSelectedText(opened.field)) await opened.page.keyboard.press('ArrowRight');
  const caret = await caretOffset(opened.field);
  expect(caret).toBeGreaterThanOrEqual(0);
  await opened.page.keyboard.type('#');
  await expectHolds(opened, `${text.slice(0, caret)}#${text.slice(caret)}`);
  await opened.page.keyboard.press('Backspace');
  await expectHolds(opened, text);
  // Slate puts the DOM selection back from its model when React commits: keys pressed before
  // that frame would move a caret that is about to be replaced.
  await nextFrames(opened.page);
}

async function openEditor(
  portal: { goto(path: string): Promise<void>; page: Page },
  editor: EditorCase,
): Promise<Opened> {
  await portal.goto(`editors/${editor.name}/index.html`);
  const { page } = portal;
  await page.waitForFunction(() => window.__editorReady === true);
  const ui = editor.frame ? page.frameLocator(editor.frame) : page;
  const field = ui.locator(editor.field).first();
  await field.click();
  return { page, ui, cardUi: page, field };
}

test.describe.configure({ timeout: 90_000 });

let oracle: { fixes: Record<string, Fix>; safe: Fix[]; fixed: string } | undefined;

function expectations(): NonNullable<typeof oracle> {
  if (oracle === undefined) {
    const { report, fixed } = lintWithRules({ text: MESSAGE, settings: {} });
    const fixes: Record<string, Fix> = {};
    for (const finding of report.findings) {
      const first = finding.fixes[0];
      if (first) fixes[finding.ruleId] = first;
    }
    const safe = report.findings.flatMap((finding) => finding.fixes.filter((fix) => fix.safe).slice(0, 1));
    oracle = { fixes, safe, fixed };
  }
  return oracle;
}

for (const editor of EDITOR_CASES) {
  test(`${editor.name}: fixes from the card, Alt+Enter, "Fix all" and the popup reach the model; Ctrl+Z restores; typing lands at the caret`, async ({
    portal,
    context,
    extensionId,
  }) => {
    const { fixes, safe, fixed } = expectations();
    const opened = await openEditor(portal, editor);
    const { page, ui, cardUi } = opened;
    await page.keyboard.type(MESSAGE);
    await expectHolds(opened, MESSAGE);

    // One fix from the card.
    const punctuation = fixes['repeated-punctuation'] as Fix;
    await expect(underline(ui, 'repeated-punctuation').first()).toBeAttached();
    await page.waitForTimeout(editor.undoGroupingMs);
    await openCardFrom(cardUi, underline(ui, 'repeated-punctuation').first());
    await fixButton(cardUi, 'repeated-punctuation').click();
    await expectHolds(opened, withFix(MESSAGE, punctuation));
    await undoBackTo(opened, MESSAGE, [punctuation]);
    await typingLandsAtCaret(opened, MESSAGE);

    // One fix by Alt+Enter, with the caret in "URGENT".
    const caps = fixes['all-caps'] as Fix;
    await page.keyboard.press('Control+End');
    // Slate moves by arrow keys from its model's selection, which follows the DOM's on the
    // (throttled) selectionchange: a person's next key comes later than that.
    await page.waitForTimeout(150);
    const afterCaps = MESSAGE.length - (MESSAGE.indexOf('URGENT') + 3);
    for (let step = 0; step < afterCaps; step++) await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(editor.undoGroupingMs);
    // The checker has linted the text the user ended with.
    await expect(underline(ui, 'all-caps').first()).toBeAttached();
    await expect(underline(ui, 'repeated-punctuation').first()).toBeAttached();
    await page.keyboard.press('Alt+Enter');
    await expect(fixButton(cardUi, 'all-caps')).toBeFocused();
    await page.keyboard.press('Enter');
    await expectHolds(opened, withFix(MESSAGE, caps));
    await undoBackTo(opened, MESSAGE, [caps]);
    await typingLandsAtCaret(opened, MESSAGE);

    // "Fix all safe issues" from the card.
    await page.waitForTimeout(editor.undoGroupingMs);
    await badge(ui).click();
    await card(cardUi).getByRole('button', { name: 'Fix all safe issues' }).click();
    await expectHolds(opened, fixed);
    const cardPresses = await undoBackTo(opened, MESSAGE, safe);
    await typingLandsAtCaret(opened, MESSAGE);

    // "Apply all safe fixes" from the popup.
    await page.waitForTimeout(editor.undoGroupingMs);
    const popup = await openPopupFor(context, extensionId, page);
    await popup.getByRole('button', { name: /Apply all safe fixes/ }).click();
    await popup
      .getByRole('region', { name: 'Preview of the safe fixes' })
      .getByRole('button', { name: 'Apply these changes' })
      .click();
    await expectHolds(opened, fixed);
    await popup.close();
    await page.bringToFront();
    const popupPresses = await undoBackTo(opened, MESSAGE, safe);
    await typingLandsAtCaret(opened, MESSAGE);
    // For the README's table: how many Ctrl+Z presses took "Fix all" back (1 where the editor groups).
    test.info().annotations.push({
      type: 'Ctrl+Z presses after Fix all (card, popup)',
      description: `${cardPresses}, ${popupPresses}`,
    });
  });
}

/** Sequences per editor: 50 for the acceptance figure (E2E_PROPERTY_RUNS=50), fewer in `npm test`. */
const PROPERTY_RUNS = Number(process.env.E2E_PROPERTY_RUNS ?? 1);
const PROPERTY_SEED = Number(process.env.E2E_PROPERTY_SEED ?? 20261207);
/**
 * Without E2E_PROPERTY_RUNS, only the editors our own editing path serves (the bridge's) run it,
 * which keeps `npm test` within its time; the others take the browser's path, which the first test
 * checks in each of them.
 */
const PROPERTY_EDITORS = process.env.E2E_PROPERTY_RUNS
  ? EDITOR_CASES
  : EDITOR_CASES.filter((editor) => ['ckeditor5', 'tinymce', 'slate', 'trix'].includes(editor.name));

let planned: ReturnType<typeof planSequences> | undefined;

for (const editor of PROPERTY_EDITORS) {
  test(`${editor.name}: random typing, "Fix all" and Ctrl+Z never lose or double a character in the model`, async ({
    portal,
  }) => {
    test.setTimeout(60_000 + PROPERTY_RUNS * 40_000);
    planned ??= planSequences(PROPERTY_SEED, PROPERTY_RUNS);
    const sequences = planned;
    const opened = await openEditor(portal, editor);
    const { page, ui, cardUi } = opened;
    for (const sequence of sequences) {
      const where = (step: number) => `seed ${sequence.seed}, step ${step + 1} of ${JSON.stringify(sequence.steps)}`;
      for (const [index, step] of sequence.steps.entries()) {
        const expected = sequence.expected[index] as string;
        if (step.kind === 'type') {
          await page.keyboard.type(step.text);
        } else if (step.kind === 'fix') {
          await expect(badge(ui), where(index)).toHaveAttribute('data-findings', String(step.findings));
          await page.waitForTimeout(editor.undoGroupingMs);
          await badge(ui).click();
          await card(cardUi).getByRole('button', { name: 'Fix all safe issues' }).click();
        } else {
          await opened.field.focus();
          await page.keyboard.press('Control+z');
        }
        // A trailing space is kept as a no-break space by some editors (their own choice, not ours).
        const normalize = (text: string) => text.replaceAll('\u00a0', ' ');
        await expect.poll(async () => normalize(await modelText(page)), { message: where(index) }).toBe(expected);
        await expect.poll(() => screenText(opened.field), { message: where(index) }).toBe(expected);
        if (step.kind === 'undo') {
          // Typing goes on at the end, where the sequence's next phrase belongs.
          if (await hasSelectedText(opened.field)) await page.keyboard.press('ArrowRight');
          await page.keyboard.press('Control+End');
          await page.waitForTimeout(150);
        }
      }
      // The next sequence starts from an empty editor. Clearing is not under test, but a Ctrl+A
      // pressed while a fix is still being read back has been seen collapsed under load (about 1 in
      // 50 sequences, ProseMirror and CKEditor): it is tried again, and each retry is recorded.
      for (let attempt = 0; ; attempt++) {
        await opened.field.focus();
        await page.keyboard.press('Control+a');
        // Slate deletes from its model's selection, which follows the DOM's a moment later.
        await page.waitForTimeout(150);
        await page.keyboard.press('Delete');
        const cleared = await expect
          .poll(() => modelText(page), { timeout: 2_000 })
          .toBe('')
          .then(() => true)
          .catch(() => false);
        if (cleared) break;
        test.info().annotations.push({ type: 'clearing retried', description: `after seed ${sequence.seed}` });
        if (attempt === 2) throw new Error(`the editor could not be cleared after seed ${sequence.seed}`);
      }
      await page.waitForTimeout(editor.undoGroupingMs);
    }
  });
}

for (const name of ['ckeditor5', 'trix']) {
  test(`${name}: a fix through the editor's API keeps the formatting of the words it changes`, async ({ portal }) => {
    const editor = EDITOR_CASES.find((candidate) => candidate.name === name) as EditorCase;
    const opened = await openEditor(portal, editor);
    const { page, ui, cardUi, field } = opened;
    await page.keyboard.type('Hi Maria, ');
    // Trix takes Ctrl+B a moment later (its toolbar button shows when): a person's next key comes
    // later anyway.
    const bold = name === 'trix' ? page.locator('button[data-trix-attribute="bold"]') : null;
    await page.keyboard.press('Control+b');
    if (bold) await expect(bold).toHaveClass(/trix-active/);
    await page.waitForTimeout(150);
    await page.keyboard.type('URGENT');
    await page.keyboard.press('Control+b');
    if (bold) await expect(bold).not.toHaveClass(/trix-active/);
    await page.waitForTimeout(150);
    await page.keyboard.type(' news about your case');
    await expect(field.locator('strong')).toHaveText('URGENT');
    await openCardFrom(cardUi, underline(ui, 'all-caps').first());
    await fixButton(cardUi, 'all-caps').click();
    await expect.poll(() => modelText(page)).toMatch(/^Hi Maria, [Uu]rgent news about your case$/);
    await expect(field.locator('strong')).toHaveText(/^[Uu]rgent$/);
  });
}

test('ckeditor5 on a page that hides its editor instance: the fix still reaches the model, by the beforeinput CKEditor listens to', async ({
  portal,
}) => {
  const { fixes } = expectations();
  await portal.goto('editors/ckeditor5/index.html?hide-instance');
  const { page } = portal;
  await page.waitForFunction(() => window.__editorReady === true);
  const field = page.locator('.ck-editor__editable');
  expect(await field.evaluate((element) => 'ckeditorInstance' in element && element.ckeditorInstance)).toBeFalsy();
  await field.click();
  await page.keyboard.type(MESSAGE);
  await openCardFrom(page, underline(page, 'repeated-punctuation').first());
  await fixButton(page, 'repeated-punctuation').click();
  await expectHolds({ page, ui: page, cardUi: page, field }, withFix(MESSAGE, fixes['repeated-punctuation'] as Fix));
});
