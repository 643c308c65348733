import {
  MaxAppendSizeExceededError,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import {
  EventStoreUnavailableError,
  InvalidAppendError,
  WrongExpectedRevisionError,
} from '@goaltrail/event-store-port';
import { describe, expect, it } from 'vitest';
import { mapAppendError, mapClientError } from './error.mapper';

// Built the way the client builds them from a server response.
const conflict = (expected: bigint | 'no_stream' | 'stream_exists' | 'any', current: bigint | 'no_stream') =>
  new WrongExpectedVersionError(undefined, { streamName: 'ns-goal-1', expected, current });

describe('append errors → port errors', () => {
  it('turns a conflict into WrongExpectedRevisionError with the actual revision and the caller stream id', () => {
    const error = mapAppendError(conflict(0n, 3n), 'goal-1', 0);
    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    expect(error).toMatchObject({ streamId: 'goal-1', expected: 0, actual: 3, code: 'WRONG_EXPECTED_REVISION' });
  });

  it("reports a missing stream as actual 'no_stream'", () => {
    expect(mapAppendError(conflict('stream_exists', 'no_stream'), 'goal-2', 'stream_exists')).toMatchObject({
      expected: 'stream_exists',
      actual: 'no_stream',
    });
    expect(mapAppendError(conflict(4n, 'no_stream'), 'goal-3', 4)).toMatchObject({ actual: 'no_stream' });
  });

  it("reports an existing stream refused under 'no_stream' at its revision", () => {
    expect(mapAppendError(conflict('no_stream', 0n), 'goal-1', 'no_stream')).toMatchObject({ actual: 0 });
  });

  it('turns an oversize append into InvalidAppendError EVENT_TOO_LARGE (nothing was written)', () => {
    const error = mapAppendError(MaxAppendSizeExceededError.fromMaxAppendSize(1_048_576), 'goal-1', 'any');
    expect(error).toBeInstanceOf(InvalidAppendError);
    expect(error).toMatchObject({ code: 'EVENT_TOO_LARGE' });
  });

  it('turns an unreachable server into EventStoreUnavailableError, keeping the cause', () => {
    const cause = new UnavailableError(undefined, 'connection refused');
    const error = mapAppendError(cause, 'goal-1', 'any');
    expect(error).toBeInstanceOf(EventStoreUnavailableError);
    expect((error as Error).cause).toBe(cause);
  });

  it('passes anything else through unchanged', () => {
    const other = new StreamNotFoundError(undefined, 'goal-1');
    expect(mapClientError(other)).toBe(other);
    const plain = new Error('boom');
    expect(mapAppendError(plain, 'goal-1', 'any')).toBe(plain);
  });
});
