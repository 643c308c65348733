// A million rows make a million identities. A Map<number, …> holds each such large key as its own heap
// object and allocates on every insert; two typed arrays hold them in 32 bytes or fewer each, unboxed.
const empty = -1;
const initialCapacity = 1 << 12;

/**
 * An open-addressing hash table from a row identity (a whole number ≥ 0, below 2^53) to the first
 * value seen for it. Null values are stored as NaN, which no finite value can be.
 */
export class FirstValueTable {
  private keys = new Float64Array(initialCapacity).fill(empty);
  private values = new Float64Array(initialCapacity);
  private size = 0;

  /** The stored value (null for a stored null); undefined if the identity is new, and then stores `value`. */
  getOrAdd(identity: number, value: number | null): number | null | undefined {
    const slot = this.find(identity);
    if (this.keys[slot] === identity) {
      const stored = this.values[slot] ?? Number.NaN;
      return Number.isNaN(stored) ? null : stored;
    }
    this.keys[slot] = identity;
    this.values[slot] = value ?? Number.NaN;
    this.size += 1;
    if (this.size * 2 > this.keys.length) this.grow();
    return undefined;
  }

  /** The stored value, or undefined if the identity was never added. */
  get(identity: number): number | null | undefined {
    const slot = this.find(identity);
    if (this.keys[slot] !== identity) return undefined;
    const stored = this.values[slot] ?? Number.NaN;
    return Number.isNaN(stored) ? null : stored;
  }

  /** The identity's slot, or the empty slot where it would go (linear probing; never full). */
  private find(identity: number): number {
    const mask = this.keys.length - 1;
    // Mixes both 32-bit halves so that identities differing only high up (another KPI) spread too.
    const low = identity % 4_294_967_296 | 0;
    const high = Math.floor(identity / 4_294_967_296) | 0;
    let slot = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) & mask;
    for (;;) {
      const key = this.keys[slot];
      if (key === identity || key === empty) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2).fill(empty);
    this.values = new Float64Array(keys.length * 2);
    for (let slot = 0; slot < keys.length; slot += 1) {
      const key = keys[slot] ?? empty;
      if (key === empty) continue;
      const target = this.find(key);
      this.keys[target] = key;
      this.values[target] = values[slot] ?? Number.NaN;
    }
  }
}
