import {
  badge,
  boxOf,
  card,
  EXPECTED,
  fieldText,
  fixButton,
  openCardFrom,
  overlaps,
  SAMPLE,
  typeInto,
  underline,
} from './content-support';
import { expect, test } from './fixtures';
import type { PortalPage } from './page-objects';

async function openCardPage(portal: PortalPage): Promise<void> {
  await portal.goto('content-card.html');
  await expect(portal.checkerHost).toHaveCount(1);
}

test('the summary lists errors first under the popup headings, with the popup verdict', async ({ portal }) => {
  const { page } = portal;
  await portal.goto('content-basic.html');
  await typeInto(page, page.locator('#textarea-field'), SAMPLE);
  await expect(badge(page)).toHaveAttribute('data-findings', String(EXPECTED.findings));
  await badge(page).click();
  await expect(card(page).locator('h2')).toHaveText(`Likely to be filtered: ${EXPECTED.findings} issues`);
  const headings = await card(page).locator('.group h3').allTextContents();
  expect(headings[0]).toMatch(/^Must fix \(\d+\)$/);
  expect(headings.map((heading) => heading.replace(/ \(\d+\)$/, ''))).toEqual(
    ['Must fix', 'Should fix', 'Good to know'].filter((title) => headings.some((heading) => heading.startsWith(title))),
  );
  const severities = await card(page)
    .locator('li.finding')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-severity')));
  const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
  const ranks = severities.map((severity) => rank[severity ?? ''] ?? 3);
  expect(ranks).toEqual([...ranks].sort());
  expect(ranks[0]).toBe(0);
  // The severity and the rule's description are two words apart for a screen reader and a copy,
  // not "ErrorFlags links ...".
  const lines = await card(page).locator('li.finding > div:first-child').allTextContents();
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line).toMatch(/^(Error|Warning|Note) [A-Z]/);
});

test('the badge opens a long summary at its top: the heading and the first error stay in view, Tab reaches the fixes', async ({
  portal,
}) => {
  const { page } = portal;
  await page.setViewportSize({ width: 1280, height: 720 });
  await portal.goto('content-basic.html');
  // The first error (the shortener) has no fix; the first fix button lies far down the list.
  await typeInto(
    page,
    page.locator('#textarea-field'),
    'Hi Maria!! your hearing is on monday at 9am. Please sign the the form at bit.ly/hd-sign ASAP 😀 URGENT',
  );
  await expect(underline(page, 'emoji')).toHaveCount(1);
  await badge(page).click();
  await expect(card(page)).toBeVisible();
  const heading = card(page).locator('h2');
  await expect(heading).toBeInViewport({ ratio: 1 });
  expect(await card(page).evaluate((element) => element.scrollTop)).toBe(0);
  await expect(card(page).locator('li.finding').first()).toHaveAttribute('data-severity', 'error');
  // The keyboard still gets there: the card holds the focus, and Tab goes on into it.
  for (let press = 0; press < 12; press++) {
    await page.keyboard.press('Tab');
    const onFix = await card(page)
      .locator('button.fix')
      .evaluateAll((buttons) =>
        buttons.some((button) => (button.getRootNode() as ShadowRoot).activeElement === button),
      );
    if (onFix) return;
  }
  throw new Error('Tab never reached a fix button of the card');
});

test('the card paints above the underlines it covers', async ({ portal }) => {
  const { page } = portal;
  await openCardPage(portal);
  const field = page.locator('#tall-field');
  await field.click();
  for (let line = 0; line < 8; line++) await page.keyboard.type(`Line ${line} URGENT news today\n`);
  await expect(underline(page, 'all-caps')).toHaveCount(8);
  await openCardFrom(page, underline(page, 'all-caps').first());
  // Hit testing follows paint order: with the underlines made hit-testable for a moment (they
  // ignore the pointer otherwise), the topmost element where one meets the card must be the card's.
  const covered = await card(page).evaluate((cardElement) => {
    const root = cardElement.getRootNode() as ShadowRoot;
    const cardBox = cardElement.getBoundingClientRect();
    const marks = [...root.querySelectorAll<HTMLElement>('[data-rule-id]')];
    for (const mark of marks) mark.style.pointerEvents = 'auto';
    const onTop: boolean[] = [];
    for (const mark of marks) {
      const box = mark.getBoundingClientRect();
      const left = Math.max(box.left, cardBox.left);
      const right = Math.min(box.right, cardBox.right);
      const top = Math.max(box.top, cardBox.top);
      const bottom = Math.min(box.bottom, cardBox.bottom);
      if (right - left < 2 || bottom - top < 2) continue;
      const hit = root.elementFromPoint((left + right) / 2, (top + bottom) / 2);
      onTop.push(hit !== null && cardElement.contains(hit));
    }
    for (const mark of marks) mark.style.pointerEvents = '';
    return onTop;
  });
  expect(covered.length).toBeGreaterThan(0);
  expect(covered).toEqual(covered.map(() => true));
});

test('the badge of a narrow one-line input sits outside it, never over its text', async ({ portal }) => {
  const { page } = portal;
  await openCardPage(portal);
  const input = page.locator('#narrow-field');
  await typeInto(page, input, 'Hi URGENT news');
  await expect(badge(page)).toBeVisible();
  const inputBox = await boxOf(input);
  const badgeBox = await boxOf(badge(page));
  expect(overlaps(inputBox, badgeBox)).toBe(false);
});

