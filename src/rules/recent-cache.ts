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

  constructor(private readonly capacity = 2) {
    this.keys = new Array(capacity).fill(undefined);
    this.values = new Array(capacity).fill(undefined);
  }

  get(key: K): V | undefined {
    for (let slot = 0; slot < this.capacity; slot++) if (this.keys[slot] === key) return this.values[slot];
    return undefined;
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
