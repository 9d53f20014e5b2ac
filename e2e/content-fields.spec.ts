/**
 * Live checking inside message fields: badge, underlines, the card and its fixes, undo and the
 * keyboard path, for a textarea, a text input and a plain contenteditable.
 */

import type { Locator, Page } from '@playwright/test';
import {
  badge,
  card,
  EXPECTED,
  FIELD_IDS,
  type FieldKind,
  fieldText,
  fixButton,
  nextFrames,
  openCardFrom,
  SAMPLE,
  typeInto,
  underline,
  underlines,
} from './content-support';
import { expect, LOAD_ALLOWANCE, test } from './fixtures';
import type { PortalPage } from './page-objects';

const KINDS: FieldKind[] = ['textarea', 'input', 'contenteditable'];

/** The test page with the checker attached, and the field of that kind. */
async function openField(portal: PortalPage, kind: FieldKind): Promise<Locator> {
  await portal.goto('content-basic.html');
  await expect(portal.checkerHost).toHaveCount(1);
  return portal.page.locator(FIELD_IDS[kind]);
}

/** A line with a finding of several rules, repeated to 100,000 characters. */
const HUGE_LINE = 'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9am. URGENT 😀 ';
const HUGE_TEXT = HUGE_LINE.repeat(Math.ceil(100_000 / HUGE_LINE.length)).slice(0, 100_000);

/** Waits until the badge counts more than `count` findings (a huge text takes a while to lint). */
async function expectFindingsAbove(page: Page, count: number): Promise<void> {
  await expect
    .poll(async () => Number(await badge(page).getAttribute('data-findings')), { timeout: 15_000 })
    .toBeGreaterThan(count);
}

for (const kind of KINDS) {
  test.describe(`${kind} field`, () => {
    test.beforeEach(async ({ portal }) => {
      await portal.goto('content-basic.html');
      await expect(portal.checkerHost).toHaveCount(1);
    });

    test('shows the badge and underlines while typing', async ({ portal }) => {
      const { page } = portal;
      const field = page.locator(FIELD_IDS[kind]);
      await typeInto(page, field, SAMPLE);
      await expect(badge(page)).toHaveCount(1);
      await expect(badge(page)).toHaveAttribute('data-findings', String(EXPECTED.findings));
      await expect(badge(page)).toHaveAttribute('data-verdict', EXPECTED.verdict);
      for (const ruleId of ['public-url-shortener', 'emoji', 'all-caps']) {
        await expect(underline(page, ruleId).first()).toBeAttached();
      }
      // Underlines sit on the text they flag: the emoji underline lies inside the field's box.
      await expect
        .poll(async () => {
          const [fieldBox, markBox] = await Promise.all([
            field.boundingBox(),
            underline(page, 'emoji').first().boundingBox(),
          ]);
          if (!fieldBox || !markBox) return 'no box';
          return (
            markBox.x >= fieldBox.x &&
            markBox.y >= fieldBox.y &&
            markBox.y + markBox.height <= fieldBox.y + fieldBox.height + 1
          );
        })
        .toBe(true);
      // The page's editor DOM is untouched.
      if (kind === 'contenteditable') {
        expect(await field.evaluate((element) => element.querySelectorAll('*').length)).toBe(0);
      }
    });

    for (const ruleId of ['emoji', 'all-caps']) {
      test(`applies the ${ruleId} fix from the card, and Ctrl+Z undoes it`, async ({ portal }) => {
        const { page } = portal;
        const field = page.locator(FIELD_IDS[kind]);
        await typeInto(page, field, SAMPLE);
        await openCardFrom(page, underline(page, ruleId).first());
        await fixButton(page, ruleId).click();
        await expect.poll(() => fieldText(field)).toBe(EXPECTED.afterFix[ruleId]);
        await expect(card(page)).toBeHidden();
        await expect(underline(page, ruleId)).toHaveCount(0);
        await expect(field).toBeFocused();
        await page.keyboard.press('Control+z');
        await expect.poll(() => fieldText(field)).toBe(SAMPLE);
      });
    }

    test('"Fix all safe issues" from the badge applies every safe fix', async ({ portal }) => {
      const { page } = portal;
      const field = page.locator(FIELD_IDS[kind]);
      await typeInto(page, field, SAMPLE);
      await expect(badge(page)).toHaveAttribute('data-findings', String(EXPECTED.findings));
      await badge(page).click();
      await expect(card(page)).toBeVisible();
      await card(page).getByRole('button', { name: 'Fix all safe issues' }).click();
      await expect.poll(() => fieldText(field)).toBe(EXPECTED.afterSafeFixes);
      await expect(badge(page)).toHaveAttribute('data-findings', String(EXPECTED.findingsAfterSafeFixes));
      if (kind !== 'contenteditable') {
        // One undo step for the whole batch in text controls.
        await page.keyboard.press('Control+z');
        await expect.poll(() => fieldText(field)).toBe(SAMPLE);
      }
    });

    test('keyboard: Alt+Enter in a flagged word opens the card, Escape returns to the caret', async ({ portal }) => {
      const { page } = portal;
      const field = page.locator(FIELD_IDS[kind]);
      await typeInto(page, field, SAMPLE);
      await expect(underline(page, 'all-caps').first()).toBeAttached();
      // Move the caret to the end of "URGENT" (back over "now" and the space).
      for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Alt+Enter');
      await expect(card(page)).toBeVisible();
      await expect(fixButton(page, 'all-caps')).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(card(page)).toBeHidden();
      await expect(field).toBeFocused();
      await page.keyboard.type('X');
      await expect.poll(() => fieldText(field)).toBe('Check bit.ly/abc 😀 URGENTX now');
    });
  });
}

