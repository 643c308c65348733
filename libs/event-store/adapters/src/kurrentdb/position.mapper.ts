import type { Position } from '@kurrent/kurrentdb-client';
import { InvalidPositionError, type GlobalPosition } from '@goaltrail/event-store-port';

const positionPattern = /^(\d+)\/(\d+)$/;

/** A KurrentDB log position as the port's opaque string: `commit/prepare`, both decimal. */
export function formatPosition(position: Position): GlobalPosition {
  return `${position.commit}/${position.prepare}`;
}

/** Parses a position produced by {@link formatPosition}; anything else is a caller error. */
export function parsePosition(position: GlobalPosition): Position {
  const match = typeof position === 'string' ? positionPattern.exec(position) : null;
  if (!match?.[1] || !match[2]) throw new InvalidPositionError(String(position));
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
}

/** Orders positions as the $all log does: by commit, then by prepare. */
export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** True when `position` comes strictly after `bound`; everything is after a missing bound. */
export function isAfter(position: Position, bound: Position | undefined): boolean {
  return bound === undefined || comparePositions(position, bound) > 0;
}
