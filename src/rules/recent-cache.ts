/**
 * A cache of the values computed for the last few keys (a parsed message, its words, a settings
 * list), compared by identity. The rules used WeakMaps for this, but V8's young-generation
 * collector keeps every entry of a WeakMap whose key is young: each keystroke's parsed message,
 * its words and what the rules derived from them survived the next scavenge and were copied to
 * the old generation, only to die there (in Node, a quarter of lint()'s time went to garbage
 * collection). A lint asks about one message at a time, so remembering the last few is as good a
 * cache and lets the rest die young.
 */
export class RecentCache<K extends object, V> {
  private readonly keys: (K | undefined)[];
  private readonly values: (V | undefined)[];
  /** The slot the next new key takes (the oldest one). */
  private next = 0;

  /**
   * `releasedAfterLint`: lint() empties the cache when it returns (forgetRecentMessages), so a
   * pasted document's parse is not kept until the next lint. A cache held inside another one's
   * value (per settings, under a message) passes false: it goes with its holder.
   */
  constructor(
    private readonly capacity = 2,
    releasedAfterLint = true,
  ) {
    this.keys = new Array(capacity).fill(undefined);
    this.values = new Array(capacity).fill(undefined);
    if (releasedAfterLint) released.push(this);
  }

  /** Forgets every key. */
  clear(): void {
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.next = 0;
  }

  get(key: K): V | undefined {
    for (let slot = 0; slot < this.capacity; slot++) if (this.keys[slot] === key) return this.values[slot];
    return undefined;
  }

  /** The value kept for `key`, or `compute(key)` kept for it now (a module-level function: no closure per call). */
  getOrCompute(key: K, compute: (key: K) => V): V {
    const kept = this.get(key);
    if (kept !== undefined) return kept;
    const value = compute(key);
    this.set(key, value);
    return value;
  }

  set(key: K, value: V): this {
    for (let slot = 0; slot < this.capacity; slot++) {
      if (this.keys[slot] === key) {
        this.values[slot] = value;
        return this;
      }
    }
    this.keys[this.next] = key;
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.capacity;
    return this;
  }
}

const released: RecentCache<object, unknown>[] = [];

/** Empties the caches that hold per-message values: what one lint derived is of no use to the next. */
export function forgetRecentMessages(): void {
  for (const cache of released) cache.clear();
}
