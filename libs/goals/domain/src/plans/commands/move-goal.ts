import { GoalAlreadyPlacedError } from '../../errors/goal-errors';
import type { GoalMoved } from '../plan.events';
import { assertEditable, assertPlacement, requireGoal, type EditMode, type PlanTarget } from '../plan-guards';
import type { PlanState } from '../plan.state';

/** The change MoveGoal makes, without its plan address (as listed in an amendment). */
export type MoveGoalChange = {
  type: 'MoveGoal';
  goalId: string;
  /** The target focus area, or null for the section of the goal's kind. */
  focusAreaId: string | null;
  number: number;
};

/** Move a goal to another section, or renumber it. */
export type MoveGoal = PlanTarget & MoveGoalChange;

export function decideMoveGoal(change: MoveGoalChange, plan: PlanState, mode: EditMode): GoalMoved[] {
  assertEditable(plan, mode);
  const goal = requireGoal(plan, change.goalId);
  if (goal.focusAreaId === change.focusAreaId && goal.number === change.number) {
    throw new GoalAlreadyPlacedError(goal.goalId);
  }
  assertPlacement(plan, {
    goalId: goal.goalId,
    kind: goal.kind,
    focusAreaId: change.focusAreaId,
    number: change.number,
  });
  return [
    {
      type: 'GoalMoved',
      data: { goalId: goal.goalId, focusAreaId: change.focusAreaId, number: change.number },
    },
  ];
}
