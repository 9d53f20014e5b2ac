/**
 * The first index in [0, count) at which `reached` holds, for a `reached` that is false up to some
 * index and true from there on (a sorted list asked "at or past this value?"); `count` when it never
 * holds. A binary search: log2(count) calls.
 */
export function firstIndexWhere(count: number, reached: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (reached(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
