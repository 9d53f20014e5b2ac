// A plain contenteditable with no framework (no Draft.js, no model): the DOM is the model.
import '../page.css';
import { exposeEditor } from '../shared';

const host = document.getElementById('editor-host') as HTMLElement;
host.contentEditable = 'true';
host.setAttribute('role', 'textbox');
host.setAttribute('aria-multiline', 'true');
host.setAttribute('aria-labelledby', 'message-label');
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text (line breaks) is the model here.
exposeEditor(host, () => host.innerText.replaceAll('\u00a0', ' ').replace(/\n$/, ''));
