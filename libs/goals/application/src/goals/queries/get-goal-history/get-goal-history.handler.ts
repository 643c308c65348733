import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { RecordedEvent } from '@goaltrail/event-store-port';
import { goalHistory, UnknownGoalError, type GoalHistory } from '@goaltrail/goals-domain';
import { GoalsReadModel } from '../../../read-model/goals-read-model';
import { GetGoalHistoryQuery } from './get-goal-history.query';

/** Folds only the plans that ever held the goal (from the goal index) and their committee's lineage. */
@QueryHandler(GetGoalHistoryQuery)
export class GetGoalHistoryHandler implements IQueryHandler<GetGoalHistoryQuery> {
  constructor(@Inject(GoalsReadModel) private readonly model: GoalsReadModel) {}

  async execute({ goalId }: GetGoalHistoryQuery): Promise<GoalHistory> {
    const refs = this.model.goalPlans(goalId);
    const events: RecordedEvent[] = refs.flatMap((ref) => this.model.plan(ref.committeeId, ref.year)?.events ?? []);
    for (const committeeId of new Set(refs.map((ref) => ref.committeeId))) {
      events.push(...this.model.lineageEvents(committeeId));
    }
    const history = goalHistory(events, goalId);
    if (!history) throw new UnknownGoalError(goalId);
    return history;
  }
}
