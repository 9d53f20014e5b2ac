/**
 * The Firefox test build (dist-firefox-test/: the shipped build plus the demo portal's content
 * scripts, see manifest.test.json) in Firefox itself (Debian's firefox-esr), driven over WebDriver
 * BiDi by puppeteer-core: Playwright only drives its own patched Firefox, which cannot be
 * downloaded here. What differs from Chrome is exercised: the background is an event page (it lints
 * long texts and hosts the spell checker itself, with no offscreen document), the in-page linter is
 * imported by a moz-extension URL, and the manifest is derived.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from '../e2e/static-server.mjs';
import { GECKO_ID } from '../src/shared/extension-id';

const FIREFOX_CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
const EXTENSION_DIRECTORY =
  process.env.E2E_FIREFOX_EXTENSION_DIRECTORY ?? fileURLToPath(new URL('../dist-firefox-test', import.meta.url));
/** Where Firefox on Linux reads enterprise policy (docs/admin.md). */
const POLICY_FILE = '/etc/firefox/policies/policies.json';

let browser: Browser;
let server: StaticServer;

function firefoxPath(): string {
  const found = FIREFOX_CANDIDATES.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error('Firefox not found: install firefox-esr (Debian) or set FIREFOX_PATH.');
  return found;
}

/** Polls `read` until `accept` holds (or throws with the last value after the timeout). */
async function waitFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

interface CheckerView {
  findings: string | null;
  verdict: string | null;
  /** Which linter made the findings: 'page' (the in-page linter) or 'background'. */
  linter: string | null;
  rules: string[];
}

/** What the checker's host element is called: this prefix and a random suffix (src/content/shadow-host.ts). */
const HOST_PREFIX = 'sms-compliance-checker-';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { result?: unknown } }>;
}

/**
 * The checker's UI is in a closed shadow root, which page script cannot reach. WebDriver BiDi,
 * like DevTools, serializes closed roots (includeShadowTree: 'all'): the test takes the root's
 * reference that way and hands it to the page as `window.__smsCheckerTestRoot`, for the helpers
 * below (the same test instrument as e2e/checker-ui.ts for Chromium). puppeteer-core has no public
 * call for a raw BiDi command, hence the casts. Resolves false while the checker has no host yet.
 */
