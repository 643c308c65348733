import { foldLineage } from '../lineage/lineage.evolve';
import type { LineageState } from '../lineage/lineage.state';
import { foldPlan } from '../plans/plan.evolve';
import type { PlanState } from '../plans/plan.state';
import type { RecordedEventLike } from '../shared/recorded-event';
import { isPlanStream, streamIds } from '../shared/stream-ids';
import { compareText } from '../shared/compare';
import { groupByStream } from './event-selection';

/** A plan folded from its stream, with the stream revision it reached. */
export type FoldedPlan = { readonly streamId: string; readonly revision: number; readonly state: PlanState };

/** Folds one plan stream's events (in revision order); null when the plan was not yet drafted. */
export function foldPlanStream(streamId: string, events: readonly RecordedEventLike[]): FoldedPlan | null {
  const state = foldPlan(events);
  const last = events.at(-1);
  return state && last ? { streamId, revision: last.revision, state } : null;
}

/** Every plan found in the events, optionally only one committee's, ordered by committee and year. */
export function foldPlans(events: readonly RecordedEventLike[], committeeId?: string): FoldedPlan[] {
  const plans: FoldedPlan[] = [];
  for (const [streamId, stream] of groupByStream(events.filter((e) => isPlanStream(e.streamId)))) {
    const folded = foldPlanStream(streamId, stream);
    if (folded && (committeeId === undefined || folded.state.committeeId === committeeId)) plans.push(folded);
  }
  // Code-unit order, not localeCompare: the answer must not depend on the machine's ICU data.
  return plans.sort(
    (a, b) => compareText(a.state.committeeId, b.state.committeeId) || a.state.year - b.state.year,
  );
}

/** The recorded lineage of one committee, from its lineage stream's events among `events`. */
export function foldCommitteeLineage(
  events: readonly RecordedEventLike[],
  committeeId: string,
): LineageState {
  const streamId = streamIds.lineage(committeeId);
  return foldLineage(groupByStream(events.filter((e) => e.streamId === streamId)).get(streamId) ?? []);
}
