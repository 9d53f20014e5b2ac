/**
 * Helpers for the content-script specs: the checker's UI is found through its data attributes
 * inside its closed shadow root, which the fixtures reveal to the specs (checker-ui.ts), field
 * text is read the way a sender would read it, and expected results come from the rules library
 * itself so the specs do not hard-code fix labels.
 */
import { expect, type Frame, type FrameLocator, type Locator, type Page, type Worker } from '@playwright/test';
import { checkerHost, checkerUi } from './checker-ui';

export { checkerHost };

export const SAMPLE = 'Check bit.ly/abc 😀 URGENT now';

/**
 * What the rules library does to SAMPLE (src/rules is not importable from Playwright's loader:
 * the `tlds` JSON import needs an import attribute there). Checked against lint() when written.
 */
export const EXPECTED = {
  /** sender-identification, public-url-shortener, emoji, all-caps. */
  findings: 4,
  verdict: 'blocked',
  afterFix: {
    emoji: 'Check bit.ly/abc URGENT now',
    // The emoji ends a sentence: the word after it starts the next one with a capital.
    'all-caps': 'Check bit.ly/abc 😀 Urgent now',
  } as Record<string, string>,
  afterSafeFixes: 'Check bit.ly/abc Urgent now',
  findingsAfterSafeFixes: 2,
};

export type FieldKind = 'textarea' | 'input' | 'contenteditable';

export const FIELD_IDS: Record<FieldKind, string> = {
  textarea: '#textarea-field',
  input: '#input-field',
  contenteditable: '#editable-field',
};

type Scope = Page | FrameLocator | Frame;

export function badge(scope: Scope): Locator {
  return checkerUi(scope, '[data-sms-badge]').filter({ visible: true });
}

/** Every badge, shown or hidden. */
export function anyBadge(scope: Scope): Locator {
  return checkerUi(scope, '[data-sms-badge]');
}

export function underline(scope: Scope, ruleId: string): Locator {
  return checkerUi(scope, `[data-rule-id="${ruleId}"]`);
}

/** Every underline the checker drew, whatever its rule. */
export function underlines(scope: Scope): Locator {
  return checkerUi(scope, '[data-rule-id]');
}

export function card(scope: Scope): Locator {
  return checkerUi(scope, '[role="dialog"][data-sms-card]');
}

/** The first fix button the card offers for a rule's finding. */
export function fixButton(scope: Scope, ruleId: string): Locator {
  return card(scope).locator(`li[data-finding="${ruleId}"] button.fix`).first();
}

/** The field's text with editor-inserted non-breaking spaces read as spaces. */
export async function fieldText(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement
      ? element.value
      : // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the editor's line breaks.
        (element as HTMLElement).innerText.replaceAll('\u00a0', ' ').replace(/\n$/, ''),
  );
}

/**
 * Clicks an underline the way a user does and waits for its card. An underline is drawn in the
 * frame after it is added, and may be redrawn when a newer answer lands: a click that missed it is
 * tried again rather than left to the test's timeout.
 */
export async function openCardFrom(scope: Scope, mark: Locator): Promise<void> {
  await expect(async () => {
    expect((await mark.boundingBox())?.width ?? 0).toBeGreaterThan(0);
    await mark.click({ force: true, timeout: 2_000 });
    await expect(card(scope)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.click();
  await page.keyboard.type(text);
}

/** Resolves after two animation frames of the page: work the checker queued for the next frame is done. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/**
 * The positive signal an absence check on a page of a site that is not enabled waits for: once the
 * page has loaded (past the moment a content script is injected, document_idle), an iframe of an
 * enabled site (the test server's localhost) is added to it, and its checker attaching shows that
 * the extension's content scripts ran in this tab after the page's own chance had passed.
 */
export async function enabledFrameAttached(page: Page, port: number): Promise<FrameLocator> {
  await page.waitForLoadState('load');
  await page.evaluate((url) => {
    const frame = document.createElement('iframe');
    frame.id = 'enabled-site-frame';
    frame.src = url;
    document.body.append(frame);
  }, `http://localhost:${port}/content-basic.html`);
  const frame = page.frameLocator('#enabled-site-frame');
  await expect(checkerHost(frame)).toHaveCount(1, { timeout: 15_000 });
  return frame;
}

/**
 * Presses Space in the field until the badge says the in-page linter made its findings: it starts
 * when the field is first focused, and the keys before that are linted in the background.
 */
export async function untilLintedInPage(scope: Page | Frame, field: Locator): Promise<void> {
  await expect(async () => {
    await field.press('Space');
    await expect(badge(scope)).toHaveAttribute('data-linter', 'page', { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

/**
 * Over the in-page linter's limit (5,000 characters): the background lints it. Its shortener is
 * at the top, where underlines are drawn (only the visible part of a long text is underlined).
 */
export const BACKGROUND_LINTED_TEXT = `See bit.ly/x. ${'Your hearing is on Friday at 9am. '.repeat(160)}`;

/** A rectangle on the page, as Playwright's boundingBox gives it. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('no box');
  return box;
}

/** Runs a command as the browser does when its shortcut is pressed in `page`'s tab (the test build exposes the handler). */
export async function runCommand(worker: Worker, page: Page, command: string): Promise<string> {
  return worker.evaluate(
    async ({ command, url }) => {
      const [tab] = await chrome.tabs.query({ url });
      const run = (globalThis as { smsCheckRunCommand?: (name: string, tab?: chrome.tabs.Tab) => Promise<string> })
        .smsCheckRunCommand;
      if (!run) throw new Error('this build does not expose the command handler (a test build does)');
      return run(command, tab);
    },
    { command, url: page.url() },
  );
}