async function revealCheckerRoot(page: Page, frame: Frame = page.mainFrame()): Promise<boolean> {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (frame as unknown as { _id: string })._id;
  const found = await connection.send('script.callFunction', {
    functionDeclaration: `() => [...document.documentElement.children].find((element) => element.localName.startsWith(${JSON.stringify(HOST_PREFIX)})) ?? null`,
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const host = found.result.result as { value?: { shadowRoot?: { sharedId?: string; value?: { mode?: string } } } };
  const shadow = host?.value?.shadowRoot;
  if (!shadow?.sharedId || shadow.value?.mode !== 'closed') return false;
  await connection.send('script.callFunction', {
    functionDeclaration: '(root) => { window.__smsCheckerTestRoot = root; }',
    target: { context },
    awaitPromise: false,
    arguments: [{ sharedId: shadow.sharedId }],
  });
  return frame.evaluate(
    () => (window as unknown as { __smsCheckerTestRoot?: ShadowRoot }).__smsCheckerTestRoot != null,
  );
}

function checkerView(page: Page): Promise<CheckerView> {
  return page.evaluate(() => {
    const root = (window as unknown as { __smsCheckerTestRoot?: ShadowRoot }).__smsCheckerTestRoot;
    const badge = root?.querySelector('[data-sms-badge]:not([hidden])');
    return {
      findings: badge?.getAttribute('data-findings') ?? null,
      verdict: badge?.getAttribute('data-verdict') ?? null,
      linter: badge?.getAttribute('data-linter') ?? null,
      rules: [...(root?.querySelectorAll('[data-rule-id]') ?? [])].map(
        (mark) => mark.getAttribute('data-rule-id') ?? '',
      ),
    };
  });
}

/** The centre of the first element matching `selector` in the checker's root (scrolled into view), or null. */
function centerInChecker(page: Page, selector: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((css) => {
    const element = (window as unknown as { __smsCheckerTestRoot?: ShadowRoot }).__smsCheckerTestRoot?.querySelector(
      css,
    );
    if (!element) return null;
    element.scrollIntoView({ block: 'nearest' });
    const rect = element.getBoundingClientRect();
    return rect.width > 0 ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  }, selector);
}

/**
 * Clicks the rule's underline, as a user would, and the first fix button of the card it opens
 * (real mouse clicks: our UI ignores clicks made by script).
 */
async function applyFixFromCard(page: Page, ruleId: string): Promise<void> {
  const mark = await centerInChecker(page, `[data-rule-id="${ruleId}"]`);
  if (!mark) throw new Error(`no ${ruleId} underline`);
  await page.mouse.click(mark.x, mark.y);
  const fix = await waitFor(
    () => centerInChecker(page, `li[data-finding="${ruleId}"] button.fix`),
    (center) => center !== null,
  );
  if (fix) await page.mouse.click(fix.x, fix.y);
}

/** A test page with the checker attached, in the shared browser unless `on` says otherwise. */
async function openPortal(path = 'portal.html', on: Browser = browser): Promise<Page> {
  const page = await on.newPage();
  await page.goto(server.url(path));
  await waitFor(
    () => revealCheckerRoot(page),
    (revealed) => revealed,
  );
  return page;
}

/** Types into the field and waits until the checker underlines something of `ruleId`. */
async function typeUntilFlagged(
  page: Page,
  selector: string,
  text: string,
  ruleId: string,
  timeoutMs?: number,
): Promise<CheckerView> {
  await page.click(selector);
  await page.keyboard.type(text);
  return waitFor(
    () => checkerView(page),
    (current) => current.rules.includes(ruleId),
    timeoutMs,
  );
}

beforeAll(async () => {
  if (!existsSync(`${EXTENSION_DIRECTORY}/manifest.json`)) {
    throw new Error('No Firefox test build in dist-firefox-test/: run `npm run build:firefox` first.');
  }
  server = await startStaticServer();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
  });
  const installed = await browser.installExtension(EXTENSION_DIRECTORY);
  expect(installed).toBe(GECKO_ID);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Firefox', () => {
  it('checks what is typed in the demo portal', async () => {
    const page = await openPortal();
    await page.click('#message');
    await page.keyboard.type('Hi 😀 see bit.ly/x URGENT');
    const expected = ['all-caps', 'emoji', 'public-url-shortener', 'sender-identification'];
    // The badge shows the answer at once; the underlines follow in the next frame.
    const view = await waitFor(
      () => checkerView(page),
      (current) => current.findings === '4' && [...new Set(current.rules)].sort().join() === expected.join(),
    );
    expect(view.verdict).toBe('blocked');
    await page.close();
  });

  it('lints in the page once a field is focused, and long texts in the background page', async () => {
    const page = await openPortal();
    await page.click('#message');
    // The in-page linter starts on focus; keys typed meanwhile are linted in the background.
    await waitFor(
      async () => {
        await page.keyboard.type(' ');
        return checkerView(page);
      },
      (current) => current.linter === 'page',
    );
    await page.keyboard.type('see bit.ly/x');
    const view = await waitFor(
      () => checkerView(page),
      (current) => current.rules.includes('public-url-shortener'),
    );
    expect(view.linter).toBe('page');
    await page.$eval('#message', (field) => {
      const textarea = field as HTMLTextAreaElement;
      // The findings near the top, where the underlines are drawn (only what is visible is).
      textarea.value = `See bit.ly/x 😀 ${'Your hearing is on Friday at 9am. '.repeat(160)}`;
      textarea.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    const long = await waitFor(
      () => checkerView(page),
      (current) => current.linter === 'background' && current.rules.includes('emoji'),
    );
    expect(long.rules).toContain('public-url-shortener');
    await page.close();
  });

  it('applies a fix from the card through the editing path, and undo restores the text', async () => {
    const page = await openPortal();
    await typeUntilFlagged(page, '#message', 'Thanks 😀 see you', 'emoji');
    await applyFixFromCard(page, 'emoji');
    const value = () => page.$eval('#message', (field) => (field as HTMLTextAreaElement).value);
    expect(await waitFor(value, (text) => !text.includes('😀'))).toBe('Thanks see you');
    await page.focus('#message');
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    expect(await waitFor(value, (text) => text.includes('😀'))).toBe('Thanks 😀 see you');
    await page.close();
  });

  it('checks a contenteditable field and applies a fix to it', async () => {
    const page = await openPortal('content-basic.html');
    await typeUntilFlagged(page, '#editable-field', 'Thanks 😀 see you', 'emoji');
    await applyFixFromCard(page, 'emoji');
    const text = () => page.$eval('#editable-field', (field) => (field as HTMLElement).textContent ?? '');
    expect(await waitFor(text, (value) => !value.includes('😀'))).toBe('Thanks see you');
    await page.close();
  });

  it('underlines a misspelled word, checked by the spell checker in the background page', async () => {
    const page = await openPortal();
    const view = await typeUntilFlagged(
      page,
      '#message',
      'Your deposition is tomorow at the courthouse.',
      'spelling',
      30_000,
    );
    expect(view.rules.filter((rule) => rule === 'spelling')).toHaveLength(1);
    await page.close();
  }, 45_000);

  it('a firm name set by enterprise policy (policies.json) is used by the checker', async (context) => {
    // Firefox reads policies.json at startup: written before a browser of its own is launched, and
    // removed afterwards. An existing file (a real managed machine) is left alone. Either way out
    // is a skip, which npm test counts (and fails on CI unless scripts/expected-skips.mjs lists it).
    if (existsSync(POLICY_FILE)) {
      context.skip(`${POLICY_FILE} exists already: skipped rather than overwrite it`);
      return;
    }
    try {
      await mkdir(dirname(POLICY_FILE), { recursive: true });
      await writeFile(
        POLICY_FILE,
        JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: { firmName: 'Hartwell & Diaz' } } } } }),
      );
    } catch (error) {
      context.skip(`${POLICY_FILE} is not writable (${(error as Error).message}): run as root to test policy`);
      return;
    }
    const managed = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
    try {
      await managed.installExtension(EXTENSION_DIRECTORY);
      const page = await openPortal('portal.html', managed);
      const view = await typeUntilFlagged(
        page,
        '#message',
        'Hartwell & Diaz: your hearing moved to Friday 😀',
        'emoji',
      );
      // Without the policy's firm name this message would not count as identifying its sender.
      expect(view.rules).not.toContain('sender-identification');
    } finally {
      await managed.close();
      await rm(POLICY_FILE, { force: true });
    }
  }, 60_000);
});

