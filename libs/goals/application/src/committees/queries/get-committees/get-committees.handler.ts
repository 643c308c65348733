import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { GoalsReadModel } from '../../../read-model/goals-read-model';
import type { CommitteeSummary } from '../../../read-model/read-model.types';
import { GetCommitteesQuery } from './get-committees.query';

/** Answers from the read model. */
@QueryHandler(GetCommitteesQuery)
export class GetCommitteesHandler implements IQueryHandler<GetCommitteesQuery> {
  constructor(@Inject(GoalsReadModel) private readonly model: GoalsReadModel) {}

  async execute(): Promise<CommitteeSummary[]> {
    return this.model.committees();
  }
}
