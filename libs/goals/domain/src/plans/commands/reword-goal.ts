import { GoalRevisionConflictError } from '../../errors/business-rule-error';
import { EmptyWordingError, ReasonRequiredError, SameWordingError } from '../../errors/goal-errors';
import { isBlank, normalizeText, optionalText } from '../../shared/text';
import type { GoalReworded } from '../plan.events';
import { assertEditable, requireGoal, type EditMode, type PlanTarget } from '../plan-guards';
import type { PlanState } from '../plan.state';

/** The change RewordGoal makes, without its plan address (as listed in an amendment). */
export type RewordGoalChange = {
  type: 'RewordGoal';
  goalId: string;
  text: string;
  reason: string;
  /** The wording revision the editor saw; a different current revision is a conflict (409). */
  expectedRevision: number;
  /** Absent: keep the method. null: the goal is no longer measured by a named method. */
  measurementMethod?: string | null;
};

/** Give a goal a new wording in a plan. */
export type RewordGoal = PlanTarget & RewordGoalChange;

export function decideRewordGoal(change: RewordGoalChange, plan: PlanState, mode: EditMode): GoalReworded[] {
  assertEditable(plan, mode);
  const goal = requireGoal(plan, change.goalId);
  if (goal.revision !== change.expectedRevision) {
    throw new GoalRevisionConflictError(goal.goalId, change.expectedRevision, goal.revision);
  }
  if (isBlank(change.text)) throw new EmptyWordingError(goal.goalId);
  if (isBlank(change.reason)) throw new ReasonRequiredError('Rewording');
  const text = normalizeText(change.text);
  const measurementMethod =
    change.measurementMethod === undefined ? goal.measurementMethod : optionalText(change.measurementMethod);
  if (text === normalizeText(goal.text) && measurementMethod === goal.measurementMethod) {
    throw new SameWordingError(goal.goalId);
  }
  return [
    {
      type: 'GoalReworded',
      data: {
        goalId: goal.goalId,
        text,
        measurementMethod,
        reason: normalizeText(change.reason),
        revision: goal.revision + 1,
      },
    },
  ];
}
