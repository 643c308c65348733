import type { EventMetadata, JsonObject, JsonValue } from '@goaltrail/event-store-port';

/** Reserved metadata key holding the event's hash-chain link. */
export const chainKey = '$chain';
/** Reserved metadata key holding the stored schema version: KurrentDB has no field for it. */
export const schemaVersionKey = '$schemaVersion';

/** One link of the hash chain as stored in KurrentDB metadata, all hex sha256 values. */
export interface ChainLink {
  digest: string;
  hash: string;
  prev: string;
}

/** What a stored metadata object holds, once our reserved keys are taken out of it. */
export interface SplitMetadata {
  /** The caller's metadata exactly as it was appended (including recordedAt). */
  metadata: JsonObject;
  schemaVersion: number;
  /** The raw `$chain` value, unchecked: the verifier decides whether it is sound. */
  chain: JsonValue | undefined;
}

/**
 * The caller's metadata as validated by the port, minus our reserved keys: a caller cannot
 * smuggle in a `$chain` of its own, and digest and storage see the same object.
 */
export function callerMetadataOf(metadataJson: string): JsonObject {
  const { [chainKey]: _chain, [schemaVersionKey]: _version, ...metadata } = JSON.parse(metadataJson) as JsonObject;
  return metadata;
}

/** The JSON object stored as KurrentDB event metadata (KurrentDB metadata must be an object). */
export function toStoredMetadata(metadata: JsonObject, schemaVersion: number, chain: ChainLink): JsonObject {
  return { ...metadata, [schemaVersionKey]: schemaVersion, [chainKey]: { ...chain } };
}

/**
 * Splits stored metadata into the caller's part and ours. Returns null when the metadata is not a
 * JSON object or the schema version is unusable, i.e. the event was not written by this adapter.
 */
export function splitStoredMetadata(raw: unknown): SplitMetadata | null {
  if (!isJsonObject(raw)) return null;
  const { [chainKey]: chain, [schemaVersionKey]: version = 1, ...metadata } = raw;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return null;
  return { metadata, schemaVersion: version, chain };
}

/** True when the caller's part of the metadata has the fields every stored event carries. */
export function isEventMetadata(metadata: JsonObject): metadata is JsonObject & EventMetadata {
  return ['actor', 'role', 'effectiveAt', 'recordedAt'].every((field) => typeof metadata[field] === 'string');
}

/** A plain JSON object, as JSON.parse returns it (not an array, not bytes). */
export function isJsonObject(value: unknown): value is JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
