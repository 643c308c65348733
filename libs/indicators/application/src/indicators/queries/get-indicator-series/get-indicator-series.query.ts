import { Query } from '@nestjs/cqrs';
import type { IndicatorSeries } from '@goaltrail/indicators-domain';

/** Years to include, inclusive; absent means unbounded. */
export interface SeriesYears {
  readonly from?: number | null;
  readonly to?: number | null;
}

/** An indicator's targets and outcomes from one year to another, flagged across definition changes. */
export class GetIndicatorSeriesQuery extends Query<IndicatorSeries> {
  constructor(
    readonly indicatorId: string,
    readonly years: SeriesYears = {},
  ) {
    super();
  }
}
