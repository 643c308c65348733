import type { Position } from '@kurrent/kurrentdb-client';
import type { ChainedEventContent, RecordedEvent, UpcasterRegistry } from '@goaltrail/event-store-port';
import { isEventMetadata, isJsonObject, splitStoredMetadata } from './metadata.mapper';
import { formatPosition } from './position.mapper';
import { toRevisionNumber } from './revision.mapper';

/** The fields of a KurrentDB recorded event that the adapter uses (the client's RecordedEvent fits). */
export interface KurrentRecord {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  data: unknown;
  metadata: unknown;
  /** Present on $all reads, and on stream reads from servers newer than 22.6. */
  position?: Position;
}

/** Which stored events a reader sees: those of the store's namespace, optionally a stream prefix. */
export interface EventScope {
  /** Prefix of every stream this store owns in KurrentDB; '' for the whole database. */
  namespace: string;
  streamPrefix?: string;
}

/** KurrentDB's own bookkeeping ($stats, $metadata, link events…): never shown to callers. */
export function isSystemEvent(record: Pick<KurrentRecord, 'streamId' | 'type'>): boolean {
  return record.streamId.startsWith('$') || record.type.startsWith('$');
}

/** True for a caller event of this scope. */
export function inScope(record: Pick<KurrentRecord, 'streamId' | 'type'>, scope: EventScope): boolean {
  return !isSystemEvent(record) && record.streamId.startsWith(scope.namespace + (scope.streamPrefix ?? ''));
}

/**
 * Maps a stored event to the port's RecordedEvent: revision as a number, position as
 * `commit/prepare`, reserved metadata keys stripped, data upcast to the newest schema version.
 */
export function toRecordedEvent(record: KurrentRecord, namespace: string, upcasters: UpcasterRegistry): RecordedEvent {
  const where = `event ${record.id} in stream "${record.streamId}"`;
  if (!record.position) throw new Error(`KurrentDB returned ${where} without a position (server older than 22.6?)`);
  if (!isJsonObject(record.data)) throw new Error(`The data of ${where} is not a JSON object`);
  const split = splitStoredMetadata(record.metadata);
  if (!split || !isEventMetadata(split.metadata)) {
    throw new Error(`The metadata of ${where} is not goaltrail event metadata`);
  }
  const upcast = upcasters.apply(record.type, split.schemaVersion, record.data);
  return {
    streamId: record.streamId.slice(namespace.length),
    revision: toRevisionNumber(record.revision),
    position: formatPosition(record.position),
    id: record.id.toLowerCase(),
    type: record.type,
    schemaVersion: upcast.schemaVersion,
    storedSchemaVersion: split.schemaVersion,
    data: upcast.data,
    metadata: split.metadata,
  };
}

/**
 * What the hash chain covers for a stored event, exactly as stored (before upcasting), plus its
 * stored link. Returns a problem instead when the event cannot be part of the chain at all.
 */
export function chainedContentOf(
  record: KurrentRecord,
): { content: ChainedEventContent; link: unknown } | { problem: string } {
  const split = splitStoredMetadata(record.metadata);
  if (!split) return { problem: 'the event metadata is not a goaltrail metadata object' };
  if (!isJsonObject(record.data)) return { problem: 'the event data is not a JSON object' };
  return {
    content: {
      streamId: record.streamId,
      id: record.id.toLowerCase(),
      type: record.type,
      schemaVersion: split.schemaVersion,
      data: record.data,
      metadata: split.metadata,
    },
    link: split.chain,
  };
}
