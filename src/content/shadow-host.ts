/**
 * The single place where the content script's UI lives on a page: one `<sms-compliance-checker>`
 * element appended to <html> (outside <body>, so host frameworks that own <body> never see it),
 * with an open shadow root whose styles are reset so neither side's CSS leaks into the other.
 * The host page's editors are never modified; overlays are drawn inside this root. If the page
 * removes the host (some SPAs wipe unknown nodes), it is put back.
 */
import { UI_CSS } from './ui/styles';

export const SHADOW_HOST_TAG = 'sms-compliance-checker';

export interface ShadowHost {
  host: HTMLElement;
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
  const host = doc.createElement(SHADOW_HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
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
