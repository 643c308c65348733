import { InvalidDecisionDateError, DecisionReferenceRequiredError } from '../../errors/plan-errors';
import { isBlank, normalizeText } from '../../shared/text';
import { isCalendarDate } from '../../shared/calendar-date';

/** The decision behind an adoption or amendment, checked and in canonical form. */
export function decisionFields(decisionRef: string | null | undefined, decidedOn: string | null | undefined) {
  if (isBlank(decisionRef)) throw new DecisionReferenceRequiredError();
  if (!decidedOn || !isCalendarDate(decidedOn)) throw new InvalidDecisionDateError(decidedOn ?? '');
  return { decisionRef: normalizeText(decisionRef ?? ''), decidedOn };
}
