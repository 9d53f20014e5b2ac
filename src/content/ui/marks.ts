/**
 * The underline boxes of one field, drawn in its layer of our shadow root. A keystroke usually
 * changes one or two of them, so the boxes already there are kept and only what differs is
 * written: creating every box anew each frame (and inserting them) cost the frame a style and
 * layout pass over all of them (bench:browser, "where a keystroke's time goes"). Boxes are matched
 * by what they show: a box added or removed among others (a finding typed before them) adds or
 * removes one element instead of rewriting every box after it.
 */
import type { Severity } from '../../rules';

/** One box, in px relative to the field's layer. */
export interface MarkBox {
  left: number;
  top: number;
  width: number;
  height: number;
  ruleId: string;
  severity: Severity;
}

/** Sets an attribute only when its value differs (an unchanged write still invalidates styles). */
export function setAttributeIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** Sets an element's text, changing its one text node in place when it has one. */
export function setTextIfChanged(element: Element, text: string): void {
  const only = element.firstChild;
  if (only !== null && only === element.lastChild && only.nodeType === Node.TEXT_NODE) {
    if ((only as Text).data !== text) (only as Text).data = text;
  } else if (element.textContent !== text) {
    element.textContent = text;
  }
}

/** Sets one of an element's box properties only when its value differs (the same reason). */
export function setStyleIfChanged(
  element: HTMLElement,
  property: 'left' | 'top' | 'width' | 'height',
  value: string,
): void {
  if (element.style[property] !== value) element.style[property] = value;
}

/** What a drawn box shows, as one string: equal keys need no write. */
function keyOf(box: MarkBox): string {
  return `${box.ruleId}|${box.severity}|${box.left}|${box.top}|${box.width}|${box.height}`;
}

/** The key each drawn element was last written with. */
const drawnKeys = new WeakMap<Element, string>();

function writeMark(mark: HTMLElement, box: MarkBox, key: string): void {
  setAttributeIfChanged(mark, 'data-rule-id', box.ruleId);
  setAttributeIfChanged(mark, 'data-severity', box.severity);
  setStyleIfChanged(mark, 'left', `${box.left}px`);
  setStyleIfChanged(mark, 'top', `${box.top}px`);
  setStyleIfChanged(mark, 'width', `${box.width}px`);
  setStyleIfChanged(mark, 'height', `${box.height}px`);
  drawnKeys.set(mark, key);
}

/**
 * Boxes no longer shown are kept hidden, up to this many, for the boxes of a later frame: a finding
 * that comes and goes as the user types (a long one over many lines) is shown again by unhiding its
 * elements, not by creating, inserting and removing them on every keystroke.
 */
export const MAX_HIDDEN_MARKS = 64;

/** Hides a box kept for later; without its rule id it is no underline to anyone who looks. */
function hideMark(mark: HTMLElement): void {
  mark.hidden = true;
  mark.removeAttribute('data-rule-id');
}

/**
 * Makes `layer`'s shown children the boxes given. An element that already shows one of the boxes
 * is kept untouched (wherever it is in the layer: the boxes do not overlap, and their order shows
 * nowhere); a hidden one that last showed a box is shown again; the elements left over are written
 * with the boxes no element showed, missing ones are added, extra ones hidden (or removed, beyond
 * MAX_HIDDEN_MARKS).
 */
export function drawMarks(layer: HTMLElement, boxes: readonly MarkBox[]): void {
  const doc = layer.ownerDocument;
  const byKey = new Map<string, HTMLElement[]>();
  const hiddenByKey = new Map<string, HTMLElement[]>();
  for (let mark = layer.firstElementChild; mark !== null; mark = mark.nextElementSibling) {
    const key = drawnKeys.get(mark) ?? '';
    const map = (mark as HTMLElement).hidden ? hiddenByKey : byKey;
    const same = map.get(key);
    if (same === undefined) map.set(key, [mark as HTMLElement]);
    else same.push(mark as HTMLElement);
  }
  const unshown: { box: MarkBox; key: string }[] = [];
  for (const box of boxes) {
    const key = keyOf(box);
    if (byKey.get(key)?.pop() !== undefined) continue;
    const hidden = hiddenByKey.get(key)?.pop();
    if (hidden === undefined) {
      unshown.push({ box, key });
      continue;
    }
    // It last showed this very box: its place, size and severity are still written; hiding it
    // only took its rule id (a long finding's ~25 boxes come back this way on every other key).
    hidden.setAttribute('data-rule-id', box.ruleId);
    hidden.hidden = false;
  }
  const spare = [...byKey.values()].flat();
  const pooled = [...hiddenByKey.values()].flat();
  for (const { box, key } of unshown) {
    let mark = spare.pop() ?? pooled.pop();
    if (mark === undefined) {
      mark = doc.createElement('div');
      mark.className = 'mark';
      layer.append(mark);
    }
    writeMark(mark, box, key);
    if (mark.hidden) mark.hidden = false;
  }
  let room = MAX_HIDDEN_MARKS - pooled.length;
  for (const mark of spare) {
    if (room-- > 0) hideMark(mark);
    else mark.remove();
  }
}
