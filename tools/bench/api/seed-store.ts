import type { EventStore, JsonObject } from '@goaltrail/event-store';
import { randomUUID } from 'node:crypto';
import type { GeneratedHistory } from './generate-history';

/** The effective date of an event: its plan's year, from the stream id `plan-<committee>-<year>`. */
function effectiveAt(streamId: string): string {
  const year = /-(\d{4})$/.exec(streamId)?.[1];
  return year ? `${year}-01-01` : '2005-01-01';
}

/** Appends every generated stream in batches of 100; returns the recorded time halfway through. */
export async function seedStore(store: EventStore, history: GeneratedHistory, onProgress: (done: number) => void): Promise<string> {
  const streams = [...history.entries()];
  let done = 0;
  let halfway = '';
  for (const [index, [streamId, events]] of streams.entries()) {
    for (let from = 0; from < events.length; from += 100) {
      const batch = events.slice(from, from + 100).map((event) => ({
        id: randomUUID(),
        type: event.type,
        data: event.data as JsonObject,
        metadata: { actor: 'bench', role: 'planner', effectiveAt: effectiveAt(streamId) },
      }));
      await store.appendToStream(streamId, batch, { expectedRevision: from === 0 ? 'no_stream' : from - 1 });
      done += batch.length;
    }
    if (index === Math.floor(streams.length / 2)) halfway = new Date().toISOString();
    onProgress(done);
  }
  return halfway;
}