test('the caret stays where the user was, shifted by the fix', async ({ portal }) => {
  const { page } = portal;
  const field = await openField(portal, 'textarea');
  await typeInto(page, field, SAMPLE);
  // The caret is at the end; the fix (from the badge's card) removes text before it.
  await badge(page).click();
  await fixButton(page, 'emoji').click();
  const expected = EXPECTED.afterFix.emoji as string;
  await expect.poll(() => fieldText(field)).toBe(expected);
  await expect(field).toBeFocused();
  await expect
    .poll(() => field.evaluate((element) => (element as HTMLTextAreaElement).selectionStart))
    .toBe(expected.length);
  // The checker places the caret again in the next frame (for editors that restore their own).
  await nextFrames(page);
  await page.keyboard.type('!');
  await expect.poll(() => fieldText(field)).toBe(`${expected}!`);
});

test('a fix on stale text is re-mapped when the change was elsewhere, dropped when it hit the range', async ({
  portal,
}) => {
  const { page } = portal;
  const field = await openField(portal, 'textarea');
  await typeInto(page, field, SAMPLE);
  await openCardFrom(page, underline(page, 'all-caps').first());
  // The page (not the user) prepends text while the card is open: the card's fix must still land on URGENT.
  await field.evaluate((element) => {
    const textarea = element as HTMLTextAreaElement;
    textarea.setRangeText('Hi! ', 0, 0, 'end');
  });
  await fixButton(page, 'all-caps').click();
  await expect.poll(() => fieldText(field)).toBe(`Hi! ${EXPECTED.afterFix['all-caps']}`);
});

test('a 100,000-character paste stays responsive', async ({ portal }) => {
  const { page } = portal;
  const field = await openField(portal, 'textarea');
  await field.click();
  const started = Date.now();
  await page.keyboard.insertText(HUGE_TEXT);
  await expect(badge(page)).toBeVisible();
  await expectFindingsAbove(page, 100);
  await page.keyboard.type('!');
  await expect.poll(() => field.evaluate((element) => (element as HTMLTextAreaElement).value.endsWith('!'))).toBe(true);
  expect(Date.now() - started).toBeLessThan(8_000 * LOAD_ALLOWANCE);
  // Only the visible part is drawn.
  expect(await underlines(page).count()).toBeLessThan(400);
  // A keystroke costs the checker one cheap frame: the time from the input event to the end of
  // the next animation frame excludes the browser's own (slow) insertion into a 100k textarea.
  const frameAfterKeystroke = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const textarea = document.querySelector('#textarea-field') as HTMLTextAreaElement;
        textarea.focus();
        document.execCommand('insertText', false, 'x');
        const inserted = performance.now();
        requestAnimationFrame(() => resolve(performance.now() - inserted));
      }),
  );
  expect(frameAfterKeystroke).toBeLessThan(250 * LOAD_ALLOWANCE);
  // When typing pauses, the text is linted and the underlines come back.
  await expect(underlines(page).first()).toBeAttached({ timeout: 10_000 });
});

