/**
 * Our in-page UI answers only the user's own input. A page's script can fire any event it likes
 * (`dispatchEvent`, `element.click()`): such events have `isTrusted` false, and must neither apply a
 * fix, add a word to the firm dictionary, nor open or close our card (docs/security.md). The
 * browser sets `isTrusted` on real input, a click made by the keyboard (Enter or Space on a focused
 * button) included, and on the input that test drivers send through the browser (Playwright).
 */
export function onTrusted<K extends keyof HTMLElementEventMap>(
  target: HTMLElement,
  type: K,
  listener: (event: HTMLElementEventMap[K]) => void,
  options?: AddEventListenerOptions,
): void {
  target.addEventListener(
    type,
    (event) => {
      if (event.isTrusted) listener(event);
    },
    options,
  );
}
