/**
 * One animation frame for all of a document's work: the fields that asked to be drawn are drawn
 * together in it, after the page's DOM changes were looked at, so reads and writes of layout are
 * not interleaved across fields.
 */

export interface FrameItem {
  frame(): void;
  readonly isDestroyed: boolean;
}

export interface FrameHooks {
  /** First in the frame (fields found or lost since the last one). */
  before(): void;
  /** Last in the frame, with how many items were drawn. */
  after(drawn: number): void;
}

export class FrameScheduler<Item extends FrameItem> {
  private readonly pending = new Set<Item>();
  private requested = false;

  constructor(
    private readonly requestAnimationFrame: (callback: () => void) => void,
    private readonly hooks: FrameHooks,
    private readonly signal: AbortSignal,
  ) {}

  /** Draws `item` in the next frame. */
  schedule(item: Item): void {
    this.pending.add(item);
    this.request();
  }

  /** Marks items to be drawn in the next frame, without asking for one. */
  add(items: Iterable<Item>): void {
    for (const item of items) this.pending.add(item);
  }

  get hasPending(): boolean {
    return this.pending.size > 0;
  }

  forget(item: Item): void {
    this.pending.delete(item);
  }

  request(): void {
    if (this.requested || this.signal.aborted) return;
    this.requested = true;
    this.requestAnimationFrame(() => this.flush());
  }

  private flush(): void {
    this.requested = false;
    if (this.signal.aborted) return;
    this.hooks.before();
    const items = [...this.pending];
    this.pending.clear();
    for (const item of items) {
      if (item.isDestroyed) continue;
      try {
        item.frame();
      } catch (error) {
        // One misbehaving editor must not stop the other fields from being checked.
        console.error('SMS Compliance Checker: could not check a field', error);
      }
    }
    this.hooks.after(items.length);
  }
}
