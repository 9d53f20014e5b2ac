/**
 * One timer for a run of changes: it calls back once `pauseMs` have passed since the last change
 * (or `maxWaitMs` since the first change of the run), without clearing and setting a timer per
 * keystroke (that was a measurable share of each keystroke's task, bench:browser). A timer due
 * before the pause ends looks again when it fires.
 */
export class PauseTimer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private due = 0;
  private lastChange = 0;
  private firstChange = 0;

  constructor(
    private readonly onPause: () => void,
    private readonly pauseMs: number,
    private readonly maxWaitMs = Number.POSITIVE_INFINITY,
  ) {}

  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** Something changed: the callback waits for a pause after it. */
  changed(): void {
    const now = Date.now();
    this.lastChange = now;
    if (this.timer !== undefined) {
      if (this.due <= now + this.pauseMs) return;
      // A longer wait (a retry) is cut to the pause.
      clearTimeout(this.timer);
    } else {
      this.firstChange = now;
    }
    this.arm(this.pauseMs);
  }

  /** Calls back after `delayMs` (a retry), unless a change asks for a pause after it. */
  fireIn(delayMs: number): void {
    this.cancel();
    this.firstChange = Date.now();
    this.arm(delayMs);
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(delayMs: number): void {
    this.due = Date.now() + delayMs;
    this.timer = setTimeout(() => this.fire(), delayMs);
  }

  private fire(): void {
    this.timer = undefined;
    const now = Date.now();
    const pauseLeft = this.lastChange + this.pauseMs - now;
    const waitLeft = this.firstChange + this.maxWaitMs - now;
    if (pauseLeft > 0 && waitLeft > 0) this.arm(Math.min(pauseLeft, waitLeft));
    else this.onPause();
  }
}
