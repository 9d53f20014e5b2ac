// CKEditor 5 classic (the `ckeditor5` package, GPL license key) with paragraphs, bold, italic and
// undo. The editable is `.ck-editor__editable`; CKEditor itself puts the editor on it as
// `ckeditorInstance`. Its model, not the DOM, is the truth: CKEditor re-renders the DOM from it.
import { Bold, ClassicEditor, Essentials, Italic, Paragraph } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import '../page.css';
import { exposeEditor } from '../shared';

const host = document.getElementById('editor-host') as HTMLElement;
const editor = await ClassicEditor.create(host, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic],
  toolbar: ['bold', 'italic', '|', 'undo', 'redo'],
  label: 'Message',
});

/** Paragraphs joined by one newline, soft breaks as newlines: the message as it would be sent. */
function modelText(): string {
  const root = editor.model.document.getRoot();
  if (root === null) return '';
  const blocks: string[] = [];
  for (const block of root.getChildren()) {
    let text = '';
    if (block.is('element')) {
      for (const child of block.getChildren()) {
        if (child.is('$text')) text += child.data;
        else if (child.is('element', 'softBreak')) text += '\n';
      }
    }
    blocks.push(text);
  }
  return blocks.join('\n');
}

// ?hide-instance: a page that does not expose its editor on the editable (the extension's bridge
// then finds no instance and falls back to the beforeinput CKEditor listens to).
if (new URLSearchParams(location.search).has('hide-instance')) {
  const editable = editor.ui.getEditableElement();
  if (editable) Object.defineProperty(editable, 'ckeditorInstance', { value: undefined, configurable: true });
}

exposeEditor(editor, modelText);
