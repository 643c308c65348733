import type { ActualRevision, ExpectedRevision } from './event-store';

/** Base class of every error the event store raises on purpose. */
export abstract class EventStoreError extends Error {
  abstract readonly code: string;
}

/** The stream was not where the writer expected it; nothing was written. */
export class WrongExpectedRevisionError extends EventStoreError {
  override readonly name = 'WrongExpectedRevisionError';
  readonly code = 'WRONG_EXPECTED_REVISION';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: ActualRevision,
  ) {
    super(
      `Stream "${streamId}" was expected at ${describe(expected)} but is at ${
        actual === 'no_stream' ? 'no stream' : `revision ${actual}`
      }`,
    );
  }
}

/** Why an append was refused before anything was written. */
export type InvalidAppendReason =
  | 'EMPTY_BATCH'
  | 'INVALID_STREAM_ID'
  | 'INVALID_EXPECTED_REVISION'
  | 'INVALID_EVENT'
  | 'EVENT_TOO_LARGE'
  | 'DUPLICATE_EVENT_ID';

/** The append request itself is malformed; nothing was written. `path` points at the culprit. */
export class InvalidAppendError extends EventStoreError {
  override readonly name = 'InvalidAppendError';
  readonly code: InvalidAppendReason;
  constructor(
    reason: InvalidAppendReason,
    message: string,
    readonly path: readonly (string | number)[] = [],
  ) {
    super(message);
    this.code = reason;
  }
}

/** A position given to a read or subscription was not produced by this store. */
export class InvalidPositionError extends EventStoreError {
  override readonly name = 'InvalidPositionError';
  readonly code = 'INVALID_POSITION';
  constructor(readonly position: string) {
    super(`"${position}" is not a position of this event store`);
  }
}

/** The backend failed in a way the caller cannot fix by changing the request. */
export class EventStoreUnavailableError extends EventStoreError {
  override readonly name = 'EventStoreUnavailableError';
  readonly code = 'UNAVAILABLE';
}

function describe(expected: ExpectedRevision): string {
  if (typeof expected === 'number') return `revision ${expected}`;
  return expected.replace('_', ' ');
}
