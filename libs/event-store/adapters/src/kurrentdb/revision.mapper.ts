import { ANY, NO_STREAM, STREAM_EXISTS, type AppendStreamState, type CurrentStreamState } from '@kurrent/kurrentdb-client';
import type { ActualRevision, ExpectedRevision } from '@goaltrail/event-store-port';

/** The port's expected revision as KurrentDB's `streamState` append option. */
export function toStreamState(expected: ExpectedRevision): AppendStreamState {
  switch (expected) {
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    case 'any':
      return ANY;
    default:
      return BigInt(expected);
  }
}

/** KurrentDB's `streamState` back as the port's expected revision. */
export function toExpectedRevision(state: AppendStreamState): ExpectedRevision {
  switch (state) {
    case NO_STREAM:
      return 'no_stream';
    case STREAM_EXISTS:
      return 'stream_exists';
    case ANY:
      return 'any';
    default:
      return toRevisionNumber(state);
  }
}

/**
 * KurrentDB counts revisions in unsigned 64 bits; the port uses JS numbers. A revision beyond
 * 2^53 − 1 would silently lose precision, so it is refused instead.
 */
export function toRevisionNumber(revision: bigint): number {
  if (revision < 0n || revision > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`KurrentDB revision ${revision} is outside 0…${Number.MAX_SAFE_INTEGER}`);
  }
  return Number(revision);
}

/**
 * A stream's current state as reported by KurrentDB. Negative revisions are KurrentDB's markers
 * for streams that are absent or deleted, which the port reports as 'no_stream'.
 */
export function toActualRevision(current: CurrentStreamState): ActualRevision {
  if (current === NO_STREAM || current < 0n) return 'no_stream';
  return toRevisionNumber(current);
}

/**
 * The revision the first event of a batch lands at, when the append succeeds. Needed before the
 * write because each event's chain link covers its own revision.
 */
export function firstRevisionOf(expected: ExpectedRevision, current: ActualRevision): number {
  if (typeof expected === 'number') return expected + 1;
  if (expected === 'no_stream') return 0;
  return current === 'no_stream' ? 0 : current + 1;
}
