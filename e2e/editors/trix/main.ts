// Trix 2: the `<trix-editor>` custom element is the editable; Trix puts its editor on it as
// `editor`. Its document (blocks ending in a newline each) is the model.
import 'trix';
import 'trix/dist/trix.css';
import '../page.css';
import { exposeEditor } from '../shared';

interface TrixEditorElement extends HTMLElement {
  editor: { getDocument(): { toString(): string } };
}

const element = document.querySelector('trix-editor') as TrixEditorElement;
element.setAttribute('role', 'textbox');
element.addEventListener(
  'trix-initialize',
  () => {
    // The document always ends with the last block's newline; the message is what precedes it.
    exposeEditor(element.editor, () => element.editor.getDocument().toString().replace(/\n$/, ''));
  },
  { once: true },
);
