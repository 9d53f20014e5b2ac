// Tiptap 3 with StarterKit (ProseMirror underneath): the editable element is `.ProseMirror`.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import '../page.css';
import { exposeEditor } from '../shared';

const host = document.getElementById('editor-host') as HTMLElement;
const editor = new Editor({
  element: host,
  extensions: [StarterKit],
  content: '',
  editorProps: {
    attributes: { 'aria-labelledby': 'message-label', role: 'textbox', 'aria-multiline': 'true' },
  },
});
// Paragraphs are joined with one newline, the way the message would be sent.
exposeEditor(editor, () => editor.getText({ blockSeparator: '\n' }));
