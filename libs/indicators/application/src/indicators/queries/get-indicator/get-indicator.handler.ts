import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { UnknownIndicatorError } from '@goaltrail/indicators-domain';
import { detailsOf, type IndicatorDetails } from '../../../read-model/indicator-views';
import { IndicatorsReadModel } from '../../../read-model/indicators-read-model';
import { GetIndicatorQuery } from './get-indicator.query';

/** Answers from the read model's folded state. */
@QueryHandler(GetIndicatorQuery)
export class GetIndicatorHandler implements IQueryHandler<GetIndicatorQuery> {
  constructor(@Inject(IndicatorsReadModel) private readonly model: IndicatorsReadModel) {}

  async execute({ indicatorId }: GetIndicatorQuery): Promise<IndicatorDetails> {
    const entry = this.model.indicator(indicatorId);
    if (!entry) throw new UnknownIndicatorError(indicatorId);
    return detailsOf(entry);
  }
}
