/**
 * A map that keeps only the `capacity` entries used last. The Kolada write pass keeps indicators folded
 * between batches so a KPI that comes back later in the file is not loaded again; on a file with tens of
 * thousands of KPIs keeping all of them would make memory grow with the file, so the oldest are dropped
 * and, should they come back, loaded from the store again.
 */
export class RecentlyUsed<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a whole number ≥ 1 (got ${capacity})`);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value, now counted as used last; undefined if never set or dropped. */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // A Map iterates in insertion order: re-inserting moves the key to the young end.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  delete(key: K): void {
    this.entries.delete(key);
  }
}
