// Lexical (vanilla, no React) with the plain-text plugin and history: the editable element is
// ours, marked `data-lexical-editor` by Lexical.
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { $getRoot, createEditor } from 'lexical';
import '../page.css';
import { exposeEditor } from '../shared';

const host = document.getElementById('editor-host') as HTMLElement;
const editable = document.createElement('div');
editable.contentEditable = 'true';
editable.setAttribute('role', 'textbox');
editable.setAttribute('aria-multiline', 'true');
editable.setAttribute('aria-labelledby', 'message-label');
host.append(editable);

const editor = createEditor({
  namespace: 'sms-fixture',
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(editable);
registerPlainText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
exposeEditor(editor, () => editor.getEditorState().read(() => $getRoot().getTextContent()));
