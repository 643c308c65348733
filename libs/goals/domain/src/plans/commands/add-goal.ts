import { DuplicateGoalError, EmptyWordingError } from '../../errors/goal-errors';
import { isBlank, normalizeText, optionalText } from '../../shared/text';
import type { GoalKind } from '../../vocabulary/goal-kind';
import type { GoalAdded } from '../plan.events';
import { assertEditable, assertPlacement, type EditMode, type PlanTarget } from '../plan-guards';
import { findGoal } from '../plan-lookups';
import type { PlanState } from '../plan.state';

/** The change AddGoal makes, without its plan address (as listed in an amendment). */
export type AddGoalChange = {
  type: 'AddGoal';
  /** New goal identity, made by the caller. */
  goalId: string;
  kind: GoalKind;
  number: number;
  text: string;
  measurementMethod?: string | null;
  /** Required for committee goals; other kinds sit in their kind's section when it is absent. */
  focusAreaId?: string | null;
};

/** Add a new goal to a plan. */
export type AddGoal = PlanTarget & AddGoalChange;

export function decideAddGoal(change: AddGoalChange, plan: PlanState, mode: EditMode): GoalAdded[] {
  assertEditable(plan, mode);
  if (findGoal(plan, change.goalId)) throw new DuplicateGoalError(change.goalId);
  if (isBlank(change.text)) throw new EmptyWordingError(change.goalId);
  const focusAreaId = change.focusAreaId ?? null;
  assertPlacement(plan, { goalId: change.goalId, kind: change.kind, focusAreaId, number: change.number });
  return [
    {
      type: 'GoalAdded',
      data: {
        goalId: change.goalId,
        kind: change.kind,
        number: change.number,
        text: normalizeText(change.text),
        measurementMethod: optionalText(change.measurementMethod),
        focusAreaId,
      },
    },
  ];
}
