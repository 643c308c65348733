import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { indicatorSeries, UnknownIndicatorError, type IndicatorSeries } from '@goaltrail/indicators-domain';
import { IndicatorsReadModel } from '../../../read-model/indicators-read-model';
import { GetIndicatorSeriesQuery } from './get-indicator-series.query';

/** The domain's series on the model's folded state: no store read, so it costs the same on any log. */
@QueryHandler(GetIndicatorSeriesQuery)
export class GetIndicatorSeriesHandler implements IQueryHandler<GetIndicatorSeriesQuery> {
  constructor(@Inject(IndicatorsReadModel) private readonly model: IndicatorsReadModel) {}

  async execute({ indicatorId, years }: GetIndicatorSeriesQuery): Promise<IndicatorSeries> {
    const entry = this.model.indicator(indicatorId);
    if (!entry) throw new UnknownIndicatorError(indicatorId);
    return indicatorSeries(entry.state, { from: yearText(years.from), to: yearText(years.to) });
  }
}

function yearText(year: number | null | undefined): string | null {
  return year === null || year === undefined ? null : String(year);
}
