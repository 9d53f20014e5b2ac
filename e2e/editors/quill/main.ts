// Quill 2 with the Snow theme and no toolbar: the editable element is `.ql-editor`.
import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import '../page.css';
import { exposeEditor } from '../shared';

const host = document.getElementById('editor-host') as HTMLElement;
const quill = new Quill(host, { theme: 'snow', modules: { toolbar: false }, placeholder: 'Type a message' });
quill.root.setAttribute('aria-labelledby', 'message-label');
quill.root.setAttribute('role', 'textbox');
quill.root.setAttribute('aria-multiline', 'true');
// getText() always ends with the document's final newline; the message is what precedes it.
exposeEditor(quill, () => quill.getText().replace(/\n$/, ''));
