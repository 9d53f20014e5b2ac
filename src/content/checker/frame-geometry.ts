/**
 * Where a frame's field is in an ancestor document: which iframe element holds the window that
 * posted a locator token, and a rectangle of that frame's viewport in the ancestor's viewport,
 * through nested frames whose documents it can read, or through the hops other ancestors report
 * (each frame knows only its own iframe elements' boxes when the frames are of other origins).
 */
import type { FrameHop, FrameRect } from '../../shared/frame-card-protocol';
import { locatorToken } from '../../shared/frame-card-protocol';

/** How long a posted locator is remembered (its runtime message follows within milliseconds). */
const LOCATOR_TTL_MS = 10_000;
const MAX_LOCATORS = 32;

/**
 * Remembers which window posted each locator token. Only the first post of a token counts, and
 * only a real post (a page's script could dispatch a made-up message event naming any window): the
 * page learns a token from that post, too late to post it first from another window.
 */
export class FrameLocators {
  private readonly posted = new Map<string, { source: MessageEventSource; at: number }>();
  private readonly waiting = new Map<string, Set<(source: MessageEventSource) => void>>();

  constructor(
    view: Window,
    signal: AbortSignal,
    /** A token's first post, as it arrives (the document may then say it can show that card). */
    private readonly onPosted?: (token: string, source: MessageEventSource) => void,
  ) {
    view.addEventListener(
      'message',
      (event) => {
        if (!event.isTrusted) return;
        const token = locatorToken(event.data);
        if (token === null || event.source === null || event.source === view || this.posted.has(token)) return;
        this.forgetOld();
        this.posted.set(token, { source: event.source, at: Date.now() });
        const waiting = this.waiting.get(token);
        this.waiting.delete(token);
        for (const wake of waiting ?? []) wake(event.source);
        this.onPosted?.(token, event.source);
      },
      { signal },
    );
  }

  /** The window that posted `token`, waiting up to `timeoutMs` for the post; null if none came. */
  sourceOf(token: string, timeoutMs = 1_000): Promise<MessageEventSource | null> {
    const known = this.posted.get(token);
    if (known) return Promise.resolve(known.source);
    return new Promise((resolve) => {
      // The host showing the card and the background's question may both wait for one token.
      const waiters = this.waiting.get(token) ?? new Set();
      this.waiting.set(token, waiters);
      const wake = (source: MessageEventSource) => {
        clearTimeout(timer);
        resolve(source);
      };
      const timer = setTimeout(() => {
        waiters.delete(wake);
        if (waiters.size === 0 && this.waiting.get(token) === waiters) this.waiting.delete(token);
        resolve(null);
      }, timeoutMs);
      waiters.add(wake);
    });
  }

  private forgetOld(): void {
    const now = Date.now();
    for (const [token, { at }] of this.posted) {
      if (now - at > LOCATOR_TTL_MS || this.posted.size >= MAX_LOCATORS) this.posted.delete(token);
    }
  }
}

type FrameElement = HTMLIFrameElement | HTMLFrameElement;

/**
 * The iframe element of `view`'s document that holds `source` (a window posted from, maybe
 * several frames down, of any origin: a window's `parent` can be read across origins) and how
 * many windows down `source` is (1: the element's own window). Null when `source` is not below.
 */
export function childFrameToward(
  view: Window,
  source: MessageEventSource,
): { frame: FrameElement; level: number } | null {
  let current = source as Window;
  let level = 1;
  try {
    while (current.parent !== view) {
      if (current.parent === current || level >= 16) return null;
      current = current.parent;
      level++;
    }
  } catch {
    return null;
  }
  const frame =
    [...view.document.querySelectorAll<FrameElement>('iframe, frame')].find(
      (element) => element.contentWindow === current,
    ) ?? framesIn(view.document).find((element) => element.contentWindow === current);
  return frame ? { frame, level } : null;
}

/**
 * The frame elements from `doc` down to the one whose window is `source`, outermost first; null
 * when `source` is not a frame of `doc` (or sits below a frame of another origin).
 */
export function framePath(doc: Document, source: MessageEventSource, depth = 0): FrameElement[] | null {
  if (depth > 8) return null;
  // Most pages hold their frames in the light DOM: open shadow roots are searched only after.
  const light = [...doc.querySelectorAll<FrameElement>('iframe, frame')];
  const direct = light.find((frame) => frame.contentWindow === source);
  if (direct) return [direct];
  const frames = framesIn(doc);
  for (const frame of frames) if (frame.contentWindow === source) return [frame];
  for (const frame of frames) {
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument;
    } catch {
      inner = null;
    }
    if (inner === null) continue;
    const below = framePath(inner, source, depth + 1);
    if (below) return [frame, ...below];
  }
  return null;
}

