import {
  BACKWARDS,
  END,
  FORWARDS,
  START,
  StreamNotFoundError,
  excludeSystemEvents,
  streamNameFilter,
  type Filter,
  type Position,
} from '@kurrent/kurrentdb-client';
import type { ActualRevision } from '@goaltrail/event-store-port';
import type { KurrentDbClientLike } from './kurrentdb-client.types';
import { mapClientError } from './error.mapper';
import { comparePositions, isAfter } from './position.mapper';
import { inScope, type EventScope, type KurrentRecord } from './recorded-event.mapper';
import { toRevisionNumber } from './revision.mapper';

/** Every read asks KurrentDB for at most this many events at a time: a big log never floods memory. */
export const pageSize = 500;
/** Backward scans look for one event, nearly always the newest: ask for one, then for a few more. */
const backwardPageSizes = [1, 50] as const;

/** An event read from $all, which always carries its position. */
export type PositionedRecord = KurrentRecord & { position: Position };

/** Server-side filter for a scope: its stream prefix, or at least no system events. */
export function scopeFilter(scope: EventScope): Filter {
  const prefix = scope.namespace + (scope.streamPrefix ?? '');
  return prefix === '' ? excludeSystemEvents() : streamNameFilter({ prefixes: [prefix] });
}

/**
 * $all forwards, strictly after `after`, one page at a time. Each page restarts at the last
 * position seen and skips it, so it does not matter whether the server's start is inclusive; the
 * walk ends on a page that brings nothing new, so a short filtered page cannot end it early.
 * `wanted` only sizes the pages (a reader after one event should not fetch 500); it never stops
 * the walk, and each page holds at least 2 so the repeated boundary event cannot stall it.
 */
export async function* readAllForwards(client: KurrentDbClientLike, filter: Filter, after?: Position, wanted = Infinity) {
  let bound = after;
  let yielded = 0;
  for (let advanced = true; advanced; ) {
    advanced = false;
    const maxCount = Math.min(pageSize, Math.max(2, wanted - yielded + 1));
    const page = client.readAll({ fromPosition: bound ?? START, maxCount, direction: FORWARDS, filter });
    for await (const { event } of mapErrors(page)) {
      if (!event?.position || !isAfter(event.position, bound)) continue;
      bound = event.position;
      advanced = true;
      yielded += 1;
      yield event;
    }
  }
}

/** The newest event of the scope in $all, or null when it has none. */
export async function newestInScope(client: KurrentDbClientLike, scope: EventScope): Promise<PositionedRecord | null> {
  const filter = scopeFilter(scope);
  let bound: Position | undefined;
  for (let pages = 0, advanced = true; advanced; pages += 1) {
    advanced = false;
    const maxCount = pages === 0 ? backwardPageSizes[0] : backwardPageSizes[1];
    const page = client.readAll({ fromPosition: bound ?? END, maxCount, direction: BACKWARDS, filter });
    for await (const { event } of mapErrors(page)) {
      if (!event?.position || (bound && comparePositions(event.position, bound) >= 0)) continue;
      bound = event.position;
      advanced = true;
      if (inScope(event, scope)) return event;
    }
  }
  return null;
}

export interface StreamReadRange {
  fromRevision?: number;
  maxCount?: number;
  direction: 'forwards' | 'backwards';
}

/** One stream in pages; a stream that does not exist reads as empty. */
export async function* readStreamPages(client: KurrentDbClientLike, streamName: string, range: StreamReadRange) {
  const forwards = range.direction === 'forwards';
  let from: bigint | typeof START | typeof END =
    range.fromRevision !== undefined ? BigInt(range.fromRevision) : forwards ? START : END;
  let remaining = range.maxCount ?? Number.POSITIVE_INFINITY;
  while (remaining > 0) {
    const want = Math.min(pageSize, remaining);
    let got = 0;
    let last: bigint | undefined;
    const page = client.readStream(streamName, { fromRevision: from, maxCount: want, direction: range.direction });
    try {
      for await (const { event } of page) {
        if (!event) continue;
        got += 1;
        remaining -= 1;
        last = event.revision;
        yield event;
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return;
      throw mapClientError(error);
    }
    if (got < want || last === undefined || (!forwards && last === 0n)) return;
    from = forwards ? last + 1n : last - 1n;
  }
}

/**
 * Reads a whole stream once for an append: its current revision and the stored events whose ids
 * are in `ids`. KurrentDB has no index by event id, so this is how the retry rule is kept; streams
 * here are small (one goal, one plan), which keeps the cost acceptable.
 */
export async function scanStream(
  client: KurrentDbClientLike,
  streamName: string,
  ids: ReadonlySet<string>,
): Promise<{ current: ActualRevision; found: KurrentRecord[] }> {
  let current: ActualRevision = 'no_stream';
  const found: KurrentRecord[] = [];
  for await (const event of readStreamPages(client, streamName, { direction: 'forwards' })) {
    current = toRevisionNumber(event.revision);
    if (ids.has(event.id.toLowerCase())) found.push(event);
  }
  return { current, found };
}

/** A stream's current revision, or 'no_stream'. */
export async function currentRevision(client: KurrentDbClientLike, streamName: string): Promise<ActualRevision> {
  for await (const event of readStreamPages(client, streamName, { direction: 'backwards', maxCount: 1 })) {
    return toRevisionNumber(event.revision);
  }
  return 'no_stream';
}

async function* mapErrors<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* source;
  } catch (error) {
    throw mapClientError(error);
  }
}
