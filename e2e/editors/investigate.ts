/**
 * Investigation (not a test): how each editor fixture reacts to the two editing paths a content
 * script can use to replace a text range without touching the editor's internals:
 *   (a) a synthetic `beforeinput` with inputType `insertReplacementText` and a DataTransfer
 *       holding the new text (what spell checkers' replacements look like to the page),
 *   (b) `document.execCommand('insertText', false, text)` on a selected range,
 *   (c) `document.execCommand('delete')` on a selected range (deletions only),
 *   (d) a synthetic `paste` ClipboardEvent (fallback some extensions use).
 * For each: did the editor's own model change as expected, does the DOM agree with the model,
 * does Ctrl+Z restore the original, where is the caret afterwards.
 *
 * Run: `npx tsx e2e/editors/investigate.ts [--json] [--editor=quill] [--settle=1100]` (builds the fixture pages if stale; no
 * extension is loaded).
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../paths';
import { startStaticServer } from '../static-server.mjs';
import { buildEditorPages, editorPageNames } from './build';

const SAMPLE = 'Check bit.ly/abc 😀 URGENT now';

interface Case {
  name: string;
  /** Range to replace in SAMPLE and its replacement. */
  start: number;
  end: number;
  text: string;
}

const CASES: Case[] = [
  { name: 'replace', start: SAMPLE.indexOf('URGENT'), end: SAMPLE.indexOf('URGENT') + 6, text: 'urgent' },
  { name: 'delete', start: SAMPLE.indexOf('😀'), end: SAMPLE.indexOf('😀') + 3, text: '' },
];

type Method = 'beforeinput' | 'execCommand' | 'execDelete' | 'paste';
const METHODS: Method[] = ['beforeinput', 'execCommand', 'execDelete', 'paste'];

interface Outcome {
  editor: string;
  method: Method;
  case: string;
  /** beforeinput / paste: the editor called preventDefault (it took the edit over). */
  defaultPrevented: boolean | null;
  /** execCommand's return value. */
  execReturned: boolean | null;
  modelOk: boolean;
  domMatchesModel: boolean;
  caret: number | null;
  expectedCaret: number;
  undoRestores: boolean;
  modelAfter: string;
  domAfter: string;
  modelAfterUndo: string;
}

/** Selects [start, end) of the field's text (text offsets over its text nodes, or the textarea). */
async function act(page: Page, method: Method, start: number, end: number, text: string) {
  return page.evaluate(
    ({ method, start, end, text }) => {
      const field = document.querySelector<HTMLElement>('textarea, [contenteditable="true"]');
      if (!field) throw new Error('no field');
      field.focus();
      let range: Range | null = null;
      if (field instanceof HTMLTextAreaElement) {
        field.setSelectionRange(start, end);
      } else {
        // Map text offsets to text nodes (single paragraph in these fixtures).
        const walker = document.createTreeWalker(field, NodeFilter.SHOW_TEXT);
        let offset = 0;
        range = document.createRange();
        let startSet = false;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const length = node.data.length;
          if (!startSet && start <= offset + length) {
            range.setStart(node, start - offset);
            startSet = true;
          }
          if (startSet && end <= offset + length) {
            range.setEnd(node, end - offset);
            break;
          }
          offset += length;
        }
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      }
      // Let editors that sync selection on `selectionchange` see it first (done by the caller's wait).
      return new Promise<{ defaultPrevented: boolean | null; execReturned: boolean | null }>((resolve) => {
        setTimeout(() => {
          let defaultPrevented: boolean | null = null;
          let execReturned: boolean | null = null;
          if (method === 'execCommand') {
            execReturned = document.execCommand('insertText', false, text);
          } else if (method === 'execDelete') {
            execReturned = document.execCommand('delete', false);
          } else {
            const dataTransfer = new DataTransfer();
            dataTransfer.setData('text/plain', text);
            const target = document.activeElement ?? field;
            let event: Event;
            if (method === 'beforeinput') {
              const selection = window.getSelection();
              const current = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : range;
              event = new InputEvent('beforeinput', {
                inputType: 'insertReplacementText',
                data: null,
                dataTransfer,
                bubbles: true,
                cancelable: true,
                composed: true,
                targetRanges: current ? [new StaticRange(current)] : [],
              });
            } else {
              event = new ClipboardEvent('paste', { clipboardData: dataTransfer, bubbles: true, cancelable: true });
            }
            target.dispatchEvent(event);
            defaultPrevented = event.defaultPrevented;
          }
          resolve({ defaultPrevented, execReturned });
        }, 50);
      });
    },
    { method, start, end, text },
  );
}

