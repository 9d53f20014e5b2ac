/**
 * Runs in the page's own JavaScript world (`world: "MAIN"`, document_start), before page scripts.
 * A script that assigns `textarea.value = '…'` fires no event, so the isolated content script
 * would never hear of it: this wraps the `value` setters (and setRangeText) of textareas and inputs
 * to dispatch a bare `sms-check:value-set` event on the element. The event carries no data (the
 * content script reads the value itself), so nothing crosses the world boundary but the fact that
 * a value changed. It also reports `attachShadow` so fields in late shadow roots are found.
 *
 * It also runs the page-world half of the editor bridge (editor-bridge/main-world.ts): fixes for
 * editors whose model ignores the browser's editing path go through the page's editor API.
 *
 * Kept small and dependency-free: crxjs builds `*.iife.ts` files as standalone scripts (imports are
 * bundled in).
 */
import { installEditorBridge } from './editor-bridge/main-world';

(() => {
  const VALUE_SET_EVENT = 'sms-check:value-set';
  const SHADOW_EVENT = 'sms-check:shadow-attached';
  const marker = Symbol.for('sms-compliance-checker.page-hook');
  const globalObject = globalThis as typeof globalThis & { [marker]?: boolean };
  if (globalObject[marker]) return;
  globalObject[marker] = true;
  installEditorBridge(window);

  const notify = (element: Element, type: string, travels = false): void => {
    if (!element.isConnected) return;
    try {
      element.dispatchEvent(new Event(type, { bubbles: travels, composed: travels }));
    } catch {
      // Never let our notification break the page's own assignment.
    }
  };

  for (const prototype of [HTMLTextAreaElement.prototype, HTMLInputElement.prototype]) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, 'value');
    const originalSet = descriptor?.set;
    if (!descriptor || !originalSet) continue;
    Object.defineProperty(prototype, 'value', {
      ...descriptor,
      set(this: HTMLTextAreaElement | HTMLInputElement, value: string) {
        originalSet.call(this, value);
        notify(this, VALUE_SET_EVENT);
      },
    });
    const originalSetRangeText = prototype.setRangeText as (...args: unknown[]) => void;
    Object.defineProperty(prototype, 'setRangeText', {
      configurable: true,
      writable: true,
      value: function setRangeText(this: HTMLTextAreaElement | HTMLInputElement, ...args: unknown[]) {
        originalSetRangeText.apply(this, args);
        notify(this, VALUE_SET_EVENT);
      },
    });
  }

  const originalAttachShadow = Element.prototype.attachShadow;
  Object.defineProperty(Element.prototype, 'attachShadow', {
    configurable: true,
    writable: true,
    value: function attachShadow(this: Element, init: ShadowRootInit) {
      const root = originalAttachShadow.call(this, init);
      if (init.mode === 'open') queueMicrotask(() => notify(this, SHADOW_EVENT, true));
      return root;
    },
  });
})();
