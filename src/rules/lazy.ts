/**
 * Values the rules build on first use (compiled phrase lists, Intl objects, the link detector),
 * each of which takes milliseconds to tens of milliseconds to build. Building them on first use
 * keeps loading the library cheap; listing them lets a host that wants them ready (the content
 * script's in-page linter) build them ahead of time, one per task, so that none of its tasks takes
 * long and no keystroke waits for one.
 */
const builders: (() => unknown)[] = [];

export function lazy<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  const get = (): T => {
    built ??= { value: build() };
    return built.value;
  };
  builders.push(get);
  return get;
}

/**
 * Work that readies a lazy value further, listed as a step of its own right after the value's own:
 * the patterns a value compiles on their first run, say, split into steps that each stay short.
 * Calling a step again is harmless; a host that does not build ahead of time never calls it.
 */
export function warmUpStep(step: () => unknown): void {
  builders.push(step);
}

/**
 * One step per lazy value of the loaded rules, and the warm-up steps after each: calling a step
 * builds its value (once) or readies it.
 */
export function lazyBuildSteps(): readonly (() => unknown)[] {
  return [...builders];
}

/**
 * A set built on first use (see lazy): a word list that costs milliseconds to build at load time
 * (lower-casing, accent folding, splitting phrases) is built when a rule first asks, or in its own
 * warm-up step. Reads after that cost one extra call.
 */
class LazySet<T> implements ReadonlySet<T> {
  readonly #built: () => ReadonlySet<T>;

  constructor(build: () => Iterable<T>) {
    this.#built = lazy((): ReadonlySet<T> => new Set(build()));
  }

  has(value: T): boolean {
    return this.#built().has(value);
  }

  get size(): number {
    return this.#built().size;
  }

  forEach(visit: (value: T, again: T, set: ReadonlySet<T>) => void, thisArgument?: unknown): void {
    for (const value of this.#built()) visit.call(thisArgument, value, value, this);
  }

  entries(): SetIterator<[T, T]> {
    return this.#built().entries();
  }

  keys(): SetIterator<T> {
    return this.#built().keys();
  }

  values(): SetIterator<T> {
    return this.#built().values();
  }

  [Symbol.iterator](): SetIterator<T> {
    return this.#built()[Symbol.iterator]();
  }
}

export function lazySet<T>(build: () => Iterable<T>): ReadonlySet<T> {
  return new LazySet(build);
}
