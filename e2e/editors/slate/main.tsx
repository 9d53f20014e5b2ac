/** @jsxImportSource react */
// Slate + slate-react on React 19, with slate-history: the editable is `[data-slate-editor]`. Slate
// renders from `editor.children`; a DOM change it did not make is overwritten on the next render.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, type Descendant, Node } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';
import '../page.css';
import { exposeEditor } from '../shared';

const editor = withHistory(withReact(createEditor()));
const initialValue: Descendant[] = [{ type: 'paragraph', children: [{ text: '' }] } as Descendant];

function Composer() {
  const [value] = useState(initialValue);
  return (
    <Slate editor={editor} initialValue={value}>
      <Editable className="composer slate-editable" aria-labelledby="message-label" placeholder="Type a message" />
    </Slate>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<Composer />);
exposeEditor(editor, () => editor.children.map((node) => Node.string(node)).join('\n'));
