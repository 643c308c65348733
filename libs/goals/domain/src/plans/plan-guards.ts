import {
  DuplicateGoalNumberError,
  FocusAreaRequiredError,
  GoalNotInPlanError,
  InvalidGoalNumberError,
} from '../errors/goal-errors';
import { PlanAlreadyAdoptedError, UnknownFocusAreaError, UnknownPlanError } from '../errors/plan-errors';
import type { GoalKind } from '../vocabulary/goal-kind';
import { findGoal, hasFocusArea, isPlaceTaken } from './plan-lookups';
import { sectionIdOf, type PlanGoal, type PlanState } from './plan.state';

/** Which plan a command addresses: the stream `plan-<committeeId>-<year>`. */
export type PlanTarget = { committeeId: string; year: number };

/**
 * `edit`: a planner edits a draft. `amendment`: the change is part of an AmendPlan decision,
 * which is the only way an adopted plan changes.
 */
export type EditMode = 'edit' | 'amendment';

export function requirePlan(plan: PlanState | null, target: PlanTarget): PlanState {
  if (!plan) throw new UnknownPlanError(target.committeeId, target.year);
  return plan;
}

export function assertEditable(plan: PlanState, mode: EditMode): void {
  if (mode === 'edit' && plan.status !== 'draft')
    throw new PlanAlreadyAdoptedError(plan.committeeId, plan.year);
}

export function requireGoal(plan: PlanState, goalId: string): PlanGoal {
  const goal = findGoal(plan, goalId);
  if (!goal) throw new GoalNotInPlanError(goalId, plan.year);
  return goal;
}

/** Where a goal is to sit: checked for a new goal and for a move. */
export type Placement = { goalId: string; kind: GoalKind; focusAreaId: string | null; number: number };

export function assertPlacement(plan: PlanState, placement: Placement): void {
  if (!Number.isInteger(placement.number) || placement.number < 1) {
    throw new InvalidGoalNumberError(placement.number);
  }
  if (placement.focusAreaId === null && placement.kind === 'committee') {
    throw new FocusAreaRequiredError(placement.goalId);
  }
  if (placement.focusAreaId !== null && !hasFocusArea(plan, placement.focusAreaId)) {
    throw new UnknownFocusAreaError(placement.focusAreaId);
  }
  if (isPlaceTaken(plan, placement)) throw new DuplicateGoalNumberError(sectionIdOf(placement), placement.number);
}
