import { eventDigest, type JsonValue, type ValidatedEvent } from '@goaltrail/event-store-port';

/**
 * The jsonb array handed to gt_append. Data and metadata are spliced in as the JSON text that
 * validation already produced, so no event is serialised twice. Each event carries the digest
 * of its canonical content; SQL chains the digests into hashes under the append lock.
 */
export function appendPayload(streamId: string, events: readonly ValidatedEvent[]): string {
  const parts = events.map((event) => {
    const digest = eventDigest({
      streamId,
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: JSON.parse(event.dataJson) as JsonValue,
      metadata: JSON.parse(event.metadataJson) as JsonValue,
    }).toString('hex');
    return `{"id":"${event.id}","type":${JSON.stringify(event.type)},"schemaVersion":${event.schemaVersion},"digest":"${digest}","data":${event.dataJson},"metadata":${event.metadataJson}}`;
  });
  return `[${parts.join(',')}]`;
}
