import { Query } from '@nestjs/cqrs';
import type { PlanDiff } from '@goaltrail/goals-domain';

/** What changed between two years' plans, with word-level changes; UnknownPlanError if either is missing. */
export class GetPlanDiffQuery extends Query<PlanDiff> {
  constructor(
    readonly committeeId: string,
    readonly fromYear: number,
    readonly toYear: number,
  ) {
    super();
  }
}
