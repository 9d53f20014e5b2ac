/**
 * Runs `callback` once the page has painted its next frame: a requestAnimationFrame callback runs
 * just before the browser lays out and paints, and a task queued from it runs just after. Starting
 * the checker there leaves the page's first layout to the browser instead of forcing it inside our
 * script (on a page of 200 textareas that layout is most of the cost), and the page shows sooner.
 * A hidden tab or frame paints nothing, so a timer starts the work anyway after `fallbackMs`.
 */
export function afterNextPaint(view: Window, callback: () => void, fallbackMs = 250): void {
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    callback();
  };
  const fallback = view.setTimeout(run, fallbackMs);
  view.requestAnimationFrame(() => view.setTimeout(run, 0));
}
