/**
 * The underline boxes of one field, drawn in its layer of our shadow root. A keystroke usually
 * changes one or two of them, so the boxes already there are kept and only what differs is
 * written: creating every box anew each frame (and inserting them) cost the frame a style and
 * layout pass over all of them (bench:browser, "where a keystroke's time goes").
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

function setStyleIfChanged(element: HTMLElement, property: 'left' | 'top' | 'width' | 'height', value: string): void {
  if (element.style[property] !== value) element.style[property] = value;
}

/**
 * Makes `layer`'s children the boxes given, in order: the n-th existing box becomes the n-th box
 * (written where it differs), missing ones are added, extra ones removed.
 */
export function drawMarks(layer: HTMLElement, boxes: readonly MarkBox[]): void {
  const doc = layer.ownerDocument;
  let next = layer.firstElementChild as HTMLElement | null;
  for (const box of boxes) {
    let mark = next;
    if (mark === null) {
      mark = doc.createElement('div');
      mark.className = 'mark';
      layer.append(mark);
    } else {
      next = mark.nextElementSibling as HTMLElement | null;
    }
    setAttributeIfChanged(mark, 'data-rule-id', box.ruleId);
    setAttributeIfChanged(mark, 'data-severity', box.severity);
    setStyleIfChanged(mark, 'left', `${box.left}px`);
    setStyleIfChanged(mark, 'top', `${box.top}px`);
    setStyleIfChanged(mark, 'width', `${box.width}px`);
    setStyleIfChanged(mark, 'height', `${box.height}px`);
  }
  while (next !== null) {
    const extra = next;
    next = extra.nextElementSibling as HTMLElement | null;
    extra.remove();
  }
}
