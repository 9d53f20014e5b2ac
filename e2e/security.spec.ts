/**
 * A hostile page on an enabled site (docs/security.md). Its script can read the whole DOM, fire any
 * event and define custom elements; it must not read the findings (they quote the firm's name and
 * domains), apply fixes, write settings (the firm dictionary) or disable the checker, and it must
 * not be able to tell our scripts are installed by probing extension URLs.
 *
 * These tests run in a browser of their own WITHOUT the test instrument that shows the specs our
 * closed shadow root (checker-ui.ts revealCheckerUi): the page here is exactly a page on the web.
 * The test process looks into the root through DevTools only (checkerUiMarkup, checkerUiCenter),
 * and clicks and types through the browser's input, as a user does (trusted events).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { EXTENSION_ID } from '../src/shared/extension-id';
import { checkerUiAttribute, checkerUiCenter, checkerUiMarkup, HOST_PREFIX, leakCheckerUiToPage } from './checker-ui';
import { EXPECTED, SAMPLE } from './content-support';
import { clearExtensionStorage, expect, launchWithExtension, serviceWorkerOf, test } from './fixtures';
import { EXTENSION_DIRECTORY, SHIPPED_EXTENSION_DIRECTORY } from './paths';
import { type StaticServer, startStaticServer } from './static-server.mjs';

const FIRM = { firmName: 'Hartwell & Diaz', firmDomains: ['hartwelldiaz.com'], firmDictionary: ['Hartwell'] };
/** Texts that only our findings contain (the page's own text has none of them). */
const FINDING_MARKERS = ['Hartwell', 'hartwelldiaz', 'carriers', 'shortener', 'Likely to be filtered', 'Fix all'];
/** Scripted attempts per kind of attack. */
const ATTEMPTS = 50;

let browser: { context: BrowserContext; profile: string };
let server: StaticServer;
let worker: Worker;

test.beforeAll(async () => {
  server = await startStaticServer();
  browser = await launchWithExtension(undefined, { revealUi: false });
  worker = await serviceWorkerOf(browser.context);
});

test.afterAll(async () => {
  await browser?.context.close();
  if (browser) await rm(browser.profile, { recursive: true, force: true });
  await server?.close();
});

test.afterEach(async () => {
  await Promise.all(browser.context.pages().map((page) => page.close()));
  await clearExtensionStorage(browser.context);
});

/** The in-page linter's parts, as the build's manifest exposes them to pages. */
function inPageLinterParts(directory: string): string[] {
  const manifest = JSON.parse(readFileSync(join(directory, 'manifest.json'), 'utf8')) as {
    web_accessible_resources: { resources: string[] }[];
  };
  return manifest.web_accessible_resources.flatMap((entry) => entry.resources);
}

async function setSettings(values: Record<string, unknown>): Promise<void> {
  await worker.evaluate((items) => chrome.storage.sync.set({ settingsVersion: 1, ...items }), values);
}

async function storedDictionary(): Promise<unknown> {
  return worker.evaluate(async () => (await chrome.storage.sync.get(null)).firmDictionary);
}

/**
 * Opens `path`, types `text` into the textarea as a user would, and waits until the checker has
 * underlined something of `ruleId` (seen through DevTools).
 */
async function typedPage(path: string, text: string, ruleId: string): Promise<Page> {
  const page = await browser.context.newPage();
  // Tall enough for the summary card of every finding below the field.
  await page.setViewportSize({ width: 1280, height: 1200 });
  await page.goto(server.url(path));
  const field = page.locator('#textarea-field');
  await field.click();
  await page.keyboard.type(text);
  await expect
    .poll(() => checkerUiAttribute(page, `[data-rule-id="${ruleId}"]`, 'data-rule-id'), { timeout: 15_000 })
    .toBe(ruleId);
  return page;
}

/**
 * Opens the card with every finding the way a keyboard user does: Alt+Shift+S in the field, with
 * the caret at the end, outside any finding (in a finding it opens that finding's card).
 */
async function openSummaryCard(page: Page): Promise<void> {
  await page.locator('#textarea-field').focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Alt+Shift+KeyS');
  await expect.poll(() => cardHidden(page)).toBe(false);
}

