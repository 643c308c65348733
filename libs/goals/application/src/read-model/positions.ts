import type { GlobalPosition } from '@goaltrail/event-store-port';

/**
 * Orders two global positions. The port keeps positions opaque, but waiting for a position needs
 * an order; these are the two forms the adapters produce: a decimal number (PGlite, PostgreSQL)
 * and `commit/prepare` (KurrentDB), compared part by part as whole numbers.
 */
export function comparePositions(a: GlobalPosition, b: GlobalPosition): number {
  const left = parts(a);
  const right = parts(b);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const x = left[i] ?? 0n;
    const y = right[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** True when `position` has been reached by `checkpoint` (a null checkpoint has reached nothing). */
export function isReached(position: GlobalPosition, checkpoint: GlobalPosition | null): boolean {
  return checkpoint !== null && comparePositions(checkpoint, position) >= 0;
}

function parts(position: GlobalPosition): bigint[] {
  if (!/^\d+(\/\d+)?$/.test(position)) throw new RangeError(`"${position}" is not a known event-store position`);
  return position.split('/').map((part) => BigInt(part));
}
