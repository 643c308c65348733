import { createHash, hash } from 'node:crypto';
import type { JsonValue } from './event';

/** The hash before the first event. */
export const genesisHash: Buffer = Buffer.alloc(32);

/** The parts of an event the chain protects, exactly as stored (before any upcasting). */
export interface ChainedEventContent {
  streamId: string;
  id: string;
  type: string;
  schemaVersion: number;
  data: JsonValue;
  metadata: JsonValue;
}

/**
 * JSON with object keys sorted at every depth and no whitespace: the same value always gives
 * the same text, whatever order its keys were written or stored in. Undefined values are
 * treated as JSON.stringify treats them, so the digest of an object equals that of its JSON.
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] as JsonValue)}`).join(',')}}`;
}

/** sha256 of the event's canonical content; computed by the writer, recomputed by the verifier. */
export function eventDigest(content: ChainedEventContent): Buffer {
  const canonical = canonicalJson({
    streamId: content.streamId,
    id: content.id,
    type: content.type,
    schemaVersion: content.schemaVersion,
    data: content.data,
    metadata: content.metadata,
  });
  return createHash('sha256').update(canonical, 'utf8').digest();
}

/**
 * The same digest as eventDigest, in hex, composed from text that is already canonical (as validateAppend
 * produces it), so the writer never parses what it just serialised. Keys in canonical order:
 * data, id, metadata, schemaVersion, streamId, type.
 */
export function canonicalEventDigest(
  streamId: string,
  event: { id: string; type: string; schemaVersion: number; dataJson: string; metadataJson: string },
): string {
  const text = `{"data":${event.dataJson},"id":${JSON.stringify(event.id)},"metadata":${event.metadataJson},"schemaVersion":${event.schemaVersion},"streamId":${JSON.stringify(streamId)},"type":${JSON.stringify(event.type)}}`;
  // One-shot hashing: every append digests every event, and a Hash object per event costs twice as much.
  return hash('sha256', text, 'hex');
}

/**
 * One link of the chain: sha256(previous hash ‖ stream revision as 8 bytes big-endian ‖ digest).
 * The SQL stores compute the same bytes in SQL: sha256(prev || int8send(revision) || digest).
 */
export function chainHash(previous: Buffer, revision: number, digest: Buffer): Buffer {
  const revisionBytes = Buffer.alloc(8);
  revisionBytes.writeBigInt64BE(BigInt(revision));
  return createHash('sha256').update(previous).update(revisionBytes).update(digest).digest();
}
