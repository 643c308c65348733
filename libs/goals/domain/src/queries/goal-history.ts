import { asPlanEvent } from '../plans/plan.events';
import { evolvePlan } from '../plans/plan.evolve';
import { findGoal } from '../plans/plan-lookups';
import type { PlanGoal, PlanState } from '../plans/plan.state';
import { assertNever } from '../shared/assert-never';
import type { RecordedEventLike } from '../shared/recorded-event';
import { isPlanStream } from '../shared/stream-ids';
import { groupByStream } from './event-selection';
import { lineageLinks, type ResolvedLink } from './lineage-links';

/** What an entry of a goal's history records. */
export type GoalChange =
  'added' | 'carried-forward' | 'reworded' | 'moved' | 'retired' | 'adopted' | 'amended';

/** One step in a goal's life: the goal as it was after the step, and who, why, when. */
export type GoalHistoryEntry = {
  readonly change: GoalChange;
  readonly committeeId: string;
  readonly year: number;
  /** The goal after the change (for `retired`: as it was when it left the plan). */
  readonly goal: PlanGoal;
  readonly reason: string | null;
  readonly decisionRef: string | null;
  readonly actor: string;
  readonly role: string;
  readonly effectiveAt: string;
  readonly recordedAt: string;
  readonly streamId: string;
  readonly streamRevision: number;
};

/** Every wording and move of a goal across all plans, and its lineage to other goals. */
export type GoalHistory = {
  readonly goalId: string;
  readonly entries: readonly GoalHistoryEntry[];
  /** Links from other goals into this one (e.g. the goals merged into it). */
  readonly ancestors: readonly ResolvedLink[];
  /** Links from this goal to other goals, or its retirement. */
  readonly descendants: readonly ResolvedLink[];
};

/**
 * The history of one goal, in year order and within a year in stream order. Reads every plan
 * stream (and the goal's committee's lineage stream) among `events`; null if no plan held it.
 */
export function goalHistory(events: readonly RecordedEventLike[], goalId: string): GoalHistory | null {
  const entries: GoalHistoryEntry[] = [];
  for (const [streamId, stream] of groupByStream(events.filter((e) => isPlanStream(e.streamId)))) {
    let state: PlanState | null = null;
    for (const event of stream) {
      const before: PlanState | null = state;
      state = evolvePlan(state, event);
      const change = changeOf(event, goalId, state);
      const goal = state && (findGoal(state, goalId) ?? (before && findGoal(before, goalId)));
      if (!change || !state || !goal) continue;
      entries.push({
        change,
        committeeId: state.committeeId,
        year: state.year,
        goal,
        reason: dataText(event.data, 'reason') ?? event.metadata.reason ?? null,
        decisionRef: dataText(event.data, 'decisionRef') ?? event.metadata.decisionRef ?? null,
        actor: event.metadata.actor,
        role: event.metadata.role,
        effectiveAt: event.metadata.effectiveAt,
        recordedAt: event.metadata.recordedAt,
        streamId,
        streamRevision: event.revision,
      });
    }
  }
  const first = entries[0];
  if (!first) return null;
  entries.sort((a, b) => a.year - b.year || a.streamRevision - b.streamRevision);
  const links = lineageLinks(events, first.committeeId);
  return {
    goalId,
    entries,
    ancestors: links.filter((link) => link.toGoalId === goalId && link.fromGoalId !== goalId),
    descendants: links.filter((link) => link.fromGoalId === goalId && link.toGoalId !== goalId),
  };
}

function changeOf(event: RecordedEventLike, goalId: string, after: PlanState | null): GoalChange | null {
  const known = asPlanEvent(event);
  if (!known) return null;
  switch (known.type) {
    case 'GoalAdded':
      return known.data.goalId === goalId ? 'added' : null;
    case 'GoalCarriedForward':
      return known.data.goalId === goalId ? 'carried-forward' : null;
    case 'GoalReworded':
      return known.data.goalId === goalId ? 'reworded' : null;
    case 'GoalMoved':
      return known.data.goalId === goalId ? 'moved' : null;
    case 'GoalRetired':
      return known.data.goalId === goalId ? 'retired' : null;
    case 'PlanAdopted':
      return after && findGoal(after, goalId) ? 'adopted' : null;
    case 'PlanAmended':
      return after && findGoal(after, goalId) ? 'amended' : null;
    case 'PlanDrafted':
    case 'FocusAreaAdded':
    case 'FocusAreaRevised':
    case 'FocusAreaRemoved':
      return null;
    default:
      return assertNever(known);
  }
}

function dataText(data: unknown, key: string): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const value: unknown = (data as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}
