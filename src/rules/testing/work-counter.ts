/*
 * A deterministic measure of work, for tests that check an algorithm stays linear without a clock
 * (the machine is shared and noisy, so a timed unit test is flaky by construction).
 *
 * While the measured function runs:
 * - every regular-expression search (RegExp.prototype.exec, which test, match, matchAll, replace,
 *   search and split all go through once exec is replaced) counts the code units it surely
 *   covered: from where it started to the end of its match, or to the end of the input when
 *   nothing matched (1 when it could only match where it started: sticky, or anchored by ^);
 * - every scan of an array or typed array by some, every, find, findIndex, findLast, findLastIndex,
 *   filter, includes, indexOf or lastIndexOf counts the array's length.
 * Rescanning the text from each candidate, or testing each candidate against every earlier one,
 * shows up as quadratic growth in this count. Backtracking inside one search does not show (the
 * count is what the search spans, not its steps), so pair it with bounded quantifiers.
 */

const ARRAY_SCANS = [
  'some',
  'every',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'filter',
  'includes',
  'indexOf',
  'lastIndexOf',
] as const;

type Method = (this: unknown, ...args: unknown[]) => unknown;

/** Runs `run` and returns how much searching and scanning it did (see above). */
export function countWork(run: () => void): number {
  let work = 0;
  const restores: (() => void)[] = [];
  const patch = (target: object, name: string, wrap: (original: Method) => Method): void => {
    const original = Reflect.get(target, name) as Method;
    Object.defineProperty(target, name, { value: wrap(original), configurable: true, writable: true });
    restores.push(() => Object.defineProperty(target, name, { value: original, configurable: true, writable: true }));
  };
  patch(
    RegExp.prototype,
    'exec',
    (original) =>
      function (this: unknown, ...args: unknown[]) {
        const pattern = this as RegExp;
        const input = String(args[0]);
        const from = pattern.global || pattern.sticky ? Math.min(pattern.lastIndex, input.length) : 0;
        const result = original.apply(this, args) as RegExpExecArray | null;
        // A failed search that may only match at one place (sticky, or anchored by ^) counts 1: it
        // may have failed at once. Any other failed search has tried every place to the end.
        const anchored = pattern.sticky || (pattern.source.startsWith('^') && !pattern.multiline);
        const stop = result ? result.index + result[0].length : anchored ? from : input.length;
        work += stop - from + 1;
        return result;
      },
  );
  const typedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype) as object;
  for (const prototype of [Array.prototype, typedArrayPrototype]) {
    for (const name of ARRAY_SCANS) {
      patch(
        prototype,
        name,
        (original) =>
          function (this: unknown, ...args: unknown[]) {
            work += (this as { length: number }).length + 1;
            return original.apply(this, args);
          },
      );
    }
  }
  try {
    run();
  } finally {
    for (const restore of restores.reverse()) restore();
  }
  return work;
}

/**
 * How much more work `run` does on an input ten times longer: about 10 when it is linear, about
 * 100 when it is quadratic. `make(n)` builds an input of about n characters.
 */
export function workGrowth<T>(make: (size: number) => T, run: (input: T) => void, size = 4_000): number {
  const small = make(size);
  const large = make(size * 10);
  return (
    countWork(() => run(large)) /
    Math.max(
      1,
      countWork(() => run(small)),
    )
  );
}