for (const [shape, separator] of [
  ['paragraphs', '\n'],
  ['one paragraph', ' '],
] as const) {
  test(`scrolled to the middle of a 100,000-character textarea (${shape}), the underlines sit under their words`, async ({
    portal,
  }) => {
    const { page } = portal;
    const field = await openField(portal, 'textarea');
    await field.click();
    // Paragraphs of varied length (some wrap over several lines) with URGENT at a different place in each.
    const filler = 'Your hearing moved to Friday at nine in the morning, please bring the documents we discussed.';
    const paragraphs: string[] = [];
    for (let index = 0; paragraphs.join('\n').length < 100_000; index++) {
      paragraphs.push(
        `${index}: ${filler.slice(0, (index * 37) % filler.length)} URGENT ${filler.slice(0, index % 60)}`,
      );
    }
    const big = paragraphs.join(separator).slice(0, 100_000);
    await page.keyboard.insertText(big);
    await expectFindingsAbove(page, 100);
    await field.evaluate((element) => {
      element.scrollTop = element.scrollHeight * 0.55;
    });
    const marks = underline(page, 'all-caps');
    await expect(marks.first()).toBeAttached({ timeout: 10_000 });

    // The oracle: the whole text laid out in a copy of the textarea, scrolled the same way.
    const expected = await field.evaluate((element) => {
      const textarea = element as HTMLTextAreaElement;
      const style = getComputedStyle(textarea);
      const copy = document.createElement('div');
      for (const property of style) copy.style.setProperty(property, style.getPropertyValue(property));
      const box = textarea.getBoundingClientRect();
      Object.assign(copy.style, {
        position: 'fixed',
        left: `${box.left}px`,
        top: `${box.top}px`,
        overflow: 'hidden',
        visibility: 'hidden',
      });
      copy.textContent = `${textarea.value} `;
      document.body.append(copy);
      copy.scrollTop = textarea.scrollTop;
      const text = copy.firstChild as Text;
      const rects: { left: number; top: number }[] = [];
      for (let at = textarea.value.indexOf('URGENT'); at !== -1; at = textarea.value.indexOf('URGENT', at + 1)) {
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 6);
        const rect = range.getBoundingClientRect();
        if (rect.bottom > box.top && rect.top < box.bottom) rects.push({ left: rect.left, top: rect.top });
      }
      copy.remove();
      return rects;
    });
    expect(expected.length).toBeGreaterThan(3);
    // The underlines drawn before the scroll go first; those for the middle follow once the
    // paragraphs are measured. Wait for that state, then check every underline.
    const underlinesMisplaced = async () => {
      const drawn = await marks.evaluateAll((elements) =>
        elements.map((element) => {
          const rect = element.getBoundingClientRect();
          return { left: rect.left, top: rect.top };
        }),
      );
      if (drawn.length <= 3) return [`only ${drawn.length} underlines`];
      return drawn
        .filter(
          (mark) =>
            !expected.some((rect) => Math.abs(rect.left - mark.left) <= 2 && Math.abs(rect.top - mark.top) <= 2),
        )
        .map((mark) => `underline at ${mark.left},${mark.top} is not under an URGENT`);
    };
    await expect.poll(underlinesMisplaced, { timeout: 10_000 }).toEqual([]);
  });
}

test('a 100,000-character paste into a growing contenteditable underlines only what is on screen', async ({
  portal,
}) => {
  const { page } = portal;
  const field = await openField(portal, 'contenteditable');
  await field.click();
  // One text node taller than the window: the editor grows with its text instead of scrolling.
  await page.keyboard.insertText(HUGE_TEXT);
  await expectFindingsAbove(page, 1_000);
  await expect(underline(page, 'all-caps').first()).toBeAttached({
    timeout: 10_000,
  });
  const marks = underlines(page);
  const viewportHeight = await page.evaluate(() => window.innerHeight);
  // Polled: a scroll after the paste redraws the marks in a later frame.
  const marksOnScreen = async () => {
    const tops = await marks.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().top));
    return {
      // Far fewer than the thousands of findings in the text: only the window's worth.
      windowsWorth: tops.length > 3 && tops.length < 200,
      offScreen: tops.filter((top) => top < -30 || top > viewportHeight + 30),
    };
  };
  await expect.poll(marksOnScreen).toEqual({ windowsWorth: true, offScreen: [] });
});
