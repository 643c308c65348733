import { InvalidAppendError } from '@goaltrail/event-store-port';
import type { KurrentRecord } from './recorded-event.mapper';

/** How a batch relates to what its stream already holds. */
export type BatchStatus =
  | { kind: 'new' }
  /** Every event is already stored: a retry, answered with the stored result. */
  | { kind: 'retry'; last: KurrentRecord }
  | { kind: 'partial' };

/**
 * The port's rule for repeated event ids, the same as the SQL stores': a batch whose events are
 * all in the stream already is a retry and writes nothing; a batch that is partly a repeat is
 * refused. KurrentDB's own deduplication only reliably covers whole retries, so the adapter
 * decides this itself from the ids it found in the stream.
 */
export function classifyBatch(batchSize: number, found: readonly KurrentRecord[]): BatchStatus {
  if (found.length === 0) return { kind: 'new' };
  if (found.length < batchSize) return { kind: 'partial' };
  const last = found.reduce((newest, event) => (event.revision > newest.revision ? event : newest));
  return { kind: 'retry', last };
}

/** The error for a partly repeated batch, worded like the SQL stores'. */
export function partialRepeatError(streamId: string): InvalidAppendError {
  return new InvalidAppendError(
    'DUPLICATE_EVENT_ID',
    `Some of these events are already in stream "${streamId}" and some are not; retry the same batch or use new ids`,
    ['events'],
  );
}
