import type { CommitteeState } from '../../committees/committee.evolve';
import { UnknownCommitteeError } from '../../errors/committee-errors';
import { LineageYearOrderError } from '../../errors/lineage-errors';
import { PlanAlreadyDraftedError, UnknownPlanError } from '../../errors/plan-errors';
import type { FocusAreaAdded, GoalCarriedForward, PlanDrafted } from '../plan.events';
import type { PlanState } from '../plan.state';

/** Start a committee's plan for a year; with `fromYear`, as a copy of that year's plan. */
export type DraftPlan = {
  type: 'DraftPlan';
  committeeId: string;
  year: number;
  fromYear?: number | null;
};

/** What DraftPlan decides on: the committee, the plan if it exists, and the plan carried from. */
export type DraftPlanState = {
  committee: CommitteeState | null;
  plan: PlanState | null;
  /** The `fromYear` plan; null when not carrying forward (or when it does not exist). */
  fromPlan: PlanState | null;
};

type DraftEvent = PlanDrafted | FocusAreaAdded | GoalCarriedForward;

export function decideDraftPlan(command: DraftPlan, state: DraftPlanState): DraftEvent[] {
  const { committeeId, year } = command;
  const fromYear = command.fromYear ?? null;
  if (!state.committee) throw new UnknownCommitteeError(committeeId);
  if (state.plan) throw new PlanAlreadyDraftedError(committeeId, year);
  const drafted: PlanDrafted = {
    type: 'PlanDrafted',
    data: { committeeId, year, carriedForwardFrom: fromYear },
  };
  if (fromYear === null) return [drafted];
  if (fromYear >= year) throw new LineageYearOrderError(fromYear, year);
  if (!state.fromPlan || state.fromPlan.year !== fromYear) throw new UnknownPlanError(committeeId, fromYear);
  return [drafted, ...carriedForward(state.fromPlan)];
}

/**
 * The earlier plan's focus areas (same ids, so a goal that changes area shows up as moved) and
 * goals (same ids and wording revisions). Each GoalCarriedForward is the recorded `continues` link.
 */
function carriedForward(fromPlan: PlanState): (FocusAreaAdded | GoalCarriedForward)[] {
  const areas = fromPlan.focusAreas.map((area): FocusAreaAdded => ({
    type: 'FocusAreaAdded',
    data: { focusAreaId: area.focusAreaId, title: area.title, description: [...area.description] },
  }));
  const goals = fromPlan.goals.map((goal): GoalCarriedForward => ({
    type: 'GoalCarriedForward',
    data: {
      goalId: goal.goalId,
      fromYear: fromPlan.year,
      kind: goal.kind,
      number: goal.number,
      text: goal.text,
      measurementMethod: goal.measurementMethod,
      focusAreaId: goal.focusAreaId,
      revision: goal.revision,
    },
  }));
  return [...areas, ...goals];
}
