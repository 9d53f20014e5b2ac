// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentEditableAdapter, contentEditableFactory, isEditingHost } from './contenteditable';

function editor(html: string): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('contenteditable', 'true');
  element.innerHTML = html;
  document.body.append(element);
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
  Reflect.deleteProperty(document, 'execCommand');
});

describe('ContentEditableAdapter reading', () => {
  it('reads the text as a sender would, paragraphs as line breaks', () => {
    const adapter = new ContentEditableAdapter(editor('<p>Hi <b>Maria</b>,</p><p>URGENT now</p>'));
    expect(adapter.kind).toBe('contenteditable');
    expect(adapter.paintMode).toBe('highlight');
    expect(adapter.readText()).toBe('Hi Maria,\nURGENT now');
  });

  it('maps text offsets to DOM ranges of the editor, across formatting', () => {
    const element = editor('<p>Hi <b>Maria</b>,</p><p>URGENT now</p>');
    const adapter = new ContentEditableAdapter(element);
    expect(adapter.domRange(10, 16)?.toString()).toBe('URGENT');
    expect(adapter.domRange(3, 8)?.toString()).toBe('Maria');
    const bold = element.querySelector('b')?.firstChild;
    expect(adapter.domRange(3, 8)?.startContainer).toBe(bold);
  });

  it('reads and writes the selection in text offsets, and says when it is elsewhere', () => {
    const element = editor('<p>Hi Maria,</p><p>URGENT now</p>');
    const adapter = new ContentEditableAdapter(element);
    adapter.writeSelection({ start: 10, end: 16 });
    expect(document.getSelection()?.toString()).toBe('URGENT');
    expect(adapter.readSelection()).toEqual({ start: 10, end: 16 });
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    document.getSelection()?.selectAllChildren(outside);
    expect(adapter.readSelection()).toBeNull();
  });
});

describe('ContentEditableAdapter editing', () => {
  it('sends the beforeinput an editor applies from its own model when no editing command runs', async () => {
    const element = editor('<p>Hi URGENT now</p>');
    const adapter = new ContentEditableAdapter(element);
    // A model-driven editor (Slate, CKEditor 5): it cancels beforeinput and renders its model.
    const seen: { inputType: string; data: string | null }[] = [];
    element.addEventListener('beforeinput', (event) => {
      const input = event as InputEvent;
      seen.push({ inputType: input.inputType, data: input.data });
      event.preventDefault();
      const paragraph = element.querySelector('p') as HTMLElement;
      queueMicrotask(() => {
        paragraph.textContent = (paragraph.textContent ?? '').replace('URGENT', input.data ?? '');
      });
    });
    expect(await adapter.applyEdits([{ start: 3, end: 9, text: 'Urgent' }])).toBe(true);
    expect(seen).toEqual([{ inputType: 'insertReplacementText', data: 'Urgent' }]);
    expect(adapter.readText()).toBe('Hi Urgent now');
  });

  it('changes the DOM itself as a last resort, and reports it as input', async () => {
    const element = editor('<p>Hi URGENT now</p>');
    const adapter = new ContentEditableAdapter(element);
    const inputs: string[] = [];
    element.addEventListener('input', (event) => inputs.push((event as InputEvent).inputType));
    expect(await adapter.applyEdits([{ start: 3, end: 9, text: 'Urgent' }])).toBe(true);
    expect(adapter.readText()).toBe('Hi Urgent now');
    expect(inputs).toEqual(['insertReplacementText']);
  });

  it('applies edits inside one text node as one replacement (one undo step)', async () => {
    const element = editor('<p>Hi URGENT news!!</p>');
    const adapter = new ContentEditableAdapter(element);
    const commands: [string, string | undefined][] = [];
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: (command: string, _ui?: boolean, text?: string) => {
        commands.push([command, text]);
        const selection = document.getSelection();
        const range = selection?.getRangeAt(0);
        if (!range) return false;
        range.deleteContents();
        if (command === 'insertText' && text) range.insertNode(document.createTextNode(text));
        return true;
      },
    });
    expect(
      await adapter.applyEdits([
        { start: 3, end: 9, text: 'Urgent' },
        { start: 14, end: 16, text: '!' },
      ]),
    ).toBe(true);
    expect(commands).toEqual([['insertText', 'Urgent news!']]);
    expect(adapter.readText()).toBe('Hi Urgent news!');
  });

  it('edits across formatting one at a time, last first (earlier offsets stay valid)', async () => {
    const element = editor('<p>Hi <b>URGENT</b> news!!</p>');
    const adapter = new ContentEditableAdapter(element);
    expect(
      await adapter.applyEdits([
        { start: 3, end: 9, text: 'Urgent' },
        { start: 14, end: 16, text: '!' },
      ]),
    ).toBe(true);
    expect(adapter.readText()).toBe('Hi Urgent news!');
    // (Whether the words stay bold is the browser's editing command's work: e2e/editors.spec.ts.)
  });

  it('hears DOM changes made without input events, until its signal aborts', async () => {
    const element = editor('<p>Hi</p>');
    const adapter = new ContentEditableAdapter(element);
    const textChanged = vi.fn();
    const abort = new AbortController();
    adapter.connect(abort.signal, { textChanged, layoutChanged: vi.fn() });
    (element.querySelector('p') as HTMLElement).append(' there');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(textChanged).toHaveBeenCalled();
    expect(adapter.readText()).toBe('Hi there');
    abort.abort();
    textChanged.mockClear();
    element.dispatchEvent(new Event('input'));
    (element.querySelector('p') as HTMLElement).append('!');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(textChanged).not.toHaveBeenCalled();
  });
});

describe('editing hosts', () => {
  it('the outermost contenteditable is the field, not its editable children', () => {
    const element = editor('<p>Hi <span contenteditable="true">inner</span></p>');
    const inner = element.querySelector('span') as HTMLElement;
    expect(isEditingHost(element)).toBe(true);
    expect(contentEditableFactory.matches(element)).toBe(true);
    expect(isEditingHost(inner)).toBe(false);
    const plain = document.createElement('div');
    document.body.append(plain);
    expect(contentEditableFactory.matches(plain)).toBe(false);
  });
});
