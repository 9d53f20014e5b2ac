/**
 * How the specs see the checker's in-page UI, which a page cannot (docs/security.md): it lives in a
 * CLOSED shadow root under a host element whose name has a random suffix
 * (`sms-compliance-checker-<16 hex digits>`), so neither `element.shadowRoot` nor Playwright's CSS
 * engine (which pierces open roots only) reaches it.
 *
 * Tests reach it through the DevTools protocol, as DevTools shows a closed root: for each host the
 * page gets (a frame of another site, which Chromium draws in a process of its own, through a
 * session of its own), `DOM.getDocument({ pierce: true })` finds its closed root and `DOM.resolveNode` hands
 * that root to the page's main world, into a registry the selector engines below read. This is a
 * test instrument, installed per browser context by the fixtures (`revealCheckerUi`): the hostile
 * page spec (security.spec.ts) runs in a browser without it, and the build is the same either way.
 *
 * Two selector engines, registered once per Playwright process:
 * - `checker-ui=<css>`: elements matching <css> inside the checker's root(s) of the scope's document
 *   (and inside the scope element, when a locator is chained from one of ours);
 * - `checker-host=`: the checker's host elements (children of <html>), revealed or not.
 * A host whose root is not revealed yet is returned by `checker-ui` in place of the elements asked
 * for, so an assertion of absence (`toHaveCount(0)`) waits for the reveal instead of passing on an
 * empty answer; the host is an empty 0x0 box, so no visibility, text or attribute assertion and no
 * click is satisfied by it. The reveal starts as soon as the host is inserted (a MutationObserver
 * in an init script calls the binding), so that window lasts a few milliseconds.
 */
import {
  type BrowserContext,
  type CDPSession,
  type Frame,
  type FrameLocator,
  type Locator,
  type Page,
  selectors,
} from '@playwright/test';

/** What the host's name starts with (src/content/shadow-host.ts, SHADOW_HOST_TAG_PREFIX). */
export const HOST_PREFIX = 'sms-compliance-checker-';
/** Main-world global: Map from host element to its revealed closed root. */
const REGISTRY = '__smsCheckerTestRoots';
/** Main-world binding (context.exposeBinding) that asks the test process to reveal new roots. */
const BINDING = '__smsCheckerRevealRoots';

type Scope = Page | Frame | FrameLocator | Locator;

/** Elements matching `css` in the checker's UI of `scope`. */
export function checkerUi(scope: Scope, css: string): Locator {
  return scope.locator(`checker-ui=${css}`);
}

/** The checker's host element(s) of `scope`'s document. */
export function checkerHost(scope: Page | Frame | FrameLocator): Locator {
  return scope.locator('checker-host=*');
}

const ENGINE_HELPERS = `
  const PREFIX = ${JSON.stringify(HOST_PREFIX)};
  const hostsOf = (doc) => {
    const html = doc && doc.documentElement;
    return html ? [...html.children].filter((element) => element.localName.startsWith(PREFIX)) : [];
  };
`;

const UI_ENGINE = `(() => {
  ${ENGINE_HELPERS}
  const queryAll = (root, selector) => {
    const doc = root.nodeType === 9 ? root : root.ownerDocument;
    const view = doc && doc.defaultView;
    const registry = view && view[${JSON.stringify(REGISTRY)}];
    const found = [];
    for (const host of hostsOf(doc)) {
      const shadow = registry && registry.get(host);
      if (!shadow) {
        // Not revealed yet: ask again, and answer with the host so that absence is not concluded.
        if (view && typeof view[${JSON.stringify(BINDING)}] === 'function') view[${JSON.stringify(BINDING)}]().catch(() => {});
        found.push(host);
        continue;
      }
      for (const element of shadow.querySelectorAll(selector)) {
        if (root.nodeType === 9 || root === host || root.contains(element)) found.push(element);
      }
    }
    return found;
  };
  return { queryAll, query: (root, selector) => queryAll(root, selector)[0] || null };
})()`;

const HOST_ENGINE = `(() => {
  ${ENGINE_HELPERS}
  const queryAll = (root) => hostsOf(root.nodeType === 9 ? root : root.ownerDocument);
  return { queryAll, query: (root) => queryAll(root)[0] || null };
})()`;

/**
 * Runs at document start in every frame: calls the binding as soon as a host is inserted, and
 * gives the page's own code (benchmarks) `window.__smsCheckerRoot()`, the revealed root of the
 * connected host.
 */
