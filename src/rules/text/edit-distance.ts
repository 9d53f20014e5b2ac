/**
 * Optimal-string-alignment distance: the insertions, deletions, substitutions and swaps of two
 * neighbouring characters ("daiz" for "diaz") that turn `a` into `b`, each counting one. Compares
 * UTF-16 code units. With a `limit`, gives up as soon as the distance must exceed it and returns
 * `limit + 1`, so comparing against many candidates stays cheap.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        best = Math.min(best, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current[j] = best;
      if (best < rowMinimum) rowMinimum = best;
    }
    if (rowMinimum > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  const distance = previous[b.length] ?? 0;
  return distance > limit ? limit + 1 : distance;
}

/** True when `a` and `b` are at most `limit` edits apart (see editDistance). */
export function editDistanceWithin(a: string, b: string, limit: number): boolean {
  return editDistance(a, b, limit) <= limit;
}
