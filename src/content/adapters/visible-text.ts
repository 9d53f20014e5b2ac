/** Which part of a field's text is on screen: shared by the adapters and the underline layer. */
import type { TextSelection } from './types';

/** Above this length, underlines are only measured for the part of the text that is on screen. */
export const LARGE_TEXT = 4000;

export interface Edges {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The part of `box` inside the window: a field may reach far below it (an editor that grows). */
export function insideWindow(box: Edges, view: Window | null): Edges {
  return {
    top: Math.max(box.top, 0),
    bottom: Math.min(box.bottom, view?.innerHeight ?? box.bottom),
    left: Math.max(box.left, 0),
    right: Math.min(box.right, view?.innerWidth ?? box.right),
  };
}

/**
 * The offsets in [from, to) whose characters meet the visible area, by binary search: text is laid
 * out in order, so `isBefore` (the character ends before the area) holds for a prefix of the
 * offsets and `isAfter` (it starts past the area) for a suffix.
 */
export function visibleOffsets(
  from: number,
  to: number,
  isBefore: (offset: number) => boolean,
  isAfter: (offset: number) => boolean,
): TextSelection {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  const start = low;
  high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isAfter(middle)) high = middle;
    else low = middle + 1;
  }
  return { start, end: low };
}