const WATCH_HOSTS = `(() => {
  const PREFIX = ${JSON.stringify(HOST_PREFIX)};
  window.__smsCheckerRoot = () => {
    const registry = window[${JSON.stringify(REGISTRY)}];
    if (!registry) return null;
    for (const [host, root] of registry) if (host.isConnected) return root;
    return null;
  };
  const ask = () => {
    const reveal = window[${JSON.stringify(BINDING)}];
    if (typeof reveal === 'function') reveal().catch(() => {});
  };
  const watch = (html) =>
    new MutationObserver((records) => {
      if (records.some((record) => [...record.addedNodes].some((node) => node.localName && node.localName.startsWith(PREFIX)))) ask();
    }).observe(html, { childList: true });
  if (document.documentElement) watch(document.documentElement);
  else
    new MutationObserver((records, observer) => {
      if (!document.documentElement) return;
      observer.disconnect();
      watch(document.documentElement);
    }).observe(document, { childList: true });
})();`;

let enginesRegistered: Promise<void> | null = null;

/** Registers the two selector engines (once per process; must precede the contexts that use them). */
export function registerCheckerSelectors(): Promise<void> {
  enginesRegistered ??= (async () => {
    await selectors.register('checker-ui', UI_ENGINE);
    await selectors.register('checker-host', HOST_ENGINE);
  })();
  return enginesRegistered;
}

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
  contentDocument?: CdpNode;
}

/**
 * The shadow roots of our hosts anywhere in the (same-process) frame tree. They are closed; an open
 * one is found too, so that a build with an open root fails the hostile page spec's assertions
 * rather than its setup.
 */
function checkerRoots(node: CdpNode, found: CdpNode[] = []): CdpNode[] {
  if (node.localName?.startsWith(HOST_PREFIX)) {
    for (const root of node.shadowRoots ?? []) if (root.shadowRootType !== 'user-agent') found.push(root);
  }
  for (const child of node.children ?? []) checkerRoots(child, found);
  for (const root of node.shadowRoots ?? []) checkerRoots(root, found);
  if (node.contentDocument) checkerRoots(node.contentDocument, found);
  return found;
}

interface Revealer {
  session: CDPSession;
  target: Page | Frame;
  revealed: Set<number>;
  running: Promise<void> | null;
  again: boolean;
}

const revealers = new WeakMap<Page | Frame, Promise<Revealer>>();

/**
 * A DevTools session on the page, or on a frame of another site (Chromium draws it in another
 * process, which the page's session does not see into): a session of its own. A frame drawn in
 * its parent's process (which may change when it navigates) goes with its parent's session.
 */
async function revealerFor(page: Page, frame?: Frame): Promise<Revealer> {
  const target = frame && frame !== page.mainFrame() ? frame : page;
  const known = revealers.get(target);
  if (known) return known;
  const session =
    target === page
      ? await page.context().newCDPSession(page)
      : await page
          .context()
          .newCDPSession(target)
          .catch(() => null);
  if (session === null) return revealerFor(page, (target as Frame).parentFrame() ?? undefined);
  // Another call may have opened one meanwhile: the first one stays.
  const again = revealers.get(target);
  if (again) {
    await session.detach().catch(() => undefined);
    return again;
  }
  const revealer = Promise.resolve({ session, target, revealed: new Set<number>(), running: null, again: false });
  revealers.set(target, revealer);
  return revealer;
}

