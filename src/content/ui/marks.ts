/**
 * The underline boxes of one field, drawn in its layer of our shadow root. A keystroke usually
 * changes one or two of them, so the boxes already there are kept and only what differs is
 * written: creating every box anew each frame (and inserting them) cost the frame a style and
 * layout pass over all of them (bench:browser, "where a keystroke's time goes"). Boxes are matched
 * from both ends: a box added or removed in the middle (a finding typed before others) adds or
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
 * Makes `layer`'s children the boxes given, in order. The elements that already show the first
 * and the last boxes are kept untouched; in between, the n-th remaining element becomes the n-th
 * remaining box (written where it differs), missing ones are added there, extra ones removed.
 */
export function drawMarks(layer: HTMLElement, boxes: readonly MarkBox[]): void {
  const doc = layer.ownerDocument;
  const marks = [...layer.children] as HTMLElement[];
  const keys = boxes.map(keyOf);
  let head = 0;
  while (head < marks.length && head < keys.length && drawnKeys.get(marks[head] as HTMLElement) === keys[head]) head++;
  let tail = 0;
  while (
    tail < marks.length - head &&
    tail < keys.length - head &&
    drawnKeys.get(marks[marks.length - 1 - tail] as HTMLElement) === keys[keys.length - 1 - tail]
  ) {
    tail++;
  }
  const oldEnd = marks.length - tail;
  const newEnd = keys.length - tail;
  const after = marks[oldEnd] ?? null;
  for (let index = head; index < Math.max(oldEnd, newEnd); index++) {
    const mark = index < oldEnd ? (marks[index] as HTMLElement) : null;
    if (index >= newEnd) {
      mark?.remove();
      continue;
    }
    const box = boxes[index] as MarkBox;
    if (mark !== null) {
      writeMark(mark, box, keys[index] as string);
      continue;
    }
    const added = doc.createElement('div');
    added.className = 'mark';
    writeMark(added, box, keys[index] as string);
    layer.insertBefore(added, after);
  }
}
