/** A JSON value as stored: what JSON.parse can return. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object; event data is always an object. */
export type JsonObject = { [key: string]: JsonValue };

/**
 * Who did what, why and when. `effectiveAt` is business time (when the change is valid);
 * `recordedAt` is system time, set by the store when it learns of the event.
 */
export interface EventMetadataInput {
  actor: string;
  role: string;
  reason?: string | null;
  decisionRef?: string | null;
  correlationId?: string | null;
  causationId?: string | null;
  /** ISO 8601 date or date-time. */
  effectiveAt: string;
  /** Anything else worth keeping with the event (e.g. an import's source file). */
  extra?: JsonObject;
}

/** Metadata as stored: the input plus the store's own clock. */
export interface EventMetadata extends EventMetadataInput {
  /** ISO 8601 date-time at which the store appended the event. */
  recordedAt: string;
}

/** An event to append. The caller chooses the id, so a retried append is recognised. */
export interface NewEvent<TType extends string = string, TData extends JsonObject = JsonObject> {
  /** UUID; appending the same id to the same stream again stores nothing new. */
  id: string;
  /** Stable PascalCase name, never a class name. */
  type: TType;
  /** Version of the data's shape; defaults to 1. */
  schemaVersion?: number;
  data: TData;
  metadata: EventMetadataInput;
}

/**
 * Opaque, ordered position in the store's global log. Only the store that produced it
 * understands it: a decimal number for the SQL stores, `commit/prepare` for KurrentDB.
 */
export type GlobalPosition = string;

/** An event as read back from the store. */
export interface RecordedEvent<TType extends string = string, TData extends JsonObject = JsonObject> {
  streamId: string;
  /** 0-based position within its stream. */
  revision: number;
  position: GlobalPosition;
  id: string;
  type: TType;
  /** The version after upcasting; the stored version is kept in `storedSchemaVersion`. */
  schemaVersion: number;
  storedSchemaVersion: number;
  data: TData;
  metadata: EventMetadata;
}
