import {
  AppendRecordSizeExceededError,
  DeadlineExceededError,
  MaxAppendSizeExceededError,
  NotLeaderError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import {
  EventStoreUnavailableError,
  InvalidAppendError,
  WrongExpectedRevisionError,
  type ExpectedRevision,
} from '@goaltrail/event-store-port';
import { toActualRevision } from './revision.mapper';

/**
 * Translates a failed KurrentDB append into the port's typed errors, so callers handle a
 * conflict the same way whichever backend they run on. `streamId` is the caller's stream id.
 */
export function mapAppendError(error: unknown, streamId: string, expected: ExpectedRevision): unknown {
  if (error instanceof WrongExpectedVersionError) {
    return new WrongExpectedRevisionError(streamId, expected, toActualRevision(error.actualState));
  }
  // Nothing was written: to the caller this is a request that is too big for this store.
  if (error instanceof MaxAppendSizeExceededError) {
    return new InvalidAppendError(
      'EVENT_TOO_LARGE',
      `The append is larger than KurrentDB accepts (${error.maxAppendSize} bytes per append)`,
      ['events'],
    );
  }
  if (error instanceof AppendRecordSizeExceededError) {
    return new InvalidAppendError(
      'EVENT_TOO_LARGE',
      `An event is ${error.size} bytes; KurrentDB accepts at most ${error.maxSize} bytes`,
      ['events'],
    );
  }
  return mapClientError(error);
}

/** Connection-level failures become EventStoreUnavailableError; anything else passes unchanged. */
export function mapClientError(error: unknown): unknown {
  if (
    error instanceof UnavailableError ||
    error instanceof DeadlineExceededError ||
    error instanceof TimeoutError ||
    error instanceof NotLeaderError
  ) {
    return new EventStoreUnavailableError(`KurrentDB is unavailable: ${error.message}`, { cause: error });
  }
  return error;
}
