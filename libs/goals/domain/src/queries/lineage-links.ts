import type { LineageState } from '../lineage/lineage.state';
import { linkKey } from '../lineage/lineage.state';
import type { PlanState } from '../plans/plan.state';
import { findGoal } from '../plans/plan-lookups';
import type { RecordedEventLike } from '../shared/recorded-event';
import { compareText } from '../shared/compare';
import type { LineageRelation } from '../vocabulary/lineage-relation';
import { foldCommitteeLineage, foldPlans } from './plan-folds';

/** Where a lineage link comes from: a GoalsLinked event, or a plan's carry-forward or retirement. */
export type LinkOrigin = 'recorded' | 'carried-forward' | 'retired-in-plan';

/** A lineage link as the views show it. */
export type ResolvedLink = {
  readonly fromYear: number;
  readonly fromGoalId: string;
  readonly toYear: number;
  readonly toGoalId: string | null;
  readonly relation: LineageRelation;
  readonly rationale: string | null;
  readonly origin: LinkOrigin;
};

/**
 * All lineage of one committee: links implied by the plans (a carried goal `continues`, or is
 * `reworded` when its wording differs from the earlier plan's; a carried goal taken out is
 * `retired`) overlaid by recorded links, which win for the same pair of goals.
 */
export function resolveLineage(plans: readonly PlanState[], lineage: LineageState): ResolvedLink[] {
  const byKey = new Map<string, ResolvedLink>();
  for (const plan of plans) {
    for (const goal of plan.goals) {
      if (goal.carriedFrom === null) continue;
      const earlier = plans.find((p) => p.year === goal.carriedFrom);
      const before = earlier ? findGoal(earlier, goal.goalId) : undefined;
      const changed =
        before !== undefined &&
        (before.text !== goal.text || before.measurementMethod !== goal.measurementMethod);
      add(byKey, {
        fromYear: goal.carriedFrom,
        fromGoalId: goal.goalId,
        toYear: plan.year,
        toGoalId: goal.goalId,
        relation: changed ? 'reworded' : 'continues',
        rationale: null,
        origin: 'carried-forward',
      });
    }
    for (const retired of plan.retired) {
      if (retired.fromYear === null) continue;
      add(byKey, {
        fromYear: retired.fromYear,
        fromGoalId: retired.goalId,
        toYear: plan.year,
        toGoalId: null,
        relation: 'retired',
        rationale: retired.reason,
        origin: 'retired-in-plan',
      });
    }
  }
  for (const link of lineage.links) add(byKey, { ...link, origin: 'recorded' });
  return [...byKey.values()].sort(compareLinks);
}

/** The resolved lineage of one committee from its plan and lineage streams' events. */
export function lineageLinks(events: readonly RecordedEventLike[], committeeId: string): ResolvedLink[] {
  const plans = foldPlans(events, committeeId).map((folded) => folded.state);
  return resolveLineage(plans, foldCommitteeLineage(events, committeeId));
}

function add(byKey: Map<string, ResolvedLink>, link: ResolvedLink): void {
  byKey.set(linkKey(link), link);
}

function compareLinks(a: ResolvedLink, b: ResolvedLink): number {
  return (
    a.fromYear - b.fromYear ||
    a.toYear - b.toYear ||
    compareText(a.fromGoalId, b.fromGoalId) ||
    compareText(a.toGoalId ?? '', b.toGoalId ?? '')
  );
}