async function revealOnce(revealer: Revealer): Promise<void> {
  const { session } = revealer;
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  try {
    for (const { backendNodeId } of checkerRoots(root)) {
      if (revealer.revealed.has(backendNodeId)) continue;
      const { object } = await session.send('DOM.resolveNode', { backendNodeId });
      if (!object.objectId) continue;
      await session.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function () {
          const view = this.ownerDocument.defaultView;
          (view.${REGISTRY} ??= new Map()).set(this.host, this);
        }`,
      });
      await session.send('Runtime.releaseObject', { objectId: object.objectId }).catch(() => undefined);
      revealer.revealed.add(backendNodeId);
    }
  } finally {
    // Stop the DOM agent's tracking (and its events) until the next request.
    await session.send('DOM.disable').catch(() => undefined);
  }
}

/**
 * Reveals the closed roots of `page` (or of `frame`, when Chromium draws it in a process of its
 * own) now; calls made while one runs are served by one more run.
 */
export async function revealCheckerRoots(page: Page, frame?: Frame): Promise<void> {
  if (page.isClosed()) return;
  const revealer = await revealerFor(page, frame);
  if (revealer.running) {
    revealer.again = true;
    return revealer.running;
  }
  revealer.running = (async () => {
    try {
      do {
        revealer.again = false;
        await revealOnce(revealer);
      } while (revealer.again && !page.isClosed());
    } catch {
      // The page navigated or closed meanwhile (a frame's process may have changed, with its
      // session): the next query asks again, on a new session.
      revealers.delete(revealer.target);
    } finally {
      revealer.running = null;
    }
  })();
  return revealer.running;
}

/**
 * Lets the specs of `context` see the checker's UI (see the top of this file). Not for the hostile
 * page spec, whose page must be exactly what a page on the web is.
 */
export async function revealCheckerUi(context: BrowserContext): Promise<void> {
  await context.exposeBinding(BINDING, async (source) => {
    await revealCheckerRoots(source.page, source.frame);
  });
  await context.addInitScript({ content: WATCH_HOSTS });
}

// ---------------------------------------------------------------------------------------------
// DevTools' own view, for the hostile page spec: it looks into the closed root from the test
// process only, and shows the page nothing (unless a test leaks an element on purpose).

/** Runs `use` with a fresh DevTools session on `page` and the node ids of the checker's closed roots. */
async function withCheckerRoots<T>(
  page: Page,
  use: (session: CDPSession, roots: number[], rootNodes: CdpNode[]) => Promise<T>,
): Promise<T> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const rootNodes = checkerRoots(root);
    return await use(
      session,
      rootNodes.map((shadow) => shadow.nodeId),
      rootNodes,
    );
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** The markup of the checker's closed root(s), as DevTools shows it. */
export function checkerUiMarkup(page: Page): Promise<string> {
  return withCheckerRoots(page, async (session, _roots, rootNodes) => {
    const parts: string[] = [];
    for (const shadow of rootNodes) {
      for (const child of shadow.children ?? []) {
        parts.push((await session.send('DOM.getOuterHTML', { nodeId: child.nodeId })).outerHTML);
      }
    }
    return parts.join('\n');
  });
}

async function firstMatch(session: CDPSession, roots: number[], css: string): Promise<number | null> {
  for (const nodeId of roots) {
    const found = await session.send('DOM.querySelector', { nodeId, selector: css });
    if (found.nodeId) return found.nodeId;
  }
  return null;
}

/** An attribute of the first element matching `css` in the checker's root (null: no such element or attribute). */
export function checkerUiAttribute(page: Page, css: string, name: string): Promise<string | null> {
  return withCheckerRoots(page, async (session, roots) => {
    const nodeId = await firstMatch(session, roots, css);
    if (nodeId === null) return null;
    const { attributes } = await session.send('DOM.getAttributes', { nodeId });
    const index = attributes.findIndex((attribute, position) => position % 2 === 0 && attribute === name);
    return index < 0 ? null : (attributes[index + 1] ?? null);
  });
}

/** The centre of the first element matching `css` in the checker's root (scrolled into view), for a real (trusted) click. */
export function checkerUiCenter(page: Page, css: string): Promise<{ x: number; y: number } | null> {
  return withCheckerRoots(page, async (session, roots) => {
    const nodeId = await firstMatch(session, roots, css);
    if (nodeId === null) return null;
    // The card scrolls when it is taller than the room it has.
    await session.send('DOM.scrollIntoViewIfNeeded', { nodeId }).catch(() => undefined);
    const { model } = await session.send('DOM.getBoxModel', { nodeId }).catch(() => ({ model: null }));
    if (!model) return null;
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.border;
    return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
  });
}

/**
 * Hands the page's script every element matching `css` in the checker's root, as
 * `window[globalName]` (an array): what a page could do if the closed root ever leaked. Used to
 * show that our buttons ignore the page's scripted events even then. Returns how many.
 */
export function leakCheckerUiToPage(page: Page, css: string, globalName: string): Promise<number> {
  return withCheckerRoots(page, async (session, roots) => {
    let count = 0;
    for (const root of roots) {
      const { nodeIds } = await session.send('DOM.querySelectorAll', { nodeId: root, selector: css });
      for (const nodeId of nodeIds) {
        const { object } = await session.send('DOM.resolveNode', { nodeId });
        if (!object.objectId) continue;
        await session.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: `function () { (window[${JSON.stringify(globalName)}] ??= []).push(this); }`,
        });
        count++;
      }
    }
    return count;
  });
}
