import { BusinessRuleError, UnknownEntityError } from '@goaltrail/goals-domain';

/** An indicator id is defined once; later changes are revisions. */
export class IndicatorAlreadyDefinedError extends BusinessRuleError {
  override readonly name = 'IndicatorAlreadyDefinedError';
  readonly rule = 'indicator-is-defined-once';
  constructor(indicatorId: string) {
    super(`Indicator ${indicatorId} is already defined`, { indicatorId });
  }
}

/** The indicator the command names has not been defined (404). */
export class UnknownIndicatorError extends UnknownEntityError {
  override readonly name = 'UnknownIndicatorError';
  readonly rule = 'indicator-exists';
  constructor(indicatorId: string) {
    super(`Indicator ${indicatorId} is not defined`, { indicatorId });
  }
}

/** A new definition version changes something: otherwise there is no method change to record. */
export class DefinitionUnchangedError extends BusinessRuleError {
  override readonly name = 'DefinitionUnchangedError';
  readonly rule = 'revision-changes-the-definition';
  constructor(indicatorId: string, version: number) {
    super(`Indicator ${indicatorId} already has this definition (version ${version})`, {
      indicatorId,
      version,
    });
  }
}

/** An indicator is linked to a goal once. */
export class GoalAlreadyLinkedError extends BusinessRuleError {
  override readonly name = 'GoalAlreadyLinkedError';
  readonly rule = 'goal-is-linked-once';
  constructor(indicatorId: string, goalId: string) {
    super(`Indicator ${indicatorId} is already linked to goal ${goalId}`, { indicatorId, goalId });
  }
}

/** Only a linked goal can be unlinked. */
export class GoalNotLinkedError extends BusinessRuleError {
  override readonly name = 'GoalNotLinkedError';
  readonly rule = 'unlinked-goal-is-linked';
  constructor(indicatorId: string, goalId: string) {
    super(`Indicator ${indicatorId} is not linked to goal ${goalId}`, { indicatorId, goalId });
  }
}

/** Text indicators are reported, never measured against a target. */
export class TextIndicatorTargetError extends BusinessRuleError {
  override readonly name = 'TextIndicatorTargetError';
  readonly rule = 'text-indicators-have-no-targets';
  constructor(indicatorId: string) {
    super(`Indicator ${indicatorId} has text values and takes no target`, { indicatorId });
  }
}
