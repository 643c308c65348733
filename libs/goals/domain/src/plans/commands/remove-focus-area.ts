import { FocusAreaNotEmptyError, UnknownFocusAreaError } from '../../errors/plan-errors';
import type { FocusAreaRemoved } from '../plan.events';
import { assertEditable, type EditMode, type PlanTarget } from '../plan-guards';
import type { PlanState } from '../plan.state';
import { hasFocusArea } from '../plan-lookups';

/** The change RemoveFocusArea makes, without its plan address (as listed in an amendment). */
export type RemoveFocusAreaChange = { type: 'RemoveFocusArea'; focusAreaId: string };

/** Remove an empty focus area, e.g. one the council dropped after the plan was carried forward. */
export type RemoveFocusArea = PlanTarget & RemoveFocusAreaChange;

export function decideRemoveFocusArea(
  change: RemoveFocusAreaChange,
  plan: PlanState,
  mode: EditMode,
): FocusAreaRemoved[] {
  assertEditable(plan, mode);
  if (!hasFocusArea(plan, change.focusAreaId)) {
    throw new UnknownFocusAreaError(change.focusAreaId);
  }
  const held = plan.goals.filter((goal) => goal.focusAreaId === change.focusAreaId).length;
  if (held > 0) throw new FocusAreaNotEmptyError(change.focusAreaId, held);
  return [{ type: 'FocusAreaRemoved', data: { focusAreaId: change.focusAreaId } }];
}
