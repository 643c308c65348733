import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { UnknownCommitteeError, UnknownPlanError } from '@goaltrail/goals-domain';
import { goalFollowUpStatus, type StatusColour } from '@goaltrail/indicators-domain';
import { IndicatorsReadModel } from '../../../read-model/indicators-read-model';
import { GoalsReadModelRef } from '../../../shared/goals-read-model-ref';
import { GetCommitteeFollowUpQuery, type CommitteeFollowUp } from './get-committee-follow-up.query';

/**
 * The plan's goals come from the goals read model, each goal's indicators from the indicators read model's
 * goal index, and the colour from the domain's goalFollowUpStatus (worst linked colour, grey left out).
 */
@QueryHandler(GetCommitteeFollowUpQuery)
export class GetCommitteeFollowUpHandler implements IQueryHandler<GetCommitteeFollowUpQuery> {
  constructor(
    @Inject(IndicatorsReadModel) private readonly indicators: IndicatorsReadModel,
    @Inject(GoalsReadModelRef) private readonly goals: GoalsReadModelRef,
  ) {}

  async execute({ committeeId, year }: GetCommitteeFollowUpQuery): Promise<CommitteeFollowUp> {
    const goalsModel = this.goals.get();
    const plan = goalsModel.plan(committeeId, year);
    if (!plan) {
      const known = goalsModel.committee(committeeId) !== null || goalsModel.plans(committeeId).length > 0;
      throw known ? new UnknownPlanError(committeeId, year) : new UnknownCommitteeError(committeeId);
    }
    const counts: Record<StatusColour, number> = { green: 0, yellow: 0, red: 0, grey: 0 };
    const goals = plan.state.goals.map(({ goalId, kind, number, text, focusAreaId }) => {
      const status = goalFollowUpStatus(goalId, year, this.indicators.linkedTo(goalId));
      counts[status.status] += 1;
      return { ...status, kind, number, text, focusAreaId };
    });
    return { committeeId, year, planStatus: plan.state.status, goals, counts };
  }
}
