import { BusinessRuleError } from './business-rule-error';

/** Lineage and carrying forward run from an earlier year to a later one. */
export class LineageYearOrderError extends BusinessRuleError {
  override readonly name = 'LineageYearOrderError';
  readonly rule = 'lineage-runs-from-earlier-to-later-year';
  constructor(fromYear: number, toYear: number) {
    super(`${fromYear} is not earlier than ${toYear}`, { fromYear, toYear });
  }
}

/** Every lineage link says why the planner judged the goals related. */
export class RationaleRequiredError extends BusinessRuleError {
  override readonly name = 'RationaleRequiredError';
  readonly rule = 'lineage-links-give-a-rationale';
  constructor() {
    super('A lineage link needs a rationale');
  }
}

/** `retired` links have no later goal; every other relation has one. */
export class RetiredLinkShapeError extends BusinessRuleError {
  override readonly name = 'RetiredLinkShapeError';
  readonly rule = 'only-retired-links-lack-a-successor';
  constructor(relation: string) {
    super(
      relation === 'retired'
        ? 'A retired link names no later goal'
        : `A ${relation} link names the later goal`,
      { relation },
    );
  }
}

/** A goal still held by the later plan was not retired by it. */
export class RetiredGoalStillHeldError extends BusinessRuleError {
  override readonly name = 'RetiredGoalStillHeldError';
  readonly rule = 'retired-goal-is-not-in-the-later-plan';
  constructor(goalId: string, toYear: number) {
    super(`Goal ${goalId} is still in the ${toYear} plan`, { goalId, toYear });
  }
}

/** A pair of goals (in their years) is linked once. */
export class DuplicateLinkError extends BusinessRuleError {
  override readonly name = 'DuplicateLinkError';
  readonly rule = 'goal-pair-is-linked-once';
  constructor(key: string) {
    super(`Link ${key} is already recorded`, { link: key });
  }
}

/** Only a recorded link can be removed. */
export class LinkNotFoundError extends BusinessRuleError {
  override readonly name = 'LinkNotFoundError';
  readonly rule = 'unlinked-link-exists';
  constructor(key: string) {
    super(`No link ${key} is recorded`, { link: key });
  }
}
