import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { summaryOf, type IndicatorSummary } from '../../../read-model/indicator-views';
import { IndicatorsReadModel } from '../../../read-model/indicators-read-model';
import { ListIndicatorsQuery } from './list-indicators.query';

/** Answers from the read model, by name. */
@QueryHandler(ListIndicatorsQuery)
export class ListIndicatorsHandler implements IQueryHandler<ListIndicatorsQuery> {
  constructor(@Inject(IndicatorsReadModel) private readonly model: IndicatorsReadModel) {}

  async execute(): Promise<IndicatorSummary[]> {
    return this.model.indicators().map(summaryOf);
  }
}
