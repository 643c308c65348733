import { canonicalEventDigest, type ValidatedEvent } from '@goaltrail/event-store-port';

/** The arguments gt_append takes besides the stream and the expectation. */
export interface AppendPayload {
  /** jsonb array of the events; data and metadata spliced in as the text validation produced. */
  events: string;
  /** Each event's 32-byte digest in hex, concatenated; SQL chains them under the append lock. */
  digests: string;
}

/** Builds the append's arguments without serialising any event a second time. */
export function appendPayload(streamId: string, events: readonly ValidatedEvent[]): AppendPayload {
  const parts: string[] = [];
  let digests = '';
  for (const event of events) {
    digests += canonicalEventDigest(streamId, event);
    parts.push(
      `{"id":"${event.id}","type":${JSON.stringify(event.type)},"schemaVersion":${event.schemaVersion},"data":${event.dataJson},"metadata":${event.metadataJson}}`,
    );
  }
  return { events: `[${parts.join(',')}]`, digests };
}