/** The frame elements of a document, those in open shadow roots (a web component's composer) too. */
function framesIn(root: Document | ShadowRoot, found: FrameElement[] = []): FrameElement[] {
  found.push(...root.querySelectorAll<FrameElement>('iframe, frame'));
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) framesIn(element.shadowRoot, found);
  return found;
}

/** The frame element's content box (where its document is drawn), in its own document's viewport. */
export function contentBox(frame: Element): FrameRect {
  const rect = frame.getBoundingClientRect();
  const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
  const px = (value: string | undefined) => Number.parseFloat(value ?? '') || 0;
  const left = rect.left + frame.clientLeft + px(style?.paddingLeft);
  const top = rect.top + frame.clientTop + px(style?.paddingTop);
  const width = Math.max(
    0,
    rect.width - frame.clientLeft - px(style?.paddingLeft) - px(style?.paddingRight) - px(style?.borderRightWidth),
  );
  const height = Math.max(
    0,
    rect.height - frame.clientTop - px(style?.paddingTop) - px(style?.paddingBottom) - px(style?.borderBottomWidth),
  );
  return { left, top, width, height };
}

/**
 * A rectangle of the innermost frame's viewport (`viewportWidth` wide) in the viewport of the
 * document that holds the path's first frame. A frame drawn smaller or larger than its viewport
 * (a CSS transform, zoom) scales it.
 */
export function rectInTop(path: readonly Element[], rect: FrameRect, viewportWidth: number): FrameRect {
  let current = rect;
  for (let index = path.length - 1; index >= 0; index--) {
    const frame = path[index] as Element;
    const box = contentBox(frame);
    const width =
      index === path.length - 1 ? viewportWidth : ((frame as FrameElement).contentWindow?.innerWidth ?? box.width);
    current = placedInFrameBox(current, box, width);
  }
  return current;
}

/** A rectangle of a frame's viewport (`innerWidth` wide) in the viewport that holds the frame's content box `box`. */
function placedInFrameBox(rect: FrameRect, box: FrameRect, innerWidth: number): FrameRect {
  const scale = innerWidth > 0 && box.width > 0 ? box.width / innerWidth : 1;
  return {
    left: box.left + rect.left * scale,
    top: box.top + rect.top * scale,
    width: rect.width * scale,
    height: rect.height * scale,
  };
}

/** One frame on the way up: its element's content box in the outer viewport, and its own viewport. */
export interface FrameLink {
  box: FrameRect;
  inner: { width: number; height: number };
}

/**
 * The links from the field's frame up to a host whose own iframe element is `hostFrame` (its
 * content box in the host's viewport): the hops the ancestors between them reported, innermost
 * first, then the host's element. `fieldViewport` is the field frame's viewport.
 */
export function linksThroughHops(
  fieldViewport: { width: number; height: number },
  hops: readonly FrameHop[],
  hostFrame: FrameRect,
): FrameLink[] {
  const links: FrameLink[] = [];
  let inner = fieldViewport;
  for (const hop of hops) {
    links.push({ box: hop.frame, inner });
    inner = hop.viewport;
  }
  links.push({ box: hostFrame, inner });
  return links;
}

/** A rectangle of the innermost frame's viewport in the outermost viewport (each frame may be scaled). */
export function throughFrames(rect: FrameRect, links: readonly FrameLink[]): FrameRect {
  let current = rect;
  for (const { box, inner } of links) current = placedInFrameBox(current, box, inner.width);
  return current;
}

/**
 * The part of the innermost frame's viewport the user can see, in the outermost viewport: clipped
 * by every frame's box and every viewport on the way up (`outer` is the outermost one's size).
 */
export function visibleThroughFrames(links: readonly FrameLink[], outer: { width: number; height: number }): FrameRect {
  const first = links[0];
  if (first === undefined) return { left: 0, top: 0, width: outer.width, height: outer.height };
  let visible: FrameRect = { left: 0, top: 0, width: first.inner.width, height: first.inner.height };
  links.forEach((link, index) => {
    visible = clipRect(throughFrames(visible, [link]), link.box);
    const viewport = links[index + 1]?.inner ?? outer;
    visible = clipRect(visible, { left: 0, top: 0, width: viewport.width, height: viewport.height });
  });
  return visible;
}

/** The part of `rect` inside `clip` (a zero-size box at the nearest edge when they do not meet). */
export function clipRect(rect: FrameRect, clip: FrameRect): FrameRect {
  const left = Math.min(Math.max(rect.left, clip.left), clip.left + clip.width);
  const top = Math.min(Math.max(rect.top, clip.top), clip.top + clip.height);
  const right = Math.max(left, Math.min(rect.left + rect.width, clip.left + clip.width));
  const bottom = Math.max(top, Math.min(rect.top + rect.height, clip.top + clip.height));
  return { left, top, width: right - left, height: bottom - top };
}

export function toDomRect(rect: FrameRect): DOMRect {
  return new DOMRect(rect.left, rect.top, rect.width, rect.height);
}

export function fromDomRect(rect: DOMRect): FrameRect {
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}
