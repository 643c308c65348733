import { BusinessRuleError, UnknownEntityError } from './business-rule-error';

/** The goal the command names is not held by the plan. */
export class GoalNotInPlanError extends BusinessRuleError {
  override readonly name = 'GoalNotInPlanError';
  readonly rule = 'goal-is-held-by-the-plan';
  constructor(goalId: string, year: number) {
    super(`Goal ${goalId} is not in the ${year} plan`, { goalId, year });
  }
}

/** No plan holds the goal at all. */
export class UnknownGoalError extends UnknownEntityError {
  override readonly name = 'UnknownGoalError';
  readonly rule = 'goal-exists';
  constructor(goalId: string) {
    super(`Goal ${goalId} is not known`, { goalId });
  }
}

/** Goal ids are unique within a plan. */
export class DuplicateGoalError extends BusinessRuleError {
  override readonly name = 'DuplicateGoalError';
  readonly rule = 'goal-ids-are-unique-in-a-plan';
  constructor(goalId: string) {
    super(`The plan already holds goal ${goalId}`, { goalId });
  }
}

/** Two goals of one section do not share a number. */
export class DuplicateGoalNumberError extends BusinessRuleError {
  override readonly name = 'DuplicateGoalNumberError';
  readonly rule = 'goal-numbers-are-unique-in-a-section';
  constructor(sectionId: string, goalNumber: number) {
    super(`Section ${sectionId} already has a goal number ${goalNumber}`, { sectionId, number: goalNumber });
  }
}

/** Goal numbers give the order in a section: positive whole numbers. */
export class InvalidGoalNumberError extends BusinessRuleError {
  override readonly name = 'InvalidGoalNumberError';
  readonly rule = 'goal-numbers-are-positive-integers';
  constructor(goalNumber: number) {
    super(`${goalNumber} is not a positive whole number`, { number: goalNumber });
  }
}

/** Committee goals (nämndmål) sit under one of the council's focus areas. */
export class FocusAreaRequiredError extends BusinessRuleError {
  override readonly name = 'FocusAreaRequiredError';
  readonly rule = 'committee-goals-sit-under-a-focus-area';
  constructor(goalId: string) {
    super(`Committee goal ${goalId} needs a focus area`, { goalId });
  }
}

/** A goal has words. */
export class EmptyWordingError extends BusinessRuleError {
  override readonly name = 'EmptyWordingError';
  readonly rule = 'goal-wording-is-not-empty';
  constructor(goalId: string) {
    super(`Goal ${goalId} needs a wording`, { goalId });
  }
}

/** A rewording changes the wording or the measurement method (whitespace does not count). */
export class SameWordingError extends BusinessRuleError {
  override readonly name = 'SameWordingError';
  readonly rule = 'rewording-changes-the-wording';
  constructor(goalId: string) {
    super(`Goal ${goalId} already has this wording`, { goalId });
  }
}

/** A move changes the section or the number. */
export class GoalAlreadyPlacedError extends BusinessRuleError {
  override readonly name = 'GoalAlreadyPlacedError';
  readonly rule = 'move-changes-the-place';
  constructor(goalId: string) {
    super(`Goal ${goalId} is already there`, { goalId });
  }
}

/** Rewording, retiring, amending and unlinking say why. */
export class ReasonRequiredError extends BusinessRuleError {
  override readonly name = 'ReasonRequiredError';
  readonly rule = 'changes-give-a-reason';
  constructor(change: string) {
    super(`${change} needs a reason`, { change });
  }
}