/**
 * Rich editors in Firefox (editor-models.spec.ts does all eleven in Chromium): CKEditor 5 and
 * TinyMCE take fixes through the editor bridge (src/content/editor-bridge/), ProseMirror through
 * the browser's editing path. The editor's own model must hold each fix, and one Ctrl+Z must give
 * back the text from before it.
 */
describe('Firefox rich editors', () => {
  const MESSAGE = 'Hi Maria!! Your case update is ready 🎉 URGENT: sign at bit.ly/hd-sign today';
  const EDITORS = [
    { name: 'ckeditor5', field: '.ck-editor__editable', inFrame: false },
    { name: 'tinymce', field: '#tinymce', inFrame: true },
    { name: 'prosemirror', field: '.ProseMirror', inFrame: false },
  ];

  /** The centre of an element of the checker's root in `frame`, in the page's coordinates. */
  async function centerIn(page: Page, frame: Frame, selector: string, text?: string) {
    const inner = await frame.evaluate(
      (css, label) => {
        const root = (window as unknown as { __smsCheckerTestRoot?: ShadowRoot }).__smsCheckerTestRoot;
        const element = [...(root?.querySelectorAll(css) ?? [])].find(
          (candidate) => label === undefined || candidate.textContent?.includes(label),
        );
        if (!element) return null;
        element.scrollIntoView({ block: 'nearest' });
        const rect = element.getBoundingClientRect();
        return rect.width > 0 ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
      },
      selector,
      text,
    );
    if (inner === null || frame === page.mainFrame()) return inner;
    const frameElement = await frame.frameElement();
    const box = await frameElement?.boundingBox();
    return box ? { x: box.x + inner.x, y: box.y + inner.y } : null;
  }

  async function click(page: Page, frame: Frame, selector: string, text?: string): Promise<void> {
    const center = await waitFor(
      () => centerIn(page, frame, selector, text),
      (found) => found !== null,
    );
    if (center) await page.mouse.click(center.x, center.y);
  }

  /**
   * Opens the badge's card (a click on the badge toggles it: once more when it did not open). The
   * card of a field in a small frame (TinyMCE's) is shown by the top document (`cardFrame`).
   */
  async function openSummary(page: Page, frame: Frame, cardFrame: Frame): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const open = await waitFor(
        () => centerIn(page, cardFrame, 'button', 'Fix all safe issues'),
        () => true,
        0,
      );
      if (open !== null) return;
      await click(page, frame, '[data-sms-badge]:not([hidden])');
      const shown = await waitFor(
        () => centerIn(page, cardFrame, 'button', 'Fix all safe issues'),
        (found) => found !== null,
        3_000,
      ).catch(() => null);
      if (shown !== null) return;
    }
    throw new Error('the badge did not open its card');
  }

  /** Focuses a button of the card and presses Enter on it (a real key, so a trusted click). */
  async function press(page: Page, frame: Frame, selector: string, text?: string): Promise<void> {
    await waitFor(
      () => centerIn(page, frame, selector, text),
      (found) => found !== null,
    );
    await frame.evaluate(
      (css, label) => {
        const root = (window as unknown as { __smsCheckerTestRoot?: ShadowRoot }).__smsCheckerTestRoot;
        const element = [...(root?.querySelectorAll<HTMLElement>(css) ?? [])].find(
          (candidate) => label === undefined || candidate.textContent?.includes(label),
        );
        element?.focus();
      },
      selector,
      text,
    );
    await page.keyboard.press('Enter');
  }

  /** Types '#' at the caret (collapsing a selection first, as an arrow key does) and checks where it landed. */
  async function typeAtCaret(
    page: Page,
    frame: Frame,
    selector: string,
    text: string,
    model: () => Promise<string>,
  ): Promise<void> {
    const collapsed = await frame.evaluate(() => document.getSelection()?.isCollapsed !== false);
    if (!collapsed) await page.keyboard.press('ArrowRight');
    const caret = await frame.$eval(selector, (element) => {
      const selection = element.ownerDocument.getSelection();
      if (selection === null || selection.focusNode === null) return -1;
      const range = element.ownerDocument.createRange();
      range.setStart(element, 0);
      range.setEnd(selection.focusNode, selection.focusOffset);
      return range.toString().length;
    });
    expect(caret).toBeGreaterThanOrEqual(0);
    const focus = await frame.evaluate(() => `${document.hasFocus()} ${document.activeElement?.localName}`);
    await page.keyboard.type('#');
    const typed = await waitFor(model, (value) => value !== text).catch((error: Error) => {
      throw new Error(`${error.message} (focus when typing: ${focus})`);
    });
    expect(typed).toBe(`${text.slice(0, caret)}#${text.slice(caret)}`);
    await page.keyboard.press('Backspace');
    expect(await waitFor(model, (value) => value === text)).toBe(text);
  }

  async function undo(page: Page): Promise<void> {
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
  }

  for (const editor of EDITORS) {
    it(`${editor.name}: a fix from the card, by Alt+Enter and "Fix all" reach the editor's model; Ctrl+Z gives the text back; typing lands at the caret`, async () => {
      const { lint, applyFixes, safeFixesOf } = await import('../src/rules');
      const report = lint(MESSAGE, {}, {});
      const emoji = report.findings.find((finding) => finding.ruleId === 'emoji')?.fixes[0];
      if (!emoji) throw new Error('the message has no emoji fix');
      const afterEmoji = applyFixes(MESSAGE, [emoji]);
      const afterAll = applyFixes(MESSAGE, safeFixesOf(report.findings));

      const page = await browser.newPage();
      await page.goto(server.url(`editors/${editor.name}/index.html`));
      await waitFor(
        () => page.evaluate(() => window.__editorReady === true),
        (ready) => ready,
      );
      const frame = editor.inFrame
        ? await waitFor(
            async () => page.frames().find((candidate) => candidate !== page.mainFrame()) ?? null,
            (found) => found !== null,
          )
        : page.mainFrame();
      if (frame === null) throw new Error('no editor frame');
      // TinyMCE's frame is too small for the card: the top document shows it.
      const cardFrame = page.mainFrame();
      for (const scope of new Set([frame, cardFrame])) {
        await waitFor(
          () => revealCheckerRoot(page, scope),
          (revealed) => revealed,
        );
      }
      const model = () => page.evaluate(() => window.__editorText?.() ?? '');
      await frame.click(editor.field);
      await page.keyboard.type(MESSAGE);
      await waitFor(model, (text) => text === MESSAGE);
      await waitFor(
        () => centerIn(page, frame, '[data-rule-id="emoji"]'),
        (found) => found !== null,
      );

      await click(page, frame, '[data-rule-id="emoji"]');
      await press(page, cardFrame, 'li[data-finding="emoji"] button.fix');
      expect(await waitFor(model, (text) => text !== MESSAGE)).toBe(afterEmoji);
      await frame.focus(editor.field);
      await undo(page);
      expect(await waitFor(model, (text) => text !== afterEmoji)).toBe(MESSAGE);

      // Typing after the undo lands at the caret.
      await typeAtCaret(page, frame, editor.field, MESSAGE, model);

      // One fix by Alt+Enter with the caret in "URGENT": the card opens with its fix focused.
      const caps = report.findings.find((finding) => finding.ruleId === 'all-caps')?.fixes[0];
      if (!caps) throw new Error('the message has no all-caps fix');
      // The checker has linted the text as it is after the typing check.
      await waitFor(
        () => centerIn(page, frame, '[data-rule-id="all-caps"]'),
        (found) => found !== null,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      await page.keyboard.down('Control');
      await page.keyboard.press('End');
      await page.keyboard.up('Control');
      for (let step = MESSAGE.length - (MESSAGE.indexOf('URGENT') + 3); step > 0; step--) {
        await page.keyboard.press('ArrowLeft');
      }
      await page.keyboard.down('Alt');
      await page.keyboard.press('Enter');
      await page.keyboard.up('Alt');
      await waitFor(
        () =>
          cardFrame.evaluate(() => {
            const root = (window as unknown as { __smsCheckerTestRoot?: ShadowRoot }).__smsCheckerTestRoot;
            return root?.activeElement?.closest('li[data-finding="all-caps"]') != null;
          }),
        (focused) => focused,
      );
      await page.keyboard.press('Enter');
      const afterCaps = applyFixes(MESSAGE, [caps]);
      expect(await waitFor(model, (text) => text !== MESSAGE)).toBe(afterCaps);
      await frame.focus(editor.field);
      await undo(page);
      expect(await waitFor(model, (text) => text !== afterCaps)).toBe(MESSAGE);

      // Fix all safe issues, from the badge's card, once the checker has the restored text.
      await waitFor(
        () => centerIn(page, frame, '[data-rule-id="emoji"]'),
        (found) => found !== null,
      );
      await openSummary(page, frame, cardFrame);
      await press(page, cardFrame, 'button', 'Fix all safe issues');
      expect(await waitFor(model, (text) => text !== MESSAGE)).toBe(afterAll);
      await frame.focus(editor.field);
      await undo(page);
      expect(await waitFor(model, (text) => text !== afterAll)).toBe(MESSAGE);
      await typeAtCaret(page, frame, editor.field, MESSAGE, model);
      await page.close();
    }, 60_000);
  }
});
