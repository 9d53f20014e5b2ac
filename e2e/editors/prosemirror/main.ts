// ProseMirror on its own (no Tiptap): a schema of paragraphs with bold and italic marks, history
// and the base keymap. The editable is `.ProseMirror`; the view is the model's only writer.
import { baseKeymap, toggleMark } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { Schema } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import '../page.css';
import { exposeEditor } from '../shared';

const schema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
    paragraph: { content: 'inline*', group: 'block', parseDOM: [{ tag: 'p' }], toDOM: () => ['p', 0] },
    text: { group: 'inline' },
    hard_break: { inline: true, group: 'inline', selectable: false, parseDOM: [{ tag: 'br' }], toDOM: () => ['br'] },
  },
  marks: {
    strong: { parseDOM: [{ tag: 'strong' }, { tag: 'b' }], toDOM: () => ['strong', 0] },
    em: { parseDOM: [{ tag: 'em' }, { tag: 'i' }], toDOM: () => ['em', 0] },
  },
});

const host = document.getElementById('editor-host') as HTMLElement;
const view = new EditorView(host, {
  state: EditorState.create({
    schema,
    plugins: [
      history(),
      keymap({
        'Mod-z': undo,
        'Mod-y': redo,
        'Shift-Mod-z': redo,
        'Mod-b': toggleMark(schema.marks.strong),
        'Mod-i': toggleMark(schema.marks.em),
      }),
      keymap(baseKeymap),
    ],
  }),
  attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': 'message-label' },
});

exposeEditor(view, () => {
  const { doc } = view.state;
  return doc.textBetween(0, doc.content.size, '\n', '\n');
});
