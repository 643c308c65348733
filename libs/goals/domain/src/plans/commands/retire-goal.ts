import { ReasonRequiredError } from '../../errors/goal-errors';
import { isBlank, normalizeText } from '../../shared/text';
import type { GoalRetired } from '../plan.events';
import { assertEditable, requireGoal, type EditMode, type PlanTarget } from '../plan-guards';
import type { PlanState } from '../plan.state';

/** The change RetireGoal makes, without its plan address (as listed in an amendment). */
export type RetireGoalChange = { type: 'RetireGoal'; goalId: string; reason: string };

/** Take a goal out of a plan. A goal carried from an earlier year is thereby retired in lineage. */
export type RetireGoal = PlanTarget & RetireGoalChange;

export function decideRetireGoal(change: RetireGoalChange, plan: PlanState, mode: EditMode): GoalRetired[] {
  assertEditable(plan, mode);
  const goal = requireGoal(plan, change.goalId);
  if (isBlank(change.reason)) throw new ReasonRequiredError('Retiring a goal');
  return [
    {
      type: 'GoalRetired',
      data: { goalId: goal.goalId, reason: normalizeText(change.reason), fromYear: goal.carriedFrom },
    },
  ];
}
