import type { RecordedEventLike } from '../shared/recorded-event';
import { storedInstant, toInstant } from '../shared/instant';

/**
 * The two clocks of a bitemporal question. `recordedAt`: only what the system had recorded by then
 * (system time). `effectiveAt`: only changes valid by then (business time). Either, both or neither.
 */
export type AsOf = { recordedAt?: string | null; effectiveAt?: string | null };

/** The events that count for an as-of question; their order is kept. */
export function selectAsOf<E extends RecordedEventLike>(events: readonly E[], asOf: AsOf): E[] {
  const recordedLimit = asOf.recordedAt == null ? null : toInstant(asOf.recordedAt);
  const effectiveLimit = asOf.effectiveAt == null ? null : toInstant(asOf.effectiveAt);
  if (recordedLimit === null && effectiveLimit === null) return [...events];
  return events.filter(
    (event) =>
      (recordedLimit === null || storedInstant(event.metadata.recordedAt) <= recordedLimit) &&
      (effectiveLimit === null || storedInstant(event.metadata.effectiveAt) <= effectiveLimit),
  );
}

/**
 * Events grouped by stream, each stream in revision order and the streams in name order, so the
 * answer does not depend on how the caller interleaved streams (e.g. global order vs per stream).
 */
export function groupByStream<E extends RecordedEventLike>(events: readonly E[]): Map<string, E[]> {
  const groups = new Map<string, E[]>();
  for (const event of events) {
    const group = groups.get(event.streamId);
    if (group) group.push(event);
    else groups.set(event.streamId, [event]);
  }
  const names = [...groups.keys()].sort();
  return new Map(
    names.map((name) => [name, (groups.get(name) ?? []).sort((a, b) => a.revision - b.revision)]),
  );
}
