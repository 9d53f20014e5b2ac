// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdits, type TextEdit } from '../../rules';
import { EDITOR_REFUSED_REASON } from '../field/edit-strategy';
import { FakeAdapter } from '../testing/fake-adapter';
import { installEditorBridge } from './main-world';
import { RichTextEditStrategy, richTextStrategyFactory } from './strategy';

function request(before: string, edits: TextEdit[]) {
  return { before, edits, expected: applyEdits(before, edits) };
}

const URGENT: TextEdit = { start: 3, end: 9, text: 'urgent' };

afterEach(() => {
  document.body.replaceChildren();
});

describe('RichTextEditStrategy without a known editor family', () => {
  it('takes the browser path and checks the field holds the fix', async () => {
    const field = new FakeAdapter('Hi URGENT now', document.createElement('div'));
    const outcome = await new RichTextEditStrategy(null).applyEdit(field, request('Hi URGENT now', [URGENT]));
    expect(outcome).toEqual({ ok: true });
    expect(field.text).toBe('Hi urgent now');
    expect(field.applied).toHaveLength(1);
  });

  it('sends the beforeinput of a replacement when the editor kept its text and no beforeinput came', async () => {
    const field = new FakeAdapter('Hi URGENT now', document.createElement('div'));
    field.behaviour = 'refuse';
    const seen: { inputType: string; data: string | null; transfer: string | undefined }[] = [];
    field.element.addEventListener('beforeinput', (event) => {
      const input = event as InputEvent;
      seen.push({
        inputType: input.inputType,
        data: input.data,
        transfer: input.dataTransfer?.getData('text/plain'),
      });
      // An editor that applies input from beforeinput takes it over.
      input.preventDefault();
      const selection = field.selection ?? { start: 0, end: 0 };
      field.text = field.text.slice(0, selection.start) + (input.data ?? '') + field.text.slice(selection.end);
    });
    const outcome = await new RichTextEditStrategy(null).applyEdit(field, request('Hi URGENT now', [URGENT]));
    expect(outcome).toEqual({ ok: true });
    expect(field.text).toBe('Hi urgent now');
    expect(seen).toEqual([{ inputType: 'insertReplacementText', data: 'urgent', transfer: 'urgent' }]);
  });

  it('says the editor did not take the change when it put its own text back', async () => {
    const field = new FakeAdapter('Hi URGENT now', document.createElement('div'));
    const original = field.applyEdits.bind(field);
    // Like CKEditor 5 without the bridge: the DOM takes the edit, the model re-renders its own text.
    field.applyEdits = async (edits) => {
      const changed = await original(edits);
      setTimeout(() => {
        field.text = 'Hi URGENT now';
      }, 0);
      return changed;
    };
    const outcome = await new RichTextEditStrategy(null).applyEdit(field, request('Hi URGENT now', [URGENT]));
    expect(outcome).toEqual({ ok: false, reason: EDITOR_REFUSED_REASON, restored: true });
    expect(field.text).toBe('Hi URGENT now');
  });

  it('puts the user text back when the editor made something else of the fix', async () => {
    const field = new FakeAdapter('Hi URGENT now', document.createElement('div'));
    const original = field.applyEdits.bind(field);
    let calls = 0;
    field.applyEdits = async (edits) => {
      calls++;
      const changed = await original(edits);
      // The first edit comes out wrong; the restoring edit is taken as given.
      if (calls === 1) field.text += '!';
      return changed;
    };
    const outcome = await new RichTextEditStrategy(null).applyEdit(field, request('Hi URGENT now', [URGENT]));
    expect(outcome).toEqual({ ok: false, reason: EDITOR_REFUSED_REASON, restored: true });
    expect(field.text).toBe('Hi URGENT now');
  });
});

describe('RichTextEditStrategy with an editor the bridge knows', () => {
  it('applies the fix through the editor API in the page world, not through the browser path', async () => {
    installEditorBridge(window);
    const element = document.createElement('trix-editor');
    let documentText = 'Hi URGENT now\n';
    let selected: [number, number] = [0, 0];
    Object.defineProperty(element, 'editor', {
      value: {
        getDocument: () => ({ toString: () => documentText }),
        recordUndoEntry: () => {},
        setSelectedRange: (range: [number, number]) => {
          selected = range;
        },
        insertString: (text: string) => {
          documentText = documentText.slice(0, selected[0]) + text + documentText.slice(selected[1]);
        },
        deleteInDirection: () => {},
      },
    });
    const field = new FakeAdapter('', element);
    field.readText = () => documentText.replace(/\n$/, '');
    const strategy = new RichTextEditStrategy('trix');
    expect(await strategy.applyEdit(field, request('Hi URGENT now', [URGENT]))).toEqual({ ok: true });
    expect(documentText).toBe('Hi urgent now\n');
    expect(field.applied).toHaveLength(0);
  });

  it('is chosen for rich-text fields only, with the family read from the element', () => {
    const slate = document.createElement('div');
    slate.setAttribute('data-slate-editor', 'true');
    const rich = Object.assign(new FakeAdapter('', slate), { paintMode: 'highlight' as const });
    expect(richTextStrategyFactory.matches(rich)).toBe(true);
    expect(richTextStrategyFactory.create(rich).kind).toBe('slate');
    expect(richTextStrategyFactory.matches(new FakeAdapter(''))).toBe(false);
  });
});

describe('no-break spaces', () => {
  it('a space the browser turned into a no-break space beside the fix still counts as the fixed text', async () => {
    const field = new FakeAdapter('Hi Maria!! ', document.createElement('div'));
    const original = field.applyEdits.bind(field);
    field.applyEdits = async (edits) => {
      const changed = await original(edits);
      // Chromium keeps a trailing space visible after an edit by making it a no-break space.
      field.text = field.text.replace(/ $/, '\u00a0');
      return changed;
    };
    const outcome = await new RichTextEditStrategy(null).applyEdit(
      field,
      request('Hi Maria!! ', [{ start: 8, end: 10, text: '!' }]),
    );
    expect(outcome).toEqual({ ok: true });
    expect(field.text).toBe('Hi Maria!\u00a0');
  });
});

describe('the caret', () => {
  it('goes where the user expects it as soon as the field shows the fix, before the read-back ends', async () => {
    const field = new FakeAdapter('Hi URGENT now ', document.createElement('div'));
    const strategy = new RichTextEditStrategy(null);
    const pending = strategy.applyEdit(field, {
      ...request('Hi URGENT now ', [URGENT]),
      caret: { start: 14, end: 14 },
    });
    // The fake editor leaves its caret at the end of the replaced text; a key typed now must not land there.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(field.selection).toEqual({ start: 14, end: 14 });
    expect(await pending).toEqual({ ok: true });
  });
});
