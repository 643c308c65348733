import type { EventStore, RecordedEvent } from '@goaltrail/event-store-port';

/** Events per read: the store never returns an unbounded page, whatever the adapter. */
export const streamPageSize = 500;

/** Reads one stream from its start in pages of `streamPageSize`. */
export async function readWholeStream(store: EventStore, streamId: string): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (;;) {
    const before = events.length;
    for await (const event of store.readStream(streamId, { fromRevision: before, maxCount: streamPageSize })) {
      events.push(event);
    }
    if (events.length - before < streamPageSize) return events;
  }
}