test('in a 200 px editor frame the card opens in the top document beside the frame, whole, off the line', async ({
  portal,
}) => {
  const { page } = portal;
  await openCardPage(portal);
  const frame = page.frameLocator('#small-frame');
  const editor = frame.locator('#small-editor');
  await typeInto(page, editor, SAMPLE);
  await expect(underline(frame, 'all-caps').first()).toBeAttached();
  const line = await boxOf(underline(frame, 'all-caps').first());
  await openCardFrom(page, underline(frame, 'all-caps').first());
  // The frame could only show part of it: the top document shows it, and the frame's stays empty.
  await expect(card(frame)).toBeHidden();
  const cardBox = await boxOf(card(page));
  const frameBox = await boxOf(page.locator('#small-frame'));
  expect(cardBox.height).toBeGreaterThan(frameBox.height);
  expect(overlaps({ x: frameBox.x, y: line.y, width: frameBox.width, height: line.height }, cardBox)).toBe(false);
  const fixAll = card(page).getByRole('button', { name: 'Fix all safe issues' });
  await expect(fixAll).toBeInViewport({ ratio: 1 });
  await fixAll.click();
  await expect.poll(() => fieldText(editor)).toBe(EXPECTED.afterSafeFixes);
});

test('in a frame scrolled partly out of the window, the card opens where the user sees it', async ({ portal }) => {
  const { page } = portal;
  await openCardPage(portal);
  const frame = page.frameLocator('#small-frame');
  const editor = frame.locator('#small-editor');
  await editor.click();
  // The flagged line low in the 200 px frame.
  for (let line = 0; line < 6; line++) await page.keyboard.press('Enter');
  await page.keyboard.type('Hi URGENT news');
  await expect(underline(frame, 'all-caps').first()).toBeAttached();
  // The frame's top 60 px go above the window.
  await page.evaluate(() => {
    const top = document.getElementById('small-frame')?.getBoundingClientRect().top ?? 0;
    window.scrollBy(0, top + 60);
  });
  const mark = underline(frame, 'all-caps').first();
  await expect.poll(async () => (await mark.boundingBox())?.y ?? -1).toBeGreaterThan(0);
  const line = await boxOf(mark);
  await openCardFrom(page, mark);
  const cardBox = await boxOf(card(page));
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  expect(cardBox.y).toBeGreaterThanOrEqual(0);
  expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(viewport.height);
  expect(overlaps({ x: 0, y: line.y, width: viewport.width, height: line.height }, cardBox)).toBe(false);
});

test('an editor that keeps its own text: the card says so and offers the fixed message to copy', async ({
  portal,
  context,
}) => {
  const { page } = portal;
  await openCardPage(portal);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  const editor = page.locator('#stubborn-field');
  await typeInto(page, editor, 'Hi Maria URGENT news today');
  await expect(underline(page, 'all-caps').first()).toBeAttached();
  await openCardFrom(page, underline(page, 'all-caps').first());
  await fixButton(page, 'all-caps').click();
  await expect(card(page).locator('h2')).toHaveText('This editor did not accept the change: copy the fix');
  await expect(card(page).locator('textarea.fixed-text')).toHaveValue('Hi Maria urgent news today');
  // The user's text is as it was, in the editor's own model too.
  expect(await fieldText(editor)).toBe('Hi Maria URGENT news today');
  expect(await page.evaluate(() => (window as unknown as { stubbornModel(): string }).stubbornModel())).toBe(
    'Hi Maria URGENT news today',
  );
  await card(page).getByRole('button', { name: 'Copy the fix' }).click();
  await expect(card(page).getByRole('status')).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Hi Maria urgent news today');
});

test('Alt+Enter never changes the text, in a flagged word or elsewhere, even where the editor takes Enter', async ({
  portal,
}) => {
  const { page } = portal;
  await openCardPage(portal);
  const field = page.locator('#enter-field');
  await typeInto(page, field, SAMPLE);
  await expect(underline(page, 'all-caps').first()).toBeAttached();
  // At the end, away from every finding: nothing opens, and no line break goes in.
  await page.keyboard.press('Alt+Enter');
  await page.keyboard.press('Alt+Enter');
  expect(await fieldText(field)).toBe(SAMPLE);
  // In the flagged word: the card opens, the text stays.
  for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Alt+Enter');
  await expect(card(page)).toBeVisible();
  expect(await fieldText(field)).toBe(SAMPLE);
});

test('"Fix all" reads as a sentence: the word after an emoji starts with a capital', async ({ portal }) => {
  const { page } = portal;
  await portal.goto('content-basic.html');
  const field = page.locator('#textarea-field');
  await typeInto(page, field, 'Hi Maria!! Your case update is ready 🎉 URGENT: sign today');
  await expect(underline(page, 'all-caps').first()).toBeAttached();
  await badge(page).click();
  await card(page).getByRole('button', { name: 'Fix all safe issues' }).click();
  await expect.poll(() => fieldText(field)).toMatch(/Hi Maria! Your case update is ready Urgent: sign today$/);
  const text = await fieldText(field);
  expect(text).not.toMatch(/ {2}| [.,!?:;]/);
});
