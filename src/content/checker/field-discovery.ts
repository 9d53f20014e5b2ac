/**
 * Finds a document's message fields: those present at start, those added later (a mutation
 * observer on the document and on every open shadow root, told of late shadow roots by the
 * MAIN-world hook), those that become visible or editable, and one the user focuses that nothing
 * else revealed. It decides which fields to attach and detach; the page owns the controllers.
 */
import { FIELD_SELECTOR, isCheckableField } from '../eligibility';

const WATCHED_ATTRIBUTES = [
  'class',
  'style',
  'hidden',
  'disabled',
  'readonly',
  'contenteditable',
  'data-sms-check',
  'type',
  'open',
  'aria-hidden',
];
/** Dispatched by the MAIN-world hook (page-hook.iife.ts) when the page attaches an open shadow root. */
export const SHADOW_ATTACHED_EVENT = 'sms-check:shadow-attached';

/** What discovery needs from the page. */
export interface DiscoveryHost<Field extends { readonly element: HTMLElement }> {
  /** Our own shadow host: its subtree never holds page fields. */
  readonly ownHost: Element;
  attachedTo(element: HTMLElement): Field | undefined;
  attachedFields(): Iterable<Field>;
  attach(element: HTMLElement): Field | undefined;
  detach(field: Field): void;
  attachedCount(): number;
  /** Discovery has work for the next frame. */
  requestFrame(): void;
  /** The page's DOM changed: attached fields may have moved and are drawn again in the next frame. */
  layoutMayHaveShifted(): void;
  /** The user focused an attached field: warm the linter up. */
  fieldFocused(field: Field): void;
  /** A field found on focus: it is linted at once. */
  attachedOnFocus(field: Field): void;
}

export class FieldDiscovery<Field extends { readonly element: HTMLElement }> {
  private readonly observedRoots = new WeakSet<Node>();
  private readonly observer: MutationObserver;
  private readonly pendingScans = new Set<Node>();
  private recheckAttached = false;

  constructor(
    private readonly doc: Document,
    private readonly host: DiscoveryHost<Field>,
    signal: AbortSignal,
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
    signal.addEventListener('abort', () => this.observer.disconnect(), { once: true });
    this.observeRoot(doc);
    doc.addEventListener(SHADOW_ATTACHED_EVENT, (event) => this.onShadowAttached(event), { signal, capture: true });
    doc.addEventListener('focusin', (event) => this.onFocusIn(event), { signal, capture: true });
  }

  /** The first pass: the page is loaded when the checker starts. */
  start(): void {
    this.scanPass([this.doc]);
  }

  /** Whether a frame has discovery work to do. */
  get hasPendingWork(): boolean {
    return this.pendingScans.size > 0 || this.recheckAttached;
  }

  /** In a frame: detaches fields that went away, then looks for fields where the page changed. */
  runPending(): void {
    if (this.recheckAttached) {
      this.recheckAttached = false;
      for (const field of [...this.host.attachedFields()]) {
        if (!field.element.isConnected || !isCheckableField(field.element)) this.host.detach(field);
      }
    }
    if (this.pendingScans.size > 0) {
      const scans = [...this.pendingScans];
      this.pendingScans.clear();
      this.scanPass(scans);
    }
  }

  private observeRoot(root: Document | ShadowRoot): void {
    if (this.observedRoots.has(root)) return;
    this.observedRoots.add(root);
    this.observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    });
  }

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'childList') {
        for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) this.pendingScans.add(node);
        if (record.removedNodes.length > 0) this.recheckAttached = true;
      } else if (record.target.nodeType === Node.ELEMENT_NODE) {
        this.pendingScans.add(record.target);
        this.recheckAttached = true;
      }
    }
    // Our own host's subtree never holds page fields.
    this.pendingScans.delete(this.host.ownHost);
    if (this.hasPendingWork) this.host.requestFrame();
    // Layout may have shifted under attached fields.
    this.host.layoutMayHaveShifted();
  }

  /** Finds fields (and open shadow roots, which the document observer cannot see into) under `root`. */
  private scan(root: Node): void {
    if (root === this.host.ownHost) return;
    const candidates: Element[] = [];
    if (root instanceof Element && root.matches(FIELD_SELECTOR)) candidates.push(root);
    // By node type rather than instanceof: a document of another realm is no `Document` of ours.
    if (root instanceof Element || root.nodeType === Node.DOCUMENT_NODE || root instanceof ShadowRoot) {
      const container = root as ParentNode;
      // A loop, not a spread: a page of many thousands of fields must not overflow the call stack.
      for (const element of container.querySelectorAll(FIELD_SELECTOR)) candidates.push(element);
      const walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
      for (let node: Node | null = walker.currentNode; node !== null; node = walker.nextNode()) {
        const shadow = node === this.host.ownHost ? null : (node as Element).shadowRoot;
        if (shadow && shadow.mode === 'open' && !this.observedRoots.has(shadow)) {
          this.observeRoot(shadow);
          this.scan(shadow);
        }
      }
    }
    // All layout reads first (eligibility looks at boxes), then all writes (attaching adds our
    // elements): interleaving them would lay the page out again for every field.
    const decisions = candidates.map((element) => ({ element, eligible: isCheckableField(element) }));
    for (const { element, eligible } of decisions) {
      const attached = element instanceof HTMLElement ? this.host.attachedTo(element) : undefined;
      if (attached && !eligible) this.host.detach(attached);
      if (!attached && eligible) this.host.attach(element as HTMLElement);
    }
  }

  /** Looks for fields under `roots`, timed as `sms-attach` on the performance timeline. */
  private scanPass(roots: readonly Node[]): void {
    const before = this.host.attachedCount();
    const startTime = performance.now();
    for (const root of roots) if (root.isConnected) this.scan(root);
    if (this.host.attachedCount() === before) return;
    try {
      performance.mark('sms-attach-start', { startTime });
      performance.mark('sms-attach-end');
      performance.measure('sms-attach', 'sms-attach-start', 'sms-attach-end');
    } catch {
      // User Timing Level 3 (mark options) is missing in old engines; the marks are only diagnostics.
    }
  }

  private onShadowAttached(event: Event): void {
    const target = event.composedPath()[0];
    const shadow = target instanceof Element && target !== this.host.ownHost ? target.shadowRoot : null;
    if (shadow === null || this.observedRoots.has(shadow)) return;
    this.observeRoot(shadow);
    this.pendingScans.add(shadow);
    this.host.requestFrame();
  }

  private onFocusIn(event: FocusEvent): void {
    const path = event.composedPath();
    const target = path[0];
    if (!(target instanceof HTMLElement) || path.includes(this.host.ownHost)) return;
    const attached = this.host.attachedTo(target);
    if (attached) {
      this.host.fieldFocused(attached);
      return;
    }
    // A field we could not see before (a shadow root attached late, a field shown by CSS alone).
    const root = target.getRootNode();
    if (root instanceof ShadowRoot && root.mode === 'open') this.observeRoot(root);
    let editable: HTMLElement | null = target;
    while (editable?.parentElement?.isContentEditable) editable = editable.parentElement;
    if (editable && isCheckableField(editable)) {
      const field = this.host.attach(editable);
      if (field) this.host.attachedOnFocus(field);
    }
  }
}
