import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { UnknownGoalError } from '@goaltrail/goals-domain';
import { GoalsReadModel } from '../../../read-model/goals-read-model';
import { ResolveGoalPlanQuery, type GoalPlan } from './resolve-goal-plan.query';

/** Looks the goal up in the goal index (newest first) and reports that plan's status. */
@QueryHandler(ResolveGoalPlanQuery)
export class ResolveGoalPlanHandler implements IQueryHandler<ResolveGoalPlanQuery> {
  constructor(@Inject(GoalsReadModel) private readonly model: GoalsReadModel) {}

  async execute({ goalId }: ResolveGoalPlanQuery): Promise<GoalPlan> {
    const ref = this.model.goalPlans(goalId).find((candidate) => candidate.held);
    const plan = ref && this.model.plan(ref.committeeId, ref.year);
    if (!ref || !plan) throw new UnknownGoalError(goalId);
    return { committeeId: ref.committeeId, year: ref.year, streamId: ref.streamId, status: plan.state.status };
  }
}
