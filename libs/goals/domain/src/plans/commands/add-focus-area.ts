import { DuplicateFocusAreaError } from '../../errors/plan-errors';
import type { FocusAreaAdded } from '../plan.events';
import { assertEditable, type EditMode, type PlanTarget } from '../plan-guards';
import type { PlanState } from '../plan.state';
import { focusAreaFields } from './focus-area-fields';
import { hasFocusArea } from '../plan-lookups';

/** The change AddFocusArea makes, without its plan address (as listed in an amendment). */
export type AddFocusAreaChange = {
  type: 'AddFocusArea';
  /** Made by the caller; reuse the id of the same council area in other years so moves are seen. */
  focusAreaId: string;
  title: string;
  description: readonly string[];
};

/** Add a council focus area (strategiskt inriktningsområde) to a plan. */
export type AddFocusArea = PlanTarget & AddFocusAreaChange;

export function decideAddFocusArea(
  change: AddFocusAreaChange,
  plan: PlanState,
  mode: EditMode,
): FocusAreaAdded[] {
  assertEditable(plan, mode);
  if (hasFocusArea(plan, change.focusAreaId)) {
    throw new DuplicateFocusAreaError(change.focusAreaId);
  }
  return [
    {
      type: 'FocusAreaAdded',
      data: { focusAreaId: change.focusAreaId, ...focusAreaFields(change.title, change.description) },
    },
  ];
}
