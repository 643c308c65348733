import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { planAsOf, UnknownPlanError, type PlanView } from '@goaltrail/goals-domain';
import { GoalsReadModel } from '../../../read-model/goals-read-model';
import { GetPlanQuery } from './get-plan.query';

/** The current view comes cached from the model; an as-of read folds the plan's events again. */
@QueryHandler(GetPlanQuery)
export class GetPlanHandler implements IQueryHandler<GetPlanQuery> {
  constructor(@Inject(GoalsReadModel) private readonly model: GoalsReadModel) {}

  async execute({ committeeId, year, times }: GetPlanQuery): Promise<PlanView> {
    const timed = times.asOf != null || times.effectiveAt != null;
    const view = timed ? this.asOf(committeeId, year, times.asOf, times.effectiveAt) : this.model.currentView(committeeId, year);
    if (!view) throw new UnknownPlanError(committeeId, year);
    return view;
  }

  private asOf(committeeId: string, year: number, recordedAt?: string | null, effectiveAt?: string | null) {
    const plan = this.model.plan(committeeId, year);
    if (!plan) return null;
    // Only this plan's stream and the committee's lineage: the fold stays small however big the log.
    const events = [...plan.events, ...this.model.lineageEvents(committeeId)];
    return planAsOf(events, { committeeId, year, recordedAt, effectiveAt });
  }
}
