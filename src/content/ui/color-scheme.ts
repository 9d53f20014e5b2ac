/**
 * Which colours the in-page UI takes: those of the page it sits on. Dark portals exist, and a light
 * card on them glares (and a page that is light stays light whatever the system setting), so the
 * scheme is read from the page itself: the first background behind the field (or the page) that is
 * mostly opaque, and else the canvas colour the page's `color-scheme` asks for.
 */
export type ColorScheme = 'light' | 'dark';

/** "rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)", "rgb(1 2 3 / 50%)" -> [r, g, b, alpha]; undefined otherwise. */
export function parseCssColor(value: string): [number, number, number, number] | undefined {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%)?)?\s*\)$/i.exec(value.trim());
  if (!match) return undefined;
  const alphaText = match[4];
  let alpha = alphaText === undefined ? 1 : Number(alphaText);
  if (match[5] === '%') alpha /= 100;
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour (0 black .. 1 white). */
export function relativeLuminance([r, g, b]: readonly number[]): number {
  const channel = (value = 0) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Below this luminance a background counts as dark (mid-grey #777 is about 0.18). */
const DARK_BELOW = 0.2;

/** The scheme of what is behind `element` (a field, or the page's body). */
export function colorSchemeBehind(element: Element | null): ColorScheme {
  const doc = element?.ownerDocument;
  const view = doc?.defaultView;
  if (!doc || !view) return 'light';
  for (let node: Element | null = element; node; node = node.parentElement) {
    const color = parseCssColor(view.getComputedStyle(node).backgroundColor);
    if (color && color[3] >= 0.5) return relativeLuminance(color) < DARK_BELOW ? 'dark' : 'light';
  }
  // Nothing painted: the canvas shows, dark when the page opts into dark and the system is dark.
  const declared = view.getComputedStyle(doc.documentElement).colorScheme ?? '';
  if (!/\bdark\b/.test(declared)) return 'light';
  if (!/\blight\b/.test(declared)) return 'dark';
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
