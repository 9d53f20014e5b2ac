/** @jsxImportSource react */
// React 19 with a controlled <textarea>: React re-renders from its state on every input, so an
// extension that changes the DOM value without a real input event gets its edit reverted (or
// leaves state and field out of sync). <pre id="state"> shows the state for the specs.
import { type ChangeEvent, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../page.css';
import { exposeEditor } from '../shared';

let latestState = '';

function Composer() {
  const [text, setText] = useState('');
  latestState = text;
  return (
    <main>
      <h1>Compose (React 19)</h1>
      <label htmlFor="message">Message</label>
      <textarea
        id="message"
        className="composer"
        value={text}
        placeholder="Type a message"
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)}
      />
      <div className="label">Component state</div>
      <pre id="state">{text}</pre>
    </main>
  );
}

const root = createRoot(document.getElementById('root') as HTMLElement);
root.render(<Composer />);
exposeEditor(root, () => latestState);
