import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { lineageGraph, UnknownCommitteeError, type LineageGraph } from '@goaltrail/goals-domain';
import { GoalsReadModel } from '../../../read-model/goals-read-model';
import { GetLineageQuery } from './get-lineage.query';

/** Runs the domain's lineage graph on the committee's plan and lineage events held in memory. */
@QueryHandler(GetLineageQuery)
export class GetLineageHandler implements IQueryHandler<GetLineageQuery> {
  constructor(@Inject(GoalsReadModel) private readonly model: GoalsReadModel) {}

  async execute({ committeeId, fromYear, toYear, times }: GetLineageQuery): Promise<LineageGraph> {
    if (!this.model.committee(committeeId)) throw new UnknownCommitteeError(committeeId);
    return lineageGraph(this.model.committeeEvents(committeeId), {
      committeeId,
      fromYear,
      toYear,
      recordedAt: times.asOf ?? null,
      effectiveAt: times.effectiveAt ?? null,
    });
  }
}
