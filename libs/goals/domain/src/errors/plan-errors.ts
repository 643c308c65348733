import { BusinessRuleError, UnknownEntityError } from './business-rule-error';

/** An adopted plan changes only through an amendment that names its decision. */
export class PlanAlreadyAdoptedError extends BusinessRuleError {
  override readonly name = 'PlanAlreadyAdoptedError';
  readonly rule = 'adopted-plan-is-immutable';
  constructor(committeeId: string, year: number) {
    super(`The ${year} plan of ${committeeId} is adopted; change it with an amendment`, {
      committeeId,
      year,
    });
  }
}

/** Amendments are for adopted plans; a draft is simply edited. */
export class PlanNotAdoptedError extends BusinessRuleError {
  override readonly name = 'PlanNotAdoptedError';
  readonly rule = 'only-adopted-plans-are-amended';
  constructor(committeeId: string, year: number) {
    super(`The ${year} plan of ${committeeId} is a draft; edit it instead of amending it`, {
      committeeId,
      year,
    });
  }
}

/** Adoption and amendment name the formal decision (paragraph, diarienummer). */
export class DecisionReferenceRequiredError extends BusinessRuleError {
  override readonly name = 'DecisionReferenceRequiredError';
  readonly rule = 'decision-reference-is-required';
  constructor() {
    super('Adopting or amending a plan needs a decision reference');
  }
}

/** The decision date is a real calendar date, YYYY-MM-DD. */
export class InvalidDecisionDateError extends BusinessRuleError {
  override readonly name = 'InvalidDecisionDateError';
  readonly rule = 'decision-date-is-a-calendar-date';
  constructor(decidedOn: string) {
    super(`"${decidedOn}" is not a calendar date (YYYY-MM-DD)`, { decidedOn });
  }
}

/** One plan per committee and year. */
export class PlanAlreadyDraftedError extends BusinessRuleError {
  override readonly name = 'PlanAlreadyDraftedError';
  readonly rule = 'one-plan-per-committee-and-year';
  constructor(committeeId: string, year: number) {
    super(`${committeeId} already has a plan for ${year}`, { committeeId, year });
  }
}

/** The plan the command names has not been drafted. */
export class UnknownPlanError extends UnknownEntityError {
  override readonly name = 'UnknownPlanError';
  readonly rule = 'plan-exists';
  constructor(committeeId: string, year: number) {
    super(`${committeeId} has no plan for ${year}`, { committeeId, year });
  }
}

/** A plan without goals is not adopted. */
export class EmptyPlanError extends BusinessRuleError {
  override readonly name = 'EmptyPlanError';
  readonly rule = 'adopted-plan-holds-goals';
  constructor(committeeId: string, year: number) {
    super(`The ${year} plan of ${committeeId} holds no goals`, { committeeId, year });
  }
}

/** An amendment changes something. */
export class EmptyAmendmentError extends BusinessRuleError {
  override readonly name = 'EmptyAmendmentError';
  readonly rule = 'amendment-changes-the-plan';
  constructor() {
    super('An amendment lists at least one change');
  }
}

/** Focus area ids are unique within a plan. */
export class DuplicateFocusAreaError extends BusinessRuleError {
  override readonly name = 'DuplicateFocusAreaError';
  readonly rule = 'focus-area-ids-are-unique';
  constructor(focusAreaId: string) {
    super(`The plan already has focus area ${focusAreaId}`, { focusAreaId });
  }
}

/** The focus area the command names is not in the plan. */
export class UnknownFocusAreaError extends UnknownEntityError {
  override readonly name = 'UnknownFocusAreaError';
  readonly rule = 'focus-area-exists';
  constructor(focusAreaId: string) {
    super(`The plan has no focus area ${focusAreaId}`, { focusAreaId });
  }
}

/** A focus area that still holds goals is not removed: its goals would lose their place. */
export class FocusAreaNotEmptyError extends BusinessRuleError {
  override readonly name = 'FocusAreaNotEmptyError';
  readonly rule = 'only-empty-focus-areas-are-removed';
  constructor(focusAreaId: string, goalCount: number) {
    super(`Focus area ${focusAreaId} still holds ${goalCount} goal(s)`, { focusAreaId, goalCount });
  }
}
