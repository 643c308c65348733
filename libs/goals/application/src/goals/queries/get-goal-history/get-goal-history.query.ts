import { Query } from '@nestjs/cqrs';
import type { GoalHistory } from '@goaltrail/goals-domain';

/** Every wording and move of a goal with who, why and when, and its lineage; UnknownGoalError if no plan held it. */
export class GetGoalHistoryQuery extends Query<GoalHistory> {
  constructor(readonly goalId: string) {
    super();
  }
}