/**
 * The positive signal the absence checks after scripted events wait for: the user types a character
 * at the end of the field and deletes it, and the checker draws a frame for those keys (the test
 * build's frame counter, data-render-seq in the closed root, moves on), so it has handled every
 * event before them. The text is as it was.
 */
async function typedAndUndone(page: Page, field: Locator): Promise<void> {
  const renderSeq = async () => Number(await checkerUiAttribute(page, '[data-render-seq]', 'data-render-seq'));
  const text = await field.inputValue();
  await field.focus();
  await page.keyboard.press('End');
  await page.keyboard.type('x');
  // Read once the page has handled the key: any frame drawn from now on comes after it.
  const afterKey = await renderSeq();
  await page.keyboard.press('Backspace');
  await expect(field).toHaveValue(text);
  await expect.poll(renderSeq).toBeGreaterThan(afterKey);
}

async function cardHidden(page: Page): Promise<boolean> {
  return (await checkerUiAttribute(page, '[data-sms-card]', 'hidden')) !== null;
}

/** Everything the page's script can read of the document, ours included. */
function readAsThePage(): { text: string; hosts: string[]; shadowRoots: string[]; attachShadow: string[] } {
  const texts: string[] = [];
  const visit = (root: Document | ShadowRoot) => {
    texts.push(root.textContent ?? '');
    for (const element of root.querySelectorAll('*')) {
      texts.push(...element.getAttributeNames().map((name) => element.getAttribute(name) ?? ''));
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  texts.push(document.documentElement.outerHTML);
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as the page can read it.
  texts.push(document.body.innerText);
  const withShadow = document.documentElement as HTMLElement & { getHTML?: (options: object) => string };
  texts.push(withShadow.getHTML?.({ serializableShadowRoots: true }) ?? '');
  texts.push(String(document.getSelection()));
  // Whatever is under each point of the page, ours included.
  for (let x = 5; x < innerWidth; x += 40) {
    for (let y = 5; y < innerHeight; y += 40) {
      for (const element of document.elementsFromPoint(x, y)) texts.push(element.textContent ?? '');
    }
  }
  const hosts = [...document.documentElement.children].filter(
    (element) => element !== document.head && element !== document.body,
  );
  const attachShadow = hosts.map((host) => {
    try {
      host.attachShadow({ mode: 'open' });
      return 'attached';
    } catch (error) {
      return (error as Error).name;
    }
  });
  return {
    text: texts.join('\n'),
    hosts: hosts.map((host) => host.localName),
    shadowRoots: hosts.map((host) => String(host.shadowRoot)),
    attachShadow,
  };
}

/** The page's script fires `rounds` rounds of synthetic pointer and click events at every point of the viewport. */
function clickEverywhereAsThePage(rounds: number): number {
  let fired = 0;
  for (let round = 0; round < rounds; round++) {
    for (let x = 5; x < innerWidth; x += 30) {
      for (let y = 5; y < innerHeight; y += 30) {
        const target = document.elementFromPoint(x, y);
        if (!target) continue;
        const init = { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, view: window };
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
          target.dispatchEvent(new PointerEvent(type, init));
        }
        target.dispatchEvent(new MouseEvent('click', init));
        fired++;
      }
    }
    for (const host of document.documentElement.children) (host as HTMLElement).click();
    const active = document.activeElement;
    for (const key of ['Enter', ' ']) {
      active?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    }
  }
  return fired;
}

/** Opens the findings summary from the field by its shortcut, once the findings are in. */
async function openSummaryByKeyboard(page: Page, field: Locator): Promise<void> {
  await expect(async () => {
    await field.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Alt+Shift+KeyS');
    expect(await checkerUiCenter(page, 'button.fix-all')).not.toBeNull();
  }).toPass({ timeout: 20_000 });
}

test.describe('a hostile page on an enabled site', () => {
  test('cannot read the findings: the shadow root is closed and no finding text reaches page script', async () => {
    await setSettings(FIRM);
    const page = await typedPage('content-basic.html', SAMPLE, 'emoji');
    await openSummaryCard(page);
    // DevTools sees the findings, quoting the firm's name and domain...
    const markup = await checkerUiMarkup(page);
    for (const marker of ['Hartwell &amp; Diaz', 'hartwelldiaz.com', 'Fix all safe issues'])
      expect(markup).toContain(marker);
    // ...the page's script sees our host, and nothing in it.
    const seen = await page.evaluate(readAsThePage);
    expect(seen.hosts).toHaveLength(1);
    expect(seen.hosts[0]).toMatch(new RegExp(`^${HOST_PREFIX}[0-9a-f]{16}$`));
    expect(seen.shadowRoots).toEqual(['null']);
    expect(seen.attachShadow).toEqual(['NotSupportedError']);
    for (const marker of FINDING_MARKERS) expect(seen.text).not.toContain(marker);
  });

  test(`${ATTEMPTS} rounds of scripted clicks and keys cannot add to the firm dictionary`, async () => {
    await setSettings(FIRM);
    const page = await typedPage('content-basic.html', 'Please sign the depostion', 'spelling');
    await openSummaryCard(page);
    await expect.poll(() => checkerUiCenter(page, 'button.add-word')).not.toBeNull();
    const before = await storedDictionary();
    expect(before).toEqual(['Hartwell']);
    // Every "Add to dictionary" request the background gets from now on (an extra listener only
    // looks; the extension's own answers).
    await worker.evaluate(() => {
      const seen: unknown[] = [];
      (globalThis as { __addRequests?: unknown[] }).__addRequests = seen;
      chrome.runtime.onMessage.addListener((message: { type?: string; args?: unknown }) => {
        if (message?.type === 'background/addToDictionary') seen.push(message.args);
        return undefined;
      });
    });
    const addRequests = () => worker.evaluate(() => (globalThis as { __addRequests?: unknown[] }).__addRequests ?? []);

    const fired = await page.evaluate(clickEverywhereAsThePage, ATTEMPTS);
    expect(fired).toBeGreaterThan(ATTEMPTS * 100);
    // Even holding the button itself (as if the closed root had leaked), a scripted click is ignored.
    expect(await leakCheckerUiToPage(page, 'button.add-word', '__leaked')).toBe(1);
    await page.evaluate((attempts) => {
      const [button] = (window as unknown as { __leaked: HTMLButtonElement[] }).__leaked;
      for (let attempt = 0; attempt < attempts; attempt++) {
        button?.click();
        button?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      }
    }, ATTEMPTS);
    // The synthetic presses outside the card did not close it either.
    expect(await cardHidden(page)).toBe(false);

    // The user's own click does add the word: the button works, for the user only. Its request is
    // the first and only one the background got: one sent for a scripted click would have come
    // before it, on the same channel.
    const center = await checkerUiCenter(page, 'button.add-word');
    if (!center) throw new Error('no Add to dictionary button');
    await page.mouse.click(center.x, center.y);
    await expect.poll(addRequests).not.toEqual([]);
    expect(await addRequests()).toEqual([{ word: 'depostion' }]);
    await expect.poll(storedDictionary).toEqual(['Hartwell', 'depostion']);
  });

  test('scripted Alt+Enter, "Fix all" and fix clicks change nothing in the message', async () => {
    const page = await typedPage('content-basic.html', SAMPLE, 'emoji');
    const field = page.locator('#textarea-field');
    const original = await field.inputValue();

    // A synthetic Alt+Enter (or Alt+Shift+S) in a flagged word does not open our card.
    await page.evaluate(() => {
      const textarea = document.getElementById('textarea-field') as HTMLTextAreaElement;
      textarea.focus();
      textarea.setSelectionRange(8, 8);
      for (const init of [
        { key: 'Enter', code: 'Enter', altKey: true },
        { key: 'S', code: 'KeyS', altKey: true, shiftKey: true },
      ]) {
        textarea.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true }));
      }
      textarea.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 40, clientY: 130 }));
    });
    // The user types a character and deletes it: once the checker has drawn a frame for those
    // keys, it has handled the scripted events before them.
    await typedAndUndone(page, field);
    expect(await cardHidden(page)).toBe(true);

    await openSummaryCard(page);
    await page.evaluate(clickEverywhereAsThePage, ATTEMPTS);
    const leaked = await leakCheckerUiToPage(page, 'button.fix-all, button.fix', '__leaked');
    expect(leaked, await checkerUiMarkup(page)).toBe(3);
    await page.evaluate((attempts) => {
      const buttons = (window as unknown as { __leaked: HTMLButtonElement[] }).__leaked;
      for (let attempt = 0; attempt < attempts; attempt++) {
        for (const button of buttons) {
          button.click();
          button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        }
      }
    }, ATTEMPTS);
    // Every change to the field from here on, as the page sees it.
    await page.evaluate(() => {
      const changes: string[] = [];
      (window as unknown as { __changes: string[] }).__changes = changes;
      document
        .getElementById('textarea-field')
        ?.addEventListener('input', (event) => changes.push((event as InputEvent).inputType));
    });
    await typedAndUndone(page, field);
    // The only changes were the user's two keys: no fix applied, then or since.
    expect(await page.evaluate(() => (window as unknown as { __changes: string[] }).__changes)).toEqual([
      'insertText',
      'deleteContentBackward',
    ]);
    expect(await field.inputValue()).toBe(original);

    // The user's own click on "Fix all safe issues" does fix the message.
    const center = await checkerUiCenter(page, 'button.fix-all');
    if (!center) throw new Error('no Fix all button');
    await page.mouse.click(center.x, center.y);
    await expect(field).toHaveValue(EXPECTED.afterSafeFixes);
  });

  test("a small frame's card shown in the top document: the top page reads nothing of it and cannot press it", async () => {
    await setSettings(FIRM);
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1200 });
    // Every message the top page's script receives from now on (the frame finds its iframe by one).
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { __messages: unknown[] }).__messages = seen;
      if (window.top === window) addEventListener('message', (event) => seen.push(event.data));
    });
    await page.goto(server.url('content-card.html'));
    const editor = page.frameLocator('#small-frame').locator('#small-editor');
    await editor.click();
    await page.keyboard.type(SAMPLE);
    // The summary by keyboard, once the findings are in: the 200 px frame cannot hold it whole.
    await openSummaryByKeyboard(page, editor);
    const markup = await checkerUiMarkup(page);
    for (const marker of ['Hartwell &amp; Diaz', 'Fix all safe issues']) expect(markup).toContain(marker);
    // The card is the top document's: the frame's own stays empty, and its button is in the top
    // page's coordinates, outside the frame.
    const frameBox = await page.locator('#small-frame').boundingBox();
    const fixAll = await checkerUiCenter(page, 'button.fix-all');
    expect(frameBox && fixAll && fixAll.y > frameBox.y + frameBox.height).toBe(true);

    const seen = await page.evaluate(readAsThePage);
    expect(seen.shadowRoots).toEqual(['null']);
    for (const marker of FINDING_MARKERS) expect(seen.text).not.toContain(marker);
    // All the page heard was random tokens.
    const messages = await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).toMatch(/^sms-compliance-checker-frame-card:[0-9a-f]{32}$/);

    // Scripted presses everywhere, and on the buttons themselves, neither fix nor close it.
    const original = await editor.textContent();
    await page.evaluate(clickEverywhereAsThePage, ATTEMPTS);
    expect(await leakCheckerUiToPage(page, 'button.fix-all, button.fix', '__leaked')).toBeGreaterThan(0);
    await page.evaluate((attempts) => {
      const buttons = (window as unknown as { __leaked: HTMLButtonElement[] }).__leaked;
      for (let attempt = 0; attempt < attempts; attempt++) for (const button of buttons) button.click();
    }, ATTEMPTS);
    // The user's own press on one fix travels the same way after them (top card, background,
    // frame) and lands after anything they could have set off: the text then shows that one fix
    // alone, with no sender prefix or capitals changed by a scripted "Fix all".
    expect(await editor.textContent()).toBe(original);
    const emojiFix = await checkerUiCenter(page, 'li[data-finding="emoji"] button.fix');
    if (!emojiFix) throw new Error('no fix button for the emoji');
    await page.mouse.click(emojiFix.x, emojiFix.y);
    await expect.poll(() => editor.textContent()).toBe(EXPECTED.afterFix.emoji);
    // A fix closes the card; the user opens it again by keyboard.
    await openSummaryByKeyboard(page, editor);

    // The user's own click fixes the message in the frame.
    const center = await checkerUiCenter(page, 'button.fix-all');
    if (!center) throw new Error('no Fix all button');
    await page.mouse.click(center.x, center.y);
    // (With the firm's name set, "Fix all" also names the sender; with the emoji gone, "URGENT" is
    // mid-sentence and becomes lower case.)
    await expect.poll(() => editor.textContent()).toBe('Hartwell & Diaz: Check bit.ly/abc urgent now');
  });

  test('a page that defines our old element name first, and then ours, still gets the checker', async () => {
    const page = await typedPage('hostile-element.html', SAMPLE, 'emoji');
    // The page claimed our host's name as soon as it appeared: it got no root from the upgrade.
    const log = await page.evaluate(() => (window as unknown as { __hostileLog: object[] }).__hostileLog);
    expect(log).toEqual([
      expect.objectContaining({ name: expect.stringMatching(new RegExp(`^${HOST_PREFIX}`)), internalsRoot: 'null' }),
    ]);
    expect(await page.evaluate(readAsThePage)).toMatchObject({ shadowRoots: ['null'] });
    // The checker works as usual: findings on the badge, and a fix applies.
    await openSummaryCard(page);
    const center = await checkerUiCenter(page, 'button.fix-all');
    if (!center) throw new Error('no Fix all button');
    await page.mouse.click(center.x, center.y);
    await expect(page.locator('#textarea-field')).toHaveValue(EXPECTED.afterSafeFixes);
  });

  test('cannot load or probe our scripts at the extension id', async () => {
    const page = await typedPage('content-basic.html', SAMPLE, 'emoji');
    const files = [
      ...inPageLinterParts(EXTENSION_DIRECTORY),
      'src/content/checker.iife.js',
      'src/content/page-hook.iife.js',
    ];
    const results = await page.evaluate(
      async ({ id, paths }) =>
        Promise.all(
          paths.map(async (path) => {
            const url = `chrome-extension://${id}/${path}`;
            const fetched = await fetch(url).then(
              () => 'loaded',
              () => 'refused',
            );
            const script = await new Promise<string>((resolve) => {
              const element = document.createElement('script');
              element.src = url;
              element.onload = () => resolve('loaded');
              element.onerror = () => resolve('refused');
              document.head.append(element);
            });
            return { path, fetched, script };
          }),
        ),
      { id: EXTENSION_ID, paths: files },
    );
    expect(results).toEqual(files.map((path) => ({ path, fetched: 'refused', script: 'refused' })));
  });
});

