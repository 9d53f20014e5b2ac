// TinyMCE 8, self-hosted from the `tinymce` package (GPL license key) in its classic iframe mode:
// the editable is the `<body>` of an iframe TinyMCE writes; the page holds `tinymce` as a global,
// and `tinymce.activeEditor` is the editor. Skins are bundled (Resource.add), so nothing loads
// from a CDN.
import tinymce from 'tinymce';
import 'tinymce/models/dom';
import 'tinymce/themes/silver';
import 'tinymce/icons/default';
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/content/default/content.js';
import '../page.css';
import { exposeEditor } from '../shared';

const [editor] = await tinymce.init({
  selector: '#editor-host',
  license_key: 'gpl',
  menubar: false,
  toolbar: 'bold italic | undo redo',
  height: 200,
  // Found in the bundled skin and content CSS (Resource.add above), never fetched.
  skin: 'oxide',
  content_css: 'default',
  iframe_aria_text: 'Message',
  promotion: false,
  branding: false,
});
if (editor === undefined) throw new Error('TinyMCE did not start');
// The body's blocks joined by one newline: getContent({ format: 'text' }) separates paragraphs with
// a blank line, which is not what the message holds.
exposeEditor(editor, () =>
  // biome-ignore lint/performance/useDomNodeTextContent: a <br> is a newline of the message; textContent drops it.
  Array.from(editor.getBody().children, (block) => (block as HTMLElement).innerText.replace(/\n$/, '')).join('\n'),
);
