import type { EventMetadata, JsonObject, RecordedEvent, UpcasterRegistry } from '@goaltrail/event-store-port';

/** One row of the events table as the read statements select it: every cell in text, as stored. */
export interface EventRow {
  readonly position: string;
  readonly stream_id: string;
  readonly stream_revision: string;
  readonly event_id: string;
  readonly type: string;
  readonly schema_version: string;
  readonly data: string;
  readonly metadata: string;
}

/** The columns every read selects, in EventRow's shape (positions stay text: int8 exceeds JS numbers). */
export const eventColumns = `global_position::text AS position, stream_id, stream_revision::text AS stream_revision,
  event_id::text AS event_id, type, schema_version::text AS schema_version, data::text AS data, metadata::text AS metadata`;

/** A text row as the prepared statements answer it; every column of EventRow is NOT NULL. */
export function eventRowOf(row: Readonly<Record<string, string | null>>): EventRow {
  return row as unknown as EventRow;
}

/** Turns a stored row into the port's RecordedEvent, upgrading old data on the way. */
export function toRecordedEvent(row: EventRow, upcasters: UpcasterRegistry): RecordedEvent {
  const storedSchemaVersion = Number(row.schema_version);
  const upgraded = upcasters.apply(row.type, storedSchemaVersion, JSON.parse(row.data) as JsonObject);
  return {
    streamId: row.stream_id,
    revision: Number(row.stream_revision),
    position: row.position,
    id: row.event_id,
    type: row.type,
    schemaVersion: upgraded.schemaVersion,
    storedSchemaVersion,
    data: upgraded.data,
    metadata: JSON.parse(row.metadata) as EventMetadata,
  };
}
