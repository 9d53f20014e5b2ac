/** @jsxImportSource react */
// Draft.js 0.11 on React 18 (its own copy in this workspace: Draft calls ReactDOM.findDOMNode, which
// React 19 removed). The editable is `.public-DraftEditor-content`; the model is the EditorState.
import { Editor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../page.css';
import { exposeEditor } from '../shared';

let latestState = EditorState.createEmpty();

function Composer() {
  const [editorState, setEditorState] = useState(latestState);
  latestState = editorState;
  return (
    <Editor
      editorState={editorState}
      onChange={(next) => {
        latestState = next;
        setEditorState(next);
      }}
      ariaLabelledBy="message-label"
      placeholder="Type a message"
    />
  );
}

const root = createRoot(document.getElementById('root') as HTMLElement);
root.render(<Composer />);
exposeEditor(root, () => latestState.getCurrentContent().getPlainText('\n'));
