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
