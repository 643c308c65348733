import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { diffPlans, UnknownPlanError, type PlanDiff, type PlanView } from '@goaltrail/goals-domain';
import { GoalsReadModel } from '../../../read-model/goals-read-model';
import { GetPlanDiffQuery } from './get-plan-diff.query';

/** The domain's diff of the two current plan views, paired by id and the committee's lineage. */
@QueryHandler(GetPlanDiffQuery)
export class GetPlanDiffHandler implements IQueryHandler<GetPlanDiffQuery> {
  constructor(@Inject(GoalsReadModel) private readonly model: GoalsReadModel) {}

  async execute({ committeeId, fromYear, toYear }: GetPlanDiffQuery): Promise<PlanDiff> {
    const from = this.view(committeeId, fromYear);
    const to = this.view(committeeId, toYear);
    return diffPlans(from, to, this.model.resolvedLineage(committeeId));
  }

  private view(committeeId: string, year: number): PlanView {
    const view = this.model.currentView(committeeId, year);
    if (!view) throw new UnknownPlanError(committeeId, year);
    return view;
  }
}
