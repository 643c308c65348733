import { UnknownFocusAreaError } from '../../errors/plan-errors';
import type { FocusAreaRevised } from '../plan.events';
import { assertEditable, type EditMode, type PlanTarget } from '../plan-guards';
import type { PlanState } from '../plan.state';
import { focusAreaFields } from './focus-area-fields';
import { hasFocusArea } from '../plan-lookups';

/** The change ReviseFocusArea makes, without its plan address (as listed in an amendment). */
export type ReviseFocusAreaChange = {
  type: 'ReviseFocusArea';
  focusAreaId: string;
  title: string;
  description: readonly string[];
};

/** Change a focus area's title or description. */
export type ReviseFocusArea = PlanTarget & ReviseFocusAreaChange;

export function decideReviseFocusArea(
  change: ReviseFocusAreaChange,
  plan: PlanState,
  mode: EditMode,
): FocusAreaRevised[] {
  assertEditable(plan, mode);
  if (!hasFocusArea(plan, change.focusAreaId)) {
    throw new UnknownFocusAreaError(change.focusAreaId);
  }
  return [
    {
      type: 'FocusAreaRevised',
      data: { focusAreaId: change.focusAreaId, ...focusAreaFields(change.title, change.description) },
    },
  ];
}