test('the shipped manifest runs nowhere by itself and exposes only the in-page linter, at a dynamic URL', () => {
  const read = (directory: string) => JSON.parse(readFileSync(join(directory, 'manifest.json'), 'utf8'));
  const shipped = read(SHIPPED_EXTENSION_DIRECTORY);
  expect(shipped.content_scripts).toBeUndefined();
  expect(shipped.host_permissions).toBeUndefined();
  expect(shipped.optional_host_permissions).toEqual(['<all_urls>']);
  // The in-page linter's parts, every file of its directory, and nothing else.
  const parts = readdirSync(join(SHIPPED_EXTENSION_DIRECTORY, 'src/content/in-page-linter'))
    .map((file) => `src/content/in-page-linter/${file}`)
    .sort();
  expect(parts.length).toBeGreaterThan(1);
  expect(shipped.web_accessible_resources).toEqual([
    { resources: parts, matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
  ]);
  // The test build adds the demo portal's scripts and the test hosts, and nothing else.
  const testBuild = read(EXTENSION_DIRECTORY);
  expect(testBuild.host_permissions).toEqual(['http://localhost/*', 'http://127.0.0.1/*']);
  expect(testBuild.content_scripts.map((script: { matches: string[] }) => script.matches)).toEqual([
    ['http://localhost/*'],
    ['http://localhost/*'],
  ]);
  expect(testBuild.web_accessible_resources).toEqual(shipped.web_accessible_resources);
});
