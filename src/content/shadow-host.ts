/**
 * The single place where the content script's UI lives on a page: one element appended to <html>
 * (outside <body>, so host frameworks that own <body> never see it), with a closed shadow root
 * whose styles are reset so neither side's CSS leaks into the other. The host page's editors are
 * never modified; overlays are drawn inside this root. If the page removes the host (some SPAs wipe
 * unknown nodes), it is put back.
 *
 * The page is not trusted (docs/security.md): the root is closed and only this module's caller
 * holds it, so page script cannot read the findings (they quote the firm's name and domains) or
 * reach our buttons; and the host's name carries a random suffix chosen per page, so a page cannot
 * define that custom element first (a page that defined `sms-compliance-checker` used to make our
 * attachShadow throw, which disabled the checker).
 */
import { UI_CSS } from './ui/styles';

/** Every host's name starts with this; the rest is random (see hostTagName). */
export const SHADOW_HOST_TAG_PREFIX = 'sms-compliance-checker-';

/** "sms-compliance-checker-" + 16 random hex digits: a valid custom element name no page can predict. */
export function hostTagName(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return SHADOW_HOST_TAG_PREFIX + [...random].map((part) => part.toString(16).padStart(8, '0')).join('');
}

export interface ShadowHost {
  host: HTMLElement;
  /** Closed: `host.shadowRoot` is null for everyone, so this reference is the only way in. */
  root: ShadowRoot;
  /** Where badges, underline layers and the card go. */
  layer: HTMLDivElement;
  /** Invisible measuring elements (textarea mirrors). */
  measureLayer: HTMLDivElement;
}

/** How many times we put the host back before concluding the page insists on removing it. */
const MAX_REATTACHMENTS = 100;

const mounted = new WeakMap<Document, ShadowHost>();

/** Returns this document's shadow root, creating the host on first use. */
export function mountShadowHost(doc: Document = document): ShadowHost {
  const existing = mounted.get(doc);
  if (existing) {
    if (!existing.host.isConnected) doc.documentElement.append(existing.host);
    return existing;
  }
  const host = doc.createElement(hostTagName());
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = UI_CSS;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const measureLayer = doc.createElement('div');
  measureLayer.className = 'measure';
  measureLayer.setAttribute('aria-hidden', 'true');
  root.append(style, measureLayer, layer);
  doc.documentElement.append(host);
  const mountedHost = { host, root, layer, measureLayer };
  mounted.set(doc, mountedHost);
  return mountedHost;
}

/** Puts the host back whenever the page removes it. Stops when `signal` aborts. */
export function keepHostAttached(doc: Document, signal: AbortSignal, onReattached?: () => void): void {
  let reattachments = 0;
  const observer = new MutationObserver(() => {
    const current = mounted.get(doc);
    if (!current || current.host.isConnected || reattachments >= MAX_REATTACHMENTS) return;
    reattachments++;
    doc.documentElement.append(current.host);
    onReattached?.();
  });
  observer.observe(doc.documentElement, { childList: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/** Removes the host (the site was switched off). */
export function unmountShadowHost(doc: Document = document): void {
  mounted.get(doc)?.host.remove();
  mounted.delete(doc);
}
