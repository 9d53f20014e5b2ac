/**
 * CSS Custom Highlight API plumbing for contenteditable underlines: one Highlight per severity,
 * shared by every field of the document, and the `::highlight()` rules adopted (not inserted as a
 * node) into the tree scope where the editor's text lives.
 */
import type { Severity } from '../../rules';
import { colorSchemeBehind } from './color-scheme';
import { DARK_HIGHLIGHT_NAMES, HIGHLIGHT_CSS, HIGHLIGHT_NAMES } from './styles';

interface HighlightRegistryLike {
  get(name: string): Highlight | undefined;
  set(name: string, highlight: Highlight): unknown;
}

function registry(view: Window): HighlightRegistryLike | null {
  const css = (view as Window & { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  if (!css?.highlights || typeof (view as Window & { Highlight?: unknown }).Highlight !== 'function') return null;
  return css.highlights;
}

export function highlightsSupported(view: Window): boolean {
  return registry(view) !== null;
}

const styledScopes = new WeakSet<Document | ShadowRoot>();

function adoptHighlightStyles(scope: Document | ShadowRoot): void {
  if (styledScopes.has(scope)) return;
  styledScopes.add(scope);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
  } catch {
    // No constructable stylesheets: the invisible overlay boxes still carry the findings.
  }
}

/** The ranges one field currently contributes, so they can be swapped without touching others'. */
export class FieldHighlights {
  private ranges: { severity: Severity; range: Range }[] = [];
  /** The highlight names for the editor's background, read when it is first underlined. */
  private names: typeof HIGHLIGHT_NAMES | typeof DARK_HIGHLIGHT_NAMES | null = null;

  constructor(private readonly element: HTMLElement) {}

  set(next: { severity: Severity; range: Range }[]): void {
    const view = this.element.ownerDocument.defaultView;
    const highlights = view ? registry(view) : null;
    if (view === null || highlights === null) return;
    adoptHighlightStyles(this.element.getRootNode() as Document | ShadowRoot);
    const previous = this.names ?? HIGHLIGHT_NAMES;
    for (const { severity, range } of this.ranges) highlights.get(previous[severity])?.delete(range);
    if (next.length > 0 && this.ranges.length === 0) {
      // Read again each time the field gets its first underline: a page may switch its theme.
      this.names = colorSchemeBehind(this.element) === 'dark' ? DARK_HIGHLIGHT_NAMES : HIGHLIGHT_NAMES;
    }
    const names = this.names ?? HIGHLIGHT_NAMES;
    for (const { severity, range } of next) {
      const name = names[severity];
      let highlight = highlights.get(name);
      if (highlight === undefined) {
        highlight = new view.Highlight();
        highlights.set(name, highlight);
      }
      highlight.add(range);
    }
    this.ranges = next;
  }

  clear(): void {
    this.set([]);
  }
}