async function readState(page: Page) {
  return page.evaluate(() => {
    const field = document.querySelector<HTMLElement>('textarea, [contenteditable="true"]');
    if (!field) throw new Error('no field');
    const model = window.__editorText?.() ?? '';
    let dom: string;
    let caret: number | null = null;
    if (field instanceof HTMLTextAreaElement) {
      dom = field.value;
      caret = document.activeElement === field ? field.selectionEnd : null;
    } else {
      // biome-ignore lint/performance/useDomNodeTextContent: the text the user sees is what we compare.
      dom = field.innerText.replaceAll('\u00a0', ' ').replace(/\n$/, '');
      const selection = window.getSelection();
      if (selection?.focusNode && field.contains(selection.focusNode)) {
        const before = document.createRange();
        before.setStart(field, 0);
        before.setEnd(selection.focusNode, selection.focusOffset);
        caret = before.toString().length;
      }
    }
    return { model, dom, caret };
  });
}

async function main(): Promise<void> {
  const asJson = process.argv.includes('--json');
  const only = process.argv.find((arg) => arg.startsWith('--editor='))?.slice('--editor='.length);
  // Quill merges edits made within 1 s into one undo step (history.delay), ProseMirror within
  // 500 ms: wait longer than that after typing so undo can tell the fix from the typing.
  const settleMs = Number(process.argv.find((arg) => arg.startsWith('--settle='))?.slice('--settle='.length) ?? 1100);
  await buildEditorPages();
  const server = await startStaticServer();
  const browser = await chromium.launch({ headless: true, executablePath: CHROMIUM_PATH });
  const outcomes: Outcome[] = [];
  try {
    for (const editor of editorPageNames().filter((name) => !only || name === only)) {
      for (const method of METHODS) {
        for (const testCase of CASES.filter((candidate) => method !== 'execDelete' || candidate.text === '')) {
          const page = await browser.newPage();
          await page.goto(server.url(`editors/${editor}/index.html`));
          await page.waitForFunction(() => window.__editorReady === true);
          await page.locator('textarea, [contenteditable="true"]').first().click();
          await page.keyboard.type(SAMPLE);
          await page.waitForTimeout(settleMs);
          const expected = SAMPLE.slice(0, testCase.start) + testCase.text + SAMPLE.slice(testCase.end);
          const { defaultPrevented, execReturned } = await act(
            page,
            method,
            testCase.start,
            testCase.end,
            testCase.text,
          );
          await page.waitForTimeout(150);
          const after = await readState(page);
          await page.keyboard.press('Control+z');
          await page.waitForTimeout(150);
          const undone = await readState(page);
          outcomes.push({
            editor,
            method,
            case: testCase.name,
            defaultPrevented,
            execReturned,
            modelOk: after.model === expected,
            domMatchesModel: after.dom === after.model,
            caret: after.caret,
            expectedCaret: testCase.start + testCase.text.length,
            undoRestores: undone.model === SAMPLE && undone.dom === SAMPLE,
            modelAfter: after.model,
            domAfter: after.dom,
            modelAfterUndo: undone.model,
          });
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (asJson) {
    console.log(JSON.stringify(outcomes, null, 2));
    return;
  }
  console.log('| editor | method | case | prevented | exec | model ok | DOM = model | caret (want) | undo restores |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const o of outcomes) {
    console.log(
      `| ${o.editor} | ${o.method} | ${o.case} | ${o.defaultPrevented ?? '-'} | ${o.execReturned ?? '-'} | ${o.modelOk ? 'yes' : `NO (${JSON.stringify(o.modelAfter)})`} | ${o.domMatchesModel ? 'yes' : `NO (${JSON.stringify(o.domAfter)})`} | ${o.caret ?? '-'} (${o.expectedCaret}) | ${o.undoRestores ? 'yes' : `NO (${JSON.stringify(o.modelAfterUndo)})`} |`,
    );
  }
}

await main();
