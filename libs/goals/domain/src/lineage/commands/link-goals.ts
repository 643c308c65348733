import { GoalNotInPlanError } from '../../errors/goal-errors';
import {
  DuplicateLinkError,
  LineageYearOrderError,
  RationaleRequiredError,
  RetiredGoalStillHeldError,
  RetiredLinkShapeError,
} from '../../errors/lineage-errors';
import { UnknownPlanError } from '../../errors/plan-errors';
import { findGoal } from '../../plans/plan-lookups';
import type { PlanState } from '../../plans/plan.state';
import { isBlank, normalizeText } from '../../shared/text';
import type { LineageRelation } from '../../vocabulary/lineage-relation';
import type { GoalsLinked } from '../lineage.events';
import { linkKey, type LineageState } from '../lineage.state';

/** Record how a goal of one year relates to a goal of a later year (or that it was retired). */
export type LinkGoals = {
  type: 'LinkGoals';
  committeeId: string;
  fromYear: number;
  fromGoalId: string;
  toYear: number;
  /** null only for `retired`. */
  toGoalId: string | null;
  relation: LineageRelation;
  rationale: string;
};

/** What LinkGoals decides on: the committee's lineage and the two plans it connects. */
export type LinkGoalsState = { lineage: LineageState; fromPlan: PlanState | null; toPlan: PlanState | null };

export function decideLinkGoals(command: LinkGoals, state: LinkGoalsState): GoalsLinked[] {
  const { committeeId, fromYear, toYear, fromGoalId, relation } = command;
  const toGoalId = command.toGoalId ?? null;
  if (fromYear >= toYear) throw new LineageYearOrderError(fromYear, toYear);
  if ((relation === 'retired') !== (toGoalId === null)) throw new RetiredLinkShapeError(relation);
  if (isBlank(command.rationale)) throw new RationaleRequiredError();
  const fromPlan = requireYear(state.fromPlan, committeeId, fromYear);
  const toPlan = requireYear(state.toPlan, committeeId, toYear);
  if (!findGoal(fromPlan, fromGoalId)) throw new GoalNotInPlanError(fromGoalId, fromYear);
  if (toGoalId !== null && !findGoal(toPlan, toGoalId)) throw new GoalNotInPlanError(toGoalId, toYear);
  if (toGoalId === null && findGoal(toPlan, fromGoalId))
    throw new RetiredGoalStillHeldError(fromGoalId, toYear);
  const key = linkKey({ fromYear, fromGoalId, toYear, toGoalId });
  if (state.lineage.links.some((link) => linkKey(link) === key)) throw new DuplicateLinkError(key);
  // Lineage is an interpretation across years, not part of either plan's decision: it may be
  // recorded between adopted plans without an amendment.
  return [
    {
      type: 'GoalsLinked',
      data: {
        committeeId,
        fromYear,
        fromGoalId,
        toYear,
        toGoalId,
        relation,
        rationale: normalizeText(command.rationale),
      },
    },
  ];
}

function requireYear(plan: PlanState | null, committeeId: string, year: number): PlanState {
  if (!plan || plan.year !== year) throw new UnknownPlanError(committeeId, year);
  return plan;
}
