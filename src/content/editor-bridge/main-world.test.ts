// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { handleEditRequest, installEditorBridge } from './main-world';
import { EDIT_REQUEST_EVENT, EDIT_RESULT_EVENT, parseBridgeRequest, parseBridgeResult } from './protocol';
import { editorFamilyOf, requestModelEdit } from './strategy';

const ID = '0123456789abcdef';

function request(edits: { start: number; end: number; old: string; text: string }[], length: number): string {
  return JSON.stringify({ id: ID, length, edits });
}

/** A Trix-shaped editor over a string, recording what the bridge asked of it. */
function fakeTrix(text: string) {
  const calls: string[] = [];
  let selected: [number, number] = [0, 0];
  const editor = {
    document: `${text}\n`,
    getDocument() {
      return { toString: () => editor.document };
    },
    recordUndoEntry(description: string) {
      calls.push(`undo-entry:${description}`);
    },
    setSelectedRange(range: [number, number]) {
      selected = range;
    },
    insertString(inserted: string) {
      editor.document = editor.document.slice(0, selected[0]) + inserted + editor.document.slice(selected[1]);
      calls.push(`insert:${inserted}`);
    },
    deleteInDirection() {
      editor.document = editor.document.slice(0, selected[0]) + editor.document.slice(selected[1]);
      calls.push('delete');
    },
  };
  const element = document.createElement('trix-editor');
  Object.defineProperty(element, 'editor', { value: editor });
  document.body.append(element);
  return { element, editor, calls };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('parseBridgeRequest', () => {
  it('takes a well-formed request', () => {
    expect(parseBridgeRequest(request([{ start: 1, end: 3, old: 'ab', text: 'x' }], 5))).toEqual({
      id: ID,
      length: 5,
      edits: [{ start: 1, end: 3, old: 'ab', text: 'x' }],
    });
  });

  it.each([
    ['an object instead of a string', { id: ID }],
    ['not JSON', '{'],
    ['a short id', JSON.stringify({ id: 'ab', length: 1, edits: [{ start: 0, end: 0, old: '', text: 'x' }] })],
    ['no edits', request([], 3)],
    ['an edit past the text', request([{ start: 2, end: 9, old: 'abcdefg', text: '' }], 5)],
    ['a reversed range', request([{ start: 3, end: 1, old: '', text: '' }], 5)],
    ['a replaced text of the wrong length', request([{ start: 0, end: 2, old: 'a', text: '' }], 5)],
    [
      'overlapping edits',
      request(
        [
          { start: 0, end: 2, old: 'ab', text: '' },
          { start: 1, end: 3, old: 'bc', text: '' },
        ],
        5,
      ),
    ],
    ['a fractional offset', request([{ start: 0.5, end: 1, old: 'a', text: '' }], 5)],
    [
      'text that is not a string',
      JSON.stringify({ id: ID, length: 1, edits: [{ start: 0, end: 0, old: '', text: 7 }] }),
    ],
  ])('refuses %s', (_name, detail) => {
    expect(parseBridgeRequest(detail)).toBeNull();
  });
});

describe('parseBridgeResult', () => {
  it('believes only an answer to its own request, with a known outcome', () => {
    expect(parseBridgeResult(JSON.stringify({ id: ID, outcome: 'applied', family: 'trix' }), ID)).toEqual({
      id: ID,
      outcome: 'applied',
      family: 'trix',
    });
    expect(parseBridgeResult(JSON.stringify({ id: 'ffffffffffffffff', outcome: 'applied' }), ID)).toBeNull();
    expect(parseBridgeResult(JSON.stringify({ id: ID, outcome: 'done' }), ID)).toBeNull();
    expect(parseBridgeResult({ id: ID, outcome: 'applied' }, ID)).toBeNull();
  });
});

describe('handleEditRequest', () => {
  it('applies the edits through the editor, last first, after one undo entry', () => {
    const { element, editor, calls } = fakeTrix('Hi Maria!! URGENT');
    const result = handleEditRequest(
      element,
      request(
        [
          { start: 8, end: 10, old: '!!', text: '!' },
          { start: 11, end: 17, old: 'URGENT', text: 'urgent' },
        ],
        17,
      ),
    );
    expect(result).toEqual({ id: ID, outcome: 'applied', family: 'trix' });
    expect(editor.document).toBe('Hi Maria! urgent\n');
    expect(calls).toEqual(['undo-entry:Fix', 'insert:urgent', 'insert:!']);
  });

  it('puts the editor selection where the caret belongs, in offsets of the edited text', () => {
    const { element, editor } = fakeTrix('Hi Maria!! URGENT');
    let selection: [number, number] = [0, 0];
    const setSelectedRange = editor.setSelectedRange;
    editor.setSelectedRange = (range: [number, number]) => {
      selection = range;
      setSelectedRange(range);
    };
    const detail = JSON.stringify({
      id: ID,
      length: 17,
      edits: [{ start: 8, end: 10, old: '!!', text: '!' }],
      caret: { start: 16, end: 16 },
    });
    expect(handleEditRequest(element, detail)?.outcome).toBe('applied');
    expect(editor.document).toBe('Hi Maria! URGENT\n');
    expect(selection).toEqual([16, 16]);
    // A caret past the end of the edited text is a malformed request.
    expect(parseBridgeRequest(detail.replace('"start":16,"end":16', '"start":17,"end":17'))).toBeNull();
  });

  it('touches nothing when the model does not hold the replaced text where the request says', () => {
    const { element, editor, calls } = fakeTrix('Hi Maria!! URGENT');
    expect(handleEditRequest(element, request([{ start: 0, end: 2, old: 'Yo', text: 'Hello' }], 17))?.outcome).toBe(
      'mismatch',
    );
    expect(handleEditRequest(element, request([{ start: 0, end: 2, old: 'Hi', text: 'Hello' }], 16))?.outcome).toBe(
      'mismatch',
    );
    expect(editor.document).toBe('Hi Maria!! URGENT\n');
    expect(calls).toEqual([]);
  });

  it('answers no-editor for an element without an editor it knows, and nothing for a malformed request', () => {
    const plain = document.createElement('div');
    plain.contentEditable = 'true';
    document.body.append(plain);
    expect(handleEditRequest(plain, request([{ start: 0, end: 0, old: '', text: 'x' }], 0))?.outcome).toBe('no-editor');
    expect(handleEditRequest(plain, '{"id":1}')).toBeNull();
  });

  it('reports an editor that throws as failed, without throwing itself', () => {
    const { element, editor } = fakeTrix('abc');
    editor.insertString = () => {
      throw new Error('editor bug');
    };
    expect(handleEditRequest(element, request([{ start: 0, end: 1, old: 'a', text: 'A' }], 3))?.outcome).toBe('failed');
  });
});

describe('the two halves over DOM events', () => {
  it('without a bridge, or with a page answering for it with another id, there is no answer', () => {
    const element = document.createElement('div');
    document.body.append(element);
    element.addEventListener(EDIT_REQUEST_EVENT, () => {
      element.dispatchEvent(
        new CustomEvent(EDIT_RESULT_EVENT, { detail: JSON.stringify({ id: 'ffffffffffffffff', outcome: 'applied' }) }),
      );
    });
    expect(requestModelEdit(element, 'abc', [{ start: 0, end: 1, text: 'A' }])).toBe('no-answer');
    // Once the bridge runs, its own answer is the one taken.
    installEditorBridge(window);
    expect(requestModelEdit(element, 'abc', [{ start: 0, end: 1, text: 'A' }])).toBe('no-editor');
  });

  it('the content script asks, the page-world bridge answers inside the same dispatch', () => {
    const { element, editor } = fakeTrix('URGENT now');
    expect(requestModelEdit(element, 'URGENT now', [{ start: 0, end: 6, text: 'Urgent' }])).toBe('applied');
    expect(editor.document).toBe('Urgent now\n');
  });
});

describe('editorFamilyOf', () => {
  it('tells the editors by the marks they put on their editable', () => {
    const make = (tag: string, setup: (element: HTMLElement) => void) => {
      const element = document.createElement(tag);
      setup(element);
      return editorFamilyOf(element);
    };
    expect(make('div', (element) => element.classList.add('ck-editor__editable'))).toBe('ckeditor5');
    expect(make('div', (element) => element.setAttribute('data-slate-editor', 'true'))).toBe('slate');
    expect(make('trix-editor', () => {})).toBe('trix');
    expect(make('div', () => {})).toBeNull();
  });
});
