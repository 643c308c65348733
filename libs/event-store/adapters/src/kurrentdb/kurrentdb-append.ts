import { FORWARDS, jsonEvent, type Position } from '@kurrent/kurrentdb-client';
import {
  validateAppend,
  type AppendOptions,
  type AppendResult,
  type JsonObject,
  type NewEvent,
} from '@goaltrail/event-store-port';
import type { AsyncMutex } from './async-mutex';
import { hashAfter, linkBatch, type ChainedEvent } from './chain-link';
import type { KurrentDbClientLike } from './kurrentdb-client.types';
import { mapAppendError } from './error.mapper';
import { callerMetadataOf, splitStoredMetadata, toStoredMetadata } from './metadata.mapper';
import { formatPosition } from './position.mapper';
import { newestInScope, readStreamPages, scanStream } from './kurrentdb-reads';
import { classifyBatch, partialRepeatError } from './retry-check';
import { firstRevisionOf, toRevisionNumber, toStreamState } from './revision.mapper';

/** What an append needs from the store it belongs to. */
export interface AppendContext {
  client: KurrentDbClientLike;
  namespace: string;
  clock: () => Date;
  maxEventBytes: number;
  /** One per store instance: appends must read-then-write the chain one at a time. */
  mutex: AsyncMutex;
}

/**
 * Validates with the port's rules (nothing is sent if the request is bad), answers a retried
 * batch from the stream, links each new event into the hash chain and appends the batch. The
 * event id is also KurrentDB's event id, so KurrentDB deduplicates a retry that races past us.
 */
export async function appendWithChain(
  context: AppendContext,
  streamId: string,
  events: readonly NewEvent[],
  options: AppendOptions,
): Promise<AppendResult> {
  const expected = options.expectedRevision;
  const recordedAt = context.clock().toISOString();
  const validated = validateAppend(streamId, events, expected, recordedAt, context.maxEventBytes);
  const streamName = context.namespace + streamId;
  const { client } = context;
  const batch: (ChainedEvent & { data: JsonObject; metadata: JsonObject })[] = validated.map((event) => ({
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: JSON.parse(event.dataJson) as JsonObject,
    metadata: callerMetadataOf(event.metadataJson),
  }));
  return context.mutex.runExclusive(async () => {
    try {
      const { current, found } = await scanStream(client, streamName, new Set(batch.map((event) => event.id)));
      const status = classifyBatch(batch.length, found);
      if (status.kind === 'partial') throw partialRepeatError(streamId);
      if (status.kind === 'retry') {
        const revision = toRevisionNumber(status.last.revision);
        const position = usable(status.last.position) ?? (await positionOf(client, streamName, revision));
        return { nextExpectedRevision: revision, position: formatPosition(position) };
      }
      const newest = await newestInScope(client, { namespace: context.namespace });
      const previous = hashAfter(newest ? splitStoredMetadata(newest.metadata)?.chain : undefined);
      const eventData = linkBatch(previous, streamName, firstRevisionOf(expected, current), batch).map(({ event, link }) =>
        jsonEvent({
          id: event.id,
          type: event.type,
          data: event.data,
          metadata: toStoredMetadata(event.metadata, event.schemaVersion, link),
        }),
      );
      const result = await client.appendToStream(streamName, eventData, { streamState: toStreamState(expected) });
      const nextExpectedRevision = toRevisionNumber(result.nextExpectedRevision);
      const position = usable(result.position) ?? (await positionOf(client, streamName, nextExpectedRevision));
      return { nextExpectedRevision, position: formatPosition(position) };
    } catch (error) {
      throw mapAppendError(error, streamId, expected);
    }
  });
}

/** A deduplicated append may come back without a position, or with -1 markers. */
function usable(position: Position | undefined): Position | undefined {
  return position && position.commit >= 0n && position.prepare >= 0n ? position : undefined;
}

async function positionOf(client: KurrentDbClientLike, streamName: string, revision: number): Promise<Position> {
  const range = { fromRevision: revision, maxCount: 1, direction: FORWARDS } as const;
  for await (const event of readStreamPages(client, streamName, range)) {
    if (event.position) return event.position;
  }
  throw new Error(`KurrentDB did not report the position of revision ${revision} in "${streamName}"`);
}
