import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { UnknownCommitteeError } from '@goaltrail/goals-domain';
import { GoalsReadModel } from '../../../read-model/goals-read-model';
import type { PlanSummary } from '../../../read-model/read-model.types';
import { GetPlansQuery } from './get-plans.query';

/** Answers from the read model. */
@QueryHandler(GetPlansQuery)
export class GetPlansHandler implements IQueryHandler<GetPlansQuery> {
  constructor(@Inject(GoalsReadModel) private readonly model: GoalsReadModel) {}

  async execute({ committeeId }: GetPlansQuery): Promise<PlanSummary[]> {
    if (!this.model.committee(committeeId)) throw new UnknownCommitteeError(committeeId);
    return this.model.plans(committeeId);
  }
}
