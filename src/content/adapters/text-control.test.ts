// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inputFactory, STYLE_TRUST_MS, TextControlAdapter, textareaFactory, VALUE_SET_EVENT } from './text-control';

function setup(tag: 'textarea' | 'input' = 'textarea', value = 'Hi URGENT news') {
  const field = document.createElement(tag);
  if (field instanceof HTMLInputElement) field.type = 'text';
  field.value = value;
  document.body.append(field);
  const measureLayer = document.createElement('div');
  document.body.append(measureLayer);
  const adapter = new TextControlAdapter(field, { measureLayer });
  return { field, adapter, measureLayer };
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
  Reflect.deleteProperty(document, 'execCommand');
});

describe('TextControlAdapter', () => {
  it("writes the mirror's style only where the field's changed since the last frame", async () => {
    const { field, adapter, measureLayer } = setup();
    adapter.connect(new AbortController().signal, { textChanged: vi.fn(), layoutChanged: vi.fn() });
    adapter.prepareLayout();
    const mirror = measureLayer.querySelector<HTMLElement>('.mirror');
    expect(mirror?.style.getPropertyValue('font-size')).toBe(getComputedStyle(field).getPropertyValue('font-size'));
    const setProperty = vi.spyOn(mirror?.style as CSSStyleDeclaration, 'setProperty');
    field.value = 'Hi URGENT news, typed on';
    adapter.prepareLayout();
    expect(setProperty).not.toHaveBeenCalled();
    expect(mirror?.textContent).toBe('Hi URGENT news, typed on ');
    field.style.fontSize = '31px';
    field.dispatchEvent(new Event('focus'));
    adapter.prepareLayout();
    expect(setProperty.mock.calls).toEqual([['font-size', '31px']]);
  });

  it("while the user types, copies the field's styles again only after a sign its layout changed, or once they are old", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const { field, adapter, measureLayer } = setup();
      const layoutChanged = vi.fn();
      const abort = new AbortController();
      adapter.connect(abort.signal, { textChanged: vi.fn(), layoutChanged });
      adapter.prepareLayout();
      const mirror = measureLayer.querySelector<HTMLElement>('.mirror') as HTMLElement;
      const computed = vi.spyOn(window, 'getComputedStyle');
      field.value = 'Hi URGENT news, typed';
      field.dispatchEvent(new Event('input'));
      field.style.fontSize = '29px';
      adapter.prepareLayout();
      // Typing alone: the last copy stands, and the text is the field's.
      expect(computed).not.toHaveBeenCalled();
      expect(mirror.textContent).toBe('Hi URGENT news, typed ');
      // A check is due: it asks for a frame, which copies the styles again.
      vi.advanceTimersByTime(STYLE_TRUST_MS);
      expect(layoutChanged).toHaveBeenCalledOnce();
      adapter.prepareLayout();
      expect(mirror.style.getPropertyValue('font-size')).toBe('29px');
      // So does a scroll (or resize, focus, blur) of the field.
      computed.mockClear();
      field.dispatchEvent(new Event('scroll'));
      adapter.prepareLayout();
      expect(computed).toHaveBeenCalledOnce();
      abort.abort();
      adapter.dispose();
    } finally {
      vi.useRealTimers();
    }
  });

  it('checks the copied styles between frames: the same values ask for no frame and are trusted anew', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const { field, adapter } = setup();
      const layoutChanged = vi.fn();
      const abort = new AbortController();
      adapter.connect(abort.signal, { textChanged: vi.fn(), layoutChanged });
      adapter.prepareLayout();
      const computed = vi.spyOn(window, 'getComputedStyle');
      for (let second = 0; second < 3; second++) {
        field.value += ' more';
        field.dispatchEvent(new Event('input'));
        adapter.prepareLayout();
        vi.advanceTimersByTime(STYLE_TRUST_MS);
      }
      // One read per check, none in the frames, and no frame asked for.
      expect(computed).toHaveBeenCalledTimes(3);
      expect(layoutChanged).not.toHaveBeenCalled();
      computed.mockClear();
      adapter.prepareLayout();
      expect(computed).not.toHaveBeenCalled();
      abort.abort();
      adapter.dispose();
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes the typed text into its mirror on input, changing only the part typed', () => {
    const { field, adapter, measureLayer } = setup('textarea', 'Hi Maria, see you Friday');
    adapter.connect(new AbortController().signal, { textChanged: vi.fn(), layoutChanged: vi.fn() });
    adapter.prepareLayout();
    const text = measureLayer.querySelector('.mirror')?.firstChild as Text;
    const replaceData = vi.spyOn(text, 'replaceData');
    field.value = 'Hi Maria, see you on Friday';
    field.dispatchEvent(new Event('input'));
    expect(text.data).toBe('Hi Maria, see you on Friday ');
    expect(replaceData.mock.calls).toEqual([[18, 0, 'on ']]);
  });

  it('reads the value, and the selection in text offsets', () => {
    const { field, adapter } = setup();
    expect(adapter.kind).toBe('textarea');
    expect(adapter.paintMode).toBe('overlay');
    expect(adapter.readText()).toBe('Hi URGENT news');
    field.setSelectionRange(3, 9);
    expect(adapter.readSelection()).toEqual({ start: 3, end: 9 });
    adapter.writeSelection({ start: 1, end: 2 });
    expect([field.selectionStart, field.selectionEnd]).toEqual([1, 2]);
    expect(adapter.domRange()).toBeNull();
  });

  it('applies edits last to first, as one replacement when they are close together, and reports input', async () => {
    const { field, adapter } = setup('textarea', 'Hi URGENT news!!');
    const inputs: string[] = [];
    field.addEventListener('input', (event) => inputs.push((event as InputEvent).inputType));
    // happy-dom has no editing commands (as some embedded browsers): the adapter edits the value
    // and says so with an input event.
    const changed = await adapter.applyEdits([
      { start: 3, end: 9, text: 'Urgent' },
      { start: 14, end: 16, text: '!' },
    ]);
    expect(changed).toBe(true);
    expect(field.value).toBe('Hi Urgent news!');
    expect(inputs).toEqual(['insertReplacementText']);
  });

  it('uses the browser editing command on a selection when there is one (undo keeps the fix)', async () => {
    const { field, adapter } = setup('textarea', 'Hi URGENT news');
    // What the browser does for insertText and delete on the selection.
    const execCommand = vi.fn((command: string, _ui?: boolean, text?: string) => {
      const start = field.selectionStart ?? 0;
      const end = field.selectionEnd ?? 0;
      field.setRangeText(command === 'delete' ? '' : (text ?? ''), start, end, 'end');
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    expect(await adapter.applyEdits([{ start: 3, end: 9, text: 'Urgent' }])).toBe(true);
    expect(execCommand).toHaveBeenCalledWith('insertText', false, 'Urgent');
    expect(field.value).toBe('Hi Urgent news');
    // An empty replacement is a delete.
    expect(await adapter.applyEdits([{ start: 2, end: 9, text: '' }])).toBe(true);
    expect(execCommand).toHaveBeenLastCalledWith('delete', false);
    expect(field.value).toBe('Hi news');
  });

  it('says when nothing changed', async () => {
    const { adapter } = setup('textarea', 'Hi');
    expect(await adapter.applyEdits([{ start: 1, end: 1, text: '' }])).toBe(false);
  });

  it('hears every way the text changes, until its signal aborts', async () => {
    const { field, adapter } = setup();
    const form = document.createElement('form');
    form.append(field);
    document.body.append(form);
    const textChanged = vi.fn();
    const layoutChanged = vi.fn();
    const abort = new AbortController();
    adapter.connect(abort.signal, { textChanged, layoutChanged });
    field.dispatchEvent(new Event('input'));
    field.dispatchEvent(new Event('change'));
    // The MAIN-world hook's report that page script set the value.
    field.dispatchEvent(new Event(VALUE_SET_EVENT));
    form.dispatchEvent(new Event('reset'));
    await Promise.resolve();
    expect(textChanged).toHaveBeenCalledTimes(4);
    field.dispatchEvent(new Event('scroll'));
    expect(layoutChanged).toHaveBeenCalledOnce();
    abort.abort();
    field.dispatchEvent(new Event('input'));
    expect(textChanged).toHaveBeenCalledTimes(4);
  });

  it('makes its mirror on first measurement only, with the field text, and removes it on dispose', () => {
    const { adapter, measureLayer } = setup('textarea', 'Hi there');
    expect(measureLayer.children).toHaveLength(0);
    adapter.prepareLayout();
    const mirror = measureLayer.querySelector('.mirror');
    expect(mirror?.getAttribute('aria-hidden')).toBe('true');
    // A trailing space gives a final line break a line box.
    expect(mirror?.textContent).toBe('Hi there ');
    adapter.dispose();
    expect(measureLayer.children).toHaveLength(0);
  });

  it('an input mirror shows one line', () => {
    const { adapter, measureLayer } = setup('input', 'Reply STOP');
    expect(adapter.kind).toBe('input');
    adapter.prepareLayout();
    expect((measureLayer.querySelector('.mirror') as HTMLElement).style.whiteSpace).toBe('pre');
  });

  it('a short text is visible whole; the field box is its client box', () => {
    const { adapter, field } = setup('textarea', 'Hi');
    vi.spyOn(field, 'getBoundingClientRect').mockReturnValue(new DOMRect(100, 50, 300, 80));
    expect(adapter.visibleTextRange()).toEqual({ start: 0, end: 2 });
    const clip = adapter.clipRect();
    expect([clip.left, clip.top]).toEqual([100 + field.clientLeft, 50 + field.clientTop]);
  });
});

describe('text control factories', () => {
  it('take textareas and free-text inputs only', () => {
    const input = (type: string) => Object.assign(document.createElement('input'), { type });
    expect(textareaFactory.matches(document.createElement('textarea'))).toBe(true);
    expect(textareaFactory.matches(input('text'))).toBe(false);
    expect(inputFactory.matches(input('text'))).toBe(true);
    expect(inputFactory.matches(input('search'))).toBe(true);
    const untyped = document.createElement('input');
    expect(inputFactory.matches(untyped)).toBe(true);
    for (const type of ['email', 'password', 'number', 'url', 'tel', 'checkbox'])
      expect(inputFactory.matches(input(type))).toBe(false);
  });
});
