import { Query } from '@nestjs/cqrs';
import type { PlanStatus } from '@goaltrail/goals-domain';

/** The plan a goal edit without a year goes to. */
export interface GoalPlan {
  readonly committeeId: string;
  readonly year: number;
  readonly streamId: string;
  readonly status: PlanStatus;
}

/** The newest plan holding a goal (for `PATCH /api/goals/:id`); UnknownGoalError if none holds it. */
export class ResolveGoalPlanQuery extends Query<GoalPlan> {
  constructor(readonly goalId: string) {
    super();
  }
}
