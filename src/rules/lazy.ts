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

/** One step per lazy value of the loaded rules: calling a step builds its value (once). */
export function lazyBuildSteps(): readonly (() => unknown)[] {
  return [...builders];
}
