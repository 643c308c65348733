import type { EventMetadata, JsonObject, RecordedEvent, UpcasterRegistry } from '@goaltrail/event-store-port';

/** One row of the events table as the read queries select it. */
export interface EventRow {
  position: string;
  stream_id: string;
  stream_revision: string | number;
  event_id: string;
  type: string;
  schema_version: number;
  data: JsonObject;
  metadata: EventMetadata;
}

/** The columns every read selects, in EventRow's shape (positions as text: int8 exceeds JS numbers). */
export const eventColumns = `global_position::text AS position, stream_id, stream_revision::integer AS stream_revision,
  event_id::text AS event_id, type, schema_version, data, metadata`;

/** Turns a stored row into the port's RecordedEvent, upgrading old data on the way. */
export function toRecordedEvent(row: EventRow, upcasters: UpcasterRegistry): RecordedEvent {
  const upgraded = upcasters.apply(row.type, row.schema_version, row.data);
  return {
    streamId: row.stream_id,
    revision: Number(row.stream_revision),
    position: row.position,
    id: row.event_id,
    type: row.type,
    schemaVersion: upgraded.schemaVersion,
    storedSchemaVersion: row.schema_version,
    data: upgraded.data,
    metadata: row.metadata,
  };
}
