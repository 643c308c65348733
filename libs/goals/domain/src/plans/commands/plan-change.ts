import { assertNever } from '../../shared/assert-never';
import type { PlanEvent } from '../plan.events';
import type { EditMode } from '../plan-guards';
import type { PlanState } from '../plan.state';
import { decideAddFocusArea, type AddFocusArea, type AddFocusAreaChange } from './add-focus-area';
import { decideAddGoal, type AddGoal, type AddGoalChange } from './add-goal';
import { decideMoveGoal, type MoveGoal, type MoveGoalChange } from './move-goal';
import { decideRemoveFocusArea, type RemoveFocusArea, type RemoveFocusAreaChange } from './remove-focus-area';
import { decideRetireGoal, type RetireGoal, type RetireGoalChange } from './retire-goal';
import { decideReviseFocusArea, type ReviseFocusArea, type ReviseFocusAreaChange } from './revise-focus-area';
import { decideRewordGoal, type RewordGoal, type RewordGoalChange } from './reword-goal';

/** A change to a plan's content: made directly to a draft, or listed in an amendment. */
export type PlanChange =
  | AddFocusAreaChange
  | ReviseFocusAreaChange
  | RemoveFocusAreaChange
  | AddGoalChange
  | RewordGoalChange
  | MoveGoalChange
  | RetireGoalChange;

/** A change addressed to a plan: the commands a planner sends while drafting. */
export type PlanEditCommand =
  AddFocusArea | ReviseFocusArea | RemoveFocusArea | AddGoal | RewordGoal | MoveGoal | RetireGoal;

export function decidePlanChange(change: PlanChange, plan: PlanState, mode: EditMode): PlanEvent[] {
  switch (change.type) {
    case 'AddFocusArea':
      return decideAddFocusArea(change, plan, mode);
    case 'ReviseFocusArea':
      return decideReviseFocusArea(change, plan, mode);
    case 'RemoveFocusArea':
      return decideRemoveFocusArea(change, plan, mode);
    case 'AddGoal':
      return decideAddGoal(change, plan, mode);
    case 'RewordGoal':
      return decideRewordGoal(change, plan, mode);
    case 'MoveGoal':
      return decideMoveGoal(change, plan, mode);
    case 'RetireGoal':
      return decideRetireGoal(change, plan, mode);
    default:
      return assertNever(change);
  }
}
