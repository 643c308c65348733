import type { RecordedEventLike } from '../shared/recorded-event';
import { streamIds } from '../shared/stream-ids';
import { selectAsOf, type AsOf } from './event-selection';
import { foldCommitteeLineage, foldPlanStream } from './plan-folds';
import { toPlanView, type PlanView } from './plan-view';

/** Which plan, at which point of system time and/or business time. */
export type PlanAsOfQuery = AsOf & { committeeId: string; year: number };

/**
 * The plan as it stood: only events recorded by `recordedAt` and/or effective by `effectiveAt`
 * count. Reads the plan's stream (and the committee's lineage stream, for goal ancestors) out of
 * `events`; anything else is ignored. Null when the plan did not exist at that point.
 */
export function planAsOf(events: readonly RecordedEventLike[], query: PlanAsOfQuery): PlanView | null {
  const planStream = streamIds.plan(query.committeeId, query.year);
  const lineageStream = streamIds.lineage(query.committeeId);
  const relevant = events.filter((e) => e.streamId === planStream || e.streamId === lineageStream);
  const selected = selectAsOf(relevant, query);
  const planEvents = selected
    .filter((e) => e.streamId === planStream)
    .sort((a, b) => a.revision - b.revision);
  const folded = foldPlanStream(planStream, planEvents);
  if (!folded) return null;
  return toPlanView(folded.state, folded.revision, foldCommitteeLineage(selected, query.committeeId).links);
}
