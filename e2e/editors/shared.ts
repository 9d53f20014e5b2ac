/**
 * What every editor fixture page exposes to the e2e specs: `window.__editorText()` returns the
 * text held in the editor's OWN model (Quill's delta, ProseMirror's doc, Lexical's editor state,
 * React state), so a spec can check that a fix applied by the extension reached the model and
 * not only the DOM the user sees. `window.__editor` is the editor instance, for investigations.
 */
declare global {
  interface Window {
    __editorText?: () => string;
    __editor?: unknown;
    /** Set once the editor is mounted and ready for input. */
    __editorReady?: boolean;
  }
}

export function exposeEditor(editor: unknown, readModelText: () => string): void {
  window.__editor = editor;
  window.__editorText = readModelText;
  window.__editorReady = true;
}
